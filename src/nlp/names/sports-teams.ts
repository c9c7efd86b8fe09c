import type { Segments, Token } from '../../model/index.js';
import type { NameMention } from './name-mention.js';
import { nameHead, sentenceHolding, tokenAt } from './token-index.js';
import { isFirstName } from '../coref/first-name-gender.js';
import { isAdjectivalName } from '../coref/lexicon.js';
import { hasHypernymWord, lookupPlace, organisation, type HypernymWalk } from '../lexicon/index.js';
import {
  lemmaOf,
  lexicographerFileOf,
  NOUN_ACT,
  NOUN_EVENT,
  NOUN_LOCATION,
  NOUN_PERSON,
  synsetsOf,
  VERB_COMMUNICATION,
  VERB_COMPETITION,
} from '../events/wordnet.js';

/** noun.location and noun.object ("island", "spring", "mountain"). */
const PLACE_FILES: ReadonlySet<number> = new Set([NOUN_LOCATION, 17]);

function singular(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
}

/** A capitalised plural word: "Sharks", "Roughriders", "Boks" (not "Express", "Athletics"-like "-ss"/"-us"/"-is"). */
const PLURAL_WORD = /^\p{Lu}[\p{Ll}’'-]*[^sui’']s$/u;
/** A place written with initials: "N.Y.", "B.C.", "L.A.". */
const PLACE_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * Sports teams are organisations, whatever the recogniser says: "Nashville Predators" (a place, then a
 * capitalised plural) is a team, not a person or a place; so is "Predators" alone when the text names
 * the team in full; and "the Boks", a capitalised plural after "the" that is neither a known place nor
 * a WordNet place name ("the Alps", "the Netherlands"), is a team or a group, not a place.
 * Returns the names with those types changed to ORG.
 */
export function typeSportsTeams(text: string, names: readonly NameMention[]): NameMention[] {
  let tails: Set<string> | undefined;
  for (const name of names) {
    const words = text.slice(name.start, name.end).replace(/^the /iu, '').split(' ');
    if (!isTeamName(words, name.type !== 'PERSON')) continue;
    tails ??= new Set();
    for (let from = 1; from < words.length; from += 1) tails.add(words.slice(from).join(' '));
  }
  let plurals: Set<string> | undefined;
  const typed = names.map((name) => {
    if (name.type === 'ORG' || name.type === 'MISC') return name;
    const surface = text.slice(name.start, name.end);
    const bare = surface.replace(/^the /iu, '');
    const words = bare.split(' ');
    if (isTeamName(words, name.type !== 'PERSON') || (tails?.has(bare) ?? false))
      return { start: name.start, end: name.end, type: 'ORG' as const };
    if (
      name.type === 'LOC' &&
      words.length === 1 &&
      PLURAL_WORD.test(bare) &&
      /^the $/iu.test(text.slice(Math.max(0, name.start - 4), name.start)) &&
      lookupPlace(bare) === undefined &&
      !isWordNetPlace(bare)
    ) {
      (plurals ??= new Set()).add(bare);
      return { start: name.start, end: name.end, type: 'ORG' as const };
    }
    return name;
  });
  if (plurals === undefined) return typed;
  // "a Glak player" beside "the Glaks": the singular of such a team is the team too.
  const found = plurals;
  return typed.map((name) =>
    name.type === 'LOC' && found.has(`${text.slice(name.start, name.end)}s`)
      ? { start: name.start, end: name.end, type: 'ORG' }
      : name,
  );
}

/** "Nashville Predators", "N.Y. Giants", "San Jose Sharks": a place (or place initials) and a plural. */
export function isTeamName(words: readonly string[], placeMayBeGivenName: boolean): boolean {
  if (words.length < 2 || words.length > 5) return false;
  const last = words[words.length - 1] as string;
  // Most names do not end in a capitalised plural: answered before any lookup.
  if (!PLURAL_WORD.test(last)) return false;
  if (!PLURAL_WORD.test(last) || lookupPlace(words.join(' ')) !== undefined) return false;
  // "Cayman Islands", "Colorado Springs", "Golan Heights": a place word, not a team's name.
  const firstSense = synsetsOf(singular(last), 'noun')[0];
  if (firstSense !== undefined && PLACE_FILES.has(lexicographerFileOf(firstSense, 'noun'))) return false;
  for (let end = words.length - 1; end >= 1; end -= 1) {
    const place = words.slice(0, end).join(' ');
    if (end === 1 && PLACE_INITIALS.test(place)) return true;
    if (lookupPlace(place) === undefined) continue;
    // "Paul Richards", "Austin Roberts": a given name that is also a place, and a surname in -s.
    if (end === 1 && !placeMayBeGivenName && isFirstName(place)) return false;
    return words.slice(end).every((word) => /^\p{Lu}/u.test(word));
  }
  return false;
}

function isWordNetPlace(word: string): boolean {
  const lower = word.toLowerCase();
  for (const lemma of [lower, lower.slice(0, -1)])
    for (const offset of synsetsOf(lemma, 'noun'))
      if (PLACE_FILES.has(lexicographerFileOf(offset, 'noun'))) return true;
  return false;
}

/** A score in a results sentence: "4-2", "101-95", "3–1". */
const SCORE = /(?<![\d.,])\d{1,3}[-–]\d{1,3}(?![\d-]|[.,]\d)/u;
/** The arguments of a results verb that name a side: its subject, its object, "lost to Chicago". */
const SIDE_RELATIONS: ReadonlySet<string> = new Set(['nsubj', 'obj', 'obl', 'conj']);

/** Prepositions that introduce the other side: "lost to", "won against", "drew with", "beaten by". */
const SIDE_CASES: ReadonlySet<string> = new Set(['to', 'against', 'over', 'with', 'by']);

function hasSideCase(tokens: readonly Token[], text: string, head: number): boolean {
  for (let position = Math.max(0, head - 6); position < head; position += 1) {
    const token = tokens[position] as Token;
    if (token.head === head && token.dep === 'case')
      return SIDE_CASES.has(text.slice(token.start, token.end).toLowerCase());
  }
  return false;
}

const competitionMemo = new Map<string, boolean>();

/** Synsets (by one of their words) of games and what is scored in them: contests, sports, scores. */
const GAME_SYNSET_WORDS: ReadonlySet<string> = new Set(['contest', 'sport', 'score']);
/** Five levels, through acts and events only (not the number sense of "score"). */
const GAME_WALK: HypernymWalk = {
  levels: 5,
  through: (entry) => entry.lexicographerFile === NOUN_ACT || entry.lexicographerFile === NOUN_EVENT,
};
const gameMemo = new Map<string, boolean>();

/**
 * True when a noun lemma names a game or what is scored in one: one of its WordNet senses is an act
 * or an event that lies (within five hypernym steps, through acts and events only) under a contest,
 * a sport or a score ("game", "match", "final", "tournament", "touchdown", "goal"). "Election",
 * "battle" and "case" are not; nor is the number sense of "score".
 */
export function isGameNoun(lemma: string): boolean {
  let known = gameMemo.get(lemma);
  if (known !== undefined) return known;
  known = synsetsOf(lemma, 'noun').some((sense) =>
    hasHypernymWord(sense, 'noun', GAME_WALK, GAME_SYNSET_WORDS),
  );
  if (gameMemo.size > 10_000) gameMemo.clear();
  gameMemo.set(lemma, known);
  return known;
}

/** Does the sentence hold a noun for a game ("the game", "a touchdown", "the final")? */
function hasGameNoun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position += 1) {
    const token = tokens[position] as Token;
    // "won the final": the noun may be tagged an adjective, its relation says it is a noun
    const nominal =
      token.pos === 'NOUN' || (token.pos === 'ADJ' && /^(?:obj|nsubj|obl|nmod)/u.test(token.dep));
    if (nominal && isGameNoun(token.lemma.toLowerCase())) return true;
  }
  return false;
}

/**
 * A sports text: two sentences or more that name a game ("the game", "the final", "a goal").
 * Its places that are sides of a competition verb are teams without a score in their sentence.
 */
export function isSportsText(segments: Segments): boolean {
  const known = sportsTexts.get(segments);
  if (known !== undefined) return known;
  let count = 0;
  let found = false;
  for (const sentence of segments.sentences)
    if (hasGameNoun(segments.tokens, sentence.firstToken, sentence.endToken) && ++count >= 2) {
      found = true;
      break;
    }
  sportsTexts.set(segments, found);
  return found;
}

/** `isSportsText` of each text's segments, asked again by several steps of the names' refinement. */
const sportsTexts = new WeakMap<Segments, boolean>();

function isCompetitionVerb(lemma: string): boolean {
  let known = competitionMemo.get(lemma);
  if (known === undefined) {
    known = synsetsOf(lemma, 'verb').some(
      (offset) => lexicographerFileOf(offset, 'verb') === VERB_COMPETITION,
    );
    if (competitionMemo.size > 10_000) competitionMemo.clear();
    competitionMemo.set(lemma, known);
  }
  return known;
}

/**
 * A verb with a WordNet verb.competition sense heading a clause: "beat", and a gerund the tagger
 * read as a noun but the parse heads a clause with ("…, beating Oregon, 62-54"); the word's WordNet
 * lemma stands in when the parser's lemma is wrong.
 */
function isCompetitionClause(text: string, verb: Token): boolean {
  const word = text.slice(verb.start, verb.end).toLowerCase();
  if (verb.pos !== 'VERB') {
    if (verb.pos !== 'NOUN' || !word.endsWith('ing') || !/^(?:advcl|acl|xcomp|ccomp|conj)$/u.test(verb.dep))
      return false;
  } else if (isCompetitionVerb(verb.lemma)) return true;
  // WordNet's own lemma when the parser's is none ("defeating" → "defeate").
  const lemma = lemmaOf(word, 'verb');
  return lemma !== null && isCompetitionVerb(lemma);
}

/** The verb's first or second WordNet sense is a competition ("lose": to lose a game, second). */
function isFirstSenseCompetition(text: string, verb: Token): boolean {
  const lemma =
    verb.pos === 'VERB' ? verb.lemma : lemmaOf(text.slice(verb.start, verb.end).toLowerCase(), 'verb');
  if (lemma === null) return false;
  return synsetsOf(lemma, 'verb')
    .slice(0, 2)
    .some((offset) => lexicographerFileOf(offset, 'verb') === VERB_COMPETITION);
}

/**
 * A one-word PERSON name is read as a city (`typeCityTeamsInResults`) when the lexicon knows it as a
 * city, it is not in a headline's capitals ("MITCHELL DEFEATS BAILEY"), and the text names an
 * organisation after it ("Denver Nuggets"): many cities are given names or surnames too ("Austin
 * beat Lind 6-3", "Houston"), and only a team of that city says which.
 */
function isCityReadAsPerson(
  text: string,
  names: readonly NameMention[],
  surface: string,
  place: ReturnType<typeof lookupPlace>,
): boolean {
  if (place === undefined || surface.includes(' ') || surface === surface.toUpperCase()) return false;
  const prefix = `${surface} `;
  return names.some((other) => other.type === 'ORG' && text.startsWith(prefix, other.start));
}

/**
 * Cities named as the sides of a game are teams: in "Boston beat New York 4-2" and "Denver lost to
 * Chicago 101-95" the places were typed LOC (or PERSON: a one-word city the recogniser took for a
 * person is read as the place, `isCityReadAsPerson`, so that the side is not joined to the
 * dateline's city). A place (not a country: national sides keep the
 * country's type, as CoNLL-2003 marks them) that is the subject, object or oblique of a verb with a
 * WordNet verb.competition sense ("beat", "defeat", "lose", "edge"), in a sentence that gives a
 * score, becomes ORG. Without a score, a known place (not "Beatle" typed LOC) that is a side of a
 * verb whose first or second sense is a competition ("beat", "score", "lose", "draft"; not "go" nor
 * "take") is a team too in a sentence with a noun for a game ("Oregon lost the game to Utah",
 * `isGameNoun`) or anywhere in a sports text (`sportsText`, `isSportsText`: "Oregon scored twice in
 * the fourth quarter"). Decided on the parse: "Fans in Boston watched the 4-2 win" keeps Boston.
 * `scoreless`: the caller knows the article is a sports report, and any side of any competition
 * verb is a team.
 */
export function typeCityTeamsInResults(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
  scoreless = false,
  sportsText = false,
): NameMention[] {
  const { tokens } = segments;
  let output: NameMention[] | null = null;
  names.forEach((name, index) => {
    if (name.type !== 'LOC' && name.type !== 'PERSON') return;
    const surface = text.slice(name.start, name.end);
    const place = lookupPlace(surface);
    // a known city the recogniser took for a person ("as Denver beat Utah 102-99") is read as one
    // when the text names a team after it (`isCityReadAsPerson`)
    if (name.type === 'PERSON' && !isCityReadAsPerson(text, names, surface, place)) return;
    if (place?.kinds.includes('country') ?? false) return;
    // the name's head: its token whose head lies outside it
    const first = tokenAt(tokens, name.start);
    let head = -1;
    for (let position = first; position < tokens.length; position += 1) {
      const token = tokens[position] as Token;
      if (token.start >= name.end) break;
      const governor = tokens[token.head];
      if (
        token.head < 0 ||
        governor === undefined ||
        governor.start < name.start ||
        governor.start >= name.end
      )
        head = position;
    }
    const token = tokens[head];
    if (token === undefined) return;
    let relation = token.dep.split(':')[0] as string;
    let verb = tokens[token.head];
    // "Boston and Denver beat …": the second side of a coordination takes the first's relation
    if (relation === 'conj' && verb !== undefined) {
      relation = verb.dep.split(':')[0] as string;
      verb = tokens[verb.head];
    }
    // "lost the game to Utah": the side attached to the game noun takes the game's relation
    if (
      relation === 'nmod' &&
      verb !== undefined &&
      (verb.dep === 'obj' || verb.dep === 'nsubj') &&
      isGameNoun(verb.lemma.toLowerCase()) &&
      hasSideCase(tokens, text, head)
    ) {
      relation = 'obl';
      verb = tokens[verb.head];
    }
    // "beat Denver 4-2" is sometimes parsed with the side attached to the score
    if (
      relation === 'nmod' &&
      verb !== undefined &&
      verb.pos === 'NUM' &&
      SCORE.test(text.slice(verb.start, verb.end))
    ) {
      relation = 'obj';
      verb = tokens[verb.head];
    }
    // "as Connecticut beat …" misparsed ("Connecticut" a modifier): a finite-looking verb (no
    // gerund) right after the name makes it the subject
    const after = tokens[head + 1];
    if (
      !SIDE_RELATIONS.has(relation) &&
      after !== undefined &&
      after.pos === 'VERB' &&
      text.slice(name.end, after.start) === ' ' &&
      !/ing$/iu.test(text.slice(after.start, after.end))
    ) {
      relation = 'nsubj';
      verb = after;
    }
    if (verb === undefined || !SIDE_RELATIONS.has(relation) || relation === 'conj') return;
    // "At Sunrise, Fla., Lind scored": the state after a place is no side
    const previous = names[index - 1];
    if (scoreless && previous?.type === 'LOC' && /^,\s*$/u.test(text.slice(previous.end, name.start))) return;
    // "Denver, CO (Sports Network) - Lind scored": a dateline the parse made the subject
    if (isDateline(text, name)) return;
    if (!isCompetitionClause(text, verb)) return;
    // "lost to Chicago", "won against Denver"; not "beat them in Chicago"
    if (relation === 'obl' && !hasSideCase(tokens, text, head)) return;
    const sentence = sentenceHolding(segments.sentences, name.start, name.end);
    if (sentence === undefined) return;
    if (
      !scoreless &&
      !SCORE.test(text.slice(sentence.start, sentence.end)) &&
      !(
        place !== undefined &&
        isFirstSenseCompetition(text, verb) &&
        (sportsText || hasGameNoun(tokens, sentence.firstToken, sentence.endToken))
      )
    )
      return;
    output ??= names.slice();
    output[index] = { start: name.start, end: name.end, type: 'ORG' };
  });
  return output ?? names.slice();
}

/**
 * The short form of a place-led organisation's name is that organisation: "the Miami Heat" …
 * "the Heat" was typed MISC, and a separate entity. A one-word name, not a person's, that is the
 * last word of an ORG name of two or three words opening with a known place ("Miami Heat", "Leeds
 * Rhinos", "Kessel Wanderers"), and that is no known place itself, becomes ORG: typed MISC or LOC by
 * the recogniser ("stayed at Wanderers"), or typed a nationality where the parse makes it a noun,
 * not a modifier ("London Irish … Irish replied with a penalty"; "the Irish fans" stays, and so does
 * every nationality when no parse is given).
 */
export function typeShortTeamNames(
  text: string,
  names: readonly NameMention[],
  segments?: Segments,
): NameMention[] {
  let tails: Set<string> | undefined;
  for (const name of names) {
    if (name.type !== 'ORG') continue;
    const words = text.slice(name.start, name.end).replace(/^the /iu, '').split(' ');
    if (words.length < 2 || words.length > 3) continue;
    const last = words[words.length - 1] as string;
    if (!/^\p{Lu}\p{Ll}+$/u.test(last) || lookupPlace(words.slice(0, -1).join(' ')) === undefined) continue;
    if (lookupPlace(last) !== undefined) continue;
    (tails ??= new Set()).add(last);
  }
  const found = tails;
  if (found === undefined) return names.slice();
  const typed = names.map((name) =>
    found.has(text.slice(name.start, name.end)) &&
    ((name.type === 'MISC' && name.subtype === undefined) ||
      name.type === 'LOC' ||
      (name.subtype === 'NORP' && segments !== undefined && isNounAt(segments, name)))
      ? { start: name.start, end: name.end, type: 'ORG' as const }
      : name,
  );
  return withShortTeamRepeats(text, typed, found);
}

/**
 * "the New Orleans Saints" … "The Saints placed him on injured reserve": a team's short name that is
 * the capitalised plural of a WordNet noun ("Saints", "Chiefs") is also a common noun, and the recogniser leaves some of
 * its repeats untagged. Every other occurrence of it, as written, that no name covers is the team
 * too (an ORG mention), unless the text uses the word for a person ("Gales said", "Tom Gales").
 */
function withShortTeamRepeats(
  text: string,
  names: readonly NameMention[],
  tails: ReadonlySet<string>,
): NameMention[] {
  let added: NameMention[] | undefined;
  for (const tail of tails) {
    // the plural of a WordNet noun ("Saints", "Colts"), not a singular in -s ("Economics")
    const lower = tail.toLowerCase();
    if (
      !PLURAL_WORD.test(tail) ||
      lemmaOf(lower, 'noun') === lower ||
      synsetsOf(singular(lower), 'noun').length === 0
    )
      continue;
    const ofPerson = names.some((name) => {
      if (name.type !== 'PERSON') return false;
      const surface = text.slice(name.start, name.end);
      return surface === tail || surface.endsWith(` ${tail}`) || surface.startsWith(`${tail} `);
    });
    if (ofPerson) continue;
    for (const match of text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}'’.-])${tail}(?![\\p{L}\\p{N}-])`, 'gu'),
    )) {
      const start = match.index;
      const end = start + tail.length;
      if (names.some((name) => name.start < end && name.end > start)) continue;
      (added ??= []).push({ start, end, type: 'ORG' });
    }
  }
  if (added === undefined) return names.slice();
  return [...names, ...added].sort((a, b) => a.start - b.start);
}

/** The one-word name is no modifier of a noun where it stands: "Irish replied", "from Irish", not "the Irish fans". */
function isNounAt(segments: Segments, name: NameMention): boolean {
  const token = segments.tokens[tokenAt(segments.tokens, name.start)];
  if (token === undefined || token.start !== name.start || token.end !== name.end) return false;
  const head = segments.tokens[token.head];
  // "Irish replied" is parsed an adjective of the verb: only a modifier of a noun is one
  return !(
    (token.dep === 'amod' || token.dep === 'compound') &&
    head !== undefined &&
    (head.pos === 'NOUN' || head.pos === 'PROPN')
  );
}

/** Words before a place that keep it the place: "in Ottawa", "At Edmonton, …", "near Denver". */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|inside|around|across|throughout)\s+(?:the\s+)?$/iu;
/** A capitalised plural word right after a place: "Ottawa| Senators|". */
const NEXT_PLURAL = /^ (\p{Lu}[\p{Ll}’'-]*[^sui’']s)\b/u;

/** Between a city and a player's name: "'s", a possessive apostrophe, a lowercase role ("star", "guard"). */
const PLAYER_BETWEEN = /^(?:['’]s?)?(?: \p{Ll}+){0,2} $/u;
/** A result noun and the preposition of its other side, right before a city: "loss to", "win over", "rout of". */
const RESULT_BEFORE =
  /\b(?:(?:win|wins|victory|victories|loss|losses|defeat|defeats|setback|rout|triumph|upset|decision)\s+(?:over|to|against)|(?:rout|drubbing|thrashing)\s+of)\s+(?:visiting\s+|host\s+)?$/iu;

function isCity(surface: string): boolean {
  const place = lookupPlace(surface);
  return place !== undefined && !place.kinds.includes('country');
}

/**
 * Sports reports name a team by its city: "saves for Ottawa", "Columbus is a good team", "Columbus'
 * goalie", "Charlotte won its third straight". In an article that is a sports report (a score and a
 * team named in full, "the Columbus Blue Jackets"): a city followed by a capitalised plural no name
 * covers ("the Ottawa Senators") is the team's full name; a city that begins a team's name in the
 * article is that team (ORG) wherever no locative ("in", "at") precedes it and no place follows after
 * a comma ("St. Louis, Mo.", the dateline and the venue stay LOC); and a city that is a side of a
 * verb.competition verb is a team without a score in its own sentence.
 */
export function typeCityTeamsInSportsReports(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  if (!SCORE.test(text)) return names.slice();
  // "the Ottawa Senators" with "Senators" left out of the name: joined, when no other name follows
  let joined: NameMention[] | null = null;
  names.forEach((name, index) => {
    if (name.type !== 'LOC') return;
    const match = NEXT_PLURAL.exec(text.slice(name.end, name.end + 40));
    if (match === null) return;
    const end = name.end + match[0].length;
    const next = names[index + 1];
    if (next !== undefined && next.start < end) return;
    const surface = text.slice(name.start, name.end);
    if (!isCity(surface) || !isTeamName([...surface.split(' '), match[1] as string], true)) return;
    joined ??= names.slice();
    joined[index] = { start: name.start, end, type: 'ORG' };
  });
  const current: readonly NameMention[] = joined ?? names;
  const teamPlaces = new Set<string>();
  for (const name of current) {
    if (name.type !== 'ORG') continue;
    const words = text.slice(name.start, name.end).replace(/^the /iu, '').split(' ');
    if (!isTeamName(words, true)) continue;
    for (let end = words.length - 1; end >= 1; end -= 1) {
      const place = words.slice(0, end).join(' ');
      if (isCity(place)) teamPlaces.add(place);
    }
  }
  if (teamPlaces.size === 0) return current.slice();
  const typed = current.map((name, index) => {
    if (name.type !== 'LOC') return name;
    const surface = text.slice(name.start, name.end);
    if (!isCity(surface)) return name;
    if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, name.start - 16), name.start))) return name;
    const next = current[index + 1];
    if (next !== undefined && next.type === 'LOC' && /^,\s*$/u.test(text.slice(name.end, next.start)))
      return name;
    const team =
      teamPlaces.has(surface) ||
      // "Chicago star Lind", "Denver's Lind", "Denver guard Ada Lind": the city's player
      (next?.type === 'PERSON' && PLAYER_BETWEEN.test(text.slice(name.end, next.start))) ||
      // "a loss to Denver", "the win over Tulsa"
      RESULT_BEFORE.test(text.slice(Math.max(0, name.start - 40), name.start));
    return team ? { start: name.start, end: name.end, type: 'ORG' as const } : name;
  });
  // "Carolina and Atlanta": a city beside a city team is a team
  const coordinated = typed.map((name, index) => {
    if (name.type !== 'LOC' || !isCity(text.slice(name.start, name.end))) return name;
    for (const other of [typed[index - 1], typed[index + 1]]) {
      if (other === undefined || other.type !== 'ORG' || !isCity(text.slice(other.start, other.end)))
        continue;
      const between =
        other.end <= name.start ? text.slice(other.end, name.start) : text.slice(name.end, other.start);
      if (/^(?:,? and|,? or|,) $/u.test(between))
        return { start: name.start, end: name.end, type: 'ORG' as const };
    }
    return name;
  });
  return typeCityTeamsInResults(text, segments, coordinated, true);
}

/** Synsets (by one of their words) of the sides and people of sport: a team, a club, an athlete. */
const SPORT_SIDE_WORDS: ReadonlySet<string> = new Set(['team', 'club', 'athlete', 'sport']);
const sportSideMemo = new Map<string, boolean>();

/**
 * Is the noun lemma first a team, a club, an athlete or a sport in WordNet ("squad", "striker",
 * "football"), or a game (`isGameNoun` on the first sense only: "match", not "break")?
 */
function isSportSideNoun(lemma: string): boolean {
  let known = sportSideMemo.get(lemma);
  if (known !== undefined) return known;
  const first = synsetsOf(lemma, 'noun')[0];
  known =
    first !== undefined &&
    (hasHypernymWord(first, 'noun', { levels: 5 }, SPORT_SIDE_WORDS) ||
      hasHypernymWord(first, 'noun', GAME_WALK, GAME_SYNSET_WORDS));
  if (sportSideMemo.size > 10_000) sportSideMemo.clear();
  sportSideMemo.set(lemma, known);
  return known;
}

/**
 * Outside sport, a town is a place: "rotated between Blackpool, Bournemouth and Brighton", "a Los
 * Angeles court" were typed ORG, as the towns' football clubs would be. In a text with no score, no noun for
 * a game and none for a team, a club, an athlete or a sport ("match", "squad", "striker", "football",
 * by their first WordNet sense: `isSportSideNoun`), an ORG name the place lexicon knows as a city (not a country:
 * those are typed elsewhere), that it does not know as an organisation and that no capitalised word
 * follows ("Brighton Council" is cut elsewhere), and that is no side of a verb whose first or second
 * sense is a competition ("Leeds lost again"), becomes LOC/GPE.
 */
/**
 * Whether a mention of `surface` is the subject of a verb whose first WordNet sense is one of
 * telling ("Halifax said"), or is coordinated with a name typed ORG that is no town ("Nationwide
 * and Halifax").
 */
function actsAsOrganisation(
  text: string,
  tokens: readonly Token[],
  names: readonly NameMention[],
  surface: string,
): boolean {
  const organisationAt = (position: number): boolean => {
    const token = tokens[position];
    if (token === undefined) return false;
    const other = names.find((name) => name.start <= token.start && token.end <= name.end);
    return (
      other !== undefined &&
      other.type === 'ORG' &&
      text.slice(other.start, other.end) !== surface &&
      !lookupPlace(text.slice(other.start, other.end))?.kinds.includes('city')
    );
  };
  for (const name of names) {
    if (text.slice(name.start, name.end) !== surface) continue;
    const position = nameHead(tokens, name);
    const head = tokens[position];
    if (head === undefined) continue;
    const governor = tokens[head.head];
    if (head.dep === 'nsubj' && governor !== undefined && governor.pos === 'VERB') {
      const sense = synsetsOf(governor.lemma.toLowerCase(), 'verb')[0];
      if (sense !== undefined && lexicographerFileOf(sense, 'verb') === VERB_COMMUNICATION) return true;
    }
    if (head.dep === 'conj' && organisationAt(head.head)) return true;
    if (tokens.some((token, at) => token.head === position && token.dep === 'conj' && organisationAt(at)))
      return true;
  }
  return false;
}

export function typeTownsOutsideSport(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  if (!names.some((name) => name.type === 'ORG') || SCORE.test(text)) return names.slice();
  const { tokens } = segments;
  for (const token of tokens) {
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ') continue;
    const lemma = token.lemma.toLowerCase();
    if (token.pos === 'NOUN' && isSportSideNoun(lemma)) return names.slice();
  }
  return names.map((name) => {
    if (name.type !== 'ORG') return name;
    const surface = text.slice(name.start, name.end);
    const place = lookupPlace(surface);
    if (place === undefined || !place.kinds.includes('city') || place.kinds.includes('country')) return name;
    if (organisation(surface) !== undefined || /^\s\p{Lu}/u.test(text.slice(name.end, name.end + 2)))
      return name;
    // "Halifax said prices rose", "surveys from Nationwide and Halifax": a town's name that speaks
    // or stands beside an organisation's is the organisation (a bank, a label)
    if (actsAsOrganisation(text, tokens, names, surface)) return name;
    // "Newcastle lost again": a side of a verb whose first or second sense is a competition
    const head = tokens[nameHead(tokens, name)];
    const verb = head === undefined ? undefined : tokens[head.head];
    if (
      head !== undefined &&
      verb !== undefined &&
      SIDE_RELATIONS.has(head.dep) &&
      isFirstSenseCompetition(text, verb)
    )
      return name;
    return { start: name.start, end: name.end, type: 'LOC', subtype: 'GPE' };
  });
}

/**
 * Words before a city that keep it the place in a sports text: "in Leeds", "near Chester" (not "at",
 * "to" or "from": "a win at Norwich", "moved to Leeds" are the club's).
 */
const IN_PLACE_BEFORE =
  /\b(?:in|near|outside|inside|around|across|throughout|born|city of|town of)\s+(?:the\s+)?$/iu;
/** A result noun and "at" right before a city: "win at", "defeat at", "a point at". */
const RESULT_AT_BEFORE =
  /\b(?:win|wins|victory|victories|defeat|defeats|draw|draws|loss|losses|point|points)\s+at\s+$/iu;
/** "v" or "vs" between the sides of a fixture, followed or preceded by a capitalised name. */
const FIXTURE_AFTER = /^ vs?\.? \p{Lu}/u;
const FIXTURE_BEFORE = /\p{L} vs?\.? $/u;
/** Synsets (by one of their words) of the people of a side: a player, a trainer ("striker", "coach", "manager"). */
const SPORT_ROLE_WORDS: ReadonlySet<string> = new Set(['athlete', 'contestant', 'trainer']);
const sportRoleMemo = new Map<string, boolean>();
/**
 * Positions on a football or rugby side that WordNet lacks as players, or has only as a late sense
 * ("prop", "lock": a support and a fastener; "hooker" fifth; "midfielder", "fly-half", "scrum-half",
 * "full-back", "defender", "keeper" as a player: not at all). A closed class of the games' own words.
 */
const SIDE_POSITIONS: ReadonlySet<string> = new Set([
  'prop',
  'lock',
  'hooker',
  'fly-half',
  'scrum-half',
  'full-back',
  'midfielder',
  'defender',
  'keeper',
  'wing',
]);
/**
 * A transfer word and "from" or "to" right before a name, in its clause: "joined from", "signed
 * Ann Reed from", "a move to", "interest from", "a loan switch to" (not "moved to": a person may
 * move house).
 */
const JOINED_FROM_BEFORE = /\b(?:join(?:s|ed|ing)?|sign(?:s|ed|ing)?)\b[^.;:!?"“”()\n]{0,40}?\bfrom\s+$/iu;
const TRANSFER_BEFORE =
  /\b(?:join(?:s|ed|ing)?|sign(?:s|ed|ing)?|move|switch|transfer(?:s|red|ring)?|loan(?:s|ed)?|interest|bids?)\b[^.;:!?"“”()\n]{0,40}?\b(?:from|to)\s+$/iu;

/**
 * Is the noun lemma, by its first or second WordNet sense, a player or a trainer of a side
 * ("striker", "goalkeeper", "winger", "coach", "manager": someone in charge of training a team)?
 * "Mayor", "lawyer" and "chairman" are not.
 */
export function isSportRoleNoun(lemma: string): boolean {
  let known = sportRoleMemo.get(lemma);
  if (known !== undefined) return known;
  known =
    SIDE_POSITIONS.has(lemma) ||
    synsetsOf(lemma, 'noun')
      .slice(0, 2)
      .some((sense) => hasHypernymWord(sense, 'noun', { levels: 6 }, SPORT_ROLE_WORDS));
  if (sportRoleMemo.size > 10_000) sportRoleMemo.clear();
  sportRoleMemo.set(lemma, known);
  return known;
}

const ATHLETE_WORDS: ReadonlySet<string> = new Set(['athlete']);
const athleteMemo = new Map<string, boolean>();

/**
 * Is the noun lemma, by its first WordNet sense, an athlete ("striker", "winger"; not "player",
 * "coach"), or a position on a side that WordNet does not hold at all ("midfielder")?
 */
function isAthleteNoun(lemma: string): boolean {
  let known = athleteMemo.get(lemma);
  if (known !== undefined) return known;
  const first = synsetsOf(lemma, 'noun')[0];
  known =
    first === undefined
      ? // a position WordNet lacks altogether ("midfielder", "fly-half"; not "lock" nor "prop")
        SIDE_POSITIONS.has(lemma)
      : hasHypernymWord(first, 'noun', { levels: 6 }, ATHLETE_WORDS);
  if (athleteMemo.size > 10_000) athleteMemo.clear();
  athleteMemo.set(lemma, known);
  return known;
}

function isCapital(surface: string): boolean {
  return lookupPlace(surface)?.kinds.includes('capital') ?? false;
}

/** A place that opens a line and is followed by a date or by a comma and a word: a dateline. */
function isDateline(text: string, name: NameMention): boolean {
  if (name.start > 0 && text[name.start - 1] !== '\n') return false;
  return /^(?: \d|\s*,\s*\p{Lu})/u.test(text.slice(name.end, name.end + 4));
}

/**
 * The name modifies a noun that is no player or trainer of a side (nor a rookie or a star,
 * `isPlayerNoun`): "the Chicago archdiocese", "all Chicago starters" name the place's things, not the club's.
 */
function modifiesOtherNoun(segments: Segments, name: NameMention): boolean {
  const { tokens } = segments;
  const head = tokens[nameHead(tokens, name)];
  const noun = head === undefined ? undefined : tokens[head.head];
  return (
    head !== undefined &&
    noun !== undefined &&
    (head.dep === 'compound' || head.dep === 'nmod:desc' || head.dep === 'amod') &&
    noun.start > name.end &&
    noun.pos === 'NOUN' &&
    !isPlayerNoun(noun.lemma.toLowerCase())
  );
}

/** The name modifies, right before it, a noun for a player or a trainer of a side ("Newcastle prop"). */
function modifiesSportRoleNoun(tokens: readonly Token[], text: string, name: NameMention): boolean {
  const head = tokens[nameHead(tokens, name)];
  const noun = head === undefined ? undefined : tokens[head.head];
  return (
    head !== undefined &&
    noun !== undefined &&
    (head.dep === 'compound' || head.dep === 'nmod:desc' || head.dep === 'amod') &&
    noun.start > name.end &&
    /^\s+$/u.test(text.slice(name.end, noun.start)) &&
    (noun.pos === 'NOUN'
      ? isSportRoleNoun(noun.lemma.toLowerCase())
      : // "Leicester prop" with "prop" tagged a verb, its relation a noun's
        /^(?:nmod|nsubj|obj|appos|compound)/u.test(noun.dep) &&
        isSportRoleNoun(text.slice(noun.start, noun.end).toLowerCase()))
  );
}

/** Synsets (by one of their words) of a newcomer or a star: "rookie", "newcomer", "star" (an ace). */
const SKILL_WORDS: ReadonlySet<string> = new Set(['novice', 'expert']);

/**
 * Is the noun lemma, by its first or second WordNet sense, a player or a trainer of a side
 * (`isSportRoleNoun`), or one step or two below a novice or an expert ("rookie", "newcomer", "star":
 * an ace)? "Resident", "mayor" and "lawyer" are not.
 */
function isPlayerNoun(lemma: string): boolean {
  return (
    isSportRoleNoun(lemma) ||
    synsetsOf(lemma, 'noun')
      .slice(0, 2)
      .some(
        (sense) =>
          lexicographerFileOf(sense, 'noun') === NOUN_PERSON &&
          hasHypernymWord(sense, 'noun', { levels: 2 }, SKILL_WORDS),
      )
  );
}

/**
 * In a sports text, a city right before a person's name that it owns names that person's side:
 * "Dallas' Josh Lind", "Minnesota's Ada Reed" (`possessive`: not for a capital, whose people are
 * many), or a noun for a player between them, read by its word ("Atlanta rookie
 * Al Vane", "Denver guard Ada Lind", `isPlayerNoun`). "Chicago lawyer Ann Hale" and "Boston resident
 * Ann Hale" keep the place.
 */
function namesItsPlayer(
  tokens: readonly Token[],
  text: string,
  names: readonly NameMention[],
  index: number,
  possessive = true,
): boolean {
  const name = names[index] as NameMention;
  const next = names[index + 1];
  if (next === undefined || next.type !== 'PERSON') return false;
  const between = text.slice(name.end, next.start);
  if (/^['’]s? $/u.test(between)) return possessive;
  const match = /^ (\p{Ll}+) $/u.exec(between);
  if (match === null) return false;
  // (the word itself: the parse of such a run is often wrong, "Denver" a subject and "guard" an oblique)
  const noun = tokens[tokenAt(tokens, name.end + 1)];
  if (noun === undefined || noun.start !== name.end + 1) return false;
  return isPlayerNoun((noun.pos === 'NOUN' ? noun.lemma : (match[1] as string)).toLowerCase());
}

/**
 * The name is the other side of a noun for a game on the parse: "a playoff series against New
 * Jersey", "the game against Boston" (`isGameNoun`; the name attached to it with "against").
 */
function gameAgainst(tokens: readonly Token[], text: string, name: NameMention): boolean {
  const position = nameHead(tokens, name);
  const head = tokens[position];
  const noun = head === undefined ? undefined : tokens[head.head];
  if (head === undefined || noun === undefined || noun.pos !== 'NOUN' || !head.dep.startsWith('nmod'))
    return false;
  if (!isGameNoun(noun.lemma.toLowerCase())) return false;
  return tokens.some(
    (token) =>
      token.head === position &&
      token.dep === 'case' &&
      text.slice(token.start, token.end).toLowerCase() === 'against',
  );
}

/**
 * In a sports text, "West Brom and Aston Villa", "Saracens, Wasps": a LOC name the place lexicon does
 * not know, coordinated ("and", "or", a comma) with an ORG name that it does not know as a place
 * either, is a club too.
 */
function typeUnknownPlacesBesideClubs(text: string, names: readonly NameMention[]): readonly NameMention[] {
  let output: NameMention[] | undefined;
  names.forEach((name, index) => {
    if (name.type !== 'LOC' || name.subtype === 'FAC') return;
    const surface = text.slice(name.start, name.end);
    if (lookupPlace(surface) !== undefined || surface === surface.toUpperCase()) return;
    for (const other of [names[index - 1], names[index + 1]]) {
      if (other === undefined || other.type !== 'ORG') continue;
      if (lookupPlace(text.slice(other.start, other.end)) !== undefined) continue;
      const between =
        other.end <= name.start ? text.slice(other.end, name.start) : text.slice(name.end, other.start);
      if (!/^(?:,? and|,? or|,) $/u.test(between)) continue;
      (output ??= names.slice())[index] = { start: name.start, end: name.end, type: 'ORG' };
      return;
    }
  });
  return output ?? names;
}

/**
 * A place, not a country, right after a transfer word and "from" or "to" (`TRANSFER_BEFORE`): "joined
 * from Narbonne", "a move to Lyon", "interest from Hamburg" name the clubs a player leaves or joins.
 */
function transfersAt(text: string, name: NameMention): boolean {
  const surface = text.slice(name.start, name.end);
  if (lookupPlace(surface)?.kinds.includes('country') ?? false) return false;
  if (surface === surface.toUpperCase()) return false;
  const before = text.slice(Math.max(0, name.start - 60), name.start);
  if (!TRANSFER_BEFORE.test(before)) return false;
  // a name the lexicon does not know may be a ground ("a move to Anfield"): only a club is joined
  // or signed from
  return lookupPlace(surface) !== undefined || JOINED_FROM_BEFORE.test(before);
}

/**
 * One club, one entity: in a sports text (a score, a fixture, or two sentences with a noun for a game), a city
 * that names a side somewhere ("Chester have won only two", "Norwich boss Nigel Worthington": typed
 * ORG by the steps before), that follows a result noun and "at" ("a 5-0 defeat at Shrewsbury": the home
 * side) or that modifies a noun for a player or a trainer of a side ("Newcastle
 * prop", "the Chester manager", `isSportRoleNoun` on the parse; a capital only so: "the Madrid
 * midfielder") or that follows a transfer word ("joined from Narbonne", `transfersAt`: a place the
 * lexicon may not know, not a country) is the team in its other mentions too ("a 3-2 win at Norwich", "a poor stint at Leeds"); so is a city that is a side of a fixture
 * ("Leeds v Saracens"). Its other mentions typed LOC and made a second
 * entity. A mention after "in", "near" or "the city of" ("born in Chester") or
 * followed by a comma and a place ("Chester, Cheshire") stays the place, and so do a dateline, a
 * mention in capitals (a table's "CHICAGO AT TORONTO") and one that modifies a noun other than a
 * player's ("the Chicago archdiocese"); countries keep their type (national sides are LOC, as
 * CoNLL-2003 marks them), and a capital typed ORG ("Moscow said") is its government, no side.
 */
export function typeCityTeamRepeats(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  if (!names.some((name) => name.type === 'LOC')) return names.slice();
  const { tokens } = segments;
  const teams = new Set<string>();
  // "Leeds v Saracens", "Norwich vs. Leeds": a side of a fixture, in any text
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (
      name.type === 'LOC' &&
      (FIXTURE_AFTER.test(text.slice(name.end, name.end + 6)) ||
        FIXTURE_BEFORE.test(text.slice(Math.max(0, name.start - 6), name.start))) &&
      isCity(surface)
    )
      teams.add(surface);
  }
  const games = teams.size > 0 || SCORE.test(text) || isSportsText(segments);
  const clubs = clubPlaces(text, names);
  // a transfer story names no game, but a player ("striker", "winger", "footballer"); its clubs are
  // known by the transfer words only ("a Birmingham sprinter" in athletics is the runner's town)
  const sport =
    games || tokens.some((token) => token.pos === 'NOUN' && isAthleteNoun(token.lemma.toLowerCase()));
  for (const [index, name] of names.entries()) {
    if (!sport && clubs.size === 0) break;
    const surface = text.slice(name.start, name.end);
    if (sport && name.type === 'LOC' && name.subtype !== 'FAC' && transfersAt(text, name)) {
      teams.add(surface);
      continue;
    }
    // "Birmingham manager Steve Bruce" beside "Birmingham City": the city of a club the text names,
    // before a noun for a player or a trainer of a side, is that club, game or no game
    if (!games) {
      if (name.type === 'LOC' && clubs.has(surface) && modifiesSportRoleNoun(tokens, text, name))
        teams.add(surface);
      continue;
    }
    if (!isCity(surface)) continue;
    // (a capital typed ORG is its government: "Moscow said")
    if (name.type === 'ORG') {
      if (!isCapital(surface)) teams.add(surface);
      continue;
    }
    if (name.type !== 'LOC') continue;
    // (and only a player of a capital's side names its club: "the Madrid midfielder", "Rome rookie Ada Lind")
    if (isCapital(surface)) {
      if (modifiesSportRoleNoun(tokens, text, name) || namesItsPlayer(tokens, text, names, index, false))
        teams.add(surface);
      continue;
    }
    // "a 5-0 defeat at Shrewsbury", "a draw at Leeds": the home side
    if (RESULT_AT_BEFORE.test(text.slice(Math.max(0, name.start - 24), name.start))) {
      teams.add(surface);
      continue;
    }
    // "Newcastle prop Ed Kalman", "as Chester manager": the name modifies a noun for a side's player;
    // "Dallas' Lind", "Atlanta rookie Ada Lind": the city's player (`namesItsPlayer`); "a playoff
    // series against New Jersey": the other side of a game (`gameAgainst`)
    if (
      modifiesSportRoleNoun(tokens, text, name) ||
      namesItsPlayer(tokens, text, names, index) ||
      gameAgainst(tokens, text, name)
    )
      teams.add(surface);
  }
  // (a transfer story with no game and no player's noun: beside a club named "City + club word")
  const current = sport || clubs.size > 0 ? typeUnknownPlacesBesideClubs(text, names) : names;
  if (teams.size === 0) return current.slice();
  return current.map((name, index) => {
    if (name.type !== 'LOC' || name.subtype === 'FAC') return name;
    const surface = text.slice(name.start, name.end);
    // capitals of a table or a headline ("CHICAGO AT TORONTO") and a dateline ("Leeds, England 2004-01-03") stay
    if (!teams.has(surface) || surface === surface.toUpperCase() || isDateline(text, name)) return name;
    if (IN_PLACE_BEFORE.test(text.slice(Math.max(0, name.start - 20), name.start))) return name;
    if (modifiesOtherNoun(segments, name)) return name;
    const next = names[index + 1];
    if (next !== undefined && next.type === 'LOC' && /^,\s*$/u.test(text.slice(name.end, next.start)))
      return name;
    return { start: name.start, end: name.end, type: 'ORG' as const };
  });
}

/** A club's word after its town: "Birmingham City", "Wigan Athletic", "Bristol Rovers". */
const CLUB_AFTER_TOWN = /^(?:United|City|County|Town|Athletic|Rovers|Wanderers|Albion|FC|AFC)$/u;

/**
 * The cities (not countries nor capitals) that an ORG name of the text opens, followed by a club's
 * word: "Birmingham" of "Birmingham City".
 */
function clubPlaces(text: string, names: readonly NameMention[]): ReadonlySet<string> {
  const found = new Set<string>();
  for (const name of names) {
    if (name.type !== 'ORG') continue;
    const words = text.slice(name.start, name.end).replace(/^the /iu, '').split(' ');
    if (words.length < 2 || words.length > 3 || !CLUB_AFTER_TOWN.test(words[words.length - 1] as string))
      continue;
    const place = words.slice(0, -1).join(' ');
    if (isCity(place) && !isCapital(place)) found.add(place);
  }
  return found;
}

/**
 * The last word of an organisation's name, used alone, is that organisation: "Aston Villa" …
 * "keen to remain at Villa", "Nottingham Forest" … "Forest", typed LOC after "at" and made a place.
 * A one-word LOC name that is the last word of an ORG name of two or three words in the text, and
 * that the place lexicon does not know ("Hamburg", "Chelsea" stay), becomes ORG, unless "in" or "near"
 * comes before it ("based in Sakhnin": the town a club is named after).
 */
export function typeLastWordsOfOrganisations(text: string, names: readonly NameMention[]): NameMention[] {
  let lasts: Set<string> | undefined;
  for (const name of names) {
    if (name.type !== 'ORG') continue;
    const words = text.slice(name.start, name.end).replace(/^the /iu, '').split(' ');
    if (words.length < 2 || words.length > 3) continue;
    const last = words[words.length - 1] as string;
    if (/^\p{Lu}\p{Ll}+$/u.test(last)) (lasts ??= new Set()).add(last);
  }
  const found = lasts;
  if (found === undefined) return names.slice();
  return names.map((name) => {
    if (name.type !== 'LOC' || name.subtype === 'FAC') return name;
    const surface = text.slice(name.start, name.end);
    if (!found.has(surface) || lookupPlace(surface) !== undefined) return name;
    // "based in Sakhnin": the town the club is named after
    if (IN_PLACE_BEFORE.test(text.slice(Math.max(0, name.start - 20), name.start))) return name;
    return { start: name.start, end: name.end, type: 'ORG' as const };
  });
}

/**
 * A club's nickname is an organisation, not a place, a nationality or a person (issue 10): in a
 * sports text (a score, nouns for a game, or a player's noun), a one-word capitalised plural
 * ("Dragons", "Saints", "Blues"; "the Gunners") that the place lexicon does not know, that is no
 * WordNet place ("the Alps") and no nationality or group word ("Scots", "Kiwis"), is a club when one of its
 * mentions plays a club's part: it modifies a noun for a player or a trainer right after it
 * ("Dragons lock Ian Penn", "the Gunners' manager"; in a report of games with a score, any noun
 * for a person: "Saints boss", "Blues fans"), it stands in brackets after a person's name
 * ("H Vane (Dragons)", a team sheet), or, in a report of games with a score, it is coordinated
 * with an ORG ("Chelsea and the Gunners") or the subject of a verb of competing ("the Gunners
 * winning"). A word of a person's name on the page, or its plural ("the Bryans"), a given name's
 * plural and a plural after a number ("21 Grams") are left alone. Every mention of it is then ORG.
 */
export function typeClubNicknames(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  const candidates = names.filter((name) => name.type !== 'ORG' && nicknameWord(text, name) !== undefined);
  if (candidates.length === 0) return names.slice();
  const scored = SCORE.test(text);
  // (a score alone is no report of games: "MS08-078" reads as one)
  const games = isSportsText(segments);
  if (
    !games &&
    !scored &&
    !tokens.some((token) => token.pos === 'NOUN' && isAthleteNoun(token.lemma.toLowerCase()))
  )
    return names.slice();
  // ("Williams" of "Serena Williams" is her surname; "the Bryans" of "Bob Bryan" his family)
  const personWords = new Set<string>();
  for (const name of names)
    if (name.type === 'PERSON')
      for (const word of text.slice(name.start, name.end).split(' ')) personWords.add(word);
  const clubs = new Set<string>();
  names.forEach((name, index) => {
    const word = nicknameWord(text, name);
    if (word === undefined || clubs.has(word) || personWords.has(word) || personWords.has(word.slice(0, -1)))
      return;
    if (
      modifiesPersonNoun(tokens, text, name, games && scored) ||
      bracketedAfterPerson(text, names, index) ||
      (games && scored && (competesAsSubject(tokens, text, name) || coordinatedWithClub(text, names, index)))
    )
      clubs.add(word);
  });
  if (clubs.size === 0) return names.slice();
  return names.map((name) => {
    const word = name.type === 'ORG' ? undefined : nicknameWord(text, name);
    return word !== undefined && clubs.has(word) ? { start: name.start, end: name.end, type: 'ORG' } : name;
  });
}

/** The capitalised plural a name is ("Gunners" of "the Gunners"), when it may be a club's nickname. */
function nicknameWord(text: string, name: NameMention): string | undefined {
  // ("21 Grams" is a title)
  if (/\d\s+$/u.test(text.slice(Math.max(0, name.start - 3), name.start))) return undefined;
  const bare = text.slice(name.start, name.end).replace(/^the /iu, '');
  if (!PLURAL_WORD.test(bare) || bare === bare.toUpperCase()) return undefined;
  if (lookupPlace(bare) !== undefined || isAdjectivalName(bare)) return undefined;
  // ("the Bryans": a family, by a given name that is no common noun)
  const one = bare.slice(0, -1);
  if (isFirstName(one) && synsetsOf(one.toLowerCase(), 'noun').length === 0) return undefined;
  // ("the Alps", "the Highlands": a place word by its first sense; "Dragons" only by its third)
  for (const lemma of [bare.toLowerCase(), singular(bare)]) {
    const first = synsetsOf(lemma, 'noun')[0];
    if (first !== undefined && PLACE_FILES.has(lexicographerFileOf(first, 'noun'))) return undefined;
  }
  return bare;
}

/**
 * The name modifies a noun for a player or a trainer right after it ("Dragons three-quarter", "the
 * Blues' striker"), or, in a report of games, any noun for a person ("Saints boss", "Blues fans").
 */
function modifiesPersonNoun(
  tokens: readonly Token[],
  text: string,
  name: NameMention,
  games: boolean,
): boolean {
  const head = tokens[nameHead(tokens, name)];
  const noun = head === undefined ? undefined : tokens[head.head];
  if (head === undefined || noun === undefined || noun.start <= name.end) return false;
  if (!/^(?:compound|nmod:poss|nmod:desc|amod)$/u.test(head.dep)) return false;
  if (!/^(?:\s+|['’]s?\s+)$/u.test(text.slice(name.end, noun.start))) return false;
  const lemma = (noun.pos === 'NOUN' ? noun.lemma : text.slice(noun.start, noun.end)).toLowerCase();
  if (isSportRoleNoun(lemma)) return true;
  const first = synsetsOf(lemma, 'noun')[0];
  return (
    games && noun.pos === 'NOUN' && first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_PERSON
  );
}

/** The name alone in brackets right after a person's name: "H Luscombe (Dragons)". */
function bracketedAfterPerson(text: string, names: readonly NameMention[], index: number): boolean {
  const name = names[index] as NameMention;
  const before = names[index - 1];
  return (
    before !== undefined &&
    before.type === 'PERSON' &&
    /^ ?\($/u.test(text.slice(before.end, name.start)) &&
    text[name.end] === ')'
  );
}

/**
 * The name is a side of a verb with a competition sense: its subject ("the Gunners winning", "Magpies
 * lose"), its object ("beat the Clippers") or its oblique with "to", "against", "over", "with" or
 * "by" ("lost to the Clippers"); a side the parse attached to the score ("lost to the Clippers
 * 99-90") takes the score's relation. An object or an oblique that is a people's name ("beating the
 * Aussies", `isPeopleWord`) is the national side, no club.
 */
function competesAsSubject(tokens: readonly Token[], text: string, name: NameMention): boolean {
  const position = nameHead(tokens, name);
  const head = tokens[position];
  if (head === undefined) return false;
  let relation = head.dep.split(':')[0] as string;
  let side = position;
  let verb = tokens[head.head];
  // ("to" may hang on the score too)
  if (
    relation === 'nmod' &&
    verb !== undefined &&
    verb.pos === 'NUM' &&
    SCORE.test(text.slice(verb.start, verb.end))
  ) {
    relation = verb.dep.split(':')[0] as string;
    side = head.head;
    verb = tokens[verb.head];
  }
  if (verb === undefined || !isCompetitionClause(text, verb)) return false;
  if (relation === 'nsubj') return true;
  // ("beating the Aussies": a people's name, the national side)
  const bare = text.slice(name.start, name.end).replace(/^the /iu, '');
  if (isPeopleWord(lemmaOf(bare.toLowerCase(), 'noun') ?? singular(bare))) return false;
  if (relation === 'obj') return true;
  return relation === 'obl' && (hasSideCase(tokens, text, position) || hasSideCase(tokens, text, side));
}

const INHABITANT_WORDS: ReadonlySet<string> = new Set(['inhabitant']);

/** Is one of the noun's first two WordNet senses, within three steps, an inhabitant ("aussie", "kiwi")? */
function isPeopleWord(lemma: string): boolean {
  return synsetsOf(lemma, 'noun')
    .slice(0, 2)
    .some((sense) => hasHypernymWord(sense, 'noun', { levels: 3 }, INHABITANT_WORDS));
}

/**
 * The name is coordinated ("and", "or", a comma) with a one-word or club-named ORG right beside it
 * ("Chelsea and the Gunners", "Leicester and Saracens"), in a report of games.
 */
function coordinatedWithClub(text: string, names: readonly NameMention[], index: number): boolean {
  const name = names[index] as NameMention;
  for (const other of [names[index - 1], names[index + 1]]) {
    if (other === undefined || other.type !== 'ORG') continue;
    const between =
      other.end <= name.start ? text.slice(other.end, name.start) : text.slice(name.end, other.start);
    if (/^(?:,? and|,? or|,)(?: the)? $/u.test(between)) return true;
  }
  return false;
}
