#!/usr/bin/env node
// Entry point of `npx claimgraph`. The TypeScript sources are compiled to dist/ by `npm install`
// (the `prepare` script); this file only checks that the build exists and hands over.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'claimgraph: the compiled program is missing (dist/); run `npm install` or `npm run build` first\n',
  );
  process.exit(2);
}
// Let V8 inline more small helpers into one optimised function (default 920 bytes of bytecode):
// the attribution and entity feature functions call the hash combiner a hundred times each, and
// past the default budget every call is a real call that boxes its 32-bit result. Set before any
// module is loaded, so every function is optimised with it; about 6% less CPU time on PolNeAR.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=4000');
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
