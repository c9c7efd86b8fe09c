import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanText } from '../../src/ingest/text/clean-text.js';
import { dataSet } from './lib/data.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';

/**
 * Text cleaning on the seed article (scraped text) against its hand-made reference: headline,
 * publisher, caption credit, boilerplate removed, and every story paragraph kept. The story
 * paragraphs are the input's blank-line-separated blocks that the reference does not name as
 * headline, caption or boilerplate.
 */

interface SeedGold {
  readonly title: string;
  readonly publisher: string;
  readonly published?: string;
  readonly caption: { readonly contains: string; readonly credit: string };
  readonly boilerplate: readonly { readonly contains: string; readonly times?: number }[];
  readonly body_must_keep: readonly string[];
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + needle.length))
    count++;
  return count;
}

export async function run(): Promise<EvalSection> {
  const title = 'Text cleaning on the seed article';
  const root = dataSet('seed');
  if (!root) return { title, lines: [], figures: [], skipped: 'data set seed is absent' };
  const raw = readFileSync(join(root, 'article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as SeedGold;
  const result = cleanText(raw);
  const paragraphs = new Set(result.text.split('\n\n'));

  const titleCorrect = result.metadata.title === gold.title ? 1 : 0;
  const publisherCorrect = result.metadata.publisher === gold.publisher ? 1 : 0;
  const caption = result.captions.find((candidate) => candidate.text.includes(gold.caption.contains));
  const captionCredit = caption?.credit === gold.caption.credit ? 1 : 0;
  const captionOutOfBody =
    result.text.includes(gold.caption.contains) && occurrences(raw, gold.caption.contains) <= 1 ? 0 : 1;

  const boilerplateRemoved =
    gold.boilerplate.filter((item) => !result.text.includes(item.contains)).length /
    Math.max(1, gold.boilerplate.length);
  const boilerplateRecorded =
    gold.boilerplate.filter(
      (item) =>
        result.removed.filter((block) => block.text.includes(item.contains)).length >= (item.times ?? 1),
    ).length / Math.max(1, gold.boilerplate.length);

  const mustKeep =
    gold.body_must_keep.filter((needle) => result.text.includes(needle)).length /
    Math.max(1, gold.body_must_keep.length);

  const story = raw
    .split(/\n\s*\n/u)
    .map((block) => block.trim())
    .filter(
      (block) =>
        block.length > 0 &&
        block !== gold.title &&
        !block.includes(gold.caption.contains) &&
        !gold.boilerplate.some((item) => block.includes(item.contains)),
    );
  const storyKept = story.filter((paragraph) => paragraphs.has(paragraph));
  const bodyKept = storyKept.length / Math.max(1, story.length);
  const extraParagraphs = [...paragraphs].filter((paragraph) => !story.includes(paragraph)).length;

  const figures: Figure[] = [
    { key: 'seed.title', value: titleCorrect },
    { key: 'seed.publisher', value: publisherCorrect },
    { key: 'seed.caption_credit', value: captionCredit },
    { key: 'seed.caption_out_of_body', value: captionOutOfBody },
    { key: 'seed.boilerplate_removed', value: boilerplateRemoved },
    { key: 'seed.boilerplate_recorded', value: boilerplateRecorded },
    { key: 'seed.body_must_keep', value: mustKeep },
    { key: 'seed.body_kept', value: bodyKept },
    { key: 'seed.extra_paragraphs', value: extraParagraphs, better: 'lower' },
  ];
  const lines = [
    ...formatTable(
      ['check', 'result', 'detail'],
      [
        ['title', titleCorrect, JSON.stringify(result.metadata.title)],
        ['publisher', publisherCorrect, JSON.stringify(result.metadata.publisher)],
        ['caption credit', captionCredit, JSON.stringify(caption?.credit ?? null)],
        ['caption kept out of body', captionOutOfBody, ''],
        ['boilerplate removed from body', boilerplateRemoved, `${gold.boilerplate.length} reference items`],
        ['boilerplate recorded in removed[] (times)', boilerplateRecorded, ''],
        ['body must-keep passages', mustKeep, `${gold.body_must_keep.length} passages`],
        ['story paragraphs kept verbatim', bodyKept, `${storyKept.length}/${story.length}`],
        ['paragraphs that are not story', extraParagraphs, ''],
      ],
    ),
  ];
  return { title, lines, figures };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await run();
  console.log(`# ${section.title}`);
  if (section.skipped) console.log(`skipped: ${section.skipped}`);
  for (const line of section.lines) console.log(line);
  for (const figure of section.figures) console.log(`${figure.key} = ${figure.value}`);
}
