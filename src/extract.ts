import { DEFAULT_INGEST_OPTIONS } from './ingest/options.js';
import { toContractJson } from './output/contract.js';
import { parseReferenceDate } from './pipeline/dates.js';
import type { FormatChoice } from './pipeline/ingest-input.js';
import { processInput } from './pipeline/pipeline.js';
import { CORPUS_STAGES, STAGES } from './pipeline/stages.js';
import type { ExtractDocument } from './store/types.js';

export interface ExtractOptions {
  /** The name recorded as `source` (and used to guess the format from its extension). Default `-`. */
  readonly source?: string;
  /** `auto` (default: by name, then by content), `text` or `html`. */
  readonly format?: FormatChoice;
  /** Reference date (YYYY-MM-DD or ISO datetime); overrides any date found in the document. */
  readonly published?: string | null;
  /** Remove boilerplate from text input (default true). */
  readonly clean?: boolean;
  /**
   * Also list unnamed descriptions ("the man", "police") as entities of nominal mentions, as
   * `claimgraph corpus` does to link them across articles (default false, as `extract` prints).
   */
  readonly descriptions?: boolean;
}

/**
 * One article (text or an HTML page, as a string or bytes) → the contract JSON that
 * `claimgraph extract` prints (docs: output-contract.md). Throws `ClaimgraphError` for input that
 * cannot be read as a document (empty, binary, over the limits) or a bad `published` date.
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): ExtractDocument {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const published = options.published ? parseReferenceDate(options.published) : null;
  const doc = processInput(
    { source: options.source ?? '-', bytes },
    {
      format: options.format ?? 'auto',
      published,
      ingest: { ...DEFAULT_INGEST_OPTIONS, clean: options.clean ?? true },
      stages: options.descriptions === true ? CORPUS_STAGES : STAGES,
    },
  );
  return toContractJson(doc) as unknown as ExtractDocument;
}
