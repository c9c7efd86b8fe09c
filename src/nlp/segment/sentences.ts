import type { Sentence, TaggedWord } from '../../model/index.js';
import {
  AFTER_TIME_OF_DAY,
  BEFORE_NUMBER,
  CONTINUING,
  MAY_END_SENTENCE,
  REPORTING_VERBS,
  SPEAKER_PRONOUNS,
  TIME_OF_DAY,
  TITLES,
} from './abbreviations.js';
import { isDigitAt, isLetterAt, isLowercaseAt, isUppercaseAt } from './characters.js';
import type { Quotations } from './quotations.js';
import { isUsStateAbbreviation, lookupPlace, organisation } from '../lexicon/index.js';

/** One decision taken at a run of sentence-final punctuation, with the rule that took it. */
export interface BoundaryDecision {
  /** Index of the last token of the punctuation run (the sentence would end after it). */
  readonly token: number;
  readonly split: boolean;
  readonly origin: string;
}

export interface SentenceInput {
  readonly text: string;
  readonly tokens: readonly TaggedWord[];
  /** Token index where each paragraph's tokens start, then the token count (paragraphs + 1). */
  readonly paragraphTokenStarts: Int32Array;
  readonly quotations: Quotations;
}

function isSentenceFinalCode(code: number): boolean {
  return code === 0x2e || code === 0x3f || code === 0x21 || code === 0x2026; // . ? ! …
}

/** A token made only of ". ? ! …": ".", "?", "!", "...", "…". */
function isTerminalPunctuation(text: string, token: TaggedWord): boolean {
  for (let index = token.start; index < token.end; index += 1) {
    if (!isSentenceFinalCode(text.charCodeAt(index))) return false;
  }
  return true;
}

/** A word token that carries its period, as wink keeps known abbreviations: "Mr.", "U.S.", "p.m.". */
function isWordWithPeriod(text: string, token: TaggedWord): boolean {
  return (
    token.end - token.start > 1 && text.charCodeAt(token.end - 1) === 0x2e && isLetterAt(text, token.start)
  );
}

function isClosingMarkCode(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0xbb: // »
    case 0x2019: // ’
    case 0x201d: // ”
    case 0x203a: // ›
      return true;
    default:
      return false;
  }
}

function isOpeningMarkCode(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0xab: // «
    case 0x2018: // ‘
    case 0x201a: // ‚
    case 0x201c: // “
    case 0x201e: // „
    case 0x2039: // ‹
      return true;
    default:
      return false;
  }
}

function isQuotationMarkCode(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0xbb ||
    code === 0x2019 ||
    code === 0x201d ||
    code === 0x201c ||
    code === 0xab
  );
}

/** "iPod", "eBay": a lower-case first letter followed by a capital still starts a sentence. */
function startsLikeSentence(text: string, token: TaggedWord): boolean {
  if (isUppercaseAt(text, token.start)) return true;
  return (
    token.end - token.start > 1 && isLowercaseAt(text, token.start) && isUppercaseAt(text, token.start + 1)
  );
}

/** Parts of speech of words that open sentences but never continue a person's initials. */
const FUNCTION_POS: ReadonlySet<string> = new Set([
  'DET',
  'PRON',
  'ADP',
  'CCONJ',
  'SCONJ',
  'ADV',
  'AUX',
  'PART',
]);

/** "J.", "R." */
function isInitial(text: string, token: TaggedWord): boolean {
  return (
    token.end - token.start === 2 &&
    text.charCodeAt(token.start + 1) === 0x2e &&
    isUppercaseAt(text, token.start)
  );
}

/** "u.s", "a.m", "e.g": single letters joined by periods (the final period already removed). */
function isDottedAcronym(base: string): boolean {
  if (base.length < 3) return false;
  for (let index = 0; index < base.length; index += 1) {
    const isPeriod = base.charCodeAt(index) === 0x2e;
    if (index % 2 === 1 ? !isPeriod : isPeriod || !isLetterAt(base, index)) return false;
  }
  return true;
}

/**
 * Places sentence boundaries inside each paragraph. Candidates are runs of ". ? ! …" together with
 * the closing quotation marks and brackets that follow them ("over.”", "(Yes.)", "?!"), so a
 * closing mark always stays with the sentence it closes. Each run is then kept or rejected by the
 * first rule that applies, in the order of `decide`.
 */
export function splitSentences(input: SentenceInput, decisions?: BoundaryDecision[]): Sentence[] {
  const { text, tokens, paragraphTokenStarts, quotations } = input;
  const sentences: Sentence[] = [];
  const { enclosed, closesPair } = quotations;

  const emit = (first: number, end: number, paragraph: number): void => {
    const firstToken = tokens[first];
    const lastToken = tokens[end - 1];
    if (firstToken === undefined || lastToken === undefined) return;
    sentences.push({
      start: firstToken.start,
      end: lastToken.end,
      firstToken: first,
      endToken: end,
      paragraph,
    });
  };

  for (let paragraph = 0; paragraph + 1 < paragraphTokenStarts.length; paragraph += 1) {
    const first = paragraphTokenStarts[paragraph] ?? 0;
    const end = paragraphTokenStarts[paragraph + 1] ?? 0;
    let sentenceStart = first;
    for (let index = first; index < end; index += 1) {
      const token = tokens[index] as TaggedWord;
      const terminal = isTerminalPunctuation(text, token);
      if (!terminal && !isWordWithPeriod(text, token)) continue;
      // Extend over the rest of the run: "?!", "...", "over.”", "(Yes.)", "said. ”".
      let last = index;
      while (last + 1 < end) {
        const current = tokens[last] as TaggedWord;
        const next = tokens[last + 1] as TaggedWord;
        const nextCode = text.charCodeAt(next.start);
        const single = next.end - next.start === 1;
        const touches = next.start === current.end;
        if (touches && isTerminalPunctuation(text, next)) last += 1;
        else if (single && closesPair[last + 1] === 1) last += 1;
        else if (touches && single && isClosingMarkCode(nextCode)) last += 1;
        // "“We are ready. ” The minister left." — a typographic closing quote set apart by a space.
        else if (single && (nextCode === 0x201d || nextCode === 0xbb) && !touchesFollowing(last + 1, end))
          last += 1;
        else break;
      }
      if (last + 1 >= end) {
        index = last;
        continue;
      }
      const decision = decide(index, last, end);
      if (decisions !== undefined)
        decisions.push({ token: last, split: decision.split, origin: decision.origin });
      if (decision.split) {
        emit(sentenceStart, last + 1, paragraph);
        sentenceStart = last + 1;
      }
      index = last;
    }
    if (sentenceStart < end) emit(sentenceStart, end, paragraph);
  }
  return sentences;

  /**
   * @param runFirst first token of the punctuation run ("Mr.", ".", "?")
   * @param runLast last token of the run ("”", ")", "!")
   * @param paragraphEnd one past the paragraph's last token (runLast + 1 < paragraphEnd)
   */
  function decide(
    runFirst: number,
    runLast: number,
    paragraphEnd: number,
  ): { split: boolean; origin: string } {
    // "“We will fight. We will win,” he said." — no boundary inside a quotation or brackets.
    if (enclosed[runLast] === 1) return { split: false, origin: 'inside-quotation' };
    const next = tokens[runLast + 1] as TaggedWord;
    // ". . ." written with spaces: the last period decides.
    if (isTerminalPunctuation(text, next)) return { split: false, origin: 'punctuation-run' };
    // "Acme Inc., the maker …", "Wait…, no" — a comma, semicolon or colon never starts a sentence.
    const nextCode = text.charCodeAt(next.start);
    if (nextCode === 0x2c || nextCode === 0x3b || nextCode === 0x3a) {
      return { split: false, origin: 'clause-punctuation-follows' };
    }
    // "the U.S.-led talks", "p.m./a.m." — a hyphen or slash glued to the run continues the word.
    if (
      next.start === (tokens[runLast] as TaggedWord).end &&
      (nextCode === 0x2d || nextCode === 0x2f || nextCode === 0x2013)
    ) {
      return { split: false, origin: 'hyphen-follows' };
    }
    // The first word after any opening marks: "… over. “Next …" looks at "Next".
    let wordIndex = runLast + 1;
    while (wordIndex + 1 < paragraphEnd) {
      const candidate = tokens[wordIndex] as TaggedWord;
      if (candidate.end - candidate.start !== 1 || !isOpeningMarkCode(text.charCodeAt(candidate.start)))
        break;
      wordIndex += 1;
    }
    const word = tokens[wordIndex] as TaggedWord;
    const closesQuotation = runHasClosingQuotation(runFirst, runLast);
    // "“Go home.” she said." / "We waited... and waited." — a lower-case word continues the sentence.
    if (isLowercaseAt(text, word.start) && !startsLikeSentence(text, word)) {
      return {
        split: false,
        origin: closesQuotation ? 'quotation-then-lowercase' : 'lowercase-continuation',
      };
    }
    const firstToken = tokens[runFirst] as TaggedWord;
    // After a closing quotation the period is the quotation's own: "… in Cell Block H.” Labour …".
    const baseStart = closesQuotation ? -1 : abbreviationStart(runFirst, firstToken);
    if (baseStart >= 0) {
      const base = text.slice(
        baseStart,
        isWordWithPeriod(text, firstToken) ? firstToken.end - 1 : firstToken.start,
      );
      const rule = abbreviationRule(base, word, wordIndex, paragraphEnd);
      if (rule !== null) return rule;
    }
    const firstCode = text.charCodeAt(firstToken.start);
    const isEllipsis = firstCode === 0x2026 || (firstToken.end - firstToken.start > 1 && firstCode === 0x2e);
    // "Prices fell… Then they rose": an ellipsis ends a sentence only before a capital.
    if (isEllipsis && !startsLikeSentence(text, word))
      return { split: false, origin: 'ellipsis-continuation' };
    // "“It is over.” Okafor said." — a name and a verb of saying still belong to the quotation.
    if (closesQuotation && isAttributionAfterQuotation(wordIndex, paragraphEnd)) {
      return { split: false, origin: 'quotation-then-speaker' };
    }
    return {
      split: true,
      origin: closesQuotation ? 'quotation-end' : isEllipsis ? 'ellipsis-end' : 'sentence-end',
    };
  }

  function touchesFollowing(index: number, paragraphEnd: number): boolean {
    const following = tokens[index + 1];
    return (
      index + 1 < paragraphEnd &&
      following !== undefined &&
      following.start === (tokens[index] as TaggedWord).end
    );
  }

  function runHasClosingQuotation(runFirst: number, runLast: number): boolean {
    for (let index = runFirst + 1; index <= runLast; index += 1) {
      const token = tokens[index] as TaggedWord;
      if (token.end - token.start === 1 && isQuotationMarkCode(text.charCodeAt(token.start))) return true;
    }
    return false;
  }

  /**
   * Where the word a period belongs to starts, when the run starts with one: "U.S." (wink keeps
   * known abbreviations whole) or "Rev" + "." (it splits others). -1 for "?", "!", "…", after
   * numbers ("2004.") and after long words, which are not abbreviations.
   */
  function abbreviationStart(runFirst: number, firstToken: TaggedWord): number {
    if (isWordWithPeriod(text, firstToken))
      return firstToken.end - firstToken.start <= 12 ? firstToken.start : -1;
    if (firstToken.end - firstToken.start !== 1 || text.charCodeAt(firstToken.start) !== 0x2e) return -1;
    const previous = tokens[runFirst - 1];
    if (previous === undefined || previous.end !== firstToken.start || !isLetterAt(text, previous.end - 1))
      return -1;
    if (previous.end - previous.start > 6) return -1;
    return previous.start;
  }

  /** @param original the abbreviation as written, without its final period: "Gov", "U.S", "p.m". */
  function abbreviationRule(
    original: string,
    word: TaggedWord,
    wordIndex: number,
    paragraphEnd: number,
  ): { split: boolean; origin: string } | null {
    const base = original.toLowerCase();
    // "Gov", "Ms": a capital then lower case. "FT", "MS" are acronyms, not titles.
    const capitalised = isUppercaseAt(original, 0);
    const titleCased = capitalised && (original.length === 1 || isLowercaseAt(original, original.length - 1));
    const lowerCase = isLowercaseAt(original, 0);
    const nextIsDigit = isDigitAt(text, word.start);
    const nextIsName = word.pos === 'PROPN';
    // "e.g.", "vs." are written in lower case; "IE." (the browser) may end a sentence.
    if (lowerCase && CONTINUING.has(base)) return { split: false, origin: 'continuing-abbreviation' };
    // "No. 5", "Jan. 12"
    if (nextIsDigit && BEFORE_NUMBER.has(base)) return { split: false, origin: 'abbreviation-before-number' };
    // "Gov. Reyes" — titles are capitalised; "in the first st." is not a title.
    if (titleCased && TITLES.has(base)) return { split: false, origin: 'title-abbreviation' };
    // "J. R. Okafor": an initial before a name or another initial; "Plan B. The vote" ends.
    if (base.length === 1 && capitalised) {
      if (nextIsName || isInitial(text, word)) return { split: false, origin: 'initial' };
      return null;
    }
    // "at 5 p.m. Police arrived" ends; "4 p.m. GMT" and "10 a.m. Friday" do not.
    if (TIME_OF_DAY.has(base)) {
      if (isAllCapitals(word) || AFTER_TIME_OF_DAY.has(text.slice(word.start, word.end).toLowerCase())) {
        return { split: false, origin: 'time-of-day-then-zone-or-day' };
      }
      return { split: true, origin: 'time-of-day-end' };
    }
    // "T.J. Ford", "A.J. Hawk": two initials (no place, state or body the lexicon knows, as "U.S.",
    // "D.C." and "U.N." are) before a capitalised word that is no function word ("the U.K. The …" ends).
    if (
      base.length === 3 &&
      isDottedAcronym(base) &&
      isUppercaseAt(original, 0) &&
      isUppercaseAt(original, 2) &&
      isUppercaseAt(text, word.start) &&
      !FUNCTION_POS.has(word.pos) &&
      lookupPlace(`${original}.`) === undefined &&
      organisation(`${original}.`) === undefined &&
      lookupPlace(original) === undefined &&
      organisation(original) === undefined &&
      !isUsStateAbbreviation(original)
    )
      return { split: false, origin: 'initials' };
    if (MAY_END_SENTENCE.has(base) || isDottedAcronym(base)) {
      if (nextIsDigit) return { split: false, origin: 'abbreviation-then-number' };
      // "the U.S. Treasury" / "Harlow Foods Ltd. Chairman" continue; "the U.S. He said" ends.
      if (nextIsName && !isSentenceStarter(wordIndex, paragraphEnd)) {
        return { split: false, origin: 'abbreviation-then-name' };
      }
      return { split: true, origin: 'abbreviation-end' };
    }
    return null;
  }

  function isAllCapitals(word: TaggedWord): boolean {
    if (word.end - word.start < 2) return false;
    for (let index = word.start; index < word.end; index += 1) {
      if (!isUppercaseAt(text, index)) return false;
    }
    return true;
  }

  /** wink tags a capitalised "Officials" at a sentence start as a name now and then; a verb next says otherwise. */
  function isSentenceStarter(wordIndex: number, paragraphEnd: number): boolean {
    const following = tokens[wordIndex + 1];
    return (
      wordIndex + 1 < paragraphEnd &&
      following !== undefined &&
      (following.pos === 'VERB' || following.pos === 'AUX')
    );
  }

  /**
   * After a closing quotation: up to four capitalised name tokens (or a speaker pronoun), then a
   * verb of saying, then the end of the paragraph, a comma or sentence-final punctuation, or a time
   * word ("“It is over.” Okafor said on Tuesday."). "“It is over.” Okafor said the talks …" is
   * a new sentence.
   */
  function isAttributionAfterQuotation(wordIndex: number, paragraphEnd: number): boolean {
    let index = wordIndex;
    const first = tokens[index] as TaggedWord;
    if (SPEAKER_PRONOUNS.has(text.slice(first.start, first.end).toLowerCase())) {
      index += 1;
    } else {
      const nameStart = index;
      while (index < paragraphEnd && index - nameStart < 4) {
        const token = tokens[index] as TaggedWord;
        if (token.pos !== 'PROPN' || !isUppercaseAt(text, token.start)) break;
        index += 1;
      }
      if (index === nameStart) return false;
    }
    const verb = tokens[index];
    if (index >= paragraphEnd || verb === undefined) return false;
    if (!REPORTING_VERBS.has(text.slice(verb.start, verb.end).toLowerCase())) return false;
    const after = tokens[index + 1];
    if (index + 1 >= paragraphEnd || after === undefined) return true;
    const afterCode = text.charCodeAt(after.start);
    if (afterCode === 0x2c || isSentenceFinalCode(afterCode)) return true;
    return after.pos === 'ADP' || after.pos === 'ADV';
  }
}
