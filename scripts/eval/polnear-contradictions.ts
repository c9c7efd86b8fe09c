import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_INGEST_OPTIONS } from '../../src/ingest/options.js';
import type { Doc } from '../../src/model/index.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import { dataSet, REPOSITORY_ROOT } from './lib/data.js';
import { formatTable, type EvalSection } from './lib/report.js';

/**
 * The false-positive check of the contradictions stage: every contradiction reported over PolNeAR
 * dev (84 news texts, mostly without real conflicts), each listed with its two sides in context so
 * that it can be judged by hand. The judgements are kept in polnear-contradictions-judged.json,
 * keyed by document name, topic and the attribution ids of the sides (no text of the corpus is
 * kept in the repository); a contradiction with no judgement is reported as unjudged. Precision is
 * over the judged ones.
 *
 *   npm run eval -- polnear-contradictions           figures
 *   node dist/scripts/eval/polnear-contradictions.js  the list, with the text of each side
 */
interface Judgement {
  readonly document: string;
  readonly key: string;
  readonly real: boolean;
  readonly why: string;
}

const JUDGED = join(REPOSITORY_ROOT, 'scripts', 'eval', 'polnear-contradictions-judged.json');

export function keyOf(topic: string, a: readonly string[], b: readonly string[]): string {
  return `${topic} | ${a.join(',')} | ${b.join(',')}`;
}

function documentsOf(root: string): { name: string; doc: Doc }[] {
  const folder = join(root, 'dev', 'text');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.txt$/, ''),
      doc: processInput(
        { source: file, bytes: readFileSync(join(folder, file)) },
        { format: 'text', ingest: { ...DEFAULT_INGEST_OPTIONS, clean: false } },
      ),
    }));
}

/** Every contradiction with the text of its sides, for judging by hand. */
export function listing(root: string): string[] {
  const lines: string[] = [];
  for (const { name, doc } of documentsOf(root)) {
    for (const contradiction of doc.contradictions) {
      lines.push(
        `${name}  ${keyOf(contradiction.topic, contradiction.a, contradiction.b)}  [${contradiction.kind}]`,
      );
      for (const [label, ids] of [
        ['A', contradiction.a],
        ['B', contradiction.b],
      ] as const)
        for (const id of ids) {
          const attribution = doc.attributions.find((candidate) => candidate.id === id);
          if (attribution === undefined) continue;
          const source =
            attribution.source === null
              ? '?'
              : doc.text.slice(attribution.source.start, attribution.source.end);
          const content = attribution.content.map((span) => doc.text.slice(span.start, span.end)).join(' … ');
          lines.push(`   ${label} ${id} ${source}: ${content.replace(/\s+/g, ' ')}`);
        }
      if (contradiction.evidence)
        lines.push(
          `   evidence: ${doc.text.slice(contradiction.evidence.start, contradiction.evidence.end)}`,
        );
    }
  }
  return lines;
}

export async function run(): Promise<EvalSection> {
  const title = 'Contradictions reported over PolNeAR dev, judged by hand';
  const root = dataSet('polnear');
  if (!root) return { title, lines: [], figures: [], skipped: 'data set polnear is absent' };
  const judged: readonly Judgement[] = existsSync(JUDGED)
    ? (JSON.parse(readFileSync(JUDGED, 'utf8')) as Judgement[])
    : [];
  let reported = 0;
  let real = 0;
  let judgedCount = 0;
  const rows: (string | number)[][] = [];
  for (const { name, doc } of documentsOf(root)) {
    for (const contradiction of doc.contradictions) {
      reported += 1;
      const key = keyOf(contradiction.topic, contradiction.a, contradiction.b);
      const judgement = judged.find((entry) => entry.document === name && entry.key === key);
      if (judgement !== undefined) {
        judgedCount += 1;
        if (judgement.real) real += 1;
      }
      rows.push([
        name,
        contradiction.kind,
        judgement === undefined ? 'unjudged' : judgement.real ? 'real' : 'false',
        key,
      ]);
    }
  }
  const precision = real / Math.max(1, judgedCount);
  const summary =
    judgedCount > 0
      ? `${reported} contradictions reported over the 84 dev texts; ${judgedCount} judged, ${real} real: precision ${precision.toFixed(3)}`
      : `${reported} contradictions reported over the 84 dev texts`;
  return {
    title,
    lines: [...formatTable(['document', 'kind', 'judged', 'topic | a | b'], rows), '', summary],
    figures: [
      // precision means nothing until something is reported
      ...(judgedCount > 0 ? [{ key: 'polnear-contradictions.precision', value: precision }] : []),
      { key: 'polnear-contradictions.unjudged', value: reported - judgedCount, better: 'lower' },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = dataSet('polnear');
  if (!root) {
    console.error('polnear-contradictions: data set polnear is absent (../shared/data/polnear)');
    process.exit(1);
  }
  console.log(listing(root).join('\n'));
}
