import { lexicographerFileOf, NOUN_GROUP, NOUN_PERSON, synset, synsetsOf } from '../events/wordnet.js';
import { hasHypernym } from '../lexicon/hypernyms.js';

/**
 * Whether a word the text gave an entity says it may be called by a description's head, by WordNet
 * 3.1 alone (its hypernym links):
 *
 * - `roleImplies`: a person's title or role ("district attorney", "attorney", "solicitor") is the
 *   description's role ("the prosecutor", "the lawyer"): one of the word's first two person senses
 *   is the description's first sense (a synonym: attorney, lawyer) or lies under it within two
 *   hypernym steps (district attorney → prosecutor; solicitor → lawyer). Roles as general as
 *   "leader", "official" or "worker" (`GENERAL_ROLES`) are never implied: nearly every title lies under them.
 * - `kindImplies`: a word of an organisation's name ("University", "College", "Club") is of the kind
 *   the description's head says ("the school", "the team"): one of the word's first three group senses is the
 *   head's first sense, lies under it within two steps, or shares its nearest hypernym when that
 *   hypernym is specific (university and school are both an educational institution; not merely
 *   both an "organization" or a "body").
 *
 * Multiword roles are looked up with underscores ("district_attorney"). Both are pure look-ups.
 */

/** Person senses too general to be evidence: most titles lie under them. */
const GENERAL_ROLES: ReadonlySet<string> = new Set([
  'person',
  'leader',
  'official',
  'worker',
  'skilled_worker',
  'professional',
  'adult',
  'head',
  'administrator',
  'executive',
  'representative',
  'communicator',
  'advocate',
  'expert',
]);

/** Group hypernyms too general for two kinds under them to be one kind. */
const GENERAL_GROUPS: ReadonlySet<string> = new Set([
  'organization',
  'social_group',
  'group',
  'body',
  'unit',
  'administrative_unit',
  'institution',
  'association',
  'enterprise',
  'gathering',
  'people',
]);

const HYPERNYM_STEPS = 2;

function hypernyms(offset: number): number[] {
  return synset(offset, 'noun')
    .pointers.filter((pointer) => pointer.symbol === '@' || pointer.symbol === '@i')
    .map((pointer) => pointer.offset);
}

/** Whether `target` is `offset` or one of its hypernyms within `steps`. */
function under(offset: number, target: number, steps: number): boolean {
  return hasHypernym(offset, 'noun', { levels: steps + 1 }, (entry) => entry.offset === target);
}

function sensesIn(word: string, file: number, count: number): number[] {
  return synsetsOf(word.toLowerCase().trim().replace(/\s+/gu, '_'), 'noun')
    .slice(0, count)
    .filter((offset) => lexicographerFileOf(offset, 'noun') === file);
}

function isGeneral(offset: number, general: ReadonlySet<string>): boolean {
  return synset(offset, 'noun').words.some((word) => general.has(word));
}

export function roleImplies(held: string, described: string, heldSenses = 2): boolean {
  const target = sensesIn(described, NOUN_PERSON, 1)[0];
  if (target === undefined || isGeneral(target, GENERAL_ROLES)) return false;
  return sensesIn(held, NOUN_PERSON, heldSenses).some((offset) => under(offset, target, HYPERNYM_STEPS));
}

/**
 * Whether the described role is one the title addresses: a sense of the title that WordNet files under
 * "form of address" names whom it addresses by its other hypernym ("Father": a form of address and a
 * priest), and the role's first sense is that kind within two steps ("a vicar", a priest). Titles that
 * are only ranks ("General", a commissioned officer like a colonel) say nothing here.
 */
export function roleUnderTitle(described: string, title: string, titleSenses: number): boolean {
  const own = sensesIn(described, NOUN_PERSON, 1)[0];
  if (own === undefined) return false;
  return sensesIn(title, NOUN_PERSON, titleSenses).some((offset) => {
    const parents = hypernyms(offset);
    const address = parents.filter((parent) => synset(parent, 'noun').words.includes('form_of_address'));
    if (address.length === 0) return false;
    return parents.some(
      (parent) =>
        !address.includes(parent) && !isGeneral(parent, GENERAL_ROLES) && under(own, parent, HYPERNYM_STEPS),
    );
  });
}

export function kindImplies(nameWord: string, head: string): boolean {
  const target = sensesIn(head, NOUN_GROUP, 1)[0];
  if (target === undefined || isGeneral(target, GENERAL_GROUPS)) return false;
  const parents = hypernyms(target).filter((offset) => !isGeneral(offset, GENERAL_GROUPS));
  return sensesIn(nameWord, NOUN_GROUP, 3).some(
    (offset) =>
      under(offset, target, HYPERNYM_STEPS) || hypernyms(offset).some((parent) => parents.includes(parent)),
  );
}

/**
 * Hypernyms of a business: a group sense under one of them (or under the first group sense of
 * "company", an institution that conducts business) is a commercial kind. A bank is one; a
 * foundation, a financial institution too in WordNet, is not.
 */
const COMMERCIAL_KINDS: ReadonlySet<string> = new Set([
  'business',
  'concern',
  'firm',
  'commercial_enterprise',
  'depository_financial_institution',
]);

/** Words of the hypernyms that make a group sense an organisation ("body": a university). */
const ORGANISATION_KINDS: ReadonlySet<string> = new Set(['organization', 'body']);

/** The depth of the hypernym walks below (WordNet's group senses reach "organization" within six). */
const KIND_WALK = { levels: 8 } as const;

/**
 * Whether WordNet says a word of an organisation's name is an organisation of a kind other than a
 * business ("Foundation", "Pentagon", "Police", "Council", "University", "chamber of commerce"): one
 * of its first two senses is a group under "organization" or "body", and none of its first three group
 * senses lies under a business ("company", "concern", "firm", a bank). A word with no organisation
 * sense ("Group", "Networks", "Energy", "Apple") says nothing.
 */
export function isOtherKindThanBusiness(nameWord: string): boolean {
  const lemma = nameWord.toLowerCase().trim().replace(/\s+/gu, '_');
  const senses = synsetsOf(lemma, 'noun');
  const organisation = senses
    .slice(0, 2)
    .some(
      (offset) =>
        lexicographerFileOf(offset, 'noun') === NOUN_GROUP &&
        hasHypernym(offset, 'noun', KIND_WALK, (entry) =>
          entry.words.some((word) => ORGANISATION_KINDS.has(word)),
        ),
    );
  return organisation && !isBusinessKind(lemma);
}

/**
 * Whether one of the word's first three group senses lies under a business ("Airlines", "Corp",
 * "firm", "company", "bank"): the kind "the company" and "the firm" describe.
 */
export function isBusinessKind(word: string): boolean {
  const lemma = word.toLowerCase().trim().replace(/\s+/gu, '_');
  const company = sensesIn('company', NOUN_GROUP, 1)[0];
  return sensesIn(lemma, NOUN_GROUP, 3).some((offset) =>
    hasHypernym(
      offset,
      'noun',
      KIND_WALK,
      (entry) => entry.offset === company || entry.words.some((word) => COMMERCIAL_KINDS.has(word)),
    ),
  );
}

/**
 * Whether a description's head names a body more than a person: its first noun sense is a group
 * ("the government", "the council"), or it has a group sense and is written as a name ("the Scottish
 * Executive"). Such a description never joins a person by default.
 */
export function namesBodyFirst(head: string, capitalised: boolean): boolean {
  const senses = synsetsOf(head.toLowerCase().trim().replace(/\s+/gu, '_'), 'noun');
  const first = senses[0];
  if (first === undefined) return false;
  if (lexicographerFileOf(first, 'noun') === NOUN_GROUP) return true;
  return capitalised && senses.some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_GROUP);
}
