import { adjectivesOppose } from './deed-joins.js';

/**
 * A deed said with one more thing than the question asks still answers it: "resigned for personal
 * reasons" says "resigned", "was unsafe for heavy vehicles" says "was unsafe". A positive claim
 * `P(S, X)` (both parties known) joins the topic `P(S, ?)` when the corpus (or the article) asks
 * that question, and an evaluation `be A(S, X)` joins `be A(S, ?)` when an evaluation of the same
 * subject by an opposite adjective is asked ("be safe(the bridge, ?)"), so the two meet as
 * opposites. Only a positive claim moves: "did not resign for personal reasons" says nothing of
 * whether he resigned. Topics with a nested topic as a party never join.
 */
export function qualifiedJoins(topics: Iterable<string>): Map<string, string> {
  const distinct = new Set(topics);
  const bare = new Map<string, string[]>();
  for (const topic of distinct) {
    const parts = partsOf(topic);
    if (parts === null || parts.object !== '?' || parts.subject === '?') continue;
    const list = bare.get(parts.subject);
    if (list === undefined) bare.set(parts.subject, [parts.predicate]);
    else list.push(parts.predicate);
  }
  const target = new Map<string, string>();
  if (bare.size === 0) return target;
  for (const topic of distinct) {
    const parts = partsOf(topic);
    if (parts === null || parts.object === '?' || parts.subject === '?') continue;
    const asked = bare.get(parts.subject);
    if (asked === undefined) continue;
    const general = `${parts.predicate}(${parts.subject}, ?)`;
    if (asked.includes(parts.predicate)) {
      target.set(topic, general);
      continue;
    }
    const adjective = evaluated(parts.predicate);
    if (
      adjective !== null &&
      asked.some((other) => {
        const opposite = evaluated(other);
        return opposite !== null && adjectivesOppose(adjective, opposite);
      })
    )
      target.set(topic, general);
  }
  return target;
}

const TOPIC = /^([a-z][a-z' -]*)\(([^()]+), ([^(),]+)\)$/;

function partsOf(topic: string): { predicate: string; subject: string; object: string } | null {
  const match = TOPIC.exec(topic);
  if (match === null) return null;
  const [, predicate, subject, object] = match as unknown as [string, string, string, string];
  return { predicate, subject, object };
}

/** The adjective of an evaluation predicate ("be safe" → "safe"), null for any other predicate. */
function evaluated(predicate: string): string | null {
  const match = /^be ([a-z][a-z-]*)$/.exec(predicate);
  return match === null ? null : (match[1] as string);
}
