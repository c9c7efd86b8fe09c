import type { EntityType } from '../../model/index.js';
import { isFirstName } from '../coref/first-name-gender.js';
import { isInstitutionHead, lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/** "X and Y", "X of the Y" inside one mention, with the offsets of the joining words. */
const AND = / and /gu;
const OF_THE = / of the /u;

/**
 * The recogniser swallows a coordination or a list entry into one name: "Golden State and San
 * Antonio", "the Lakers and Mara Lind of the Boston Harbor Hawks". A name is cut at " and " when
 * what follows is a name of two words or more that is a known place or opens with a given name (and
 * does not end in an institution head: "Department of Health and Human Services" stays whole), or
 * when what comes before is named on its own elsewhere in the text. A piece shaped like a person
 * ("Mara Lind of the Boston Harbor Hawks") is cut again at " of the ": the person, then the
 * organisation. The last two entries of a list ("Tarvo, Harbor City and Eastport") are cut too, and
 * a name never runs on over " and " into lower-case words ("the Gulls and the former Herons"): it
 * ends before " and ", and what follows keeps only a name of two capitalised words or more.
 */
export function splitCoordinatedNames(text: string, names: readonly NameMention[]): NameMention[] {
  let surfaces: Set<string> | undefined;
  const output: NameMention[] = [];
  names.forEach((name, index) => {
    const surface = text.slice(name.start, name.end);
    if (!surface.includes(' and ') && !OF_THE.test(surface)) {
      output.push(name);
      return;
    }
    surfaces ??= new Set(names.map((other) => text.slice(other.start, other.end).replace(/^the /iu, '')));
    // "A, B and C" read as "A" and "B and C": the last two entries of a list of names
    const previous = names[index - 1];
    const listed = previous !== undefined && text.slice(previous.end, name.start) === ', ';
    const pieces: NameMention[] = [];
    let from = name.start;
    for (const match of surface.matchAll(AND)) {
      const cut = name.start + (match.index ?? 0);
      const left = text.slice(from, cut).replace(/^the /iu, '');
      // "the Harbour Gulls and the former Herons", "Tarn Tigers and now backs": a name runs on over
      // "and" only into capitalised words; the rest is kept when it holds a name of two words or more
      if (/^\p{Ll}/u.test(text.slice(cut + 5, cut + 6)) && !/\s\p{Ll}/u.test(left)) {
        pieces.push({ start: from, end: cut, type: name.type });
        const rest = /^(?:\p{Ll}\S*\s+)+((?:\p{Lu}\S*(?:\s+|$)){2,})$/u.exec(text.slice(cut + 5, name.end));
        from = rest === null ? -1 : name.end - (rest[1] as string).length;
        break;
      }
      const rightEnd = nextAnd(surface, (match.index ?? 0) + 5) + name.start;
      const right = text.slice(cut + 5, rightEnd).replace(/ of the .*$/u, '');
      if (!splitsAt(left, right, surfaces, listed)) continue;
      pieces.push({ start: from, end: cut, type: name.type });
      from = cut + 5;
    }
    if (pieces.length === 0 && !OF_THE.test(surface)) {
      output.push(name);
      return;
    }
    if (from >= 0) pieces.push({ start: from, end: name.end, type: name.type });
    for (const piece of pieces) output.push(...splitPersonOfTeam(text, piece, pieces.length > 1));
  });
  return output;
}

function nextAnd(surface: string, from: number): number {
  const at = surface.indexOf(' and ', from);
  return at < 0 ? surface.length : at;
}

function splitsAt(left: string, right: string, surfaces: ReadonlySet<string>, listed: boolean): boolean {
  const rightWords = right.split(' ');
  if (!/^\p{Lu}/u.test(right) || !/^\p{Lu}/u.test(left)) return false;
  if (lookupPlace(`${left} and ${right}`) !== undefined) return false;
  if (surfaces.has(left) && surfaces.has(right)) return true;
  if (listed && !left.includes(' of ') && organisation(`${left} and ${right}`) === undefined)
    return !isInstitutionHead(rightWords[rightWords.length - 1] as string);
  if (rightWords.length < 2) return surfaces.has(left) && !left.includes(' of ');
  if (isInstitutionHead(rightWords[rightWords.length - 1] as string)) return false;
  if (lookupPlace(right) !== undefined) return true;
  if (isFirstName(rightWords[0] as string) && !left.includes(' of ')) return true;
  return surfaces.has(left) && !left.includes(' of ');
}

/**
 * "Mara Lind of the Boston Harbor Hawks" → PERSON "Mara Lind" + the rest with the name's type;
 * "the Harbor Gulls of the WHL" → the team and its league, both ORG.
 */
function splitPersonOfTeam(text: string, piece: NameMention, listed: boolean): NameMention[] {
  const surface = text.slice(piece.start, piece.end);
  const match = OF_THE.exec(surface);
  if (match === null) return [piece];
  const person = surface.slice(0, match.index).split(' ');
  const rest = surface.slice(match.index + match[0].length);
  const personShaped =
    person.length === 2 &&
    person.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) &&
    isFirstName(person[0] as string) &&
    lookupPlace(person.join(' ')) === undefined &&
    !isInstitutionHead(person[1] as string);
  const restStart = piece.start + match.index + match[0].length;
  // "the Harbor Gulls of the WHL": a team (capitalised words, the last a plural) of its league, an acronym
  if (
    person.length >= 2 &&
    person.every((word) => /^\p{Lu}/u.test(word)) &&
    /^\p{Lu}\p{Ll}+[^s]s$/u.test(person[person.length - 1] as string) &&
    /^\p{Lu}{2,6}$/u.test(rest)
  )
    return [
      { start: piece.start, end: piece.start + match.index, type: 'ORG' },
      { start: restStart, end: piece.end, type: 'ORG' },
    ];
  // Without a list around it, "X of the Y" is a person of a team only when the name is a person's.
  if (!personShaped || !/^\p{Lu}/u.test(rest) || (!listed && piece.type !== 'PERSON')) return [piece];
  const type: EntityType = piece.type === 'PERSON' ? 'ORG' : piece.type;
  return [
    { start: piece.start, end: piece.start + match.index, type: 'PERSON' },
    { start: restStart, end: piece.end, type },
  ];
}
