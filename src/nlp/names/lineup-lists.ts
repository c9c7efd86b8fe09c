import { lemmaOf, synsetsOf } from '../events/wordnet.js';
import { isKnownHumanName, lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/**
 * A player's name: one to three capitalised words, short lower-case particles allowed before a
 * capitalised word ("Rhys Jones", "T Ferrow", "van der Merwe"); "for" is the replacement's word.
 */
const PARTICLES = String.raw`(?:(?!for )\p{Ll}{1,3} ){0,2}`;
const PLAYER = String.raw`${PARTICLES}\p{Lu}[\p{L}'’.-]*(?: ${PARTICLES}\p{Lu}[\p{L}'’.-]*){0,2}`;
/**
 * One listed player: a name, maybe a minute ("Bowyer 35"), a bracket ("(capt)", "(Ashby)", "(Jenas 77)")
 * and a replacement ("Priscott for Roberts (71)").
 */
const LISTED = String.raw`${PLAYER}(?: \d{1,3})?(?: \([^()\n]*\))?(?: for ${PLAYER}(?: \([^()\n]*\))?)?`;
/**
 * A heading, a colon and a list of players split by commas: "Subs Not Used: Ferrow, Lindqvist,
 * Mabaso." It starts a line or follows a sentence ("… Shearer. Subs Not Used: Butt, Harper."); the
 * heading may carry a bracket ("Replacements (from): …").
 */
const LIST_LINE = new RegExp(
  String.raw`(?:^|(?<=[.!?"”] ))(\p{Lu}[\p{L} ]{0,30}(?: \([\p{L} ]{1,20}\))?): ((?:${LISTED}(?:[,;] |\.(?= |$)|$))+)`,
  'gmu',
);
/**
 * A line-up with no heading, a whole line of names split by semicolons and commas: "Ferrow;
 * Lindqvist, Mabaso, Orrin, Tull; Quarry, Dale (capt); …" or by commas only (five names or more).
 */
const HEADLESS_LINE = new RegExp(String.raw`^()((?:${LISTED}(?:[,;] |\.?$))+)$`, 'gmu');
const ITEM = new RegExp(String.raw`^(${PLAYER})(?: \d{1,3})?(?: \(([^()]*)\))?(?: for (${PLAYER}))?`, 'u');
/** A bracket that names a substitute and his minute: "(Jenas 77)". */
const SUBSTITUTE = new RegExp(String.raw`^(${PLAYER}) \d{1,3}$`, 'u');

/** The players' spans in a list ("A, B (C 77), D for E (71)"), starting at `listStart`. */
function listedPlayers(list: string, listStart: number): [number, number][] {
  const players: [number, number][] = [];
  let offset = 0;
  for (const part of list.split(/[,;] /u)) {
    const item = ITEM.exec(part);
    if (item !== null) {
      // the full stop that ends the list is no part of the last name
      const first = (item[1] as string).replace(/(?<!\b\p{Lu})\.$/u, '');
      players.push([listStart + offset, listStart + offset + first.length]);
      const bracket = item[2];
      const substitute = bracket === undefined ? null : SUBSTITUTE.exec(bracket);
      if (substitute !== null) {
        const at = listStart + offset + part.indexOf('(') + 1;
        players.push([at, at + (substitute[1] as string).length]);
      }
      const replaced = item[3];
      if (replaced !== undefined) {
        const at = listStart + offset + part.lastIndexOf(' for ') + 5;
        players.push([at, at + replaced.replace(/(?<!\b\p{Lu})\.$/u, '').length]);
      }
    }
    offset += part.length + 2;
  }
  return players;
}

/** True when the lexicon knows the words as a place or a body. */
function isKnownPlaceOrBody(surface: string): boolean {
  return lookupPlace(surface) !== undefined || organisation(surface) !== undefined;
}

/** True when the heading's first word, in lower case, is a common English noun or verb ("Subs", "Replacements"). */
function isCommonWordHeading(heading: string): boolean {
  const word = (heading.split(' ')[0] as string).toLowerCase();
  const noun = lemmaOf(word, 'noun');
  const verb = lemmaOf(word, 'verb');
  return (
    (noun !== null && synsetsOf(noun, 'noun').length > 0) ||
    (verb !== null && synsetsOf(verb, 'verb').length > 0)
  );
}

/**
 * Line-ups in sports reports: "Subs Not Used: Ferrow, Lindqvist, Mabaso." and "Replacements: …"
 * list players. On a line of a heading, a colon and two or more comma-separated short names, one of
 * them already a person or a known human name, every listed name (outside brackets) that the
 * recogniser typed an organisation, place or MISC and the lexicon does not know as a place or
 * body is a person. A heading of common words ("Subs Not Used") is no name and is dropped; a team's
 * name as heading ("Ashby: …") stays.
 */
export function typeLineupLists(text: string, names: readonly NameMention[]): NameMention[] {
  const retype = new Set<NameMention>();
  const drop = new Set<NameMention>();
  /** Takes a line in as a line-up: 'yes', 'no', or 'later' (a line with no heading and few people typed). */
  const judge = (line: RegExpMatchArray, anotherLineup: boolean): 'yes' | 'no' | 'later' => {
    const heading = line[1] as string;
    const list = line[2] as string;
    const listStart = (line.index ?? 0) + line[0].length - list.length;
    const items = listedPlayers(list, listStart);
    if (items.length < (heading !== '' ? 2 : list.includes(';') ? 4 : 5)) return 'no';
    const listed = names.filter((name) =>
      items.some(([start, end]) => name.start === start && name.end === end),
    );
    const people = listed.filter((name) => name.type === 'PERSON').length;
    const personal =
      people > 0 ||
      listed.some((name) => isKnownHumanName(text.slice(name.start, name.end).split(' ').pop() as string));
    if (!personal) return 'no';
    // with no heading, half the listed names at least must be people already ("Orrin, Tull, Quarry,
    // Dale, Brim."), not a line of teams or countries with one surname-like name among them; or one
    // must be and the text have another line-up (a squad's lines one after another)
    if (heading === '' && 2 * people < items.length) {
      if (!anotherLineup) return 'later';
      if (people === 0) return 'no';
    }
    for (const name of listed)
      if (name.type !== 'PERSON' && !isKnownPlaceOrBody(text.slice(name.start, name.end))) retype.add(name);
    const headingStart = line.index ?? 0;
    if (heading !== '' && !isKnownPlaceOrBody(heading) && isCommonWordHeading(heading))
      for (const name of names)
        if (name.start >= headingStart && name.end <= headingStart + heading.length) drop.add(name);
    return 'yes';
  };
  const later: RegExpMatchArray[] = [];
  let lineups = 0;
  for (const line of [...text.matchAll(LIST_LINE), ...text.matchAll(HEADLESS_LINE)]) {
    const verdict = judge(line, false);
    if (verdict === 'yes') lineups += 1;
    else if (verdict === 'later') later.push(line);
  }
  if (lineups > 0) for (const line of later) judge(line, true);
  if (retype.size === 0 && drop.size === 0) return names.slice();
  return names
    .filter((name) => !drop.has(name))
    .map((name) => (retype.has(name) ? { start: name.start, end: name.end, type: 'PERSON' as const } : name));
}
