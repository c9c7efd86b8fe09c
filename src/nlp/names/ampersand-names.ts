import { lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/** Capitalised words (or initials, "AG") right before " & ", nearest last: "Marks" of "Marks & Spencer". */
const WORDS_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])((?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’.-]*) & $/u;
/** Capitalised words right after " & ": "Spencer" of "Marks & Spencer". */
const WORDS_AFTER = /^ & ((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}\p{N}])/u;

/**
 * An ampersand between capitalised words joins one name: firms ("Marks & Spencer", "Procter &
 * Gamble", "Stop & Shop"), duos and bands ("Simon & Garfunkel"). The recogniser may keep one side
 * only ("Spencer", typed PERSON) or cut the name in two; every name that touches " & " with
 * capitalised words on the other side becomes one name over both sides, typed ORG, or as the
 * lexicon knows the whole; a work's title (MISC) keeps its type. The names inside are dropped.
 * Two surnames of people the text names in full ("Henman & Murray claim awards" above "Tim Henman
 * … Andrew Murray") stay two people.
 */
export function joinAmpersandNames(text: string, names: readonly NameMention[]): NameMention[] {
  if (!text.includes(' & ')) return names.slice();
  // surnames of the people the text names in full ("Henman" of "Tim Henman")
  const surnames = new Set<string>();
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (name.type === 'PERSON' && surface.includes(' ') && !surface.includes(' & '))
      surnames.add(surface.slice(surface.lastIndexOf(' ') + 1));
  }
  const output: NameMention[] = [];
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index] as NameMention;
    const own = text.slice(name.start, name.end);
    // the recogniser may keep the ampersand at an edge: "& Spencer"
    const probeStart = own.startsWith('& ') ? name.start + 2 : name.start;
    const probeEnd = own.endsWith(' &') ? name.end - 2 : name.end;
    let start = name.start;
    let end = name.end;
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, probeStart - 60), probeStart));
    if (before !== null) start = probeStart - (before[1] as string).length - 3;
    const after = WORDS_AFTER.exec(text.slice(probeEnd, probeEnd + 60));
    // "Barnes & Noble's": the possessive is no part of the name
    if (after !== null) end = probeEnd + after[0].length - (/['’]s$/u.exec(after[0])?.[0].length ?? 0);
    // a person's name holds no ampersand: "Simon & Garfunkel" is a duo
    if (start === name.start && end === name.end && !(name.type === 'PERSON' && own.includes(' & '))) {
      output.push(name);
      continue;
    }
    const surface = text.slice(start, end);
    // "Henman & Murray claim awards": two people the text names in full elsewhere
    const [left, right] = surface.split(' & ') as [string, string | undefined];
    if (
      right !== undefined &&
      surnames.has(left.slice(left.lastIndexOf(' ') + 1)) &&
      surnames.has(right.split(' ')[0] as string)
    ) {
      output.push(name);
      continue;
    }
    // one line only: a headline's words are no name's
    if (surface.includes('\n')) {
      output.push(name);
      continue;
    }
    const known =
      organisation(surface) !== undefined ? 'ORG' : lookupPlace(surface) !== undefined ? 'LOC' : undefined;
    const joined: NameMention =
      known === undefined && name.type === 'MISC'
        ? { start, end, type: 'MISC', ...(name.subtype === undefined ? {} : { subtype: name.subtype }) }
        : { start, end, type: known ?? 'ORG' };
    // the names the joined one covers ("Marks", "Spencer") go
    while (output.length > 0 && (output[output.length - 1] as NameMention).end > start) output.pop();
    while (index + 1 < names.length && (names[index + 1] as NameMention).start < end) index += 1;
    output.push(joined);
  }
  return output;
}
