import type { EntityType, Mention, MentionKind } from '../../model/index.js';
import { isNewsOrganisation } from '../lexicon/index.js';
import { TYPE_PRIORITY, type NameCluster } from './cluster-names.js';
import { firmFirstNameGender, firstNameGender } from './first-name-gender.js';
import type { Gender } from './lexicon.js';
import type { NameItem } from './prepare-names.js';

/** An entity while coreference builds it. */
export interface EntityDraft {
  type: EntityType;
  subtype: string | undefined;
  name: string;
  readonly mentions: Mention[];
  gender: Gender | undefined;
  /**
   * The gender the first name usually has ("Anna Novak"): agreement only. It never makes the person
   * weigh more than an unnamed "a man" closer to the pronoun, as `gender` does.
   */
  readonly nameGender: Gender | undefined;
  /**
   * Are the name lists firm about `nameGender` (`firmFirstNameGender`)? Only then does it veto a
   * pronoun of the other gender in agreement; a guess ("Kimani") still makes a pronoun of its gender
   * prefer the person.
   */
  readonly nameGenderFirm: boolean;
  /** Head nouns of the descriptions used for it ("agency", "president"). */
  readonly heads: Set<string>;
  /** Capitalised modifiers of those descriptions ("Belarusian", "Russian"). */
  readonly modifiers: Set<string>;
  /** Known to be a news organisation. */
  news: boolean;
  age: number | undefined;
  /** Members (draft indices) when the entity is a group of people. */
  readonly members: readonly number[] | undefined;
  /** A group made from a list of names, kept only when something else refers to it. */
  latent: boolean;
  /**
   * For an organisation no name stands for ("the council"), its head noun: the entity is a
   * description, keyed by that noun as the description entities of later stages are (`nominal_head`).
   */
  nominalHead?: string;
}

const NEWS_NAME_WORDS =
  /\b(news|times|post|gazeta|gazette|telegraph|herald|tribune|journal|press|daily|agency|reuters|bloomberg|tass|ria|afp|bbc|cnn)\b/iu;

/**
 * The draft of one name cluster: type by majority (ties: most specific), longest name, gender from an
 * honorific ("Ms Novak"), and the gender of the first name of its longest name ("Anna Novak"; a lone
 * surname says nothing).
 */
export function draftFromCluster(cluster: NameCluster, items: readonly NameItem[]): EntityDraft {
  let type: EntityType = 'MISC';
  let best = -1;
  for (const candidate of TYPE_PRIORITY) {
    const count = cluster.types.get(candidate) ?? 0;
    if (count > best) {
      best = count;
      type = candidate;
    }
  }
  if (cluster.preferredType !== undefined) type = cluster.preferredType;
  const subtypes = new Map<string, number>();
  let name = '';
  let nameWords = 0;
  let gender: Gender | undefined;
  const mentions: Mention[] = [];
  for (const index of cluster.items) {
    const item = items[index] as NameItem;
    mentions.push({ start: item.start, end: item.end, kind: 'name' });
    if (item.type === type && item.subtype) subtypes.set(item.subtype, (subtypes.get(item.subtype) ?? 0) + 1);
    const words = item.keys.length;
    if (words > nameWords || (words === nameWords && item.display.length > name.length)) {
      name = item.display;
      nameWords = words;
    }
    if (item.gender) gender = item.gender;
  }
  const words = name.split(/\s+/u);
  const nameGender = type === 'PERSON' && words.length >= 2 ? firstNameGender(words[0] as string) : undefined;
  const nameGenderFirm = nameGender !== undefined && firmFirstNameGender(words[0] as string) === nameGender;
  let subtype: string | undefined;
  let subtypeCount = 0;
  for (const [candidate, count] of subtypes)
    if (count > subtypeCount) {
      subtype = candidate;
      subtypeCount = count;
    }
  return {
    type,
    subtype,
    name,
    mentions,
    gender: type === 'PERSON' ? gender : undefined,
    nameGender,
    nameGenderFirm,
    heads: new Set(),
    modifiers: new Set(),
    news: type === 'ORG' && (NEWS_NAME_WORDS.test(name) || isNewsOrganisation(name)),
    age: undefined,
    members: undefined,
    latent: false,
  };
}

export function groupDraft(
  members: readonly number[],
  drafts: readonly EntityDraft[],
  latent: boolean,
): EntityDraft {
  const names = members.map((member) => drafts[member]?.name ?? '');
  const name =
    names.length <= 2
      ? names.join(' and ')
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return blankDraft('PERSON', 'GROUP', name, members, latent);
}

export function addMention(draft: EntityDraft, start: number, end: number, kind: MentionKind): void {
  draft.mentions.push({ start, end, kind });
}

/**
 * The latent draft of an organisation no name stands for ("the council"), keyed by its head noun: it
 * becomes an entity only when a pronoun takes it up (resolve-references.ts `unnamedOrganisation`).
 */
export function unnamedOrganisationDraft(name: string, head: string): EntityDraft {
  return { ...blankDraft('ORG', undefined, name, undefined, true), nominalHead: head };
}

/** A draft no name cluster stands behind (a group of people, an unnamed organisation): no mention yet, nothing known. */
function blankDraft(
  type: EntityType,
  subtype: string | undefined,
  name: string,
  members: readonly number[] | undefined,
  latent: boolean,
): EntityDraft {
  return {
    type,
    subtype,
    name,
    mentions: [],
    gender: undefined,
    nameGender: undefined,
    nameGenderFirm: false,
    heads: new Set(),
    modifiers: new Set(),
    news: false,
    age: undefined,
    members,
    latent,
  };
}
