import type { EntityType } from '../../model/index.js';
import { countryOfName, isInstitutionHead, lookupPlace, organisation } from '../lexicon/index.js';
import {
  ACRONYM_SKIP_WORDS,
  isAdjectivalName,
  isOrganisationNoun,
  isPlaceNameSuffix,
  isPlaceNoun,
} from './lexicon.js';
import { KINSHIP } from '../attributes/words.js';
import {
  hasLemma,
  lexicographerFileOf,
  NOUN_ACT,
  NOUN_COMMUNICATION,
  NOUN_GROUP,
  synsetsOf,
} from '../events/wordnet.js';

/** WordNet's lexicographer files of natural phenomena ("energy") and processes ("mining"). */
const NOUN_PHENOMENON = 19;
const NOUN_PROCESS = 22;
import { blendFits, blendParts, initials, isAcronym, isSpellingVariant } from './name-variants.js';
import type { NameItem } from './prepare-names.js';
import { firstNameGender } from './first-name-gender.js';
import type { Gender } from './lexicon.js';

/** Types in order of preference when a cluster's mentions are typed equally often. */
export const TYPE_PRIORITY: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];

/** Last words of organisation names that the short form leaves out. */
const ORGANISATION_NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'news',
  'group',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'plc',
  'co',
  'company',
  'holdings',
  'media',
  'party',
  'agency',
  'airlines',
  'airways',
  'motors',
  'international',
]);

/** Name items that name one entity. */
export interface NameCluster {
  readonly items: number[];
  /** Starts of the cluster's full names (added in text order, so sorted), for recency. */
  readonly fullStarts: number[];
  /** Start of the cluster's latest one-word name so far (they are added in text order), or -1. */
  latestSingle: number;
  readonly types: Map<EntityType, number>;
  person: boolean;
  /** The entity's type whatever the majority says (a country typed ORG now and then is a place). */
  preferredType?: EntityType | undefined;
}

/**
 * Groups name items into entities:
 * 1. full names (two words or more) first, so that "Putin" finds "Vladimir Putin" wherever it stands;
 *    the same full name, or the same first name with the surname misspelt, is one person;
 * 2. then one-word names in text order: the same word; an acronym of a longer name ("FSB");
 *    a surname or its misspelling ("Mr Lukashenko", "Rachabalizod"); a first name alone ("Saidakrami");
 *    the first word of a longer organisation name ("Bloomberg" for "Bloomberg News").
 * When several people share a surname or first name, the one mentioned last before wins.
 * Returns the cluster index of each item.
 */
export function clusterNames(
  items: readonly NameItem[],
  text = '',
): { clusters: NameCluster[]; clusterOf: Int32Array } {
  const clusters: NameCluster[] = [];
  const clusterOf = new Int32Array(items.length).fill(-1);
  const byFull = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  const byFirstName = new Map<string, number[]>();
  const surnamesByLetter = new Map<string, string[]>();
  const byInitials = new Map<string, number[]>();
  const byFirstWord = new Map<string, number[]>();
  /** Organisations by the first word of a longer name ("Real" of "Real Madrid", "Opera" of "Opera Software"). */
  const byLeadWord = new Map<string, number[]>();
  /** The same by a company's name without a legal form ("Cairn Energy"): used when no name with one fits. */
  const byLeadWordOfName = new Map<string, number[]>();
  /** Names of two words or more by their last word ("park" of "Bellahouston Park"), no people. */
  const byHeadWord = new Map<string, number[]>();
  /** Organisations of two words or more by their last word ("villa" of "Harbury Villa"). */
  const byOrganisationTail = new Map<string, number[]>();
  /** Places named like a person ("Washington"), adjectives like a place ("Czech"), kept apart (by type and name). */
  const placeAside = new Map<string, number>();

  const add = (cluster: number, item: number) => {
    const value = items[item] as NameItem;
    const target = clusters[cluster] as NameCluster;
    target.items.push(item);
    if (value.keys.length > 1) target.fullStarts.push(value.start);
    else if (value.start > target.latestSingle) target.latestSingle = value.start;
    target.types.set(value.type, (target.types.get(value.type) ?? 0) + 1);
    if (value.type === 'PERSON') target.person = true;
    clusterOf[item] = cluster;
  };
  const create = (item: number): number => {
    clusters.push({ items: [], fullStarts: [], latestSingle: -1, types: new Map(), person: false });
    add(clusters.length - 1, item);
    return clusters.length - 1;
  };
  const push = (map: Map<string, number[]>, key: string, cluster: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [cluster]);
    else if (!list.includes(cluster)) list.push(cluster);
  };
  /** The candidate mentioned last before `position`, else the one mentioned first after it. */
  const nearest = (candidates: readonly number[], position: number): number | undefined => {
    let best: number | undefined;
    let bestBefore = -1;
    let bestAfter = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
      const cluster = clusters[candidate] as NameCluster;
      const after = firstAtOrAfter(cluster.fullStarts, position);
      const before = Math.max(
        after > 0 ? (cluster.fullStarts[after - 1] as number) : -1,
        cluster.latestSingle < position ? cluster.latestSingle : -1,
      );
      if (before > bestBefore) {
        bestBefore = before;
        best = candidate;
      }
    }
    if (best !== undefined) return best;
    for (const candidate of candidates) {
      const cluster = clusters[candidate] as NameCluster;
      const start = cluster.fullStarts[firstAtOrAfter(cluster.fullStarts, position + 1)];
      if (start !== undefined && start < bestAfter) {
        bestAfter = start;
        best = candidate;
      }
    }
    return best;
  };

  /**
   * "Bank set to leave rates on hold" (a headline) before "the Bank of England … The Bank's": a
   * one-word name used once before `target`'s longer name was introduced is its short form too (one
   * used more often is an entity the text named on its own: "Nintendo" long before "Nintendo Europe"). Moves them into `target` and returns it, else returns `cluster` unchanged.
   */
  const absorbEarlier = (cluster: number, target: number, key: string): number => {
    const earlier = clusters[cluster] as NameCluster;
    const introduced = (clusters[target] as NameCluster).fullStarts[0];
    if (
      cluster === target ||
      introduced === undefined ||
      earlier.items.length !== 1 ||
      earlier.fullStarts.length > 0 ||
      earlier.person ||
      !earlier.items.every((member) => (items[member] as NameItem).start < introduced)
    )
      return cluster;
    for (const member of earlier.items) add(target, member);
    earlier.items.length = 0;
    earlier.types.clear();
    byFull.set(key, target);
    return target;
  };

  /** A team's short names ("Warriors", "Red Wings") and its city used for it ("Denver"), by key. */
  const byTeamTail = new Map<string, number[]>();
  const byTeamPlace = new Map<string, number[]>();
  const registerTeam = (item: NameItem, keys: readonly string[], cluster: number) => {
    if (item.type !== 'ORG' || !isTeamLike(item.display)) return;
    let words = keys;
    if (TEAM_SUFFIX.has(words[words.length - 1] as string)) {
      words = words.slice(0, -1);
      if (words.length > 0 && !byFull.has(words.join(' '))) byFull.set(words.join(' '), cluster);
    }
    for (let cut = 1; cut < words.length; cut += 1) {
      push(byTeamTail, words.slice(cut).join(' '), cluster);
      push(byTeamPlace, words.slice(0, cut).join(' '), cluster);
    }
  };
  /** The one team a short name or a city typed ORG stands for, if only one fits. */
  const teamOf = (item: NameItem, keys: readonly string[]): number | undefined => {
    if (item.type === 'PERSON') return undefined;
    const key = keys.join(' ');
    const tails = byTeamTail.get(key);
    if (tails !== undefined) return tails.length === 1 ? tails[0] : undefined;
    const places = item.type === 'ORG' ? byTeamPlace.get(key) : undefined;
    return places?.length === 1 ? places[0] : undefined;
  };
  const joinTeam = (cluster: number) => {
    (clusters[cluster] as NameCluster).preferredType = 'ORG';
  };

  /** The cluster a name of two words or more joins: the same full name, else the team it names. */
  const knownCluster = (item: NameItem, keys: readonly string[], full: string): number | undefined => {
    const known = byFull.get(full);
    if (known !== undefined) return known;
    const team = teamOf(item, keys);
    if (team !== undefined) joinTeam(team);
    return team;
  };

  // 1. Names of two words or more (teams first, so that "Red Wings" finds "Detroit Red Wings").
  const teams: number[] = [];
  items.forEach((item, index) => {
    if (item.keys.length >= 2 && item.type === 'ORG' && isTeamLike(item.display)) teams.push(index);
  });
  teams.sort((a, b) => (items[b] as NameItem).keys.length - (items[a] as NameItem).keys.length || a - b);
  for (const index of teams) {
    const item = items[index] as NameItem;
    const keys = nonPersonKeys(item);
    const full = keys.join(' ');
    let cluster = knownCluster(item, keys, full);
    if (cluster === undefined) cluster = create(index);
    else add(cluster, index);
    byFull.set(full, cluster);
    registerTeam(item, keys, cluster);
    // "Harbour Valley Times" is named like a team but is "HVT" too.
    push(byInitials, initials(item.display.split(/\s+/u), ACRONYM_SKIP_WORDS), cluster);
  }
  const partOf = longerOrganisationNames(items);
  items.forEach((item, index) => {
    if (item.keys.length < 2 || clusterOf[index] !== -1) return;
    const keys = nonPersonKeys(item);
    const full = keys.join(' ');
    let cluster = knownCluster(item, keys, full);
    // "Harwick Polytechnic" beside "Harwick Polytechnic University": the one longer name it begins or ends.
    const longer = cluster === undefined ? partOf.get(full) : undefined;
    if (longer !== undefined) {
      cluster = byFull.get(longer);
      if (cluster === undefined) {
        cluster = create(index);
        byFull.set(longer, cluster);
      } else add(cluster, index);
      byFull.set(full, cluster);
      return;
    }
    if (cluster === undefined && item.type === 'PERSON')
      cluster = samePerson(item, bySurname, surnamesByLetter, clusters, items, text);
    // "Sun Devil freshman" beside "the Sun Devils": a team's name in the singular, as a modifier.
    if (cluster === undefined && item.type === 'ORG' && organisation(item.display) === undefined) {
      const plural = byFull.get(`${full}s`);
      if (plural !== undefined && isOrganisationOnly(clusters[plural] as NameCluster)) cluster = plural;
    }
    if (cluster === undefined) cluster = create(index);
    else add(cluster, index);
    byFull.set(full, cluster);
    if (item.type === 'PERSON') {
      const surname = keys[keys.length - 1] as string;
      push(bySurname, surname, cluster);
      // "Sven Goran-Lind" is "Lind" too: the last part of a hyphenated surname.
      const hyphen = surname.lastIndexOf('-');
      if (hyphen > 0 && hyphen < surname.length - 2) push(bySurname, surname.slice(hyphen + 1), cluster);
      push(byFirstName, keys[0] as string, cluster);
      const letter = surname[0] ?? '';
      const list = surnamesByLetter.get(letter) ?? [];
      if (!list.includes(surname)) list.push(surname);
      surnamesByLetter.set(letter, list);
    } else {
      registerTeam(item, keys, cluster);
      push(byHeadWord, keys[keys.length - 1] as string, cluster);
      // "the Bank" after "the Bank of England", "the University" after "University of Delaware": the
      // head of a name with a complement ("of", "for") is the word before the complement.
      const complement = keys.findIndex((key, at) => at > 0 && (key === 'of' || key === 'for'));
      if (complement > 0) push(byHeadWord, keys[complement - 1] as string, cluster);
      // "Villa" of "Harbury Villa", "Council" of "Council of Ministers": an organisation's head word
      if (item.type === 'ORG')
        push(byOrganisationTail, keys[complement > 0 ? complement - 1 : keys.length - 1] as string, cluster);
      push(byInitials, initials(item.display.split(/\s+/u), ACRONYM_SKIP_WORDS), cluster);
      // "Wright State" is "WSU" too: a state university named without its last word.
      const stateUniversity = stateUniversityInitials(item);
      if (stateUniversity !== undefined) push(byInitials, stateUniversity, cluster);
      // "Bloomberg News" is also "Bloomberg", but "Guardian First Book Award" is not "Guardian".
      // "Harlow Group PLC" is "Harlow" too: every word after the first a suffix.
      if (keys.slice(1).every((key) => ORGANISATION_NAME_SUFFIXES.has(key)))
        push(byFirstWord, keys[0] as string, cluster);
      else if (item.type === 'ORG') {
        const shortened = shortenedByLeadWord(item.display);
        if (shortened !== undefined)
          push(shortened === 'form' ? byLeadWord : byLeadWordOfName, keys[0] as string, cluster);
      }
      const last = keys[keys.length - 1] as string;
      if (item.type === 'LOC' && isPlaceNameSuffix(last) && !byFull.has(keys.slice(0, -1).join(' ')))
        byFull.set(keys.slice(0, -1).join(' '), cluster);
    }
  });

  // 2. One-word names, in text order.
  /** The person each one-word surname went to last, and each person's latest one-word surname. */
  const surnameChain = new Map<string, number>();
  const latestSurname = new Map<number, number>();
  /** People named only by title and surname, kept apart from a namesake of the other gender. */
  const titledOnly = new Set<number>();
  items.forEach((item, index) => {
    if (item.keys.length !== 1) return;
    const key = item.keys[0] as string;
    let blockedByTitle = false;
    // The recogniser sometimes types a surname as a place ("Smith’s car"); a known place stays one.
    const mayBePerson =
      item.type === 'PERSON' ||
      item.honorific ||
      item.type === 'MISC' ||
      item.type === 'ORG' ||
      (item.type === 'LOC' && surnamesByLetter.has(key[0] ?? '') && lookupPlace(item.display) === undefined);
    let cluster = byFull.get(key);
    // "Washington" the person and "Washington" the place: a person's surname goes to the person
    // named in full, not to the place of the same name; a known place typed as one stays a place.
    if (cluster !== undefined && !clusters[cluster]?.person && item.type === 'PERSON' && bySurname.has(key))
      cluster = undefined;
    // The same goes for a nationality or group adjective typed MISC ("Czech" beside "Czech Republic").
    if (
      cluster !== undefined &&
      ((item.type === 'LOC' &&
        !item.honorific &&
        isPersonOnly(clusters[cluster] as NameCluster) &&
        lookupPlace(item.display) !== undefined) ||
        (item.type === 'MISC' && !clusters[cluster]?.types.has('MISC') && isAdjectivalName(item.display)))
    ) {
      const asideKey = `${item.type} ${key}`;
      const place = placeAside.get(asideKey);
      if (place === undefined) placeAside.set(asideKey, create(index));
      else add(place, index);
      return;
    }
    if (cluster === undefined && isAcronym(item.display)) {
      const candidates = (byInitials.get(key) ?? []).filter((candidate) => !clusters[candidate]?.person);
      if (candidates.length === 1) cluster = candidates[0];
      else if (candidates.length === 0) {
        cluster = introducedAcronym(text, items, index, clusterOf, clusters);
        if (cluster !== undefined) byFull.set(key, cluster);
      }
    }
    // "LiLo" beside "Lindsay Lohan", "A-Rod" beside "Alex Rodriguez": a nickname blended from the
    // given name and the surname of the one person named in full whose names it opens
    const blend = cluster === undefined && mayBePerson ? blendParts(item.display) : null;
    if (blend !== null) {
      const candidates = new Set<number>();
      for (const [first, list] of byFirstName) {
        if (!first.startsWith(blend[0])) continue;
        for (const candidate of list)
          for (const [surname, holders] of bySurname)
            if (holders.includes(candidate) && blendFits(blend, first, surname)) candidates.add(candidate);
      }
      if (candidates.size === 1) {
        cluster = [...candidates][0] as number;
        // a person still, whatever the recogniser made of the nickname
        (clusters[cluster] as NameCluster).preferredType = 'PERSON';
      }
    }
    if (cluster === undefined && mayBePerson) {
      let candidates = bySurname.get(key) ?? misspeltSurnames(key, surnamesByLetter, bySurname);
      const named = candidates.length;
      // "Mr Lind" beside "Ms Lind" and "Anna Lind": an honorific of the other gender is a hard
      // constraint; a first name's usual gender only a guess, which an honorific beats when no other
      // person of the surname agrees ("Mr Giles" beside "Ashley Giles" alone).
      if (item.gender !== undefined) {
        const other = opposite(item.gender);
        candidates = candidates.filter((candidate) => titleGender(clusters[candidate], items) !== other);
        const agreeing = candidates.filter(
          (candidate) => clusterGender(clusters[candidate], items) !== other,
        );
        // "Mrs Redknapp" beside "Harry Redknapp" alone is his wife: a woman's title before the
        // surname of a man is a hard constraint too, since a wife takes her husband's surname and
        // the name lists call many men's given names female ("Ashley", "Kim") but few women's male.
        candidates = agreeing.length > 0 || item.gender === 'f' ? agreeing : candidates;
        blockedByTitle = named > 0 && candidates.length === 0 && item.gender === 'f';
      }
      // "Moss said she …" beside "Danielle Moss" and her brother "Daniel Moss": the pronoun the
      // surname's own speech verb takes up agrees with the person.
      const pronounGender = candidates.length > 1 ? speakerPronounGender(text, item.end) : undefined;
      if (pronounGender !== undefined) {
        const agreeing = candidates.filter(
          (candidate) => clusterGender(clusters[candidate], items) !== opposite(pronounGender),
        );
        if (agreeing.length > 0) candidates = agreeing;
      }
      // "Redknapp" beside "Harry Redknapp" and "Mrs Redknapp" (his wife, never named in full): a
      // bare surname is the one named in full, unless only the titled one fits (the pronoun above).
      if (item.gender === undefined && candidates.some((candidate) => titledOnly.has(candidate))) {
        const full = candidates.filter((candidate) => !titledOnly.has(candidate));
        if (full.length > 0) candidates = full;
      }
      // "Secretary Rajapakse" beside "Defence Secretary Gotabhaya Rajapakse" and "President Mahinda
      // Rajapakse": a title goes to the person the text gave that title.
      const title = titleOf(text, item);
      if (title !== '' && candidates.length > 1) {
        const titled = candidates.filter((candidate) => hasTitle(text, clusters[candidate], items, title));
        if (titled.length > 0) candidates = titled;
      }
      if (candidates.length > 0) {
        cluster = surnameHolder(
          candidates.map((candidate) => ({
            cluster: candidate,
            fullStarts: (clusters[candidate] as NameCluster).fullStarts,
            latestSurname: latestSurname.get(candidate) ?? -1,
            namedJustBefore: namedJustBefore(text, item, clusters[candidate] as NameCluster, items),
          })),
          item.start,
          surnameChain.get(key),
        );
        if (cluster !== undefined) {
          // a full name just before borrows the surname for a moment; the chain stays
          if (!(candidates.length > 1 && cluster !== surnameChain.get(key) && surnameChain.has(key)))
            surnameChain.set(key, cluster);
          latestSurname.set(cluster, item.start);
        }
      }
    }
    if (cluster === undefined && mayBePerson && !item.honorific && item.type !== 'ORG') {
      const candidates = byFirstName.get(key) ?? [];
      if (candidates.length > 0) cluster = nearest(candidates, item.start);
    }
    // "Sir John" beside "Sir John Bourn": a knight or dame is called by title and given name; the
    // person the text gave the same title and given name.
    const knightTitle = item.honorific ? titleOf(text, item) : '';
    if (
      cluster === undefined &&
      item.type === 'PERSON' &&
      (knightTitle === 'sir' || knightTitle === 'dame')
    ) {
      const candidates = (byFirstName.get(key) ?? []).filter((candidate) =>
        hasTitle(text, clusters[candidate], items, knightTitle),
      );
      if (candidates.length > 0) cluster = nearest(candidates, item.start);
    }
    if (cluster === undefined && item.type === 'ORG') {
      const candidates = (byFirstWord.get(key) ?? []).filter((candidate) => !clusters[candidate]?.person);
      if (candidates.length === 1) cluster = candidates[0];
    }
    // "Real" after "Real Madrid", "Opera" after "Opera Software": a one-word organisation name that
    // begins one longer organisation name named before it is that organisation's short form.
    if (
      (cluster === undefined || isOrganisationOnly(clusters[cluster] as NameCluster)) &&
      item.type === 'ORG' &&
      isLeadWord(item.display)
    ) {
      const person = (candidate: number) => clusters[candidate]?.person === true;
      let candidates = (byLeadWord.get(key) ?? []).filter((candidate) => !person(candidate));
      if (candidates.length === 0)
        candidates = (byLeadWordOfName.get(key) ?? []).filter((candidate) => !person(candidate));
      const only = candidates.length === 1 ? (candidates[0] as number) : -1;
      const named = only >= 0 ? (clusters[only] as NameCluster).fullStarts[0] : undefined;
      if (named !== undefined && named < item.start && isOrganisationOnly(clusters[only] as NameCluster))
        cluster = cluster === undefined ? only : absorbEarlier(cluster, only, key);
    }
    // "the Park" after "Bellahouston Park", "the Street" after "Coronation Street": a common noun
    // written as a name after "the", the last word of one longer name (no person's) named before
    // it, is that name's short form, not a place or body of its own.
    // A name with that head named only after it ("the Commonwealth Bank" later) is no rival.
    if (item.type !== 'PERSON' && isHeadWordShortForm(text, item)) {
      const candidates = (byHeadWord.get(key) ?? []).filter((candidate) => {
        const named = (clusters[candidate] as NameCluster).fullStarts[0];
        return !clusters[candidate]?.person && named !== undefined && named < item.start;
      });
      const only = candidates.length === 1 ? (candidates[0] as number) : -1;
      if (only >= 0) cluster = cluster === undefined ? only : absorbEarlier(cluster, only, key);
    }
    // "Villa" after "Harbury Villa", "Palace" after "Crystal Palace": a one-word organisation name
    // that ends one longer organisation name (no person's) named before it is that name's short
    // form, unless it is a place or an organisation of its own.
    if (cluster === undefined && item.type === 'ORG' && isOrganisationTail(item.display)) {
      // every name with that head named before is a rival, whatever its other mentions are typed
      const candidates = (byOrganisationTail.get(key) ?? []).filter((candidate) => {
        const named = (clusters[candidate] as NameCluster).fullStarts[0];
        return named !== undefined && named < item.start;
      });
      const only = candidates.length === 1 ? (candidates[0] as number) : -1;
      if (only >= 0 && isOrganisationOnly(clusters[only] as NameCluster)) cluster = only;
    }
    // "Springbok" beside "Springboks": one organisation named in the singular and the plural.
    if (
      cluster === undefined &&
      item.type === 'ORG' &&
      key.length > 3 &&
      organisation(item.display) === undefined
    ) {
      const other = byFull.get(key.endsWith('s') ? key.slice(0, -1) : `${key}s`);
      if (other !== undefined && isOrganisationOnly(clusters[other] as NameCluster)) cluster = other;
    }
    if (cluster === undefined || (item.type === 'ORG' && !clusters[cluster]?.types.has('ORG'))) {
      const team = teamOf(item, item.keys);
      if (team !== undefined && !clusters[team]?.person) {
        cluster = team;
        joinTeam(team);
      }
    }
    // "the Illini" beside "Illinois": a team's nickname cut from its name (see prefixNickname)
    if (
      cluster === undefined &&
      item.type === 'ORG' &&
      !item.honorific &&
      THE_BEFORE.test(text.slice(Math.max(0, item.start - 4), item.start))
    ) {
      const candidates: number[] = [];
      for (const [name, candidate] of byFull)
        if (
          prefixNickname(key, name) &&
          !clusters[candidate]?.person &&
          clusters[candidate]?.types.has('ORG') &&
          !candidates.includes(candidate)
        )
          candidates.push(candidate);
      if (candidates.length === 1) cluster = candidates[0];
    }
    if (cluster === undefined && blockedByTitle) {
      // a person of her own, found again by her surname and title, not by the bare surname
      cluster = create(index);
      titledOnly.add(cluster);
      push(bySurname, key, cluster);
    } else if (cluster === undefined) {
      cluster = create(index);
      byFull.set(key, cluster);
    } else add(cluster, index);
  });
  separateSameNames(clusters, clusterOf, items);
  return { clusters, clusterOf };
}

/**
 * Is the one-word name `nickname` a team's nickname cut from its one-word name `name` ("illini" of
 * "illinois")? It shares the name's first five letters at least and all its own letters but its
 * last; it is no place or nationality of its own. "Austria" beside "Australia", "Scots" beside
 * "Scotland" or "Canadiens" beside "Canada" are not: too little of them is shared.
 */
function prefixNickname(nickname: string, name: string): boolean {
  if (name.includes(' ') || nickname === name || nickname.length < 5 || name.length < 5) return false;
  let shared = 0;
  while (shared < nickname.length && nickname[shared] === name[shared]) shared += 1;
  if (shared < 5 || shared < nickname.length - 1 || shared === nickname.length) return false;
  const display = nickname[0]?.toUpperCase() + nickname.slice(1);
  return lookupPlace(display) === undefined && !isAdjectivalName(display);
}

/** A capitalised word that is neither a place, a nationality nor an organisation the lexicon knows. */
function isOrganisationTail(display: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(display) &&
    lookupPlace(display) === undefined &&
    !isAdjectivalName(display) &&
    organisation(display) === undefined
  );
}

const THE_BEFORE = /(?:^|[^\p{L}])the $/iu;

/**
 * A one-word name that is a common noun written after "the" ("the Park", "the Street"), not a place
 * the lexicon knows ("the Gambia") nor an organisation it knows.
 */
function isHeadWordShortForm(text: string, item: NameItem): boolean {
  const display = item.display;
  if (!/^\p{Lu}\p{Ll}+$/u.test(display) || lookupPlace(display) !== undefined || isAdjectivalName(display))
    return false;
  if (organisation(display) !== undefined || !hasLemma(display.toLowerCase(), 'noun')) return false;
  const at = item.end - display.length;
  return THE_BEFORE.test(text.slice(Math.max(0, at - 5), at));
}

/** The title written before a name item, lower-cased ("secretary" for "Secretary Rajapakse"), or "". */
function titleOf(text: string, item: NameItem): string {
  if (!item.honorific) return '';
  const before = text.slice(item.start, item.end - item.display.length).trim();
  const last = before.slice(before.lastIndexOf(' ') + 1);
  return last.replace(/\.$/u, '').toLowerCase();
}

function hasTitle(
  text: string,
  cluster: NameCluster | undefined,
  items: readonly NameItem[],
  title: string,
): boolean {
  return (
    cluster !== undefined &&
    cluster.items.some((member) => titleOf(text, items[member] as NameItem) === title)
  );
}

function opposite(gender: Gender): Gender {
  return gender === 'm' ? 'f' : 'm';
}

/**
 * The gender a person cluster has shown so far: its honorifics ("Ms Lind") and the first names of
 * its full names ("Anna Lind"); undefined when it shows none or both.
 */
export function clusterGender(
  cluster: NameCluster | undefined,
  items: readonly NameItem[],
): Gender | undefined {
  if (cluster === undefined) return undefined;
  let found: Gender | undefined;
  for (const member of cluster.items) {
    const item = items[member] as NameItem;
    const gender =
      item.gender ??
      (item.type === 'PERSON' && item.keys.length >= 2 && !item.honorific
        ? firstNameGender(item.display.split(/\s+/u)[0] as string)
        : undefined);
    if (gender === undefined) continue;
    if (found !== undefined && found !== gender) return undefined;
    found = gender;
  }
  return found;
}

/** The gender the honorifics of a person cluster give ("Ms Lind"); undefined when none or both. */
function titleGender(cluster: NameCluster | undefined, items: readonly NameItem[]): Gender | undefined {
  if (cluster === undefined) return undefined;
  let found: Gender | undefined;
  for (const member of cluster.items) {
    const gender = (items[member] as NameItem).gender;
    if (gender === undefined) continue;
    if (found !== undefined && found !== gender) return undefined;
    found = gender;
  }
  return found;
}

/** ", or", "(", ", known as" between a name and the acronym the text gives it. */
const ACRONYM_INTRODUCTION = /^(?:,? or|,? also known as|,? known as|,? \(|,? or the|,? \(the)\s*$/u;

/**
 * "the Liberation Front of Drosland, or FLD," and "… Front (FLD)": an acronym the text introduces
 * right after a name of two words or more (no person) is that name's when its letters are the
 * name's initials in any order (a translated name keeps the acronym of its own language: "FARC").
 */
function introducedAcronym(
  text: string,
  items: readonly NameItem[],
  index: number,
  clusterOf: Int32Array,
  clusters: readonly NameCluster[],
): number | undefined {
  const item = items[index] as NameItem;
  const previous = items[index - 1];
  if (previous === undefined || previous.type === 'PERSON' || previous.keys.length < 2) return undefined;
  if (item.start - previous.end > 16 || !ACRONYM_INTRODUCTION.test(text.slice(previous.end, item.start)))
    return undefined;
  // the acronym's letters are initials of the name, in any order ("FARC" for "Revolutionary
  // Armed Forces of Colombia"; not a stock symbol after an exchange, "(LOGN)")
  const letters = new Set(initials(previous.display.split(/\s+/u), ACRONYM_SKIP_WORDS));
  for (const letter of item.display.replaceAll('.', '').toLowerCase())
    if (!letters.has(letter)) return undefined;
  const cluster = clusterOf[index - 1];
  if (cluster === undefined || cluster < 0 || clusters[cluster]?.person) return undefined;
  return cluster;
}

/** Legal forms that end a company's full name ("Velor AG", "Tarn Music Group PLC", "Orvel Stores Inc."). */
const LEGAL_FORM =
  /^(?:ag|sa|s\.a|inc|corp|corporation|incorporated|ltd|limited|plc|llc|gmbh|nv|n\.v|co|group)$/u;

/**
 * An organisation's full name that its first word alone stands for: a club named before its city
 * ("Real Madrid", "Athletic Bilbao") or a company's name before its legal form ("Bertelsmann AG",
 * "Winn-Dixie Stores Inc."): 'form'; a company's name of company-name words ("Cairn Energy", see
 * `isCompanyNameWord`): 'name', weaker (a name with a legal form wins: "Verizon" is "Verizon
 * Communications Inc.", not "Verizon Business"); not a prize, a paper or a product that only opens
 * with a name ("Lakeside Literary Prize", "Harvard Crimson").
 */
/** Heads of a two-word institution name that its first word stands for ("Purdue" of "Purdue University"). */
const ACADEMIC_HEADS: ReadonlySet<string> = new Set(['university', 'college', 'institute', 'institution']);

function shortenedByLeadWord(display: string): 'form' | 'name' | undefined {
  const words = display.replace(/^the /iu, '').split(/\s+/u);
  if (words.length < 2 || !isLeadWord(words[0] as string)) return undefined;
  const last = (words[words.length - 1] as string).toLowerCase().replace(/\.$/u, '');
  const later = words.slice(1);
  const lead = (words[0] as string).toLowerCase();
  if (
    LEGAL_FORM.test(last) ||
    (words.length === 2 && ACADEMIC_HEADS.has(last)) ||
    lookupPlace(later.join(' ')) !== undefined
  )
    return 'form';
  const commonLead = synsetsOf(lead, 'noun').length > 0;
  return later.length <= 2 && later.every((word) => isCompanyNameWord(word, later.length === 1, commonLead))
    ? 'name'
    : undefined;
}

/**
 * A word after the first of a company's name that the short form may leave out: "&" ("Tate & Lyle"),
 * a name WordNet does not know after one it does not know either ("Pernod Ricard"; "Apple Powerbook"
 * is a product), such a name or an adjective beside another word ("Sumitomo Mitsui Financial"),
 * or a noun whose first sense is a group, a phenomenon, a process or an
 * activity ("Cairn Energy", "Jupiter Research"); not a product's word ("Sony PSP", "Casio QV-10",
 * "Apple Mac", "Google Video": capitals, digits, an artefact or a medium) nor an award ("Turner Award").
 */
function isCompanyNameWord(word: string, alone: boolean, commonLead: boolean): boolean {
  if (word === '&') return !alone;
  if (!/^(?:Mc|Mac)?\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  const senses = synsetsOf(lower, 'noun');
  if (senses.length === 0)
    return !alone || (!commonLead && !hasLemma(lower, 'adj') && !hasLemma(lower, 'verb'));
  const files = senses.slice(0, 2).map((sense) => lexicographerFileOf(sense, 'noun'));
  const first = files[0] as number;
  return (
    first === NOUN_GROUP ||
    first === NOUN_PHENOMENON ||
    first === NOUN_PROCESS ||
    (first === NOUN_ACT && !files.includes(NOUN_COMMUNICATION))
  );
}

/**
 * A word that may stand for the longer organisation name it begins: capitalised, not an acronym (an
 * acronym is a name of its own: "CBS" of "CBS News"), not a place, a nationality, a known
 * organisation ("Canton" of "Canton Baptist Temple" is the town) or a head noun of organisations and
 * places ("Hospital", "Bank", "Park").
 */
function isLeadWord(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(word) &&
    lookupPlace(word) === undefined &&
    countryOfName(word) === undefined &&
    !isAdjectivalName(word) &&
    organisation(word) === undefined &&
    !isInstitutionHead(word) &&
    !isOrganisationNoun(word.toLowerCase()) &&
    !isPlaceNoun(word.toLowerCase())
  );
}

function isOrganisationOnly(cluster: NameCluster): boolean {
  return cluster.types.size === 1 && cluster.types.has('ORG');
}

function isPersonOnly(cluster: NameCluster): boolean {
  return cluster.person && cluster.types.size === 1;
}

/**
 * A place lends its name to organisations and events: a city to its football club, a state to its
 * team, a capital to its government, a town to its tournament; a nationality adjective is spelt
 * like the start of its country's name. When the recogniser typed the same name (the same words)
 * LOC, ORG or MISC in different places, the string alone is no evidence that they are one entity:
 * - a city or region (a known place that is not a country): each type is an entity of its own
 *   ("Leeds" the club, "Leeds" the city, "Leeds" the festival);
 * - a country: ORG mentions stay with the place ("Ruritania said", typed ORG, is noise; national
 *   teams are the country, as in CoNLL-2003) and the entity is a place whatever the majority;
 *   MISC ones become their own entity;
 * - a name unknown to the gazetteer: as for a city, unless one mention alone is typed against two
 *   or more, which is the recogniser's noise: then one entity, typed by majority.
 * Only mentions with the very words of a mention of the entity's main type are moved: an acronym
 * or a short form joined to a longer name ("RBI", "Bloomberg") has better evidence than its type.
 * Clusters where people are the majority are left alone: the surname of a named person is better
 * evidence than the recogniser's type of one mention.
 */
function separateSameNames(clusters: NameCluster[], clusterOf: Int32Array, items: readonly NameItem[]): void {
  const count = clusters.length;
  for (let index = 0; index < count; index += 1) {
    const cluster = clusters[index] as NameCluster;
    const places = cluster.types.get('LOC') ?? 0;
    const organisations = cluster.types.get('ORG') ?? 0;
    const others = cluster.types.get('MISC') ?? 0;
    const most = Math.max(places, organisations, others);
    if (most === places + organisations + others) continue;
    if ((cluster.types.get('PERSON') ?? 0) >= most) continue;
    let kind: 'country' | 'place' | 'unknown' = 'unknown';
    for (const member of cluster.items) {
      const item = items[member] as NameItem;
      if (item.type !== 'LOC') continue;
      if (countryOfName(item.display) !== undefined) {
        kind = 'country';
        break;
      }
      if (lookupPlace(item.display) !== undefined) kind = 'place';
    }
    if (kind === 'country' && places > 0) cluster.preferredType = 'LOC';
    if (kind === 'unknown' && places + organisations + others - most === 1 && most >= 2) continue;
    const main = kind === 'country' && places > 0 ? 'LOC' : mainType(cluster);
    const mainNames = new Set<string>();
    for (const member of cluster.items) {
      const item = items[member] as NameItem;
      if (item.type === main || (kind === 'country' && item.type === 'ORG')) mainNames.add(sameNameKey(item));
    }
    const moved = new Map<EntityType, number[]>();
    const kept: number[] = [];
    for (const member of cluster.items) {
      const item = items[member] as NameItem;
      const stays =
        item.type === main ||
        item.type === 'PERSON' ||
        (kind === 'country' && item.type === 'ORG') ||
        !mainNames.has(sameNameKey(item));
      if (stays) kept.push(member);
      else moved.set(item.type, [...(moved.get(item.type) ?? []), member]);
    }
    if (moved.size === 0) continue;
    for (const [type, members] of moved) {
      clusters.push({
        items: members,
        fullStarts: [],
        latestSingle: -1,
        types: new Map([[type, members.length]]),
        person: false,
      });
      for (const member of members) clusterOf[member] = clusters.length - 1;
      cluster.types.delete(type);
    }
    cluster.items.length = 0;
    cluster.items.push(...kept);
  }
}

/**
 * Names of two words or more, typed ORG or MISC, that are the leading or trailing words of exactly
 * one longer organisation name in the document ("Harwick Polytechnic" of "Harwick Polytechnic
 * University", "Dornbach Rovers" of "Port Alder Dornbach Rovers"), mapped to that longer name's key.
 * A known place ("New York" of "New York Times") and a name the document also uses as a person are
 * left alone, as is a part that two longer names share.
 */
function longerOrganisationNames(items: readonly NameItem[]): Map<string, string> {
  const organisationNames = new Set<string>();
  const otherTypes = new Set<string>();
  const names = new Set<string>();
  for (const item of items) {
    if (item.keys.length < 2) continue;
    const full = nonPersonKeys(item).join(' ');
    names.add(full);
    if (item.type === 'ORG') organisationNames.add(full);
    else if (item.type !== 'MISC') otherTypes.add(full);
  }
  const owners = new Map<string, Set<string>>();
  for (const full of organisationNames) {
    if (otherTypes.has(full)) continue;
    const words = full.split(' ');
    for (let length = 2; length < words.length; length += 1)
      for (const part of [words.slice(0, length), words.slice(words.length - length)]) {
        const key = part.join(' ');
        const set = owners.get(key) ?? new Set<string>();
        set.add(full);
        owners.set(key, set);
      }
  }
  const result = new Map<string, string>();
  for (const [part, longer] of owners) {
    if (longer.size !== 1 || !names.has(part) || otherTypes.has(part)) continue;
    const only = [...longer][0] as string;
    // A longer name that is itself part of a longer one is left to that one.
    if ((owners.get(only)?.size ?? 0) > 0) continue;
    if (lookupPlace(part) !== undefined) continue;
    result.set(part, only);
  }
  return result;
}

/** The type a cluster's entity gets: the majority, ties to the most specific (as `draftFromCluster`). */
/** Words after a team's name that its short forms leave out ("Adelaide United FC"). */
const TEAM_SUFFIX: ReadonlySet<string> = new Set(['fc', 'f.c.', 'sc', 'afc']);
/** Last words of club names that are not plurals ("Adelaide United", "Manchester City", "Harbury County"). */
const CLUB_WORD = /^(?:United|City|County|Athletic|Rovers|Wanderers|Albion|FC|F\.C\.|AFC|SC)$/u;

/**
 * The acronym of a state university named without "University" ("Wright State", "Kansas State"):
 * its initials with the "U" the acronym keeps ("WSU", "KSU"). Only organisations of two or three
 * capitalised words ending in "State" whose first word is no nationality ("Islamic State").
 */
function stateUniversityInitials(item: NameItem): string | undefined {
  if (item.type !== 'ORG') return undefined;
  const words = item.display.split(/\s+/u);
  if (words.length < 2 || words.length > 3 || words[words.length - 1] !== 'State') return undefined;
  if (!words.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) || isAdjectivalName(words[0] as string))
    return undefined;
  return `${initials(words, ACRONYM_SKIP_WORDS)}u`;
}

/**
 * An organisation named like a sports team: two words or more, the last a capitalised plural
 * ("Golden State Warriors", "Detroit Red Wings") or a club word ("Adelaide United FC").
 */
export function isTeamLike(display: string): boolean {
  const words = display.replace(/^the /iu, '').split(/\s+/u);
  if (words.length < 2 || words.length > 5 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  const last = words[words.length - 1] as string;
  return (
    /^\p{Lu}[\p{Ll}’'-]*[^sui’']s$/u.test(last) ||
    CLUB_WORD.test(last) ||
    // a place and a nationality: "Harwick Welsh", a club that the nationality alone stands for
    (words.length <= 3 && isAdjectivalName(last) && lookupPlace(words.slice(0, -1).join(' ')) !== undefined)
  );
}

function mainType(cluster: NameCluster): EntityType {
  let type: EntityType = 'MISC';
  let best = -1;
  for (const candidate of TYPE_PRIORITY) {
    const count = cluster.types.get(candidate) ?? 0;
    if (count > best) {
      best = count;
      type = candidate;
    }
  }
  return type;
}

function sameNameKey(item: NameItem): string {
  return nonPersonKeys(item).join(' ');
}

/** "The Telegraph" and "Telegraph" are one name; people keep every word. */
function nonPersonKeys(item: NameItem): readonly string[] {
  if (item.type !== 'PERSON' && item.keys.length > 1 && item.keys[0] === 'the') return item.keys.slice(1);
  return item.keys;
}

/**
 * The cluster of a person already named with the same full name written differently: the same
 * surname (or a misspelling of it, when the given names agree) and given names that agree, where
 * one list of given names may leave some out or shorten them to initials: "George W. Bush" and
 * "George Bush", "Armand Marie Leroi" and "Marie Leroi", "V. Putin" and "Vladimir Putin".
 */
function samePerson(
  item: NameItem,
  bySurname: ReadonlyMap<string, number[]>,
  surnamesByLetter: ReadonlyMap<string, readonly string[]>,
  clusters: readonly NameCluster[],
  items: readonly NameItem[],
  text: string,
): number | undefined {
  const surname = item.keys[item.keys.length - 1] as string;
  const given = item.keys.slice(0, -1);
  const exact = bySurname.get(surname) ?? [];
  const apart = (candidate: number) => namedApart(text, item, clusters[candidate], items);
  for (const candidate of exact)
    if (givenNamesAgree(given, clusters[candidate], items, false) && !apart(candidate)) return candidate;
  for (const other of surnamesByLetter.get(surname[0] ?? '') ?? []) {
    if (other === surname || !isSpellingVariant(surname, other)) continue;
    for (const candidate of bySurname.get(other) ?? [])
      if (givenNamesAgree(given, clusters[candidate], items, true) && !apart(candidate)) return candidate;
  }
  return undefined;
}

/** A sentence end between two names: a full stop, "!" or "?" (perhaps closing a quotation), then a capital. */
const SENTENCE_BREAK = /[.!?]["'”’)]*\s+["'“‘(]?\p{Lu}|\n/u;

/** "her sister", "his son,", "the wife of" just before a name: the name is a relative of someone else. */
const KIN_BEFORE = /(?:^|[^\p{L}-])([\p{Ll}-]+),?\s+(?:of\s+)?$/u;

/**
 * Are `item` and the full names of `cluster` written so as to be two people although their given
 * names could be one name written two ways ("Danielle"/"Daniel", "Tom"/"Tommy", "Christina"/
 * "Christine")? They are when the given names differ and
 * - the two full names stand in one sentence ("Tom Reyes and his son Tommy Reyes"): a writer does
 *   not name one person twice in one sentence with two forms of the given name;
 * - or the later one follows a kinship noun ("… her brother Daniel Moss").
 * The same given name written the same way is never apart.
 */
export function namedApart(
  text: string,
  item: NameItem,
  cluster: NameCluster | undefined,
  items: readonly NameItem[],
): boolean {
  if (cluster === undefined) return false;
  const given = item.keys.slice(0, -1).join(' ');
  for (const member of cluster.items) {
    const other = items[member] as NameItem;
    if (other.keys.length < 2 || other.keys.slice(0, -1).join(' ') === given) continue;
    const [first, second] = other.start < item.start ? [other, item] : [item, other];
    // (the name's own capital closes the sentence break before it)
    if (!SENTENCE_BREAK.test(text.slice(first.end, second.start + 1))) return true;
    if (kinNounBefore(text, second.start)) return true;
  }
  return false;
}

/** Is the word before `position` (perhaps followed by a comma or "of") a kinship noun: "his son", "the wife of"? */
function kinNounBefore(text: string, position: number): boolean {
  const match = KIN_BEFORE.exec(text.slice(Math.max(0, position - 30), position));
  return match !== null && KINSHIP.has((match[1] as string).toLowerCase());
}

/** Do the given names agree with those of some full name of the cluster? `strict`: the first names must be equal. */
function givenNamesAgree(
  given: readonly string[],
  cluster: NameCluster | undefined,
  items: readonly NameItem[],
  strict: boolean,
): boolean {
  for (const member of cluster?.items ?? []) {
    const keys = (items[member] as NameItem).keys;
    if (keys.length < 2) continue;
    const other = keys.slice(0, -1);
    if (strict) {
      if (other[0] === given[0]) return true;
      continue;
    }
    const [shorter, longer] = other.length <= given.length ? [other, given] : [given, other];
    if (shorter.every((name) => longer.some((candidate) => givenNameMatches(name, candidate)))) return true;
  }
  return false;
}

function givenNameMatches(a: string, b: string): boolean {
  return (
    a === b ||
    (a.length === 1 && b.startsWith(a)) ||
    (b.length === 1 && a.startsWith(b)) ||
    isPetForm(a, b) ||
    isPetForm(b, a) ||
    isSpellingVariant(a, b)
  );
}

/**
 * "Nicky" for "Nick", "Danny" for "Dan", "Katie" for "Kat": a given name of three letters or more
 * with the familiar ending "-y", "-ie" or "-ey", perhaps after doubling its last consonant. The
 * same surname must follow (the caller compares given names of one surname only).
 */
export function isPetForm(short: string, long: string): boolean {
  if (short.length < 3 || long.length <= short.length || !long.startsWith(short)) return false;
  let rest = long.slice(short.length);
  if (rest.length > 1 && rest.charAt(0) === short.charAt(short.length - 1)) rest = rest.slice(1);
  return rest === 'y' || rest === 'ie' || rest === 'ey';
}

function misspeltSurnames(
  key: string,
  surnamesByLetter: ReadonlyMap<string, readonly string[]>,
  bySurname: ReadonlyMap<string, number[]>,
): number[] {
  const result: number[] = [];
  for (const surname of surnamesByLetter.get(key[0] ?? '') ?? [])
    if (isSpellingVariant(key, surname)) result.push(...(bySurname.get(surname) ?? []));
  return result;
}

/** "said she", "told reporters he", "says that he": a speech verb right after a name, then its subject pronoun. */
const SPEECH_THEN_PRONOUN =
  /^(?:,[^,.;]{1,40},)?\s+(?:said|says|added|adds|explained|insisted|admitted|told\s+[^.,;!?]{1,30}?)\s+(?:that\s+)?(he|she)\b/iu;

/** The gender of the pronoun a name's own speech verb takes up ("Moss said she"), if any. */
export function speakerPronounGender(text: string, end: number): Gender | undefined {
  const match = SPEECH_THEN_PRONOUN.exec(text.slice(end, end + 90));
  if (match === null) return undefined;
  return (match[1] as string).toLowerCase() === 'she' ? 'f' : 'm';
}

/** A person named in full who may be the one a bare surname stands for. */
export interface SurnameCandidate {
  readonly cluster: number;
  /** Starts of the person's full names, sorted. */
  readonly fullStarts: readonly number[];
  /** Start of the person's latest bare surname so far ("Marsh", "Mr Marsh"), or -1. */
  readonly latestSurname: number;
  /** Start of the person's full name in the same sentence or the one before, or -1 (see namedJustBefore). */
  readonly namedJustBefore: number;
}

/** Sentence ends, counted between a full name and a bare surname. */
const SENTENCE_BREAKS = new RegExp(SENTENCE_BREAK.source, 'gu');

/**
 * Start of the latest full name of `cluster` before `item` in the same sentence or the one before
 * ("… full-back Jason Robinson would now … Robinson has been blamed …"), or -1. A full name in a
 * coordination ("Graham and Sherry Edwards fly to …") does not count: the pair is the subject.
 */
export function namedJustBefore(
  text: string,
  item: NameItem,
  cluster: NameCluster,
  items: readonly NameItem[],
): number {
  let latest: NameItem | undefined;
  for (const member of cluster.items) {
    const other = items[member] as NameItem;
    if (other.keys.length < 2 || other.end > item.start || other.coordination !== undefined) continue;
    if (latest === undefined || other.start > latest.start) latest = other;
  }
  if (latest === undefined) return -1;
  return sentenceBreaksUpTo(text.slice(latest.end, item.start + 1), 2) <= 1 ? latest.start : -1;
}

/** The number of sentence breaks in `between`, counted up to `most` (the count stops there). */
export function sentenceBreaksUpTo(between: string, most: number): number {
  SENTENCE_BREAKS.lastIndex = 0;
  let count = 0;
  while (count < most && SENTENCE_BREAKS.exec(between) !== null) count += 1;
  return count;
}

/**
 * The person a bare surname ("Marsh", "Mr Marsh") at `position` stands for, among the people named
 * in full with that surname (sisters, a father and son, spouses):
 * 1. the only one;
 * 2. the one named in full latest in the same sentence or the one before, when any is;
 * 3. the one the text already calls by the bare surname (`previous`, the holder of the surname's
 *    last bare use): a writer who calls one of two relatives "Marsh" keeps calling that one so
 *    and names the other in full;
 * 4. else the one whose surname was written last before (a full name or a bare surname; a given
 *    name alone, "Carla", is no use of the surname);
 * 5. else the one named in full first after (a surname in a headline or lead before the names).
 */
export function surnameHolder(
  candidates: readonly SurnameCandidate[],
  position: number,
  previous: number | undefined,
): number | undefined {
  if (candidates.length <= 1) return candidates[0]?.cluster;
  let recent: SurnameCandidate | undefined;
  for (const candidate of candidates)
    if (candidate.namedJustBefore >= 0 && candidate.namedJustBefore > (recent?.namedJustBefore ?? -1))
      recent = candidate;
  if (recent !== undefined) return recent.cluster;
  if (previous !== undefined && candidates.some((candidate) => candidate.cluster === previous))
    return previous;
  let best: number | undefined;
  let bestBefore = -1;
  for (const candidate of candidates) {
    const after = firstAtOrAfter(candidate.fullStarts, position);
    const full = after > 0 ? (candidate.fullStarts[after - 1] as number) : -1;
    const before = Math.max(full, candidate.latestSurname < position ? candidate.latestSurname : -1);
    if (before > bestBefore) {
      bestBefore = before;
      best = candidate.cluster;
    }
  }
  if (best !== undefined) return best;
  let bestAfter = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const start = candidate.fullStarts[firstAtOrAfter(candidate.fullStarts, position + 1)];
    if (start !== undefined && start < bestAfter) {
      bestAfter = start;
      best = candidate.cluster;
    }
  }
  return best;
}

/** Index of the first value at or after `position` in a sorted array (binary search). */
function firstAtOrAfter(values: readonly number[], position: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
