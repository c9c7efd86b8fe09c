import { firstSenses, lemmaFamily, lightVerb, relatedSenses } from './lemma-family.js';
import { timesCompatible } from './time-compatible.js';

/**
 * Cross-document event clusters: the same arrest reported by five outlets is one cluster. Precision
 * first — most events of an article are mentioned once in passing, and linking two that differ
 * costs more than leaving the same event in two clusters — so two events join only when
 * - their articles tell the same story (story-clusters.ts),
 * - their triggers are of one lemma family ("arrested", "the arrest"), share their most frequent
 *   WordNet sense ("the blaze", "the fire") or a related sense ("discovered" / "found", "death" /
 *   "died"; lemma-family.ts: on ECB+'s dev topics CoNLL F1 0.471 → 0.476, held-out 0.457 → 0.465),
 * - they have the same polarity ("was not arrested" is another event),
 * - a verb of very many senses ("took", "made") shares an argument with the other event
 *   (lemma-family.ts: lightVerb; on ECB+'s dev topics MUC precision 0.653 → 0.689, CoNLL F1
 *   0.437 → 0.428: precision first),
 * - their times can be the same (time-compatible.ts),
 * - and where both name an agent, or both a patient, those arguments share an entity cluster.
 * An event joins the first cluster whose every member it is compatible with, so the rules hold for
 * every pair in a cluster, not just along a chain. Reports of speech are linked by the same rules:
 * keeping every "said" apart scored lower on ECB+'s dev topics (CoNLL F1 0.424 against 0.438).
 */

export interface EventInput {
  readonly doc: number;
  readonly id: string;
  readonly trigger: string;
  readonly class: string | null;
  readonly polarity: string | null;
  readonly time: string | null;
  /** role → cross-document entity clusters of the arguments filling it. */
  readonly arguments: ReadonlyMap<string, ReadonlySet<string>>;
}

const COMPARED_ROLES = ['agent', 'patient'];

function meet(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  for (const entity of left) if (right.has(entity)) return true;
  return false;
}

/** Whether both events name an argument of one role from one entity cluster. */
function shareArgument(a: EventInput, b: EventInput): boolean {
  for (const [role, left] of a.arguments) {
    const right = b.arguments.get(role);
    if (right !== undefined && meet(left, right)) return true;
  }
  return false;
}

/** `light`: whether each event's trigger is a verb of very many senses, read once per event. */
function compatible(a: EventInput, b: EventInput, light: boolean): boolean {
  if (a.polarity !== b.polarity) return false;
  if (light && !shareArgument(a, b)) return false;
  if (!timesCompatible(a.time, b.time)) return false;
  for (const role of COMPARED_ROLES) {
    const left = a.arguments.get(role);
    const right = b.arguments.get(role);
    if (left === undefined || right === undefined || left.size === 0 || right.size === 0) continue;
    if (!meet(left, right)) return false;
  }
  return true;
}

/** Clusters of indexes into `events`, in order of first member; `storyOf[doc]` is the article's story. */
export function eventClusters(events: readonly EventInput[], storyOf: readonly number[]): number[][] {
  const clusters: number[][] = [];
  const open = new Map<string, number[]>(); // story + family → clusters that may take more
  const light = events.map((event) => lightVerb(event.trigger));
  events.forEach((event, index) => {
    const own = () => {
      clusters.push([index]);
      return clusters.length - 1;
    };
    const story = storyOf[event.doc];
    // a verb of very many senses ("took") proposes links by its own word only
    const related = light[index]! ? [] : relatedSenses(event.trigger);
    const keys = [lemmaFamily(event.trigger), ...firstSenses(event.trigger), ...related].map(
      (key) => `${story}\u0000${key}`,
    );
    const candidates = [...new Set(keys.flatMap((key) => open.get(key) ?? []))].sort((a, b) => a - b);
    const joined = candidates.find((cluster) =>
      clusters[cluster]!.every((member) =>
        compatible(events[member]!, event, light[member]! || light[index]!),
      ),
    );
    const cluster = joined ?? own();
    if (joined !== undefined) clusters[joined]!.push(index);
    for (const key of keys) {
      const list = open.get(key) ?? [];
      if (!list.includes(cluster)) open.set(key, [...list, cluster]);
    }
  });
  return clusters;
}
