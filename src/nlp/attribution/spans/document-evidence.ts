import type { Segments, Span, Token } from '../../../model/index.js';
import type { DependencyTree } from '../../grammar/index.js';
import { hasHypernymWord } from '../../lexicon/hypernyms.js';
import {
  baseFormOf,
  lexicographerFileOf,
  NOUN_ACT,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_GROUP,
  NOUN_PERSON,
  NOUN_QUANTITY,
  synsetsOf,
  VERB_COMMUNICATION,
} from '../../events/wordnet.js';

/**
 * A thing that shows or rules is no speaker (issue 10): "official figures showed a 3% rise", "the
 * survey showed that …", "the law prohibits drivers from …", "the rules require firms to …". Figures,
 * studies, laws and rules neither say nor think: a verb whose first WordNet sense is no
 * communication but which proves or testifies in a rarer one ("show", "demonstrate"), or a verb of
 * commanding or demanding ("require", "prohibit", "ban", "forbid"), said of such a subject gives
 * evidence or a rule, not anybody's words. "The report said …", "a study found …", "the poll
 * suggests …" (verbs whose first sense is communication or a finding) are left to the other rules,
 * and so are people, organisations and personal pronouns ("the ministry showed", "she shows"); "it shows
 * that …" is the evidence's.
 */

const FREQUENT_SENSES = 3;
const WALK = { levels: 8 };
/** Hypernyms of a verb sense that proves or testifies (WordNet: show, demonstrate). */
const EVIDENCE_WORDS: ReadonlySet<string> = new Set(['prove', 'testify', 'attest']);
/** Hypernyms of a verb sense that commands or demands (WordNet: prohibit, require, ban, forbid). */
const RULING_WORDS: ReadonlySet<string> = new Set(['command', 'demand']);
/** Hypernyms of a group sense that can speak: people organised, not a collection of things. */
const SOCIAL_WORDS: ReadonlySet<string> = new Set(['social_group', 'people']);

function verbSenses(word: string): readonly number[] {
  const lemma = baseFormOf(word.toLowerCase(), 'verb');
  return lemma === null ? [] : synsetsOf(lemma, 'verb');
}

/** Whether the verb's first sense is no communication and a frequent one proves or testifies ("show"). */
export function evidenceVerb(word: string): boolean {
  const senses = verbSenses(word);
  const first = senses[0];
  if (first === undefined || lexicographerFileOf(first, 'verb') === VERB_COMMUNICATION) return false;
  return senses
    .slice(0, FREQUENT_SENSES)
    .some((sense) => hasHypernymWord(sense, 'verb', WALK, EVIDENCE_WORDS));
}

/** Whether one of the verb's frequent senses commands or demands ("require", "prohibit", "ban"). */
export function rulingVerb(word: string): boolean {
  return verbSenses(word)
    .slice(0, FREQUENT_SENSES)
    .some((sense) => hasHypernymWord(sense, 'verb', WALK, RULING_WORDS));
}

/**
 * Whether a common noun can speak by WordNet: one of its frequent senses is a person or a social
 * group ("ministry", "council", "union"); "law" and "data" are collections, "figures", "survey",
 * "rules" writing, acts or ideas.
 */
export function speakingNoun(word: string): boolean {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'noun') ?? key;
  const senses = synsetsOf(lemma, 'noun').slice(0, FREQUENT_SENSES);
  if (senses.length === 0) return true;
  return senses.some((sense) => {
    const file = lexicographerFileOf(sense, 'noun');
    return (
      file === NOUN_PERSON || (file === NOUN_GROUP && hasHypernymWord(sense, 'noun', WALK, SOCIAL_WORDS))
    );
  });
}

function within(segments: Segments, position: number, span: Span): boolean {
  const token = segments.tokens[position];
  return token !== undefined && token.start >= span.start && token.end <= span.end;
}

/**
 * Whether the cue verb at `verb` shows or rules and its subject, inside the source, is a common noun
 * that cannot speak: "Figures showed a rise", "the law prohibits …".
 */
export function documentEvidence(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  verb: number,
  source: Span | null,
): boolean {
  const cue = segments.tokens[verb] as Token;
  const lemma = cue.lemma || text.slice(cue.start, cue.end);
  if (!evidenceVerb(lemma) && !rulingVerb(lemma)) return false;
  let subject = tree.dependent(verb, 'nsubj');
  // the last noun of a run the parse split: the noun the phrase is about
  while (
    subject >= 0 &&
    subject + 1 < verb &&
    segments.tokens[subject + 1]?.pos === 'NOUN' &&
    (source === null || within(segments, subject + 1, source))
  )
    subject += 1;
  const token = segments.tokens[subject];
  if (token === undefined) return false;
  if (source !== null && !within(segments, subject, source)) return false;
  let word = text.slice(token.start, token.end);
  // "It shows he has no case to answer", "it proves that …": "it" names no person, and an
  // organisation does not show or prove; the pronoun stands for the document or the evidence
  // (not a ruling: "it requires firms to …" may be a body's demand)
  if (token.pos === 'PRON' && /^it$/iu.test(word)) return evidenceVerb(lemma);
  // a plural opening the sentence, which the tagger took for a name ("Documents show that …",
  // "Surveys show …"): capitalised only by its place, inflected as a common noun
  const opening = subject === 0 || segments.tokens[subject - 1]?.pos === 'PUNCT';
  if (
    token.pos === 'PROPN' &&
    opening &&
    /^[A-Z][a-z]+s$/u.test(word) &&
    token.lemma !== word.toLowerCase() &&
    synsetsOf(token.lemma, 'noun').length > 0
  )
    word = word.toLowerCase();
  else if (token.pos !== 'NOUN') return false;
  if (!/^[a-z]+$/u.test(word)) return false;
  const noun = synsetsOf((token.lemma || word).toLowerCase(), 'noun').length > 0 ? token.lemma || word : word;
  return !speakingNoun(noun);
}

/** Words of a verb sense that is a sign of something (WordNet: "hint, suggest", "bespeak, betoken, indicate"). */
const SIGN_WORDS: ReadonlySet<string> = new Set(['hint', 'bespeak', 'betoken', 'imply', 'connote']);
const SIGN_WALK = { levels: 1 };
/**
 * Noun files of what may hold words or findings: acts (surveys), ideas (research), writing, groups,
 * people, and quantities, which may count people ("Twelve percent indicated that they were not sure").
 */
const REPORTING_NOUN_FILES: ReadonlySet<number> = new Set([
  NOUN_ACT,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_GROUP,
  NOUN_PERSON,
  NOUN_QUANTITY,
]);

/** Whether one of the verb's frequent senses is, or falls under, being a sign of something ("suggest", "indicate", "signal"). */
export function signVerb(word: string): boolean {
  return verbSenses(word)
    .slice(0, FREQUENT_SENSES)
    .some((sense) => hasHypernymWord(sense, 'verb', SIGN_WALK, SIGN_WORDS));
}

/**
 * Whether the cue verb is a sign of something ("suggests", "indicates") and its subject, inside the
 * source, a common noun, not counted, none of whose frequent WordNet senses is a person, a group, an
 * act, an idea, a piece of writing or a quantity (issue 10): "the price suggests demand is weak",
 * "rising rents indicate …" are a thing's evidence, nobody's words; not a thing a name or a body
 * modifies ("a Treasury leak suggested …"). "The poll suggests …", "research indicates …", "the data
 * suggest …", "Twelve percent indicated …" and "the minister suggested …" are left.
 */
export function thingAsSign(
  text: string,
  segments: Segments,
  tree: DependencyTree,
  verb: number,
  source: Span | null,
): boolean {
  const cue = segments.tokens[verb] as Token;
  if (cue.pos !== 'VERB' || !signVerb(cue.lemma || text.slice(cue.start, cue.end))) return false;
  const subject = tree.dependent(verb, 'nsubj');
  const token = segments.tokens[subject];
  if (token === undefined || token.pos !== 'NOUN' || subject > verb) return false;
  if (source !== null && !within(segments, subject, source)) return false;
  // "a Treasury leak", "the bank's figures": a thing a named body or a person owns or issues may
  // carry its words
  const owned = tree.dependents(subject, ['compound', 'nmod:poss']).some((at) => {
    const owner = segments.tokens[at] as Token;
    if (owner.pos === 'PROPN') return true;
    return owner.pos === 'NOUN' && speakingNoun(owner.lemma || text.slice(owner.start, owner.end));
  });
  // "Twelve percent indicated that …": a counted noun may count people
  if (owned || tree.dependent(subject, 'nummod') >= 0) return false;
  const word = text.slice(token.start, token.end).toLowerCase();
  const lemma = synsetsOf(token.lemma.toLowerCase(), 'noun').length > 0 ? token.lemma.toLowerCase() : word;
  const senses = synsetsOf(lemma, 'noun').slice(0, FREQUENT_SENSES);
  if (senses.length === 0) return false;
  return senses.every((sense) => !REPORTING_NOUN_FILES.has(lexicographerFileOf(sense, 'noun')));
}
