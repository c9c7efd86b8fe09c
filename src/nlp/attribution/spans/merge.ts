import type { Span } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';

/**
 * Merges the learned candidates with the rule-based quotation candidates
 * (src/nlp/attribution/quotes). The learned model finds every kind of attribution; the rules are
 * precise on direct quotations ("“…,” he said, “…”", quotations running over several paragraphs).
 *
 * - A rule candidate whose cue overlaps a learned cue is the same attribution: the learned one is
 *   kept, and when `ruleContent` is set and the rule's is a direct quotation, its content (and its
 *   source where the model found none) replaces the learned one.
 * - A rule candidate with a cue that no learned cue overlaps is added, unless its content overlaps
 *   a learned candidate's cue, source or content (the model attributed those words otherwise).
 * - Continuation paragraphs (no cue) follow their candidate wherever it went; one per paragraph.
 *
 * The result lists the candidates with cues in text order, then the continuations.
 */
export interface MergeOptions {
  readonly ruleContent: boolean;
  readonly addRules: boolean;
}

export const MERGE_DEFAULTS: MergeOptions = { ruleContent: true, addRules: true };

function overlaps(a: Span | null, b: Span | null): boolean {
  return a !== null && b !== null && a.start < b.end && b.start < a.end;
}

function partsOf(candidate: AttributionCandidate): Span[] {
  return [
    ...(candidate.cue ? [candidate.cue] : []),
    ...(candidate.source ? [candidate.source] : []),
    ...candidate.content,
  ];
}

interface Draft {
  candidate: AttributionCandidate;
  /** For continuations: the draft they continue. */
  parent: Draft | null;
}

/**
 * "Mr Bexley [recalled the first week of] [the flood]." ¶ "“The water came …”": the model's cue ran
 * into the verb's object and its content is the rest of that object, while the rule's quotation
 * comes after both: the rule's cue ("recalled") is the cue.
 */
function objectInCue(learned: AttributionCandidate, rule: AttributionCandidate): boolean {
  const cue = learned.cue;
  const ruleCue = rule.cue;
  const quoted = rule.content[0];
  if (cue === null || ruleCue === null || quoted === undefined) return false;
  // (more than a colon: "said:")
  if (cue.start !== ruleCue.start || cue.end <= ruleCue.end + 1) return false;
  return (
    learned.content.length > 0 &&
    learned.content.every((piece) => piece.start >= cue.end && piece.end <= quoted.start)
  );
}

export function mergeCandidates(
  learned: readonly AttributionCandidate[],
  rules: readonly AttributionCandidate[],
  options: MergeOptions = MERGE_DEFAULTS,
): AttributionCandidate[] {
  const learnedDrafts: Draft[] = learned.map((candidate) => ({ candidate, parent: null }));
  learned.forEach((candidate, index) => {
    if (candidate.continues !== undefined)
      learnedDrafts[index]!.parent = learnedDrafts[candidate.continues] ?? null;
  });
  const ruleDrafts: (Draft | null)[] = rules.map(() => null);
  const withCue = learnedDrafts.filter((draft) => draft.candidate.cue !== null);
  const added: Draft[] = [];
  rules.forEach((rule, index) => {
    if (rule.cue === null) return;
    const same = withCue.find((draft) => overlaps(draft.candidate.cue, rule.cue));
    if (same) {
      if (options.ruleContent && rule.kind === 'direct' && rule.content.length > 0) {
        const source = same.candidate.source ?? rule.source;
        const clash = source !== null && rule.content.some((piece) => overlaps(piece, source));
        if (!clash)
          same.candidate = {
            ...same.candidate,
            kind: rule.kind,
            cue: objectInCue(same.candidate, rule) ? rule.cue : same.candidate.cue,
            source,
            content: rule.content,
          };
      }
      ruleDrafts[index] = same;
      return;
    }
    if (!options.addRules) return;
    const taken = rule.content.some((piece) =>
      withCue.some((draft) => partsOf(draft.candidate).some((part) => overlaps(part, piece))),
    );
    if (taken) return;
    const draft: Draft = { candidate: rule, parent: null };
    added.push(draft);
    ruleDrafts[index] = draft;
  });
  const continuations: Draft[] = learnedDrafts.filter(
    (draft) => draft.candidate.cue === null && draft.parent !== null,
  );
  rules.forEach((rule) => {
    if (rule.cue !== null || rule.continues === undefined) return;
    const parent = ruleDrafts[rule.continues] ?? null;
    if (parent === null) return;
    const first = rule.content[0] ?? null;
    const existing = continuations.find((draft) =>
      draft.candidate.content.some((piece) => overlaps(piece, first)),
    );
    if (existing) existing.parent = parent;
    else continuations.push({ candidate: rule, parent });
  });
  const ordered = [...withCue, ...added].sort(
    (a, b) => (a.candidate.cue?.start ?? 0) - (b.candidate.cue?.start ?? 0),
  );
  const indexOf = new Map<Draft, number>();
  const result: AttributionCandidate[] = [];
  for (const draft of ordered) {
    indexOf.set(draft, result.length);
    const { continues: _continues, ...rest } = draft.candidate;
    result.push(rest);
  }
  // A continuation may continue another continuation; resolve in text order so parents come first.
  continuations.sort((a, b) => (a.candidate.content[0]?.start ?? 0) - (b.candidate.content[0]?.start ?? 0));
  for (const draft of continuations) {
    const parent = draft.parent === null ? undefined : indexOf.get(draft.parent);
    if (parent === undefined) continue;
    indexOf.set(draft, result.length);
    result.push({
      kind: draft.candidate.kind,
      cue: null,
      source: null,
      content: draft.candidate.content,
      continues: parent,
    });
  }
  return result;
}
