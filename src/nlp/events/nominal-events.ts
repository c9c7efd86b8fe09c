import type { Entity, Segments, Token } from '../../model/index.js';
import type { EventMention } from './recognise.js';
import { lemmaOf, lexicographerFileOf, NOUN_ACT, NOUN_EVENT, synsetsOf } from './wordnet.js';

/**
 * Event nouns the learned tagger leaves out: a common noun whose most frequent WordNet sense is an
 * act or an event (lexicographer files 04 noun.act, 11 noun.event: "the fire", "the quake", "his
 * murder", "the trial", "the heist") is an event mention, as TimeML marks event nouns. Only in the
 * roles an event noun plays in a clause (subject, object, oblique, the agent of a passive verb —
 * "destroyed by a fire", nominal modifier, conjunct, root), not as a modifier of another noun ("fire [department]"), not inside a name, and not a
 * word of very many senses, whose first sense says little ("time", "case"). A sentence's first word,
 * capitalised by its place alone, is often tagged a proper noun ("Arson is suspected …", "Riots
 * broke out …"): there a proper noun that no name covers counts as the common noun it is, unless
 * the parse made it the root of its sentence ("Replacements: …", "Boring lessons …").
 */

const MAX_SENSES = 12;
const ROLES = new Set([
  'nsubj',
  'nsubj:pass',
  'obj',
  'obl',
  'obl:agent',
  'nmod',
  'conj',
  'root',
  'iobj',
  'appos',
]);

const cache = new Map<string, boolean>();

export function isEventNoun(word: string): boolean {
  const key = word.toLowerCase();
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const lemma = lemmaOf(key, 'noun');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'noun');
  const first = senses[0];
  const found =
    first !== undefined &&
    senses.length <= MAX_SENSES &&
    [NOUN_ACT, NOUN_EVENT].includes(lexicographerFileOf(first, 'noun'));
  cache.set(key, found);
  return found;
}

/** The tagger's mentions with the event nouns it missed added, in text order. */
export function withEventNouns(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  mentions: readonly EventMention[],
): EventMention[] {
  const names = entities
    .flatMap((entity) => entity.mentions.filter((mention) => mention.kind === 'name'))
    .sort((left, right) => left.start - right.start);
  const added: EventMention[] = [];
  // both lists are in text order: one pointer into each, so the check is linear
  let nextMention = 0;
  let nextName = 0;
  const sentenceStarts = new Set(segments.sentences.map((sentence) => sentence.firstToken));
  (segments.tokens as readonly Token[]).forEach((token, index) => {
    while (nextMention < mentions.length && mentions[nextMention]!.end <= token.start) nextMention += 1;
    while (nextName < names.length && names[nextName]!.end <= token.start) nextName += 1;
    // a first word the parse made the root of its sentence was misread as a whole ("Borrowing
    // costs are …" with "Borrowing" the root): no event noun taken from such a parse
    const noun =
      token.pos === 'NOUN' || (token.pos === 'PROPN' && sentenceStarts.has(index) && token.dep !== 'root');
    if (!noun || !ROLES.has(token.dep)) return;
    const mention = mentions[nextMention];
    if (mention !== undefined && mention.start < token.end) return;
    // names may nest; any name that starts before the token and has not ended covers it
    let covered = false;
    for (let at = nextName; at < names.length && names[at]!.start < token.end; at += 1)
      if (names[at]!.end > token.start) covered = true;
    if (covered || !isEventNoun(text.slice(token.start, token.end))) return;
    added.push({ start: token.start, end: token.end, eventClass: 'OCCURRENCE' });
  });
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((left, right) => left.start - right.start);
}
