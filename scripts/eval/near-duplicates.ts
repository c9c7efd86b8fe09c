import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fingerprint, StoryCandidate } from '../../src/nlp/near-duplicates/fingerprint.js';
import {
  chooseStory,
  CONTAINMENT_THRESHOLD,
  fingerprint,
  MIN_SHINGLES,
} from '../../src/nlp/near-duplicates/fingerprint.js';
import { wordShingles } from '../../src/nlp/near-duplicates/shingles.js';
import { dataSet } from './lib/data.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';
import { nameHash } from './lib/split.js';

/**
 * Wire copies and near-duplicates on BBC News (2,225 articles, five folders): each article is an
 * "agency story"; the script makes 0–3 reprints of it with invented edits (later paragraphs cut,
 * headline rewritten, byline added or changed, sentences or paragraphs reordered, a few words
 * changed), shuffles originals and reprints into one stream and links them as `ingest` does
 * (fingerprint, LSH bands, `chooseStory`). The other articles of the same folder (same topic) are
 * the hard negatives. Truth: an article and its reprints are one story; two originals whose
 * shingle sets overlap by ≥ 0.8 (exact Jaccard — copies inside the data set) are one story too.
 *
 * Scores are pairwise: precision and recall over pairs of articles put in one story. Articles
 * are split by a hash of folder/file name into a tuning half (where the containment threshold
 * was chosen: the sweep below) and a held-out half (the floors).
 */

interface Article {
  readonly name: string;
  readonly text: string;
}

/** mulberry32: a seeded generator, so the reprints are the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const INVENTED_FIRST = ['Mara', 'Tobin', 'Ilse', 'Corwin', 'Dalia', 'Fenn', 'Ysolde', 'Bram'];
const INVENTED_LAST = ['Quarrel', 'Lindqvist', 'Oduya', 'Marren', 'Thale', 'Venkat', 'Rusk', 'Abara'];
const INVENTED_AGENCIES = ['Coast Wire', 'Northern Press Service', 'Meridian News', 'Daily Lantern'];
const INVENTED_HEADLINE_WORDS = [
  'Row',
  'deepens',
  'over',
  'plan',
  'as',
  'talks',
  'stall',
  'new',
  'twist',
  'in',
];
const WORD_SWAPS: Record<string, string> = {
  said: 'told reporters',
  also: 'further',
  but: 'however',
  year: 'twelve months',
  new: 'fresh',
  big: 'large',
};

type Edit = 'cut' | 'headline' | 'byline' | 'reorder' | 'words';
const EDITS: readonly Edit[] = ['cut', 'headline', 'byline', 'reorder', 'words'];

/** One reprint: 2–4 of the invented edits applied to the original. */
function reprint(text: string, random: () => number): { text: string; edits: Edit[] } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const edits = [...EDITS].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 3));
  let [headline = '', ...paragraphs] = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  for (const edit of edits) {
    switch (edit) {
      case 'cut': {
        // papers cut from the end: keep the first paragraph, lose up to half of the rest
        const keep = Math.max(1, Math.ceil(paragraphs.length * (0.5 + random() * 0.4)));
        paragraphs = paragraphs.slice(0, keep);
        break;
      }
      case 'headline':
        headline = Array.from({ length: 6 }, () => pick(INVENTED_HEADLINE_WORDS)).join(' ');
        break;
      case 'byline':
        paragraphs = [
          `By ${pick(INVENTED_FIRST)} ${pick(INVENTED_LAST)}, ${pick(INVENTED_AGENCIES)}`,
          ...paragraphs,
        ];
        break;
      case 'reorder': {
        if (paragraphs.length >= 3) {
          const at = 1 + Math.floor(random() * (paragraphs.length - 2));
          [paragraphs[at], paragraphs[at + 1]] = [paragraphs[at + 1] as string, paragraphs[at] as string];
        }
        const index = Math.floor(random() * paragraphs.length);
        const sentences = (paragraphs[index] ?? '').split(/(?<=[.!?])\s+/);
        if (sentences.length > 1) paragraphs[index] = [...sentences.slice(1), sentences[0]].join(' ');
        break;
      }
      case 'words':
        paragraphs = paragraphs.map((paragraph) =>
          paragraph.replace(/\b[a-z]+\b/g, (word) =>
            WORD_SWAPS[word] && random() < 0.5 ? WORD_SWAPS[word] : word,
          ),
        );
        break;
    }
  }
  return { text: [headline, ...paragraphs].join('\n\n'), edits };
}

function loadArticles(root: string): Article[] {
  const articles: Article[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(root, folder.name)).sort()) {
      if (!file.endsWith('.txt')) continue;
      articles.push({
        name: `${folder.name}/${file}`,
        text: readFileSync(join(root, folder.name, file), 'latin1'),
      });
    }
  }
  return articles;
}

/** Exact Jaccard of two sorted hash arrays. */
function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if ((a[i] as number) < (b[j] as number)) i += 1;
    else j += 1;
  }
  return shared / (a.length + b.length - shared || 1);
}

/** Union–find over indices, for the truth clusters. */
function clusters(count: number, pairs: Iterable<[number, number]>): number[] {
  const parent = Array.from({ length: count }, (_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index] as number] as number;
      index = parent[index] as number;
    }
    return index;
  };
  for (const [a, b] of pairs) parent[find(a)] = find(b);
  return parent.map((_, index) => find(index));
}

interface Stream {
  readonly texts: string[];
  readonly truth: number[];
}

function buildStream(originals: readonly Article[], seed: number): Stream {
  const random = generator(seed);
  const sorted = originals.map((article) => Uint32Array.from(wordShingles(article.text)).sort());
  const copies: [number, number][] = [];
  for (let a = 0; a < originals.length; a += 1)
    for (let b = a + 1; b < originals.length; b += 1)
      if (exactJaccard(sorted[a] as Uint32Array, sorted[b] as Uint32Array) >= 0.8) copies.push([a, b]);
  const originalCluster = clusters(originals.length, copies);
  const texts: string[] = [];
  const truth: number[] = [];
  originals.forEach((article, index) => {
    texts.push(article.text);
    truth.push(originalCluster[index] as number);
    const reprints = Math.floor(random() * 4);
    for (let copy = 0; copy < reprints; copy += 1) {
      texts.push(reprint(article.text, random).text);
      truth.push(originalCluster[index] as number);
    }
  });
  // arrival order: shuffled, so a reprint may come before its original
  const order = texts.map((_, index) => index).sort(() => random() - 0.5);
  return {
    texts: order.map((index) => texts[index] as string),
    truth: order.map((index) => truth[index] as number),
  };
}

/** Links the stream as `ingest` does (bands → candidates → chooseStory); returns story per article. */
function linkStream(prints: readonly Fingerprint[], threshold: number): number[] {
  const bands = new Map<string, number[]>();
  const stories: number[] = [];
  prints.forEach((print, index) => {
    let story = index;
    if (print.shingles >= MIN_SHINGLES) {
      const seen = new Set<number>();
      const candidates: StoryCandidate[] = [];
      for (const key of print.bands) {
        for (const other of bands.get(key) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          const earlier = prints[other] as Fingerprint;
          candidates.push({
            story: String(stories[other]),
            signature: earlier.signature,
            shingles: earlier.shingles,
          });
        }
      }
      const chosen = chooseStory(print, candidates, threshold);
      if (chosen !== null) story = Number(chosen);
      for (const key of print.bands) {
        const list = bands.get(key) ?? [];
        list.push(index);
        bands.set(key, list);
      }
    }
    stories.push(story);
  });
  return stories;
}

/** Pairwise precision and recall of predicted stories against true ones. */
function pairScores(
  predicted: readonly number[],
  truth: readonly number[],
): { precision: number; recall: number; f1: number } {
  const pairs = (counts: Map<string, number>): number => {
    let total = 0;
    for (const count of counts.values()) total += (count * (count - 1)) / 2;
    return total;
  };
  const count = (keys: string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const both = pairs(count(predicted.map((story, index) => `${story}:${truth[index]}`)));
  const predictedPairs = pairs(count(predicted.map(String)));
  const truePairs = pairs(count(truth.map(String)));
  const precision = predictedPairs === 0 ? 1 : both / predictedPairs;
  const recall = truePairs === 0 ? 1 : both / truePairs;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

export async function run(): Promise<EvalSection> {
  const title = 'Near-duplicates: BBC News with invented reprints (wire copies)';
  const root = dataSet('bbc-news');
  if (root === null) return { title, lines: [], figures: [], skipped: 'bbc-news data set absent' };
  const articles = loadArticles(root);
  const halves = {
    tuning: articles.filter((article) => nameHash(article.name) % 2 === 0),
    heldout: articles.filter((article) => nameHash(article.name) % 2 === 1),
  };
  const lines: string[] = [];
  const figures: Figure[] = [];
  const sweepRows: (string | number)[][] = [];
  const resultRows: (string | number)[][] = [];
  for (const [half, originals] of Object.entries(halves)) {
    const stream = buildStream(originals, half === 'tuning' ? 17 : 29);
    const started = performance.now();
    const prints = stream.texts.map((text) => fingerprint(text));
    const stories = linkStream(prints, CONTAINMENT_THRESHOLD);
    const milliseconds = performance.now() - started;
    const scores = pairScores(stories, stream.truth);
    const per10k = (milliseconds / stream.texts.length) * 10_000;
    resultRows.push([
      half,
      originals.length,
      stream.texts.length,
      scores.precision,
      scores.recall,
      scores.f1,
      `${(per10k / 1000).toFixed(1)} s`,
    ]);
    if (half === 'tuning') {
      for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
        const swept = pairScores(linkStream(prints, threshold), stream.truth);
        sweepRows.push([threshold, swept.precision, swept.recall, swept.f1]);
      }
    } else {
      figures.push(
        { key: 'near-duplicates.heldout.precision', value: scores.precision },
        { key: 'near-duplicates.heldout.recall', value: scores.recall },
        { key: 'near-duplicates.seconds_per_10k', value: per10k / 1000, better: 'lower' },
      );
    }
  }
  lines.push(
    ...formatTable(
      ['half', 'originals', 'articles', 'precision', 'recall', 'F1', 'time / 10k articles'],
      resultRows,
    ),
    '',
    `containment threshold sweep on the tuning half (in use: ${CONTAINMENT_THRESHOLD}):`,
    ...formatTable(['threshold', 'precision', 'recall', 'F1'], sweepRows),
    '',
    'time: shingles + MinHash + LSH look-up + verification, one thread, in memory (the store adds its writes)',
  );
  return { title, lines, figures };
}
