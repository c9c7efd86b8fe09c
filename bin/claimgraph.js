#!/usr/bin/env node
// Entry point of `npx claimgraph`. The TypeScript sources are compiled to dist/ by `npm install`
// (the `prepare` script); this file only checks that the build exists and hands over.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'claimgraph: the compiled program is missing (dist/); run `npm install` or `npm run build` first\n',
  );
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
