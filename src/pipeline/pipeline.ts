import type { IngestOptions } from '../ingest/options.js';
import { DEFAULT_INGEST_OPTIONS } from '../ingest/options.js';
import type { Doc } from '../model/index.js';
import { EMPTY_SEGMENTS } from '../model/index.js';
import { datePart } from './dates.js';
import { detectDocumentLanguage } from './detect-document-language.js';
import type { FormatChoice, RawInput } from './ingest-input.js';
import { ingestInput } from './ingest-input.js';
import { runStage } from './run-stage.js';
import type { Stage, StageContext } from './stage.js';
import { STAGES } from './stages.js';

export interface PipelineOptions {
  readonly format: FormatChoice;
  readonly ingest: IngestOptions;
  /** Reference date given by the user; overrides the date found in the document. */
  readonly published: string | null;
  /** Stop after cleaning and metadata (no segmentation or later stages). */
  readonly cleanOnly: boolean;
  readonly stages: readonly Stage[];
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = Object.freeze({
  format: 'auto',
  ingest: DEFAULT_INGEST_OPTIONS,
  published: null,
  cleanOnly: false,
  stages: STAGES,
});

/** Ingestion, then each stage in order. Throws `ClaimgraphError` for unreadable input. */
export function processInput(input: RawInput, options: Partial<PipelineOptions> = {}): Doc {
  const settings: PipelineOptions = { ...DEFAULT_PIPELINE_OPTIONS, ...options };
  const { format, result } = ingestInput(input, settings.format, settings.ingest);
  const published = settings.published ?? result.metadata.published;
  let doc: Doc = detectDocumentLanguage({
    source: input.source,
    format,
    text: result.text,
    metadata: { ...result.metadata, published },
    charset: result.charset ?? null,
    removed: result.removed,
    captions: result.captions,
    segments: EMPTY_SEGMENTS,
    entities: [],
    attributions: [],
    times: [],
    events: [],
    claims: [],
    contradictions: [],
    diagnostics: result.diagnostics,
  });
  if (settings.cleanOnly) return doc;
  const context: StageContext = { referenceDate: datePart(published) };
  for (const stage of settings.stages) doc = runStage(stage, doc, context);
  return doc;
}
