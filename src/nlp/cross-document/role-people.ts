import { nounGender } from '../coref/descriptions.js';
import { lemmaOf, lexicographerFileOf, NOUN_PERSON, synsetsOf } from '../events/wordnet.js';
import { hasHypernym } from '../lexicon/hypernyms.js';
import { sameDescriptionKind } from './description-heads.js';

/**
 * A single-person description of one article and the named person of others, joined when they
 * fill one role of one cross-document event: "a man" was charged in one article, "Dale Hurst" in
 * another; "the plant worker" shot three colleagues here, "Nora Vance" there. Each time the
 * description fills a role (agent or patient of an event cluster) counts one vote for every named
 * person filling that role in the story's articles. Its head must be a WordNet person noun and
 * must allow the named person: of their gender when both are known, and either of the kind of
 * the person's own descriptions ("the worker" for a named person some article calls "employee":
 * the same head or one a hypernym of the other within two steps) or, when no candidate has such
 * a description, a head that states the person's known gender ("a man", "the mother"). The one
 * with the most votes wins, if one has more than every other. Plural descriptions and groups
 * ("police") stay apart.
 */

export type PersonGender = 'm' | 'f';

export interface DescribedPerson {
  readonly id: string;
  /** The `nominal_head` values of its mentions' entities ("man", "co-worker"). */
  readonly heads: readonly string[];
  /** The event roles it fills: a key of the event cluster and role, and the article. */
  readonly roles: readonly { readonly slot: string; readonly doc: number }[];
}

export interface NamedPerson {
  readonly id: string;
  readonly gender: PersonGender | undefined;
  /** The heads of its own descriptions: its nominal mentions, its `role` attribute ("actress", "lawyer"). */
  readonly heads: ReadonlySet<string>;
}

/** Levels of the hypernym walk that relates two heads: the sense itself and two steps above. */
const RELATED_LEVELS = 3;

/** Is the first WordNet sense of the head a person (noun.person: "man", "worker"; not "police")? */
export function isPersonHead(head: string): boolean {
  const first = synsetsOf(head.replace(/ /gu, '_'), 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_PERSON;
}

/**
 * Two person heads of one kind: the same lemma, one WordNet synset (description-heads.ts), or the
 * first sense of one a hypernym of the other's within two steps ("employee" → "worker").
 */
export function headsOfOneKind(left: string, right: string): boolean {
  const a = lemmaOf(left, 'noun') ?? left;
  const b = lemmaOf(right, 'noun') ?? right;
  if (a === b || sameDescriptionKind(a, b)) return true;
  const first = (lemma: string) => synsetsOf(lemma.replace(/ /gu, '_'), 'noun')[0];
  const x = first(a);
  const y = first(b);
  if (x === undefined || y === undefined) return false;
  const above = (from: number, to: number) =>
    hasHypernym(from, 'noun', { levels: RELATED_LEVELS }, (entry) => entry.offset === to);
  return above(x, y) || above(y, x);
}

/**
 * For each description that one named person wins, that person's id (description id → named id).
 * `fillers` gives, for each slot, the named people that fill it and in which article. A named
 * person votes only from another article than the description's: inside one article coreference
 * has already decided (on BBC news "a man was shot" outside a studio and a rapper "was shot dead"
 * years before, one event cluster in one article).
 */
export function describedPersonTargets(
  descriptions: readonly DescribedPerson[],
  fillers: ReadonlyMap<string, readonly { readonly id: string; readonly doc: number }[]>,
  named: ReadonlyMap<string, NamedPerson>,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const description of descriptions) {
    const heads = [...new Set(description.heads)];
    if (heads.length === 0) continue;
    if (heads.some((head) => head.endsWith('+pl') || head === 'people' || !isPersonHead(head))) continue;
    const genders = new Set(heads.map((head) => nounGender(head)).filter((gender) => gender !== undefined));
    if (genders.size > 1) continue;
    const votes = new Map<string, number>();
    for (const { slot, doc } of description.roles) {
      const ids = new Set(
        (fillers.get(slot) ?? []).filter((filler) => filler.doc !== doc).map(({ id }) => id),
      );
      for (const id of ids) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    let pool = [...votes].filter(([id]) => {
      const gender = named.get(id)?.gender;
      return gender === undefined || genders.size === 0 || genders.has(gender);
    });
    const ofKind = pool.filter(([id]) =>
      heads.some((head) => [...(named.get(id)?.heads ?? [])].some((own) => headsOfOneKind(head, own))),
    );
    if (ofKind.length > 0) pool = ofKind;
    // else only a head that states the person's gender ("a man", "the mother") allows a named
    // person: on BBC news "a Conservative election challenger" went to the prime minister
    else {
      const [gender] = genders;
      pool = pool.filter(([id]) => gender !== undefined && named.get(id)?.gender === gender);
    }
    pool.sort((a, b) => b[1] - a[1]);
    if (pool.length === 0 || (pool.length > 1 && pool[1]![1] === pool[0]![1])) continue;
    found.set(description.id, pool[0]![0]);
  }
  return found;
}
