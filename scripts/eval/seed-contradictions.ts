import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution } from '../../src/model/index.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import { dataSet } from './lib/data.js';
import { formatTable, type EvalSection } from './lib/report.js';
import { matches, type GoldAttribution } from './seed-attributions.js';

/**
 * Contradictions on the seed article, through the whole pipeline, against gold.json
 * `contradictions`. Gold attributions are matched to the system's as the seed-attributions section
 * matches them. A required gold contradiction is found when one system contradiction has every
 * attribution of one side among the gold's side a and every one of the other among side b (either
 * way round) with at least one on each side: nothing on the wrong side. Attributions the gold
 * lists on no side of that topic do not count against it. Then:
 * - found: required gold contradictions found, over all required;
 * - side recall: gold side members on the right side of the matched contradiction;
 * - false: system contradictions that put two attributions the gold places on the SAME side of
 *   one of its contradictions (claims that agree) on opposite sides.
 */
interface GoldContradiction {
  readonly topic: string;
  readonly sides: readonly [readonly string[], readonly string[]];
  readonly required?: boolean;
}

interface SeedGold {
  readonly published: string;
  readonly attributions: readonly GoldAttribution[];
  readonly contradictions: readonly GoldContradiction[];
}

export async function run(): Promise<EvalSection> {
  const title = 'Contradictions on the seed article (gold.json)';
  const root = dataSet('seed');
  if (!root) return { title, lines: [], figures: [], skipped: 'data set seed is absent' };
  const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as SeedGold;
  const bytes = readFileSync(join(root, 'article.txt'));
  const doc = processInput({ source: 'article.txt', bytes }, { published: gold.published });
  // system attribution id → gold id
  const goldOf = new Map<string, string>();
  for (const item of gold.attributions) {
    const found = doc.attributions.find((candidate: Attribution) => matches(doc.text, item, candidate));
    if (found !== undefined && !goldOf.has(found.id)) goldOf.set(found.id, item.id);
  }
  const required = gold.contradictions.filter((item) => item.required !== false);
  const rows: (string | number)[][] = [];
  let found = 0;
  let sideMembers = 0;
  let sideRight = 0;
  for (const item of required) {
    const [left, right] = item.sides;
    let best: { right: number; id: string } | null = null;
    for (const contradiction of doc.contradictions) {
      const a = contradiction.a.map((id) => goldOf.get(id)).filter((id): id is string => id !== undefined);
      const b = contradiction.b.map((id) => goldOf.get(id)).filter((id): id is string => id !== undefined);
      for (const [one, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const wrong = one.some((id) => right.includes(id)) || other.some((id) => left.includes(id));
        const onLeft = one.filter((id) => left.includes(id)).length;
        const onRight = other.filter((id) => right.includes(id)).length;
        if (wrong || onLeft === 0 || onRight === 0) continue;
        if (best === null || onLeft + onRight > best.right)
          best = { right: onLeft + onRight, id: contradiction.id };
      }
    }
    sideMembers += left.length + right.length;
    if (best !== null) {
      found += 1;
      sideRight += best.right;
    }
    rows.push([item.topic, best?.id ?? 'missed', `${best?.right ?? 0}/${left.length + right.length}`]);
  }
  // agreeing pairs: two gold attributions on the same side of any gold contradiction
  const sameSide = new Set<string>();
  for (const item of gold.contradictions)
    for (const side of item.sides)
      for (const one of side) for (const other of side) sameSide.add(`${one}|${other}`);
  let falseCount = 0;
  const falseLines: string[] = [];
  for (const contradiction of doc.contradictions) {
    const clash = contradiction.a.some((a) =>
      contradiction.b.some((b) => {
        const left = goldOf.get(a);
        const right = goldOf.get(b);
        return left !== undefined && right !== undefined && sameSide.has(`${left}|${right}`);
      }),
    );
    if (clash) {
      falseCount += 1;
      falseLines.push(
        `  ${contradiction.id} ${contradiction.topic}: ${contradiction.a.join(',')} vs ${contradiction.b.join(',')}`,
      );
    }
  }
  const lines = [
    ...formatTable(['gold topic', 'system', 'side members right'], rows),
    '',
    ...formatTable(
      ['measure', 'count', 'value'],
      [
        [
          'required found with right sides',
          `${found}/${required.length}`,
          found / Math.max(1, required.length),
        ],
        ['side members right', `${sideRight}/${sideMembers}`, sideRight / Math.max(1, sideMembers)],
        ['system contradictions', String(doc.contradictions.length), doc.contradictions.length],
        ['between agreeing claims', String(falseCount), falseCount],
      ],
    ),
    ...doc.contradictions.map(
      (contradiction) =>
        `  ${contradiction.id} [${contradiction.kind}] ${contradiction.topic}: ${contradiction.a.join(',')} vs ${contradiction.b.join(',')}`,
    ),
    ...(falseLines.length > 0 ? ['between agreeing claims:', ...falseLines] : []),
  ];
  return {
    title,
    lines,
    figures: [
      { key: 'seed-contradictions.found', value: found / Math.max(1, required.length) },
      { key: 'seed-contradictions.side_recall', value: sideRight / Math.max(1, sideMembers) },
      { key: 'seed-contradictions.agreeing', value: falseCount, better: 'lower' },
    ],
  };
}
