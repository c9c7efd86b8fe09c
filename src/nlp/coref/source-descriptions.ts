import {
  EMPTY_SEGMENTS,
  type Attribution,
  type Entity,
  type Mention,
  type Segments,
  type Sentence,
} from '../../model/index.js';
import {
  lexicographerFileOf,
  NOUN_ACT,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_GROUP,
  baseFormOf,
  synsetsOf,
} from '../events/wordnet.js';
import { hasHypernym } from '../lexicon/hypernyms.js';
import { isFirstName } from './first-name-gender.js';
import { isOrganisationNoun } from './lexicon.js';
import { roleNoun } from '../lexicon/index.js';
import { relativeSourcePhrase } from '../attribution/spans/relative-sources.js';
import { reportedBefore } from '../attribution/complete/speaker.js';
import { descriptionEntities } from './descriptions.js';
import { entityWithoutGluedModifiers } from './glued-modifiers.js';

/** A head whose first WordNet sense is a group ("police"), which speaks as a body. */
function groupHead(lemma: string): boolean {
  const first = synsetsOf(lemma, 'noun')[0];
  return first !== undefined && lexicographerFileOf(first, 'noun') === NOUN_GROUP;
}

/**
 * A noun whose first WordNet sense is a force ("coastguard", "police": a military service, a force),
 * whose members the news calls by its name: "a coastguard" is one of them; "a jury" is a body.
 */
function forceNoun(lemma: string): boolean {
  const first = synsetsOf(lemma, 'noun')[0];
  return (
    first !== undefined && hasHypernym(first, 'noun', { levels: 4 }, (entry) => entry.words.includes('force'))
  );
}

/**
 * A mention that names no one body: "A coastguard said" (one member of a force that the lexicon
 * has for no organisation, unlike "a campaign group", "an army"),
 * "Authorities said", "Banks said" (a bare plural: whichever bodies of that kind, not one the text
 * can point back to).
 */
function noOneBody(text: string, entity: Entity, mention: Mention): boolean {
  const words = text.slice(mention.start, mention.end);
  const head = entity.attributes?.nominal_head;
  if (typeof head !== 'string') return false;
  if (/^an?\s/iu.test(words) && !head.endsWith('+pl') && !isOrganisationNoun(head) && forceNoun(head))
    return true;
  return head.endsWith('+pl') && /^[\p{L}-]+$/u.test(words);
}

/**
 * Institutions and groups that speak under a description only ("Police said", "The ministry said
 * in a statement", "the company declined to comment"): each becomes an entity of its own, with
 * every mention of that description in the document (descriptions.ts groups them by head and
 * modifiers), and the attribution's speaker. Only organisation descriptions (and group nouns such as
 * "police", typed ORG), and only for a named
 * (not anonymous) source that coreference left without a speaker: a person description ("the
 * spokesman") may be a person the text names, so it stays unresolved rather than split off.
 * New entities are numbered after `entities`; nothing else changes.
 */
export function speakerDescriptions(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  attributions: readonly Attribution[],
): { entities: Entity[]; attributions: Attribution[] } {
  const open = attributions.filter(
    (attribution) =>
      attribution.speaker === null && attribution.source !== null && attribution.anonymous !== true,
  );
  if (open.length === 0) return { entities: [...entities], attributions: [...attributions] };
  const candidates = descriptionEntities(text, segments, entities)
    .filter((entity) => {
      const head = entity.attributes?.nominal_head;
      return entity.type === 'ORG' || (typeof head === 'string' && !head.endsWith('+pl') && groupHead(head));
    })
    .map((entity): Entity => (entity.type === 'ORG' ? entity : { ...entity, type: 'ORG' }))
    .map((entity) => entityWithoutGluedModifiers(text, entity));
  /** The description entity whose mention lies inside the source, the longest such mention first. */
  const speakerOf = (attribution: Attribution): Entity | undefined => {
    // "user organisations who feel …": the phrase the relative pronoun stands for
    const source =
      relativeSourcePhrase(text, segments.tokens, segments.sentences, attribution.source!) ??
      attribution.source!;
    let best: Entity | undefined;
    let length = 0;
    for (const entity of candidates)
      for (const mention of entity.mentions)
        if (
          mention.start >= source.start &&
          mention.end <= source.end &&
          !inPostModifier(text, segments, source.start, mention.start) &&
          !noOneBody(text, entity, mention) &&
          mention.end - mention.start > length
        ) {
          best = entity;
          length = mention.end - mention.start;
        }
    return best;
  };
  const chosen = new Map<Attribution, Entity>();
  for (const attribution of open) {
    const entity = speakerOf(attribution);
    if (entity !== undefined) chosen.set(attribution, entity);
  }
  // "Police say … They say …": "they" opening the next sentence carries on the body just given a report
  for (const attribution of open) {
    if (chosen.has(attribution)) continue;
    const previous = theyAntecedent(text, segments, attribution, attributions);
    const entity = previous === undefined ? undefined : chosen.get(previous);
    if (entity !== undefined) chosen.set(attribution, entity);
  }
  if (chosen.size === 0) return { entities: [...entities], attributions: [...attributions] };
  let highest = 0;
  for (const entity of entities) {
    const number = /^e(\d+)$/.exec(entity.id);
    if (number !== null) highest = Math.max(highest, Number(number[1]));
  }
  // renumber the kept description entities in order of first mention
  const kept = [...new Set(chosen.values())].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const ids = new Map<Entity, string>();
  const added = kept.map((entity, index) => {
    const id = `e${highest + index + 1}`;
    ids.set(entity, id);
    return { ...entity, id };
  });
  return {
    entities: [...entities, ...added],
    attributions: attributions.map((attribution) => {
      const entity = chosen.get(attribution);
      return entity === undefined ? attribution : { ...attribution, speaker: ids.get(entity)! };
    }),
  };
}

/**
 * For a source "They" that opens its sentence, the attribution whose source opens the sentence
 * before, a report (its main verb one of speech); else undefined.
 */
function theyAntecedent(
  text: string,
  segments: Segments,
  attribution: Attribution,
  attributions: readonly Attribution[],
): Attribution | undefined {
  const source = attribution.source!;
  if (!/^they$/iu.test(text.slice(source.start, source.end))) return undefined;
  const sentence = segments.sentences.findIndex(
    (span) => span.start <= source.start && source.end <= span.end,
  );
  const previous = segments.sentences[sentence - 1];
  if (
    sentence < 1 ||
    previous === undefined ||
    (segments.sentences[sentence] as Sentence).start !== source.start
  )
    return undefined;
  if (!reportedBefore(segments, sentence)) return undefined;
  return attributions.find((other) => other.source !== null && other.source.start === previous.start);
}

/**
 * Whether a mention starting at `start` lies in a prepositional post-modifier of the common noun
 * that heads the source starting at `from`: "The organisers of Friday's protest outside the city
 * court" (the court does not speak, its organisers do). A preposition ("case") after a common noun
 * in the source, before the mention, opens one.
 */
function inPostModifier(text: string, segments: Segments, from: number, start: number): boolean {
  let previous: (typeof segments.tokens)[number] | undefined;
  for (const token of segments.tokens) {
    if (token.end <= from) continue;
    if (token.start >= start) break;
    if (
      token.pos === 'ADP' &&
      token.dep === 'case' &&
      previous !== undefined &&
      (previous.pos === 'NOUN' || capitalisedNoun(text, segments, previous)) &&
      !issuedThing(previous.lemma)
    )
      return true;
    // "A vicar who runs the food bank said": a relative clause after the source's noun
    if (
      previous !== undefined &&
      previous.pos === 'NOUN' &&
      ((token.pos === 'PRON' && /^(?:who|whose|that|which)$/iu.test(token.lemma)) || /^acl/u.test(token.dep))
    )
      return true;
    previous = token;
  }
  return false;
}

/**
 * A common noun the tagger took for a name because it opens the sentence: "Scientists at Orbis
 * Labs, a firm in Denver, said" (a word WordNet has as a noun, capitalised only there).
 */
function capitalisedNoun(text: string, segments: Segments, token: Segments['tokens'][number]): boolean {
  if (token.pos !== 'PROPN' || !segments.sentences.some((sentence) => sentence.start === token.start))
    return false;
  const word = text.slice(token.start, token.end).toLowerCase();
  return /^\p{Ll}+$/u.test(word) && synsetsOf(baseFormOf(word, 'noun') ?? word, 'noun').length > 0;
}

/**
 * A noun whose first WordNet sense is something issued or carried out ("report", "statement", "poll",
 * "study": noun.communication, noun.cognition, noun.act): who made it speaks through it ("A report
 * by the pensions committee").
 */
function issuedThing(lemma: string): boolean {
  const first = synsetsOf(lemma.toLowerCase(), 'noun')[0];
  if (first === undefined) return false;
  const file = lexicographerFileOf(first, 'noun');
  return file === NOUN_COMMUNICATION || file === NOUN_COGNITION || file === NOUN_ACT;
}

/** A name as a publication is written: capitalised words (numbers and "of", "and", "the" between them). */
const TITLE_NAME = /^(?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|\d+|of|and|the|on))*$/u;

/**
 * Nouns that say the name after them is an organisation's: "environmental group Tarn 2000", "another
 * firm, Voltix,", "the union Amicus". Bodies of people only: a word for a person ("chairman") or a
 * place is no classifier.
 */
const CLASSIFIERS = new Set(
  `group firm company charity union association organisation organization body movement campaign
  party agency consultancy consortium coalition alliance federation bank insurer lender retailer
  carrier airline broadcaster publisher manufacturer maker supplier operator regulator watchdog
  club institute foundation society trust`.split(/\s+/u),
);

/**
 * The organisation's name a source gives after a classifier, or null: "Environmental group Tarn
 * 2000" and "Another firm, Voltix," give "Tarn 2000" and "Voltix" (the classifier a lower-case word,
 * the name capitalised words to the end of the source, an apposition's commas allowed).
 */
export function classifiedName(phrase: string): string | null {
  const trimmed = phrase.trim();
  const match = CLASSIFIED_NAME.exec(trimmed);
  if (match === null || !CLASSIFIERS.has(match[1] as string)) return null;
  // the classifier heads the source: "Dr Ann Lee, director at games firm Tovex" is the person's
  if (PERSON_BEFORE.test(trimmed.slice(0, match.index + 1))) return null;
  return match[2] as string;
}

/** Before the classifier, a comma or a preposition: the organisation is in a post-modifier. */
const PERSON_BEFORE = /,|(?:^|\s)(?:at|of|for|from|with|in|by|to|on)(?:\s|$)/iu;

const CLASSIFIED_NAME =
  /(?:^|\s)(\p{Ll}+)\s*,?\s+(\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|\d+|of|and|for|on))*)\s*,?$/u;

/**
 * Publications cited as sources that the name tagger missed ("according to Page Six", "according
 * to The Daily Record"): an "according to" attribution left without a speaker, whose source is a
 * capitalised name and no anonymous one, gets an ORG entity named by that source (a leading "The"
 * left out), with every mention of the name in the text that no other entity holds. So does an
 * attribution of any cue whose source names an organisation after a classifier ("Environmental
 * group Tarn 2000 said", `classifiedName`) when no entity holds that name. New entities are
 * numbered after `entities`.
 */
export function publicationSpeakers(
  text: string,
  entities: readonly Entity[],
  attributions: readonly Attribution[],
  segments: Segments = EMPTY_SEGMENTS,
): { entities: Entity[]; attributions: Attribution[] } {
  const named = new Map<string, string>();
  const added: Entity[] = [];
  let highest = 0;
  for (const entity of entities) {
    const number = /^e(\d+)$/.exec(entity.id);
    if (number !== null) highest = Math.max(highest, Number(number[1]));
  }
  const taken = entities.flatMap((entity) => entity.mentions);
  const result = attributions.map((attribution) => {
    const { cue, source } = attribution;
    if (attribution.speaker !== null || source === null || cue === null || attribution.anonymous === true)
      return attribution;
    const phrase = text.slice(source.start, source.end);
    let name: string | null = null;
    if (text.slice(cue.start, cue.end).toLowerCase().replace(/\s+/gu, ' ') === 'according to')
      name = TITLE_NAME.test(phrase) ? phrase.replace(/^The\s+/u, '') : null;
    if (name === null) {
      name = classifiedName(phrase);
      // a name some entity holds (in part) in the source was the speaker step's to read
      if (name !== null) {
        const start = source.start + phrase.lastIndexOf(name);
        const end = start + name.length;
        if (taken.some((mention) => mention.start < end && start < mention.end)) name = null;
      }
    }
    // a source the parse reads as a proper name the name tagger missed ("Scotland Yard said")
    let type: 'ORG' | 'PERSON' = 'ORG';
    if (name === null && properNameSource(text, source, segments, taken)) {
      name = phrase.replace(/^The\s+/u, '');
      type = personName(name) ? 'PERSON' : 'ORG';
    }
    if (name === null) return attribution;
    let id = named.get(name);
    if (id === undefined) {
      id = `e${highest + added.length + 1}`;
      const mentions: Mention[] = [];
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`,
        'gu',
      );
      for (const match of text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some((mention) => mention.start < end && start < mention.end)) continue;
        mentions.push({ start, end, kind: 'name' });
      }
      if (mentions.length === 0) return attribution;
      named.set(name, id);
      added.push({ id, type, name, mentions });
    }
    return { ...attribution, speaker: id };
  });
  return added.length === 0
    ? { entities: [...entities], attributions: [...attributions] }
    : { entities: [...entities, ...added], attributions: result };
}

/**
 * Whether a source is a proper name on the parse that no entity holds: capitalised words (a leading
 * "The", "of" and "and" between them), each tagged a proper noun, none held by an entity. A word
 * capitalised only because it opens the sentence is a common one when WordNet knows its lemma
 * ("Campaigners said", "Prosecutors said": the tagger calls them proper nouns there); a word in
 * capitals ("ABC") is read as the name it is.
 */
function properNameSource(
  text: string,
  source: { start: number; end: number },
  segments: Segments,
  taken: readonly Mention[],
): boolean {
  const phrase = text.slice(source.start, source.end);
  if (!TITLE_NAME.test(phrase)) return false;
  // an acronym after "the" is a title more often than a body's name ("the PM", "the MEP")
  if (/^the\s+\p{Lu}+$/iu.test(phrase)) return false;
  // the end of a word ("F-Secure" cut to "Secure"), or a contraction ("I'm")
  if (
    /[\p{L}\p{N}-]$/u.test(text.slice(Math.max(0, source.start - 2), source.start)) ||
    /['’]\p{Ll}/u.test(phrase)
  )
    return false;
  if (taken.some((mention) => mention.start < source.end && source.start < mention.end)) return false;
  // the source cut a longer name ("the Performing Right Society" as "Society"): a capitalised word
  // right before it
  if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, source.start - 40), source.start))) return false;
  const inside = segments.tokens.filter((token) => token.start >= source.start && token.end <= source.end);
  if (inside.length === 0) return false;
  // a title, not a name: "The Interior Minister said" (a singular role noun ends it)
  const last = text.slice((inside[inside.length - 1] as (typeof inside)[number]).start, source.end);
  if (roleNoun(last) !== undefined && baseFormOf(last.toLowerCase(), 'noun') === last.toLowerCase())
    return false;
  let proper = 0;
  for (const token of inside) {
    const word = text.slice(token.start, token.end);
    if (/^(?:The|of|and|the|on)$/u.test(word)) continue;
    if (token.pos !== 'PROPN') return false;
    proper += 1;
    if (/^\p{Lu}[\p{Lu}\d&.]+$/u.test(word)) continue;
    const opensSentence = segments.sentences.some((sentence) => opensAt(text, sentence.start, token.start));
    if (opensSentence && (knownWord(token.lemma) || knownWord(word))) return false;
  }
  return proper > 0;
}

/** Whether only quotation marks and spaces stand between a sentence's start and the word. */
function opensAt(text: string, sentenceStart: number, wordStart: number): boolean {
  return sentenceStart <= wordStart && /^[\s"“‘']*$/u.test(text.slice(sentenceStart, wordStart));
}

/** A word WordNet knows in lower case, in any part of speech. */
function knownWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    baseFormOf(lower, 'noun') !== null ||
    baseFormOf(lower, 'verb') !== null ||
    synsetsOf(lower, 'adj').length > 0
  );
}

/** Two or more words opening with a first name: a person's name ("Moazzam Begg"). */
function personName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && isFirstName(words[0] as string);
}

/** A third-person subject pronoun for one person. */
const PERSON_PRONOUN = /^(?:he|she)$/iu;

/**
 * The entity list made to agree with the speakers of "…,” he said": the pronoun that is an
 * attribution's whole source becomes a mention of the person the attribution gives it to, and leaves
 * the entity coreference filed it under. The speaker step weighs who spoke last and who the
 * narration turned to ("“…,” Judge Sosna said. Ramage's case was grave, he said." — the judge, where
 * coreference took the man the sentence names), so it is the one kept. An anonymous source's pronoun
 * ("A security official said … “…,” he said") leaves a named person's entity too. A pronoun is
 * moved only from an entity coreference filed it under that keeps other mentions. Entity ids and order do not change.
 */
export function speakerPronouns(
  text: string,
  entities: readonly Entity[],
  attributions: readonly Attribution[],
): Entity[] {
  const moves = new Map<string, { mention: Mention; to: string | null }>();
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  for (const attribution of attributions) {
    const source = attribution.source;
    if (source === null || !PERSON_PRONOUN.test(text.slice(source.start, source.end))) continue;
    const speaker = typeof attribution.speaker === 'string' ? byId.get(attribution.speaker) : undefined;
    if (speaker !== undefined && speaker.type !== 'PERSON') continue;
    if (speaker === undefined && attribution.anonymous !== true) continue;
    moves.set(`${source.start}:${source.end}`, {
      mention: { start: source.start, end: source.end, kind: 'pronoun' },
      to: speaker?.id ?? null,
    });
  }
  if (moves.size === 0) return [...entities];
  // where each moved pronoun is now, and whether its entity keeps another mention
  const holders = new Map<string, string>();
  for (const entity of entities)
    for (const mention of entity.mentions) {
      const key = `${mention.start}:${mention.end}`;
      if (!moves.has(key)) continue;
      if (entity.mentions.length > 1) holders.set(key, entity.id);
      else moves.delete(key);
    }
  const added = new Map<string, Mention[]>();
  const removed = new Set<string>();
  for (const [key, move] of moves) {
    const holder = holders.get(key);
    // a pronoun coreference left alone stays so: on real news the speaker step's guess for those
    // was right no more often than wrong
    if (holder === undefined || holder === move.to) continue;
    removed.add(`${holder}@${key}`);
    if (move.to !== null) added.set(move.to, [...(added.get(move.to) ?? []), move.mention]);
  }
  if (removed.size === 0 && added.size === 0) return [...entities];
  return entities.map((entity) => {
    const extra = added.get(entity.id) ?? [];
    const kept = entity.mentions.filter(
      (mention) => !removed.has(`${entity.id}@${mention.start}:${mention.end}`),
    );
    if (extra.length === 0 && kept.length === entity.mentions.length) return entity;
    const mentions = [...kept, ...extra].sort(
      (left, right) => left.start - right.start || left.end - right.end,
    );
    return { ...entity, mentions };
  });
}
