import { lexicographerFileOf, NOUN_GROUP, NOUN_LOCATION, synsetsOf } from '../events/wordnet.js';
import { lookupPlace, organisation } from '../lexicon/index.js';
import type { EntityType, Segments } from '../../model/index.js';
import type { NameMention } from './name-mention.js';
import { isWorkText, WORK_SUBTYPE } from './works-after-nouns.js';

/** The types a title is mistaken for, and its own. */
const TITLE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['ORG', 'LOC', 'MISC']);

/** A name's words without a leading article: "The Aviator" and "Aviator" are one title. */
function titleKey(surface: string): string {
  return surface.replace(/^the /iu, '');
}

/** The words of the names typed PERSON: "Osbourne" of "Ann Osbourne" ("the Osbournes" is her family). */
function personWords(text: string, names: readonly NameMention[]): Set<string> {
  const words = new Set<string>();
  for (const name of names)
    if (name.type === 'PERSON')
      for (const word of text.slice(name.start, name.end).split(' ')) words.add(word);
  return words;
}

/** A one-word name WordNet files as a group or a place ("Hollywood": the film industry). */
function isGroupOrPlaceWord(key: string): boolean {
  if (key.includes(' ')) return false;
  const first = synsetsOf(key.toLowerCase(), 'noun')[0];
  if (first === undefined) return false;
  const file = lexicographerFileOf(first, 'noun');
  return file === NOUN_GROUP || file === NOUN_LOCATION;
}

/**
 * In a text about films, books, songs or shows (`isWorkText`), the recogniser types one title now a
 * place, now an organisation, now MISC: "Lantern Hill" in the headline LOC, "the best film for
 * Lantern Hill" ORG, "Lantern Hill took $9m" MISC. A name the lexicon does not know as a place or a
 * body, typed two of ORG, LOC and MISC, takes one type everywhere: the commonest when one mention is
 * MISC, MISC on a tie and when none is MISC and as many are ORG as LOC (a work's title, with the work
 * subtype when a mention had it). ORG and MISC mentions alone, MISC ahead by fewer than two, are a firm and its product ("Tarnex
 * said", "the Tarnex phone"): left alone; so are names WordNet
 * files as a group or a place ("Hollywood") and the words of people's names ("the Osbournes").
 */
export function typeMixedNamesInWorkTexts(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const byKey = new Map<string, NameMention[]>();
  for (const name of names) {
    if (!TITLE_TYPES.has(name.type)) continue;
    const key = titleKey(text.slice(name.start, name.end));
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [name]);
    else list.push(name);
  }
  const retyped = new Map<NameMention, NameMention>();
  let workText: boolean | undefined;
  let people: Set<string> | undefined;
  for (const [key, mentions] of byKey) {
    const counts = new Map<EntityType, number>();
    for (const mention of mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
    if (counts.size < 2) continue;
    if (lookupPlace(key) !== undefined || organisation(key) !== undefined || isGroupOrPlaceWord(key))
      continue;
    people ??= personWords(text, names);
    if (people.has(key) || people.has(key.replace(/s$/u, '')) || people.has(key.replace(/es$/u, '')))
      continue;
    workText ??= isWorkText(text, segments);
    if (!workText) break;
    // a name typed as often ORG as LOC, and never MISC, is neither: a title (else the majority holds)
    const misc = counts.get('MISC') ?? 0;
    if (misc === 0 && counts.get('ORG') !== counts.get('LOC')) continue;
    let type: EntityType = 'MISC';
    if (misc > 0)
      for (const [candidate, count] of counts) if (count > (counts.get(type) ?? 0)) type = candidate;
    // ORG and MISC alone, MISC ahead by fewer than two: a firm and its product
    const organisations = counts.get('ORG') ?? 0;
    if (type === 'MISC' && misc > 0 && counts.size === 2 && organisations > 0 && organisations + 2 > misc)
      continue;
    const work = type === 'MISC' && mentions.some((mention) => mention.subtype === WORK_SUBTYPE);
    for (const mention of mentions)
      if (mention.type !== type || (work && mention.subtype !== WORK_SUBTYPE))
        retyped.set(
          mention,
          work
            ? { start: mention.start, end: mention.end, type, subtype: WORK_SUBTYPE }
            : { start: mention.start, end: mention.end, type },
        );
  }
  if (retyped.size === 0) return names.slice();
  return names.map((name) => retyped.get(name) ?? name);
}
