import type { Segments, Token } from '../../model/index.js';
import type { EventMention } from './recognise.js';
import { lemmaOf, lexicographerFileOf, synsetsOf, taggedSenses } from './wordnet.js';

/**
 * Verbs of action the learned tagger leaves out: a word the parse reads as a main verb (VERB, not
 * AUX) heading a clause of its own — the root, a conjunct ("killing two and injuring five"), an
 * adverbial or complement clause ("..., damaging houses"), a relative clause — whose most frequent
 * WordNet verb sense is a happening (lexicographer files verb.body, change, competition,
 * consumption, contact, creation, motion, possession, social, weather: "injured", "damaged",
 * "stole", "beat") is an event mention, as TimeML marks every such verb. Verbs of thought, feeling,
 * perception, speech and being (verb.cognition, emotion, perception, communication, stative) are
 * left to the tagger, which tells their classes apart, and so is a verb of very many senses ("take",
 * "make"), whose first sense says little. ECB+ dev topics, events (scripts/eval/ecbplus.ts): mention
 * recall 0.735 -> 0.744 at precision 0.841, CoNLL F1 0.575 -> 0.579, higher in each of five folds of
 * the dev topics; TBAQ dev unchanged (the tagger is scored there alone). On 60 BBC texts, 42 verbs
 * added in 25 of them, most real happenings ("fought back to beat", "tricked into letting TV crews
 * in") or TimeML states ("remained"), a few misparsed nouns and adjectives ("fits and starts").
 */

const CLAUSE_ROLES: ReadonlySet<string> = new Set([
  'root',
  'conj',
  'advcl',
  'ccomp',
  'xcomp',
  'acl:relcl',
  'parataxis',
]);

/** verb.body 29, change 30, competition 33, consumption 34, contact 35, creation 36, motion 38, social 41, weather 43. */
const ACTION_FILES: ReadonlySet<number> = new Set([29, 30, 33, 34, 35, 36, 38, 41, 43]);

/** The primary auxiliaries and the copulas of change, which name no happening of their own. */
const LIGHT: ReadonlySet<string> = new Set(['be', 'have', 'do', 'become', 'get']);

const MAX_SENSES = 25;

const cache = new Map<string, boolean>();

/** Whether a verb form's most frequent WordNet sense is an action or a change. */
export function isActionVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const lemma = lemmaOf(key, 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb');
  const first = senses[0];
  const noun = lemmaOf(key, 'noun');
  // a word more often a noun than a verb in WordNet's tagged text ("brands", "part", "home") is
  // more likely a noun the parse misread
  const found =
    lemma !== null &&
    first !== undefined &&
    !LIGHT.has(lemma) &&
    senses.length < MAX_SENSES &&
    ACTION_FILES.has(lexicographerFileOf(first, 'verb')) &&
    (noun === null || taggedSenses(lemma, 'verb') >= taggedSenses(noun, 'noun'));
  if (cache.size > 50_000) cache.clear();
  cache.set(key, found);
  return found;
}

/** The mentions with the clause verbs of action the tagger missed added, in text order. */
export function withClauseVerbs(
  text: string,
  segments: Segments,
  mentions: readonly EventMention[],
): EventMention[] {
  const added: EventMention[] = [];
  let next = 0;
  (segments.tokens as readonly Token[]).forEach((token) => {
    while (next < mentions.length && mentions[next]!.end <= token.start) next += 1;
    if (token.pos !== 'VERB' || !CLAUSE_ROLES.has(token.dep)) return;
    const word = text.slice(token.start, token.end);
    // a capitalised word may be a name or a headline's word (title-case.ts reads those); a part of
    // a hyphenated word ("state-owned", "fast-tracked") is a modifier
    if (!/^\p{Ll}+$/u.test(word) || text[token.start - 1] === '-' || text[token.end] === '-') return;
    const mention = mentions[next];
    if (mention !== undefined && mention.start < token.end) return;
    if (!isActionVerb(word)) return;
    added.push({ start: token.start, end: token.end, eventClass: 'OCCURRENCE' });
  });
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((left, right) => left.start - right.start);
}
