import { ClaimgraphError } from '../model/index.js';
import { toContractJson } from '../output/contract.js';
import type { Doc } from '../model/index.js';
import { datePart } from '../pipeline/dates.js';
import type { RawInput } from '../pipeline/ingest-input.js';
import type { PipelineOptions } from '../pipeline/pipeline.js';
import { processInput } from '../pipeline/pipeline.js';
import { runStage } from '../pipeline/run-stage.js';
import { CORPUS_STAGES, STAGES } from '../pipeline/stages.js';
import { readInput } from './read-input.js';

/** Options of one extraction, as plain data so they can cross into a worker thread. */
export interface ExtractSettings {
  readonly format: PipelineOptions['format'];
  readonly clean: boolean;
  readonly cleanOnly: boolean;
  readonly published: string | null;
  readonly maxBytes: number;
  readonly maxElements: number;
  readonly maxDepth: number;
  /** Pretty-print (two-space indent) instead of one line. */
  readonly pretty: boolean;
  /** Add `tokens[]` (tags, lemmas, dependency heads and relations) to the output. */
  readonly tokens: boolean;
  /**
   * Also list unnamed descriptions ("the man", "police") as entities of nominal mentions
   * (`claimgraph corpus`, which links them across articles); `extract` leaves them out.
   */
  readonly descriptions: boolean;
}

export type FileOutcome =
  { readonly ok: true; readonly json: string } | { readonly ok: false; readonly error: string };

/**
 * Reads, processes and serialises one file. Never throws: every failure becomes a one-line
 * reason (a stack trace only with CLAIMGRAPH_DEBUG=1).
 */
export function processFile(path: string, settings: ExtractSettings): FileOutcome {
  return processFiles([path], settings)[0] as FileOutcome;
}

function pipelineOptions(settings: ExtractSettings): Partial<PipelineOptions> {
  return {
    format: settings.format,
    published: settings.published,
    cleanOnly: settings.cleanOnly,
    stages: settings.descriptions ? CORPUS_STAGES : STAGES,
    ingest: {
      clean: settings.clean,
      limits: {
        maxInputBytes: settings.maxBytes,
        maxHtmlElements: settings.maxElements,
        maxHtmlDepth: settings.maxDepth,
      },
    },
  };
}

/**
 * Reads, processes and serialises several files, outcomes in the order of `paths`. Never throws.
 *
 * The documents go through the pipeline stage by stage (every document's segmentation, then every
 * document's entities, …) rather than file by file: each stage's models and tables (the NER
 * weights, wink's lexicon, the attribution model) then stay in the processor's caches, about 8%
 * less time than interleaving them per file. Each document sees exactly the same stages in the same
 * order as `processInput` would run them, so the output is the same; a failure stays with its file.
 */
export function processFiles(paths: readonly string[], settings: ExtractSettings): FileOutcome[] {
  return processInputs(
    paths.map((path) => () => readInput(path, settings.maxBytes)),
    settings,
  );
}

/**
 * `processFiles` for inputs already in memory or read on demand (fetched pages, WARC records):
 * each loader is called once, in order; a loader that throws is that input's failure.
 */
export function processInputs(
  loaders: readonly (() => RawInput)[],
  settings: ExtractSettings,
): FileOutcome[] {
  const options = pipelineOptions(settings);
  const outcomes: (FileOutcome | null)[] = [];
  const docs: (Doc | null)[] = [];
  for (const load of loaders) {
    try {
      const input = load();
      // with no stages, processInput stops after ingestion and metadata
      docs.push(processInput(input, settings.cleanOnly ? options : { ...options, stages: [] }));
      outcomes.push(null);
    } catch (error) {
      docs.push(null);
      outcomes.push({ ok: false, error: describeError(error) });
    }
  }
  if (!settings.cleanOnly) {
    for (const stage of settings.descriptions ? CORPUS_STAGES : STAGES) {
      for (let index = 0; index < docs.length; index += 1) {
        const doc = docs[index];
        if (doc === null || doc === undefined) continue;
        try {
          // the same context processInput builds: doc.metadata.published already holds --published
          docs[index] = runStage(stage, doc, { referenceDate: datePart(doc.metadata.published) });
        } catch (error) {
          docs[index] = null;
          outcomes[index] = { ok: false, error: describeError(error) };
        }
      }
    }
  }
  return outcomes.map((outcome, index): FileOutcome => {
    if (outcome !== null) return outcome;
    try {
      const doc = docs[index] as Doc;
      docs[index] = null;
      return {
        ok: true,
        json: JSON.stringify(
          toContractJson(doc, { tokens: settings.tokens }),
          null,
          settings.pretty ? 2 : undefined,
        ),
      };
    } catch (error) {
      return { ok: false, error: describeError(error) };
    }
  });
}

export function describeError(error: unknown): string {
  if (error instanceof ClaimgraphError) return error.message;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (process.env.CLAIMGRAPH_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? message}\n`);
  if (error instanceof RangeError && /call stack/i.test(message ?? '')) {
    return 'internal error: the input is nested too deeply to process (lower --max-depth)';
  }
  return `internal error: ${message} (set CLAIMGRAPH_DEBUG=1 for details)`;
}
