import {
  baseFormOf,
  lexicographerFileOf,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  synsetsOf,
} from '../../events/wordnet.js';
import type { Span, Token } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import type { DocumentIndex } from './document-index.js';
import type { SourceResolution } from './speaker.js';

/**
 * "“…,” the report stated. “…,” it added.": an "it" that speaks right after a document spoke is
 * that document, not the organisation last named (a document is no entity: its speaker is that of
 * the phrase that named it, often none). A document is a noun whose most frequent or second sense is
 * a communication or a piece of cognition in WordNet ("report", "statement", "letter", "memo",
 * "review", "inquiry", "poll"), the head of the earlier source: its last word before a comma, an
 * "of"/"by"/"from" phrase or a bracket ("A preliminary accident report", "the report by the
 * regulator").
 */

/** How many sentences back the document's attribution may lie. */
const REACH = 2;

const documentCache = new Map<string, boolean>();

export function documentNoun(word: string): boolean {
  const key = word.toLowerCase();
  const cached = documentCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'noun');
  const found =
    lemma !== null &&
    synsetsOf(lemma, 'noun')
      .slice(0, 2)
      .some((offset) => {
        const file = lexicographerFileOf(offset, 'noun');
        return file === NOUN_COMMUNICATION || file === NOUN_COGNITION;
      });
  if (documentCache.size >= 4096) documentCache.clear();
  documentCache.set(key, found);
  return found;
}

/** The head word of a source phrase, as far as the words tell it (see the module comment). */
function headWord(source: string): string {
  const phrase = source.split(/\s*[,(]|\s+(?:of|by|from|on|into|which|that)\s+/u)[0] ?? '';
  const words = phrase.trim().split(/\s+/u);
  return (words[words.length - 1] ?? '').replace(/[^\p{L}-]/gu, '');
}

/**
 * Whether the head word is a pronoun in the parse: "he" and "she" are letters' names in WordNet (a
 * communication), and "“…,” he added. … but it has pledged …" is no document speaking again.
 */
function pronounHead(index: DocumentIndex, source: Span, head: string): boolean {
  const [first, end] = index.tokenRange(source);
  for (let position = first; position < end; position += 1)
    if (index.tokenText(position) === head) return index.tokens[position]?.pos === 'PRON';
  return false;
}

/** Gives each such "it" the resolution of the document's attribution. */
export function resolveDocumentPronouns(
  index: DocumentIndex,
  sorted: readonly AttributionCandidate[],
  resolutions: (SourceResolution | null)[],
): void {
  const text = index.text;
  for (let position = 1; position < sorted.length; position += 1) {
    const candidate = sorted[position] as AttributionCandidate;
    const source = candidate.source;
    if (source === null || candidate.cue === null) continue;
    if (!/^it$/iu.test(text.slice(source.start, source.end))) continue;
    const here = index.sentenceIndexAt(candidate.cue.start);
    for (let earlier = position - 1; earlier >= 0; earlier -= 1) {
      const before = sorted[earlier] as AttributionCandidate;
      if (before.cue === null || here - index.sentenceIndexAt(before.cue.start) > REACH) break;
      if (before.source === null) continue;
      const phrase = text.slice(before.source.start, before.source.end);
      if (/^it$/iu.test(phrase)) continue;
      if (/^\p{Ll}/u.test(phrase) || /^(?:the|a|an|this|that|its|their|his|her)\s/iu.test(phrase)) {
        const head = headWord(phrase);
        if (/^\p{Ll}+$/u.test(head) && !pronounHead(index, before.source, head) && documentNoun(head))
          resolutions[position] = resolutions[earlier] ?? null;
      }
      break;
    }
  }
}

/** How many sentences back the first mention of a document taken up by "the …" may lie. */
const ANTECEDENT_REACH = 6;

/** A definite description of a document: "the statement", "The survey", "the annual report". */
const DEFINITE_DOCUMENT = /^the\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+$/iu;

/**
 * The lemma of a document noun heading a source, or null: the head word as `headWord` reads it, a
 * lower-case noun that is no pronoun and whose first senses are a communication or a cognition.
 */
function documentLemma(index: DocumentIndex, source: Span, phrase: string): string | null {
  const head = headWord(phrase);
  if (!/^\p{Ll}+$/u.test(head) || pronounHead(index, source, head) || !documentNoun(head)) return null;
  return baseFormOf(head, 'noun');
}

/**
 * Whether the words introduce the document as the speaker's channel: "in a statement", "in its
 * annual report", "through a letter" (an indefinite or possessive article: "responding to the report"
 * is someone else's document).
 */
function introducesDocument(words: string, lemma: string): boolean {
  const channel = channelPattern(lemma);
  return channel !== null && channel.test(words);
}

/** Whether a cue holds the document noun as its object: "issued a statement", "sent a letter". */
function cueHoldsDocument(index: DocumentIndex, cue: Span, lemma: string): boolean {
  const [first, end] = index.tokenRange(cue);
  for (let position = first; position < end; position += 1) {
    const token = index.tokens[position] as Token;
    if (token.pos !== 'NOUN' || token.dep !== 'obj' || token.head < first || token.head >= end) continue;
    const word = index.tokenText(position).toLowerCase();
    if (word === lemma || baseFormOf(word, 'noun') === lemma) return true;
  }
  return false;
}

/** Compiled once per document noun (and per thread), not once per source; null for no plain word. */
const channelPatterns = new Map<string, RegExp | null>();

function channelPattern(lemma: string): RegExp | null {
  const known = channelPatterns.get(lemma);
  if (known !== undefined) return known;
  let channel: RegExp | null = null;
  if (/^\p{Ll}+$/u.test(lemma)) {
    const plural = lemma.endsWith('y') ? `${lemma.slice(0, -1)}ies` : `${lemma}(?:s|es)`;
    // up to two modifiers between the article and the noun, none a word that opens a clause or a
    // phrase of its own ("in a bid to report")
    channel = new RegExp(
      `\\b(?:in|through|via)\\s+(?:a|an|its|their|his|her)\\s+(?:(?!(?:to|of|for|that|which|and|with)\\s)[\\p{L}-]+\\s+){0,2}?(?:${lemma}|${plural})(?![\\p{L}-])`,
      'iu',
    );
  }
  if (channelPatterns.size >= 4096) channelPatterns.clear();
  channelPatterns.set(lemma, channel);
  return channel;
}

/** The ORG or PERSON a name mention covering the token names, or null. */
function namedAt(index: DocumentIndex, position: number): string | null {
  const token = index.tokens[position];
  if (token === undefined) return null;
  const mention = index.mentionCovering(token.start, token.end);
  if (mention === null || mention.kind !== 'name') return null;
  return mention.entity.type === 'ORG' || mention.entity.type === 'PERSON' ? mention.entity.id : null;
}

/** Whether a token has a "by" or "from" case marker among its dependents. */
function markedByOrFrom(index: DocumentIndex, position: number, children: readonly number[][]): boolean {
  return (children[position] ?? []).some(
    (child) => index.tokens[child]?.dep === 'case' && /^(?:by|from)$/iu.test(index.tokenText(child)),
  );
}

/**
 * Verbs whose subject makes or sends out the document that is their object: "The mayor issued a
 * statement", "Acme filed a complaint", "the Velmark Institute published a study". Verbs by which
 * someone takes up a document another wrote ("quoted a report", "obtained a letter", "criticised
 * the study", "leaked a memo") are not among them.
 */
const ISSUING_VERBS: ReadonlySet<string> = new Set([
  'issue',
  'release',
  'publish',
  'send',
  'write',
  'pen',
  'draft',
  'author',
  'file',
  'lodge',
  'submit',
  'sign',
  'deliver',
  'produce',
  'prepare',
  'compile',
  'present',
  'post',
  'circulate',
  'table',
  'unveil',
]);

/**
 * The subject of the verb that issued a document noun at `noun` on the parse: "The mayor issued a
 * statement" (its object), "a statement was issued by the council" (the passive's agent), "The mayor
 * met residents and issued a statement" (a coordinated verb's subject is the first verb's). Only a
 * name or a mention the text resolved ("the mayor" as Dana Whit's) counts; -1 when there is none.
 */
function issuingSubject(index: DocumentIndex, noun: number, children: readonly number[][]): number {
  const token = index.tokens[noun] as Token;
  const verb = token.head;
  if (verb < 0) return -1;
  const verbToken = index.tokens[verb] as Token;
  if (verbToken.pos !== 'VERB' || !ISSUING_VERBS.has(verbToken.lemma.toLowerCase())) return -1;
  if (token.dep === 'nsubj:pass')
    return (children[verb] ?? []).find((child) => index.tokens[child]?.dep === 'obl:agent') ?? -1;
  if (token.dep !== 'obj') return -1;
  let holder = verb;
  // "… and issued a statement": the subject of the first verb of the coordination
  for (let step = 0; step < 4 && holder >= 0; step += 1) {
    const subject = (children[holder] ?? []).find((child) => index.tokens[child]?.dep === 'nsubj');
    if (subject !== undefined) return subject;
    if (index.tokens[holder]?.dep !== 'conj') return -1;
    holder = (index.tokens[holder] as Token).head;
  }
  return -1;
}

/** The ORG or PERSON the mention covering the token stands for: a name, a description or a pronoun coreference resolved. */
function mentionedAt(index: DocumentIndex, position: number): string | null {
  const token = index.tokens[position];
  if (token === undefined) return null;
  const mention = index.mentionCovering(token.start, token.end);
  if (mention === null) return null;
  return mention.entity.type === 'ORG' || mention.entity.type === 'PERSON' ? mention.entity.id : null;
}

/**
 * Who the parse says issued a document noun at `noun`: a named possessor or a name before it ("the
 * Harbour Trust's report", "a Lakeside Institute survey"), a name in a by/from phrase on it ("a
 * report by the Harbour Trust"), the agent of a participle on it ("a survey conducted by the
 * Lakeside Institute"), or the subject of a verb of issuing whose object it is ("The Velmark
 * Institute published a study"); null when the parse names none.
 */
function issuerOnParse(index: DocumentIndex, noun: number, children: readonly number[][]): string | null {
  const subject = issuingSubject(index, noun, children);
  if (subject >= 0) {
    const issuer = mentionedAt(index, subject);
    if (issuer !== null) return issuer;
  }
  for (const child of children[noun] ?? []) {
    const dep = index.tokens[child]?.dep ?? '';
    if (dep === 'nmod:poss' || dep === 'compound') {
      const named = namedAt(index, child);
      if (named !== null) return named;
    } else if (dep.startsWith('nmod') && markedByOrFrom(index, child, children)) {
      const named = namedAt(index, child);
      if (named !== null) return named;
    } else if (dep === 'acl') {
      for (const agent of children[child] ?? [])
        if ((index.tokens[agent]?.dep ?? '').startsWith('obl') && markedByOrFrom(index, agent, children)) {
          const named = namedAt(index, agent);
          if (named !== null) return named;
        }
    }
  }
  return null;
}

/**
 * The nearest noun with the document's lemma before the source's first token, no further back than
 * sentence `limit`; -1 when there is none.
 */
function earlierDocumentNoun(
  index: DocumentIndex,
  sourceFirst: number,
  limit: number,
  lemma: string,
): number {
  for (let position = sourceFirst - 1; position >= 0; position -= 1) {
    const token = index.tokens[position] as Token;
    if (index.sentenceIndexAt(token.start) < limit) return -1;
    if (token.pos !== 'NOUN') continue;
    const word = index.tokenText(position).toLowerCase();
    if (word === lemma || baseFormOf(word, 'noun') === lemma) return position;
  }
  return -1;
}

/**
 * "In a statement, the Harbour Trust said …. “…,” the statement said.", "A Lakeside Institute
 * survey found …. The survey also showed …": a definite document source that the source phrases
 * leave unresolved takes up the document an earlier attribution named — as its source ("A Lakeside
 * Institute survey") or as the channel its sentence gives it around the cue ("said in a statement",
 * "In its annual report, the Trust said") — and is issued by that attribution's speaker. The
 * nearest earlier attribution naming the document decides, within a few sentences; one that is
 * unresolved itself, or anonymous, gives nothing.
 */
export function resolveDocumentAntecedents(
  index: DocumentIndex,
  sorted: readonly AttributionCandidate[],
  resolutions: (SourceResolution | null)[],
): void {
  const text = index.text;
  let children: number[][] | undefined;
  for (let position = 0; position < sorted.length; position += 1) {
    const candidate = sorted[position] as AttributionCandidate;
    const source = candidate.source;
    if (source === null || candidate.cue === null) continue;
    const own = resolutions[position];
    if (own !== null && own !== undefined && (own.speaker !== null || own.anonymous)) continue;
    const phrase = text.slice(source.start, source.end).trim();
    if (!DEFINITE_DOCUMENT.test(phrase)) continue;
    const lemma = documentLemma(index, source, phrase);
    if (lemma === null) continue;
    const here = index.sentenceIndexAt(candidate.cue.start);
    let taken = false;
    for (let earlier = position - 1; earlier >= 0; earlier -= 1) {
      const before = sorted[earlier] as AttributionCandidate;
      if (before.cue === null) continue;
      if (here - index.sentenceIndexAt(before.cue.start) > ANTECEDENT_REACH) break;
      const sentence = index.sentenceAt(before.cue.start);
      const named =
        (before.source !== null &&
          documentLemma(index, before.source, text.slice(before.source.start, before.source.end)) ===
            lemma) ||
        introducesDocument(text.slice(sentence.start, Math.min(sentence.end, before.cue.end + 40)), lemma) ||
        // "The mayor issued a statement: “…”" with the document inside the cue
        cueHoldsDocument(index, before.cue, lemma);
      if (!named) {
        // another document issued by someone in between ("The report by X …. A study by Y
        // suggested …. …, said the report"): which one is meant is not clear
        const other =
          before.source === null
            ? null
            : documentLemma(index, before.source, text.slice(before.source.start, before.source.end));
        const otherResolution = resolutions[earlier];
        if (
          other !== null &&
          otherResolution !== null &&
          otherResolution !== undefined &&
          otherResolution.speaker !== null
        )
          break;
        continue;
      }
      const resolution = resolutions[earlier];
      if (
        resolution !== null &&
        resolution !== undefined &&
        resolution.speaker !== null &&
        !resolution.anonymous
      ) {
        resolutions[position] = resolution;
        taken = true;
      }
      break;
    }
    if (taken) continue;
    // "A survey conducted by the Lakeside Institute has revealed …. The survey found …": the nearest
    // earlier mention of the document, whose issuer the parse names
    children ??= dependents(index);
    const noun = earlierDocumentNoun(
      index,
      index.tokenAtOrAfter(source.start),
      here - ANTECEDENT_REACH,
      lemma,
    );
    const issuer = noun < 0 ? null : issuerOnParse(index, noun, children);
    // (not past another issued document in between: "The report by X found …. A study by Y
    // suggested …. …, said the report" may mean either)
    if (issuer !== null && !otherIssuedDocument(index, noun, index.tokenAtOrAfter(source.start), children))
      resolutions[position] = { speaker: issuer, anonymous: false };
  }
}

/** Whether a document noun other than the one at `from`, with an issuer on the parse, lies between `from` and `to`. */
function otherIssuedDocument(
  index: DocumentIndex,
  from: number,
  to: number,
  children: readonly number[][],
): boolean {
  for (let position = from + 1; position < to; position += 1) {
    const token = index.tokens[position] as Token;
    if (token.pos !== 'NOUN') continue;
    const word = index.tokenText(position).toLowerCase();
    if (!/^\p{Ll}+$/u.test(word) || !documentNoun(word)) continue;
    if (issuerOnParse(index, position, children) !== null) return true;
  }
  return false;
}

/** Each token's dependents in the parse. */
function dependents(index: DocumentIndex): number[][] {
  const children: number[][] = index.tokens.map(() => []);
  index.tokens.forEach((token, position) => {
    if (token.head >= 0) children[token.head]?.push(position);
  });
  return children;
}
