import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, Segments } from '../../src/model/index.js';
import { recogniseNames } from '../../src/nlp/ner/index.js';
import { segment } from '../../src/nlp/segment/segment.js';
import { refineNames } from '../../src/nlp/names/refine.js';
import type { NameMention } from '../../src/nlp/names/name-mention.js';
import { dataRoot } from './lib/data.js';
import type { EvalSection } from './lib/report.js';

/**
 * Measures the name refiner on public data (read from the shared data folder, never copied):
 * - CoNLL-2003 English dev (`eng.testa`): exact span-and-type F1 of the recogniser alone and of
 *   recogniser + refineNames, and the precision of the gazetteer alone (refineNames on no
 *   recogniser names). Documents alternate between a tuning half (even) and a held-out half
 *   (odd); only the tuning half was looked at while the rules were written. CoNLL's own
 *   conventions differ from ours in places ("The Oval" keeps its article there, "Arab-Israeli"
 *   is one MISC), so the figures understate agreement with our output contract.
 * - Speed on BBC News texts: tokens per CPU second of refineNames alone, after the recogniser.
 * The shape of the result is the eval report's `EvalSection` (scripts/eval/lib/report.ts).
 */

export interface NamesEvalSection {
  readonly title: string;
  readonly lines: readonly string[];
  readonly figures: readonly {
    readonly key: string;
    readonly value: number;
    readonly better?: 'higher' | 'lower';
  }[];
  readonly skipped?: string;
}

const CONLL_TYPES: Readonly<Record<string, EntityType>> = {
  PER: 'PERSON',
  ORG: 'ORG',
  LOC: 'LOC',
  MISC: 'MISC',
};

interface Document {
  readonly text: string;
  readonly gold: readonly NameMention[];
}

/** CoNLL documents as text (tokens joined by spaces, one sentence a line) with gold name spans. */
function readConll(path: string): Document[] {
  const documents: Document[] = [];
  let text = '';
  let gold: NameMention[] = [];
  let open: { start: number; end: number; type: EntityType } | null = null;
  let lineStart = true;
  const closeMention = (): void => {
    if (open !== null) gold.push(open);
    open = null;
  };
  const closeDocument = (): void => {
    closeMention();
    if (text.length > 0) documents.push({ text, gold });
    text = '';
    gold = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/u)) {
    if (line.startsWith('-DOCSTART-')) {
      closeDocument();
      lineStart = true;
      continue;
    }
    if (line.trim().length === 0) {
      closeMention();
      if (!lineStart) text += '\n';
      lineStart = true;
      continue;
    }
    const fields = line.split(' ');
    const word = fields[0] ?? '';
    const tag = fields[fields.length - 1] ?? 'O';
    if (!lineStart) text += ' ';
    lineStart = false;
    const start = text.length;
    text += word;
    const [prefix, label] = tag === 'O' ? ['O', undefined] : tag.split('-');
    const type = label === undefined ? undefined : CONLL_TYPES[label];
    const current = open as { start: number; end: number; type: EntityType } | null;
    if (current !== null && (type === undefined || prefix === 'B' || type !== current.type)) closeMention();
    if (type !== undefined) {
      if (open === null) open = { start, end: text.length, type };
      else (open as { end: number }).end = text.length;
    }
  }
  closeDocument();
  return documents;
}

interface Counts {
  correct: number;
  predicted: number;
  gold: number;
}

function count(into: Counts, predicted: readonly NameMention[], gold: readonly NameMention[]): void {
  const keys = new Set(gold.map((mention) => `${mention.start}:${mention.end}:${mention.type}`));
  for (const mention of predicted)
    if (keys.has(`${mention.start}:${mention.end}:${mention.type}`)) into.correct += 1;
  into.predicted += predicted.length;
  into.gold += gold.length;
}

function precision(counts: Counts): number {
  return counts.predicted === 0 ? 0 : counts.correct / counts.predicted;
}

function recall(counts: Counts): number {
  return counts.gold === 0 ? 0 : counts.correct / counts.gold;
}

function f1(counts: Counts): number {
  const p = precision(counts);
  const r = recall(counts);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

function bbcTexts(folder: string, limit: number): string[] {
  const texts: string[] = [];
  for (const topic of ['business', 'politics', 'sport', 'entertainment', 'tech']) {
    const directory = join(folder, topic);
    if (!existsSync(directory)) continue;
    for (const file of readdirSync(directory).sort().slice(0, limit))
      texts.push(readFileSync(join(directory, file), 'utf8'));
  }
  return texts;
}

/** Tokens per CPU second of refineNames alone, best of three rounds over the prepared texts. */
function measureSpeed(texts: readonly string[]): number {
  const prepared: { text: string; segments: Segments; names: NameMention[] }[] = texts.map((text) => {
    const segments = segment(text);
    return { text, segments, names: recogniseNames(text, segments) };
  });
  const tokens = prepared.reduce((total, item) => total + item.segments.tokens.length, 0);
  // CPU time of this thread (user + system), best of three: steadier than wall time on a shared machine.
  let best = Number.POSITIVE_INFINITY;
  for (let roundIndex = 0; roundIndex < 3; roundIndex += 1) {
    const started = process.cpuUsage();
    for (const item of prepared) refineNames(item.text, item.segments, item.names);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return tokens / best;
}

/** The names section of `npm run eval` (see the module comment); `dataRoot` holds conll2003/ and bbc-news/. */
export async function evaluateNames(dataRoot: string): Promise<NamesEvalSection> {
  const title = 'Names: refineNames after the recogniser (CoNLL-2003 dev; BBC News speed)';
  const conllPath = join(dataRoot, 'conll2003', 'eng.testa');
  if (!existsSync(conllPath)) return { title, lines: [], figures: [], skipped: `no ${conllPath}` };
  const documents = readConll(conllPath);
  const halves = ['tuning', 'heldout'] as const;
  const results = halves.map(() => ({
    recogniser: { correct: 0, predicted: 0, gold: 0 },
    refined: { correct: 0, predicted: 0, gold: 0 },
    gazetteer: { correct: 0, predicted: 0, gold: 0 },
  }));
  documents.forEach((document, index) => {
    const result = results[index % 2] as (typeof results)[number];
    const segments = segment(document.text);
    const names = recogniseNames(document.text, segments);
    count(result.recogniser, names, document.gold);
    count(result.refined, refineNames(document.text, segments, names), document.gold);
    count(result.gazetteer, refineNames(document.text, segments, []), document.gold);
  });
  const lines = [
    'half      system                 P       R       F1',
    ...halves.flatMap((half, index) => {
      const result = results[index] as (typeof results)[number];
      return (['recogniser', 'refined', 'gazetteer'] as const).map((system) => {
        const counts = result[system];
        const label =
          system === 'refined' ? 'recogniser + refine' : system === 'gazetteer' ? 'gazetteer alone' : system;
        return `${half.padEnd(8)}  ${label.padEnd(21)}  ${precision(counts).toFixed(3)}  ${recall(counts).toFixed(3)}  ${f1(counts).toFixed(3)}`;
      });
    }),
  ];
  const heldout = results[1] as (typeof results)[number];
  const figures: { key: string; value: number; better?: 'higher' | 'lower' }[] = [
    { key: 'names.conll.heldout.recogniser.f1', value: round(f1(heldout.recogniser)) },
    { key: 'names.conll.heldout.refined.f1', value: round(f1(heldout.refined)) },
    { key: 'names.conll.heldout.gain', value: round(f1(heldout.refined) - f1(heldout.recogniser)) },
    { key: 'names.conll.heldout.gazetteer.precision', value: round(precision(heldout.gazetteer)) },
  ];
  const bbc = join(dataRoot, 'bbc-news');
  if (existsSync(bbc)) {
    const speed = measureSpeed(bbcTexts(bbc, 100));
    lines.push(
      `refineNames speed on 500 BBC News texts: ${Math.round(speed).toLocaleString('en-GB')} tokens per CPU second (${(1e6 / speed).toFixed(2)} µs/token)`,
    );
    figures.push({ key: 'names.refine.tokens_per_second', value: Math.round(speed) });
  }
  return { title, lines, figures };
}

export async function run(): Promise<EvalSection> {
  return evaluateNames(dataRoot());
}
