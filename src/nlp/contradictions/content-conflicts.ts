import type { Attribution, Token } from '../../model/index.js';
import type { DependencyTree } from '../grammar/index.js';
import { contentTokens, nestedContents } from '../claims/content-tokens.js';
import { classOf } from '../claims/predicate-classes.js';
import type { Referents } from '../claims/referents.js';
import { tokenAt } from '../names/token-index.js';
import { lexicographerFileOf, NOUN_COMMUNICATION, synsetsOf, type WordNetPos } from '../events/wordnet.js';
import type { StatedConflict } from './stated-conflicts.js';

/**
 * Conflicts a source states inside what it says: its content calls another source's words false or
 * goes against them.
 * - "Footage shows that the guard raised his hands, contradicting the police's earlier claim that
 *   …": a conflict verb whose argument is the cue of another attribution ("claim");
 * - "She says the minister's remarks are false" / "… are lies" / "are unfounded": a word of falsity
 *   predicated of a speech noun (WordNet noun.communication: remarks, claims, comments) whose
 *   possessor is a speaker with attributions of their own;
 * - "He says the mayor is lying about the budget": the verb "lie" (its telling-an-untruth sense)
 *   with a speaker as its subject.
 * The other side is the attribution the cue makes, or, for a speaker, that speaker's attribution
 * sharing the most content words with the stating one (at least one: precision first). A word of
 * falsity under negation or a modal ("may lie", "is not false") states nothing.
 */

// Falsity, from WordNet senses: "lie" (tell an untruth, verb.communication), "a lie", "falsehood",
// "false", "untrue", "baseless"/"unfounded"/"groundless".
const FALSITY_SEEDS: readonly [string, WordNetPos, number][] = [
  ['lie', 'verb', 5],
  ['lie', 'noun', 1],
  ['falsehood', 'noun', 1],
  ['false', 'adj', 1],
  ['false', 'adj', 2],
  ['untrue', 'adj', 1],
  ['baseless', 'adj', 1],
];

let falsitySynsets: Record<WordNetPos, Set<number>> | null = null;

function falsity(): Record<WordNetPos, Set<number>> {
  if (falsitySynsets === null) {
    falsitySynsets = { verb: new Set(), noun: new Set(), adj: new Set() };
    for (const [lemma, pos, sense] of FALSITY_SEEDS) {
      const offset = synsetsOf(lemma, pos)[sense - 1];
      if (offset !== undefined) falsitySynsets[pos].add(offset);
    }
  }
  return falsitySynsets;
}

/** Whether a word has a sense of falsity ("lies", "false", "unfounded") in the given part of speech. */
export function isFalsityWord(lemma: string, pos: WordNetPos): boolean {
  const word = lemma.toLowerCase();
  const table = falsity();
  return synsetsOf(word, pos).some((offset) => table[pos].has(offset));
}

const NEGATORS = new Set(['not', 'never', "n't", 'no']);
const STOP = new Set(['be', 'have', 'do', 'say', 'the', 'a', 'that', 'this', 'it', 'he', 'she', 'they']);

function wordNetPosOf(token: Token): WordNetPos | null {
  if (token.pos === 'VERB') return 'verb';
  if (token.pos === 'NOUN' || token.pos === 'PROPN') return 'noun';
  if (token.pos === 'ADJ') return 'adj';
  return null;
}

function isSpeechNoun(token: Token): boolean {
  if (token.pos !== 'NOUN' && token.pos !== 'VERB') return false;
  const first = synsetsOf(token.lemma.toLowerCase(), 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_COMMUNICATION;
}

function weakened(tree: DependencyTree, head: number): boolean {
  for (const child of tree.dependents(head, ['advmod', 'aux', 'neg'])) {
    const token = tree.tokens[child] as Token;
    const word = token.lemma.toLowerCase();
    if (NEGATORS.has(word)) return true;
    // "may lie", "could be false", "would contradict"
    if (token.dep === 'aux' && token.pos === 'AUX' && !['be', 'have', 'do'].includes(word)) return true;
  }
  return false;
}

function cueAt(attributions: readonly Attribution[], token: Token): Attribution | null {
  return (
    attributions.find(
      (attribution) =>
        attribution.cue !== null && attribution.cue.start <= token.start && token.end <= attribution.cue.end,
    ) ?? null
  );
}

/** The content words of an attribution, to pick the one another speaker's words are about. */
function contentWords(tree: DependencyTree, indices: readonly number[]): Set<string> {
  const words = new Set<string>();
  for (const index of indices) {
    const token = tree.tokens[index] as Token;
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'VERB' && token.pos !== 'ADJ')
      continue;
    const word = token.lemma.toLowerCase();
    if (!STOP.has(word)) words.add(word);
  }
  return words;
}

export function contentConflicts(
  tree: DependencyTree,
  referents: Referents,
  attributions: readonly Attribution[],
): StatedConflict[] {
  const tokens = tree.tokens;
  const found: StatedConflict[] = [];
  const nested = nestedContents(attributions);
  const contents = new Map(
    attributions.map((attribution) => [
      attribution.id,
      contentTokens(tokens, attribution, attributions, nested),
    ]),
  );
  const speakerOf = (attribution: Attribution): string[] => [attribution.speaker ?? []].flat();

  /** The attribution of `entity` whose content shares the most words with `words`, none when it shares none. */
  const closest = (entity: string, stating: Attribution, words: ReadonlySet<string>): Attribution | null =>
    bestByWords(
      attributions.filter(
        (attribution) => attribution.id !== stating.id && speakerOf(attribution).includes(entity),
      ),
      words,
    );

  // the token before the first one that ends after `end`
  const lastTokenOf = (end: number): number => tokenAt(tokens, end) - 1;

  const bestByWords = (
    candidates: readonly Attribution[],
    words: ReadonlySet<string>,
  ): Attribution | null => {
    let best: Attribution | null = null;
    let bestShared = 0;
    for (const attribution of candidates) {
      const own = contentWords(tree, contents.get(attribution.id) ?? []);
      let shared = 0;
      for (const word of own) if (words.has(word)) shared += 1;
      if (shared > bestShared) {
        best = attribution;
        bestShared = shared;
      }
    }
    return best;
  };

  /**
   * A source named again by its head word ("The fire brigade said …", then "the brigade's claims"),
   * when that word is no entity's mention: the source may be unresolved or a description entity.
   */
  const bySourceHead = (
    noun: number,
    stating: Attribution,
    words: ReadonlySet<string>,
  ): Attribution | null => {
    const lemma = (tokens[noun] as Token).lemma.toLowerCase();
    const candidates = attributions.filter((attribution) => {
      if (attribution.id === stating.id || attribution.source === null) return false;
      const last = lastTokenOf(attribution.source.end);
      return last >= 0 && (tokens[last] as Token).lemma.toLowerCase() === lemma;
    });
    return bestByWords(candidates, words);
  };

  /** The attribution an argument of the conflict word stands for. */
  const otherSide = (
    argument: number,
    stating: Attribution,
    words: ReadonlySet<string>,
  ): Attribution | null => {
    const token = tokens[argument] as Token;
    const cued = cueAt(attributions, token);
    if (cued !== null) return cued.id === stating.id ? null : cued;
    let speaker: string | null = null;
    if (isSpeechNoun(token)) {
      for (const child of tree.dependents(argument, ['nmod:poss', 'nmod'])) {
        const entity = referents.entityAt(child);
        if (entity !== null && entity.type !== 'LOC') speaker = entity.id;
        // "the brigade's claims" when the brigade is no entity: the source whose head is the same word
        else if (entity === null) {
          const sourced = bySourceHead(child, stating, words);
          if (sourced !== null) return sourced;
        }
      }
    } else {
      const entity = referents.entityAt(argument);
      if (entity !== null && (entity.type === 'PERSON' || entity.type === 'ORG')) speaker = entity.id;
    }
    if (speaker === null || speakerOf(stating).includes(speaker)) return null;
    return closest(speaker, stating, words);
  };

  for (const stating of attributions) {
    if (stating.stance === 'question') continue;
    const content = contents.get(stating.id) ?? [];
    const inContent = new Set(content);
    const words = contentWords(tree, content);
    for (const index of content) {
      const token = tokens[index] as Token;
      const pos = wordNetPosOf(token);
      if (pos === null || weakened(tree, index)) continue;
      const copula = tree.dependent(index, 'cop') >= 0;
      let argumentsOf: number[];
      if (pos === 'verb' && !copula && classOf('conflict', token.lemma.toLowerCase(), 'verb') !== null) {
        if (cueAt(attributions, token) !== null) continue;
        argumentsOf = tree.dependents(index, ['obj', 'obl', 'nmod']);
      } else if (copula && (['noun', 'adj', pos] as const).some((as) => isFalsityWord(token.lemma, as))) {
        // "the minister's remarks are false"; "are “lies …”" with the noun tagged as a verb
        argumentsOf = tree.dependents(index, ['nsubj']);
      } else if (pos === 'verb' && !copula && isFalsityWord(token.lemma, 'verb')) {
        // "the mayor is lying": the liar, not what the lie is about
        argumentsOf = tree.dependents(index, ['nsubj']).filter((at) => !isSpeechNoun(tokens[at] as Token));
      } else continue;
      for (const argument of argumentsOf) {
        if (!inContent.has(argument)) continue;
        const other = otherSide(argument, stating, words);
        if (other === null) continue;
        if (speakerOf(other).some((id) => speakerOf(stating).includes(id))) continue;
        const first = Math.min(index, tree.subtreeStart(argument));
        const last = Math.max(index, tree.subtreeEnd(argument));
        found.push({
          a: [stating.id],
          b: [other.id],
          evidence: { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end },
        });
        break;
      }
    }
  }
  return found;
}
