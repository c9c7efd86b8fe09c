import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeInput } from '../../src/ingest/decode.js';
import { cleanText } from '../../src/ingest/text/clean-text.js';
import { dataSet } from './lib/data.js';
import { nameHash } from './lib/split.js';
import { goldFullText } from './lib/l3s-gn1.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';
import {
  corpusScore,
  pagePrecisionRecall,
  shingleMatch,
  type CorpusScore,
  type PrecisionRecall,
} from './lib/shingles.js';
import { naiveDump } from './naive-dump.js';
import {
  emptySnippetCounts,
  loadTrafilaturaPages,
  scoreSnippets,
  snippetScore,
} from './lib/trafilatura-eval.js';

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

/** The cleaner's halves hash the whole file name (with `.html.gz`): the split it was developed against. */
export function isHeldOut(fileName: string): boolean {
  return nameHash(fileName) % 2 === 1;
}

function readGzip(path: string): Uint8Array {
  return gunzipSync(readFileSync(path));
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
  // the same gold as the HTML extraction eval, so the two sets of figures compare
  const gold = goldFullText(decodeInput(readGzip(join(root, 'GoldStandard', `${id}.txt.gz`)), 'html').text);
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
  const raw = emptySnippetCounts();
  const cleaned = emptySnippetCounts();
  const pages = loadTrafilaturaPages(root);
  const documents = pages.length;
  for (const page of pages) {
    const dump = naiveDump(page.html);
    scoreSnippets(page, dump, raw);
    scoreSnippets(page, cleanText(dump).text, cleaned);
  }
  const rawScore = snippetScore(raw);
  const cleanScore = snippetScore(cleaned);
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
