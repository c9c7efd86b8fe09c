import type { Entity, Segments, Token } from '../../model/index.js';
import type { EventMention } from './recognise.js';
import { lemmaOf, lexicographerFileOf, NOUN_ACT, NOUN_EVENT, NOUN_TIME, synsetsOf } from './wordnet.js';

/**
 * Event nouns the learned tagger leaves out: a common noun whose most frequent WordNet sense is an
 * act or an event (lexicographer files 04 noun.act, 11 noun.event: "the fire", "the quake", "his
 * murder", "the trial", "the heist") is an event mention, as TimeML marks event nouns. Only in the
 * roles an event noun plays in a clause (subject, object, oblique, the agent of a passive verb —
 * "destroyed by a fire", nominal modifier, conjunct, root), not as a modifier of another noun ("fire [department]"), not inside a name, and not a
 * word of very many senses, whose first sense says little ("time", "case"). A sentence's first word,
 * capitalised by its place alone, is often tagged a proper noun ("Arson is suspected …", "Riots
 * broke out …"): there a proper noun that no name covers counts as the common noun it is, unless
 * the parse made it the root of its sentence ("Replacements: …", "Boring lessons …"). A `compound`
 * counts where it is a subject the parse misread or names the event a time noun dates
 * (compoundInRole). A noun whose first sense is no act or event is one by the verb it fills
 * (eventByItsVerb: "the cuts happened", "users experienced downtime", "caused by a problem"): ECB+
 * dev topics, events CoNLL F1 0.5872 → 0.5893 (odd topics 0.537 → 0.539, even 0.641 → 0.643; mention
 * recall 0.748 → 0.752, precision 0.841 → 0.842); events[] on TBAQ dev two mentions added, none
 * gold (strict F1 0.8859 → 0.8856); on 200 BBC texts ten added, seven right ("undergoing heart
 * surgery", "caused outrage", "the lead lasted three minutes"), three neutral ("these things
 * happened").
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

/** The relations of a verb that heads a clause of its own. */
const CLAUSE_DEPS = new Set(['root', 'conj', 'ccomp', 'advcl', 'parataxis', 'xcomp']);
const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'expl']);

/**
 * Whether a noun the parse made a `compound` still plays an event noun's role: it is the subject
 * of a verb, misread as the verb's modifier ("A powerful quake hit the coast", "Fire destroys …":
 * before a verb that heads a clause of its own and has no subject of its own), or it names the
 * event a time noun dates ("the trial date", "fire Friday night", "the election year": the head's
 * first WordNet sense is noun.time). ECB+ dev topics, events CoNLL F1 0.583 → 0.586 (odd topics
 * 0.5337 → 0.5349, even 0.6361 → 0.6405), mention recall 0.744 → 0.748; events[] on TBAQ dev three
 * mentions added, one of them gold (strict F1 0.8861 → 0.8860). Not before a verb that is a noun
 * phrase's word ("marketing speak describes …", "an exhibition match": a subject, an oblique) or one
 * that has its subject ("… hatred that people associate with football boils over").
 */
function compoundInRole(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.dep !== 'compound' || token.head < 0) return false;
  const head = tokens[token.head]!;
  if (head.pos === 'VERB')
    return (
      token.head > index &&
      CLAUSE_DEPS.has(head.dep) &&
      !tokens.some((other) => other.head === token.head && SUBJECTS.has(other.dep))
    );
  return head.pos === 'NOUN' && timeNoun(text.slice(head.start, head.end));
}

/** Whether a noun's first WordNet sense is a time (noun.time: "date", "year", "night"). */
function timeNoun(word: string): boolean {
  const lemma = lemmaOf(word.toLowerCase(), 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_TIME;
}

/**
 * Verbs whose subject is an event ("the cut occurred", "the outage lasted two days") and verbs whose
 * object is one ("caused a blackout", "experienced downtime", "suffered a setback"), read by the
 * verb's first WordNet sense, so "took place", "go on" and "endure" count too.
 */
const SUBJECT_EVENT_VERBS = ['happen', 'last'];
const OBJECT_EVENT_VERBS = ['cause', 'experience', 'suffer', 'undergo'];

const verbSenses = new Map<string, number | undefined>();

function firstVerbSense(lemma: string): number | undefined {
  if (!verbSenses.has(lemma)) verbSenses.set(lemma, synsetsOf(lemma, 'verb')[0]);
  return verbSenses.get(lemma);
}

function verbOf(lemma: string, seeds: readonly string[]): boolean {
  const sense = firstVerbSense(lemma);
  return sense !== undefined && seeds.some((seed) => firstVerbSense(seed) === sense);
}

/**
 * Whether a noun the WordNet test leaves out is an event by the verb it fills: the subject of a verb
 * of happening or lasting, the object of a verb of causing or undergoing, or the passive subject or
 * the agent of "caused" ("the cuts happened on Friday", "users experienced downtime", "the delay was
 * caused by a problem on the line"). A noun WordNet lacks, a name, a pronoun, a piece of a hyphenated
 * word and the object of "caused … to rise" (the event is the verb after it) never count.
 */
function eventByItsVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.head < 0) return false;
  const head = tokens[token.head]!;
  if (head.pos !== 'VERB') return false;
  const lemma = head.lemma.toLowerCase();
  if (token.dep === 'nsubj') return verbOf(lemma, SUBJECT_EVENT_VERBS);
  // "caused prices to rise": the event is the verb after the object
  if (token.dep === 'obj')
    return (
      verbOf(lemma, OBJECT_EVENT_VERBS) &&
      !tokens.some(
        (other) =>
          (other.head === token.head && other.dep === 'xcomp') ||
          (other.head === index && other.dep === 'acl' && other.pos === 'VERB'),
      )
    );
  if (token.dep === 'nsubj:pass' || token.dep === 'obl:agent') return verbOf(lemma, ['cause']);
  return false;
}

const cache = new Map<string, boolean>();

function hasNoun(word: string): boolean {
  const lemma = lemmaOf(word.toLowerCase(), 'noun');
  return lemma !== null && synsetsOf(lemma, 'noun').length > 0;
}

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
    if (!noun || !(ROLES.has(token.dep) || compoundInRole(text, segments.tokens, index))) return;
    const mention = mentions[nextMention];
    if (mention !== undefined && mention.start < token.end) return;
    // names may nest; any name that starts before the token and has not ended covers it
    let covered = false;
    for (let at = nextName; at < names.length && names[at]!.start < token.end; at += 1)
      if (names[at]!.end > token.start) covered = true;
    if (covered) return;
    const word = text.slice(token.start, token.end);
    // not a piece of a hyphenated word ("cloak-and-dagger dealings")
    const hyphenated = text[token.end] === '-' || text[token.start - 1] === '-';
    if (
      !isEventNoun(word) &&
      !(token.pos === 'NOUN' && !hyphenated && hasNoun(word) && eventByItsVerb(segments.tokens, index))
    )
      return;
    added.push({ start: token.start, end: token.end, eventClass: 'OCCURRENCE' });
  });
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((left, right) => left.start - right.start);
}
