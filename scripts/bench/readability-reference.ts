/**
 * The reference extractor for side-by-side timing: @mozilla/readability on a linkedom DOM, as a
 * whole process over the same files claimgraph reads (same byte decoding), printing one JSON line
 * per page. Used by scripts/bench/main.ts; not part of claimgraph.
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeInput } from '../../src/ingest/decode.js';

for (const path of process.argv.slice(2)) {
  try {
    const { text } = decodeInput(readFileSync(path), 'html');
    const { document } = parseHTML(text);
    const article = new Readability(document as unknown as Document).parse();
    process.stdout.write(
      `${JSON.stringify({ source: path, title: article?.title ?? null, text: article?.textContent ?? '' })}\n`,
    );
  } catch (error) {
    process.stderr.write(`${path}: ${(error as Error).message}\n`);
  }
}
