import {
  governingSpeechVerb,
  isInvertedSpeechSubject,
  isSpeechVerb,
  opensClause,
  verbAfter,
} from './clauses.js';
import type { DocumentView } from './document-view.js';
import type { Token } from '../../model/index.js';
import { addMention, groupDraft, unnamedOrganisationDraft, type EntityDraft } from './entity-draft.js';
import {
  COLLECTIVE_PERSON_NOUNS,
  NEWS_ORGANISATION_NOUNS,
  NUMBER_WORDS,
  ORDINALS,
  isAdjectivalName,
  isKindNoun,
  isOrganisationNoun,
  isPlaceNoun,
  personWord,
  THIRD_PERSON_PRONOUNS,
  type Gender,
  type PronounInfo,
} from './lexicon.js';
import {
  countryOfDemonym,
  countryOfName,
  isGovernmentBodyWord,
  lookupPlace,
  roleNoun,
} from '../lexicon/index.js';
import { isOtherKindThanBusiness, kindImplies, namesBodyFirst, roleImplies } from './kind-words.js';
import type { NounPhrase } from './noun-phrases.js';
import type { NameItem } from './prepare-names.js';
import { speakerPronounGender } from './cluster-names.js';
import {
  baseFormOf,
  lemmaOf,
  lexicographerFileOf,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_GROUP,
  NOUN_PERSON,
  synsetsOf,
} from '../events/wordnet.js';
import { isFirstName } from './first-name-gender.js';
import { personEvidence, personFirst } from './thing-roles.js';
import { WORK_SUBTYPE } from '../names/works-after-nouns.js';
import { KINSHIP } from '../attributes/words.js';

/**
 * The left-to-right pass that links descriptions, pronouns and group references to entities.
 * Each phrase that refers to something leaves a referent in a history; pronouns and definite
 * descriptions choose among the recent referents by agreement and salience (Lappin & Leass style:
 * recency halves per sentence; subjects, subjects of reporting verbs and phrases outside
 * prepositional phrases weigh more). Phrases that refer to people who are not entities ("one of
 * the men", "the attackers") stay in the history as competitors, so that a pronoun closer to them
 * is left unresolved rather than given to a named entity.
 */

/** Something a phrase referred to, as later phrases see it. */
interface Referent {
  /** Draft index, or -1 for a phrase that refers to no entity. */
  readonly entity: number;
  readonly first: number;
  readonly end: number;
  readonly sentence: number;
  readonly subject: boolean;
  readonly speechSubject: boolean;
  /** The parse makes the phrase (or the noun it is in apposition to) the subject of its sentence's main verb. */
  readonly mainSubject: boolean;
  readonly prepositional: boolean;
  /** The verb the phrase is the subject of, or -1. */
  readonly verb: number;
  readonly person: boolean;
  readonly plural: boolean;
  readonly gender: Gender | undefined;
  readonly indefinite: boolean;
  /** Head noun of a description that refers to no entity ("spokesman"), else "". */
  readonly head: string;
}

type Category = 'person' | 'news' | 'organisation' | 'place';

/**
 * Heads too generic to refer back to a named entity on their own: "the government" is seldom the
 * organisation named before it, "the court" seldom the court named three sentences earlier.
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'head',
  'government',
  'administration',
  'court',
  'army',
  'office',
  'body',
  'area',
  'state',
  'service',
  'department',
]);

/** Heads for businesses: "the company" is no union, party or ministry. */
const COMMERCIAL_HEADS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'corporation',
  'business',
  'brand',
  'chain',
  'retailer',
  'carrier',
  'airline',
  'manufacturer',
  'maker',
  'lender',
  'insurer',
]);
const NON_COMMERCIAL_NAME =
  /\b(?:union|party|ministry|council|committee|association|federation|government|parliament|assembly|court|police|army|university|church|league|commission|department|office|agency|service)\b/iu;

/** Organisation heads that may also describe a news organisation. */
const NEWS_COMPATIBLE_HEADS: ReadonlySet<string> = new Set([
  'company',
  'organisation',
  'organization',
  'outlet',
  'service',
]);

const PRONOUN_WINDOW = 3;
const PLURAL_WINDOW = 2;
const GENDERED_PRONOUN_WINDOW = 5;
const MAXIMUM_QUOTATION_CHAIN = 6;
const QUOTED_REFERENT_FACTOR = 0.4;
const KNOWN_GENDER_FACTOR = 1.5;
/**
 * A subject pronoun that opens its sentence ("Then he hooked …") carries on the person the sentence
 * before opened with as its subject, over one merely named in its object or clause.
 */
const TOPIC_FACTOR = 3;
/**
 * Inside a quotation, a person the speaker has just named as a subject in the same quotation
 * ("Jo is a good player, but he is not …") is who a pronoun there means, over one named often before.
 */
const IN_QUOTATION_FACTOR = 3;
/** A speaker of an earlier sentence as the possessor of relatives who speak up ("His family said"). */
const REPORTER_POSSESSOR_FACTOR = 0.1;
/** Nouns for those who speak up for a person besides kin ("his family", "her lawyer"). */
const SPEAKS_FOR: ReadonlySet<string> = new Set([
  'family',
  'relative',
  'lawyer',
  'solicitor',
  'attorney',
  'friend',
  'representative',
]);
const DESCRIPTION_WINDOW = 4;
const GROUP_WINDOW = 5;

export interface PersonList {
  /** Name items of the list, in order. */
  readonly items: readonly number[];
  readonly start: number;
  readonly end: number;
  /** Collective noun span ("Brothers Dilovar and Aminchon Islomov"), when there is one. */
  readonly collective: { readonly start: number; readonly end: number } | undefined;
}

export interface ResolveInput {
  readonly view: DocumentView;
  readonly items: readonly NameItem[];
  readonly entityOfItem: Int32Array;
  readonly drafts: EntityDraft[];
  readonly phrases: readonly NounPhrase[];
  readonly lists: readonly PersonList[];
}

export function resolveReferences(input: ResolveInput): void {
  new Resolver(input).run();
}

class Resolver {
  private readonly view: DocumentView;
  private readonly items: readonly NameItem[];
  private readonly entityOfItem: Int32Array;
  private readonly drafts: EntityDraft[];
  private readonly phrases: readonly NounPhrase[];
  private readonly history: Referent[] = [];
  /** Draft of the group made from each list, or -1. */
  private readonly listGroup: Int32Array;
  private readonly listOfItem: Int32Array;
  private readonly lists: readonly PersonList[];
  /** Entity each phrase resolved to (-1 none, -2 not yet looked at). */
  private readonly phraseEntity: Int32Array;
  private readonly phraseAt: Int32Array;
  private readonly quotationSpeaker = new Map<number, number>();
  /** Who a quotation is about, from "…,” X said of Y" (-1 none), by quotation index. */
  private readonly quotationTopic = new Map<number, number>();
  /** Pronouns resolved ahead of the pass (speakers after a quotation), by phrase index. */
  private readonly presolved = new Map<number, number>();
  /** Subject pronouns that went back to the person a profile was about after a critic's quotation. */
  private readonly resumed = new Set<number>();
  /** Whether an entity has been mentioned yet in the pass. */
  private readonly seen: Uint8Array;
  /** Drafts of organisations no name stands for ("the council"): `unnamedOrganisation`. */
  private readonly unnamed = new Set<number>();
  /** The last entity described with each head noun ("group" → Islamic State). */
  private readonly describedAs = new Map<string, number>();

  constructor(input: ResolveInput) {
    this.view = input.view;
    this.items = input.items;
    this.entityOfItem = input.entityOfItem;
    this.drafts = input.drafts;
    this.phrases = input.phrases;
    this.lists = input.lists;
    this.listGroup = new Int32Array(input.lists.length).fill(-1);
    this.listOfItem = new Int32Array(input.items.length).fill(-1);
    input.lists.forEach((list, index) => {
      for (const item of list.items) this.listOfItem[item] = index;
    });
    this.phraseEntity = new Int32Array(input.phrases.length).fill(-2);
    this.phraseAt = new Int32Array(input.view.length).fill(-1);
    input.phrases.forEach((phrase, index) => {
      if ((this.phraseAt[phrase.first] as number) < 0) this.phraseAt[phrase.first] = index;
    });
    this.seen = new Uint8Array(input.drafts.length + input.lists.length + input.phrases.length + 64);
  }

  run(): void {
    for (let index = 0; index < this.phrases.length; index += 1) {
      if (this.phraseEntity[index] !== -2) continue;
      this.phraseEntity[index] = this.resolvePhrase(index);
    }
  }

  // ---- phrases ----

  private resolvePhrase(index: number): number {
    const phrase = this.phrases[index] as NounPhrase;
    if (phrase.pronoun) return this.resolvePronounPhrase(index, phrase);
    if (phrase.names.length > 0) return this.resolveNamePhrase(index, phrase);
    return this.resolveDescriptionPhrase(index, phrase);
  }

  /**
   * Records a referent with its clause features (one object, built once: this runs for every
   * phrase that refers to a person, organisation or place).
   */
  private remember(entity: number, first: number, end: number, extra?: Partial<Referent>): void {
    const view = this.view;
    const draft = entity >= 0 ? this.drafts[entity] : undefined;
    const verb = verbAfter(view, end);
    const subject = opensClause(view, possessorStart(view, first)) && verb >= 0;
    const inverted = isInvertedSpeechSubject(view, first, end);
    this.history.push({
      entity,
      first,
      end,
      sentence: view.sentenceOf[first] as number,
      subject: subject || inverted,
      speechSubject: (subject && isSpeechVerb(view, verb)) || inverted,
      mainSubject: isMainSubject(view, first, end),
      prepositional: view.pos(first - 1) === 'ADP',
      verb: inverted ? first - 1 : subject ? verb : -1,
      person: extra?.person ?? (draft ? draft.type === 'PERSON' : false),
      plural: extra?.plural ?? (draft ? draft.members !== undefined : false),
      gender: extra && 'gender' in extra ? extra.gender : draft?.gender,
      indefinite: extra?.indefinite ?? false,
      head: extra?.head ?? '',
    });
    if (entity >= 0) this.seen[entity] = 1;
  }

  private mention(entity: number, firstToken: number, endToken: number, kind: 'nominal' | 'pronoun'): void {
    const draft = this.drafts[entity];
    const first = this.view.tokens[firstToken];
    const last = this.view.tokens[endToken - 1];
    if (!draft || !first || !last) return;
    addMention(draft, first.start, last.end, kind);
    // (an organisation no name stands for becomes an entity only when a pronoun takes it up)
    if (draft.latent && (kind === 'pronoun' || !this.unnamed.has(entity))) draft.latent = false;
  }

  /** A phrase whose head is a proper name, or that has a name as a modifier. */
  private resolveNamePhrase(index: number, phrase: NounPhrase): number {
    const view = this.view;
    const lastName = phrase.names[phrase.names.length - 1] as number;
    const item = this.items[lastName] as NameItem;
    const entity = this.entityOfItem[lastName] as number;
    if (entity < 0) return -1;
    const draft = this.drafts[entity] as EntityDraft;
    if (item.endToken >= phrase.end) {
      const national = this.nationalityTopic(phrase, item, draft);
      if (national >= 0) {
        const at = draft.mentions.findIndex(
          (mention) => mention.start === item.start && mention.end === item.end,
        );
        if (at >= 0) draft.mentions.splice(at, 1);
        this.mention(national, phrase.first, phrase.end, 'nominal');
        this.remember(national, phrase.first, phrase.end);
        return national;
      }
      const described = this.titleDescription(phrase, item, draft);
      if (described >= 0) {
        const at = draft.mentions.findIndex(
          (mention) => mention.start === item.start && mention.end === item.end,
        );
        if (at >= 0) draft.mentions.splice(at, 1);
        const end = Math.max(phrase.end, item.endToken);
        this.mention(described, phrase.first, end, 'nominal');
        this.learnDescription(described, phrase);
        this.remember(described, phrase.first, end);
        return described;
      }
      // The name is the head. "Russia’s Investigative Committee": the possessive phrase is a mention too.
      if (this.isPlacePossessive(phrase, item) && draft.type !== 'PERSON')
        this.mention(entity, phrase.first, phrase.end, 'nominal');
      // Descriptive words before a name: "Their father Isroil Islomov", "Belarusian President X".
      // Titles inside the recognised span count too ("Prime Minister Tony Blair").
      for (let token = phrase.first; token < item.endToken - 1; token += 1) this.learnWord(entity, token);
      const firstMention = this.seen[entity] === 0;
      this.linkIntroduction(phrase, entity, firstMention);
      this.learnOutletIntroduction(index, phrase, entity);
      this.learnAge(draft, item.endToken);
      const list = this.listOfItem[lastName] as number;
      if (list >= 0 && (this.lists[list] as PersonList).items[0] === lastName) this.rememberList(list);
      this.remember(entity, phrase.first, phrase.end);
      return entity;
    }
    // The name is a modifier: "The Bloomberg News agency", "the official Belta news agency".
    const head = view.lower(phrase.head);
    const category = categoryOf(head);
    if (
      category !== undefined &&
      compatible(category, draft) &&
      phrase.determiner === 'definite' &&
      (isKindNoun(category, head) || describesByName(draft, head))
    ) {
      this.mention(entity, phrase.first, phrase.end, 'nominal');
      this.learnDescription(entity, phrase);
      this.remember(entity, phrase.first, phrase.end);
      return entity;
    }
    // "the Herald newspaper" with "Herald" recognised as MISC: the description says what it is.
    if (
      (category === 'news' || category === 'organisation') &&
      draft.type === 'MISC' &&
      draft.subtype !== 'NORP' &&
      !isAdjectivalName(draft.name) &&
      phrase.determiner === 'definite' &&
      isKindNoun(category, head)
    ) {
      draft.type = 'ORG';
      draft.subtype = undefined;
      this.mention(entity, phrase.first, phrase.end, 'nominal');
      this.learnDescription(entity, phrase);
      this.remember(entity, phrase.first, phrase.end);
      return entity;
    }
    // A phrase that names one organisation is no anaphor of another; a place or nationality
    // before the head only says where from ("the influential US daily").
    if ((category === 'news' || category === 'organisation') && draft.type === 'ORG') return -1;
    if (category === 'place' && draft.type === 'LOC') return -1;
    // "the Belarusian dictator", "the Crocus City Hall terrorist attackers": a description whose
    // name is only a modifier.
    const described = this.resolveDescriptionPhrase(index, phrase);
    // "a Joe Marno press conference": the person is in the story all the same, for a description
    // ("the 81-year-old coach") or a pronoun after it.
    if (described < 0 && category === undefined && draft.type === 'PERSON' && !draft.members)
      this.remember(entity, item.firstToken, item.endToken);
    return described;
  }

  /**
   * "Johnson was involved in a spat with Britain's Campbell. The American had cast doubt on …": a
   * nationality that is the whole of a definite subject opening its sentence is a person, the one the
   * sentence before was about (its opening subject or its speaker, as for a role: see `continued` in
   * `resolveDescription`), when that is one person; the same nationality noun later is that person
   * again. Never inside a quotation.
   */
  private nationalityTopic(phrase: NounPhrase, item: NameItem, draft: EntityDraft): number {
    const view = this.view;
    if (draft.type !== 'MISC' || draft.subtype !== 'NORP' || phrase.determiner !== 'definite') return -1;
    if (phrase.names.length !== 1 || item.keys.length !== 1 || item.firstToken !== phrase.first + 1)
      return -1;
    if (view.lower(phrase.first) !== 'the' || (view.quotationOf[phrase.first] as number) >= 0) return -1;
    // "Dutch striker Arjen Vos … The affair rankles with the Dutchman": a nationality noun for one
    // person (WordNet's first sense) is the one person the text gave that nationality, wherever the
    // phrase stands; never another when the text gave it to someone
    const national = view.lower(item.firstToken);
    // ("The Israelis said …" are a people, not the one person before)
    if (national.endsWith('s') && !national.endsWith('ss') && !national.endsWith('ese')) return -1;
    const country = countryOfDemonym(national)?.name;
    const sense = synsetsOf(national, 'noun')[0];
    if (
      country !== undefined &&
      item.endToken === phrase.end &&
      sense !== undefined &&
      lexicographerFileOf(sense, 'noun') === NOUN_PERSON
    ) {
      const nationals = this.peopleOfNationality(country);
      if (nationals.size === 1) {
        const person = [...nationals][0] as number;
        this.describedAs.set(`national ${national}`, person);
        return person;
      }
      if (nationals.size > 1) return -1;
    }
    // (the subject as `remember` reads it: the parser may make "The American said" a compound)
    if (
      !opensSentence(view, phrase.first) ||
      !opensClause(view, phrase.first) ||
      verbAfter(view, phrase.end) < 0
    )
      return -1;
    const word = view.lower(item.firstToken);
    // ("The Israelis said …" are a people, not the one person before)
    if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('ese')) return -1;
    const key = `national ${word}`;
    const earlier = this.describedAs.get(key);
    if (earlier !== undefined) return earlier;
    const sentence = view.sentenceOf[phrase.first] as number;
    const topics = new Set<number>();
    // ("Rochus beat Enqvist. The Swede …": with two people in the sentence before, the nationality
    // may be either's; only a sentence about one person names whom it means)
    const people = new Set<number>();
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence < sentence - 1) break;
      if (referent.sentence !== sentence - 1 || !referent.person || referent.plural) continue;
      if (referent.entity >= 0) people.add(referent.entity);
      if (referent.speechSubject || (referent.subject && referent.first === view.sentenceStart(sentence - 1)))
        topics.add(referent.entity);
    }
    const topic = topics.size === 1 && people.size === 1 ? ([...topics][0] as number) : -1;
    const person = topic >= 0 ? this.drafts[topic] : undefined;
    if (person === undefined || person.type !== 'PERSON' || person.members !== undefined) return -1;
    this.describedAs.set(key, topic);
    return topic;
  }

  /**
   * The people the text gives the nationality of `country`: a nationality word among the few words
   * of a title right before a name ("Dutch striker Arjen Vos", "Dutchman Arjen Vos"), or opening an
   * apposition right after it ("Arjen Vos, a Dutch striker,").
   */
  private peopleOfNationality(country: string): Set<number> {
    const view = this.view;
    const people = new Set<number>();
    const ofCountry = (token: number): boolean =>
      view.isCapitalised(token) && countryOfDemonym(view.word(token))?.name === country;
    for (let index = 0; index < this.items.length; index += 1) {
      const item = this.items[index] as NameItem;
      const entity = this.entityOfItem[index] as number;
      if (entity < 0) continue;
      const draft = this.drafts[entity] as EntityDraft;
      if (draft.type !== 'PERSON' || draft.members !== undefined || item.coordination !== undefined) continue;
      const sentence = view.sentenceOf[item.firstToken] as number;
      const start = view.sentenceStart(sentence);
      for (let token = item.firstToken - 1; token >= Math.max(start, item.firstToken - 4); token -= 1) {
        if (ofCountry(token)) people.add(entity);
        const tag = view.pos(token);
        if (tag === 'PUNCT' || tag === 'DET' || view.isPossessiveMarker(token)) break;
      }
      if (view.word(item.endToken) === ',')
        for (let token = item.endToken + 1; token < item.endToken + 5; token += 1) {
          if (view.sentenceOf[token] !== sentence || view.pos(token) === 'PUNCT') break;
          if (ofCountry(token)) people.add(entity);
          if (view.pos(token) === 'NOUN' || view.pos(token) === 'PROPN') break;
        }
    }
    return people;
  }

  /**
   * "the Perennial Party Girl", "the reigning National Player of the Year": capitals make a
   * description look like a name. After "the", a name of two words or more (not counting "of" and
   * "the"), said once, none of them a given name but the head and every one a word WordNet lists in
   * lower case, whose head (the last word before "of", else the last word) is a person noun that
   * refers back on its own ("girl", "player", "star"), is a description of the person that head
   * would take up: `resolveDescription` decides which (-1 when none, and the name stays a name).
   */
  private titleDescription(phrase: NounPhrase, item: NameItem, draft: EntityDraft): number {
    const view = this.view;
    if (draft.type === 'LOC' || draft.members !== undefined || draft.mentions.length !== 1) return -1;
    // as for a description in lower case, only after "the" (a work's title has none: "produced Mr
    // Tambourine Man", "Meadows' Dead Man's Shoes")
    // (the recogniser may keep "the" in an organisation's name; "The reigning National Player …":
    // lower-case modifiers may stand between)
    let before = view.lower(item.firstToken) === 'the' ? item.firstToken : item.firstToken - 1;
    const start = view.sentenceStart(view.sentenceOf[item.firstToken] as number);
    while (
      before > start &&
      !view.isCapitalised(before) &&
      (view.pos(before) === 'ADJ' || view.pos(before) === 'VERB')
    )
      before -= 1;
    if (before < start || view.lower(before) !== 'the') return -1;
    let head = -1;
    for (let token = item.firstToken; token < item.endToken; token += 1)
      if (view.lower(token) === 'of') {
        head = token - 1;
        break;
      }
    if (head < 0) head = item.endToken - 1;
    let words = 0;
    for (let token = item.firstToken; token < item.endToken; token += 1) {
      const word = view.lower(token);
      if (word === 'of' || word === 'the') continue;
      // ("Girl" and "Star" are given names too: only the head may be one)
      if (!/^\p{L}+$/u.test(word) || (token !== head && isFirstName(view.word(token)))) return -1;
      if (!(['noun', 'verb', 'adj'] as const).some((pos) => baseFormOf(word, pos) !== null)) return -1;
      words += 1;
    }
    if (words < 2) return -1;
    const noun = view.lower(head);
    const lemma = personWord(noun) ? noun : (lemmaOf(noun, 'noun') ?? noun);
    if (!isAnaphoricPersonHead(lemma)) return -1;
    return this.resolveDescription(phrase, 'person', lemma);
  }

  /** "Russia’s Investigative Committee": a place name, "’s", and right after it the name. */
  private isPlacePossessive(phrase: NounPhrase, item: NameItem): boolean {
    if (phrase.possessor < 0 || phrase.names.length !== 1) return false;
    const possessor = this.phrases[phrase.possessor] as NounPhrase;
    if (possessor.names.length !== 1 || possessor.end + 1 !== item.firstToken) return false;
    const owner = this.entityOfItem[possessor.names[0] as number] as number;
    return owner >= 0 && this.drafts[owner]?.type === 'LOC';
  }

  /** A phrase without a name: a group reference, an apposition, a description, or a competitor. */
  private resolveDescriptionPhrase(index: number, phrase: NounPhrase): number {
    const view = this.view;
    const head = view.lower(phrase.head);
    const number = this.groupNumber(phrase);
    if (number !== undefined) {
      const group = this.resolveGroup(phrase, number);
      if (group >= 0) {
        this.mention(group, phrase.first, phrase.end, 'nominal');
        this.remember(group, phrase.first, phrase.end);
        return group;
      }
      this.remember(-1, phrase.first, phrase.end, { plural: true, person: true });
      return -1;
    }
    // "one of the men": one person who is not an entity.
    if (head === 'one' && view.lower(phrase.end) === 'of') {
      this.remember(-1, phrase.first, phrase.end, { person: true });
      return -1;
    }
    const personNoun = this.personHead(phrase);
    const category: Category | undefined = personNoun !== undefined ? 'person' : categoryOf(head);
    const plural = personNoun === undefined && this.isPluralHead(phrase);
    if (plural) {
      this.remember(-1, phrase.first, phrase.end, {
        plural: true,
        person: personWord(head)?.plural === true,
      });
      return -1;
    }
    if (category === undefined) {
      // "The charity Shelter said …": a name the recogniser missed after an organisation noun
      const before = view.lower(phrase.head - 1);
      if (
        phrase.head - 1 > phrase.first &&
        view.pos(phrase.head) === 'PROPN' &&
        categoryOf(before) === 'organisation'
      )
        return this.unnamedOrganisation(phrase);
      return -1;
    }

    const apposition = this.appositionTarget(phrase, category);
    if (apposition !== undefined) {
      this.mention(apposition.entity, phrase.first, apposition.end, 'nominal');
      this.learnDescription(apposition.entity, phrase);
      return apposition.entity;
    }
    // "Dara Quill is the city treasurer": the role is evidence for a later "the treasurer".
    const copulaSubject = this.copulaSubject(phrase, category);
    if (copulaSubject >= 0) {
      this.learnDescription(copulaSubject, phrase);
      return -1;
    }
    // "The party leader, David Smith, said": the name after the comma is what it describes; the
    // name's own phrase links it (linkIntroduction), so it is no anaphor.
    if (this.nameFollows(phrase)) {
      this.remember(-1, phrase.first, phrase.end, {
        person: category === 'person',
        gender: personNoun?.gender,
      });
      return -1;
    }
    if (
      phrase.determiner === 'definite' &&
      (phrase.determinerWord === 'the' || phrase.determinerWord === 'this') &&
      !GENERIC_HEADS.has(head)
    ) {
      // "the president of the club" is a new referent; "the official No campaign", chunked short
      // before a capitalised word, is no description of a person.
      const cutShort =
        view.lower(phrase.end) === 'of' ||
        (view.sentenceOf[phrase.end] === view.sentenceOf[phrase.first] &&
          view.pos(phrase.end) !== 'PUNCT' &&
          view.isCapitalised(phrase.end));
      const entity = cutShort ? -1 : this.resolveDescription(phrase, category, head);
      if (entity >= 0) {
        this.mention(entity, phrase.first, phrase.end, 'nominal');
        this.learnDescription(entity, phrase);
        this.remember(entity, phrase.first, phrase.end);
        return entity;
      }
    }
    if (category === 'person') {
      this.remember(-1, phrase.first, phrase.end, {
        person: true,
        gender: personNoun?.gender,
        indefinite: phrase.determiner === 'indefinite',
        head,
      });
      this.rememberCoordination(phrase);
    }
    // "A campaign group said …. The group said …": an organisation introduced without a name is the
    // one "the group" takes up, not an organisation named before it (resolveDescription stops at
    // a competitor of the same head)
    else if (category === 'organisation' && phrase.determiner === 'indefinite' && !this.appositive(phrase))
      this.remember(-1, phrase.first, phrase.end, { indefinite: true, head });
    else if (category === 'organisation' || category === 'news') return this.unnamedOrganisation(phrase);
    return -1;
  }

  /**
   * "The council said it would reopen the road. It said …": a singular definite organisation no name
   * stands for ("the council", "the government", "the charity") is a referent of its own for "it" and
   * "its", a latent draft that becomes an entity only when a pronoun or a later description takes it
   * up; not a phrase cut short before "of" or a name ("the council of X"), nor one inside a quotation.
   */
  private unnamedOrganisation(phrase: NounPhrase): number {
    const view = this.view;
    if (phrase.determiner !== 'definite' || phrase.determinerWord !== 'the') return -1;
    if ((view.quotationOf[phrase.first] as number) >= 0) return -1;
    if (view.lower(phrase.end) === 'of' || this.isPluralHead(phrase)) return -1;
    const head = view.lower(phrase.head);
    // ("the news" is no outlet; "the box office" is a compound WordNet knows as no group, unlike "the
    // state government")
    if (head === 'news') return -1;
    if (phrase.head - 1 > phrase.first) {
      const compound = synsetsOf(`${view.lower(phrase.head - 1)}_${head}`, 'noun');
      if (
        compound.length > 0 &&
        !compound.slice(0, 2).some((sense) => lexicographerFileOf(sense, 'noun') === NOUN_GROUP)
      )
        return -1;
    }
    const first = view.tokens[phrase.first] as Token;
    // ("the commission" in a story of the European Commission, "the party" in one of the UK Independence
    // Party, before or after: the named organisation is what later stages give it to; "the club" after
    // "Arsenal" is most often Arsenal: only a body of government, which describes no named company,
    // club or party, stands on its own after a named organisation)
    const government = isGovernmentBodyWord(head);
    if (
      this.drafts.some(
        (draft) =>
          draft.type === 'ORG' &&
          !draft.latent &&
          draft.members === undefined &&
          (describesByName(draft, head) ||
            fitsByKind(draft, head) ||
            (!government &&
              !draft.news &&
              draft.mentions.some((mention) => mention.kind === 'name' && mention.start < first.start))),
      )
    )
      return -1;
    const last = view.tokens[phrase.end - 1] as Token;
    const draft = unnamedOrganisationDraft(view.text.slice(first.start, last.end), head);
    addMention(draft, first.start, last.end, 'nominal');
    this.drafts.push(draft);
    const entity = this.drafts.length - 1;
    this.unnamed.add(entity);
    this.learnDescription(entity, phrase);
    this.remember(entity, phrase.first, phrase.end);
    return entity;
  }

  /**
   * "he and his brother", "Mr X and a colleague": people joined by "and" who are no known group.
   * They compete for "they" as one plural phrase, so that "they" is not given to an older group.
   */
  private rememberCoordination(phrase: NounPhrase): void {
    const view = this.view;
    let joiner = phrase.first - 1;
    if (view.pos(joiner) === 'PRON') joiner -= 1;
    if (view.lower(joiner) !== 'and') return;
    let before: Referent | undefined;
    for (let index = this.history.length - 2; index >= 0 && index >= this.history.length - 4; index -= 1)
      if ((this.history[index] as Referent).end === joiner) before = this.history[index];
    if (!before || !before.person || before.plural) return;
    this.remember(-1, before.first, phrase.end, { person: true, plural: true });
  }

  // ---- names: appositions, introductions, lists ----

  /**
   * "an eighth man, Alisher Kasimov," (apposition before the name) and "… arrested an eighth man.
   * Alisher Kasimov, 41, is accused …" (a new person introduced by an indefinite description at the
   * end of the previous sentence and named at the start of this one).
   */
  private linkIntroduction(phrase: NounPhrase, entity: number, firstMention: boolean): void {
    const view = this.view;
    const draft = this.drafts[entity] as EntityDraft;
    if (draft.type !== 'PERSON' || !firstMention) return;
    const sentence = view.sentenceOf[phrase.first] as number;
    const last = this.history[this.history.length - 1];
    if (!last || last.entity >= 0 || !last.person || last.plural) return;
    const apposition = last.end === phrase.first - 1 && view.word(phrase.first - 1) === ',';
    // not "… to even call a lawyer." in a quotation, nor "… return as a minister.": no one in particular
    const introduction =
      last.indefinite &&
      (view.quotationOf[last.first] as number) < 0 &&
      view.lower(last.first - 1) !== 'as' &&
      last.sentence === sentence - 1 &&
      phrase.first === view.sentenceStart(sentence) &&
      view.word(phrase.end) === ',';
    if (!apposition && !introduction) return;
    if (apposition && !last.indefinite && !this.describesPerson(last.first, last.end)) return;
    // "… and find a new leader, President X said": a name followed by its verb is the subject of a
    // new clause, not an apposition to the object before the comma (unless that opens the sentence).
    const next = view.pos(phrase.end);
    if (apposition && (next === 'VERB' || next === 'AUX') && last.first !== view.sentenceStart(sentence))
      return;
    this.mention(entity, last.first, last.end, 'nominal');
    this.history[this.history.length - 1] = { ...last, entity, person: true };
    this.seen[entity] = 1;
    for (let token = last.first; token < last.end; token += 1) this.learnWord(entity, token);
  }

  /**
   * "The Vatican newspaper, Il Corriere Sacro, …": a definite news-outlet description right before
   * an organisation's name and a comma says what the organisation is, so a later "the paper" can be it.
   */
  private learnOutletIntroduction(index: number, phrase: NounPhrase, entity: number): void {
    const view = this.view;
    const draft = this.drafts[entity] as EntityDraft;
    if (draft.type !== 'ORG' || index === 0 || view.word(phrase.first - 1) !== ',') return;
    const before = this.phrases[index - 1] as NounPhrase;
    if (before.end !== phrase.first - 1 || before.determiner !== 'definite') return;
    if (!NEWS_ORGANISATION_NOUNS.has(view.lower(before.head)) || before.head !== before.end - 1) return;
    this.learnWord(entity, before.head);
  }

  /**
   * A role that names one office ("the home secretary", "the prime minister", "the prince"): it
   * refers back only to someone the text has called so, never just to the most salient person.
   */
  private compoundRole(phrase: NounPhrase, head: string): string | undefined {
    const view = this.view;
    const modifier = phrase.head - 1;
    if (modifier > phrase.first) {
      const word = view.lower(modifier);
      const bigram = `${word} ${head}`;
      if (
        (view.pos(modifier) === 'NOUN' && !view.isCapitalised(modifier)) ||
        OFFICE_MODIFIERS.has(word) ||
        roleNoun(bigram) !== undefined
      ) {
        const qualifier = view.lower(modifier - 1);
        return OFFICE_QUALIFIERS.has(qualifier) ? `${qualifier} ${bigram}` : bigram;
      }
    }
    return TITLE_NOUNS.has(head) ? head : undefined;
  }

  /** Is the phrase followed by ", Name" (an apposition the other way round)? */
  private nameFollows(phrase: NounPhrase): boolean {
    const view = this.view;
    if (view.word(phrase.end) !== ',') return false;
    const next = this.phraseAt[phrase.end + 1] as number;
    if (next < 0) return false;
    const following = this.phrases[next] as NounPhrase;
    if (following.names.length === 0) return false;
    const item = this.items[following.names[0] as number] as NameItem;
    return item.firstToken === following.first && item.type === 'PERSON';
  }

  private describesPerson(first: number, end: number): boolean {
    return personWord(this.view.lower(end - 1)) !== undefined || ORDINALS.has(this.view.lower(first + 1));
  }

  /**
   * "Dalerdzhon Mirzoyev, 32;" — an age right after a person's name; also "X, aged 60," and "X aged 60"
   * (so that "the 60-year-old" later finds the person whose age the text gave).
   */
  private learnAge(draft: EntityDraft, end: number): void {
    const view = this.view;
    if (draft.type !== 'PERSON') return;
    const aged =
      view.lower(end) === 'aged'
        ? end
        : view.word(end) === ',' && view.lower(end + 1) === 'aged'
          ? end + 1
          : -1;
    if (aged >= 0) {
      const value = Number(view.word(aged + 1));
      if (view.pos(aged + 1) === 'NUM' && Number.isInteger(value) && value > 0 && value < 120)
        draft.age = value;
      return;
    }
    if (view.word(end) !== ',' || view.pos(end + 1) !== 'NUM') return;
    const after = view.word(end + 2);
    if (
      after !== ',' &&
      after !== ';' &&
      after !== ')' &&
      view.lower(end + 2) !== 'and' &&
      view.pos(end + 2) !== 'AUX'
    )
      return;
    const value = Number(view.word(end + 1));
    if (Number.isInteger(value) && value > 0 && value < 120) draft.age = value;
  }

  /** A list of people mentioned together: a (latent) group that "they" or "all four" may refer to. */
  private rememberList(list: number): void {
    let group = this.listGroup[list] as number;
    const value = this.lists[list] as PersonList;
    if (group < 0) {
      const members: number[] = [];
      for (const item of value.items) {
        const entity = this.entityOfItem[item] as number;
        if (entity >= 0 && !members.includes(entity)) members.push(entity);
      }
      if (members.length < 2) return;
      group = this.drafts.length;
      this.drafts.push(groupDraft(members, this.drafts, value.collective === undefined));
      this.listGroup[list] = group;
      if (value.collective) {
        const draft = this.drafts[group] as EntityDraft;
        addMention(draft, value.collective.start, value.collective.end, 'nominal');
        const word = this.view.text.slice(value.collective.start).split(/\s/u)[0]?.toLowerCase() ?? '';
        draft.heads.add(word);
      }
    }
    const first = this.view.tokenAtOrAfter(value.start);
    const last = this.items[value.items[value.items.length - 1] as number] as NameItem;
    this.remember(group, first, last.endToken, { plural: true, person: true });
  }

  // ---- descriptions ----

  /** The phrase's head names a person ("the president", "the 32-year-old"): with the gender it implies. */
  private personHead(phrase: NounPhrase): { readonly gender: Gender | undefined } | undefined {
    const head = this.view.lower(phrase.head);
    const person = personWord(head);
    // "the official No campaign" is chunked short at "No": an adjective is no person.
    if (person && !person.plural && this.view.pos(phrase.head) !== 'ADJ') return { gender: person.gender };
    if (head === 'old' && phrase.head >= 2 && this.view.lower(phrase.head - 2) === 'year')
      return { gender: undefined };
    return undefined;
  }

  private isPluralHead(phrase: NounPhrase): boolean {
    const view = this.view;
    const head = view.lower(phrase.head);
    if (personWord(head)?.plural) return true;
    if (view.pos(phrase.head) !== 'NOUN' || head.length < 4) return false;
    return (
      head.endsWith('s') &&
      !head.endsWith('ss') &&
      !head.endsWith('us') &&
      !head.endsWith('is') &&
      !head.endsWith('news')
    );
  }

  /** What appositions and definite descriptions say about their entity. */
  private learnDescription(entity: number, phrase: NounPhrase): void {
    for (let token = phrase.first; token < phrase.end; token += 1) this.learnWord(entity, token);
  }

  private learnWord(entity: number, token: number): void {
    const draft = this.drafts[entity] as EntityDraft;
    const view = this.view;
    const word = view.lower(token);
    const person = draft.type === 'PERSON' ? personWord(word) : undefined;
    if (person && !person.plural) {
      draft.heads.add(word);
      // "Prime Minister Tony Blair", "the home secretary": the two-word role too; after "shadow",
      // "deputy" … the three words only ("the shadow foreign secretary" is not "the foreign secretary").
      if (token > 0 && view.pos(token - 1) !== 'DET' && view.pos(token - 1) !== 'PUNCT') {
        const bigram = `${view.lower(token - 1)} ${word}`;
        const qualifier = token > 1 ? view.lower(token - 2) : '';
        draft.heads.add(OFFICE_QUALIFIERS.has(qualifier) ? `${qualifier} ${bigram}` : bigram);
      }
      this.describedAs.set(word, entity);
      if (person.gender && !draft.gender && (draft.nameGender ?? person.gender) === person.gender)
        draft.gender = person.gender;
    } else if (draft.type === 'ORG' && isOrganisationNoun(word)) {
      draft.heads.add(word);
      this.describedAs.set(word, entity);
      if (NEWS_ORGANISATION_NOUNS.has(word)) draft.news = true;
    } else if (draft.type === 'LOC' && isPlaceNoun(word)) draft.heads.add(word);
    else if (view.isCapitalised(token) && (view.pos(token) === 'PROPN' || view.pos(token) === 'ADJ'))
      draft.modifiers.add(word);
  }

  /**
   * "Alexander Bortnikov, the head of the FSB, …": a description right after a name and a comma,
   * closed by a comma or the end of the clause, describes that name's entity. A role noun takes its
   * "of" phrase along ("the head of the FSB").
   */
  private appositionTarget(
    phrase: NounPhrase,
    category: Category,
  ): { entity: number; end: number } | undefined {
    const view = this.view;
    if (view.word(phrase.first - 1) !== ',') return undefined;
    // The phrase before the comma; a possessor inside this phrase ("Russia’s") was remembered after it.
    let last: Referent | undefined;
    for (let index = this.history.length - 1; index >= 0 && index >= this.history.length - 3; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.first < phrase.first) {
        last = referent;
        break;
      }
    }
    if (!last || last.entity < 0 || last.end !== phrase.first - 1) return undefined;
    const draft = this.drafts[last.entity] as EntityDraft;
    if (!compatible(category, draft) || draft.members !== undefined) return undefined;
    // "Jeff Lind, the woman who …" is no apposition of his: gender agreement is hard
    const nounGender = category === 'person' ? personWord(view.lower(phrase.head))?.gender : undefined;
    const draftGender = genderOf(draft);
    if (nounGender && draftGender && nounGender !== draftGender) return undefined;
    let end = phrase.end;
    if (view.lower(end) === 'of') {
      let next = this.phraseAt[end + 1] as number;
      if (next >= 0) {
        let furthest = (this.phrases[next] as NounPhrase).end;
        while (next + 1 < this.phrases.length && (this.phrases[next + 1] as NounPhrase).first === end + 1) {
          next += 1;
          furthest = Math.max(furthest, (this.phrases[next] as NounPhrase).end);
        }
        end = furthest;
      }
    }
    const after = view.word(end);
    // "StreamCast Networks, the company behind the software": an organisation's description with its
    // prepositional modifier
    const closes =
      (category === 'organisation' && end === phrase.end && view.pos(end) === 'ADP' && after !== 'of') ||
      after === ',' ||
      after === '.' ||
      after === ';' ||
      after === ')' ||
      view.pos(end) === 'VERB' ||
      end >= view.length ||
      view.sentenceOf[end] !== view.sentenceOf[phrase.first];
    if (!closes) return undefined;
    if (phrase.determiner === 'none' && phrase.possessor < 0) return undefined;
    return { entity: last.entity, end };
  }

  /**
   * Whether the phrase stands in apposition to the phrase remembered last: "Cairn Energy, a UK oil
   * firm," (whatever the name finder typed the name).
   */
  private appositive(phrase: NounPhrase): boolean {
    const last = this.history[this.history.length - 1];
    return last !== undefined && last.end === phrase.first - 1 && this.view.lower(phrase.first - 1) === ',';
  }

  /** The entity named right before "is"/"was" when the phrase follows it ("Dara Quill is the mayor"), or -1. */
  private copulaSubject(phrase: NounPhrase, category: Category): number {
    const view = this.view;
    const verb = view.lower(phrase.first - 1);
    if (verb !== 'is' && verb !== 'was') return -1;
    if (phrase.determiner !== 'definite' && phrase.determiner !== 'indefinite') return -1;
    const last = this.history[this.history.length - 1];
    if (!last || last.entity < 0 || last.end !== phrase.first - 1) return -1;
    const draft = this.drafts[last.entity] as EntityDraft;
    return compatible(category, draft) && draft.members === undefined ? last.entity : -1;
  }

  private resolveDescription(phrase: NounPhrase, category: Category, head: string): number {
    const view = this.view;
    const sentence = view.sentenceOf[phrase.first] as number;
    // "the chair dropped eight metres": a role noun whose commonest sense is a thing is no one's role
    // without a person's evidence in its sentence
    if (
      category === 'person' &&
      isRoleHead(head) &&
      !personFirst(head) &&
      !personEvidence(view.text, view.tokens, view.sentenceOf, phrase.head)
    )
      return -1;
    const nounGender = category === 'person' ? personWord(head)?.gender : undefined;
    let age: number | undefined;
    if (head === 'old' && phrase.head >= 4) {
      const value = Number(view.word(phrase.head - 4));
      if (Number.isInteger(value)) age = value;
    }
    const modifiers: string[] = [];
    for (let token = phrase.first + 1; token < phrase.head; token += 1)
      if (view.isCapitalised(token)) modifiers.push(view.lower(token));
    // Speakers call themselves "I": a description in their quotation is someone else.
    const quotation = view.quotationOf[phrase.first] as number;
    const speaker = quotation >= 0 ? this.speakerOf(quotation) : -1;
    // "Ms James … The judge said he would decide": the pronoun the description's own speech verb takes
    // up keeps it from a person the text has shown to be of the other gender (an honorific or
    // pronouns; a first name's usual gender is only a guess)
    const spokenGender =
      category === 'person' && nounGender === undefined && quotation < 0
        ? speakerPronounGender(view.text, (view.tokens[phrase.end - 1] as Token).end)
        : undefined;
    const scores = new Map<number, number>();
    const compound = category === 'person' ? this.compoundRole(phrase, head) : undefined;
    // A role ("the mayor", "the prime minister") joins a person only on evidence: one the text gave
    // that role (apposition, title, earlier description), or the only person it could be named close by.
    const role = category === 'person' && isRoleHead(head);
    const candidates = new Set<number>();
    /** The sentence of each candidate's latest mention before the description. */
    const candidateSentence = new Map<number, number>();
    const evidenced = new Set<number>();
    // "Mr Blair talked about the manifesto, a move to irritate the chancellor": the person who opens
    // the sentence as its subject is not a role description later in it (an R-expression is not bound
    // in its own sentence); never the default then, only on evidence
    const boundInSentence = new Set<number>();
    const previousSubjects = new Set<number>();
    /** The people the sentence before names (one alone may be its topic). */
    const previousPeople = new Set<number>();
    /** The people who said something in the sentence before (the topic even beside others named). */
    const previousSpeakers = new Set<number>();
    let previousSubject = -1;
    const governor = coArgumentVerb(view, phrase.head);
    let calledSoAfter = false;
    // organisations "the school" fits only by the kind its name says ("Westbrook University"), when
    // the description is bare ("the independent tribunal", "the Commons committee" may be another)
    const byKind = new Set<number>();
    const bare = phrase.head === phrase.first + 1;
    // "The company is also suing Rosneft": an entity named later in the clause the description is the
    // subject of is not what the description refers to (a name is not bound in its clause; appositions
    // and a name the description introduces were taken care of before).
    const namedLater = this.namedInOwnClause(phrase, sentence);
    // "He said the singer had shown the boy …": a person description is not the subject of a verb above
    // it in the parse (a description is not bound in its sentence)
    // (a predicate, "X became the fastest woman", "X is thought to be the man behind it", or an
    // apposition says who the subject is)
    const predicate =
      view.word(phrase.first - 1) === ',' ||
      childOf(view, phrase.head, /^cop$/u) >= 0 ||
      /^(?:appos|xcomp|root)$/u.test(view.tokens[phrase.head]?.dep ?? '') ||
      /^(?:be|become)$/u.test(view.tokens[phrase.first - 1]?.lemma ?? '');
    const commanding =
      category === 'person' && !role && !predicate ? commandingSubjects(view, phrase.head) : [];
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence < sentence - DESCRIPTION_WINDOW) break;
      if (
        referent.sentence === sentence &&
        commanding.some((token) => token >= referent.first && token < referent.end)
      )
        continue;
      // "Anna Berg was told by the mayor": the subject of the verb the description is an agent,
      // object or oblique of is someone else (still a person the role could be, so that it is not
      // given to "the only person" left)
      if (governor >= 0 && referent.sentence === sentence && subjectOfVerb(view, referent, governor)) {
        if (referent.entity >= 0 && role) candidates.add(referent.entity);
        continue;
      }
      // the topic of the sentence before: who said something there, or who opens it as subject
      if (
        referent.sentence === sentence - 1 &&
        referent.person &&
        !referent.plural &&
        (referent.speechSubject || (referent.subject && referent.first === view.sentenceStart(sentence - 1)))
      )
        previousSubjects.add(referent.entity);
      if (referent.sentence === sentence - 1 && referent.person) previousPeople.add(referent.entity);
      if (referent.sentence === sentence - 1 && referent.person && referent.speechSubject)
        previousSpeakers.add(referent.entity);
      if (referent.entity < 0) {
        // "A party spokesman said … the spokesman added": the unnamed one said before; not one
        // only spoken of inside a quotation ("… let them elect a president," X said. The French
        // president …) when the description is the narrator's.
        // An organisation introduced so ("A campaign group said …") unless one named or called by the
        // word, or one as a subject, came after it ("The Tarn Valley Group backed …", "Acme is still
        // struggling"; not "… dismissed Acme's move")
        if (
          referent.head === head &&
          (quotation >= 0 || (view.quotationOf[referent.first] as number) < 0) &&
          (referent.person || !calledSoAfter)
        )
          return -1;
        continue;
      }
      if (namedLater.has(referent.entity)) continue;
      const draft = this.drafts[referent.entity] as EntityDraft;
      if (previousSubjects.has(referent.entity)) previousSubject = referent.entity;
      if (
        role &&
        referent.sentence === sentence &&
        referent.subject &&
        referent.person &&
        referent.first === view.sentenceStart(sentence) &&
        referent.end <= phrase.first &&
        (view.quotationOf[referent.first] as number) === quotation
      )
        boundInSentence.add(referent.entity);
      if (draft.members !== undefined || !compatible(category, draft)) continue;
      // (an organisation no name stands for is taken up by its own word only: "the council … the
      // council", not "the administration … the firm")
      if (this.unnamed.has(referent.entity) && !draft.heads.has(head)) continue;
      if (category === 'news' && !draft.news && !draft.heads.has(head)) continue;
      if (
        category === 'organisation' &&
        draft.news &&
        !NEWS_COMPATIBLE_HEADS.has(head) &&
        !draft.heads.has(head)
      )
        continue;
      // agreement is hard: "the woman" never joins a "Jeff" (the first name's gender counts too)
      const draftGender = genderOf(draft);
      if (nounGender && draftGender && draftGender !== nounGender) continue;
      if (spokenGender && draft.gender && draft.gender !== spokenGender) continue;
      // "Mr Jackson … showed the boy": a child's noun never joins a grown-up (one called "Mr", "Ms" …,
      // one of 18 or more, or one given a role before)
      if (CHILD_NOUNS.has(head) && this.isGrownUp(referent.entity)) continue;
      // "Tom Baker, 45, … the 60-year-old said": an age description is never one whose age the text
      // gave otherwise
      if (age !== undefined && draft.age !== undefined && draft.age !== age) continue;
      if (referent.entity === speaker) continue;
      if (!this.fitsDescription(category, head, draft)) {
        if (category !== 'organisation' || !bare || !fitsByKind(draft, head)) continue;
        byKind.add(referent.entity);
      }
      // "the Conservative leader" is not the one the text called "the Liberal leader"
      if (role && modifiers.length > 0 && this.calledOtherwise(draft, head, modifiers)) continue;
      if (role) {
        candidates.add(referent.entity);
        if (!candidateSentence.has(referent.entity))
          candidateSentence.set(referent.entity, referent.sentence);
        // the role, or a word the text used with the name ("Belarusian President X" … "the Belarusian dictator")
        // or a title WordNet puts under the role ("District Attorney X" … "the prosecutor")
        if (
          draft.heads.has(compound ?? head) ||
          modifiers.some((modifier) => draft.modifiers.has(modifier)) ||
          (compound === undefined &&
            modifiers.length === 0 &&
            [...draft.heads].some((held) => roleImplies(held, head)))
        )
          evidenced.add(referent.entity);
      } else if (compound !== undefined && !draft.heads.has(compound)) continue;
      if (draft.heads.has(head) || describesByName(draft, head) || referent.subject) calledSoAfter = true;
      let score = salience(referent, sentence);
      if (!scores.has(referent.entity)) {
        if (draft.heads.has(head)) score += 300;
        if (age !== undefined && draft.age === age) score += 500;
        for (const modifier of modifiers) if (draft.modifiers.has(modifier)) score += 150;
      }
      scores.set(referent.entity, (scores.get(referent.entity) ?? 0) + score);
    }
    // "Omar Hadi, aged 60, … Karl Weber said … The 60-year-old said": the one person whose age the text
    // gave as that (anywhere before, not only in the window), never another; two such people: no one
    if (age !== undefined) {
      const aged = new Set<number>();
      for (const referent of this.history) {
        if (referent.entity < 0 || namedLater.has(referent.entity)) continue;
        const draft = this.drafts[referent.entity] as EntityDraft;
        if (draft.age === age && draft.members === undefined && compatible(category, draft))
          aged.add(referent.entity);
      }
      if (aged.size > 1) return -1;
      const only = [...aged][0];
      if (only !== undefined && only !== speaker) return only;
    }
    if (role) {
      // An office of several words or a title ("the home secretary", "the prince") needs the evidence.
      // "Gordon Brown has addressed the conference. The chancellor said …": the one person who is the
      // topic of the sentence before (its opening subject or its speaker), taken up by this one's subject,
      // when that sentence names no one else ("Mr Howard attacked Mr Brown. The chancellor said …" may
      // be either) or the person is its speaker ("X said in a statement undermining Y. The dictator's
      // remarks …"), and the text gave the person no other office ("Tory leader Michael Howard" is no
      // chancellor).
      const continued =
        phrase.first === view.sentenceStart(sentence) &&
        previousSubject >= 0 &&
        previousSubjects.size === 1 &&
        // ("X said in a statement undermining Y. The dictator's remarks …": the one who spoke)
        (previousPeople.size === 1 || previousSpeakers.has(previousSubject)) &&
        candidates.has(previousSubject) &&
        !holdsOtherOffice(this.drafts[previousSubject] as EntityDraft, compound ?? head);
      // the person the text gave that role before, further back than the window ("Tottenham chairman
      // Daniel Levy" … "the chairman" in a quotation eight sentences on), over one who never had it
      const roleHolder = this.describedAs.get(compound ?? head);
      const heldBefore =
        roleHolder !== undefined &&
        roleHolder !== speaker &&
        (this.drafts[roleHolder] as EntityDraft).heads.has(compound ?? head);
      // "He attacked Clinton's server. The FBI director chastised her": a role tied by a name to an
      // organisation needs the evidence too; the person the sentence before was about may hold another
      // office (a nationality ties it to no office: "the Brazilian minister")
      // "the Scottish Executive", "the executive": a head whose first sense is a body, or a body
      // written as a name, joins a person only on evidence
      const body = namesBodyFirst(
        compound ?? head,
        // (an initialism such as "MP" is written so whatever it names)
        view.isCapitalised(phrase.head) &&
          /\p{Ll}/u.test(view.word(phrase.head)) &&
          phrase.head > view.sentenceStart(sentence),
      );
      const allowed =
        evidenced.size > 0
          ? evidenced
          : heldBefore
            ? new Set([roleHolder])
            : compound !== undefined || body || this.namesBody(phrase)
              ? new Set<number>()
              : candidates.size === 1 && boundInSentence.has([...candidates][0] as number)
                ? new Set<number>()
                : // "Tom Barker ran the club. Fans cheered. The judge said …": the only person the
                  // role could be holds it when named in its sentence or the one before; one named
                  // further back needs the evidence
                  candidates.size === 1 &&
                    (candidateSentence.get([...candidates][0] as number) ?? -1) >= sentence - 1 &&
                    !holdsOtherOffice(
                      this.drafts[[...candidates][0] as number] as EntityDraft,
                      compound ?? head,
                    )
                  ? candidates
                  : continued && !boundInSentence.has(previousSubject)
                    ? new Set([previousSubject])
                    : new Set<number>();
      for (const key of [...scores.keys()]) if (!allowed.has(key)) scores.delete(key);
    }
    // Described the same way before, further back: "the Islamic State terrorist group" … "the group".
    const described = this.describedAs.get(head);
    if (
      described !== undefined &&
      !scores.has(described) &&
      !namedLater.has(described) &&
      // an office of several words needs it here too: "the foreign secretary" is not whoever was
      // last called a "secretary" ("the shadow foreign secretary")
      (compound === undefined || (this.drafts[described] as EntityDraft).heads.has(compound)) &&
      !(modifiers.length > 0 && this.calledOtherwise(this.drafts[described] as EntityDraft, head, modifiers))
    )
      scores.set(described, 300);
    // a kind fits on evidence only when no other organisation competes for the description
    if (byKind.size > 0 && scores.size > 1) for (const key of byKind) scores.delete(key);
    return best(scores);
  }

  /** Whether the text shows the person to be an adult: an honorific, an age of 18 or more, or a role held. */
  private isGrownUp(entity: number): boolean {
    const draft = this.drafts[entity] as EntityDraft;
    if (draft.age !== undefined && draft.age >= 18) return true;
    if ([...draft.heads].some((held) => !CHILD_NOUNS.has(held) && roleNoun(held) !== undefined)) return true;
    return this.items.some((item, index) => item.honorific && this.entityOfItem[index] === entity);
  }

  /**
   * Entities named after a subject phrase inside its own clause: names whose chain of heads in the
   * parse reaches the phrase's verb through no other verb ("The company is seeking damages from
   * Rosneft", not "The company said the debt was owed to Ford"), possessors aside.
   */
  private namedInOwnClause(phrase: NounPhrase, sentence: number): Set<number> {
    const found = new Set<number>();
    const view = this.view;
    const subject = view.tokens[phrase.head];
    if (subject === undefined || !/^nsubj/u.test(subject.dep) || subject.head < 0) return found;
    const verb = subject.head;
    if (view.pos(verb) !== 'VERB') return found;
    this.items.forEach((item, index) => {
      if (item.firstToken < phrase.end || view.sentenceOf[item.firstToken] !== sentence) return;
      const entity = this.entityOfItem[index] as number;
      if (entity < 0) return;
      let at = item.endToken - 1;
      for (let token = item.firstToken; token < item.endToken; token += 1) {
        const parent = (view.tokens[token] as Token).head;
        if (parent < item.firstToken || parent >= item.endToken) at = token;
      }
      // a possessor may be the subject itself ("The company intends its Microsoft's software …")
      if ((view.tokens[at] as Token).dep === 'nmod:poss' || view.isPossessiveMarker(item.endToken)) return;
      for (let steps = 0; steps < 12 && at >= 0; steps += 1) {
        const parent = (view.tokens[at] as Token).head;
        if (parent === verb) {
          found.add(entity);
          return;
        }
        if (parent < 0 || view.pos(parent) === 'VERB' || view.pos(parent) === 'AUX') return;
        at = parent;
      }
    });
    return found;
  }

  /**
   * Whether a name in the phrase is an organisation's: "FBI" in "the FBI director" (a place may stand
   * for the club of the person the sentence before was about: "the Old Trafford boss").
   */
  private namesBody(phrase: NounPhrase): boolean {
    return phrase.names.some((item) => this.drafts[this.entityOfItem[item] as number]?.type === 'ORG');
  }

  /**
   * Whether the text gave the person the role with another capitalised word before it ("the Liberal
   * leader") than the description has ("the Conservative leader").
   */
  private calledOtherwise(draft: EntityDraft, head: string, modifiers: readonly string[]): boolean {
    const suffix = ` ${head}`;
    for (const called of draft.heads) {
      if (!called.endsWith(suffix)) continue;
      const word = called.slice(0, -suffix.length);
      if (!word.includes(' ') && draft.modifiers.has(word) && !modifiers.includes(word)) return true;
    }
    return false;
  }

  /**
   * Can an organisation or place be called "the <head>"? Any organisation is "the group" or "the
   * company"; only a country is "the country"; a specific noun ("the assembly", "the ministry",
   * "the village") needs the entity to have been called so, or its name to contain the word.
   */
  private fitsDescription(category: Category, head: string, draft: EntityDraft): boolean {
    if (category === 'person') return isAnaphoricPersonHead(head);
    if (category === 'news') return true;
    if (isKindNoun(category, head) && category === 'organisation')
      return !COMMERCIAL_HEADS.has(head) || (!NON_COMMERCIAL_NAME.test(draft.name) && !namesOtherKind(draft));
    if (draft.heads.has(head) || describesByName(draft, head)) return true;
    if (category !== 'place') return false;
    const place = lookupPlace(draft.name);
    if (head === 'country' || head === 'nation') return countryOfName(draft.name) !== undefined;
    if (head === 'city' || head === 'capital' || head === 'town')
      return place?.kinds.includes('city') === true || place?.kinds.includes('capital') === true;
    if (head === 'region' || head === 'province' || head === 'state' || head === 'territory')
      return place?.kinds.includes('region') === true;
    return false;
  }

  // ---- groups ----

  /** "all four", "the three", "both", "the four suspected attackers", "the brothers": how many, or 0 for any. */
  private groupNumber(phrase: NounPhrase): number | undefined {
    const view = this.view;
    const head = view.lower(phrase.head);
    if (phrase.determiner === 'quantifier' || phrase.determiner === 'definite') {
      const headNumber = NUMBER_WORDS.get(head);
      if (headNumber !== undefined) return headNumber;
      if (phrase.determinerWord === 'both' && phrase.end === phrase.first + 1) return 2;
    }
    if (phrase.determiner !== 'definite' && phrase.determinerWord !== 'all') return undefined;
    if (COLLECTIVE_PERSON_NOUNS.has(head)) return 0;
    if (!personWord(head)?.plural) return undefined;
    for (let token = phrase.first + 1; token < phrase.head; token += 1) {
      const value = NUMBER_WORDS.get(view.lower(token));
      if (value !== undefined) return value;
    }
    return undefined;
  }

  private resolveGroup(phrase: NounPhrase, number: number): number {
    const view = this.view;
    const sentence = view.sentenceOf[phrase.first] as number;
    const head = view.lower(phrase.head);
    // 1. A group already known with that many members (or with the same collective noun).
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence < sentence - GROUP_WINDOW) break;
      if (referent.entity < 0) continue;
      const draft = this.drafts[referent.entity] as EntityDraft;
      if (!draft.members) continue;
      if (number > 0 ? draft.members.length === number : draft.heads.has(head)) return referent.entity;
    }
    if (number === 0) return -1;
    // 2. The last `number` people named, counted back sentence by sentence: "the three" after a
    //    sentence naming two brothers and one naming their father.
    const inSentence = new Set<number>();
    const people: number[] = [];
    let current = sentence;
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence !== current) {
        if (current !== sentence && people.length === number) break;
        if (people.length > number || referent.sentence < sentence - 3) return -1;
        current = referent.sentence;
      }
      if (referent.entity < 0) continue;
      const draft = this.drafts[referent.entity] as EntityDraft;
      const members = draft.members ?? (draft.type === 'PERSON' ? [referent.entity] : []);
      for (const member of members) {
        if (referent.sentence === sentence) inSentence.add(member);
        else if (!inSentence.has(member) && !people.includes(member)) people.push(member);
      }
    }
    if (people.length !== number) return -1;
    people.sort((a, b) => firstStart(this.drafts[a]) - firstStart(this.drafts[b]));
    this.drafts.push(groupDraft(people, this.drafts, false));
    return this.drafts.length - 1;
  }

  // ---- pronouns ----

  private resolvePronounPhrase(index: number, phrase: NounPhrase): number {
    const info = this.pronounInfo(phrase.first);
    if (!info) return -1;
    // A reporting pronoun after a quotation was resolved early, from the text before the quotation.
    const entity = this.presolved.get(index) ?? this.resolvePronoun(phrase.first, info);
    if (entity >= 0) {
      this.mention(entity, phrase.first, phrase.end, 'pronoun');
      const draft = this.drafts[entity] as EntityDraft;
      // a possessive resolved past a closer name does not fix the gender: "her" in "… the killing of
      // [Benazir Bhutto] … her death" with the woman's name typed as a place went to the man named
      // before, and a gender locked on him would keep every later "he" from him
      if (
        draft.type === 'PERSON' &&
        !draft.members &&
        !draft.gender &&
        (info.form !== 'possessive' || !this.skipsCloserName(entity)) &&
        // (nor does a reflexive: "thank the late Ray Charles himself" says only what the name says, and
        // a gender fixed so would make him weigh more than the speaker for the next "He")
        info.form !== 'reflexive' &&
        (info.gender === 'm' || info.gender === 'f')
      )
        draft.gender = info.gender;
      // (a reflexive is bound to a phrase already remembered: it adds no salience of its own — "I'd like
      // to thank the late Ray Charles himself." is no reason for the next "He" to be Charles)
      if (info.form !== 'reflexive') this.remember(entity, phrase.first, phrase.end);
    } else if (info.form !== 'possessive' && info.form !== 'reflexive' && info.gender !== 'n') {
      this.remember(-1, phrase.first, phrase.end, {
        person: info.gender !== 'p',
        plural: info.number === 'plural',
        gender: info.gender === 'm' || info.gender === 'f' ? info.gender : undefined,
      });
    }
    return entity;
  }

  /** The entity of the name item that holds `token`, or -1. */
  private entityOfName(token: number): number {
    for (let index = 0; index < this.items.length; index += 1) {
      const item = this.items[index] as NameItem;
      if (item.firstToken > token) break;
      if (token < item.endToken) return this.entityOfItem[index] as number;
    }
    return -1;
  }

  /**
   * "After she abruptly left a clinic on Thursday, Mira Talbeck checked into another": the subject
   * pronoun right after the conjunction of an adverbial clause that opens the sentence refers
   * forward to the main clause's subject when that is a person's name right after the clause's
   * comma, before its verb, and agrees (the person the sentence before named is someone else). -1
   * otherwise.
   */
  private cataphoricName(token: number, info: PronounInfo): number {
    const view = this.view;
    const sentence = view.sentenceOf[token] as number;
    const start = view.sentenceStart(sentence);
    if (token !== start + 1 || !SUBORDINATORS.has(view.lower(start))) return -1;
    // (the parse of such a sentence often goes astray: the surface says it, the first comma and
    // right after it a name, then the main verb)
    const end = view.sentenceEnd(sentence);
    let comma = token + 1;
    while (comma < end && view.word(comma) !== ',') comma += 1;
    const entity = comma + 1 < end ? this.entityOfName(comma + 1) : -1;
    if (entity < 0) return -1;
    const item = this.items.find((candidate) => candidate.firstToken === comma + 1);
    if (item === undefined || verbAfter(view, item.endToken) < 0) return -1;
    return this.personAgrees(entity, info) ? entity : -1;
  }

  /** Whether a name of another entity was remembered after the entity's latest mention. */
  private skipsCloserName(entity: number): boolean {
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.entity === entity) return false;
      if (referent.entity >= 0) return true;
    }
    return false;
  }

  /** The pronoun's features; "her" before a noun is possessive ("her office"), otherwise an object. */
  private pronounInfo(token: number): PronounInfo | undefined {
    const word = this.view.lower(token);
    const info = THIRD_PERSON_PRONOUNS.get(word);
    if (word !== 'her' || !info) return info;
    const next = this.view.pos(token + 1);
    return next === 'NOUN' || next === 'ADJ' || next === 'PROPN' || next === 'NUM'
      ? { ...info, form: 'possessive' }
      : info;
  }

  private resolvePronoun(token: number, info: PronounInfo): number {
    if (info.form === 'reflexive') return this.resolveReflexive(token, info);
    if (info.gender === 'n') return this.resolveIt(token, info);
    const view = this.view;
    const sentence = view.sentenceOf[token] as number;
    const quotation = view.quotationOf[token] as number;
    const speaker = quotation >= 0 ? this.speakerOf(quotation) : -1;
    const partners = this.coordinatedNames(token);
    // "“… Dan Crewe …,” he said": the speaker of a quotation is not a person named only inside it
    // (a speaker seldom names himself so: whoever the quotation names is someone else)
    const quoted = quotation < 0 ? this.namedInQuotation(this.quotationReportedBy(token)) : [];
    // (filled below: the possessor of a described reporter, "His son said he …", is not "he")
    const relatives: number[] = [];
    // "James Acton, his team-mate, …": a possessive inside an apposition never means the person the
    // apposition describes
    const described = info.form === 'possessive' ? appositionHost(view, token) : -1;
    const host = described >= 0 && described < token ? this.entityAt(described) : -1;
    const agrees = (referent: Referent) =>
      this.agrees(referent, info) &&
      (speaker < 0 || referent.entity !== speaker) &&
      (host < 0 || referent.entity !== host) &&
      !partners.includes(referent.entity) &&
      !quoted.includes(referent.entity) &&
      !relatives.includes(referent.entity);

    // "“He is no Y,” X said of Z": the quotation's third person is Z.
    if (quotation >= 0 && info.number === 'singular') {
      const topic = this.topicOf(quotation);
      if (topic >= 0 && topic !== speaker && this.personAgrees(topic, info)) return topic;
    }

    // "After she left the clinic, Mira Talbeck checked into …": forward to the main clause's subject
    if (quotation < 0 && info.form === 'subject' && info.number === 'singular') {
      const named = this.cataphoricName(token, info);
      if (named >= 0) return named;
    }

    // "the boy and his family", "Gibson and his business partner": a possessive that opens the second
    // of two coordinated nouns goes with the first, when that is one person who agrees (a description
    // that is no entity keeps it from any other).
    if (info.form === 'possessive' && info.number === 'singular') {
      const first = coordinatedPossessor(view, token);
      if (first >= 0) {
        for (let index = this.history.length - 1; index >= 0; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.sentence !== sentence) break;
          if (first < referent.first || first >= referent.end) continue;
          // (an office the pass did not link, "the prime minister and his chancellor", is left to the scores)
          if (referent.entity < 0 && isRoleHead(referent.head)) break;
          if (referent.person && !referent.plural && agrees(referent)) return referent.entity;
          break;
        }
      }
    }

    // "boss X was left frustrated with his side's defending": a possessive goes with the person who is
    // the subject of its own clause (read from the parse), named or not ("the student … his rant").
    // The subject of a clause the possessive's own clause shares its subject with ("X was sent off
    // after catching Y with his elbow") is taken only when it is a named person of the pronoun's
    // gender ("Singh spoke to her and asked about her health" leaves "her" to the scores below). This
    // comes before the reporter of a speech verb: "Hackett believes Mourinho should retract his
    // comments" (the clause's own subject binds it).
    if (info.form === 'possessive' && info.number === 'singular') {
      const { subject, shared } = possessiveClauseSubject(view, token, (verb) =>
        this.surfaceSubject(sentence, verb),
      );
      if (subject >= 0) {
        for (let index = this.history.length - 1; index >= 0; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.sentence !== sentence) break;
          if (subject < referent.first || subject >= referent.end) continue;
          const gendered =
            !shared || (referent.entity >= 0 && genderOf(this.drafts[referent.entity]) === info.gender);
          if (referent.person && !referent.plural && agrees(referent) && gendered) return referent.entity;
          break;
        }
      }
    }

    // "His family said he was beaten", "Her lawyer said she would appeal": those who speak up for a
    // person report about that person, the possessor (kin aside: "His son said he …" may be either).
    if (quotation < 0 && info.number === 'singular' && info.form === 'subject') {
      const verb = governingSpeechVerb(view, token);
      const possessive = verb >= 0 ? advocatePossessive(view, verb) : -1;
      if (possessive >= 0 && possessive < token && reportedSubject(view, token, verb)) {
        const possessor = this.entityAt(possessive);
        if (possessor >= 0 && this.personAgrees(possessor, info)) return possessor;
      }
    }

    // Reported speech: "Mr X said he …" — the reporter, when the pronoun agrees with him.
    if (quotation < 0 && info.number === 'singular') {
      const verb = governingSpeechVerb(view, token);
      if (verb >= 0) {
        for (let index = this.history.length - 1; index >= 0; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.sentence !== sentence) break;
          if (referent.verb !== verb) continue;
          if (referent.entity >= 0 && agrees(referent)) {
            // "X told him": an object right after the verb is not its subject.
            if (info.form === 'object' && (token === verb + 1 || view.tokens[token]?.head === verb)) break;
            // (nor the object of a clause the reporter is the subject of: "X said …, having left him")
            if (info.form === 'object' && this.clauseSubject(token) === referent.entity) break;
            return referent.entity;
          }
          // "His son said he would stay": the reporter is a relative or partner of the possessor, who is
          // someone else; the pronoun is left to the scores below without the possessor
          if (
            referent.entity < 0 &&
            referent.person &&
            agrees(referent) &&
            info.form === 'subject' &&
            reportedSubject(view, token, verb)
          ) {
            const possessor = this.possessorOf(index);
            if (possessor >= 0) relatives.push(possessor);
          }
          break;
        }
      }
    }

    // "The union said they would strike", "Tesco said their prices would fall": a plural subject of a
    // clause reported by an organisation (or a group) is that organisation, read from the parse; so is
    // "their" in a clause whose subject the organisation is ("Dunmore have won two of their games") and
    // "they" in an adverbial clause of it ("Dunmore lost when they were tired"). Only outside quotations,
    // and never a news outlet (it reports on others)
    if (quotation < 0 && info.number === 'plural' && info.form !== 'object') {
      const verb = governingSpeechVerb(view, token);
      let subject = info.form === 'possessive' ? possessiveClauseSubject(view, token).subject : -1;
      if (subject < 0 && verb >= 0 && reportedSubject(view, token, verb)) subject = -2;
      else if (subject < 0 && info.form === 'subject') subject = modifiedClauseSubject(view, token);
      if (subject !== -1) {
        for (let index = this.history.length - 1; index >= 0; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.sentence !== sentence) break;
          if (
            subject === -2
              ? referent.verb !== verb || !referent.subject
              : subject < referent.first || subject >= referent.end
          )
            continue;
          if (referent.entity >= 0 && (view.quotationOf[referent.first] as number) < 0) {
            const draft = this.drafts[referent.entity] as EntityDraft;
            // ("Apple and Motorola announced they …", "… on the duo, the IAAF described their …": with
            // another organisation or plural phrase before the pronoun, the scores decide)
            if (
              this.isOrganisation(referent.entity) &&
              !draft.news &&
              this.onlyPlural(referent.entity, sentence, token)
            )
              return referent.entity;
            if (subject === -2 && agrees(referent)) return referent.entity;
          }
          break;
        }
      }
    }

    // "Campbell's claims he had torn a hamstring": the subject of a clause that completes a noun of
    // saying or thinking is the person whose claim, fear or belief it is, when the pronoun agrees, as
    // the subject of a speech verb takes it up above
    if (quotation < 0 && info.form === 'subject' && info.number === 'singular') {
      const possessor = reportNounPossessor(view, token);
      if (possessor >= 0) {
        for (let index = this.history.length - 1; index >= 0; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.sentence !== sentence) break;
          // (the whole phrase "Campbell's claims" is remembered too)
          if (possessor < referent.first || possessor >= referent.end || referent.entity < 0) continue;
          if (referent.person && !referent.plural && agrees(referent)) return referent.entity;
          break;
        }
      }
    }

    // "Selebi knew he could not stay", "Ana Roe felt she had won": the subject of a complement clause
    // is the named person who is the subject of the verb that governs it, when the pronoun agrees (as
    // the subject of a speech verb takes it up above); not past an object of that verb ("X convinced Y
    // he …"), and only within one quotation
    if (info.form === 'subject' && info.number === 'singular') {
      const subject = complementGovernorSubject(view, token);
      if (subject >= 0) {
        for (let index = this.history.length - 1; index >= 0; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.sentence !== sentence) break;
          if (subject < referent.first || subject >= referent.end) continue;
          if (
            referent.entity >= 0 &&
            referent.person &&
            agrees(referent) &&
            view.quotationOf[referent.first] === quotation
          )
            return referent.entity;
          break;
        }
      }
    }

    // "X was more careful when he spoke", "X left after he scored": the subject of an adverbial
    // clause is the named person who is the subject of the clause it modifies, when the gender fits.
    if (quotation < 0 && info.form === 'subject' && info.number === 'singular') {
      const subject = modifiedClauseSubject(view, token);
      if (subject >= 0) {
        for (let index = this.history.length - 1; index >= 0; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.sentence !== sentence) break;
          if (subject < referent.first || subject >= referent.end) continue;
          if (
            referent.entity >= 0 &&
            agrees(referent) &&
            genderOf(this.drafts[referent.entity]) === info.gender &&
            (view.quotationOf[referent.first] as number) < 0
          )
            return referent.entity;
          break;
        }
      }
    }

    // "Rovers did the double. They first won …": a plural subject that opens its sentence carries on the
    // organisation that opened the sentence before as the subject of its main verb, when no other plural
    // subject stands in that sentence
    if (quotation < 0 && info.number === 'plural' && info.form === 'subject' && opensSentence(view, token)) {
      const topic = this.openingOrganisation(sentence - 1);
      if (topic >= 0) return topic;
    }

    // "Grant joined a firm. “He never listened,” said rival Tom Ash. He later ran for mayor.": Grant
    // "Penn, who joined in May, scored the winner. “It was special,” he said.": the speaker of a quotation
    // that opens its sentence is the person who is the subject of the sentence just before it
    const recent = this.subjectBeforeQuotation(token, info, agrees);
    if (recent >= 0) return recent;

    const resumed = this.topicBeforeQuotation(token, info, agrees);
    if (resumed >= 0) {
      this.resumed.add(token);
      return resumed;
    }

    const window = info.number === 'plural' ? PLURAL_WINDOW : PRONOUN_WINDOW;
    const scores = new Map<number, number>();
    let pseudoKey = -1;
    let objectSubject = -1;
    if (info.form === 'object') objectSubject = this.clauseSubject(token);
    // A person whose gender is known to match ("Ms Essex" for "she") is looked for further back
    // and weighs more than one whose gender is unknown.
    const gendered = info.gender === 'm' || info.gender === 'f';
    const continuesTopic =
      quotation < 0 && info.form === 'subject' && info.number === 'singular' && opensSentence(view, token);
    // "He said …", "“…,” he said": a speaker pronoun carries on the person last talked about as the
    // subject of a main clause (read from the parse), not whoever was named most in the paragraphs before.
    const topic =
      quotation < 0 && info.form === 'subject' && info.number === 'singular' && speakerPronoun(view, token)
        ? this.lastMainSubject(sentence, agrees)
        : -1;
    // "A spokesman, Ed Marsh, said officers acted lawfully. His family said he was beaten": the one whose
    // relatives or lawyer speak up is the person the story is about, seldom one who only reported
    // something before (a spokesman, a witness); the speakers of earlier sentences weigh less.
    const relativeReporter =
      quotation < 0 &&
      info.form === 'possessive' &&
      info.number === 'singular' &&
      opensSentence(view, token) &&
      speaksForPossessor(view, token);
    // (only when a named person who reported nothing could be meant: "Mr Vale said he would retire. His
    // son said …" is still Mr Vale's son)
    const reporters = new Set<number>();
    if (relativeReporter) {
      const others = new Set<number>();
      for (let index = this.history.length - 1; index >= 0; index -= 1) {
        const referent = this.history[index] as Referent;
        if (referent.sentence < sentence - window) break;
        if (referent.entity < 0 || referent.sentence >= sentence || !agrees(referent)) continue;
        if (referent.speechSubject) reporters.add(referent.entity);
        else others.add(referent.entity);
      }
      for (const entity of reporters) others.delete(entity);
      if (others.size === 0) reporters.clear();
    }
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence < sentence - (gendered ? GENDERED_PRONOUN_WINDOW : window)) break;
      // "Terry, the captain of Chelsea as they push for the title": a team, firm or party is often
      // "they" in British news; it is no entity "they" is given to, but it keeps "they" from a group
      // of people named further back.
      if (info.number === 'plural' && referent.entity >= 0 && this.isOrganisation(referent.entity)) {
        scores.set((pseudoKey -= 1), salience(referent, sentence));
        continue;
      }
      if (!agrees(referent) || (objectSubject >= 0 && referent.entity === objectSubject)) continue;
      const knownGender =
        gendered && referent.entity >= 0 && this.drafts[referent.entity]?.gender === info.gender;
      if (referent.sentence < sentence - window && !knownGender) continue;
      let score = salience(referent, sentence);
      if (knownGender) score *= KNOWN_GENDER_FACTOR;
      if (
        continuesTopic &&
        referent.sentence === sentence - 1 &&
        referent.subject &&
        referent.first === view.sentenceStart(sentence - 1)
      )
        score *= TOPIC_FACTOR;
      else if (index === topic) score *= TOPIC_FACTOR;
      // "Top seed Ina Vale was in action too, extending her streak when she won": the named subject
      // of the pronoun's own sentence, of its gender, over a person named more often before; not past
      // the subject of another clause or a pronoun for someone else ("X crossed and Y headed into his net").
      else if (
        quotation < 0 &&
        referent.sentence === sentence &&
        referent.mainSubject &&
        referent.entity >= 0 &&
        !this.isPronoun(referent) &&
        genderOf(this.drafts[referent.entity]) === info.gender &&
        (view.quotationOf[referent.first] as number) < 0 &&
        !this.otherPersonBetween(index, token)
      )
        score *= TOPIC_FACTOR;
      // The narrator's pronouns seldom pick up a name said inside a quotation.
      if (quotation < 0 && (view.quotationOf[referent.first] as number) >= 0) score *= QUOTED_REFERENT_FACTOR;
      if (reporters.has(referent.entity)) score *= REPORTER_POSSESSOR_FACTOR;
      if (
        quotation >= 0 &&
        referent.entity >= 0 &&
        referent.sentence === sentence &&
        referent.subject &&
        view.quotationOf[referent.first] === quotation
      )
        score *= IN_QUOTATION_FACTOR;
      if (referent.sentence === sentence) score += 10 / (1 + token - referent.end);
      if (referent.entity < 0) {
        // Each competitor counts on its own.
        pseudoKey -= 1;
        scores.set(pseudoKey, score);
      } else scores.set(referent.entity, (scores.get(referent.entity) ?? 0) + score);
    }
    const winner = best(scores);
    return winner >= 0 ? winner : -1;
  }

  /**
   * "Manager Dean Morrow praised the fans. Penn, who joined in May, scored the winner. “It was a special
   * night,” he said.": a speaker pronoun reporting a quotation that opens its sentence goes to the person
   * named as a subject in the sentence right before the quotation (outside quotations; the subject of
   * its main verb in the parse first, else the latest phrase that opens a clause before its verb),
   * not to a person named more often further back. Not when the quotation speaks of someone of the
   * pronoun's gender in the third person ("“He was brilliant,” he said" is seldom said by the man it
   * praises), and not when that sentence names another person of the pronoun's gender as a subject.
   * The entity, or -1.
   */
  private subjectBeforeQuotation(
    token: number,
    info: PronounInfo,
    agrees: (referent: Referent) => boolean,
  ): number {
    const view = this.view;
    if (info.form !== 'subject' || info.number !== 'singular') return -1;
    if (info.gender !== 'm' && info.gender !== 'f') return -1;
    const quotation = this.quotationReportedBy(token);
    const value = quotation >= 0 ? view.quotations[quotation] : undefined;
    if (value === undefined) return -1;
    const opening = view.sentenceOf[value.first] as number;
    if (opening <= 0 || view.sentenceStart(opening) < value.first - 1) return -1;
    for (let at = value.first; at < value.end; at += 1) {
      const other = THIRD_PERSON_PRONOUNS.get(view.lower(at));
      if (other && other.number === 'singular' && other.gender === info.gender) return -1;
    }
    let main = -1;
    let latest = -1;
    const subjects = new Set<number>();
    /** The people the sentence names otherwise than as a subject. */
    const objects = new Set<number>();
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence >= opening) continue;
      if (referent.sentence < opening - 1) break;
      if ((view.quotationOf[referent.first] as number) >= 0 || !referent.person || referent.plural) continue;
      if (!referent.subject && !referent.mainSubject) {
        // (an unnamed person, or one named, of the pronoun's gender)
        const draft = referent.entity >= 0 ? this.drafts[referent.entity] : undefined;
        if (draft === undefined) objects.add(-1 - index);
        else if (draft.type === 'PERSON' && !draft.members && agrees(referent)) {
          const gender = genderOf(draft);
          if (gender === undefined || gender === info.gender) objects.add(referent.entity);
        }
        continue;
      }
      // (an unnamed subject that may be of the pronoun's gender, "a spokesman", may be the speaker as well)
      if (referent.entity < 0) {
        if (referent.gender === undefined || referent.gender === info.gender) subjects.add(-1 - index);
        continue;
      }
      // (a pronoun passes on whatever it was resolved to: it counts, but is not chosen)
      if (this.isPronoun(referent)) {
        if (agrees(referent)) subjects.add(referent.entity);
        continue;
      }
      const draft = this.drafts[referent.entity] as EntityDraft;
      if (draft.type !== 'PERSON' || draft.members) continue;
      const gender = genderOf(draft);
      if (gender !== undefined && gender !== info.gender) continue;
      subjects.add(referent.entity);
      if (!agrees(referent)) continue;
      if (referent.mainSubject && main < 0) main = referent.entity;
      if (latest < 0) latest = referent.entity;
    }
    const chosen = main >= 0 ? main : latest;
    // "The affair rankles with the Dutchman. “…,” he said.": with no person as a subject there, the one
    // person the sentence names
    if (subjects.size === 0 && objects.size === 1 && ([...objects][0] as number) >= 0)
      return [...objects][0] as number;
    return chosen >= 0 && subjects.size === 1 ? chosen : -1;
  }

  /**
   * The history index of the latest referent before `sentence`, outside quotations, that the parse makes
   * the subject of its sentence's main verb and that `agrees`; -1 when none is within the pronoun window,
   * or when one that agrees is named earlier in the pronoun's own sentence, outside quotations (the
   * nearer one wins as before: "Tony Blair has ruled it out. Last month he said:" read as one sentence).
   */
  private lastMainSubject(sentence: number, agrees: (referent: Referent) => boolean): number {
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence < sentence - PRONOUN_WINDOW) break;
      if ((this.view.quotationOf[referent.first] as number) >= 0 || referent.entity < 0 || !agrees(referent))
        continue;
      if (referent.sentence >= sentence) return -1;
      // a pronoun subject passes on whatever it was resolved to, rightly or not: the name or
      // description it goes back to is read instead
      // (except one that went back to a profile's subject after a critic's quotation, below)
      if (referent.mainSubject && (!this.isPronoun(referent) || this.resumed.has(referent.first)))
        return index;
    }
    return -1;
  }

  /**
   * A profile that quotes a critic: "Grant joined a small firm. “He never listened,” said rival Tom Ash.
   * He later ran for mayor." A subject pronoun that opens a sentence of narration (not "He said …")
   * right after a sentence whose quotation is reported by a person first named there goes back to the
   * person the narration was about before that sentence: the latest subject of a main verb outside
   * quotations, of the pronoun's gender as the text fixes it, named before more often than the speaker
   * (once). The history index's entity, or -1.
   */
  private topicBeforeQuotation(
    token: number,
    info: PronounInfo,
    agrees: (referent: Referent) => boolean,
  ): number {
    const view = this.view;
    if ((view.quotationOf[token] as number) >= 0 || info.form !== 'subject' || info.number !== 'singular')
      return -1;
    if (
      (info.gender !== 'm' && info.gender !== 'f') ||
      !opensSentence(view, token) ||
      speakerPronoun(view, token)
    )
      return -1;
    const sentence = view.sentenceOf[token] as number;
    const previous = sentence - 1;
    if (previous < 0) return -1;
    const previousStart = view.sentenceStart(previous);
    const previousEnd = view.sentenceEnd(previous);
    let quoted = false;
    for (let at = previousStart; at < previousEnd && !quoted; at += 1)
      quoted = (view.quotationOf[at] as number) >= 0;
    if (!quoted) return -1;
    const startOffset = (view.tokens[previousStart] as Token).start;
    // the quotation's speaker: a name, the subject of a speech verb outside the quotation, first named there
    let speaker: Referent | undefined;
    let index = this.history.length - 1;
    for (; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence < previous) break;
      if (referent.sentence > previous || referent.entity < 0 || this.isPronoun(referent)) continue;
      if ((view.quotationOf[referent.first] as number) >= 0 || !referent.speechSubject) continue;
      speaker = referent;
    }
    if (speaker === undefined || !agrees(speaker)) return -1;
    if (firstStart(this.drafts[speaker.entity]) < startOffset) return -1;
    // the narration's subject before it
    for (; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence < previous - GENDERED_PRONOUN_WINDOW) break;
      if (!referent.mainSubject || referent.entity < 0 || referent.entity === speaker.entity) continue;
      if ((view.quotationOf[referent.first] as number) >= 0 || !agrees(referent)) continue;
      const draft = this.drafts[referent.entity] as EntityDraft;
      if (draft.type !== 'PERSON' || genderOf(draft) !== info.gender) return -1;
      const before = draft.mentions.filter((mention) => mention.start < startOffset).length;
      return before >= 2 ? referent.entity : -1;
    }
    return -1;
  }

  /**
   * Whether the subject of another clause, or a pronoun for another person, was remembered after history
   * index `index`, before `token`: "X crossed and Y headed into his own net", "X talked him into
   * extending his deal" (a description or a name in an object, "X, the club's largest investor,", does not count).
   */
  private otherPersonBetween(index: number, token: number): boolean {
    const entity = (this.history[index] as Referent).entity;
    for (let later = index + 1; later < this.history.length; later += 1) {
      const referent = this.history[later] as Referent;
      if (referent.first >= token) break;
      if (!referent.person && !referent.plural) continue;
      if ((referent.subject || this.isPronoun(referent)) && referent.entity !== entity) return true;
    }
    return false;
  }

  /**
   * The quotation a speaker pronoun reports, "“…,” he said" / "“…,” said he", or -1: the pronoun is the
   * subject of a speech verb and only punctuation stands between the closing mark and the pronoun or
   * its verb.
   */
  private quotationReportedBy(token: number): number {
    const view = this.view;
    if (!speakerPronoun(view, token)) return -1;
    const verb = (view.tokens[token] as Token).head;
    let before = Math.min(token, verb) - 1;
    while (before >= 0 && view.pos(before) === 'PUNCT' && (view.quotationOf[before] as number) < 0)
      before -= 1;
    const quotation = before >= 0 ? (view.quotationOf[before] as number) : -1;
    if (quotation < 0) return -1;
    const value = view.quotations[quotation];
    return value !== undefined && before <= value.end ? quotation : -1;
  }

  /**
   * The organisation (no news outlet) that opens `sentence`, outside quotations, as the subject of its main
   * verb, when no other plural subject or plural pronoun is remembered in that sentence; else -1.
   */
  private openingOrganisation(sentence: number): number {
    let found = -1;
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence > sentence) continue;
      if (referent.sentence < sentence) break;
      const organisation = referent.entity >= 0 && this.isOrganisation(referent.entity);
      if (
        organisation &&
        referent.mainSubject &&
        referent.first === this.view.sentenceStart(sentence) &&
        (this.view.quotationOf[referent.first] as number) < 0 &&
        !(this.drafts[referent.entity] as EntityDraft).news
      )
        found = referent.entity;
      else if (referent.entity !== found && (organisation || referent.plural)) return -1;
    }
    if (found < 0) return -1;
    // ("Uefa explained that the move follows studies into artificial surfaces. They can be used …")
    const view = this.view;
    const first = view.sentenceStart(sentence);
    const own = this.history.find((referent) => referent.entity === found && referent.first === first);
    if (own === undefined || coordinated(view, own.first, own.end)) return -1;
    return hasPluralNoun(view, first, view.sentenceEnd(sentence), own.first, own.end) ? -1 : found;
  }

  /**
   * Whether no phrase of `sentence` before `token` other than the organisation `entity` could be "they": no
   * other organisation ("Real Madrid and Real Sociedad will play their match") and no plural phrase (a
   * group, "the duo", "customers", "them").
   */
  private onlyPlural(entity: number, sentence: number, token: number): boolean {
    const view = this.view;
    let own: Referent | undefined;
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence < sentence) break;
      if (referent.first >= token) continue;
      if (referent.entity === entity) {
        own = referent;
        continue;
      }
      if (referent.plural || (referent.entity >= 0 && this.isOrganisation(referent.entity))) return false;
      if (referent.entity >= 0 && this.drafts[referent.entity]?.members !== undefined) return false;
    }
    if (own === undefined || coordinated(view, own.first, own.end)) return false;
    // (a plural noun the chunker hid in a longer phrase: "offering customers free calls if they …")
    return !hasPluralNoun(view, view.sentenceStart(sentence), token, own.first, own.end);
  }

  /** The entity of a possessor right before the history entry `index` ("His" in "His son", "Ms Dale's"), or -1. */
  private possessorOf(index: number): number {
    const referent = this.history[index] as Referent;
    const start = possessorStart(this.view, referent.first);
    if (start === referent.first) return -1;
    for (let before = index - 1; before >= 0 && before >= index - 3; before -= 1) {
      const other = this.history[before] as Referent;
      if (other.first === start) return other.entity;
    }
    return -1;
  }

  /** The entities named (not merely referred to by a pronoun) inside a quotation, as far as the pass has read. */
  private namedInQuotation(quotation: number): number[] {
    if (quotation < 0) return [];
    const named: number[] = [];
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.first < (this.view.quotations[quotation]?.first ?? 0)) break;
      const at = this.view.quotationOf[referent.first] as number;
      if (
        at === quotation &&
        referent.entity >= 0 &&
        !this.isPronoun(referent) &&
        !named.includes(referent.entity)
      )
        named.push(referent.entity);
    }
    return named;
  }

  /** Whether the referent is a pronoun ("he", "she"), not a name or a description. */
  private isPronoun(referent: Referent): boolean {
    return referent.end - referent.first === 1 && this.view.pos(referent.first) === 'PRON';
  }

  /**
   * The entities of names coordinated with the pronoun: in "He and Selig said …" the pronoun is
   * someone other than Selig.
   */
  private coordinatedNames(token: number): number[] {
    const tokens = this.view.tokens;
    const pronoun = tokens[token];
    if (pronoun === undefined) return [];
    const partners: number[] = [];
    if (pronoun.dep === 'conj' && pronoun.head >= 0) partners.push(pronoun.head);
    const sentence = this.view.sentenceOf[token] as number;
    for (let index = token + 1; index < tokens.length && this.view.sentenceOf[index] === sentence; index += 1)
      if ((tokens[index] as Token).head === token && (tokens[index] as Token).dep === 'conj')
        partners.push(index);
    return partners.map((partner) => this.entityOfName(partner)).filter((entity) => entity >= 0);
  }

  /** The entity that is the subject of the clause a pronoun is the object of ("X blamed him"). */
  /**
   * The entity that is the subject of the clause an object pronoun is the object of: "Quist stood up
   * and warmly thanked her", "Ravel had quizzed him closely", "Worth gave her a medal" (a non-reflexive
   * object never means its own clause's subject). The verb is the pronoun's head in the parse (its
   * `obj` or `iobj`), or the verb right before it; a verb coordinated with an earlier one and without
   * a subject of its own shares that one's subject ("stood up and thanked her"). -1 when there is none.
   */
  private clauseSubject(token: number): number {
    const view = this.view;
    const pronoun = view.tokens[token];
    let verb = -1;
    if (pronoun !== undefined && /^i?obj$/u.test(pronoun.dep) && pronoun.head >= 0) verb = pronoun.head;
    else if (view.pos(token - 1) === 'VERB') verb = token - 1;
    if (verb < 0) return -1;
    let adjunct = false;
    for (let step = 0; step < 3 && !hasSubject(view, verb); step += 1) {
      const governor = view.tokens[verb] as Token;
      // ("Gervais said he would not return, having left him behind": a participle shares it too,
      // unless the clause it hangs on is passive: "X has been added to the squad, giving him a chance")
      // A finite verb ("after Bellamy accused him") lost its subject to the parser: no climbing then; nor
      // past an object that controls the participle ("accused Liverpool of using him").
      if (!/^(?:conj|advcl|ccomp)$/u.test(governor.dep) || governor.head < 0 || governor.head >= verb) break;
      if (governor.dep !== 'conj') {
        const auxiliary = childOf(view, verb, /^aux$/u);
        const participle =
          auxiliary < 0 ? view.lower(verb).endsWith('ing') : view.lower(auxiliary) === 'having';
        if (!participle) break;
        adjunct = true;
      }
      verb = governor.head;
    }
    if (adjunct && childOf(view, verb, /^(?:nsubj:pass|obj|iobj)$/u) >= 0) return -1;
    const sentence = view.sentenceOf[token] as number;
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence !== sentence) break;
      if (referent.first > token) continue;
      if (referent.verb === verb || subjectOfVerb(view, referent, verb)) return referent.entity;
    }
    return -1;
  }

  /**
   * The first token of the person phrase of the sentence that the surface reading makes the subject of
   * `verb` (the phrase opens a clause and the verb follows it: `remember`), or -1.
   */
  private surfaceSubject(sentence: number, verb: number): number {
    // "resulted in Fowler celebrating his 150th goal": a name right before a gerund is its subject
    const gerund = this.view.lower(verb).endsWith('ing');
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence !== sentence) break;
      if (!referent.person || referent.plural) continue;
      if (
        (referent.verb === verb && referent.subject) ||
        (gerund && referent.end === verb && referent.entity >= 0)
      )
        return referent.first;
    }
    return -1;
  }

  /**
   * A reflexive binds to its clause's subject, read from the parse ("Selebi himself knew …", "X asked
   * Y to defend himself": the controller of the infinitive), or to the noun it stands right after as
   * an emphatic ("the minister herself"); a person phrase that is no entity keeps it from any other.
   * Without a binder in the parse, the latest subject of the sentence that agrees.
   */
  private resolveReflexive(token: number, info: PronounInfo): number {
    const sentence = this.view.sentenceOf[token] as number;
    const binder = reflexiveBinder(this.view, token);
    if (binder >= 0) {
      for (let index = this.history.length - 1; index >= 0; index -= 1) {
        const referent = this.history[index] as Referent;
        if (referent.sentence !== sentence) break;
        if (binder < referent.first || binder >= referent.end) continue;
        if (this.agrees(referent, info)) return referent.entity;
        break;
      }
    }
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence !== sentence) return -1;
      if (referent.subject && this.agrees(referent, info)) return referent.entity;
    }
    return -1;
  }

  /**
   * "it" and "its", kept conservative: events and things are not entities. "its" goes to the most
   * salient organisation or place of this or the previous sentence; "it" only as the subject of a
   * clause, to an organisation or place that is the subject of this sentence ("Ukraine has rejected
   * allegations that it was involved"). A work (a film, show, song, game: MISC named as a work,
   * `WORK_SUBTYPE`) is a candidate too when it is the nearest one, no other singular non-person
   * phrase between it and the pronoun ("Ferntop and its sequel", "Ferntop was a hit. It ran …").
   */
  private resolveIt(token: number, info: PronounInfo): number {
    const view = this.view;
    const sentence = view.sentenceOf[token] as number;
    if (info.form === 'subject') {
      const next = view.pos(token + 1);
      if (next !== 'VERB' && next !== 'AUX') return -1;
      if (isExpletive(view, token)) return -1;
      // "Harmon Foods told the Financial Times it expected …": the active subject of a verb in a clause a
      // speech verb reports (read from the parse) is that verb's subject, when that is an organisation or
      // place; the listener named between them is not ("it" right after it opens no clause on the
      // surface). A predicate or a passive ("X said it was misdirected", "it was an undervaluation")
      // is as often about a thing, and is left to the rules below.
      const own = view.tokens[token] as Token;
      if (
        (view.quotationOf[token] as number) < 0 &&
        own.dep === 'nsubj' &&
        view.pos(own.head) === 'VERB' &&
        childOf(view, own.head, /^cop$/u) < 0
      ) {
        const verb = governingSpeechVerb(view, token);
        if (verb >= 0 && reportedSubject(view, token, verb)) {
          for (let index = this.history.length - 1; index >= 0; index -= 1) {
            const referent = this.history[index] as Referent;
            if (referent.sentence !== sentence) break;
            if (referent.verb !== verb || !referent.subject || referent.plural) continue;
            if (referent.entity >= 0 && takesIt(this.drafts[referent.entity], false)) return referent.entity;
            break;
          }
        }
      }
      if (!opensClause(view, token)) return -1;
    }
    // "Sumitomo bosses said its offer was fair", "Sumitomo bosses told rivals of its bid": a possessive
    // whose nearest subject is people an organisation's name modifies goes with that organisation
    if (info.form === 'possessive') {
      const modifier = reporterModifier(view, token);
      if (modifier >= 0) {
        const named = this.entityOfName(modifier);
        if (named >= 0 && this.isOrganisation(named)) return named;
      }
    }
    // "until Kesh lets Tarn end its crisis", "urged Velmar to use its sway": a possessive "its" on
    // an object goes with the subject of its own clause (or the object that controls an infinitive),
    // when that subject is a phrase the pass has seen: an organisation or place gets it, a common
    // noun that is no entity ("the car … its lights") keeps it from any.
    if (info.form === 'possessive') {
      const local = localSubject(view, token);
      const subject = Math.abs(local) - 1;
      if (local !== 0) {
        for (let index = this.history.length - 1; index >= 0; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.sentence !== sentence) break;
          if (subject < referent.first || subject >= referent.end) continue;
          if (referent.entity < 0) {
            if (!referent.person && !referent.plural) return -1;
            break;
          }
          if (takesIt(this.drafts[referent.entity])) return referent.entity;
          break;
        }
        // A name the chunker took as a modifier ("Tarn end", "end" read as a noun), else a common
        // noun the pass kept no referent for ("the plane … its engines").
        const named = this.entityOfName(subject);
        if (named >= 0) {
          if (takesIt(this.drafts[named])) return named;
        } else if (local > 0 && view.pos(subject) === 'NOUN' && view.sentenceOf[subject] === sentence)
          return -1;
      }
    }
    // "Acme posted a loss. It said sales fell.": a sentence that opens with "it" and a verb may
    // continue with the subject of the sentence before.
    const opensSentence = token === view.sentenceStart(sentence) && view.pos(token + 1) === 'VERB';
    const scores = new Map<number, number>();
    let pseudoKey = -1;
    // Only the nearest candidate met may be a work.
    let nearest = true;
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence < sentence - 1) break;
      if (info.form === 'subject') {
        const sameSentence = referent.sentence === sentence;
        if (!referent.subject || (!sameSentence && !opensSentence)) continue;
      }
      if (referent.plural) continue;
      const near = nearest;
      if (
        referent.first < token &&
        (referent.entity >= 0 ? this.drafts[referent.entity]?.type !== 'PERSON' : !referent.person)
      )
        nearest = false;
      if (referent.entity < 0) {
        if (!referent.person) scores.set((pseudoKey -= 1), salience(referent, sentence));
        continue;
      }
      const draft = this.drafts[referent.entity] as EntityDraft;
      if (!takesIt(draft, near)) {
        if (info.form === 'subject') return -1;
        continue;
      }
      scores.set(referent.entity, (scores.get(referent.entity) ?? 0) + salience(referent, sentence));
    }
    return best(scores);
  }

  private isOrganisation(entity: number): boolean {
    const draft = this.drafts[entity];
    return draft !== undefined && draft.type === 'ORG' && draft.members === undefined;
  }

  private agrees(referent: Referent, info: PronounInfo): boolean {
    const draft = referent.entity >= 0 ? this.drafts[referent.entity] : undefined;
    if (info.number === 'plural') {
      if (draft) return draft.members !== undefined;
      return referent.plural;
    }
    if (referent.plural || !referent.person) return false;
    if (info.gender !== 'm' && info.gender !== 'f') return false;
    // agreement is hard: an honorific's or earlier pronoun's gender, else the first name's when the
    // name lists are firm about it ("Kimani Gray … he": the lists disagree, no veto)
    const gender = draft
      ? (draft.gender ?? (draft.nameGenderFirm ? draft.nameGender : undefined))
      : referent.gender;
    return gender === undefined || gender === info.gender;
  }

  // ---- quotations ----

  /**
   * Who speaks a quotation: "“…” Lukashenko said", "“…,” said Mr X", "X said: “…”", or, for a
   * quotation with no reporting clause, the speaker of the quotation before it in the same or the
   * previous paragraph. -1 when unknown. Third-person pronouns inside never refer to the speaker.
   */
  private speakerOf(quotation: number, depth = 0): number {
    const cached = this.quotationSpeaker.get(quotation);
    if (cached !== undefined) return cached;
    this.quotationSpeaker.set(quotation, -1);
    const view = this.view;
    const value = view.quotations[quotation];
    if (!value) return -1;
    let speaker = -1;
    // (set when the reporting clause names its speaker by a description no entity stands for, "his son
    // said": no speaker is then borrowed from elsewhere)
    let described = false;
    // After the closing mark: "” Lukashenko said", "” he said", "” said Mr X".
    let after = value.end + 1;
    while (view.pos(after) === 'PUNCT' && after < value.end + 3) after += 1;
    // (not a reporting clause that introduces the next quotation: "“… stitches.” Ann Roe said: “…”"; nor
    // words of another quotation re-opened right after, nor a new sentence: "“… by now.” Roe had said …")
    const reporting =
      (view.quotationOf[after] as number) < 0 && view.sentenceOf[after] === view.sentenceOf[value.end - 1];
    if (reporting && isSpeechVerb(view, after)) {
      if (!introducesQuotation(view, after + 1)) speaker = this.entityAt(after + 1);
    } else if (reporting) {
      let phrase = this.phraseAt[after] as number;
      // (the whole possessive phrase: "Mr Roe's son Tom, 57, said", "his son said", whose speaker is
      // the son, not the possessor)
      let owned = -1;
      const next = phrase >= 0 ? this.phrases[phrase + 1] : undefined;
      if (phrase >= 0 && next && next.determiner === 'possessive') {
        const own = this.phrases[phrase] as NounPhrase;
        if (next.possessor === phrase && next.first === after && view.isPossessiveMarker(own.end))
          owned = phrase + 1;
        else if (
          own.pronoun &&
          /^(?:his|her|its|their)$/u.test(view.lower(after)) &&
          next.first === after + 1
        )
          owned = phrase + 1;
      }
      if (owned >= 0) phrase = owned;
      if (phrase >= 0) {
        let end = (this.phrases[phrase] as NounPhrase).end;
        // (an age after the name: "Tom, 57, said")
        if (view.word(end) === ',' && view.pos(end + 1) === 'NUM' && view.word(end + 2) === ',') end += 3;
        const verb = view.pos(end) === 'AUX' && isSpeechVerb(view, end + 1) ? end + 1 : end;
        if (isSpeechVerb(view, verb) && !introducesQuotation(view, verb)) {
          const names = (this.phrases[phrase] as NounPhrase).names;
          if (owned < 0) speaker = this.entityAt(after);
          else if (names.length > 0) speaker = this.entityOfItem[names[names.length - 1] as number] ?? -1;
          described = owned >= 0 && speaker < 0;
        }
      }
    }
    // Before the opening mark: "X said: “…”".
    if (speaker < 0 && !described) {
      let before = value.first - 2;
      while (before >= 0 && view.pos(before) === 'PUNCT' && before > value.first - 4) before -= 1;
      if (isSpeechVerb(view, before) && view.sentenceOf[before] === view.sentenceOf[value.first]) {
        for (let index = this.history.length - 1; index >= 0 && index > this.history.length - 8; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.verb === before) {
            speaker = referent.entity;
            break;
          }
        }
      }
    }
    // "X told the club's website: “…”": the subject of a speech verb earlier in the sentence that
    // the colon closes.
    if (speaker < 0 && !described) {
      let colon = value.first - 1;
      while (colon > value.first - 3 && view.pos(colon) === 'PUNCT' && view.word(colon) !== ':') colon -= 1;
      const sentence = view.sentenceOf[colon];
      if (view.word(colon) === ':' && sentence === view.sentenceOf[value.first]) {
        for (let index = this.history.length - 1; index >= 0 && index > this.history.length - 8; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.sentence !== sentence || referent.first >= colon) continue;
          if (referent.speechSubject && referent.verb >= 0 && referent.verb < colon) {
            speaker = referent.entity;
            break;
          }
        }
      }
    }
    // A quotation that opens its sentence after narration whose subject is a person ("Ann Roe, who chairs
    // the board, said he was suspended. “He will stay suspended …”"): that person, over the speaker
    // of a quotation before the narration.
    if (speaker < 0 && !described) speaker = this.narratorSubjectBefore(quotation);
    // A quotation that goes on from the previous one.
    if (speaker < 0 && !described && quotation > 0) {
      const previous = view.quotations[quotation - 1];
      // Bounded: a long run of quotations without reporting clauses does not recurse deeply.
      if (previous && value.paragraph - previous.paragraph <= 1 && depth < MAXIMUM_QUOTATION_CHAIN)
        speaker = this.speakerOf(quotation - 1, depth + 1);
    }
    // A quotation that opens its sentence with no reporting clause, after a sentence whose main
    // subject is a person outside quotations ("Asked about it, X smiled. “I think …”"): that person.
    if (speaker < 0 && !described) {
      const sentence = view.sentenceOf[value.first] as number;
      if (sentence > 0 && view.sentenceStart(sentence) >= value.first - 1) {
        for (let index = this.history.length - 1; index >= 0; index -= 1) {
          const referent = this.history[index] as Referent;
          if (referent.sentence < sentence - 1) break;
          if (referent.sentence !== sentence - 1 || (view.quotationOf[referent.first] as number) >= 0)
            continue;
          if (
            referent.mainSubject &&
            referent.entity >= 0 &&
            this.drafts[referent.entity]?.type === 'PERSON'
          ) {
            speaker = referent.entity;
            break;
          }
        }
      }
    }
    this.quotationSpeaker.set(quotation, speaker);
    return speaker;
  }

  /**
   * The person who is the subject of a speech verb (the sentence's main verb or another) in the sentence
   * right before a quotation that opens its own sentence, outside quotations and after the quotation before it; -1
   * when there is none or the quotation does not open its sentence.
   */
  private narratorSubjectBefore(quotation: number): number {
    const view = this.view;
    const value = view.quotations[quotation];
    if (!value) return -1;
    const sentence = view.sentenceOf[value.first] as number;
    if (sentence <= 0 || view.sentenceStart(sentence) < value.first - 1) return -1;
    const previous = quotation > 0 ? (view.quotations[quotation - 1]?.end ?? -1) : -1;
    // (the sentence reports: its main verb is a speech verb, "Ann Roe, who chairs the board, said …")
    let reportingSentence = false;
    for (let at = view.sentenceStart(sentence - 1); at < view.sentenceEnd(sentence - 1); at += 1)
      if ((view.tokens[at] as Token).dep === 'root') reportingSentence = isSpeechVerb(view, at);
    for (let index = this.history.length - 1; index >= 0; index -= 1) {
      const referent = this.history[index] as Referent;
      if (referent.sentence < sentence - 1 || referent.first <= previous) break;
      if (referent.sentence !== sentence - 1 || (view.quotationOf[referent.first] as number) >= 0) continue;
      if (!referent.speechSubject && !(referent.mainSubject && reportingSentence)) continue;
      if (referent.entity >= 0 && this.drafts[referent.entity]?.type === 'PERSON' && !referent.plural)
        return referent.entity;
    }
    return -1;
  }

  /** "“…,” X said of Y" / "“…,” said X of Y": the person Y, else -1. */
  private topicOf(quotation: number): number {
    const cached = this.quotationTopic.get(quotation);
    if (cached !== undefined) return cached;
    const view = this.view;
    const value = view.quotations[quotation];
    let topic = -1;
    if (value) {
      let after = value.end + 1;
      while (view.pos(after) === 'PUNCT' && after < value.end + 3) after += 1;
      let of = -1;
      if (isSpeechVerb(view, after)) {
        const phrase = this.phraseAt[after + 1] as number;
        if (phrase >= 0) of = (this.phrases[phrase] as NounPhrase).end;
      } else {
        const phrase = this.phraseAt[after] as number;
        if (phrase >= 0) {
          const end = (this.phrases[phrase] as NounPhrase).end;
          if (isSpeechVerb(view, end)) of = end + 1;
          else if (view.pos(end) === 'AUX' && isSpeechVerb(view, end + 1)) of = end + 2;
        }
      }
      if (of >= 0 && view.lower(of) === 'of' && view.sentenceOf[of] === view.sentenceOf[after]) {
        const index = this.phraseAt[of + 1] as number;
        const phrase = index >= 0 ? (this.phrases[index] as NounPhrase) : undefined;
        // only a name: "said of the decision" is about no person
        if (phrase && phrase.names.length > 0 && !phrase.pronoun) {
          const entity = this.entityAt(of + 1);
          if (entity >= 0 && this.drafts[entity]?.type === 'PERSON') topic = entity;
        }
      }
    }
    this.quotationTopic.set(quotation, topic);
    return topic;
  }

  /** Whether a singular person pronoun can mean the entity (its gender, if known, is the pronoun's). */
  private personAgrees(entity: number, info: PronounInfo): boolean {
    const draft = this.drafts[entity];
    if (!draft || draft.type !== 'PERSON' || draft.members) return false;
    if (info.gender !== 'm' && info.gender !== 'f') return false;
    const gender = genderOf(draft);
    return gender === undefined || gender === info.gender;
  }

  /** The entity of the phrase at a token, resolving a pronoun there early if needed. */
  private entityAt(token: number): number {
    const index = this.phraseAt[token] as number;
    if (index < 0) return -1;
    const phrase = this.phrases[index] as NounPhrase;
    if (phrase.names.length > 0)
      return this.entityOfItem[phrase.names[phrase.names.length - 1] as number] ?? -1;
    if (phrase.pronoun) {
      const known = this.phraseEntity[index] as number;
      if (known !== -2) return known;
      const early = this.presolved.get(index);
      if (early !== undefined) return early;
      const info = this.pronounInfo(phrase.first);
      const entity = info ? this.resolvePronoun(phrase.first, info) : -1;
      this.presolved.set(index, entity);
      return entity;
    }
    return -1;
  }
}

/** Whether only adverbs, conjunctions and punctuation come before `token` in its sentence ("Then he …"). */
/** Forms of "be" after an expletive "it". */
const BE_FORMS: ReadonlySet<string> = new Set([
  'is',
  "'s",
  '’s',
  'was',
  'be',
  'been',
  'will',
  'would',
  'has',
]);
/**
 * Whether the speech verb (or the speaker after it) is followed, in its sentence, by a colon and then
 * the opening of a quotation: "Ann Roe said: “…”" introduces the quotation after it.
 */
function introducesQuotation(view: DocumentView, token: number): boolean {
  const sentence = view.sentenceOf[token];
  for (let at = token + 1; at < token + 8 && at < view.length; at += 1) {
    if ((view.quotationOf[at] as number) >= 0)
      return view.lower(at - 2) === ':' || view.lower(at - 1) === ':';
    if (view.sentenceOf[at] !== sentence && view.lower(at) !== '"' && view.lower(at) !== '“') return false;
  }
  return false;
}

/** Raising verbs whose "it" is no referent: "it seems that", "it appears as if". */
const RAISING_VERBS = /^(?:seem|seems|seemed|appear|appears|appeared|look|looks|looked)$/u;

/**
 * An "it" that refers to nothing: "when it's time to shoot", "it is clear that …", "it was
 * likely to …", "it seems that …". A form of "be" (perhaps "not", "high"), then "time" or an
 * adjective followed by "to" or "that"; or a raising verb followed by "that", "as", "like".
 */
function isExpletive(view: DocumentView, token: number): boolean {
  let at = token + 1;
  if (RAISING_VERBS.test(view.lower(at))) {
    const after = view.lower(at + 1);
    return after === 'that' || after === 'as' || after === 'like' || after === 'to';
  }
  let steps = 0;
  while (BE_FORMS.has(view.lower(at)) || view.lower(at) === 'not' || view.lower(at) === "n't") {
    at += 1;
    if ((steps += 1) > 3) return false;
  }
  if (steps === 0) return false;
  if (view.lower(at) === 'high' || view.lower(at) === 'about') at += 1;
  if (view.lower(at) === 'time') return true;
  if (view.pos(at) !== 'ADJ') return false;
  const after = view.lower(at + 1);
  return after === 'to' || after === 'that' || after === 'whether' || after === 'if';
}

/** The possessed noun's relation to its clause: an object ("end its crisis", "use its sway"). */
const OBJECT_RELATION = /^(?:obj|iobj)$/u;

/**
 * The subject of the active clause whose object a possessive pronoun's noun is: "Tarn" in "lets
 * Tarn end its crisis"; for an infinitive with no subject of its own, the object (or "to" oblique)
 * of the verb it completes ("urged Velmar to use its sway", "appealed to Velmar to use …"), else
 * that verb's subject. -1 when the noun is no object, the clause is passive or the parse gives none.
 */
function localSubject(view: DocumentView, pronoun: number): number {
  const noun = view.tokens[pronoun]?.head ?? -1;
  const possessed = view.tokens[noun];
  if (possessed === undefined || !OBJECT_RELATION.test(possessed.dep)) return 0;
  const at = possessed.head;
  if (at < 0) return 0;
  const sentence = view.sentenceOf[at] as number;
  const first = view.sentenceStart(sentence);
  const end = view.sentenceEnd(sentence);
  const child = (head: number, relation: RegExp): number => {
    for (let index = first; index < end; index += 1) {
      const token = view.tokens[index] as Token;
      if (token.head === head && relation.test(token.dep)) return index;
    }
    return -1;
  };
  // an active clause's subject: a passive's ("no deal was reached over its status") is no owner; of two
  // the parser gave the verb ("told the Times it expected its …"), the one nearer the verb
  let subject = -1;
  for (let index = first; index < end; index += 1) {
    const token = view.tokens[index] as Token;
    if (token.head === at && /^nsubj(?!:pass)/u.test(token.dep) && (subject < 0 || index < at))
      subject = index;
  }
  if (subject >= 0) return subject + 1;
  if (child(at, /^nsubj:pass/u) >= 0) return 0;
  const clause = view.tokens[at] as Token;
  if (!/^(?:xcomp|advcl)$/u.test(clause.dep) || clause.head < 0) return 0;
  const mark = child(at, /^mark$/u);
  if (mark < 0 || view.lower(mark) !== 'to') return 0;
  const object = child(clause.head, /^obj$/u);
  if (object >= 0) return -(object + 1);
  const oblique = child(clause.head, /^obl$/u);
  if (oblique >= 0 && (view.lower(oblique - 1) === 'to' || view.lower(oblique - 1) === 'on'))
    return -(oblique + 1);
  return -(child(clause.head, /^nsubj/u) + 1);
}

/**
 * For a possessive pronoun, the name token that modifies as a compound ("Sumitomo") the first
 * subject up the parse that neither follows nor holds the pronoun, when that subject is a noun for
 * people ("Sumitomo bosses said its offer was fair", "Sumitomo bosses told rivals of its bid"), or -1; a subject of the pronoun's own
 * clause without one ("… said rivals cut its offer") keeps it from the rule.
 */
function reporterModifier(view: DocumentView, pronoun: number): number {
  let below = pronoun;
  let at = view.tokens[pronoun]?.head ?? -1;
  for (let steps = 0; steps < 10 && at >= 0; steps += 1) {
    const subject = childOf(view, at, /^nsubj/u);
    if (subject >= 0 && subject !== below && subject < pronoun) {
      const token = view.tokens[subject] as Token;
      // people who act for it ("bosses", "officials"), not a thing of its ("the Mangala field is its find")
      if (token.pos !== 'NOUN' || personWord(view.lower(subject)) === undefined) return -1;
      for (
        let index = subject - 1;
        index >= view.sentenceStart(view.sentenceOf[subject] as number);
        index -= 1
      ) {
        const child = view.tokens[index] as Token;
        if (child.head === subject && child.dep === 'compound' && child.pos === 'PROPN') return index;
        if (child.head !== subject) break;
      }
      return -1;
    }
    const value = view.tokens[at] as Token;
    below = at;
    at = value.head;
  }
  return -1;
}

/**
 * The subject token of the clause a possessive pronoun stands in: up the parse from the pronoun to
 * the first verb (or adjective predicate) and its subject, active or passive; -1 when there is none
 * before the pronoun, or the way up leaves the clause (a relative, complement or adverbial clause).
 * An adjunct or a coordinated verb without a subject of its own ("after catching X with his elbow",
 * "scored and ran to his bench") shares the subject of the clause it hangs on: `shared` then.
 */
function possessiveClauseSubject(
  view: DocumentView,
  pronoun: number,
  surfaceSubject: (verb: number) => number = () => -1,
): { subject: number; shared: boolean } {
  const sentence = view.sentenceOf[pronoun] as number;
  const first = view.sentenceStart(sentence);
  let at = view.tokens[pronoun]?.head ?? -1;
  let shared = false;
  let adjunct = -1;
  for (let steps = 0; steps < 8 && at >= 0; steps += 1) {
    const token = view.tokens[at] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      // "talked him into extending his career": the object, not the subject, controls the adjunct
      if (adjunct >= 0 && objectControlled(view, adjunct) && controllingObject(view, at, pronoun))
        return { subject: -1, shared };
      for (let index = first; index < pronoun; index += 1) {
        const child = view.tokens[index] as Token;
        if (child.head === at && /^nsubj/u.test(child.dep)) return { subject: index, shared };
      }
      // "The prize went to X, and Ana Roe won best composer for her score": the parser took the name
      // for a conjunct of the name before and left the verb after it without a subject; the phrase
      // right before the verb, opening its clause, is that verb's subject all the same
      const gerund = view.pos(at - 1) === 'PROPN' && view.lower(at).endsWith('ing');
      const surface = (token.dep === 'conj' || gerund) && !hasSubject(view, at) ? surfaceSubject(at) : -1;
      if (surface >= 0 && surface < pronoun) return { subject: surface, shared };
      // a gerund used as a noun ("with his side's defending") has no subject: go on up
      if (/^(?:advcl|conj)$/u.test(token.dep) && !hasSubject(view, at)) {
        shared = true;
        adjunct = at;
      } else if (!/^(?:obl|obj|nmod|xcomp)/u.test(token.dep)) return { subject: -1, shared };
    } else if (/^(?:acl|relcl|ccomp|advcl|parataxis|conj|appos|root|nsubj|csubj)/u.test(token.dep))
      // (a possessive inside the subject itself, "one figure from his childhood was …", is not bound by it)
      return { subject: -1, shared };
    at = token.head;
  }
  return { subject: -1, shared };
}

/** Whether an adjunct verb is introduced by "into", "from" or "to" ("into extending", "from leaving"), as objects control. */
function objectControlled(view: DocumentView, verb: number): boolean {
  for (let index = view.sentenceStart(view.sentenceOf[verb] as number); index < verb; index += 1) {
    const child = view.tokens[index] as Token;
    if (
      child.head === verb &&
      /^(?:mark|case)$/u.test(child.dep) &&
      /^(?:into|from|to)$/u.test(view.lower(index))
    )
      return true;
  }
  return false;
}

/** Whether a verb has a pronoun or a name as its object before `limit` ("talked him into", "pushed Ruiz to"). */
function controllingObject(view: DocumentView, verb: number, limit: number): boolean {
  for (let index = verb + 1; index < limit; index += 1) {
    const child = view.tokens[index] as Token;
    if (child.head === verb && child.dep === 'obj' && (child.pos === 'PRON' || child.pos === 'PROPN'))
      return true;
  }
  return false;
}

/** The subject tokens of the verbs above a token in the parse, up to its sentence's root. */
function commandingSubjects(view: DocumentView, token: number): number[] {
  const subjects: number[] = [];
  let at = view.tokens[token]?.head ?? -1;
  for (let steps = 0; steps < 10 && at >= 0; steps += 1) {
    const value = view.tokens[at] as Token;
    if (value.pos === 'VERB' || value.pos === 'AUX') {
      const subject = childOf(view, at, /^nsubj/u);
      if (subject >= 0 && subject < token) subjects.push(subject);
    }
    at = value.head;
  }
  return subjects;
}

/** Whether a token is a nominal ("Selebi", "minister", "he"). */
function isNominal(view: DocumentView, token: number): boolean {
  const pos = view.pos(token);
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON';
}

/** The child of `head` in its sentence whose relation matches, or -1. */
/** Conjunctions that open an adverbial clause before the main clause ("After she left, …"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'when',
  'while',
  'whilst',
  'although',
  'though',
  'since',
  'because',
  'once',
  'until',
]);

function childOf(view: DocumentView, head: number, relation: RegExp): number {
  const sentence = view.sentenceOf[head] as number;
  const end = view.sentenceEnd(sentence);
  for (let index = view.sentenceStart(sentence); index < end; index += 1) {
    const token = view.tokens[index] as Token;
    if (token.head === head && relation.test(token.dep)) return index;
  }
  return -1;
}

/**
 * The token a reflexive is bound by, from the parse: the nominal it follows as an emphatic ("Selebi
 * himself", "the minister herself"), else the subject of the first verb or predicate above it ("X
 * hurt himself", "X was proud of himself"); for an infinitive or a coordinated verb without a subject
 * of its own, the object that controls it ("asked Y to defend himself") or the governing verb's
 * subject. -1 when the parse gives none.
 */
function reflexiveBinder(view: DocumentView, pronoun: number): number {
  const own = view.tokens[pronoun];
  if (own === undefined || own.head < 0) return -1;
  if (
    own.head < pronoun &&
    own.head >= pronoun - 3 &&
    isNominal(view, own.head) &&
    childOf(view, pronoun, /^case$/u) < 0
  ) {
    let between = true;
    for (let at = own.head + 1; at < pronoun; at += 1)
      if ((view.tokens[at] as Token).head !== own.head || view.pos(at) === 'PUNCT') between = false;
    if (between) return own.head;
  }
  let at = own.head;
  for (let steps = 0; steps < 6 && at >= 0; steps += 1) {
    const token = view.tokens[at] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'ADJ') {
      const subject = childOf(view, at, /^nsubj/u);
      if (subject >= 0) return subject;
      if (token.head < 0) return -1;
      if (token.dep === 'xcomp') {
        const object = childOf(view, token.head, /^(?:obj|iobj)$/u);
        if (object >= 0 && object < at) return object;
        return childOf(view, token.head, /^nsubj/u);
      }
      if (token.dep === 'conj') return childOf(view, token.head, /^nsubj/u);
      return -1;
    }
    at = token.head;
  }
  return -1;
}

/**
 * For a possessive that opens the second of two nouns joined by "and" ("the boy and his family"), the
 * head token of the first noun, else -1.
 */
function coordinatedPossessor(view: DocumentView, pronoun: number): number {
  const noun = view.tokens[pronoun]?.head ?? -1;
  const possessed = view.tokens[noun];
  if (possessed === undefined || noun < pronoun || possessed.dep !== 'conj' || possessed.head < 0) return -1;
  const first = possessed.head;
  if (first >= pronoun || !isNominal(view, first) || view.pos(first) === 'PRON') return -1;
  const joiner = view.lower(pronoun - 1);
  return joiner === 'and' || joiner === 'or' ? first : -1;
}

/**
 * For a pronoun that is the subject of a complement clause ("knew he could not stay"), the subject
 * token of the verb that governs the clause, when it comes before the pronoun and that verb has no
 * nominal object that could be meant instead; else -1.
 */
function complementGovernorSubject(view: DocumentView, pronoun: number): number {
  const own = view.tokens[pronoun];
  if (own === undefined || !/^nsubj/u.test(own.dep) || own.head < 0) return -1;
  const clause = view.tokens[own.head] as Token;
  if (clause.dep !== 'ccomp' || clause.head < 0 || clause.head > pronoun) return -1;
  const governor = clause.head;
  if (view.pos(governor) !== 'VERB') return -1;
  const object = childOf(view, governor, /^(?:obj|iobj)$/u);
  if (object >= 0 && isNominal(view, object)) return -1;
  let verb = governor;
  let subject = childOf(view, verb, /^nsubj(?!:pass)/u);
  // "Rock, who stirred a storm for saying he rarely watched them": a gerund without a subject takes
  // the one of the verb it hangs on, and a relative pronoun the noun its clause modifies
  for (let step = 0; step < 2 && subject < 0; step += 1) {
    const clause = view.tokens[verb] as Token;
    if (!/^(?:advcl|conj)$/u.test(clause.dep) || clause.head < 0 || clause.head > verb) return -1;
    verb = clause.head;
    subject = childOf(view, verb, /^nsubj(?!:pass)/u);
  }
  if (subject >= 0 && /^(?:who|that)$/u.test(view.lower(subject))) {
    const relative = view.tokens[verb] as Token;
    subject = relative.dep === 'acl:relcl' && relative.head < subject ? relative.head : -1;
    // ("the host and comedian Chris Rock, who …": the name in apposition to the noun)
    const name = subject >= 0 && view.pos(subject) === 'NOUN' ? childOf(view, subject, /^appos$/u) : -1;
    if (name >= 0 && view.pos(name) === 'PROPN') subject = name;
  }
  return subject >= 0 && subject < pronoun ? subject : -1;
}

/**
 * For a pronoun that is the subject of an adverbial clause ("when he said", "after he scored"), the
 * subject token of the clause that one modifies, when it comes before the pronoun; else -1.
 */
function modifiedClauseSubject(view: DocumentView, pronoun: number): number {
  const verb = view.tokens[pronoun];
  if (verb === undefined || !/^nsubj/u.test(verb.dep) || verb.head < 0) return -1;
  const clause = view.tokens[verb.head] as Token;
  if (clause.dep !== 'advcl' || clause.head < 0) return -1;
  const sentence = view.sentenceOf[pronoun] as number;
  for (let index = view.sentenceStart(sentence); index < pronoun; index += 1) {
    const child = view.tokens[index] as Token;
    if (child.head === clause.head && /^nsubj/u.test(child.dep)) return index;
  }
  return -1;
}

/** Whether a verb has a subject of its own in the parse (nominal, clausal or expletive). */
function hasSubject(view: DocumentView, verb: number): boolean {
  const sentence = view.sentenceOf[verb] as number;
  const end = view.sentenceEnd(sentence);
  for (let index = view.sentenceStart(sentence); index < end; index += 1) {
    const token = view.tokens[index] as Token;
    if (token.head === verb && /^(?:nsubj|csubj|expl)/u.test(token.dep)) return true;
  }
  return false;
}

/**
 * The name possessing the noun whose clause the subject pronoun at `token` opens, when WordNet's first
 * sense of that noun is one of communication or cognition ("Campbell's claims he had torn …",
 * "Lind's fear that she would lose"), or -1.
 */
/** Whether the phrase [first, end) is joined to another by "and", "or" or "&" ("Apple and Motorola"). */
function coordinated(view: DocumentView, first: number, end: number): boolean {
  const joiner = /^(?:and|or|&)$/u;
  return (
    (first > 0 &&
      view.sentenceOf[first - 1] === view.sentenceOf[first] &&
      joiner.test(view.lower(first - 1))) ||
    (view.sentenceOf[end] === view.sentenceOf[first] && joiner.test(view.lower(end)))
  );
}

/**
 * Whether a common noun in the plural lies in [from, to) outside [skipFirst, skipEnd): a phrase "they" might
 * mean instead ("customers", "studies"). Read from the word's form: the tagger marks no number.
 */
function hasPluralNoun(
  view: DocumentView,
  from: number,
  to: number,
  skipFirst: number,
  skipEnd: number,
): boolean {
  for (let token = from; token < to && token < view.length; token += 1) {
    if (token >= skipFirst && token < skipEnd) continue;
    const word = view.lower(token);
    if (view.pos(token) !== 'NOUN' || word.length < 4 || view.isCapitalised(token)) continue;
    if (personWord(word)?.plural) return true;
    if (word.endsWith('s') && !/(?:ss|us|is|news)$/u.test(word)) return true;
  }
  return false;
}

/**
 * Where a phrase begins with its possessor: "His son said …", "Ms Dale's husband said …" open their clause
 * at "His" and "Ms", so the person noun after them is the subject all the same.
 */
function possessorStart(view: DocumentView, first: number): number {
  const before = first - 1;
  if (before < 0 || view.sentenceOf[before] !== view.sentenceOf[first]) return first;
  if (view.pos(before) === 'PRON' && POSSESSIVE_DETERMINERS.has(view.lower(before))) return before;
  if (!view.isPossessiveMarker(before)) return first;
  let start = before;
  while (
    start > 0 &&
    view.sentenceOf[start - 1] === view.sentenceOf[first] &&
    view.pos(start - 1) === 'PROPN'
  )
    start -= 1;
  return start < before ? start : first;
}

const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
]);

/**
 * Whether the pronoun (or the subject its possessive opens: "their members") is the subject of a clause that
 * completes the speech verb `verb` in the parse ("X said they would …", "X said that their members …").
 */
function reportedSubject(view: DocumentView, token: number, verb: number): boolean {
  let subject = view.tokens[token];
  if (subject !== undefined && subject.dep === 'nmod:poss' && subject.head >= 0)
    subject = view.tokens[subject.head];
  if (subject === undefined || !/^nsubj/u.test(subject.dep) || subject.head < 0) return false;
  let clause = subject.head;
  for (let step = 0; step < 3; step += 1) {
    const value = view.tokens[clause];
    if (value === undefined || value.head < 0) return false;
    if (value.dep === 'ccomp' && value.head === verb) return true;
    if (value.dep !== 'conj') return false;
    clause = value.head;
  }
  return false;
}

function reportNounPossessor(view: DocumentView, token: number): number {
  const pronoun = view.tokens[token];
  if (pronoun === undefined || !/^nsubj/u.test(pronoun.dep ?? '')) return -1;
  const clause = view.tokens[pronoun.head];
  if (clause === undefined || !/^(?:acl|ccomp)/u.test(clause.dep ?? '')) return -1;
  const noun = clause.head;
  const head = view.tokens[noun];
  if (head === undefined || head.pos !== 'NOUN') return -1;
  const sense = synsetsOf((head.lemma ?? view.lower(noun)).toLowerCase(), 'noun')[0];
  const file = sense === undefined ? -1 : lexicographerFileOf(sense, 'noun');
  if (file !== NOUN_COMMUNICATION && file !== NOUN_COGNITION) return -1;
  for (let at = noun - 1; at >= 0 && at >= noun - 6; at -= 1) {
    const word = view.tokens[at] as Token;
    if (word.head === noun && word.dep === 'nmod:poss') return word.pos === 'PROPN' ? at : -1;
  }
  return -1;
}

/**
 * Whether the possessive pronoun at `token` goes with a relative, friend or lawyer who is the subject
 * of a speech verb: "His family said", "Her lawyer told the court".
 */
function speaksForPossessor(view: DocumentView, token: number): boolean {
  const noun = view.tokens[token]?.head ?? -1;
  const nounToken = view.tokens[noun];
  if (nounToken === undefined || noun <= token || (view.tokens[token] as Token).dep !== 'nmod:poss')
    return false;
  const lemma = nounToken.lemma.toLowerCase();
  if (!SPEAKS_FOR.has(lemma) && !KINSHIP.has(lemma)) return false;
  return /^nsubj/u.test(nounToken.dep) && nounToken.head >= 0 && isSpeechVerb(view, nounToken.head);
}

/**
 * The possessive pronoun of the subject of speech verb `verb` when that subject speaks up for the
 * possessor and is no kin ("His family said", "her lawyers told"), else -1.
 */
function advocatePossessive(view: DocumentView, verb: number): number {
  const sentence = view.sentenceOf[verb];
  for (let at = verb - 1; at >= 0 && view.sentenceOf[at] === sentence; at -= 1) {
    const token = view.tokens[at] as Token;
    if (token.head !== verb || !/^nsubj/u.test(token.dep)) continue;
    if (!SPEAKS_FOR.has(token.lemma.toLowerCase())) return -1;
    for (let child = at - 1; child >= 0 && child >= at - 4; child -= 1) {
      const candidate = view.tokens[child] as Token;
      if (candidate.head === at && candidate.dep === 'nmod:poss' && /^(?:his|her)$/u.test(view.lower(child)))
        return child;
    }
    return -1;
  }
  return -1;
}

function opensSentence(view: DocumentView, token: number): boolean {
  const start = view.sentenceStart(view.sentenceOf[token] as number);
  for (let at = start; at < token; at += 1) {
    const pos = view.pos(at);
    if (pos !== 'ADV' && pos !== 'CCONJ' && pos !== 'PUNCT') return false;
  }
  return true;
}

/**
 * The verb a description is the `by` agent, object or oblique of ("was told [by the mayor]",
 * "praised [the mayor]", "spoke [to the mayor]"; not "[as the mayor]"), or -1.
 */
function coArgumentVerb(view: DocumentView, head: number): number {
  const token = view.tokens[head];
  if (token === undefined || token.head < 0) return -1;
  if (!/^(?:obl:agent|obj|iobj|obl)$/u.test(token.dep)) return -1;
  if (token.dep === 'obl' && view.lower(head - 1) === 'as') return -1;
  const verb = view.tokens[token.head];
  return verb !== undefined && verb.pos === 'VERB' ? token.head : -1;
}

/**
 * Whether the parse makes the phrase [first, end) the subject of its sentence's main verb: its head
 * token (the one whose head lies outside it), or the noun that head is in apposition to ("His brother,
 * Will Lee, said"), is `nsubj` of the root.
 */
function isMainSubject(view: DocumentView, first: number, end: number): boolean {
  let outer: Token | undefined;
  for (let at = first; at < end && at < view.length; at += 1) {
    let token = view.tokens[at] as Token;
    if (token.head >= first && token.head < end) continue;
    if (token.dep === 'appos' && token.head >= 0) token = view.tokens[token.head] as Token;
    // "Wolves chief executive Jez Moxey defended …" with "chief" hung on the verb: the name's own
    // relation says whether the phrase is the subject, over a title word the parser set apart
    if (/^nsubj/u.test(token.dep) && token.head >= 0) return view.tokens[token.head]?.dep === 'root';
    outer ??= token;
  }
  return outer !== undefined && lostMainSubject(view, first, outer);
}

/**
 * The token an apposition that holds the possessive at `token` describes ("James Acton, his team-mate":
 * "James"), read from the parse: the possessive opens the apposition after a comma, and its noun,
 * through the words of a compound noun, is an `appos` of it; -1 otherwise. (Not after a dash or a
 * preposition: "Baron Kinnock - after his former constituency" is a parse gone wrong.)
 */
function appositionHost(view: DocumentView, token: number): number {
  const pronoun = view.tokens[token];
  if (pronoun === undefined || pronoun.dep !== 'nmod:poss' || view.lower(token - 1) !== ',') return -1;
  let noun = pronoun.head;
  for (let steps = 0; noun >= 0 && steps < 4; steps += 1) {
    const word = view.tokens[noun] as Token;
    if (word.dep === 'appos') return word.head;
    if (word.dep !== 'compound' && word.dep !== 'flat') return -1;
    noun = word.head;
  }
  return -1;
}

/** Relations a phrase's head may have and still be the subject the parser lost. */
const LOST_SUBJECT_RELATIONS = /^(?:discourse|dep|vocative|nsubj|compound|list|parataxis)$/u;

/**
 * "Farrow, who chairs the nurses' union, said the talks were useful": the parser lost the subject
 * across the clause or apposition after it (here "chairs" read as a noun, "Farrow" as a discourse
 * word). A phrase that opens its sentence, set off by a comma, is the subject of the sentence's main
 * verb when that verb has no subject of its own in the parse.
 */
function lostMainSubject(view: DocumentView, first: number, head: Token): boolean {
  if (!LOST_SUBJECT_RELATIONS.test(head.dep) || !opensSentence(view, first)) return false;
  const sentence = view.sentenceOf[first] as number;
  const end = view.sentenceEnd(sentence);
  let root = -1;
  for (let at = view.sentenceStart(sentence); at < end; at += 1)
    if ((view.tokens[at] as Token).dep === 'root') root = at;
  if (root <= first || view.pos(root) !== 'VERB' || hasSubject(view, root)) return false;
  for (let at = first; at < root; at += 1) if (view.lower(at) === ',') return true;
  return false;
}

/** Whether a pronoun is the subject of a reporting verb ("he said", "she told reporters"). */
function speakerPronoun(view: DocumentView, token: number): boolean {
  const value = view.tokens[token];
  return value !== undefined && /^nsubj/u.test(value.dep) && isSpeechVerb(view, value.head);
}

/** Whether the referent's phrase holds the subject of `verb`. */
function subjectOfVerb(view: DocumentView, referent: Referent, verb: number): boolean {
  for (let at = referent.first; at < referent.end && at < view.length; at += 1) {
    const token = view.tokens[at] as Token;
    if (token.head === verb && /^nsubj/u.test(token.dep)) return true;
  }
  return false;
}

function firstStart(draft: EntityDraft | undefined): number {
  let start = Number.POSITIVE_INFINITY;
  for (const mention of draft?.mentions ?? []) if (mention.start < start) start = mention.start;
  return start;
}

/** Lappin & Leass-style weight of a referent seen from a sentence. */
function salience(referent: Referent, sentence: number): number {
  let weight = 100;
  if (referent.subject) weight += 80;
  if (referent.speechSubject) weight += 40;
  if (!referent.prepositional) weight += 50;
  const distance = sentence - referent.sentence;
  return distance <= 0 ? weight : weight / (1 << Math.min(distance, 20));
}

/**
 * An entity "it" or "its" may refer to: an organisation or a place; a work's title
 * (`WORK_SUBTYPE`) too where `work` allows (it is the nearest candidate).
 */
function takesIt(draft: EntityDraft | undefined, work = true): boolean {
  if (draft === undefined) return false;
  if (draft.type === 'ORG' || draft.type === 'LOC') return true;
  return work && draft.type === 'MISC' && draft.subtype === WORK_SUBTYPE;
}

/** The key with the highest score; -1 when none or when a competitor (negative key) wins. */
function best(scores: ReadonlyMap<number, number>): number {
  let winner = -1;
  let top = Number.NEGATIVE_INFINITY;
  for (const [key, score] of scores)
    if (score > top) {
      top = score;
      winner = key;
    }
  return winner >= 0 ? winner : -1;
}

function categoryOf(head: string): Category | undefined {
  const person = personWord(head);
  if (person) return person.plural ? undefined : 'person';
  if (NEWS_ORGANISATION_NOUNS.has(head)) return 'news';
  if (isOrganisationNoun(head)) return 'organisation';
  if (isPlaceNoun(head)) return 'place';
  return undefined;
}

/**
 * Person nouns that refer back to a named person on their own: roles ("the president", "the
 * dictator") and the words news uses for people in a story ("the man", "the suspect", "the
 * 32-year-old"). Relational nouns ("the owner", "the father") need their relation said.
 */
function isAnaphoricPersonHead(head: string): boolean {
  if (head === 'old' || ANAPHORIC_PERSON_NOUNS.has(head)) return true;
  return roleNoun(head) !== undefined && !RELATIONAL_PERSON_NOUNS.has(head);
}

/** A role or office ("mayor", "minister"), not one of the words news uses for anyone in a story ("the man"). */
/**
 * Whether the text gave the person an office other than `role` ("leader" of "Tory leader Michael
 * Howard" for "the chancellor"): a role head it called the person that is not the role, nor above or
 * below it in WordNet ("District Attorney" and "the prosecutor" are one office).
 */
function holdsOtherOffice(draft: EntityDraft, role: string): boolean {
  for (const held of draft.heads)
    if (isRoleHead(held) && held !== role && !roleImplies(held, role) && !roleImplies(role, held))
      return true;
  return false;
}

function isRoleHead(head: string): boolean {
  return head !== 'old' && !ANAPHORIC_PERSON_NOUNS.has(head) && roleNoun(head) !== undefined;
}

/** Words that make a role one office: "home secretary", "foreign minister", "chief executive". */
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set([
  'home',
  'foreign',
  'prime',
  'interior',
  'defence',
  'defense',
  'finance',
  'justice',
  'health',
  'education',
  'deputy',
  'vice',
  'shadow',
  'first',
  'chief',
  'attorney',
  'culture',
  'trade',
  'transport',
  'environment',
  'energy',
  'economy',
  'culture',
]);

/** Words before a two-word office that make it another office: "shadow", "deputy" foreign secretary. */
const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set(['shadow', 'deputy', 'vice', 'assistant', 'junior']);

/** Titles of one person: "the prince" is never just the most salient man. */
const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'prince',
  'princess',
  'king',
  'queen',
  'duke',
  'duchess',
  'pope',
  'emperor',
  'sultan',
  'emir',
]);

const RELATIONAL_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'owner',
  'member',
  'employee',
  'worker',
  'customer',
  'client',
  'partner',
  'colleague',
  'friend',
  'relative',
  'resident',
  'fan',
  'supporter',
  'buyer',
  'seller',
  'tenant',
  'landlord',
  'user',
  'head',
]);

/** Nouns for a child, which never describe a grown-up. */
const CHILD_NOUNS: ReadonlySet<string> = new Set(['boy', 'girl', 'child', 'kid', 'schoolboy', 'schoolgirl']);
const ANAPHORIC_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man',
  'woman',
  'boy',
  'girl',
  'teenager',
  'youth',
  'suspect',
  'attacker',
  'assailant',
  'gunman',
  'victim',
  'defendant',
  'detainee',
  'prisoner',
  'hostage',
  'pensioner',
  'star',
  'singer',
  'actor',
  'actress',
  'player',
  'striker',
  'champion',
]);

/** Does the entity's name contain the head word ("the committee" for "Investigative Committee")? */
function describesByName(draft: EntityDraft, head: string): boolean {
  const name = draft.name.toLowerCase();
  const at = name.indexOf(head);
  if (at < 0) return false;
  const before = at === 0 ? ' ' : name[at - 1];
  const after = name[at + head.length] ?? ' ';
  return before === ' ' && (after === ' ' || after === 's');
}

/**
 * Does the head word of the organisation's name say it is of the description's kind ("Westbrook
 * University" is "the school", "Harbour Rowing Club" "the team", "Academy of Film" "the academy"),
 * by WordNet (`kindImplies`)? The name's head is its last word, or the word before its "of"; a name
 * of one word ("Labour") has none.
 */
function fitsByKind(draft: EntityDraft, head: string): boolean {
  const words = draft.name.split(/\s+/u);
  const of = words.indexOf('of');
  const nameHead = of > 0 ? words[of - 1] : words.length > 1 ? words[words.length - 1] : undefined;
  return nameHead !== undefined && /^\p{Lu}\p{Ll}+$/u.test(nameHead) && kindImplies(nameHead, head);
}

/**
 * Does the organisation's name say by WordNet that it is no business (`isOtherKindThanBusiness`):
 * "Electronic Frontier Foundation", "the Pentagon", "British Chambers of Commerce"? The words
 * read are the name's head (its last word, or the word before its "of"), with what follows "of"
 * ("chamber of commerce"), and a name of one word.
 */
function namesOtherKind(draft: EntityDraft): boolean {
  const words = draft.name.replace(/^the\s+/iu, '').split(/\s+/u);
  const of = words.indexOf('of');
  const nameHead = of > 0 ? (words[of - 1] as string) : (words[words.length - 1] as string);
  if (!/^\p{Lu}\p{Ll}+$/u.test(nameHead)) return false;
  const forms = [nameHead, nameHead.replace(/s$/u, '')];
  if (of > 0 && words[of + 1] !== undefined)
    forms.push(...forms.map((form) => `${form} of ${words[of + 1]}`));
  return forms.some((form) => isOtherKindThanBusiness(form));
}

/** A person's gender as the text gives it (honorific, description, earlier pronoun), else its first name's. */
function genderOf(draft: EntityDraft | undefined): Gender | undefined {
  return draft === undefined ? undefined : (draft.gender ?? draft.nameGender);
}

function compatible(category: Category, draft: EntityDraft): boolean {
  switch (category) {
    case 'person':
      return draft.type === 'PERSON';
    case 'news':
    case 'organisation':
      return draft.type === 'ORG';
    case 'place':
      return draft.type === 'LOC';
  }
}
