import type { Entity, Sentence, Span, Token } from '../../../model/index.js';
import { firstNameGender } from '../../coref/first-name-gender.js';
import { honorificOf } from '../../coref/lexicon.js';
import { isGovernmentBodyWord, personNounGender } from '../../lexicon/index.js';
import type { AttributionCandidate } from '../candidate.js';
import type { ContentIndex } from './content-index.js';
import type { DocumentIndex, IndexedMention } from './document-index.js';
import { isCommonPersonWord, type SourceResolution } from './speaker.js';

/**
 * The subject pronoun of a speech verb goes to the most recent speaker it agrees with:
 *
 *   Paul Richards, an analyst, said the market would focus on sales. "It's unusual," he said.
 *
 * "he" is Richards (the speaker of the attribution just before), not the chairman the article names
 * most often, and never a man named inside the quotation ("'Victor is tall,' he said"). Agreement is a
 * hard constraint: the gender of a person from an honorific ("Ms Novak"), else the first name ("Anna
 * Novak"), else the pronouns coreference gave the entity. Coreference's own choice stands when it is
 * named outside any quotation between that earlier attribution and the pronoun ("When Hale arrived, he
 * said …"), or when no earlier speaker agrees.
 */

/** How many sentences back the earlier attribution's cue may lie. */
const REACH = 3;
/** How far back when no person who agrees is named in between ("… he said" after a long aside). */
const LONG_REACH = 10;

const PRONOUN_GENDER: Readonly<Record<string, 'm' | 'f'>> = { he: 'm', she: 'f' };

/** An entity's gender as far as the text tells it, or undefined. */
export function entityGender(text: string, entity: Entity): 'm' | 'f' | undefined {
  if (entity.type !== 'PERSON') return undefined;
  let male = 0;
  let female = 0;
  let named: 'm' | 'f' | undefined;
  for (const mention of entity.mentions) {
    const words = text.slice(mention.start, mention.end).split(/\s+/u);
    if (mention.kind === 'name') {
      // "Ms Novak" (an honorific says it, in any mention: it beats a first name's usual gender, "Ashley
      // Giles" … "Mr Giles"), else "Anna Novak" (the first name of a full name): the word before the
      // surname first, so that a title fused into the name ("Tory MP Michael Mates") is not read as a
      // first name
      const title = honorificOf((words[0] as string).toLowerCase().replace(/\.$/u, ''));
      if (title?.gender !== undefined) return title.gender;
      if (named === undefined && words.length >= 2)
        named = firstNameGender(words[words.length - 2] as string) ?? firstNameGender(words[0] as string);
    } else if (mention.kind === 'pronoun') {
      const word = (words[0] as string).toLowerCase();
      if (word === 'he' || word === 'him' || word === 'his') male += 1;
      else if (word === 'she' || word === 'her' || word === 'hers') female += 1;
    }
  }
  if (named !== undefined) return named;
  if (male > female) return 'm';
  if (female > male) return 'f';
  return undefined;
}

/** Whether the entity is named outside every content span in [from, to). */
function namedOutsideQuotes(
  index: DocumentIndex,
  contents: ContentIndex,
  entity: string,
  from: number,
  to: number,
): boolean {
  for (const mention of index.mentions) {
    if (mention.start < from || mention.end > to || mention.entity.id !== entity) continue;
    if (mention.kind === 'pronoun') continue;
    if (contents.holding(mention.start, mention.end).length === 0) return true;
  }
  return false;
}

/**
 * Whether a person of that gender (or of unknown gender) is named, or one person is described, outside
 * contents in [from, to).
 */
function agreeingPersonNamed(
  index: DocumentIndex,
  contents: ContentIndex,
  wanted: 'm' | 'f',
  from: number,
  to: number,
  passive: ReadonlySet<string> = new Set(),
): boolean {
  for (const mention of index.mentions) {
    if (mention.start < from) continue;
    if (mention.end > to) break;
    if (mention.kind !== 'name' || mention.entity.type !== 'PERSON') continue;
    if (passive.has(mention.entity.id)) continue;
    const gender = entityGender(index.text, mention.entity);
    if (gender !== undefined && gender !== wanted) continue;
    if (contents.holding(mention.start, mention.end).length === 0) return true;
  }
  // or a person described, not named: "a spokesperson for the association said …"
  const [first, end] = index.tokenRange({ start: from, end: to });
  for (let position = first; position < end; position += 1) {
    const token = index.tokens[position] as Token;
    if (token.pos !== 'NOUN' || token.lemma.toLowerCase() !== index.tokenText(position).toLowerCase())
      continue;
    if (!isCommonPersonWord(index.tokenText(position))) continue;
    const described = index.mentionCovering(token.start, token.end);
    if (described !== null && passive.has(described.entity.id)) continue;
    if (contents.holding(token.start, token.end).length === 0) return true;
  }
  return false;
}

/** Relations of a phrase a verb's action is done to: its object, a preposition's object on it. */
const OBJECT_RELATIONS = /^(?:obj|iobj|obl)(?::(?!agent).*)?$/u;

/**
 * Whether the mention's phrase is a verb's object ("Police questioned Mark Dowling, a former
 * director"), not described further by a clause of its own ("… O'Driscoll, who missed the game").
 */
function objectMention(index: DocumentIndex, mention: IndexedMention): boolean {
  const [first, end] = index.tokenRange(mention);
  let head = index.phraseHead(first, end);
  if (head < 0) return false;
  // an apposition takes its governor's place: "…, a former director"
  if ((index.tokens[head] as Token).dep === 'appos') head = (index.tokens[head] as Token).head;
  const token = index.tokens[head];
  if (token === undefined || !OBJECT_RELATIONS.test(token.dep)) return false;
  const governor = index.tokens[token.head];
  if (governor === undefined || (governor.pos !== 'VERB' && governor.pos !== 'AUX')) return false;
  for (let position = head + 1; position < Math.min(index.tokens.length, head + 80); position += 1) {
    const other = index.tokens[position] as Token;
    if (other.head === head && other.dep === 'acl:relcl') return false;
  }
  return true;
}

/**
 * The people named or described in [from, to) only as objects, outside contents ("Police later
 * questioned Mark Dowling, a former director, over missing funds"): the narration did not turn to
 * them, so a "he said" paragraphs later still carries on the earlier speaker.
 */
function namedOnlyAsObjects(
  index: DocumentIndex,
  contents: ContentIndex,
  from: number,
  to: number,
): Set<string> {
  const objects = new Set<string>();
  const other = new Set<string>();
  for (const mention of index.mentions) {
    if (mention.start < from) continue;
    if (mention.end > to) break;
    if (mention.entity.type !== 'PERSON') continue;
    // a subject anywhere, in reported words too ("Alisher Kasimov … is accused of …, media
    // reported"), or a pronoun: the narration is about them
    if (
      mention.kind === 'pronoun' ||
      !objectMention(index, mention) ||
      contents.holding(mention.start, mention.end).length > 0
    )
      other.add(mention.entity.id);
    else objects.add(mention.entity.id);
  }
  for (const id of other) objects.delete(id);
  return objects;
}

/**
 * The mention of a phrase's head or of a name word before it ("Anna Berg QC": the head is "QC"), or of
 * the name right after a title word the parse made the head ("Goalkeeper Liam Roche", "Labour MP John
 * Smith": the head is the title word, the name hangs on it).
 */
function phraseMention(index: DocumentIndex, bounds: Sentence, head: number): IndexedMention | null {
  const token = index.tokens[head] as Token;
  const own = index.mentionCovering(token.start, token.end);
  if (own !== null) return own;
  for (let position = head - 1; position >= bounds.firstToken; position -= 1) {
    const word = index.tokens[position] as Token;
    if (word.head !== head || (word.dep !== 'compound' && !word.dep.startsWith('flat'))) break;
    const mention = index.mentionCovering(word.start, word.end);
    if (mention !== null) return mention;
  }
  const next = index.tokens[head + 1];
  if (token.pos === 'PROPN' && next !== undefined && next.head === head && next.dep.startsWith('flat')) {
    const mention = index.mentionCovering(next.start, next.end);
    if (mention !== null && mention.start === next.start) return mention;
  }
  return null;
}

/**
 * The token whose relation stands for a name's: the name's own word, or the title word right before
 * the name when the parse hung the name on it ("Goalkeeper Liam Roche made two saves": "Liam" is
 * `flat` under "Goalkeeper", the subject).
 */
function titledName(index: DocumentIndex, first: number, token: Token): Token {
  if (!token.dep.startsWith('flat') || token.head !== first - 1) return token;
  const title = index.tokens[first - 1] as Token;
  return title.pos === 'PROPN' ? title : token;
}

/**
 * Whether `at` lies inside a quotation opened in the sentence from `from`: "“It was a shock when
 * Mr Hale spoke,” …" (a quotation the attribution step left without a cue still is not narration).
 */
export function insideQuotationMarks(text: string, from: number, at: number): boolean {
  let open = false;
  for (let position = from; position < at; position += 1) {
    const mark = text.charCodeAt(position);
    if (mark === 0x22) open = !open;
    else if (mark === 0x201c || mark === 0xab) open = true;
    else if (mark === 0x201d || mark === 0xbb) open = false;
  }
  return open;
}

/**
 * The person a sentence is about, read from the parse: a name or description of a person that is the
 * subject of the sentence's main verb, or the agent of a passive ("… a book published by Anna Berg").
 */
function sentenceSubjects(index: DocumentIndex, sentence: number, conjoined = false): Entity[] {
  const bounds = index.sentences[sentence];
  if (bounds === undefined) return [];
  const found: Entity[] = [];
  for (let position = bounds.firstToken; position < bounds.endToken; position += 1) {
    const token = index.tokens[position] as Token;
    const head = index.tokens[token.head];
    // `conjoined`: also the subject of a clause joined to the main one ("Lee led it before, but Berg
    // is leading it now")
    const main =
      head !== undefined &&
      (head.dep === 'root' || (conjoined && head.dep === 'conj' && index.tokens[head.head]?.dep === 'root'));
    const subject = token.dep === 'nsubj' && main;
    if (!subject && token.dep !== 'obl:agent') continue;
    const mention = phraseMention(index, bounds, position);
    if (mention === null || mention.kind === 'pronoun' || mention.entity.type !== 'PERSON') continue;
    // a subject inside quotation marks is someone's words, not the narration's topic
    if (insideQuotationMarks(index.text, bounds.start, mention.start)) continue;
    if (!found.includes(mention.entity)) found.push(mention.entity);
  }
  return found;
}

/**
 * The latest person who agrees and is the subject (or passive agent) of a sentence after sentence
 * `after` and before the pronoun's, outside every content: "“…,” Neville said. After the match, Keane
 * accused Vieira of starting the row. “…,” he said." → Keane.
 */
function subjectInBetween(
  index: DocumentIndex,
  contents: ContentIndex,
  wanted: 'm' | 'f',
  after: number,
  pronoun: Span,
  current?: string,
  continuing?: string,
): Entity | typeof DESCRIBED | null {
  const here = index.sentenceIndexAt(pronoun.start);
  // `after` may lie before the first sentence (a quotation that opens the article)
  for (let sentence = here - 1; sentence > after && sentence >= 0; sentence -= 1) {
    const bounds = index.sentences[sentence] as Sentence;
    // a sentence inside someone's words is not the writer's narration
    if (contents.holding(bounds.start, bounds.start + 1).length > 0) continue;
    // the speaker of the run of quotations is still a subject there: the run goes on ("Lee led the
    // campaign before, but Vos is leading it now. … , he said" → Vos)
    if (continuing !== undefined) {
      const run = sentenceSubjects(index, sentence, true).find((entity) => entity.id === continuing);
      const gender = run === undefined ? undefined : entityGender(index.text, run);
      if (run !== undefined && (gender === undefined || gender === wanted)) return run;
    }
    for (const entity of sentenceSubjects(index, sentence)) {
      const gender = entityGender(index.text, entity);
      if (gender === undefined || gender === wanted) return entity;
    }
    if (current !== undefined && describedSubject(index, sentence, wanted, current)) return DESCRIBED;
  }
  return null;
}

/** A person the narration turned to who is described, not named ("the minister's spokesman"). */
const DESCRIBED = 'described';

const NOUN_GENDER: Readonly<Record<string, 'm' | 'f'>> = { male: 'm', female: 'f' };

/**
 * Whether the subject of the sentence's main verb is one person described and not linked to any
 * entity, of a gender that agrees, whose description names the person coreference chose
 * (`current`) as its possessor: "Prime Minister Karl Dorn's spokesman also condemned the video.
 * “…,” he added." — the spokesman, not the prime minister his description names.
 */
function describedSubject(
  index: DocumentIndex,
  sentence: number,
  wanted: 'm' | 'f',
  current: string,
): boolean {
  const bounds = index.sentences[sentence];
  if (bounds === undefined) return false;
  for (let position = bounds.firstToken; position < bounds.endToken; position += 1) {
    const token = index.tokens[position] as Token;
    const head = index.tokens[token.head];
    if (token.dep !== 'nsubj' || head === undefined || head.dep !== 'root' || token.pos !== 'NOUN') continue;
    const word = index.tokenText(position);
    // singular: the lemma is the word ("spokesman", not "officials")
    if (token.lemma.toLowerCase() !== word.toLowerCase() || !isCommonPersonWord(word)) continue;
    const gender = NOUN_GENDER[personNounGender(word) ?? ''];
    if (gender !== undefined && gender !== wanted) continue;
    const mention = index.mentionCovering(token.start, token.end);
    if (mention !== null && mention.entity.type === 'PERSON') continue;
    if (insideQuotationMarks(index.text, bounds.start, token.start)) continue;
    if (possessorIs(index, bounds, position, current)) return true;
  }
  return false;
}

/** Whether the possessor of the noun at `noun` ("Karl Dorn's" in "Karl Dorn's spokesman") is `entity`. */
function possessorIs(index: DocumentIndex, bounds: Sentence, noun: number, entity: string): boolean {
  for (let position = bounds.firstToken; position < noun; position += 1) {
    const token = index.tokens[position] as Token;
    if (token.head !== noun || token.dep !== 'nmod:poss') continue;
    const mention = phraseMention(index, bounds, position);
    if (mention !== null && mention.entity.id === entity) return true;
  }
  return false;
}

/**
 * A singular common noun for a person, or an unresolved name, heads the source ("The band's spokesman"),
 * of a gender that agrees with `wanted`: not a body ("Police said …", tagged a proper noun at the
 * sentence's start), not "a spokesman" for "she".
 */
function describesOnePerson(index: DocumentIndex, source: Span, wanted: 'm' | 'f'): boolean {
  const [first, end] = index.tokenRange(source);
  for (let position = first; position < end; position += 1) {
    const token = index.tokens[position] as Token;
    if (token.head >= first && token.head < end) continue;
    const word = index.tokenText(position);
    if (token.pos === 'PRON') return false;
    // singular: the lemma is the word ("spokesman"), not "officials" → "official"
    if (token.lemma.toLowerCase() !== word.toLowerCase()) return false;
    if (isGovernmentBodyWord(word)) return false;
    const gender = NOUN_GENDER[personNounGender(word) ?? ''];
    if (gender !== undefined && gender !== wanted) return false;
    return token.pos === 'PROPN' || isCommonPersonWord(word);
  }
  return false;
}

function anchor(candidate: AttributionCandidate): number {
  return candidate.cue?.start ?? candidate.content[0]?.start ?? 0;
}

/**
 * Re-resolves the he/she sources of top-level attributions (`containers[position] < 0`), in place.
 * `resolutions` and `sorted` are in text order.
 */
export function preferRecentSpeakers(
  index: DocumentIndex,
  sorted: readonly AttributionCandidate[],
  containers: readonly number[] | Int32Array,
  contents: ContentIndex,
  entities: ReadonlyMap<string, Entity>,
  resolutions: (SourceResolution | null)[],
): void {
  const text = index.text;
  for (let position = 0; position < sorted.length; position += 1) {
    const candidate = sorted[position] as AttributionCandidate;
    const source: Span | null = candidate.source;
    if (source === null || (containers[position] as number) >= 0) continue;
    const wanted = PRONOUN_GENDER[text.slice(source.start, source.end).toLowerCase()];
    if (wanted === undefined) continue;
    const sentence = index.sentenceIndexAt(source.start);
    // where the attribution starts: its quotation may run over several sentences before "he said"
    const opening = index.sentenceIndexAt(
      Math.min(source.start, candidate.content[0]?.start ?? source.start),
    );
    let current = resolutions[position]?.speaker;
    // coreference's choice must agree too: a woman's "she" is never held by a man
    const chosen = typeof current === 'string' ? entities.get(current) : undefined;
    const disagrees =
      chosen !== undefined &&
      entityGender(text, chosen) !== undefined &&
      entityGender(text, chosen) !== wanted;
    if (disagrees) {
      current = undefined;
      // agreement is a hard constraint: "He believes …" held by a woman's entity is left unresolved
      // unless an earlier speaker or subject below agrees
      resolutions[position] = { speaker: null, anonymous: false };
    }
    // coreference's choice is the subject of a clause of this sentence before the pronoun: "When Lee
    // became governor, he said …", "Lee did not do so, but he wrote …"; no earlier subject is nearer
    const near = subjectBefore(index, contents, wanted, index.sentences[sentence] as Sentence, source.start);
    if (near !== null) {
      if (near.id !== current) resolutions[position] = { speaker: near.id, anonymous: false };
      continue;
    }
    // whether an earlier top-level attribution was weighed below
    let weighed = false;
    for (let earlier = position - 1; earlier >= 0; earlier -= 1) {
      const previous = sorted[earlier] as AttributionCandidate;
      const distance = sentence - index.sentenceIndexAt(anchor(previous));
      // further back only when nobody who agrees is named in between; but a person who agrees and is
      // the subject of the sentence right before is who the narration turned to ("… Mort was there
      // to see the fans. He said: …"), however far the last attribution lies
      if (distance > LONG_REACH) break;
      // people named in between only as objects do not count that far back
      const passive =
        distance > REACH
          ? namedOnlyAsObjects(index, contents, anchor(previous), source.start)
          : new Set<string>();
      const far =
        distance > REACH &&
        agreeingPersonNamed(index, contents, wanted, anchor(previous), source.start, passive);
      if ((containers[earlier] as number) >= 0 || anchor(previous) >= source.start) {
        if (far) break;
        continue;
      }
      weighed = true;
      const last = previous.content[previous.content.length - 1];
      const previousEnd = Math.max(anchor(previous), last?.start ?? 0);
      // a person the narration turned to after that attribution: its subject
      // far back, only the sentence right before the pronoun's is read: older subjects are
      // coreference's to weigh
      const after = far
        ? Math.max(index.sentenceIndexAt(previousEnd), opening - 2)
        : index.sentenceIndexAt(previousEnd);
      const runSpeaker = resolutions[earlier]?.speaker;
      const subject = subjectInBetween(
        index,
        contents,
        wanted,
        after,
        source,
        typeof current === 'string' ? current : undefined,
        typeof runSpeaker === 'string' ? runSpeaker : undefined,
      );
      if (subject === DESCRIBED) {
        resolutions[position] = { speaker: null, anonymous: false };
        break;
      }
      if (subject !== null) {
        if (subject.id !== current) resolutions[position] = { speaker: subject.id, anonymous: false };
        break;
      }
      if (far) break;
      const speaker = resolutions[earlier]?.speaker;
      // "The band's spokesman said …. “…,” he said": the same unnamed person, not a man the words name
      if (
        speaker === null &&
        previous.source !== null &&
        opening - index.sentenceIndexAt(anchor(previous)) <= 1 &&
        describesOnePerson(index, previous.source, wanted)
      ) {
        if (
          typeof current !== 'string' ||
          !namedOutsideQuotes(index, contents, current, index.sentenceAt(anchor(previous)).end, source.start)
        )
          resolutions[position] = resolutions[earlier] ?? null;
        break;
      }
      if (typeof speaker !== 'string') continue;
      const entity = entities.get(speaker);
      if (entity === undefined || entity.type !== 'PERSON') continue;
      const gender = entityGender(text, entity);
      if (gender !== undefined && gender !== wanted) continue;
      if (speaker === current) break;
      // coreference's choice named after that attribution's sentence, outside quotations, stands; a
      // person named in that sentence is what it reports, even where its content was cut short
      // ("Hodgson claims ‘generous’ owner Varga will pay. “…,” he said": Hodgson)
      const from = Math.max(previous.source?.end ?? anchor(previous), index.sentenceAt(anchor(previous)).end);
      // unless the quotations on both sides are that earlier speaker's: the pronoun sits inside their
      // run of quotations ("“…,” Vos said. The win lifted Berg's side to third. “…,” he told
      // reporters. Vos added: …" → Vos)
      if (
        typeof current === 'string' &&
        !passive.has(current) &&
        namedOutsideQuotes(index, contents, current, from, source.start) &&
        !nextSpeakerIs(index, sorted, containers, resolutions, position, speaker)
      )
        break;
      resolutions[position] = { speaker, anonymous: false };
      break;
    }
    // no attribution before within reach: the person who agrees and is the subject of the sentence
    // right before the quotation is who the narration turned to ("The Herald's Mark Dunn called the
    // quiz “tired”. “…,” he wrote." → Dunn, not a man that sentence's neighbour named)
    if (!weighed) {
      const subject = subjectInBetween(
        index,
        contents,
        wanted,
        opening - 2,
        source,
        typeof current === 'string' ? current : undefined,
      );
      if (subject === DESCRIBED) resolutions[position] = { speaker: null, anonymous: false };
      else if (subject !== null && subject.id !== current)
        resolutions[position] = { speaker: subject.id, anonymous: false };
    }
  }
}

/**
 * The one person who agrees and is named, outside contents, as the subject of a clause in `bounds`
 * before `before`; null when there is none or more than one.
 */
function subjectBefore(
  index: DocumentIndex,
  contents: ContentIndex,
  wanted: 'm' | 'f',
  bounds: Sentence,
  before: number,
): Entity | null {
  let found: Entity | null = null;
  for (const mention of index.mentionsInside({ start: bounds.start, end: before })) {
    if (mention.kind !== 'name' || mention.entity.type !== 'PERSON' || mention.entity === found) continue;
    if (contents.holding(mention.start, mention.end).length > 0) continue;
    if (insideQuotationMarks(index.text, bounds.start, mention.start)) continue;
    const gender = entityGender(index.text, mention.entity);
    if (gender !== undefined && gender !== wanted) continue;
    const [first, end] = index.tokenRange(mention);
    for (let position = first; position < end; position += 1) {
      const token = titledName(index, first, index.tokens[position] as Token);
      if (token.head >= first && token.head < end) continue;
      if (token.dep !== 'nsubj') break;
      if (found !== null) return null;
      found = mention.entity;
      break;
    }
  }
  return found;
}

/**
 * Whether the next top-level attribution after the one at `position`, within REACH sentences of it,
 * is given to `speaker`.
 */
function nextSpeakerIs(
  index: DocumentIndex,
  sorted: readonly AttributionCandidate[],
  containers: readonly number[] | Int32Array,
  resolutions: readonly (SourceResolution | null)[],
  position: number,
  speaker: string,
): boolean {
  const here = sorted[position] as AttributionCandidate;
  const sentence = index.sentenceIndexAt(anchor(here));
  for (let later = position + 1; later < sorted.length; later += 1) {
    if ((containers[later] as number) >= 0) continue;
    const next = sorted[later] as AttributionCandidate;
    if (index.sentenceIndexAt(anchor(next)) - sentence > REACH) return false;
    if (anchor(next) <= anchor(here)) continue;
    return resolutions[later]?.speaker === speaker;
  }
  return false;
}

/**
 * "…," it added: an "it" source that coreference gave to an organisation named only inside the
 * quotations (“… the Acme faction has not released the children,” it added) takes the speaker of the
 * attribution just before it instead, the report or body that was quoted ("the report stated"), in
 * place, for top-level attributions. Only when that organisation is named nowhere outside contents
 * between the earlier attribution and the pronoun, and the earlier attribution lies in this sentence
 * or the one before.
 */
export function preferRecentThingSpeakers(
  index: DocumentIndex,
  sorted: readonly AttributionCandidate[],
  containers: readonly number[] | Int32Array,
  contents: ContentIndex,
  entities: ReadonlyMap<string, Entity>,
  resolutions: (SourceResolution | null)[],
): void {
  for (let position = 1; position < sorted.length; position += 1) {
    const candidate = sorted[position] as AttributionCandidate;
    const source = candidate.source;
    if (source === null || (containers[position] as number) >= 0) continue;
    if (index.text.slice(source.start, source.end).toLowerCase() !== 'it') continue;
    const current = resolutions[position]?.speaker;
    const chosen = typeof current === 'string' ? entities.get(current) : undefined;
    if (chosen === undefined || chosen.type === 'PERSON') continue;
    // the organisation is named inside this attribution's own words
    const own = candidate.content.some((piece) =>
      chosen.mentions.some((mention) => mention.start >= piece.start && mention.end <= piece.end),
    );
    if (!own) continue;
    let earlier = position - 1;
    while (earlier >= 0 && (containers[earlier] as number) >= 0) earlier -= 1;
    if (earlier < 0) continue;
    const previous = sorted[earlier] as AttributionCandidate;
    if (previous.source === null) continue;
    const opening = index.sentenceIndexAt(
      Math.min(source.start, candidate.content[0]?.start ?? source.start),
    );
    if (opening - index.sentenceIndexAt(anchor(previous)) > 1) continue;
    if (namedOutsideQuotes(index, contents, chosen.id, previous.source.start, source.start)) continue;
    const speaker = resolutions[earlier]?.speaker;
    const entity = typeof speaker === 'string' ? entities.get(speaker) : undefined;
    if (entity !== undefined && entity.type === 'PERSON') continue;
    resolutions[position] = resolutions[earlier] ?? { speaker: null, anonymous: false };
  }
}
