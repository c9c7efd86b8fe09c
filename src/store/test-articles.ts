import { toContractJson } from '../output/contract.js';
import { processInput } from '../pipeline/pipeline.js';
import { CORPUS_STAGES } from '../pipeline/stages.js';
import type { ExtractDocument } from './types.js';

/** An invented article as `claimgraph corpus` reads it (descriptions included), for tests of `corpusOf`. */
export function corpusArticle(name: string, body: string, published = '2026-03-02'): ExtractDocument {
  return toContractJson(
    processInput({ source: name, bytes: Buffer.from(body) }, { published, stages: CORPUS_STAGES }),
  ) as unknown as ExtractDocument;
}
