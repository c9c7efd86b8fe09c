import { ANY_PARTY, assertsDeed, isWhenTopic, type ClaimView } from './claim-view.js';
import { compareClaims, type ConflictKind } from './compare-claims.js';
import { isCauseTopic } from './rival-causes.js';

/**
 * The contradictions of a set of claims, one per disputed point of a topic, each with its two
 * sides: everyone who asserts the point against everyone who negates it ("the Red Hand is behind
 * the attack": the ministry, the police chief, an analyst / the Red Hand, an agency's sources, and two
 * governments who say the Black Dawn acted alone). A claim that names another party "alone" joins the
 * side against a point only when someone negates that point outright; a speaker's other claims on
 * the topic join the side the speaker is on when they do not conflict with it.
 */
export interface SideConflict {
  readonly topic: string;
  readonly a: readonly ClaimView[];
  readonly b: readonly ClaimView[];
  readonly kind: ConflictKind;
}

function anyConflict(left: readonly ClaimView[], right: readonly ClaimView[]): ConflictKind | null {
  let found: ConflictKind | null = null;
  for (const one of left)
    for (const other of right) {
      const kind = compareClaims(one, other);
      if (kind === 'denies') return kind;
      found ??= kind;
    }
  return found;
}

/** Candidate sides of one topic, before cleaning. */
function candidates(views: readonly ClaimView[]): { a: ClaimView[]; b: ClaimView[] }[] {
  const first = views[0] as ClaimView;
  if (
    first.frame === 'destination' ||
    first.frame === 'origin' ||
    first.frame === 'count' ||
    isWhenTopic(first.topic)
  )
    return oneValued(views);
  const found = partyCandidates(views);
  // "what caused the collapse": asserted against denied causes first, else rival causes
  return found.length === 0 && first.frame === 'proposition' && isCauseTopic(first.topic)
    ? oneValued(views)
    : found;
}

/** One-valued questions: the first answer's supporters against those who disagree with it. */
function oneValued(views: readonly ClaimView[]): { a: ClaimView[]; b: ClaimView[] }[] {
  for (const pivot of views) {
    const b = views.filter((view) => compareClaims(pivot, view) !== null);
    if (b.length === 0) continue;
    const a = views.filter(
      (view) => !b.includes(view) && b.every((other) => compareClaims(view, other) !== null),
    );
    return [{ a, b }];
  }
  return [];
}

/** Each party (or value) asserted against those who negate it. */
function partyCandidates(views: readonly ClaimView[]): { a: ClaimView[]; b: ClaimView[] }[] {
  const found: { a: ClaimView[]; b: ClaimView[] }[] = [];
  const values = [...new Set(views.flatMap((view) => view.values))];
  for (const value of values) {
    // (a deed asked for, wanted or tried is not said to be done: no side of it, claim-view.ts)
    const pro = views.filter(
      (view) => view.polarity === 'pos' && view.values.includes(value) && assertsDeed(view),
    );
    if (value === ANY_PARTY) continue;
    // a plain proposition negated with no doer ("the wells were not contaminated") is against
    // every party said to have done it
    const con = views.filter(
      (view) =>
        view.polarity === 'neg' &&
        (view.values.includes(value) || (view.frame === 'proposition' && view.values.includes(ANY_PARTY))),
    );
    if (pro.length === 0 || con.length === 0 || anyConflict(pro, con) === null) continue;
    const proSpeakers = new Set(pro.map((view) => view.speaker));
    const alone = views.filter(
      (view) =>
        view.polarity === 'pos' &&
        view.exclusive &&
        !view.values.includes(value) &&
        !proSpeakers.has(view.speaker),
    );
    found.push({ a: pro, b: [...con, ...alone] });
  }
  return found;
}

function attributionsOf(side: readonly ClaimView[]): Set<string> {
  return new Set(side.map((view) => view.attribution));
}

export function conflictsOf(views: readonly ClaimView[]): SideConflict[] {
  const byTopic = new Map<string, ClaimView[]>();
  for (const view of views) {
    const list = byTopic.get(view.topic) ?? [];
    list.push(view);
    byTopic.set(view.topic, list);
  }
  const conflicts: SideConflict[] = [];
  const seen = new Set<string>();
  for (const [topic, list] of byTopic) {
    for (const candidate of candidates(list)) {
      const both = attributionsOf(candidate.a);
      const other = attributionsOf(candidate.b);
      // an attribution on both sides says both things: it belongs to neither
      let a = candidate.a.filter((view) => !other.has(view.attribution));
      let b = candidate.b.filter((view) => !both.has(view.attribution));
      const kind = anyConflict(a, b);
      if (kind === null) continue;
      const aSpeakers = new Set(a.map((view) => view.speaker));
      const bSpeakers = new Set(b.map((view) => view.speaker));
      for (const view of list) {
        if (a.includes(view) || b.includes(view)) continue;
        if (aSpeakers.has(view.speaker) && !bSpeakers.has(view.speaker) && anyConflict([view], a) === null)
          a = [...a, view];
        else if (
          bSpeakers.has(view.speaker) &&
          !aSpeakers.has(view.speaker) &&
          anyConflict([view], b) === null
        )
          b = [...b, view];
      }
      const key = `${topic}|${[...attributionsOf(a)].sort().join(',')}|${[...attributionsOf(b)].sort().join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const byOrder = (left: ClaimView, right: ClaimView): number => left.order - right.order;
      const sortedA = [...a].sort(byOrder);
      const sortedB = [...b].sort(byOrder);
      // the side that spoke first is side a
      const swap = (sortedB[0]?.order ?? 0) < (sortedA[0]?.order ?? 0);
      conflicts.push({ topic, a: swap ? sortedB : sortedA, b: swap ? sortedA : sortedB, kind });
    }
  }
  return conflicts;
}
