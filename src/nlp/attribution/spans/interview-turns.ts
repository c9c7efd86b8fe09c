import type { Segments, Span, Token } from '../../../model/index.js';
import { spansOverlap } from '../../../model/span.js';
import { honorificOf } from '../../coref/lexicon.js';
import { lexicographerFileOf, NOUN_GROUP, NOUN_LOCATION, synsetsOf } from '../../events/wordnet.js';
import { spansHeld, type AttributionCandidate } from '../candidate.js';

/**
 * Turns of an interview printed as a transcript: paragraphs that open with a label and a colon,
 * the speaker's words after it.
 *
 * - "Q: …" / "A: …" (or "Question:" / "Answer:", or "Q. …" / "A. …" when each labels two
 *   paragraphs or more): each answer is the interviewee's speech; the
 *   questions are the interviewer's, the writer's side of the page, and are left out. Cue = the
 *   label with its colon; the source is the interviewee the page's opening names (`interviewee`),
 *   else none.
 * - "MARTA OKONJO: …", "Ms Okonjo: …", "MO: …", "Okonjo: …" after the page named Marta Okonjo: a
 *   name (every word capitalised and tagged a proper noun, at most four words; one word alone must
 *   be a proper noun in capitals, initials, or the last word of a person named before) before the
 *   colon. Cue = the colon, source = the name.
 * - An answer that runs over several paragraphs: each unlabelled paragraph after an answer (or a
 *   named turn) continues it (no cue, `continues` the turn) while another turn follows on the page,
 *   up to a paragraph that ends with a question mark or that a finder holds any of.
 *
 * Only in a page laid out so: at least two labelled paragraphs whose words after the colon hold a
 * verb (a caption's "Photo: Reuters", a one-off "Update: …" or a heading "Nicola Tarn: a profile"
 * are no turns), and for names, one name (its last word) labelling two of them or more: speakers
 * take turns, where headings ("Jeb Tarn: Student loans …", "Mia Holt: Pensions …") name each once. A label already read as a cue or a source adds nothing; a turn's content is the
 * paragraph after the colon (reports inside it stay their own).
 */

const QUESTION = /^(?:Q|Question)$/u;
const ANSWER = /^(?:A|Answer)$/u;

export interface Turn {
  /** The label's first and last tokens, and the colon's. */
  readonly first: number;
  readonly last: number;
  readonly colon: number;
  /** The last token of the paragraph. */
  readonly end: number;
  readonly role: 'question' | 'answer' | 'named';
  /** "Q." / "A." with a full stop, not a colon: a page's turns only when both take two turns or more. */
  readonly dotted?: boolean;
}

function placeName(word: string): boolean {
  const first = synsetsOf(word.toLowerCase(), 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_LOCATION;
}

function isNameWord(word: string, token: Token): boolean {
  return token.pos === 'PROPN' && /^\p{Lu}[\p{L}'’.-]*$/u.test(word);
}

/**
 * The label of a paragraph whose tokens are [first, end), or null: 1 to 4 tokens before a colon
 * that read as Q, A or a name (see above), with words after the colon that hold a verb.
 */
export function turnLabel(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  named: { has(word: string): boolean } = new Set<string>(),
): Turn | null {
  let colon = -1;
  // "Q. Why …" / "A. Because …": the letter and its full stop (one token or two) as the label
  const opening = text.slice((tokens[first] as Token).start, (tokens[first] as Token).end);
  if (/^[QA]\.$/u.test(opening)) colon = first;
  else if (/^[QA]$/u.test(opening) && first + 1 < end && wordOf(text, tokens, first + 1) === '.')
    colon = first + 1;
  if (colon >= 0) {
    let verb = false;
    for (let at = colon + 1; at < end && !verb; at += 1) {
      const pos = (tokens[at] as Token).pos;
      verb = pos === 'VERB' || pos === 'AUX';
    }
    if (!verb || colon + 1 >= end) return null;
    const role = opening.startsWith('Q') ? 'question' : 'answer';
    return { first, last: first, colon, end: end - 1, role, dotted: true };
  }
  for (let at = first + 1; at < end && at <= first + 4; at += 1) {
    const token = tokens[at] as Token;
    if (token.end - token.start === 1 && text.charCodeAt(token.start) === 58) {
      colon = at;
      break;
    }
    if (token.pos === 'PUNCT' && text.slice(token.start, token.end) !== '.') return null;
  }
  if (colon < 0 || colon + 1 >= end) return null;
  let verb = false;
  for (let at = colon + 1; at < end && !verb; at += 1) {
    const pos = (tokens[at] as Token).pos;
    verb = pos === 'VERB' || pos === 'AUX';
  }
  if (!verb) return null;
  const word = (at: number): string => {
    const token = tokens[at] as Token;
    return text.slice(token.start, token.end);
  };
  let last = colon - 1;
  while (last > first && word(last) === '.') last -= 1;
  const label = text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
  if (first === last && QUESTION.test(label)) return { first, last, colon, end: end - 1, role: 'question' };
  if (first === last && ANSWER.test(label)) return { first, last, colon, end: end - 1, role: 'answer' };
  let capitals = false;
  for (let at = first; at <= last; at += 1) {
    const token = tokens[at] as Token;
    const form = word(at);
    if (form === '.') continue;
    if (!isNameWord(form, token)) return null;
    if (form.length >= 2 && form === form.toUpperCase()) capitals = true;
  }
  // one word: initials or a name in capitals ("OKONJO:"), not a place (a dateline "LONDON:", by
  // WordNet's first sense), or the last word of a person the page named before ("Okonjo:" after
  // "Marta Okonjo"); more: any name ("Ms Okonjo:")
  if (first === last && !named.has(label) && (!capitals || placeName(label))) return null;
  return { first, last, colon, end: end - 1, role: 'named' };
}

/** A pronoun of the first person: the speaker's own words, not a heading's. */
const FIRST_PERSON = /^(?:I|me|my|we|us|our)$/iu;

/** Whether tokens [first, end) hold a first-person pronoun ("We will not move", "my plan"). */
function firstPersonWords(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  for (let at = first; at < end; at += 1) {
    const token = tokens[at] as Token;
    if (token.pos === 'PRON' && FIRST_PERSON.test(text.slice(token.start, token.end))) return true;
  }
  return false;
}

function wordOf(text: string, tokens: readonly Token[], at: number): string {
  const token = tokens[at] as Token;
  return text.slice(token.start, token.end);
}

function spanOf(tokens: readonly Token[], first: number, last: number): Span {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** Every labelled paragraph of the page, in order (see `turnLabel`). */
export function interviewTurns(text: string, segments: Segments): Turn[] {
  return labelledParagraphs(text, segments).flatMap((paragraph) =>
    paragraph.turn === null ? [] : [paragraph.turn],
  );
}

interface Paragraph {
  /** Its first token and the one after its last. */
  readonly first: number;
  readonly end: number;
  readonly turn: Turn | null;
}

/**
 * The last words of the people (`personNames`) named before a token ("Okonjo" once "Marta Okonjo"
 * came before it), asked for by paragraph in text order. The names are found at the first question:
 * most pages have no paragraph whose opening could be a one-word name label, and looking for every
 * name of the page was most of the cost of finding the turns.
 */
export class NamedBefore {
  private names: [number, number][] | null = null;
  private readonly words = new Set<string>();
  private next = 0;
  private limit = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  /** Asks from here on about the names before token `at` (never less than the last `at`). */
  moveTo(at: number): void {
    this.limit = at;
  }

  has(word: string): boolean {
    const names = (this.names ??= personNames(this.text, this.tokens, 0, this.tokens.length));
    while (this.next < names.length && names[this.next]![0] < this.limit) {
      this.words.add(wordOf(this.text, this.tokens, names[this.next]![1]));
      this.next += 1;
    }
    return this.words.has(word);
  }
}

/** Every paragraph of the page with its turn label, if it has one (see `turnLabel`). */
function labelledParagraphs(text: string, segments: Segments): Paragraph[] {
  const tokens = segments.tokens;
  // the last words of the people named so far: "Okonjo:" labels a turn after "Marta Okonjo"
  const named = new NamedBefore(text, tokens);
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const paragraph of segments.paragraphs) {
    while (at < tokens.length && (tokens[at] as Token).start < paragraph.start) at += 1;
    let end = at;
    while (end < tokens.length && (tokens[end] as Token).end <= paragraph.end) end += 1;
    named.moveTo(at);
    if (end > at) paragraphs.push({ first: at, end, turn: turnLabel(text, tokens, at, end, named) });
    at = end;
  }
  // "A. Lind said …" opens a paragraph with an initial: "Q." and "A." labels count only when each
  // labels two paragraphs or more
  const dotted = (role: Turn['role']): number =>
    paragraphs.filter((paragraph) => paragraph.turn?.dotted === true && paragraph.turn.role === role).length;
  if (dotted('question') < 2 || dotted('answer') < 2)
    return paragraphs.map((paragraph) =>
      paragraph.turn?.dotted === true ? { ...paragraph, turn: null } : paragraph,
    );
  return paragraphs;
}

/** A sentence that says an interview took place ("we spoke to …", "answered our questions", "Q&A: …"). */
const INTERVIEW_WORDS =
  /\b(?:interview(?:s|ed)?|sp[eo]ke?s?|talk(?:s|ed)?|chat(?:s|ted)?|questions|answer(?:s|ed)?|Q\s?&\s?A)\b/iu;

const QA_HEADING = /\bQ\s?&\s?A\b/u;

/** Whether a word of a name could be a place's or a body's (WordNet's first noun sense). */
function placeOrBody(word: string): boolean {
  const first = synsetsOf(word.toLowerCase(), 'noun')[0];
  if (first === undefined) return false;
  const file = lexicographerFileOf(first, 'noun');
  return file === NOUN_LOCATION || file === NOUN_GROUP;
}

/**
 * The names of people in tokens [from, to): runs of two to four capitalised proper nouns (an
 * honorific may open one: "Dr Lena Korr"), none of them a place's or a body's word by WordNet, not
 * a byline ("By Tom Hale"), as [first, last] token pairs.
 */
export function personNames(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): [number, number][] {
  const names: [number, number][] = [];
  let at = from;
  while (at < to) {
    if (!isNameWord(wordOf(text, tokens, at), tokens[at] as Token)) {
      at += 1;
      continue;
    }
    let last = at;
    while (
      last + 1 < to &&
      last - at < 3 &&
      isNameWord(wordOf(text, tokens, last + 1), tokens[last + 1] as Token)
    )
      last += 1;
    let words = 0;
    let other = false;
    for (let word = at; word <= last; word += 1) {
      const form = wordOf(text, tokens, word);
      if (honorificOf(form.toLowerCase().replace(/\.$/u, '')) !== undefined && word === at) continue;
      words += 1;
      if (placeOrBody(form)) other = true;
    }
    const byline = at > 0 && /^by$/iu.test(wordOf(text, tokens, at - 1));
    if (!other && !byline && last > at && words >= 1) names.push([at, last]);
    at = last + 1;
  }
  return names;
}

/**
 * The interviewee of a Q-and-A page, named in its opening (the tokens before the first turn): the
 * one person a sentence about the interview names ("… we spoke to Dr Lena Korr", "Lena Korr, a
 * marine biologist, answered our questions"), else the one person the opening names at all; a
 * "Q&A" heading's name comes first ("Q&A: Lena Korr on …", "Q&A with Senator Lena Korr"). Null
 * when the first of these that names anybody names two people or more (told apart by their last
 * word).
 */
export function interviewee(text: string, segments: Segments, firstTurn: number): Span | null {
  const tokens = segments.tokens;
  // a "Q&A" headline's names first, then those of a sentence about the interview, then all
  const tiers: [number, number][][] = [[], [], []];
  for (const sentence of segments.sentences) {
    if (sentence.firstToken >= firstTurn) break;
    const names = personNames(text, tokens, sentence.firstToken, Math.min(sentence.endToken, firstTurn));
    if (names.length === 0) continue;
    const words = text.slice(sentence.start, sentence.end);
    if (QA_HEADING.test(words)) (tiers[0] as [number, number][]).push(...names);
    if (INTERVIEW_WORDS.test(words)) (tiers[1] as [number, number][]).push(...names);
    (tiers[2] as [number, number][]).push(...names);
  }
  const pick = tiers.find((tier) => tier.length > 0);
  if (pick === undefined) return null;
  const people = new Set(pick.map(([, last]) => wordOf(text, tokens, last).toLowerCase()));
  if (people.size !== 1) return null;
  const [first, last] = pick[0] as [number, number];
  return spanOf(tokens, first, last);
}

export function addInterviewTurns(
  text: string,
  segments: Segments,
  candidates: readonly AttributionCandidate[],
): AttributionCandidate[] {
  const paragraphs = labelledParagraphs(text, segments);
  const turns = paragraphs.flatMap((paragraph) => (paragraph.turn === null ? [] : [paragraph.turn]));
  const tokens = segments.tokens;
  // "Reyes: We will not move." on a line of its own: a name, then words in the first person, are
  // that person's words even when nobody else takes a turn
  const speaking = (turn: Turn): boolean =>
    turn.role === 'named' && firstPersonWords(text, tokens, turn.colon + 1, turn.end + 1);
  if (turns.length < 2 && !turns.some(speaking)) return [...candidates];
  const held: Span[] = [];
  for (const candidate of candidates) {
    if (candidate.cue !== null) held.push(candidate.cue);
    if (candidate.source !== null) held.push(candidate.source);
  }
  const taken = spansHeld(candidates);
  // names take turns: some speaker's name (its last word) labels two paragraphs or more ("JOEL
  // BENENSON: …", "BENENSON: …"); headings "Jeb Tarn: Student loans …" name each once
  const surnames = new Map<string, number>();
  for (const turn of turns)
    if (turn.role === 'named') {
      const surname = wordOf(text, tokens, turn.last).toLowerCase();
      surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
    }
  const namesTakeTurns = [...surnames.values()].some((count) => count >= 2);
  const answered = turns.some((turn) => turn.role === 'answer')
    ? interviewee(text, segments, (turns[0] as Turn).first)
    : null;
  const result = [...candidates];
  /** The last token of [first, end) before its closing full stops. */
  const lastWord = (first: number, end: number): number => {
    let last = end;
    while (
      last > first &&
      (tokens[last] as Token).pos === 'PUNCT' &&
      /^[.!?]$/u.test(text.slice((tokens[last] as Token).start, (tokens[last] as Token).end))
    )
      last -= 1;
    return last;
  };
  // the candidate of the answer being given, while the paragraphs after it carry no label
  let answering = -1;
  paragraphs.forEach((paragraph, nth) => {
    const turn = paragraph.turn;
    if (turn === null) {
      // an answer that runs over several paragraphs: an unlabelled paragraph after it continues it
      // when another turn follows on the page (not the writer's closing lines), unless it asks
      // something (the interviewer's question with its label left off) or a finder holds any of it
      if (answering < 0) return;
      const later = paragraphs.slice(nth + 1).some((after) => after.turn !== null);
      const whole = spanOf(tokens, paragraph.first, paragraph.end - 1);
      const closing = text.slice((tokens[paragraph.end - 1] as Token).start, whole.end);
      if (!later || closing === '?' || taken.some((span) => spansOverlap(span, whole))) {
        answering = -1;
        return;
      }
      result.push({
        kind: 'direct',
        cue: null,
        source: null,
        content: [spanOf(tokens, paragraph.first, lastWord(paragraph.first, paragraph.end - 1))],
        continues: answering,
      });
      return;
    }
    answering = -1;
    if (turn.role === 'question' || (turn.role === 'named' && !namesTakeTurns && !speaking(turn))) return;
    const last = lastWord(turn.colon + 1, turn.end);
    // a label some finder read already ("MARTA OKONJO: …" as a source and a cue)
    const label = spanOf(tokens, turn.first, turn.colon);
    if (held.some((span) => spansOverlap(span, label))) return;
    const content = spanOf(tokens, turn.colon + 1, last);
    answering = result.length;
    if (turn.role === 'answer')
      result.push({
        kind: 'direct',
        cue: spanOf(tokens, turn.first, turn.colon),
        source: answered,
        content: [content],
      });
    else
      result.push({
        kind: 'direct',
        cue: spanOf(tokens, turn.colon, turn.colon),
        source: spanOf(tokens, turn.first, turn.last),
        content: [content],
      });
  });
  return result;
}
