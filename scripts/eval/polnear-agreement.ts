import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Span } from '../../src/model/index.js';
import type { AttributionCandidate } from '../../src/nlp/attribution/candidate.js';
import { findAttributions } from '../../src/nlp/attribution/spans/index.js';
import { segment } from '../../src/nlp/segment/segment.js';
import { dataSet } from './lib/data.js';
import {
  emptyCounts,
  exactScores,
  loadPolnear,
  overlapScores,
  scoreDocument,
  trimPieces,
  type PolnearCounts,
  type PolnearDocument,
} from './lib/polnear.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';

/**
 * How far PolNeAR's own annotation lets a system go, with the scorer of the `polnear` section:
 * 1. agreement between PolNeAR's annotators, every ordered pair of annotator files of the
 *    multiply-annotated documents scored against each other (one as "system", one as "gold"),
 *    pooled and pair by pair (the pairs' lowest and highest);
 * 2. how many dev gold cues are phrasings that never occur as a cue in train, and the cue recall
 *    of `findAttributions` on those and on the others.
 * The figures are reported, not held to floors: they describe the data, not the system.
 */
export async function run(): Promise<EvalSection> {
  const title = 'PolNeAR: agreement between its annotators, and unseen cue phrasings';
  const root = dataSet('polnear');
  if (!root) return { title, lines: [], figures: [], skipped: 'data set polnear is absent' };
  const train = loadPolnear(join(root, 'train'));
  const dev = loadPolnear(join(root, 'dev'));
  const figures: Figure[] = [];
  const lines: string[] = [];
  const rows: (string | number)[][] = [];
  for (const [name, documents] of [
    ['train', train],
    ['dev', dev],
  ] as const) {
    const { pooled, pairs, documentCount } = agreement(documents);
    if (documentCount === 0) continue;
    const f1s = (counts: PolnearCounts) => [
      exactScores(counts.cue).f1,
      exactScores(counts.source).f1,
      exactScores(counts.contentExact).f1,
      overlapScores(counts.contentOverlap).f1,
    ];
    const all = f1s(pooled);
    const perPair = pairs.map(f1s);
    const range = (column: number) => {
      const values = perPair.map((row) => row[column]!);
      return `${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)}`;
    };
    const goldPerPair = Math.round(pooled.cue.tp + pooled.cue.fn) / Math.max(1, pairs.length);
    rows.push([
      `${name}: ${documentCount} documents, ${pairs.length} annotator pairs (both directions), ~${Math.round(goldPerPair)} gold attributions per pair`,
      `${all[0]!.toFixed(3)} (${range(0)})`,
      `${all[1]!.toFixed(3)} (${range(1)})`,
      `${all[2]!.toFixed(3)} (${range(2)})`,
      `${all[3]!.toFixed(3)} (${range(3)})`,
    ]);
    figures.push({ key: `polnear.agreement.${name}.cue.f1`, value: all[0]! });
    figures.push({ key: `polnear.agreement.${name}.source.f1`, value: all[1]! });
    figures.push({ key: `polnear.agreement.${name}.content_exact.f1`, value: all[2]! });
    figures.push({ key: `polnear.agreement.${name}.content_overlap.f1`, value: all[3]! });
  }
  lines.push(
    'Annotator against annotator, F1 pooled over the pairs (lowest–highest pair):',
    ...formatTable(['documents', 'cue exact', 'source exact', 'content exact', 'content overlap'], rows),
  );

  const { seen, unseen, seenFound, unseenFound } = cueRecallBySeen(train, dev, (text) =>
    findAttributions(text, segment(text)),
  );
  const unseenShare = unseen / (seen + unseen);
  const seenRecall = seenFound / seen;
  const unseenRecall = unseenFound / unseen;
  figures.push({ key: 'polnear.dev.cues_unseen_in_train.share', value: unseenShare });
  figures.push({ key: 'polnear.dev.cue.recall_seen', value: seenRecall });
  figures.push({ key: 'polnear.dev.cue.recall_unseen', value: unseenRecall });
  lines.push(
    `dev gold cues whose phrasing never occurs as a cue in train (any annotator): ${(100 * unseenShare).toFixed(1)} % (${Math.round(unseen)} of ${Math.round(seen + unseen)})`,
    `findAttributions cue recall (exact): ${seenRecall.toFixed(3)} on the phrasings seen in train, ${unseenRecall.toFixed(3)} on the unseen ones`,
    `recall if every seen phrasing were found and unseen ones stayed at ${unseenRecall.toFixed(3)}: ${(1 - unseenShare + unseenShare * unseenRecall).toFixed(3)}`,
  );
  return { title, lines, figures };
}

/**
 * Cue recall split by phrasing: a gold cue of `documents` is "seen" when its string (lower-cased,
 * white space folded, edge quotation marks and spaces trimmed) occurs as a cue anywhere in `train`
 * under any annotator, "unseen" otherwise; found = a predicted cue with exactly its (single) span.
 * Annotators of a document weigh 1/n. Also used by the training script on its held-out tenth.
 */
export function cueRecallBySeen(
  train: readonly PolnearDocument[],
  documents: readonly PolnearDocument[],
  predict: (text: string) => readonly AttributionCandidate[],
): { seen: number; unseen: number; seenFound: number; unseenFound: number } {
  // Cue phrasings: seen as a cue anywhere in train (any annotator) or not.
  const trainCues = new Set<string>();
  for (const document of train)
    for (const annotation of document.annotations)
      for (const attribution of annotation.attributions)
        if (attribution.cue.length > 0) trainCues.add(cueString(document.text, attribution.cue));
  let seen = 0;
  let unseen = 0;
  let seenFound = 0;
  let unseenFound = 0;
  for (const document of documents) {
    const text = document.text;
    const predicted = predict(text).flatMap((candidate) =>
      candidate.cue ? trimPieces(text, [candidate.cue]) : [],
    );
    const weight = 1 / document.annotations.length;
    for (const annotation of document.annotations)
      for (const attribution of annotation.attributions) {
        const cue = trimPieces(text, attribution.cue);
        if (cue.length === 0) continue;
        const found =
          cue.length === 1 &&
          predicted.some((span) => span.start === cue[0]!.start && span.end === cue[0]!.end);
        if (trainCues.has(cueString(text, cue))) {
          seen += weight;
          if (found) seenFound += weight;
        } else {
          unseen += weight;
          if (found) unseenFound += weight;
        }
      }
  }
  return { seen, unseen, seenFound, unseenFound };
}

export function cueString(text: string, pieces: readonly Span[]): string {
  return pieces
    .map((piece) => text.slice(piece.start, piece.end))
    .join(' ')
    .toLowerCase()
    .replace(/[’]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Every ordered pair of annotator files of each multiply-annotated document, scored. */
function agreement(documents: readonly PolnearDocument[]): {
  pooled: PolnearCounts;
  pairs: PolnearCounts[];
  documentCount: number;
} {
  const pooled = emptyCounts();
  const byPair = new Map<string, PolnearCounts>();
  let documentCount = 0;
  for (const document of documents) {
    if (document.annotations.length < 2) continue;
    documentCount++;
    for (const system of document.annotations)
      for (const gold of document.annotations) {
        if (system === gold) continue;
        const key = [system.annotator, gold.annotator].sort().join('-');
        let counts = byPair.get(key);
        if (counts === undefined) {
          counts = emptyCounts();
          byPair.set(key, counts);
        }
        scoreDocument(document.text, system.attributions, gold.attributions, counts);
        scoreDocument(document.text, system.attributions, gold.attributions, pooled);
      }
  }
  return { pooled, pairs: [...byPair.values()], documentCount };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await run();
  console.log(`# ${section.title}`);
  if (section.skipped) console.log(`skipped: ${section.skipped}`);
  for (const line of section.lines) console.log(line);
  for (const figure of section.figures) console.log(`${figure.key} = ${figure.value}`);
}
