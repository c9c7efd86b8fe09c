import type { Segments, Token } from '../../model/index.js';
import { personNoun, roleNoun } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/** A capitalised word of letters: the name part after "50" or "The". */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const WHOLE_NUMBER = /^\d{1,4}$/u;
const MONTHS_AND_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** Verbs only people (and organisations, which have no stage names) are subjects of. */
const SPEECH_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'claim', 'insist', 'describe']);

interface Occurrence {
  readonly start: number;
  readonly end: number;
  /** The first word is "The" inside a sentence, or a number: a name-like use of it. */
  readonly midSentence: boolean;
  /** Said to be a person: the subject of "said", after a person or role noun, or before "who". */
  readonly person: boolean;
  /** In a name position: subject, possessor ("The Game's"), or object of a preposition. */
  readonly namePosition: boolean;
}

function word(text: string, token: Token | undefined): string {
  return token === undefined ? '' : text.slice(token.start, token.end);
}

/**
 * Stage names the recogniser does not see, made of a number or "The" and a capitalised word: "50
 * Cent", "The Game". Such a pair becomes a PERSON only on evidence: it recurs (at least twice), it
 * stands where names stand (a subject, a possessor, after a preposition), "The" is capitalised
 * inside a sentence at least once, and the text treats it as a person at least once (the subject
 * of "said", "told", …; after a person or role noun; before "who"). The next word must not be capitalised ("10 Downing Street") and the
 * pair must not touch a name already found.
 */
export function findStageNames(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens, sentences } = segments;
  const taken = new Uint8Array(tokens.length);
  let cursor = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    while (cursor < names.length && (names[cursor] as NameMention).end <= token.start) cursor += 1;
    const name = names[cursor];
    if (name !== undefined && name.start < token.end) taken[index] = 1;
  }
  const firstTokens = new Set(sentences.map((sentence) => sentence.firstToken));
  const found = new Map<string, Occurrence[]>();
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const first = tokens[index] as Token;
    const second = tokens[index + 1] as Token;
    const lead = word(text, first);
    const isThe = lead === 'The';
    if (!isThe && !WHOLE_NUMBER.test(lead)) continue;
    const rest = word(text, second);
    if (!NAME_WORD.test(rest) || MONTHS_AND_DAYS.test(rest) || second.start !== first.end + 1) continue;
    if (taken[index] === 1 || taken[index + 1] === 1) continue;
    const next = tokens[index + 2];
    if (next !== undefined && NAME_WORD.test(word(text, next))) continue;
    const previous = index > 0 && !firstTokens.has(index) ? word(text, tokens[index - 1]).toLowerCase() : '';
    const governor = tokens[second.head];
    const person =
      (second.dep === 'nsubj' && governor !== undefined && SPEECH_LEMMAS.has(governor.lemma)) ||
      personNoun(previous) !== undefined ||
      roleNoun(previous) !== undefined ||
      word(text, next).toLowerCase() === 'who' ||
      (word(text, next) === ',' && word(text, tokens[index + 3]).toLowerCase() === 'who');
    const namePosition =
      second.dep.startsWith('nsubj') ||
      second.dep === 'nmod:poss' ||
      word(text, next) === "'s" ||
      word(text, next) === '’s' ||
      second.dep === 'obl' ||
      second.dep === 'nmod';
    const key = `${lead} ${rest}`;
    const list = found.get(key) ?? [];
    list.push({
      start: first.start,
      end: second.end,
      midSentence: !isThe || !firstTokens.has(index),
      person,
      namePosition,
    });
    found.set(key, list);
  }
  const added: NameMention[] = [];
  for (const list of found.values()) {
    if (list.length < 2) continue;
    if (!list.some((item) => item.midSentence) || !list.some((item) => item.person)) continue;
    if (list.filter((item) => item.namePosition).length < 2) continue;
    for (const item of list) added.push({ start: item.start, end: item.end, type: 'PERSON' });
  }
  if (added.length === 0) return [...names];
  return [...names, ...added].sort((left, right) => left.start - right.start);
}
