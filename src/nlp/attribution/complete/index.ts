import type {
  Attribution,
  Entity,
  Segments,
  Span,
  Stance,
  TextReference,
  TimeExpression,
} from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { findCircumstances, type Circumstances, type FoundPhrase } from './circumstances.js';
import { ContentIndex } from './content-index.js';
import { DocumentIndex } from './document-index.js';
import { hedgesOf } from './hedges.js';
import { addresseeEntity, findContainers, findOutlets, isOutletDescription, isReportCue } from './links.js';
import { resolvePairSources } from './both-of-them.js';
import { resolveDocumentAntecedents, resolveDocumentPronouns } from './document-sources.js';
import { nameLaterDescriptions, type NamedLaterMention } from './named-later.js';
import { findNarratedSpeakers } from './narrated-speakers.js';
import { preferRecentSpeakers, preferRecentThingSpeakers } from './recent-speaker.js';
import { resolveSource, withoutLeadingTime, type SourceResolution } from './speaker.js';
import { agentlessPassiveReport } from './agentless.js';
import { DependencyTree } from '../../grammar/index.js';
import { stanceOf } from './stance.js';
import { ABOUT_A_CLAIM, findVerificationNotes } from './verification.js';

/**
 * Attribution completion: candidates (cue, source, content) from the span finder become contract
 * attributions with speaker, parent, channel, addressee, time, anonymity, stance, hedges and
 * verification. The steps, in order (each reads what the ones before it set):
 *
 *  1. order the candidates by cue (or content) and give ids a1, a2, …;
 *  2. nesting: the attribution whose content holds another's cue is its parent;
 *  3. speakers, outermost first (inside Smith's quotation "he" is not Smith); a candidate that
 *     continues another takes its speaker and parent;
 *  4. channel, addressee and time from the frame around each cue;
 *  5. an addressee that is the outlet of a recent report ("One person told the agency") makes that
 *     report the parent;
 *  6. stance and hedges;
 *  7. verification notes ("X could not immediately confirm the report") to the attribution they are about.
 *
 * Conventions of the output:
 * - `speaker`: an entity id; an array for coordinated sources ("Norway and Chile"); null for
 *   anonymous and unresolved sources. A cue without a source coordinated with the cue before it
 *   ("rejected … and suggested …") shares its speaker.
 * - `anonymous`: present (true) only for unnamed sources: source nouns ("sources", "people",
 *   "officials", "a person") with any determiner, role nouns ("a minister", "two spokesmen") when
 *   indefinite, counted or a bare plural; a nationality or organisation before the noun does not
 *   name the source ("a Turkish official", "Kremlin sources"). "The head of the FSB" is identified
 *   by the role: unresolved, not anonymous.
 * - `channel.text`: the phrase with its preposition ("in a statement", "on Telegram", "in remarks
 *   carried by the official X news agency", "at a press conference"); `entity`: the organisation
 *   named in it.
 * - `addressee`: the object of "told"; "speaking to X media" gives an addressee, not a channel;
 *   "in an interview with X" gives both (channel "in an interview with X", addressee X).
 *   `entity`: the entity named, or, for "the agency", the outlet of the recent report.
 * - `time`: the calendar day it was said (`2024-03-25`, a part of the day left to the time
 *   expression itself), only from the clause of the cue, never from the content; days are past
 *   (on or before the reference date).
 * - `stance`: always set (`assert` by default). `hedges`: present when non-empty, words as written.
 * - `verification`: `{text: the whole sentence, status: "unconfirmed" | "confirmed"}`.
 */

/** A first-person source: "I", "We", "we both". */
const FIRST_PERSON = /^(?:I|we|We)(?:\s+(?:both|all))?$/;

/** How far back (in sentences) an addressee or a verification note may point. */
const ADDRESSEE_REACH = 5;
const VERIFICATION_REACH = 6;

function anchorOf(candidate: AttributionCandidate): number {
  return candidate.cue?.start ?? candidate.content[0]?.start ?? candidate.source?.start ?? 0;
}

/** Between a content and a coordinated cue: "… and suggested", ", but later said", "and has also said". */
const COORDINATED_CUE_GAP = /^[\s,;]*(?:and|but|while|before|then)\s+(?:[A-Za-z]+\s+){0,2}$/;

/** The earlier attribution of the same sentence whose subject a source-less cue shares, or -1. */
function sharedSubjectOf(
  index: DocumentIndex,
  sorted: readonly AttributionCandidate[],
  position: number,
): number {
  const cue = (sorted[position] as AttributionCandidate).cue as Span;
  const sentence = index.sentenceIndexAt(cue.start);
  for (let earlier = position - 1; earlier >= 0; earlier -= 1) {
    const candidate = sorted[earlier] as AttributionCandidate;
    if (candidate.cue === null || index.sentenceIndexAt(candidate.cue.start) !== sentence) return -1;
    if (candidate.source === null) continue;
    const last = candidate.content[candidate.content.length - 1];
    const from = last === undefined ? candidate.cue.end : Math.max(last.end, candidate.cue.end);
    if (from > cue.start) continue;
    return COORDINATED_CUE_GAP.test(index.text.slice(from, cue.start)) ? earlier : -1;
  }
  return -1;
}

/** The head noun of a definite source ("The sources", "the two officials") in its singular, or null. */
function definiteHead(source: string): string | null {
  const match = /^(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?([a-z]+)$/i.exec(source.trim());
  return match === null ? null : singular((match[1] as string).toLowerCase());
}

function singular(word: string): string {
  if (word === 'people') return 'person';
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Whether a source's words hold the noun: "four sources close to the Kremlin" holds "source". */
function sameNoun(noun: string, source: string): boolean {
  for (const word of source.toLowerCase().split(/[^a-z]+/)) if (singular(word) === noun) return true;
  return false;
}

/** Parents set by different rules could in theory close a loop; cut any so every chain ends. */
function breakParentCycles(parents: Int32Array): void {
  const state = new Uint8Array(parents.length); // 0 unseen, 1 on the current chain, 2 done
  for (let start = 0; start < parents.length; start += 1) {
    const chain: number[] = [];
    let position = start;
    while (position >= 0 && state[position] === 0) {
      state[position] = 1;
      chain.push(position);
      position = parents[position] as number;
    }
    if (position >= 0 && state[position] === 1) parents[chain[chain.length - 1] as number] = -1;
    for (const member of chain) state[member] = 2;
  }
}

/** Index of the last value below `limit` in an ascending array, or -1. */
function lastBefore(values: Int32Array, limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function channelEntity(index: DocumentIndex, phrase: Span): string | undefined {
  // the organisation the channel names: "remarks carried by the official Belta news agency" → Belta
  for (const mention of index.mentionsInside(phrase))
    if (mention.entity.type === 'ORG') return mention.entity.id;
  const [first, end] = index.tokenRange(phrase);
  const last = end > first ? index.tokens[end - 1] : undefined;
  const covering = last === undefined ? null : index.mentionCovering(last.start, last.end);
  return covering !== null && covering.entity.type === 'ORG' ? covering.entity.id : undefined;
}

function reference(phrase: FoundPhrase, entity: string | undefined): TextReference {
  return entity === undefined ? { text: phrase.text } : { text: phrase.text, entity };
}

export function completeAttributions(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  candidates: readonly AttributionCandidate[],
  /** The time stage's expressions (src/nlp/times): "said on Monday" takes its day from them. */
  times: readonly TimeExpression[],
  /** Filled with the descriptions resolved to a name given later, as mentions (`nameLaterDescriptions`). */
  namedLater?: NamedLaterMention[],
): Attribution[] {
  if (candidates.length === 0) return [];
  const index = new DocumentIndex(text, segments, entities);

  // 1. text order; `continues` indices are remapped to the new order. A candidate without content
  // says nothing and is left out (the contract requires content).
  const order = candidates
    .map((_, position) => position)
    .filter((position) => (candidates[position] as AttributionCandidate).content.length > 0)
    .sort((left, right) => {
      const a = candidates[left] as AttributionCandidate;
      const b = candidates[right] as AttributionCandidate;
      return anchorOf(a) - anchorOf(b) || (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0);
    });
  const newPosition = new Int32Array(candidates.length).fill(-1);
  order.forEach((original, position) => (newPosition[original] = position));
  const sorted = order.map((original) => candidates[original] as AttributionCandidate);
  const count = sorted.length;
  if (count === 0) return [];
  const continues = sorted.map((candidate, own) => {
    const target = candidate.continues;
    if (target === undefined || !Number.isInteger(target) || target < 0 || target >= candidates.length)
      return -1;
    const position = newPosition[target] as number;
    return position === own ? -1 : position;
  });

  // 2. nesting
  const contents = new ContentIndex(sorted);
  const containers = findContainers(sorted, contents);
  const parents = new Int32Array(containers);

  // 3. speakers, by nesting depth so a holder's speaker is known before its quotations'
  const depths = new Int32Array(count);
  for (let position = 0; position < count; position += 1)
    for (let holder = containers[position] as number; holder >= 0; holder = containers[holder] as number)
      depths[position] = (depths[position] as number) + 1;
  const byDepth = sorted
    .map((_, position) => position)
    .sort((left, right) => (depths[left] as number) - (depths[right] as number) || left - right);
  const resolutions: (SourceResolution | null)[] = new Array<SourceResolution | null>(count).fill(null);
  for (const position of byDepth) {
    const candidate = sorted[position] as AttributionCandidate;
    if (candidate.source === null) continue;
    const exclude = new Set<string>();
    for (let holder = containers[position] as number; holder >= 0; holder = containers[holder] as number) {
      const speaker = resolutions[holder]?.speaker;
      if (typeof speaker === 'string') exclude.add(speaker);
    }
    // "On Friday the inspector general said": the speaker is read past the opening time phrase
    let resolution = resolveSource(index, withoutLeadingTime(index, candidate.source, times), exclude);
    // “I told him, ‘…’,” Berg said: inside a quotation, "I" and "we" are its speaker
    const holder = containers[position] as number;
    if (
      resolution.speaker === null &&
      holder >= 0 &&
      FIRST_PERSON.test(text.slice(candidate.source.start, candidate.source.end))
    )
      resolution = resolutions[holder] ?? resolution;
    resolutions[position] = resolution;
  }
  // "…," he said: the most recent speaker that agrees, not the most salient person
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  preferRecentSpeakers(index, sorted, containers, contents, entityById, resolutions);
  // "“… the Acme faction …,” it added": the report quoted just before, not the faction it names
  preferRecentThingSpeakers(index, sorted, containers, contents, entityById, resolutions);
  // "A spokeswoman declined to comment. Later, museum spokeswoman Dalia Ferro said …": named next
  const laterMentions = nameLaterDescriptions(index, sorted, containers, entityById, resolutions);
  namedLater?.push(...laterMentions);
  // "Oskar Lind met Pavel Drach … Both men said …": the two people just named
  resolvePairSources(index, sorted, contents, resolutions);
  // "In a statement, the Trust said …. “…,” the statement said.": the document's issuer
  resolveDocumentAntecedents(index, sorted, resolutions);
  // "“…,” the report stated. “…,” it added.": the document, not the last organisation named
  resolveDocumentPronouns(index, sorted, resolutions);
  // "“…” That was the verdict of X.", "X was less happy. “…”": the speaker the narration names
  const narrated = findNarratedSpeakers(index, sorted, continues);
  for (const [position, resolution] of narrated) resolutions[position] = resolution;
  // continuing quotations take the speaker (and parent) of what they continue, in text order
  for (let position = 0; position < count; position += 1) {
    const continued = continues[position] as number;
    if (continued < 0 || continued === position || narrated.has(position)) continue;
    if ((sorted[position] as AttributionCandidate).source === null)
      resolutions[position] = resolutions[continued] ?? null;
    if (parents[position] === -1) parents[position] = parents[continued] ?? -1;
  }
  // "Ukraine has rejected the claims and suggested …": a cue without a source, coordinated with the
  // cue before it in the sentence, shares that cue's subject
  for (let position = 1; position < count; position += 1) {
    const candidate = sorted[position] as AttributionCandidate;
    if (candidate.source !== null || candidate.cue === null || resolutions[position] !== null) continue;
    const previous = sharedSubjectOf(index, sorted, position);
    if (previous < 0) continue;
    resolutions[position] = resolutions[previous] ?? null;
    if (parents[position] === -1) parents[position] = parents[previous] ?? -1;
  }

  // 4. channel, addressee, time
  const circumstances: Circumstances[] = findCircumstances(
    index,
    sorted.map((candidate, position) => ({
      cue: candidate.cue,
      source: candidate.source,
      content: candidate.content,
      container: containers[position] as number,
    })),
    contents,
    times,
  );
  for (let position = 0; position < count; position += 1) {
    const continued = continues[position] as number;
    if (continued < 0 || (sorted[position] as AttributionCandidate).cue !== null) continue;
    const from = circumstances[continued] as Circumstances;
    const to = circumstances[position] as Circumstances;
    if (to.channel === undefined && from.channel !== undefined) to.channel = from.channel;
    if (to.addressee === undefined && from.addressee !== undefined) to.addressee = from.addressee;
    if (to.time === undefined && from.time !== undefined) to.time = from.time;
  }

  // 5. addressees that point back to a report ("One person told the agency …")
  const speakerOf = (position: number): string | readonly string[] | null =>
    resolutions[position]?.speaker ?? null;
  const reporters: string[] = [];
  sorted.forEach((candidate, position) => {
    const speaker = speakerOf(position);
    // "X reported": whoever reports is an outlet here ("according to X" is not enough: officials are cited too)
    const cue = candidate.cue;
    if (typeof speaker === 'string' && cue !== null && /\breport/i.test(text.slice(cue.start, cue.end)))
      reporters.push(speaker);
  });
  // built on first use: most documents have no addressee and no verification note
  let outletIds: Set<string> | null = null;
  const isOutlet = (id: string): boolean => (outletIds ??= findOutlets(index, entities, reporters)).has(id);
  const isReport = (position: number): boolean => {
    const speaker = speakerOf(position);
    return (
      isReportCue(text, (sorted[position] as AttributionCandidate).cue) ||
      (typeof speaker === 'string' && isOutlet(speaker))
    );
  };
  const sentenceOf = (position: number): number =>
    index.sentenceIndexAt(anchorOf(sorted[position] as AttributionCandidate));
  const addresseeIds: (string | undefined)[] = new Array<string | undefined>(count).fill(undefined);
  for (let position = 0; position < count; position += 1) {
    const addressee = (circumstances[position] as Circumstances).addressee;
    if (addressee === undefined) continue;
    const entity = addresseeEntity(index, addressee);
    let reportPosition = -1;
    const here = sentenceOf(position);
    for (let earlier = position - 1; earlier >= 0; earlier -= 1) {
      if (here - sentenceOf(earlier) > ADDRESSEE_REACH) break;
      const speaker = speakerOf(earlier);
      const sameEntity = entity !== null && speaker === entity.id;
      const described = entity === null && isOutletDescription(text, addressee) && isReport(earlier);
      if ((sameEntity && (isReport(earlier) || isOutlet(entity.id))) || described) {
        reportPosition = earlier;
        break;
      }
    }
    if (entity !== null) addresseeIds[position] = entity.id;
    else if (reportPosition >= 0) {
      const speaker = speakerOf(reportPosition);
      if (typeof speaker === 'string') addresseeIds[position] = speaker;
    }
    if (reportPosition >= 0 && parents[position] === -1) parents[position] = reportPosition;
  }

  // "The sources said …" after "X reported that four sources said …": the same anonymous sources,
  // reported inside the same report
  for (let position = 0; position < count; position += 1) {
    const source = (sorted[position] as AttributionCandidate).source;
    if (parents[position] !== -1 || resolutions[position]?.anonymous !== true || source === null) continue;
    const head = definiteHead(text.slice(source.start, source.end));
    if (head === null) continue;
    const here = sentenceOf(position);
    for (let earlier = position - 1; earlier >= 0; earlier -= 1) {
      if (here - sentenceOf(earlier) > ADDRESSEE_REACH) break;
      const earlierSource = (sorted[earlier] as AttributionCandidate).source;
      const parent = parents[earlier] as number;
      if (resolutions[earlier]?.anonymous !== true || earlierSource === null || parent < 0) continue;
      if (!sameNoun(head, text.slice(earlierSource.start, earlierSource.end))) continue;
      parents[position] = parent;
      break;
    }
  }
  breakParentCycles(parents);

  // 6. stance and hedges
  const stances: Stance[] = sorted.map((candidate) => stanceOf(text, candidate.cue, candidate.content));
  const hedges: string[][] = sorted.map((candidate) =>
    hedgesOf(index, candidate.source, candidate.cue, candidate.content),
  );

  // 7. verification notes
  const anchors = new Int32Array(count);
  for (let position = 0; position < count; position += 1)
    anchors[position] = anchorOf(sorted[position] as AttributionCandidate);
  const verifications: ({ text: string; status: string } | undefined)[] = new Array<
    { text: string; status: string } | undefined
  >(count).fill(undefined);
  for (const note of findVerificationNotes(index)) {
    // a note inside someone's words ("police said they could not confirm it") is their claim, not the writer's
    if (contents.holding(note.at, note.at + 1).length > 0) continue;
    const noteSentence = index.sentenceIndexAt(note.at);
    let target = -1;
    const aboutReport =
      note.object !== null && /^(?:report|reports|reporting|story|article)$/.test(note.object);
    for (let position = lastBefore(anchors, note.at); position >= 0; position -= 1) {
      const anchor = anchors[position] as number;
      const sentence = index.sentenceIndexAt(anchor);
      if (noteSentence - sentence > VERIFICATION_REACH) break;
      if (sentence === noteSentence) {
        // "…, the agency reported, a claim that could not be verified"
        target = position;
        break;
      }
      if (note.object === null || !ABOUT_A_CLAIM.has(note.object)) continue;
      if (aboutReport && !isReport(position)) continue;
      target = position;
      break;
    }
    if (target >= 0 && verifications[target] === undefined)
      verifications[target] = {
        text: text.slice(note.sentence.start, note.sentence.end),
        status: note.status,
      };
  }

  // 8. the contract items
  const tree = new DependencyTree(segments.tokens);
  const ids = sorted.map((_, position) => `a${position + 1}`);
  return sorted.map((candidate, position) => {
    const resolution = resolutions[position];
    const found = circumstances[position] as Circumstances;
    const parent = parents[position] as number;
    const attribution: {
      -readonly [key in keyof Attribution]: Attribution[key];
    } = {
      id: ids[position] as string,
      kind: candidate.kind,
      cue: candidate.cue,
      source: candidate.source,
      speaker: resolution?.speaker ?? null,
      content: candidate.content,
    };
    if (parent >= 0 && parent !== position) attribution.parent = ids[parent] as string;
    if (found.channel !== undefined)
      attribution.channel = reference(found.channel, channelEntity(index, found.channel));
    if (found.addressee !== undefined)
      attribution.addressee = reference(found.addressee, addresseeIds[position]);
    if (found.time !== undefined) attribution.time = found.time;
    if (
      resolution?.anonymous === true ||
      (attribution.speaker === null &&
        parent < 0 &&
        agentlessPassiveReport(segments, tree, candidate.cue, candidate.source))
    )
      attribution.anonymous = true;
    attribution.stance = stances[position] as Stance;
    const words = hedges[position] as string[];
    if (words.length > 0) attribution.hedges = words;
    const verification = verifications[position];
    if (verification !== undefined) attribution.verification = verification;
    return attribution;
  });
}
