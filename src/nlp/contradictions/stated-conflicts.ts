import type { Attribution, Span, Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';
import { classOf } from '../claims/predicate-classes.js';
import type { Referents } from '../claims/referents.js';

/**
 * Conflicts the text states: a verb of the WordNet conflict class (contradict, deny, reject,
 * refute, dispute and their hyponyms) whose subject and object both lead to attributions — "The
 * mayor's remarks contradict claims by the ministry …": the remarks are the mayor's latest
 * attribution, the claims are the attribution whose cue is "claims". A denial that is itself
 * an attribution ("The movement has rejected allegations that …") is not read here: its claim is negated.
 */
export interface StatedConflict {
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly evidence: Span;
}

function cueAttribution(attributions: readonly Attribution[], token: Token): Attribution | null {
  return (
    attributions.find(
      (attribution) =>
        attribution.cue !== null && attribution.cue.start <= token.start && token.end <= attribution.cue.end,
    ) ?? null
  );
}

/** The speaker a phrase names: its own entity, its possessor ("the dictator's remarks") or its by-phrase. */
function speakerOf(tree: DependencyTree, referents: Referents, head: number): string | null {
  const own = referents.entityAt(head);
  if (own !== null) return own.id;
  for (const child of tree.dependents(head, ['nmod:poss', 'nmod'])) {
    const entity = referents.entityAt(child);
    if (entity !== null) return entity.id;
  }
  return null;
}

function speaks(attribution: Attribution, entity: string): boolean {
  return [attribution.speaker ?? []].flat().includes(entity);
}

/** The attributions a side of the conflict verb stands for. */
function sideOf(
  tree: DependencyTree,
  referents: Referents,
  attributions: readonly Attribution[],
  head: number,
  before: number,
): Attribution[] {
  const token = tree.tokens[head] as Token;
  const cued = cueAttribution(attributions, token);
  if (cued !== null) return [cued];
  const speaker = speakerOf(tree, referents, head);
  if (speaker === null) return [];
  // the speaker's latest attribution before the statement ("remarks" refer back to what was said)
  const earlier = attributions.filter(
    (attribution) =>
      speaks(attribution, speaker) && (attribution.cue?.start ?? attribution.content[0]?.start ?? 0) < before,
  );
  const latest = earlier[earlier.length - 1];
  return latest === undefined ? [] : [latest];
}

export function statedConflicts(
  tree: DependencyTree,
  referents: Referents,
  attributions: readonly Attribution[],
): StatedConflict[] {
  const found: StatedConflict[] = [];
  const tokens = tree.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (token.pos !== 'VERB' || classOf('conflict', token.lemma.toLowerCase(), 'verb') === null) continue;
    if (cueAttribution(attributions, token) !== null) continue;
    const subject = tree.dependent(index, 'nsubj');
    const object = tree.dependent(index, 'obj');
    if (subject < 0 || object < 0) continue;
    const a = sideOf(tree, referents, attributions, subject, token.start);
    const b = sideOf(tree, referents, attributions, object, token.start);
    if (a.length === 0 || b.length === 0) continue;
    const aIds = a.map((attribution) => attribution.id);
    const bIds = b.map((attribution) => attribution.id).filter((id) => !aIds.includes(id));
    if (bIds.length === 0) continue;
    const by = tree.dependents(object, ['nmod']);
    const last = by.length > 0 ? tree.subtreeEnd(by[by.length - 1] as number) : object;
    found.push({
      a: aIds,
      b: bIds,
      evidence: { start: (tokens[subject] as Token).start, end: (tokens[last] as Token).end },
    });
  }
  return found;
}
