import type { PartOfSpeech } from '../../model/index.js';
import { representative, splitClitics } from './clitics.js';
import { syntaxWeights, type SyntaxWeights } from './model.js';
import { Parser } from './parser.js';
import { repairAdverbialAdjective } from './adverbial-adjective.js';
import { repairApproximateNumber } from './approximate-numbers.js';
import {
  repairComplementOfOblique,
  repairPerfectParticiple,
  repairSafely,
  repairStrandedSubject,
  repairSubordinateClause,
} from './subordinate-clause.js';
import { repairDoubledArgument } from './doubled-argument.js';
import { repairInvertedReport } from './inverted-report.js';
import { repairPassiveAgent } from './passive-agent.js';
import { repairRelativeClauseSource } from './relative-source.js';
import {
  repairComplementReducedRelative,
  repairNounRootedSentence,
  repairObjectReducedRelative,
  repairPerfectRoot,
  repairReducedRelative,
} from './reduced-relative.js';
import { Tagger, TAGS, tagId } from './tagger.js';
import { WordFeatures } from './word-features.js';
import { verbLemma } from '../events/irregular-verbs.js';
import {
  adverbSenses,
  hasLemma,
  hasVerbFrame,
  lexicographerFileOf,
  NOUN_GROUP,
  NOUN_PERSON,
  NOUN_TIME,
  synsetsOf,
  VERB_COGNITION,
  VERB_COMMUNICATION,
} from '../events/wordnet.js';

/** The grammar of one sentence: tags, lemmas and a labelled dependency tree over its words. */
export interface SentenceParse {
  /** Universal part of speech per word, from this module's tagger (trained on UD English EWT). */
  readonly pos: readonly PartOfSpeech[];
  readonly lemma: readonly string[];
  /** Index of the head word within the sentence, -1 for the root. */
  readonly head: Int32Array;
  /** UD relation incl. subtypes ('nsubj:pass', 'obl:agent', ...), 'root' for the root. */
  readonly dep: readonly string[];
}

/**
 * The tagger, lemmatiser and parser with their weights (models/syntax/syntax.bin) and the work
 * buffers they reuse from sentence to sentence. Not shared between threads.
 */
export interface SyntaxModel {
  readonly weights: SyntaxWeights;
  readonly words: WordFeatures;
  readonly tagger: Tagger;
  readonly parser: Parser;
  tags: Int32Array;
}

export function syntaxModelFrom(weights: SyntaxWeights): SyntaxModel {
  return {
    weights,
    words: new WordFeatures(),
    tagger: new Tagger(),
    parser: new Parser(),
    tags: new Int32Array(64),
  };
}

let cached: SyntaxModel | null = null;

/** Reads models/syntax/syntax.bin once (later calls return the same model). */
export function loadSyntaxModel(): SyntaxModel {
  if (cached === null) cached = syntaxModelFrom(syntaxWeights());
  return cached;
}

/**
 * Tags (UPOS), lemmatises and parses one sentence. `forms`: the words as the segmenter tokenised
 * them (a token holding a clitic, such as "I'm", is parsed as its two words: clitics.ts); `tags`: wink's tags for them, accepted for the interface but not used (the model's own
 * tagger measured better on EWT; models/syntax/MODEL_CARD.md).
 */
export function parseSentence(
  model: SyntaxModel,
  forms: readonly string[],
  _tags?: readonly PartOfSpeech[],
): SentenceParse {
  const split = splitClitics(forms);
  if (split === null) return parseWords(model, forms);
  // Tokens holding a clitic ("I'm") are parsed as their two words; each such token then takes the
  // tag, lemma and arc of the word that stands for it, and arcs to either word go to the token.
  const words = parseWords(model, split.words);
  const count = forms.length;
  const pos: PartOfSpeech[] = new Array<PartOfSpeech>(count);
  const lemma: string[] = new Array<string>(count);
  const dep: string[] = new Array<string>(count);
  const head = new Int32Array(count);
  for (let index = 0; index < count; index += 1) {
    const first = split.firstWord[index]!;
    const last = index + 1 < count ? split.firstWord[index + 1]! - 1 : split.words.length - 1;
    const word = last === first ? first : representative(words.head, first, last);
    pos[index] = words.pos[word]!;
    lemma[index] = words.lemma[word]!;
    dep[index] = words.dep[word]!;
    const parent = words.head[word]!;
    head[index] = parent < 0 ? -1 : split.tokenOf[parent]!;
  }
  return { pos, lemma, head, dep };
}

/**
 * A proper noun's lemma is its form, or its singular ("Americans" → American): an edit learned
 * from common words' endings that would change its letters otherwise ("Orbeli" read as "orDeli")
 * is not applied.
 */
export function properLemma(tag: string, form: string, lemma: string): string {
  if (tag !== 'PROPN' || lemma === form) return lemma;
  const lower = lemma.toLowerCase();
  const word = form.toLowerCase();
  return lower === word ||
    (word.endsWith('s') && lower === word.slice(0, -1)) ||
    (word.endsWith('es') && lower === word.slice(0, -2))
    ? lemma
    : form;
}

const DET = tagId('DET');
const NOUN = tagId('NOUN');
const SCONJ = tagId('SCONJ');
const PRON = tagId('PRON');

/**
 * "that" tagged as a determiner (or pronoun) before a plural noun is the conjunction that opens a clause ("said
 * on Monday that samples … contained"): the demonstrative agrees in number ("that sample", "those
 * samples"). A noun counts as plural when it ends in "s" and the lemmatiser gives it a shorter
 * lemma, so "that news" and "that series" keep their determiner. Changes `tags` in place.
 */
export function retagThatBeforePlural(
  forms: readonly string[],
  tags: Int32Array,
  nounLemma: (index: number) => string,
): void {
  for (let index = 0; index + 1 < forms.length; index += 1) {
    if ((tags[index] !== DET && tags[index] !== PRON) || tags[index + 1] !== NOUN) continue;
    const form = forms[index]!;
    if (form !== 'that' && form !== 'That') continue;
    const next = forms[index + 1]!;
    if (next.length < 3 || next.charCodeAt(next.length - 1) !== 115 /* s */) continue;
    if (nounLemma(index + 1).length < next.length) tags[index] = SCONJ;
  }
}

/**
 * A common noun's lemma as WordNet knows it: when the learned edit gives a lemma WordNet lacks for a
 * form it knows as a noun ("siren" read as "sirey"), the form is its own lemma.
 */
export function nounLemma(form: string, lemma: string): string {
  if (lemma === form) return lemma;
  const word = form.toLowerCase();
  if (lemma === word || hasLemma(lemma.toLowerCase(), 'noun') || !hasLemma(word, 'noun')) return lemma;
  return word;
}

/** Tags, lemmatises and parses the words of one sentence. */
function parseWords(model: SyntaxModel, forms: readonly string[]): SentenceParse {
  const count = forms.length;
  if (count === 0) return { pos: [], lemma: [], head: new Int32Array(0), dep: [] };
  const { weights, words, tagger, parser } = model;
  if (model.tags.length < count) model.tags = new Int32Array(count * 2);
  const tags = model.tags;
  words.compute(forms, weights.clusters, weights.tagSets);
  tagger.tagWords(words, weights.tagWeights, weights.secondTagWeights, tags);
  retagThatBeforePlural(forms, tags, (index) =>
    weights.lemmatiser.lemma(forms[index]!, NOUN, words.exact[index]!),
  );
  const labels = weights.header.labels;
  parser.parse(words, tags, weights.parser);
  const pos: PartOfSpeech[] = new Array<PartOfSpeech>(count);
  const lemma: string[] = new Array<string>(count);
  const dep: string[] = new Array<string>(count);
  const head = new Int32Array(count);
  for (let index = 0; index < count; index += 1) {
    const tag = tags[index]!;
    pos[index] = TAGS[tag]!;
    lemma[index] = properLemma(
      TAGS[tag]!,
      forms[index]!,
      weights.lemmatiser.lemma(forms[index]!, tag, words.exact[index]!),
    );
    const parent = parser.heads[index]!;
    head[index] = parent === count ? -1 : parent;
    dep[index] = labels[parser.labels[index]!]!;
  }
  if (!repairReducedRelative(forms, pos, head, dep) && !repairNounRootedSentence(forms, pos, head, dep))
    repairPerfectRoot(forms, pos, head, dep);
  // "An official, who asked not to be named, said …": the reporting verb out of the relative clause
  repairSafely(
    (words, tags, heads, relations) => repairRelativeClauseSource(words, tags, lemma, heads, relations),
    forms,
    pos,
    head,
    dep,
  );
  repairApproximateNumber(forms, pos, head, dep);
  // (each undone if it would leave a cycle)
  repairSafely(repairSubordinateClause, forms, pos, head, dep);
  repairSafely(repairComplementOfOblique, forms, pos, head, dep);
  repairSafely(repairStrandedSubject, forms, pos, head, dep);
  repairSafely(repairDoubledArgument, forms, pos, head, dep);
  repairSafely(repairPerfectParticiple, forms, pos, head, dep);
  repairSafely(
    (words, tags, heads, relations) => repairComplementReducedRelative(words, tags, lemma, heads, relations),
    forms,
    pos,
    head,
    dep,
  );
  repairSafely(
    (words, tags, heads, relations) =>
      repairObjectReducedRelative(words, tags, lemma, heads, relations, takesClause),
    forms,
    pos,
    head,
    dep,
  );
  repairPassiveAgent(forms, pos, lemma, head, dep, isTimeNoun, namesPeople);
  repairAdverbialAdjective(forms, pos, lemma, head, dep, isAdverbToo, linksAdjective);
  // "…, a ministry spokeswoman, Lena Orbeli, said.": the two parts parsed again on their own
  repairInvertedReport(forms, pos, lemma, head, dep, (words) => parseWords(model, words));
  return { pos, lemma, head, dep };
}

const PEOPLE_FILES = new Set([NOUN_GROUP, NOUN_PERSON]);

/** Whether WordNet has an adjective's lemma as an adverb too ("early", "late"). */
function isAdverbToo(lemma: string): boolean {
  return adverbSenses(lemma).length > 0;
}

/**
 * Whether a verb links a subject to an adjective in one of its three most frequent senses (WordNet
 * frames 5, 6 and 7: "Something ----s something Adjective/Noun", "Something ----s Adjective/Noun",
 * "Somebody ----s Adjective").
 */
function linksAdjective(verb: string): boolean {
  return hasVerbFrame(verb, 5) || hasVerbFrame(verb, 6) || hasVerbFrame(verb, 7);
}

/** Whether a noun's most frequent sense is a time ("Sunday", "noon"). */
function isTimeNoun(noun: string): boolean {
  const first = synsetsOf(noun, 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_TIME;
}

/** Whether a noun's most frequent sense names people ("police", "staff"). */
function namesPeople(noun: string): boolean {
  const first = synsetsOf(noun, 'noun')[0];
  return first !== undefined && PEOPLE_FILES.has(lexicographerFileOf(first, 'noun'));
}

const clauseTakers = new Map<string, boolean>();

/**
 * Whether a verb of speech or thought takes a finite clause (WordNet frame 26, "Somebody ----s that
 * CLAUSE", in one of its first three senses, its first sense filed under communication or
 * cognition), memoised.
 */
function takesClause(verb: string): boolean {
  let known = clauseTakers.get(verb);
  if (known === undefined) {
    const first = synsetsOf(verb, 'verb')[0];
    const file = first === undefined ? -1 : lexicographerFileOf(first, 'verb');
    known = (file === VERB_COMMUNICATION || file === VERB_COGNITION) && hasVerbFrame(verb, 26);
    clauseTakers.set(verb, known);
  }
  return known;
}

/**
 * A verb's lemma as WordNet knows it: when the learned edit script gives a lemma that is no WordNet
 * verb ("risen" → "riose", "scoring" → "scor", "worried" kept as it is), the lemma WordNet's
 * morphology and its exception list give the form ("rise", "score", "worry"), when there is one. A
 * capitalised word inside a sentence is left alone (a name the tagger took for a verb: "Downing").
 */
export function verbLemmaOf(form: string, lemma: string, first: boolean): string {
  if (hasLemma(lemma.toLowerCase(), 'verb')) return lemma;
  const code = form.charCodeAt(0);
  if (!first && code >= 65 && code <= 90) return lemma;
  return verbLemma(form) ?? lemma;
}
