import { createHash } from 'node:crypto';

/**
 * Cross-article entity linking: which corpus entity each entity of a new article belongs to. The
 * whole decision is here, as pure functions, so that a later issue can deepen it in one place.
 *
 * Today's rule, kept simple on purpose:
 * - names are compared after removing diacritics, case, punctuation and titles ("Mr", "President");
 * - a person's name is compared by a consonant skeleton of each word, so transliteration variants
 *   meet: "Lukashenko"/"Lukashenka" → lkshnk, "Mirzoyev"/"Mirzoev" → mrzv, "Zelensky"/"Zelenskyy";
 *   places, organisations and the rest by their normalised name ("Niger" and "Nigeria" stay apart);
 * - a one-word person name ("Mr Lukashenko") joins the one person of the corpus with that surname,
 *   when there is exactly one; otherwise it stays its own entity.
 * The corpus entity id is a hash of type and key, so re-ingesting the same article links the same way.
 */

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'prime',
  'minister',
  'pm',
  'gen',
  'general',
  'col',
  'colonel',
  'capt',
  'captain',
  'lt',
  'sgt',
  'rev',
  'father',
  'sen',
  'senator',
  'rep',
  'gov',
  'governor',
  'judge',
  'justice',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sheikh',
  'chancellor',
  'mayor',
]);

/** Lower case, no diacritics, words of letters and digits separated by single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a name without leading titles ("Mr", "President", "Prime Minister"). */
export function nameWords(name: string): string[] {
  const words = normaliseName(name).split(' ').filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && TITLES.has(words[first] as string)) first++;
  return words.slice(first);
}

/**
 * A word's consonant skeleton: the first letter, then the consonants without vowels and "y",
 * doubled letters once. Words of three letters or fewer are kept whole ("Li" and "Lee" differ).
 */
export function skeleton(word: string): string {
  if (word.length <= 3) return word;
  const rest = word.slice(1).replace(/[aeiouy]/g, '');
  return (word[0] + rest).replace(/(.)\1+/g, '$1');
}

/**
 * The Arabic article inside a transliterated person's name, written "al-", "el-", "al " or left out
 * ("Farid al-Rashidi", "Farid el-Rashidi", "Farid Rashidi"): not compared.
 */
const NAME_ARTICLES = new Set(['al', 'el']);

/** The key under which names of one type are the same corpus entity. */
export function entityKey(type: string, name: string): string {
  const all = nameWords(name);
  const words =
    type === 'PERSON'
      ? all.filter((word, at) => at === 0 || at === all.length - 1 || !NAME_ARTICLES.has(word))
      : all;
  const key = type === 'PERSON' ? words.map(skeleton).join(' ') : words.join(' ');
  return key === '' ? normaliseName(name) : key;
}

/** The surname key of a person's name (its last word's skeleton), null for other types. */
export function surnameKey(type: string, name: string): string | null {
  if (type !== 'PERSON') return null;
  const words = nameWords(name);
  const last = words[words.length - 1];
  return last === undefined ? null : skeleton(last);
}

export function corpusEntityId(type: string, key: string): string {
  return `e${createHash('sha256').update(`${type}\u0000${key}`).digest('hex').slice(0, 15)}`;
}

/** A corpus entity that an incoming entity may link to. */
export interface LinkCandidate {
  readonly id: string;
  readonly type: string;
  readonly key: string;
  readonly surnameKey: string | null;
}

export interface IncomingEntity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/**
 * An entity made of descriptions only ("the man", "police": `attributes.nominal_head`): never
 * linked by name, as every article has its "police"; `claimgraph corpus` links them inside a story.
 */
export function isDescriptionEntity(entity: IncomingEntity): boolean {
  return typeof entity.attributes?.nominal_head === 'string';
}

/** A lookup of corpus entities by a name key one transliteration away (cross-document/name-index.ts). */
export interface FuzzyLookup {
  find(type: string, key: string): LinkCandidate | undefined;
}

/**
 * Types a name may carry in one article and another and still be one thing: the recogniser calls a
 * country an organisation where it acts ("Velmaria signed …") and a place where it is one.
 */
const COMPATIBLE_TYPES: Readonly<Record<string, readonly string[]>> = { ORG: ['LOC'], LOC: ['ORG'] };

export interface EntityLink {
  /** The corpus entity. */
  readonly entity: string;
  /** Set when the corpus entity does not exist yet and must be created. */
  readonly create: {
    readonly type: string;
    readonly name: string;
    readonly key: string;
    readonly surnameKey: string | null;
  } | null;
}

/** The keys to look up candidates for a document's entities (by key and by surname). */
export function candidateKeys(entities: readonly IncomingEntity[]): { keys: string[]; surnames: string[] } {
  const keys = new Set<string>();
  const surnames = new Set<string>();
  for (const entity of entities) {
    const key = entityKey(entity.type, entity.name);
    keys.add(key);
    if (entity.type === 'PERSON' && !key.includes(' ')) surnames.add(key);
  }
  return { keys: [...keys], surnames: [...surnames] };
}

/**
 * The corpus entities an article may link to, by type and key and by surname. Built once and
 * added to as articles come (`claimgraph corpus` over a thousand articles), or built from the
 * candidates the store looked up for one article.
 */
export class CandidateIndex {
  readonly byKey = new Map<string, LinkCandidate>();
  readonly bySurname = new Map<string, LinkCandidate[]>();

  constructor(candidates: readonly LinkCandidate[] = []) {
    for (const candidate of candidates) this.add(candidate);
  }

  add(candidate: LinkCandidate): void {
    this.byKey.set(`${candidate.type}\u0000${candidate.key}`, candidate);
    if (candidate.surnameKey !== null && candidate.key.includes(' ')) {
      const list = this.bySurname.get(candidate.surnameKey) ?? [];
      list.push(candidate);
      this.bySurname.set(candidate.surnameKey, list);
    }
  }
}

/** Decides the corpus entity of every entity of one article (map: local id → link). */
export function linkEntities(
  entities: readonly IncomingEntity[],
  candidates: readonly LinkCandidate[] | CandidateIndex,
  fuzzy?: FuzzyLookup,
): Map<string, EntityLink> {
  const index = candidates instanceof CandidateIndex ? candidates : new CandidateIndex(candidates);
  const { byKey, bySurname } = index;
  const named = entities.filter((entity) => !isDescriptionEntity(entity));
  // a full name in the same article is preferred for a lone surname ("Alexander Lukashenko … Mr Lukashenko")
  const articleFullNames = new Map<string, IncomingEntity[]>();
  for (const entity of named) {
    const key = entityKey(entity.type, entity.name);
    const surname = surnameKey(entity.type, entity.name);
    if (surname !== null && key.includes(' ')) {
      const list = articleFullNames.get(surname) ?? [];
      list.push(entity);
      articleFullNames.set(surname, list);
    }
  }
  const links = new Map<string, EntityLink>();
  const fullNameLink = (entity: IncomingEntity): EntityLink => {
    const key = entityKey(entity.type, entity.name);
    const existing =
      byKey.get(`${entity.type}\u0000${key}`) ??
      fuzzy?.find(entity.type, key) ??
      (COMPATIBLE_TYPES[entity.type] ?? [])
        .map((type) => byKey.get(`${type}\u0000${key}`))
        .find((candidate) => candidate !== undefined);
    if (existing) return { entity: existing.id, create: null };
    return {
      entity: corpusEntityId(entity.type, key),
      create: { type: entity.type, name: entity.name, key, surnameKey: surnameKey(entity.type, entity.name) },
    };
  };
  for (const entity of named) {
    const key = entityKey(entity.type, entity.name);
    if (entity.type === 'PERSON' && !key.includes(' ') && !byKey.has(`PERSON\u0000${key}`)) {
      const inArticle = articleFullNames.get(key) ?? [];
      const articleKeys = new Set(inArticle.map((other) => entityKey(other.type, other.name)));
      if (articleKeys.size === 1) {
        links.set(entity.id, fullNameLink(inArticle[0] as IncomingEntity));
        continue;
      }
      const inCorpus = bySurname.get(key) ?? [];
      if (articleKeys.size === 0 && inCorpus.length === 1) {
        links.set(entity.id, { entity: (inCorpus[0] as LinkCandidate).id, create: null });
        continue;
      }
    }
    links.set(entity.id, fullNameLink(entity));
  }
  return links;
}
