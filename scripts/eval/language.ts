/**
 * Language detection on the trafilatura evaluation set (990 pages, mostly German, with English,
 * Spanish, French, Polish and others). A page's label is its own declaration (`<html lang>`, meta
 * tags, JSON-LD `inLanguage`), except for the pages listed in `language-labels.json`, whose
 * declaration contradicts their text (a German blog declaring "en"): those carry the language we
 * read in their body, by hand. Pages with no declaration and no hand label are left out.
 *
 * Also runs the whole pipeline on every page labelled other than English and counts those that
 * still get entities, times, attributions or events (the English-only stages must skip them).
 *
 *   npx tsx scripts/eval/language.ts               # figures
 *   npx tsx scripts/eval/language.ts --misses      # also list the pages the detector gets wrong
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_INGEST_OPTIONS } from '../../src/ingest/options.js';
import { chooseLanguage, detectLanguage, readsAsEnglish } from '../../src/nlp/language/index.js';
import { ingestInput } from '../../src/pipeline/ingest-input.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import { REPOSITORY_ROOT, dataSet } from './lib/data.js';
import { formatTable, type EvalSection } from './lib/report.js';

const primary = (tag: string): string => (tag.split('-')[0] ?? tag).toLowerCase();

export async function run(options: { readonly listMisses?: boolean } = {}): Promise<EvalSection> {
  const title =
    'Language detection (trafilatura eval set; labels: the pages’ declarations, hand labels where they lie)';
  const root = dataSet('trafilatura-eval');
  if (root === null) return { title, lines: [], figures: [], skipped: 'data set trafilatura-eval absent' };
  const gold = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const handLabels = JSON.parse(
    readFileSync(join(REPOSITORY_ROOT, 'scripts', 'eval', 'language-labels.json'), 'utf8'),
  ) as Record<string, string>;
  delete handLabels['$comment'];
  const perLanguage = new Map<string, { pages: number; right: number }>();
  const misses: string[] = [];
  let pages = 0;
  let right = 0;
  let handLabelled = 0;
  let nonEnglish = 0;
  let nonEnglishWithOutput = 0;
  let nonEnglishSkipDiagnosed = 0;
  let englishPages = 0;
  let englishKept = 0;
  let detectMs = 0;
  let detectChars = 0;
  for (const { file } of Object.values(gold)) {
    const bytes = gunzipSync(readFileSync(join(root, 'html', `${file}.gz`)));
    const { result } = ingestInput({ source: `${file}`, bytes }, 'html', DEFAULT_INGEST_OPTIONS);
    const declared = result.metadata.language;
    const hand = handLabels[file];
    if (hand !== undefined) handLabelled++;
    const label = hand ?? (declared === null ? null : primary(declared));
    if (label === null) continue;
    pages++;
    const started = performance.now();
    const detected = detectLanguage(
      result.text.trim().length > 0 ? result.text : (result.metadata.title ?? ''),
    );
    detectMs += performance.now() - started;
    detectChars += Math.min(result.text.length, 2_000);
    const chosen = chooseLanguage(declared, detected).language;
    const tally = perLanguage.get(label) ?? { pages: 0, right: 0 };
    tally.pages++;
    if (chosen !== null && primary(chosen) === label) {
      tally.right++;
      right++;
    } else misses.push(`${file}: label ${label}, declared ${declared}, detected ${detected}`);
    perLanguage.set(label, tally);
    if (label === 'en') {
      englishPages++;
      if (readsAsEnglish(chosen)) englishKept++;
      continue;
    }
    nonEnglish++;
    const doc = processInput({ source: file, bytes }, { format: 'html' });
    const output = doc.entities.length + doc.attributions.length + doc.times.length + doc.events.length;
    if (output > 0) nonEnglishWithOutput++;
    if (doc.diagnostics.some((diagnostic) => diagnostic.code === 'stage-skipped-language'))
      nonEnglishSkipDiagnosed++;
  }
  const rows = [...perLanguage]
    .sort((a, b) => b[1].pages - a[1].pages)
    .map(([language, tally]) => [language, tally.pages, tally.right, tally.right / tally.pages]);
  const lines = [
    ...formatTable(['label', 'pages', 'right', 'accuracy'], rows),
    `${pages} labelled pages (${handLabelled} by hand, the rest by their declaration): accuracy ${(right / pages).toFixed(3)}`,
    `English pages kept for the English stages: ${englishKept} of ${englishPages}`,
    `pages in other languages: ${nonEnglish}; with entities, times, attributions or events: ${nonEnglishWithOutput}; with the skip diagnostic: ${nonEnglishSkipDiagnosed}`,
    `detection alone: ${Math.round(detectChars / (detectMs / 1000)).toLocaleString('en')} characters/s (first 2,000 characters of each body)`,
  ];
  if (options.listMisses) lines.push(...misses);
  return {
    title,
    lines,
    figures: [
      { key: 'language.trafilatura.accuracy', value: right / pages },
      { key: 'language.trafilatura.english_recall', value: englishKept / englishPages },
      { key: 'language.trafilatura.non_english_with_output', value: nonEnglishWithOutput, better: 'lower' },
      {
        key: 'language.trafilatura.non_english_undiagnosed',
        value: nonEnglish - nonEnglishSkipDiagnosed,
        better: 'lower',
      },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await run({ listMisses: process.argv.includes('--misses') });
  console.log(section.skipped ?? section.lines.join('\n'));
}
