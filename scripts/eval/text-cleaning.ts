import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { decodeInput } from '../../src/ingest/decode.js';
import { cleanText } from '../../src/ingest/text/clean-text.js';
import { dataSet } from './lib/data.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';
import {
  corpusScore,
  pagePrecisionRecall,
  shingleMatch,
  type CorpusScore,
  type PrecisionRecall,
} from './lib/shingles.js';
import { naiveDump } from './naive-dump.js';

/**
 * Text cleaning on naive dumps of real pages: each page's HTML is turned into the text a scraper
 * copying the whole page would get (`naiveDump`), then cleaned with `cleanText`, and the result
 * is scored against the data set's hand-labelled article text.
 * - L3S-GN1 (news pages): word 4-gram shingle precision/recall/F1 against the `x-nc-sel2` text.
 *   Pages are split by a hash of the file name into a tuning half (rules were developed looking
 *   at its failures only) and a held-out half.
 * - Trafilatura evaluation set (multilingual): segments that must appear (found → true
 *   positive, missing → false negative) and must not appear (found → false positive).
 */

/** FNV-1a hash of a file name: a deterministic split that does not depend on listing order. */
export function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function isHeldOut(fileName: string): boolean {
  return nameHash(fileName) % 2 === 1;
}

function readGzip(path: string): Uint8Array {
  return gunzipSync(readFileSync(path));
}

interface ElementLike {
  readonly parentElement: ElementLike | null;
  readonly textContent: string | null;
  readonly classList?: { contains(name: string): boolean };
}

/** The text of the outermost `x-nc-sel2` elements (the labelled full text), one per line. */
export function l3sGoldText(goldHtml: string): string {
  const { document } = parseHTML(goldHtml);
  const parts: string[] = [];
  for (const element of document.querySelectorAll('.x-nc-sel2') as unknown as Iterable<ElementLike>) {
    let nested = false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (parent.classList?.contains('x-nc-sel2')) {
        nested = true;
        break;
      }
    }
    if (!nested) parts.push(element.textContent ?? '');
  }
  return parts.join('\n');
}

export interface L3sPageResult {
  readonly id: string;
  readonly heldOut: boolean;
  readonly raw: PrecisionRecall;
  readonly cleaned: PrecisionRecall;
}

export function scoreL3sPage(root: string, fileName: string): L3sPageResult {
  const id = fileName.replace(/\.html\.gz$/u, '');
  const html = decodeInput(readGzip(join(root, 'input', fileName)), 'html').text;
  const gold = l3sGoldText(decodeInput(readGzip(join(root, 'GoldStandard', `${id}.txt.gz`)), 'html').text);
  const dump = naiveDump(html);
  const cleaned = cleanText(dump).text;
  return {
    id,
    heldOut: isHeldOut(fileName),
    raw: pagePrecisionRecall(shingleMatch(gold, dump)),
    cleaned: pagePrecisionRecall(shingleMatch(gold, cleaned)),
  };
}

export function l3sFiles(root: string): string[] {
  return readdirSync(join(root, 'input'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort();
}

interface SegmentCounts {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function segmentScore(counts: SegmentCounts): {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
} {
  const { truePositives, falseNegatives, falsePositives, trueNegatives } = counts;
  const precision =
    truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const total = truePositives + falseNegatives + falsePositives + trueNegatives;
  return { precision, recall, f1, accuracy: total === 0 ? 0 : (truePositives + trueNegatives) / total };
}

interface TrafilaturaEntry {
  readonly file: string;
  readonly with?: readonly string[];
  readonly without?: readonly string[];
}

function countSegments(counts: SegmentCounts, output: string, entry: TrafilaturaEntry): void {
  const text = normaliseSpace(output);
  for (const segment of entry.with ?? []) {
    if (text.includes(normaliseSpace(segment))) counts.truePositives++;
    else counts.falseNegatives++;
  }
  for (const segment of entry.without ?? []) {
    if (text.includes(normaliseSpace(segment))) counts.falsePositives++;
    else counts.trueNegatives++;
  }
}

function emptyCounts(): SegmentCounts {
  return { truePositives: 0, falseNegatives: 0, falsePositives: 0, trueNegatives: 0 };
}

function l3sSection(root: string): { lines: string[]; figures: Figure[] } {
  const results = l3sFiles(root).map((fileName) => scoreL3sPage(root, fileName));
  const tuning = results.filter((result) => !result.heldOut);
  const heldOut = results.filter((result) => result.heldOut);
  const rows: [string, CorpusScore, CorpusScore][] = [
    [
      'tuning half',
      corpusScore(tuning.map((result) => result.raw)),
      corpusScore(tuning.map((result) => result.cleaned)),
    ],
    [
      'held-out half',
      corpusScore(heldOut.map((result) => result.raw)),
      corpusScore(heldOut.map((result) => result.cleaned)),
    ],
    [
      'all pages',
      corpusScore(results.map((result) => result.raw)),
      corpusScore(results.map((result) => result.cleaned)),
    ],
  ];
  const lines = [
    'L3S-GN1 news pages, naive dump → cleanText, word 4-gram shingles against the x-nc-sel2 full text',
    ...formatTable(
      ['pages', 'n', 'raw P', 'raw R', 'raw F1', 'clean P', 'clean R', 'clean F1'],
      rows.map(([name, raw, clean]) => [
        name,
        raw.pages,
        raw.precision,
        raw.recall,
        raw.f1,
        clean.precision,
        clean.recall,
        clean.f1,
      ]),
    ),
  ];
  const [, allRaw, allClean] = rows[2] as [string, CorpusScore, CorpusScore];
  const [, , heldOutClean] = rows[1] as [string, CorpusScore, CorpusScore];
  const [, , tuningClean] = rows[0] as [string, CorpusScore, CorpusScore];
  const figures: Figure[] = [
    { key: 'text.l3s.raw.f1', value: allRaw.f1 },
    { key: 'text.l3s.raw.precision', value: allRaw.precision },
    { key: 'text.l3s.raw.recall', value: allRaw.recall },
    { key: 'text.l3s.all.f1', value: allClean.f1 },
    { key: 'text.l3s.all.precision', value: allClean.precision },
    { key: 'text.l3s.all.recall', value: allClean.recall },
    { key: 'text.l3s.tuning.f1', value: tuningClean.f1 },
    { key: 'text.l3s.heldout.f1', value: heldOutClean.f1 },
    { key: 'text.l3s.heldout.precision', value: heldOutClean.precision },
    { key: 'text.l3s.heldout.recall', value: heldOutClean.recall },
  ];
  return { lines, figures };
}

function trafilaturaSection(root: string): { lines: string[]; figures: Figure[] } {
  const entries = Object.values(
    JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, TrafilaturaEntry>,
  );
  const raw = emptyCounts();
  const cleaned = emptyCounts();
  let documents = 0;
  for (const entry of entries) {
    let bytes: Uint8Array;
    try {
      bytes = readGzip(join(root, 'html', `${entry.file}.gz`));
    } catch {
      continue;
    }
    documents++;
    const dump = naiveDump(decodeInput(bytes, 'html').text);
    countSegments(raw, dump, entry);
    countSegments(cleaned, cleanText(dump).text, entry);
  }
  const rawScore = segmentScore(raw);
  const cleanScore = segmentScore(cleaned);
  const lines = [
    `Trafilatura evaluation set, ${documents} pages, naive dump → cleanText, segments that must / must not appear`,
    ...formatTable(
      ['output', 'P', 'R', 'F1', 'accuracy'],
      [
        ['raw dump', rawScore.precision, rawScore.recall, rawScore.f1, rawScore.accuracy],
        ['cleaned', cleanScore.precision, cleanScore.recall, cleanScore.f1, cleanScore.accuracy],
      ],
    ),
  ];
  const figures: Figure[] = [
    { key: 'text.trafilatura.raw.f1', value: rawScore.f1 },
    { key: 'text.trafilatura.f1', value: cleanScore.f1 },
    { key: 'text.trafilatura.precision', value: cleanScore.precision },
    { key: 'text.trafilatura.recall', value: cleanScore.recall },
  ];
  return { lines, figures };
}

export async function run(): Promise<EvalSection> {
  const l3sRoot = dataSet('l3s-gn1');
  const trafilaturaRoot = dataSet('trafilatura-eval');
  if (!l3sRoot && !trafilaturaRoot) {
    return {
      title: 'Text cleaning (naive page dumps)',
      lines: [],
      figures: [],
      skipped: 'data sets l3s-gn1 and trafilatura-eval are absent',
    };
  }
  const lines: string[] = [];
  const figures: Figure[] = [];
  for (const section of [
    l3sRoot ? l3sSection(l3sRoot) : null,
    trafilaturaRoot ? trafilaturaSection(trafilaturaRoot) : null,
  ]) {
    if (!section) continue;
    if (lines.length > 0) lines.push('');
    lines.push(...section.lines);
    figures.push(...section.figures);
  }
  if (!l3sRoot) lines.push('L3S-GN1: skipped (data set absent)');
  if (!trafilaturaRoot) lines.push('Trafilatura evaluation set: skipped (data set absent)');
  return { title: 'Text cleaning (naive page dumps)', lines, figures };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const section = await run();
  console.log(`# ${section.title}`);
  if (section.skipped) console.log(`skipped: ${section.skipped}`);
  for (const line of section.lines) console.log(line);
  for (const figure of section.figures) console.log(`${figure.key} = ${figure.value.toFixed(4)}`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
