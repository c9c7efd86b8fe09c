/**
 * Speed of `segment()` (paragraphs, sentences, tokens, parts of speech), a benchmark, not a test.
 *
 * 1. Real news: the 2,225 BBC News articles, (a) one `segment()` call per article, (b) one call on
 *    all of them joined by blank lines (~5 MB), against wink-nlp alone (readDoc + token values,
 *    spaces and tags) per article. Figures are tokens per second, best of BENCH_RUNS runs, after a
 *    warm-up pass (the JIT and wink's model load are not counted).
 * 2. Hostile input: 20 MB of text, 300,000 one-line paragraphs, 100,000 unbalanced quotation
 *    marks. Each must finish in seconds.
 *
 * Run alone: `npx tsx scripts/bench/segment.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { segment } from '../../src/nlp/segment/segment.js';
import { dataSet } from '../eval/lib/data.js';
import { formatTable } from '../eval/lib/report.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function readBbcArticles(): string[] | null {
  const folder = dataSet('bbc-news');
  if (folder === null) return null;
  const articles: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (!entry.isDirectory()) continue;
    const topic = join(folder, entry.name);
    for (const name of readdirSync(topic).sort()) {
      if (name.endsWith('.txt')) articles.push(readFileSync(join(topic, name), 'utf8'));
    }
  }
  return articles;
}

interface Measure {
  /** Wall-clock seconds. */
  readonly seconds: number;
  /** CPU seconds of this process (less disturbed by other work on a shared machine). */
  readonly cpuSeconds: number;
  readonly tokens: number;
  readonly sentences: number;
  readonly paragraphs: number;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function best(measure: () => Measure): Measure {
  let fastest: Measure | null = null;
  for (let run = 0; run < RUNS; run += 1) {
    const result = measure();
    if (fastest === null || result.seconds < fastest.seconds) fastest = result;
  }
  return fastest as Measure;
}

function segmentAll(texts: readonly string[]): Measure {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let tokens = 0;
  let sentences = 0;
  let paragraphs = 0;
  for (const text of texts) {
    const segments = segment(text);
    tokens += segments.tokens.length;
    sentences += segments.sentences.length;
    paragraphs += segments.paragraphs.length;
  }
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuSince(cpu),
    tokens,
    sentences,
    paragraphs,
  };
}

function winkAlone(texts: readonly string[]): Measure {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  const measure = (): Measure => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    let tokens = 0;
    for (const text of texts) {
      const documentTokens = nlp.readDoc(text).tokens();
      const values = documentTokens.out(its.value);
      documentTokens.out(its.precedingSpaces);
      documentTokens.out(its.pos);
      tokens += values.length;
    }
    return {
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: cpuSince(cpu),
      tokens,
      sentences: 0,
      paragraphs: 0,
    };
  };
  measure();
  return best(measure);
}

const rate = (tokens: number, seconds: number): string =>
  Math.round(tokens / seconds).toLocaleString('en-US');

function realNews(): string[] {
  const articles = readBbcArticles();
  if (articles === null) return ['Real news: skipped (the bbc-news data set is absent)'];
  const joined = articles.join('\n\n');
  segmentAll(articles); // warm-up
  const perArticle = best(() => segmentAll(articles));
  const whole = best(() => segmentAll([joined]));
  const wink = winkAlone(articles);
  return [
    `Real news: BBC News, ${articles.length} articles, ${(joined.length / 1e6).toFixed(2)} M characters (best of ${RUNS}, warm):`,
    '',
    ...formatTable(
      ['run', 'seconds', 'CPU s', 'tokens', 'sentences', 'paragraphs', 'tokens/s', 'tokens/CPU s'],
      [perArticle, whole, wink].map((measure, index) => [
        [
          'segment(), one call per article',
          'segment(), one call on all articles',
          'wink-nlp alone (readDoc + out), per article',
        ][index] ?? '',
        measure.seconds,
        measure.cpuSeconds,
        measure.tokens,
        index === 2 ? '-' : measure.sentences,
        index === 2 ? '-' : measure.paragraphs,
        rate(measure.tokens, measure.seconds),
        rate(measure.tokens, measure.cpuSeconds),
      ]),
    ),
    '',
    '(wink counts line breaks as tokens; segment() does not. CPU seconds include garbage collection.)',
  ];
}

function hostile(): string[] {
  const sentence = 'The committee met again on Thursday and agreed to publish its findings next month. ';
  const cases: readonly { name: string; text: string }[] = [
    { name: '20 MB of text', text: sentence.repeat(Math.ceil(20e6 / sentence.length)) },
    {
      name: '300,000 one-line paragraphs',
      text: Array.from({ length: 300_000 }, (_, index) => `Item ${index} was recorded.`).join('\n'),
    },
    { name: '100,000 unbalanced “ in one paragraph', text: '“Alarm. '.repeat(100_000) },
    {
      name: '100,000 unbalanced mixed marks',
      text: 'Bell” rang) twice] here’ “now (then [so ‘far. '.repeat(100_000 / 8),
    },
    { name: '1 MB without whitespace', text: 'x.'.repeat(500_000) },
  ];
  const rows = cases.map(({ name, text }) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const segments = segment(text);
    const seconds = (performance.now() - started) / 1000;
    return [
      name,
      (text.length / 1e6).toFixed(1),
      seconds,
      cpuSince(cpu),
      segments.tokens.length,
      segments.sentences.length,
      segments.paragraphs.length,
    ];
  });
  return [
    'Hostile input (one run each):',
    '',
    ...formatTable(['input', 'M chars', 'seconds', 'CPU s', 'tokens', 'sentences', 'paragraphs'], rows),
  ];
}

export function segmentBench(): string[] {
  return [...realNews(), '', ...hostile()];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of segmentBench()) process.stdout.write(`${line}\n`);
}
