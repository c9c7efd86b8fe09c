import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Segments, Span } from '../../src/model/index.js';
import type { AttributionCandidate } from '../../src/nlp/attribution/candidate.js';
import { findQuotations, quoteAttributions } from '../../src/nlp/attribution/quotes/index.js';
import { segment } from '../../src/nlp/segment/segment.js';
import { dataSet } from './lib/data.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';
import { nameHash } from './lib/split.js';

/**
 * Direct and mixed quotation candidates (src/nlp/attribution/quotes) against PolNeAR's gold
 * attributions whose content holds a double quotation mark. PolNeAR train, one annotator's file per
 * article (the first by name), split in halves by a hash of the article name: the rules were looked
 * at against the tuning half only; PolNeAR dev is reported as a second held-out set.
 *
 * - content: characters of gold quoted content covered by some candidate (recall), and characters
 *   of candidate content inside some gold content (precision);
 * - attributions: a candidate and a gold attribution match when their contents overlap;
 * - cue / source: exact span equality with the cue / source of a gold attribution whose content
 *   the candidate overlaps (for sources, PolNeAR's trailing comma after an appositive is ignored).
 */

interface GoldAttribution {
  readonly content: readonly Span[];
  readonly cue: readonly Span[];
  readonly source: readonly Span[];
  readonly quoted: boolean;
}

interface Article {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly GoldAttribution[];
}

const QUOTE_MARK = /["“”«»„]/u;

function parseSpans(field: string): Span[] {
  return field.split(';').map((part) => {
    const [start, end] = part.trim().split(' ').map(Number);
    return { start: start ?? 0, end: end ?? 0 };
  });
}

function loadArticles(root: string, split: 'train' | 'dev'): Article[] {
  const textFolder = join(root, split, 'text');
  const annotationFolder = join(root, split, 'attributions');
  const annotations = readdirSync(annotationFolder).sort();
  const articles: Article[] = [];
  for (const file of readdirSync(textFolder).sort()) {
    const base = file.replace(/\.txt$/u, '');
    const annotation = annotations.find((name) => name.startsWith(`${base}_`));
    if (annotation === undefined) continue;
    const text = readFileSync(join(textFolder, file), 'utf8');
    const lines = readFileSync(join(annotationFolder, annotation), 'utf8').split('\n');
    const textBound = new Map<string, { type: string; spans: Span[] }>();
    const gold: GoldAttribution[] = [];
    for (const line of lines) {
      const bound = /^(T\d+)\t(\S+) ([\d ;]+)\t/u.exec(line);
      if (bound !== null) {
        textBound.set(bound[1] as string, {
          type: bound[2] as string,
          spans: parseSpans(bound[3] as string),
        });
        continue;
      }
      const event = /^E\d+\t(.*)$/u.exec(line);
      if (event === null) continue;
      const roles = new Map<string, Span[]>();
      for (const part of (event[1] as string).trim().split(/\s+/u)) {
        const [role, id] = part.split(':');
        const target = textBound.get(id ?? '');
        if (role !== undefined && target !== undefined) roles.set(role, target.spans);
      }
      const content = roles.get('Content') ?? [];
      if (content.length === 0) continue;
      const quoted = content.some((span) => QUOTE_MARK.test(text.slice(span.start, span.end)));
      gold.push({ content, cue: roles.get('Cue') ?? [], source: roles.get('Source') ?? [], quoted });
    }
    articles.push({ name: base, text, gold });
  }
  return articles;
}

function trimmed(text: string, span: Span): string {
  return `${span.start}:${span.end}:${text.slice(span.start, span.end).replace(/[\s,]+$/u, '')}`;
}

function key(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return '';
  const first = spans[0] as Span;
  const last = spans[spans.length - 1] as Span;
  const whole = { start: first.start, end: last.end };
  const surface = text.slice(whole.start, whole.end).replace(/^[\s,]+|[\s,]+$/gu, '');
  const start = whole.start + text.slice(whole.start, whole.end).indexOf(surface);
  return trimmed(text, { start, end: start + surface.length });
}

function overlaps(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

function mark(length: number, spans: Iterable<Span>): Uint8Array {
  const marks = new Uint8Array(length);
  for (const span of spans) marks.fill(1, Math.max(0, span.start), Math.min(length, span.end));
  return marks;
}

class Tally {
  goldQuotedChars = 0;
  goldQuotedCovered = 0;
  candidateChars = 0;
  candidateInGold = 0;
  candidates = 0;
  candidatesMatched = 0;
  goldQuoted = 0;
  goldQuotedMatched = 0;
  candidateCues = 0;
  candidateCuesExact = 0;
  goldCues = 0;
  goldCuesExact = 0;
  candidateSources = 0;
  candidateSourcesExact = 0;
  candidateSourcesOverlap = 0;
  goldSources = 0;
  goldSourcesExact = 0;
  cueless = 0;
  cuelessMatched = 0;

  add(article: Article, candidates: readonly AttributionCandidate[]): void {
    const { text, gold } = article;
    const quotedGold = gold.filter((item) => item.quoted);
    const goldQuotedMarks = mark(
      text.length,
      quotedGold.flatMap((item) => item.content),
    );
    const goldAllMarks = mark(
      text.length,
      gold.flatMap((item) => item.content),
    );
    const candidateMarks = mark(
      text.length,
      candidates.flatMap((item) => item.content),
    );
    for (let index = 0; index < text.length; index += 1) {
      if (goldQuotedMarks[index] === 1) {
        this.goldQuotedChars += 1;
        if (candidateMarks[index] === 1) this.goldQuotedCovered += 1;
      }
      if (candidateMarks[index] === 1) {
        this.candidateChars += 1;
        if (goldAllMarks[index] === 1) this.candidateInGold += 1;
      }
    }
    for (const candidate of candidates) {
      const matches = gold.filter((item) => overlaps(item.content, candidate.content));
      this.candidates += 1;
      if (matches.length > 0) this.candidatesMatched += 1;
      if (candidate.cue === null) {
        this.cueless += 1;
        if (matches.length > 0) this.cuelessMatched += 1;
      } else {
        this.candidateCues += 1;
        const cueKey = key(text, [candidate.cue]);
        if (matches.some((item) => key(text, item.cue) === cueKey)) this.candidateCuesExact += 1;
      }
      if (candidate.source !== null) {
        this.candidateSources += 1;
        const sourceKey = key(text, [candidate.source]);
        if (matches.some((item) => key(text, item.source) === sourceKey)) this.candidateSourcesExact += 1;
        const source = candidate.source;
        if (matches.some((item) => overlaps(item.source, [source]))) this.candidateSourcesOverlap += 1;
      }
    }
    for (const item of quotedGold) {
      const matches = candidates.filter((candidate) => overlaps(item.content, candidate.content));
      this.goldQuoted += 1;
      if (matches.length > 0) this.goldQuotedMatched += 1;
      if (item.cue.length > 0) {
        this.goldCues += 1;
        const cueKey = key(text, item.cue);
        if (matches.some((candidate) => candidate.cue !== null && key(text, [candidate.cue]) === cueKey))
          this.goldCuesExact += 1;
      }
      if (item.source.length > 0) {
        this.goldSources += 1;
        const sourceKey = key(text, item.source);
        if (
          matches.some(
            (candidate) => candidate.source !== null && key(text, [candidate.source]) === sourceKey,
          )
        )
          this.goldSourcesExact += 1;
      }
    }
  }
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

export async function run(): Promise<EvalSection> {
  const title = 'Quotation attributions on PolNeAR train (quoted gold content)';
  const root = dataSet('polnear');
  if (!root) return { title, lines: [], figures: [], skipped: 'data set polnear is absent' };
  const articles = loadArticles(root, 'train');
  const halves = { tuning: new Tally(), heldout: new Tally(), dev: new Tally() };
  const segmented: { text: string; segments: Segments }[] = [];
  for (const article of articles) {
    const segments = segment(article.text);
    segmented.push({ text: article.text, segments });
    const candidates = quoteAttributions(article.text, segments, findQuotations(article.text, segments));
    const half = nameHash(article.name) % 2 === 0 ? halves.tuning : halves.heldout;
    half.add(article, candidates);
  }
  // PolNeAR dev: never looked at while the rules were written.
  for (const article of loadArticles(root, 'dev')) {
    const segments = segment(article.text);
    halves.dev.add(
      article,
      quoteAttributions(article.text, segments, findQuotations(article.text, segments)),
    );
  }

  // Speed of the two functions alone (segmentation excluded), best of 3 rounds.
  let characters = 0;
  for (const item of segmented) characters += item.text.length;
  let best = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    for (const item of segmented)
      quoteAttributions(item.text, item.segments, findQuotations(item.text, item.segments));
    best = Math.min(best, performance.now() - started);
  }
  const nanosecondsPerCharacter = (best * 1e6) / characters;

  const rows = (['tuning', 'heldout', 'dev'] as const).map((name) => {
    const tally = halves[name];
    return [
      name,
      tally.goldQuoted,
      tally.candidates,
      ratio(tally.candidateInGold, tally.candidateChars),
      ratio(tally.goldQuotedCovered, tally.goldQuotedChars),
      ratio(tally.candidatesMatched, tally.candidates),
      ratio(tally.goldQuotedMatched, tally.goldQuoted),
      ratio(tally.candidateCuesExact, tally.candidateCues),
      ratio(tally.goldCuesExact, tally.goldCues),
      ratio(tally.candidateSourcesExact, tally.candidateSources),
      ratio(tally.goldSourcesExact, tally.goldSources),
      ratio(tally.candidateSourcesOverlap, tally.candidateSources),
    ];
  });
  const heldout = halves.heldout;
  const figures: Figure[] = [
    {
      key: 'quotes.heldout.content.precision',
      value: ratio(heldout.candidateInGold, heldout.candidateChars),
    },
    {
      key: 'quotes.heldout.content.recall',
      value: ratio(heldout.goldQuotedCovered, heldout.goldQuotedChars),
    },
    { key: 'quotes.heldout.cue.precision', value: ratio(heldout.candidateCuesExact, heldout.candidateCues) },
    { key: 'quotes.heldout.cue.recall', value: ratio(heldout.goldCuesExact, heldout.goldCues) },
    { key: 'quotes.ns_per_char', value: nanosecondsPerCharacter, better: 'lower' },
  ];
  return {
    title,
    lines: [
      ...formatTable(
        [
          'half',
          'gold',
          'cands',
          'content P',
          'content R',
          'attr P',
          'attr R',
          'cue P',
          'cue R',
          'src P',
          'src R',
          'src P ovl',
        ],
        rows,
      ),
      'tuning / heldout: PolNeAR train split by a hash of the article name; dev: PolNeAR dev (84 articles)',
      `cue-less continuation candidates (train): ${halves.tuning.cueless + heldout.cueless} (${halves.tuning.cuelessMatched + heldout.cuelessMatched} overlap a gold content)`,
      `findQuotations + quoteAttributions: ${nanosecondsPerCharacter.toFixed(1)} ns per character (${characters} characters, segmentation excluded)`,
    ],
    figures,
  };
}
