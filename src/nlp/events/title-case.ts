import type { Entity, Segments } from '../../model/index.js';
import { inflectedVerb, lineAround, titleCase } from '../names/headline-verbs.js';
import { segment } from '../segment/segment.js';
import { loadSyntaxModel, parseSentence } from '../syntax/index.js';
import { withEventNouns } from './nominal-events.js';
import { phrasalVerb } from './phrasal.js';
import { recogniseEvents, type EventMention } from './recognise.js';
import { hasLemma, lemmaOf, taggedSenses, type WordNetPos } from './wordnet.js';

/**
 * Events of headlines in title case ("Storm Floods Harbour Town, Ferries Cancelled"): with every
 * word capitalised the tagger reads most of them as parts of names and marks few events. Such a
 * line is read again in sentence case: each capitalised word after the first of its sentence is
 * lower-cased unless the article uses it as a name elsewhere (capitalised in the middle of a
 * sentence outside title-case lines more often than in lower case), it is written in capitals
 * ("NATO"), or WordNet does not know it in lower case (an unknown word is likely a name). The
 * lowered line (same length, so the same offsets) is segmented, parsed and tagged on its own, and
 * its events, with the event nouns of nominal-events.ts, replace the line's.
 */

const WORD = /^\p{Lu}[\p{L}'’-]*$/u;
// Words of closed classes WordNet does not list (articles, prepositions, conjunctions, pronouns,
// auxiliaries): never a name by themselves, so always lower-cased after a sentence's first word
const CLOSED = new Set(
  (
    'a an the of to in into onto on at by for from with without within about above after against ' +
    'along amid among around as before behind below beneath beside besides between beyond but ' +
    'despite down during except inside near off out outside over past per since than through ' +
    'throughout till toward towards under until up upon via and or nor so yet if that though ' +
    'although because while whereas whether i me my he him his she her it its we us our they them ' +
    'their you your who whom whose which what this these those is are was were be been being am ' +
    'has have had do does did will would shall should can could may might must not no'
  ).split(' '),
);
const POS: readonly WordNetPos[] = ['noun', 'verb', 'adj'];

export interface LineWord {
  /** Offsets in the line. */
  readonly start: number;
  readonly end: number;
  /** Whether it starts its sentence. */
  readonly first: boolean;
  /** Whether the recogniser took it into a name. */
  readonly inName: boolean;
}

interface Line {
  readonly start: number;
  readonly end: number;
  /** In title case (else a headline in sentence case). */
  readonly titled: boolean;
}

/** The title-case lines holding whole sentences, in text order. */
function titleCaseLines(text: string, segments: Segments): Line[] {
  const lines: Line[] = [];
  const seen = new Set<number>();
  for (const sentence of segments.sentences) {
    const [start, end] = lineAround(text, sentence.start);
    if (seen.has(start)) continue;
    seen.add(start);
    const line = text.slice(start, end);
    if (titledHeadline(line)) lines.push({ start, end, titled: true });
    else if (unpunctuated(line)) lines.push({ start, end, titled: false });
  }
  return lines;
}

/**
 * Whether a line is a headline in title case (names/headline-verbs.ts); one that ends in a full stop
 * with a longer word in lower case is a sentence whose capitals are mostly names ("Rooney was born
 * on March 3, 1961, in Dover, Del.").
 */
export function titledHeadline(line: string): boolean {
  if (!titleCase(line)) return false;
  if (!/[.!?]["'’”]?\s*$/u.test(line)) return true;
  return (line.match(/\p{L}{4,}/gu) ?? []).every((word) => word[0] !== word[0]!.toLowerCase());
}

/**
 * Whether a line is a headline in sentence case: three words or more and no full stop, question or
 * exclamation mark, colon or semicolon at its end ("Ferry operator cancels crossings after storm").
 */
function unpunctuated(line: string): boolean {
  return !/[.!?:;,]["'’”)]*\s*$/u.test(line) && (line.match(/\p{L}+/gu) ?? []).length >= 3;
}

function inLines(lines: readonly Line[], offset: number): boolean {
  return lines.some((line) => offset >= line.start && offset < line.end);
}

export interface CaseCounts {
  /** Written with a capital first letter (names, or all in capitals). */
  readonly capitalised: ReadonlyMap<string, number>;
  /** Written all in capitals ("NATO"). */
  readonly capitals: ReadonlyMap<string, number>;
  readonly lower: ReadonlyMap<string, number>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** How each lower-cased word is written inside sentences (not first) outside the lines. */
function caseCounts(text: string, segments: Segments, lines: readonly Line[]): CaseCounts {
  const capitalised = new Map<string, number>();
  const capitals = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const sentence of segments.sentences) {
    if (inLines(lines, sentence.start)) continue;
    for (let index = sentence.firstToken + 1; index < sentence.endToken; index += 1) {
      const token = segments.tokens[index]!;
      const word = text.slice(token.start, token.end);
      const first = word[0]!;
      const key = word.toLowerCase();
      if (first !== first.toLowerCase()) {
        bump(capitalised, key);
        if (word.length > 1 && word === word.toUpperCase()) bump(capitals, key);
      } else if (first !== first.toUpperCase()) bump(lower, key);
    }
  }
  return { capitalised, capitals, lower };
}

/**
 * Whether WordNet knows the lower-cased word as a noun, verb or adjective (any inflection); with
 * `common`, only a word in common use (a sense tagged in WordNet's concordance: "checks", not
 * "arhat").
 */
function knownInLowerCase(word: string, common: boolean): boolean {
  return POS.some((pos) => {
    const lemma = lemmaOf(word, pos);
    return lemma !== null && (common ? taggedSenses(lemma, pos) > 0 : hasLemma(lemma, pos));
  });
}

function allCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Whether most of the line's words of two letters or more are written all in capitals. */
function inCapitals(line: string): boolean {
  const words = (line.match(/\p{L}+/gu) ?? []).filter((word) => word.length > 1);
  return words.length > 0 && words.filter(allCapitals).length >= 0.8 * words.length;
}

/**
 * The line in sentence case: each word decided as above. `words` are the line's tokens (offsets
 * in the line), with whether each starts a sentence.
 */
export function sentenceCase(line: string, words: readonly LineWord[], counts: CaseCounts): string {
  const capitalsLine = inCapitals(line);
  let result = line;
  for (const { start, end, first, inName } of words) {
    const word = line.slice(start, end);
    if (!WORD.test(word)) continue;
    const lowered = word.toLowerCase();
    if (lowered.length !== word.length) continue;
    const capitals = allCapitals(word);
    // an acronym in a line in title case
    if (capitals && !capitalsLine) continue;
    if (CLOSED.has(lowered)) {
      const cased = first ? lowered[0]!.toUpperCase() + lowered.slice(1) : lowered;
      if (cased !== word) result = result.slice(0, start) + cased + result.slice(end);
      continue;
    }
    const asName = counts.capitalised.get(lowered) ?? 0;
    const asWord = counts.lower.get(lowered) ?? 0;
    // a word the article does not use elsewhere: a name if WordNet lacks it, or if the recogniser
    // took it into a name and it is no word in common use
    const name = asName > asWord || (asName === 0 && asWord === 0 && !knownInLowerCase(lowered, inName));
    const initial = lowered[0]!.toUpperCase() + lowered.slice(1);
    let cased: string;
    if (name) {
      const asCapitals = counts.capitals.get(lowered) ?? 0;
      cased = capitals && asCapitals > 0 && asCapitals * 2 >= asName ? word : initial;
    } else cased = first ? initial : lowered;
    if (cased !== word) result = result.slice(0, start) + cased + result.slice(end);
  }
  return result;
}

/**
 * The line's segments with the parser's verb tags: the segmenter's tagger reads the verb of a
 * headline as a noun more often than the parser does ("checks", "escapes").
 */
function withParserVerbs(line: string, segments: Segments): Segments {
  const model = loadSyntaxModel();
  const tokens = [...segments.tokens];
  for (const sentence of segments.sentences) {
    const forms = tokens
      .slice(sentence.firstToken, sentence.endToken)
      .map((token) => line.slice(token.start, token.end));
    const parse = parseSentence(model, forms);
    forms.forEach((_, position) => {
      const index = sentence.firstToken + position;
      const tag = parse.pos[position];
      if ((tag === 'VERB' || tag === 'AUX') && tokens[index]!.pos !== tag)
        tokens[index] = { ...tokens[index]!, pos: tag };
    });
  }
  return { ...segments, tokens };
}

/** The end of the multiword verb a verb mention starts ("checks into", "checks out"), else the mention's. */
function phrasalEnd(line: string, segments: Segments, mention: EventMention): number {
  const tokens = segments.tokens;
  const index = tokens.findIndex((token) => token.start === mention.start);
  const token = tokens[index];
  if (token === undefined || token.end !== mention.end || token.pos !== 'VERB') return mention.end;
  const lemma = lemmaOf(line.slice(token.start, token.end).toLowerCase(), 'verb');
  if (lemma === null) return mention.end;
  const phrasal = phrasalVerb(tokens, index, lemma, (at) =>
    line.slice(tokens[at]!.start, tokens[at]!.end).toLowerCase(),
  );
  if (phrasal !== null) return tokens[phrasal.last]!.end;
  return particleEnd(line, tokens, index, lemma) ?? mention.end;
}

/**
 * The end of the particle or preposition right after a verb when WordNet lists the two as one verb
 * ("checks into", "runs away"): the parse of a headline often misses it.
 */
function particleEnd(line: string, tokens: Segments['tokens'], index: number, lemma: string): number | null {
  const next = tokens[index + 1];
  if (next === undefined || next.start !== tokens[index]!.end + 1) return null;
  if (next.pos !== 'ADP' && next.pos !== 'ADV' && next.pos !== 'PART') return null;
  return hasLemma(`${lemma}_${line.slice(next.start, next.end).toLowerCase()}`, 'verb') ? next.end : null;
}

const SUBJECT_END = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);

/**
 * The verbs of a headline the tagger and the parse read as plural nouns ("Harbour board sacks
 * director", "Mayor Ilse Brandt resigns, quits party"): in headline grammar the first inflected
 * verb form (-s or -ed, a WordNet verb whose lemma differs from the word) right after a noun or
 * name is the verb of its subject, and so is one right after a comma or "and" (a second clause
 * of the same subject); unless WordNet's concordance tags more senses of the word as a noun than
 * as a verb.
 */
export function headlineVerbs(line: string, segments: Segments): EventMention[] {
  const found: EventMention[] = [];
  const tokens = segments.tokens;
  let subjectVerb = false;
  tokens.forEach((token, index) => {
    if (index === 0) return;
    const word = line.slice(token.start, token.end);
    const previous = tokens[index - 1]!;
    const before = line.slice(previous.start, previous.end).toLowerCase();
    const afterSubject = !subjectVerb && SUBJECT_END.has(previous.pos);
    const afterComma = before === ',' || before === 'and';
    if (!afterSubject && !afterComma) return;
    if (!inflectedVerb(word)) return;
    const lemma = lemmaOf(word.toLowerCase(), 'verb')!;
    // a word more in use as a noun is read as one ("cops", "riots", "titles")
    const asVerb = taggedSenses(lemma, 'verb');
    const noun = lemmaOf(word.toLowerCase(), 'noun');
    if (asVerb === 0 || (noun !== null && taggedSenses(noun, 'noun') > asVerb)) return;
    if (afterSubject) subjectVerb = true;
    found.push({
      start: token.start,
      end: particleEnd(line, tokens, index, lemma) ?? token.end,
      eventClass: 'OCCURRENCE',
    });
  });
  return found;
}

/** The tagger's mentions with those of the title-case lines replaced by their sentence-case reading. */
export function withTitleCaseLines(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  mentions: readonly EventMention[],
): EventMention[] {
  const lines = titleCaseLines(text, segments);
  if (lines.length === 0) return [...mentions];
  const counts = caseCounts(text, segments, lines);
  const added: EventMention[] = [];
  for (const line of lines) {
    const names = entities.flatMap((entity) =>
      entity.mentions.filter(
        (mention) => mention.kind === 'name' && mention.start < line.end && mention.end > line.start,
      ),
    );
    const words: LineWord[] = [];
    for (const sentence of segments.sentences) {
      if (sentence.start < line.start || sentence.start >= line.end) continue;
      for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
        const token = segments.tokens[index]!;
        words.push({
          start: token.start - line.start,
          end: token.end - line.start,
          first: index === sentence.firstToken,
          inName: names.some((name) => name.start <= token.start && name.end >= token.end),
        });
      }
    }
    const original = text.slice(line.start, line.end);
    const cased = line.titled ? sentenceCase(original, words, counts) : original;
    const lineSegments = withParserVerbs(cased, segment(cased));
    const lineEntities = entities.map((entity) => ({
      ...entity,
      mentions: entity.mentions
        .filter((mention) => mention.start >= line.start && mention.end <= line.end)
        .map((mention) => ({ ...mention, start: mention.start - line.start, end: mention.end - line.start })),
    }));
    const tagged = withEventNouns(cased, lineSegments, lineEntities, recogniseEvents(cased, lineSegments));
    const found = [
      ...tagged,
      ...headlineVerbs(cased, lineSegments).filter(
        (verb) => !tagged.some((other) => other.start < verb.end && other.end > verb.start),
      ),
    ];
    for (const mention of found) {
      const end = phrasalEnd(cased, lineSegments, mention);
      added.push({ ...mention, start: mention.start + line.start, end: end + line.start });
    }
  }
  const kept = mentions.filter(
    (mention) =>
      !inLines(lines, mention.start) ||
      !added.some((other) => other.start < mention.end && other.end > mention.start),
  );
  return [...kept, ...added].sort((left, right) => left.start - right.start);
}
