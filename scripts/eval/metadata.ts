/**
 * Metadata evaluation on the trafilatura evaluation set: for the pages whose gold carries a title,
 * an author or a date, how often `readHtmlMetadata` gives the same (after normalisation; dates by
 * the day). Also exercises `decodeInput` on every page (the set is stored gzipped).
 *
 *   npx tsx scripts/eval/metadata.ts            # figures
 *   npx tsx scripts/eval/metadata.ts --misses   # also list the misses, field by field
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { decodeInput } from '../../src/ingest/decode.js';
import { readHtmlMetadataTraced } from '../../src/ingest/html/metadata.js';
import { dataSet } from './lib/data.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';

interface GoldEntry {
  readonly file: string;
  readonly title?: string;
  /** A string, or a list of names on a few pages. */
  readonly author?: string | readonly string[];
  readonly date?: string;
}

type Field = 'title' | 'author' | 'date';

/** Titles compare without case, punctuation, quotation-mark style or spacing. */
export function titleKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Bylines compare as sets of names: "Ana Ruiz und Tom Bell" = "Tom Bell, Ana Ruiz". */
export function authorKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s*(?:[,;&/|]|\s(?:and|und|et|y|e|i|en|og|och)\s)\s*/)
    .map((name) => name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
    .filter((name) => name.length > 0)
    .sort()
    .join('|');
}

function matches(field: Field, gold: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  switch (field) {
    case 'title':
      return titleKey(gold) === titleKey(predicted);
    case 'author':
      return authorKey(gold) === authorKey(predicted);
    case 'date':
      return gold.slice(0, 10) === predicted.slice(0, 10);
  }
}

interface FieldTally {
  pages: number;
  correct: number;
  missing: number;
  misses: string[];
}

export async function run(options: { readonly listMisses?: boolean } = {}): Promise<EvalSection> {
  const title = 'Metadata (trafilatura eval set: title, author, date)';
  const root = dataSet('trafilatura-eval');
  if (root === null) return { title, lines: [], figures: [], skipped: 'data set trafilatura-eval absent' };
  const gold = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, GoldEntry>;
  const tallies: Record<Field, FieldTally> = {
    title: { pages: 0, correct: 0, missing: 0, misses: [] },
    author: { pages: 0, correct: 0, missing: 0, misses: [] },
    date: { pages: 0, correct: 0, missing: 0, misses: [] },
  };
  let pages = 0;
  let decodeFailures = 0;
  const started = performance.now();
  for (const [url, entry] of Object.entries(gold)) {
    const goldValue = (field: Field): string => {
      const value = entry[field] ?? '';
      return (typeof value === 'string' ? value : value.join(', ')).trim();
    };
    const fields = (['title', 'author', 'date'] as const).filter((field) => goldValue(field).length > 0);
    if (fields.length === 0) continue;
    let html: string;
    try {
      html = decodeInput(readFileSync(join(root, 'html', `${entry.file}.gz`)), 'html').text;
    } catch {
      decodeFailures++;
      continue;
    }
    pages++;
    const { metadata, origins } = readHtmlMetadataTraced(parseHTML(html).document);
    const predicted: Record<Field, string | null> = {
      title: metadata.title,
      author: metadata.byline,
      date: metadata.published,
    };
    const origin: Record<Field, string | null> = {
      title: origins.title,
      author: origins.byline,
      date: origins.published,
    };
    for (const field of fields) {
      const tally = tallies[field];
      const expected = goldValue(field);
      tally.pages++;
      if (predicted[field] === null) tally.missing++;
      if (matches(field, expected, predicted[field])) tally.correct++;
      else
        tally.misses.push(
          `${field}  ${url}\n    gold: ${expected}\n    ours: ${predicted[field]}  (${origin[field]})`,
        );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = (['title', 'author', 'date'] as const).map((field) => {
    const tally = tallies[field];
    return [
      field,
      tally.pages,
      tally.correct,
      tally.missing,
      tally.pages === 0 ? 0 : tally.correct / tally.pages,
    ];
  });
  const lines = [
    ...formatTable(['field', 'pages with gold', 'correct', 'no value', 'accuracy'], rows),
    `${pages} pages read in ${seconds.toFixed(1)} s; ${decodeFailures} could not be decoded`,
  ];
  if (options.listMisses)
    for (const field of ['title', 'author', 'date'] as const) lines.push(...tallies[field].misses);
  const accuracy = (field: Field) =>
    tallies[field].pages === 0 ? 0 : tallies[field].correct / tallies[field].pages;
  const figures: Figure[] = [
    { key: 'metadata.trafilatura.title', value: accuracy('title') },
    { key: 'metadata.trafilatura.date', value: accuracy('date') },
    { key: 'metadata.trafilatura.author', value: accuracy('author') },
    { key: 'metadata.trafilatura.title.pages', value: tallies.title.pages },
    { key: 'metadata.trafilatura.date.pages', value: tallies.date.pages },
    { key: 'metadata.trafilatura.author.pages', value: tallies.author.pages },
  ];
  return { title, lines, figures };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await run({ listMisses: process.argv.includes('--misses') });
  console.log(`# ${section.title}`);
  if (section.skipped) console.log(`skipped: ${section.skipped}`);
  for (const line of section.lines) console.log(line);
  for (const figure of section.figures)
    console.log(`${figure.key} = ${Number.isInteger(figure.value) ? figure.value : figure.value.toFixed(3)}`);
}
