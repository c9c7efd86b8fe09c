import { lemmaOf, lexicographerFileOf, NOUN_GROUP, synsetsOf } from '../events/wordnet.js';
import { isOrganisationHead } from './organisation-heads.js';
import { hasHypernymWord, isKnownHumanName, lookupPlace, organisation } from '../lexicon/index.js';
import type { Segments, Token } from '../../model/index.js';
import type { NameMention } from './name-mention.js';
import { nameHead, tokenAt } from './token-index.js';

/**
 * The subtype of a MISC name this step made a work's title (OntoNotes' WORK_OF_ART): later steps keep
 * its type ("a role in Elizabeth" is no person), and coreference lets "it" and "its" take it.
 */
export const WORK_SUBTYPE = 'WORK';

/**
 * WordNet synsets that a kind of work descends from: films ("movie": "film", "documentary",
 * "musical"), songs ("ballad", "anthem"), albums, books, plays and written stories ("play",
 * "novel", "epic", "thriller", via dramatic and literary composition) and the drama genres
 * ("comedy", "sitcom"). Reports, statements and polls are communication too, but none of these.
 */
const WORK_SYNSET_WORDS = new Set([
  'movie',
  'song',
  'album',
  'book',
  'dramatic_composition',
  'literary_composition',
  'drama',
]);

const workMemo = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

/** True when the first WordNet noun sense of a lower-case word is a kind of work (within 8 hypernym steps). */
export function isWorkNoun(word: string): boolean {
  const known = workMemo.get(word);
  if (known !== undefined) return known;
  if (workMemo.size >= MEMO_LIMIT) workMemo.clear();
  const first = synsetsOf(word, 'noun')[0];
  const found = first !== undefined && hasHypernymWord(first, 'noun', { levels: 8 }, WORK_SYNSET_WORDS);
  workMemo.set(word, found);
  return found;
}

/**
 * Nouns for broadcast and stage works whose first WordNet sense is something else ("show": a
 * social event; "series": things in a row; "soap": the cleanser): "the BBC show Ward Nine", "the
 * series Quiet Harbour", "the soap Kessel Close".
 */
const BROADCAST_WORK_NOUNS: ReadonlySet<string> = new Set([
  'show',
  'series',
  'programme',
  'program',
  'soap',
  'serial',
  'opera',
  // a record: first a hit in baseball
  'single',
]);

/** "show", "series", "soap": a noun for a broadcast or stage work whose first sense is something else. */
export function isBroadcastWorkNoun(lemma: string): boolean {
  return BROADCAST_WORK_NOUNS.has(lemma);
}

/**
 * The lower-case word right before a name, after one space or a comma: "the comedy |Norbit", "one
 * of her films, |Glass Harbour, …".
 */
const WORD_BEFORE = /(?:^|[^\p{L}'’-])(\p{Ll}+)(,?) $/u;
/** Capitalised words that run on right after a name: "Georgia| Rule", cut by the recogniser. */
const RUN_ON = /^(?: \p{Lu}[\p{L}\p{M}'’-]*)+/u;

function isNounAt(segments: Segments, offset: number): boolean {
  const token = segments.tokens[tokenAt(segments.tokens, offset)];
  return token !== undefined && token.start === offset && token.pos === 'NOUN';
}

/** "can show", "to show", "will air": the word before a noun that is a verb there, mis-tagged. */
const VERB_LEAD = /^(?:to|can|could|will|would|shall|should|may|might|must|not|also|n't|did|does|do)$/iu;

/** The token before the one at `offset` is no auxiliary nor infinitive marker ("to show Ward Nine"). */
function followsNoVerbLead(text: string, segments: Segments, offset: number): boolean {
  const token = segments.tokens[tokenAt(segments.tokens, offset) - 1];
  return (
    token === undefined ||
    (token.pos !== 'AUX' && token.pos !== 'PART' && !VERB_LEAD.test(text.slice(token.start, token.end)))
  );
}

/**
 * Works named after the noun that says what they are: "the slapstick comedy Norbit", "the film
 * Georgia Rule", "her second novel Glass Harbour". A name right after a lower-case noun whose first
 * WordNet sense is a film, song, album, book, play, story or drama (`isWorkNoun`), or a broadcast
 * work noun ("show", "series", "soap"; not before a known place or body), is the work's
 * title, MISC, and takes in the capitalised words that run on after it (the recogniser cut "Georgia
 * Rule" to the place "Georgia"). The word must be tagged a noun there ("to play Lindmark" is a
 * match). After a comma the name must be an apposition closed by the next
 * comma ("one of her films, Glass Harbour, came second"). A PERSON whose last word is a known name stays
 * when the parse makes it a clause's subject ("in the film Tom Lind directed"; "the drama Vera
 * Drake" is the title), and so do names the next step already joined. Names the run takes in are dropped.
 */
export function typeWorksAfterNouns(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const output: NameMention[] = [];
  /** The titles of the works so named ("Flanimals" of "his cartoon book Flanimals"). */
  const works = new Set<string>();
  let skipUntil = -1;
  for (const name of typeQuotedWorksAfterNouns(text, segments, names, works)) {
    if (name.start < skipUntil) continue;
    const governed = workByGovernor(text, segments, name);
    if (governed !== null) {
      output.push(governed);
      // "The Godfather" is "Godfather" elsewhere too
      addWork(works, text.slice(name.start, name.end));
      addWork(works, text.slice(governed.start, governed.end));
      continue;
    }
    if (
      name.type !== 'MISC' &&
      (workNounAppositionAfter(text, segments, name) ||
        workByDependents(text, segments, name) ||
        (name.type === 'PERSON' && hasInnerFunctionWords(text.slice(name.start, name.end))))
    ) {
      output.push({ start: name.start, end: name.end, type: 'MISC', subtype: WORK_SUBTYPE });
      addWork(works, text.slice(name.start, name.end));
      continue;
    }
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, name.start - 24), name.start));
    // The word must be a noun where it stands: "would play Lada Togliatti" is a match, not a play.
    const noun =
      before === null ||
      !isNounAt(segments, name.start - before[0].length + before[0].indexOf(before[1] as string))
        ? null
        : lemmaOf(before[1] as string, 'noun');
    // After a comma, only an apposition that the next comma closes: "her films, Glass Harbour, …".
    const apposition = before !== null && before[2] === ',';
    const broadcast =
      noun !== null &&
      BROADCAST_WORK_NOUNS.has(noun) &&
      followsNoVerbLead(
        text,
        segments,
        name.start -
          (before as RegExpExecArray)[0].length +
          (before as RegExpExecArray)[0].indexOf((before as RegExpExecArray)[1] as string),
      );
    if (
      noun === null ||
      (!isWorkNoun(noun) && !broadcast) ||
      (apposition && !/^(?: \p{Lu}[\p{L}\p{M}'’-]*)*,/u.test(text.slice(name.end, name.end + 80)))
    ) {
      output.push(name);
      continue;
    }
    if (name.type === 'MISC') {
      addWork(works, text.slice(name.start, name.end));
      output.push(name.subtype === undefined ? { ...name, subtype: WORK_SUBTYPE } : name);
      continue;
    }
    const surface = text.slice(name.start, name.end);
    const last = surface.slice(surface.lastIndexOf(' ') + 1);
    if (
      (name.type === 'PERSON' &&
        surface.includes(' ') &&
        isKnownHumanName(last) &&
        isClauseSubject(segments, name)) ||
      // "the series England won": a known place or body after a broadcast noun stays
      (broadcast && (lookupPlace(surface) !== undefined || organisation(surface) !== undefined))
    ) {
      output.push(name);
      continue;
    }
    const runOn = RUN_ON.exec(text.slice(name.end, name.end + 80));
    const end = runOn === null ? name.end : name.end + runOn[0].length;
    output.push({ start: name.start, end, type: 'MISC', subtype: WORK_SUBTYPE });
    addWork(works, text.slice(name.start, end));
    skipUntil = end;
  }
  return typeWorksCoordinated(
    text,
    segments,
    typeTitlesInWorkTexts(text, segments, typeWorksNamedAgain(text, output, works)),
  );
}

/** Lower-case words a title-case title may hold: "Return of the Harbour", "Salt and Iron". */
const TITLE_SMALL_WORDS =
  /^(?:a|an|the|of|in|on|at|to|for|from|with|by|and|or|but|nor|as|into|over|under|upon|up|out|off)$/u;

/**
 * The title a quotation holds when it opens right after the work noun (`start` is the character
 * after the opening mark): up to ten words, the first capitalised, every other one capitalised, a
 * number or a small function word ("Return of the Harbour"), closed by the matching mark, a comma
 * or full stop inside the marks allowed. `null` for anything else ('the song "Love me tender"',
 * '"the best film ever"' are quoted speech or sentence-case titles we do not read).
 */
function quotedTitleAt(text: string, start: number, opening: string): { end: number; close: number } | null {
  const closing = opening === '"' ? '"' : '”';
  const close = text.indexOf(closing, start);
  if (close <= start || close - start > 120) return null;
  let end = close;
  while (end > start && /[,.!?]/u.test(text.charAt(end - 1))) end -= 1;
  const words = text.slice(start, end).split(' ');
  if (words.length > 10 || words.some((word) => word === '')) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0] as string)) return null;
  for (const word of words) {
    if (/^[\p{Lu}\p{N}]/u.test(word) || TITLE_SMALL_WORDS.test(word)) continue;
    return null;
  }
  // the last word of a title is no small word ("Lost in the")
  if (TITLE_SMALL_WORDS.test(words[words.length - 1] as string)) return null;
  return { end, close };
}

/**
 * A title in quotation marks right after the noun that says what it is: 'her film "Silent
 * Harbour"', 'the hit single "Golden Road"', 'the BBC series "Kessel Close"'. The quotation, when
 * it is written as a title (`quotedTitleAt`), is one work, MISC, whatever the recogniser made of its
 * words (it took "Harbour" alone, or nothing, or the body "Golden Road Ltd" it knows elsewhere);
 * the names inside it are dropped. The noun must be tagged a noun there and be a work noun
 * (`isWorkNoun`) or a broadcast one after no verb lead ("to show …"). Titles found are added to
 * `works`, so that the same words elsewhere are the work too.
 */
function typeQuotedWorksAfterNouns(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
  works: Set<string>,
): NameMention[] {
  const titles: NameMention[] = [];
  for (let quote = text.indexOf(' '); quote !== -1; quote = text.indexOf(' ', quote + 1)) {
    const opening = text.charAt(quote + 1);
    // (not single marks: their closing one is the apostrophe of "Harry’s Game")
    if (opening !== '"' && opening !== '“') continue;
    const before = /(\p{Ll}+)$/u.exec(text.slice(Math.max(0, quote - 24), quote));
    if (before === null) continue;
    const wordStart = quote - (before[1] as string).length;
    if (wordStart > 0 && /[\p{L}'’-]/u.test(text.charAt(wordStart - 1))) continue;
    if (!isNounAt(segments, wordStart)) continue;
    const noun = lemmaOf(before[1] as string, 'noun');
    if (noun === null) continue;
    if (
      !isWorkNoun(noun) &&
      !(BROADCAST_WORK_NOUNS.has(noun) && followsNoVerbLead(text, segments, wordStart))
    )
      continue;
    const title = quotedTitleAt(text, quote + 2, opening);
    if (title === null) continue;
    titles.push({ start: quote + 2, end: title.end, type: 'MISC', subtype: WORK_SUBTYPE });
  }
  if (titles.length === 0) return names.slice();
  const output: NameMention[] = [];
  for (const name of names) {
    if (!titles.some((title) => name.start < title.end && title.start < name.end)) output.push(name);
  }
  for (const title of titles) {
    output.push(title);
    addWork(works, text.slice(title.start, title.end));
  }
  return output.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** How many work nouns ("film", "album", "show") make a text one about works. */
const WORK_TEXT_NOUNS = 3;

/** The text names works by their nouns at least `WORK_TEXT_NOUNS` times ("the film", "her album", "a TV series"). */
export function isWorkText(text: string, segments: Segments): boolean {
  let count = 0;
  for (const token of segments.tokens) {
    if (token.pos !== 'NOUN') continue;
    const lemma = lemmaOf(text.slice(token.start, token.end).toLowerCase(), 'noun');
    if (
      lemma !== null &&
      (isWorkNoun(lemma) || BROADCAST_WORK_NOUNS.has(lemma)) &&
      ++count >= WORK_TEXT_NOUNS
    )
      return true;
  }
  return false;
}

/**
 * In a text about films, books, songs or shows (`isWorkText`), an ORG or LOC name built like a title,
 * with a lower-case preposition and article inside ("Return of the Harbour", "Lord of the Glass"),
 * is a work's title, unless the lexicon knows it or its first word heads organisations or is a
 * plural ("Friends of the Marsh", "Society of the …", "Museum of the …" stay bodies).
 */
function typeTitlesInWorkTexts(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  let workText: boolean | undefined;
  return names.map((name) => {
    if (name.type !== 'ORG' && name.type !== 'LOC') return name;
    const surface = text.slice(name.start, name.end);
    if (!hasInnerFunctionWords(surface)) return name;
    if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) return name;
    const first = surface.split(' ')[0] as string;
    if (isOrganisationHead(first) || /s$/u.test(first)) return name;
    const lower = first.toLowerCase();
    const firstSense = synsetsOf(lemmaOf(lower, 'noun') ?? lower, 'noun')[0];
    if (firstSense !== undefined && lexicographerFileOf(firstSense, 'noun') === NOUN_GROUP) return name;
    workText ??= isWorkText(text, segments);
    return workText ? { start: name.start, end: name.end, type: 'MISC', subtype: WORK_SUBTYPE } : name;
  });
}

/**
 * Names the parse coordinates with a work are works too: "roles in Ferntop, Glass Harbour and
 * Kessel Close" (the first a work by its governor), "the star of Ferntop and Glass Harbour". Only
 * ORG and LOC names the lexicon does not know as a place or a body, and PERSON names whose first
 * word is no known given name ("Ferntop and Ann Hale's new film" keeps the person).
 */
function typeWorksCoordinated(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  const heads = names.map((name) => nameHead(tokens, name));
  const output = names.slice();
  for (let round = 0; round < 4; round += 1) {
    const workHeads = new Set<number>();
    output.forEach((name, index) => {
      if (name.subtype === WORK_SUBTYPE && (heads[index] as number) >= 0)
        workHeads.add(heads[index] as number);
    });
    let changed = false;
    output.forEach((name, index) => {
      const head = heads[index] as number;
      if (head < 0 || name.type === 'MISC') return;
      const token = tokens[head] as Token;
      const linked =
        (token.dep === 'conj' && workHeads.has(token.head)) ||
        [...workHeads].some(
          (work) => (tokens[work] as Token).dep === 'conj' && (tokens[work] as Token).head === head,
        );
      if (!linked || !mayBeCoordinatedWork(text, name)) return;
      // a possessive is the owner of a work, not one
      if (/^['’]/u.test(text.slice(name.end, name.end + 1))) return;
      output[index] = { start: name.start, end: name.end, type: 'MISC', subtype: WORK_SUBTYPE };
      changed = true;
    });
    if (!changed) break;
  }
  return output;
}

function mayBeCoordinatedWork(text: string, name: NameMention): boolean {
  const surface = text.slice(name.start, name.end);
  if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) return false;
  if (name.type === 'PERSON') return !isKnownHumanName(surface.split(' ')[0] as string);
  return name.type === 'ORG' || name.type === 'LOC';
}

/** Is the name's head the subject of a clause in the parse ("the film |Tom Lind| directed")? */
function isClauseSubject(segments: Segments, name: NameMention): boolean {
  const head = segments.tokens[nameHead(segments.tokens, name)];
  return head !== undefined && (head.dep === 'nsubj' || head.dep === 'nsubj:pass');
}

/**
 * Verbs whose object is a work: "the band released Elephunk", "she directed Vera Drake", "he wrote
 * The Lovely Bones", "they recorded Paper Lanterns". Verbs whose object may as well be a team or a
 * company ("watched", "produced", "covered") are not here.
 */
const WORK_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'release',
  're-release',
  'record',
  'direct',
  'co-direct',
  'write',
  'co-write',
  'screen',
  'air',
  'premiere',
  'stage',
  'sing',
]);

/**
 * Heads of a work named in a prepositional phrase, with the preposition: "he starred in Ferntop",
 * "she appeared in Kessel Close", "was cast in …"; nouns too: "his role in Ferntop", "a star of
 * Kessel Close", "the sequel to Ferntop", "a film version of Ferntop", "the premiere of Ferntop".
 */
const WORK_OBLIQUE_HEADS: ReadonlyMap<string, string> = new Map([
  ['star', 'in'],
  ['co-star', 'in'],
  ['appear', 'in'],
  ['cast', 'in'],
  ['role', 'in'],
  ['appearance', 'in'],
  ['cameo', 'in'],
  ['episode', 'of'],
  ['sequel', 'to'],
  ['remake', 'of'],
  // "a film version of Lovely Harbour" (a work noun before "version"), "the UK premiere of Ferntop"
  ['version', 'of'],
  ['adaptation', 'of'],
  ['premiere', 'of'],
  ['revival', 'of'],
  ['edition', 'of'],
]);

/**
 * A name the parse makes the object of a verb that takes a work ("released Elephunk") or the
 * object of the preposition after a verb or noun that names a work that way ("starred in Vera
 * Drake", "his role in Ferntop") is the work's title, MISC; a capitalised "The" right before it,
 * inside the sentence, is part of the title ("wrote The Lovely Bones"). Only ORG and LOC names the
 * lexicon does not know as a place or a body: "appeared in Vienna", "starred in a BBC show" stay.
 * `null` when the name is not so governed.
 */
function workByGovernor(text: string, segments: Segments, name: NameMention): NameMention | null {
  if (name.type !== 'ORG' && name.type !== 'LOC' && name.type !== 'PERSON') return null;
  const surface = text.slice(name.start, name.end);
  const person = name.type === 'PERSON';
  // "starred in Tom Lind's Ferntop": the owner of the work, not the work
  if (/^['’]/u.test(text.slice(name.end, name.end + 1))) return null;
  if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) return null;
  const tokens = segments.tokens;
  const first = tokenAt(tokens, name.start);
  let head = -1;
  for (let index = first; index < tokens.length && (tokens[index] as Token).start < name.end; index += 1) {
    const token = tokens[index] as Token;
    if (token.head < first || (tokens[token.head] as Token).start >= name.end) {
      if (head !== -1) return null;
      head = index;
    }
  }
  if (head === -1) return null;
  const token = tokens[head] as Token;
  const governor = tokens[token.head];
  if (governor === undefined) return null;
  const lemma = governor.lemma.toLowerCase();
  let matched = false;
  // a person directed or written about stays one, unless the name reads as a title ("Shaun of the Dead")
  if (token.dep === 'obj' && governor.pos === 'VERB')
    matched = WORK_OBJECT_VERBS.has(lemma) && (!person || hasInnerFunctionWords(surface));
  else if (token.dep === 'obl' || token.dep === 'nmod') {
    const preposition = WORK_OBLIQUE_HEADS.get(lemma);
    let caseWord: Token | undefined;
    for (let index = Math.max(0, first - 3); index < head && caseWord === undefined; index += 1) {
      const other = tokens[index] as Token;
      if (other.head === head && other.dep === 'case') caseWord = other;
    }
    matched =
      preposition !== undefined &&
      // "a coaching role in the States": after a noun, a name with a lower-case article is a place
      (governor.pos === 'VERB' || !/\bthe $/u.test(text.slice(Math.max(0, name.start - 4), name.start))) &&
      caseWord !== undefined &&
      text.slice(caseWord.start, caseWord.end).toLowerCase() === preposition &&
      // "the Chinese version of Google" is the firm's: only a work's version ("a film version of …")
      (lemma !== 'version' || hasWorkNounModifier(text, tokens, token.head));
  }
  if (!matched) return null;
  const article = / The $/u.exec(text.slice(Math.max(0, name.start - 5), name.start));
  const start =
    article !== null && !/[.!?:"“]\s*$/u.test(text.slice(Math.max(0, name.start - 8), name.start - 4))
      ? name.start - 4
      : name.start;
  return { start, end: name.end, type: 'MISC', subtype: WORK_SUBTYPE };
}

/** Does a noun before the token at `index` modify it and name a work ("film" of "a film version")? */
function hasWorkNounModifier(text: string, tokens: readonly Token[], index: number): boolean {
  for (let position = Math.max(0, index - 3); position < index; position += 1) {
    const token = tokens[position] as Token;
    if (token.head !== index || token.pos !== 'NOUN') continue;
    const noun = lemmaOf(text.slice(token.start, token.end).toLowerCase(), 'noun');
    if (noun !== null && (isWorkNoun(noun) || BROADCAST_WORK_NOUNS.has(noun))) return true;
  }
  return false;
}

/**
 * An apposition after a name whose head is a work noun: "Ferntop, the BBC drama, …", "Kessel Close,
 * a comedy about …", "Glass Harbour, her second novel." The head is the last word before the
 * apposition's end (punctuation, or a preposition, relative or verb that opens what follows).
 */
const WORK_APPOSITION =
  /^, (?:the|a|an|his|her|their|its) ((?:[\p{L}\p{N}'’-]+ ){0,3}(\p{Ll}+))(?=[,.;:)]| (?:about|starring|which|that|set|from|by|with|is|was|in|on|for|of|and)\b)/u;

/** True when an apposition right after the name says it is a work ("Ferntop, the BBC drama,"). */
function workNounAppositionAfter(text: string, segments: Segments, name: NameMention): boolean {
  const match = WORK_APPOSITION.exec(text.slice(name.end, name.end + 80));
  if (match === null) return false;
  // the words of the apposition are its noun phrase: "the BBC drama", not "the manager he plays"
  const phraseStart = name.end + match[0].length - (match[1] as string).length;
  const phraseEnd = name.end + match[0].length;
  const tokens = segments.tokens;
  for (let index = tokenAt(tokens, phraseStart); index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (token.start >= phraseEnd) break;
    const last = token.end >= phraseEnd;
    // a hyphenated modifier is one word, whatever its parts are tagged: "a wine-tasting comedy"
    const hyphened = text.charAt(token.end) === '-' || text.charAt(token.start - 1) === '-';
    if (
      last ? token.pos !== 'NOUN' : !hyphened && !['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT'].includes(token.pos)
    )
      return false;
  }
  const surface = text.slice(name.start, name.end);
  if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) return false;
  const noun = lemmaOf(match[2] as string, 'noun');
  if (noun === null) return false;
  return isWorkNoun(noun) || BROADCAST_WORK_NOUNS.has(noun);
}

/** ", starring Ann Hale": a cast named right after a title. */
const STARRING_AFTER = /^,? (?:starring|co-starring) \p{Lu}/u;

/** Participles whose clause, attached to a name, says the name is a film or a show: "Ferntop, starring …". */
const WORK_PARTICIPLES: ReadonlySet<string> = new Set(['star', 'co-star']);

/**
 * A name followed by its cast ("Ferntop, starring Ann Hale as a nurse, took $9m"; not after "by":
 * "a film by Tom Lind, starring …" names the director), or given by the parse a dependent that only a
 * work has: a participle clause of starring, or an apposition headed by a work noun,
 * whatever its determiner ("Ferntop, author Tom Lind's first book, …"; `isWorkNoun`,
 * `isBroadcastWorkNoun`). Not for a name the lexicon knows as a place or body, nor for a PERSON
 * whose first word is a known given name ("a film by Tom Lind, starring Ann Hale": the parse may
 * hang the participle on the director).
 */
function workByDependents(text: string, segments: Segments, name: NameMention): boolean {
  if (name.type !== 'ORG' && name.type !== 'LOC' && name.type !== 'PERSON') return false;
  const surface = text.slice(name.start, name.end);
  if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) return false;
  if (name.type === 'PERSON' && isKnownHumanName(surface.split(' ')[0] as string)) return false;
  const tokens = segments.tokens;
  // the cast right after the title: the words say it where the parse often does not
  if (
    STARRING_AFTER.test(text.slice(name.end, name.end + 16)) &&
    !/\b(?:by|from|with)\s+$/iu.test(text.slice(Math.max(0, name.start - 6), name.start))
  )
    return true;
  const head = nameHead(tokens, name);
  if (head < 0) return false;
  for (let position = head + 1; position < tokens.length && position < head + 40; position += 1) {
    const token = tokens[position] as Token;
    if (token.head !== head) continue;
    const lemma = token.lemma.toLowerCase();
    if (
      (token.dep === 'acl' || token.dep === 'acl:relcl') &&
      token.pos === 'VERB' &&
      WORK_PARTICIPLES.has(lemma) &&
      /ing$/u.test(text.slice(token.start, token.end))
    )
      return true;
    if (token.dep === 'appos' && token.pos === 'NOUN') {
      const noun = lemmaOf(text.slice(token.start, token.end).toLowerCase(), 'noun');
      if (noun !== null && (isWorkNoun(noun) || BROADCAST_WORK_NOUNS.has(noun))) return true;
    }
  }
  return false;
}

/** "Shaun of the Dead", "Lost in the Dark": an article after a lower-case preposition inside a name. */
const INNER_FUNCTION_WORDS = / (?:of|in|on|at|for|from|with|to|by|under|over) (?:the|a|an) /u;

/** True when a name has a lower-case preposition and article inside it, as titles do and people's names do not. */
export function hasInnerFunctionWords(surface: string): boolean {
  return INNER_FUNCTION_WORDS.test(surface);
}

/** A work's title, unless the lexicon knows the words as a place or an organisation ("the film Chicago"). */
function addWork(works: Set<string>, surface: string): void {
  if (lookupPlace(surface) === undefined && organisation(surface) === undefined) works.add(surface);
}

/**
 * A work named after its noun is the work where the same name stands alone elsewhere in the text:
 * "his cartoon book Flanimals … the film rights to Flanimals" (the second typed ORG, so two
 * entities). Names the step typed MISC pass their type to the other ORG and LOC mentions of
 * exactly the same words (already MISC after the noun or typed so here; a place the recogniser
 * gave a subtype too), unless the lexicon knows
 * those words as a place or an organisation ("the film Chicago" leaves the city). People keep
 * their type.
 */
function typeWorksNamedAgain(
  text: string,
  output: readonly NameMention[],
  works: ReadonlySet<string>,
): NameMention[] {
  if (works.size === 0) return output.slice();
  return output.map((name) =>
    (name.type === 'ORG' || name.type === 'LOC') &&
    // the recogniser's own place subtype is no evidence; the lexicon's places are kept by `addWork`
    (name.subtype === undefined ||
      (name.type === 'LOC' && lookupPlace(text.slice(name.start, name.end)) === undefined)) &&
    works.has(text.slice(name.start, name.end))
      ? { start: name.start, end: name.end, type: 'MISC', subtype: WORK_SUBTYPE }
      : name,
  );
}

/**
 * Once every step has run: a title the steps above made a work is the work where the same words
 * stand again as an ORG or LOC name that a later step built ('her film "Silent Harbour" … praised
 * Silent Harbour': the recogniser took "Harbour" alone there and a place step grew it). The same
 * guards as `typeWorksNamedAgain`: no name the lexicon knows as a place or a body.
 */
export function typeWorksNamedAgainAtEnd(text: string, names: readonly NameMention[]): NameMention[] {
  const works = new Set<string>();
  for (const name of names)
    if (name.subtype === WORK_SUBTYPE) addWork(works, text.slice(name.start, name.end));
  return typeWorksNamedAgain(text, names, works);
}
