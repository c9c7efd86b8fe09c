import type { Segments, Sentence, Span, Token } from '../../../model/index.js';
import {
  ADDRESSEE_VERBS,
  AMBIGUOUS_SPEECH_FORMS,
  CUE_PARTICLES,
  NAMING_VERBS,
  SPEECH_VERBS,
} from './speech-verbs.js';
import { lemmaOf } from '../../events/wordnet.js';
import { reportingVerb } from '../spans/reporting-predicate.js';

/** Subject pronouns that are a whole source on their own: "he said", "said she". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);
const RELATIVE_PRONOUNS = new Set(['who', 'whose']);
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'it']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Prepositions that may sit inside a source: "the head of the agency", "a spokesman for the ministry". */
const NOUN_PHRASE_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'on', 'to']);
/** Words that may stand between a source and its verb: "has said", "also told", "later wrote". */
const BETWEEN_SOURCE_AND_VERB = new Set([
  'also',
  'later',
  'then',
  'has',
  'have',
  'had',
  'would',
  'will',
  'once',
  'previously',
  'recently',
  'earlier',
  'again',
  'simply',
  'just',
  'reportedly',
  'publicly',
  'privately',
  'repeatedly',
  'often',
  'famously',
  'initially',
  'subsequently',
  'further',
  'finally',
  'quickly',
  'did',
  'does',
  'do',
  'could',
  'might',
  'may',
  'can',
  'should',
  'must',
  'not',
  'never',
  'is',
  'was',
  'are',
  'were',
  'has',
  'been',
  'however',
  'though',
  'too',
]);

/** A token range [first, end) (token indices). */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

/**
 * Read-only helpers over the tokens of one text: lower-cased words (computed once, on demand),
 * the sentence of each token, and the small grammar the quotation rules need (speech verbs,
 * subject noun phrases).
 */
export class TokenView {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  private readonly sentenceOfToken: Int32Array;
  private readonly words: (string | undefined)[];
  private quotationMarks: Uint8Array = new Uint8Array(0);

  constructor(
    readonly text: string,
    segments: Segments,
  ) {
    this.tokens = segments.tokens;
    this.sentences = segments.sentences;
    this.sentenceOfToken = new Int32Array(this.tokens.length).fill(-1);
    for (let index = 0; index < this.sentences.length; index += 1) {
      const sentence = this.sentences[index] as Sentence;
      for (let token = sentence.firstToken; token < sentence.endToken; token += 1)
        this.sentenceOfToken[token] = index;
    }
    this.words = new Array<string | undefined>(this.tokens.length);
  }

  get length(): number {
    return this.tokens.length;
  }

  token(index: number): Token {
    return this.tokens[index] as Token;
  }

  /** The lower-cased text of a token ('' outside the text). */
  word(index: number): string {
    if (index < 0 || index >= this.tokens.length) return '';
    let word = this.words[index];
    if (word === undefined) {
      const token = this.tokens[index] as Token;
      word = this.text.slice(token.start, token.end).toLowerCase();
      this.words[index] = word;
    }
    return word;
  }

  pos(index: number): string {
    return index < 0 || index >= this.tokens.length ? '' : (this.tokens[index] as Token).pos;
  }

  sentenceOf(index: number): number {
    return index < 0 || index >= this.tokens.length ? -1 : (this.sentenceOfToken[index] as number);
  }

  paragraphOf(index: number): number {
    const sentence = this.sentences[this.sentenceOf(index)];
    return sentence === undefined ? -1 : sentence.paragraph;
  }

  /** Index of the first token that ends after `position`. */
  at(position: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.tokens[middle] as Token).end <= position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  isPunctuation(index: number): boolean {
    const pos = this.pos(index);
    return pos === 'PUNCT' || pos === 'SYM';
  }

  /** Records which tokens are the opening or closing marks of the given quotations. */
  markQuotations(quotes: readonly { readonly open: Span; readonly close: Span | null }[]): void {
    const marks = new Uint8Array(this.tokens.length);
    for (const quote of quotes) {
      for (const mark of [quote.open, quote.close]) {
        if (mark === null) continue;
        for (
          let index = this.at(mark.start);
          index < this.tokens.length && this.token(index).start < mark.end;
          index += 1
        )
          marks[index] = 1;
      }
    }
    this.quotationMarks = marks;
  }

  /** An opening or closing mark of a quotation (not an apostrophe). */
  isQuoteToken(index: number): boolean {
    return index >= 0 && this.quotationMarks[index] === 1;
  }

  /** One of the given characters as a whole token (",", ":", "—"). */
  isMark(index: number, characters: string): boolean {
    const word = this.word(index);
    return word.length === 1 && characters.includes(word);
  }

  /**
   * The cue a speech verb starts at `index`: the verb, with its particle ("pointed out", "went on")
   * or "according to"; null when there is none.
   */
  cueAt(index: number, lenient = false): TokenRange | null {
    const word = this.word(index);
    if (NAMING_VERBS.has(word)) {
      // "called for", "called on" ask for something; "a call" is a noun.
      const next = this.word(index + 1);
      if (this.pos(index) !== 'VERB' || next === 'for' || next === 'on' || next === 'off' || next === 'up')
        return null;
      return { first: index, end: index + 1 };
    }
    if (word === 'according' && this.word(index + 1) === 'to') return { first: index, end: index + 2 };
    const particles = CUE_PARTICLES.get(word);
    if (particles !== undefined && particles.has(this.word(index + 1)))
      return { first: index, end: index + 2 };
    // "e-mailed": a speech verb spelt with a hyphen
    if (!SPEECH_VERBS.has(word) && !(word.includes('-') && SPEECH_VERBS.has(word.replace(/-/gu, ''))))
      return null;
    const pos = this.pos(index);
    if (lenient) return { first: index, end: index + 1 };
    if (AMBIGUOUS_SPEECH_FORMS.has(word) && pos !== 'VERB') return null;
    if (pos === 'PROPN' || pos === 'DET' || pos === 'ADP' || pos === 'PUNCT') return null;
    return { first: index, end: index + 1 };
  }

  /**
   * A verb outside the speech-verb list that WordNet gives a frequent verb.communication sense
   * ("chats", "enthuses", "gossiped"): a cue only where the caller has the shape of a quotation's
   * attribution round it ("“…,” she chats."). The word must be tagged a verb, or be a form WordNet
   * knows only as a verb ("enthuses"), or follow a subject pronoun (`afterPronoun`: "she chats").
   */
  communicationCueAt(index: number, afterPronoun = false): TokenRange | null {
    if (index >= this.length) return null;
    const word = this.word(index);
    if (!/^\p{Ll}+$/u.test(word)) return null;
    const verb = lemmaOf(word, 'verb');
    if (verb === null) return null;
    if (this.pos(index) !== 'VERB' && !afterPronoun && lemmaOf(word, 'noun') !== null) return null;
    return reportingVerb(verb).communication ? { first: index, end: index + 1 } : null;
  }

  /** "called", "described": the quotation is what something was called (always a mixed quotation). */
  isNamingCue(cue: TokenRange): boolean {
    return NAMING_VERBS.has(this.word(cue.first));
  }

  isAccordingTo(cue: TokenRange): boolean {
    return this.word(cue.first) === 'according';
  }

  takesAddressee(cue: TokenRange): boolean {
    return ADDRESSEE_VERBS.has(this.word(cue.first));
  }

  isSubjectPronoun(index: number): boolean {
    return this.pos(index) === 'PRON' && SUBJECT_PRONOUNS.has(this.word(index));
  }

  /** "told me", "asked them": an addressee pronoun. */
  isObjectPronoun(index: number): boolean {
    return this.pos(index) === 'PRON' && OBJECT_PRONOUNS.has(this.word(index));
  }

  /** May stand between a source and its verb ("has", "also"). */
  isBetweenSourceAndVerb(index: number): boolean {
    return BETWEEN_SOURCE_AND_VERB.has(this.word(index));
  }

  /** A head of a noun phrase: a noun, a name, a number, a pronoun. */
  isHead(index: number): boolean {
    const pos = this.pos(index);
    return (
      pos === 'NOUN' ||
      pos === 'PROPN' ||
      pos === 'NUM' ||
      (pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(this.word(index)))
    );
  }

  /** A token that may be part of a noun phrase (not a preposition, not a verb). */
  isNounPhraseToken(index: number): boolean {
    const pos = this.pos(index);
    switch (pos) {
      case 'DET':
      case 'ADJ':
      case 'NOUN':
      case 'PROPN':
      case 'NUM':
        return true;
      case 'PRON':
        return POSSESSIVE_PRONOUNS.has(this.word(index));
      case 'PART': {
        const word = this.word(index);
        return word === "'s" || word === '’s' || word === "'" || word === '’';
      }
      case 'VERB':
      case 'ADV':
        // "the conservative-leaning paper", "a well-known critic", "the left-leaning group": glued
        // to a hyphen before or after it (taggers make "left" a verb).
        return (
          (this.word(index - 1) === '-' && this.token(index - 1).end === this.token(index).start) ||
          (this.word(index + 1) === '-' && this.token(index).end === this.token(index + 1).start)
        );
      case 'PUNCT': {
        // "the U.S.-based group", "Jean-Luc": a hyphen glued to the words on both sides.
        const word = this.word(index);
        // "the bakers’ guild": a plural possessive apostrophe.
        if ((word === '’' || word === "'") && this.word(index - 1).endsWith('s') && !this.isQuoteToken(index))
          return this.token(index - 1).end === this.token(index).start;
        if (word !== '-' && word !== '.') return false;
        const previous = this.tokens[index - 1];
        const next = this.tokens[index + 1];
        const token = this.token(index);
        return (
          previous !== undefined &&
          next !== undefined &&
          previous.end === token.start &&
          next.start === token.end
        );
      }
      default:
        return false;
    }
  }

  private isNounPhrasePreposition(index: number): boolean {
    return this.pos(index) === 'ADP' && NOUN_PHRASE_PREPOSITIONS.has(this.word(index));
  }

  /**
   * A subject noun phrase that starts at `first` and ends before `limit`: a subject pronoun ("he"),
   * or names, nouns, adjectives, determiners and possessives, with "of"/"for" phrases and "and"
   * ("the head of the agency", "Smith and Jones"), and one appositive between commas when
   * `appositive` ("Smith, a spokesman for the ministry, said").
   */
  nounPhraseForward(first: number, limit: number, appositive: boolean): TokenRange | null {
    if (first >= limit) return null;
    if (this.isSubjectPronoun(first)) return { first, end: first + 1 };
    let index = first;
    let end = -1;
    while (index < limit && index - first < 16) {
      // "Viguerie notes.": a speech verb the tagger took for a noun ends the phrase.
      if (end === index && SPEECH_VERBS.has(this.word(index)) && this.pos(index + 1) !== 'NOUN') break;
      if (this.isNounPhraseToken(index)) {
        index += 1;
        if (this.isHead(index - 1)) end = index;
        continue;
      }
      if (
        end === index &&
        (this.isNounPhrasePreposition(index) || this.word(index) === 'and') &&
        index + 1 < limit &&
        this.isNounPhraseToken(index + 1)
      ) {
        index += 1;
        continue;
      }
      // "Sen. Ann Lee (D-Ohio)": a short parenthesis after a name.
      if (end === index && this.isMark(index, '(')) {
        const close = this.closingParenthesis(index, limit);
        if (close > 0) {
          index = close + 1;
          end = index;
          continue;
        }
      }
      // "Inside": "a top outside adviser" (an adverb the tagger gave a modifier).
      if (
        index > first &&
        this.pos(index) === 'ADV' &&
        this.isNounPhraseToken(index + 1) &&
        this.pos(index + 1) !== 'DET'
      ) {
        index += 1;
        continue;
      }
      if (appositive && end === index && this.isMark(index, ',')) {
        // "Cruz, who has proposed repealing it, said": a relative clause between commas.
        if (RELATIVE_PRONOUNS.has(this.word(index + 1))) {
          for (let comma = index + 2; comma < limit && comma - index <= 20; comma += 1) {
            if (this.isQuoteToken(comma) || this.isMark(comma, '.;:')) break;
            if (this.isMark(comma, ',')) return { first, end: comma };
          }
        }
        const inner = this.nounPhraseForward(index + 1, limit, false);
        if (
          inner !== null &&
          (this.isMark(inner.end, ',') || this.isMark(inner.end, '.') || inner.end >= limit)
        ) {
          return { first, end: inner.end };
        }
      }
      break;
    }
    return end > first ? { first, end } : null;
  }

  /**
   * A subject noun phrase that ends just before `end` and starts at or after `floor`; see
   * `nounPhraseForward`. An appositive is taken only when the phrase before it starts the clause
   * (at `floor`, or after a colon, a quotation mark or a conjunction).
   */
  nounPhraseBackward(end: number, floor: number): TokenRange | null {
    const last = end - 1;
    if (last < floor) return null;
    if (this.isSubjectPronoun(last)) return { first: last, end };
    if (this.isMark(last, ',')) {
      // "Lemkin, who coined the word, said": a relative clause between commas.
      for (let relative = last - 2; relative > floor && last - relative <= 20; relative -= 1) {
        if (this.isQuoteToken(relative) || this.isMark(relative, '.;:')) break;
        if (RELATIVE_PRONOUNS.has(this.word(relative)) && this.isMark(relative - 1, ',')) {
          const head = this.simpleNounPhraseBackward(relative - 1, floor);
          if (head !== null && this.startsClause(head.first, floor)) return { first: head.first, end: last };
          break;
        }
        if (this.isMark(relative, ',')) break;
      }
      const inner = this.simpleNounPhraseBackward(last, floor);
      if (inner !== null && inner.first - 1 >= floor && this.isMark(inner.first - 1, ',')) {
        const head = this.simpleNounPhraseBackward(inner.first - 1, floor);
        if (head !== null && this.startsClause(head.first, floor)) return { first: head.first, end: last };
      }
      return null;
    }
    return this.simpleNounPhraseBackward(end, floor);
  }

  private startsClause(index: number, floor: number): boolean {
    if (index <= floor) return true;
    const previous = index - 1;
    const word = this.word(previous);
    return (
      this.isPunctuation(previous) ||
      word === 'and' ||
      word === 'but' ||
      this.pos(previous) === 'SCONJ' ||
      this.sentenceOf(previous) !== this.sentenceOf(index)
    );
  }

  /** The ")" closing the "(" at `open` within 8 tokens, or -1. */
  private closingParenthesis(open: number, limit: number): number {
    for (let index = open + 1; index < limit && index - open <= 8; index += 1) {
      if (this.isMark(index, ')')) return index > open + 1 ? index : -1;
      if (this.isMark(index, '(.;:')) return -1;
    }
    return -1;
  }

  private simpleNounPhraseBackward(originalEnd: number, floor: number): TokenRange | null {
    let end = originalEnd;
    let first = end;
    let index = end - 1;
    let sawHead = false;
    // "Sen. Ann Lee (D-Ohio) said": a short parenthesis after a name.
    if (this.isMark(index, ')')) {
      let open = index - 1;
      while (open > floor && index - open <= 8 && !this.isMark(open, '(')) open -= 1;
      if (this.isMark(open, '(') && open - 1 >= floor && this.isHead(open - 1) && open < index - 1) {
        end = open;
        first = open;
        index = open - 1;
      }
    }
    const phraseEnd = end;
    while (index >= floor && phraseEnd - index <= 16) {
      if (this.isNounPhraseToken(index)) {
        if (this.isHead(index)) sawHead = true;
        first = index;
        // A determiner starts a phrase; go on only through "of"/"for" to a head: "the head of the agency".
        if (this.pos(index) === 'DET') {
          if (index - 2 >= floor && this.isNounPhrasePreposition(index - 1) && this.isHead(index - 2)) {
            index -= 1;
            continue;
          }
          break;
        }
        index -= 1;
        continue;
      }
      if (
        first === index + 1 &&
        (this.isNounPhrasePreposition(index) || this.word(index) === 'and') &&
        index - 1 >= floor &&
        this.isHead(index - 1)
      ) {
        index -= 1;
        continue;
      }
      break;
    }
    // A phrase must end with a head and contain one: not "the former".
    if (!sawHead || first >= phraseEnd || !this.isHead(phraseEnd - 1)) return null;
    // Never start with a preposition or a conjunction.
    while (first < phraseEnd && (this.pos(first) === 'ADP' || this.word(first) === 'and')) first += 1;
    return first < phraseEnd ? { first, end: originalEnd } : null;
  }
}
