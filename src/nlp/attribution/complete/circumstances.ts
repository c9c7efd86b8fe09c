import type { Span, TimeExpression } from '../../../model/index.js';
import { spansOverlap } from '../../../model/span.js';
import type { ContentIndex } from './content-index.js';
import type { DocumentIndex } from './document-index.js';
import { nounPhraseAfter } from './noun-phrase.js';

/**
 * Channel ("in a statement"), addressee ("told reporters") and time ("on Tuesday") of each
 * attribution. Each is looked for in the attribution's frame: the sentence of its cue (inside the
 * quotation that holds it, for a nested one), less the contents of every attribution and its own
 * source. A phrase that lies in several frames of one sentence goes to the nearest cue.
 */

/** What the circumstance finder needs of an attribution. */
export interface FrameInput {
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly content: readonly Span[];
  /** Index of the attribution whose content holds this one's cue, or -1. */
  readonly container: number;
}

export interface FoundPhrase extends Span {
  readonly text: string;
}

export interface Circumstances {
  channel?: FoundPhrase;
  addressee?: FoundPhrase;
  /** TIMEX3 day value of when it was said. */
  time?: string;
}

interface Frame {
  readonly region: Span;
  readonly excluded: readonly Span[];
  readonly cue: Span;
}

function inFrame(frame: Frame, span: Span): boolean {
  if (span.start < frame.region.start || span.end > frame.region.end) return false;
  for (const excluded of frame.excluded) if (spansOverlap(excluded, span)) return false;
  return true;
}

function distance(cue: Span, span: Span): number {
  return span.start >= cue.end ? span.start - cue.end : span.end <= cue.start ? cue.start - span.end : 0;
}

const CHANNEL_NOUNS =
  '(?:statements?|remarks|comments|interviews?|speech(?:es)?|address|posts?|videos?(?:\\s+(?:message|address|statement))?|tweets?|letters?|press\\s+releases?|briefings?|broadcasts?|messages?|op-eds?|articles?|blog\\s+posts?|essays?|columns?|podcasts?|(?:court\\s+)?filings?|court\\s+documents|testimony|appearances?|announcements?|decrees?|communiqu[eé]s?|memos?|e-?mails?|notes?|submissions?|declarations?|reports?|documentar(?:y|ies)|press\\s+conference|news\\s+conference)';

/** "in a statement", "in televised remarks", "in a written statement", "in an interview". */
const IN_CHANNEL = new RegExp(
  `\\b(?:in|during)\\s+(?:(?:a|an|the|his|her|their|its|one|two|several|separate|recent)\\s+)?(?:[\\w’'-]+\\s+){0,3}?${CHANNEL_NOUNS}\\b`,
  'gi',
);

/** "in court", "in parliament". */
const IN_PLACE_CHANNEL = /\bin\s+(?:court|parliament|congress)\b/gi;

/** "on Telegram", "on state television", "on his official Telegram channel", "on air". */
const ON_CHANNEL =
  /\b[Oo]n\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?(?:Telegram(?:\s+channel)?|Twitter|X|Facebook|Instagram|TikTok|YouTube|Weibo|WeChat|VKontakte|VK|Truth\s+Social|LinkedIn|Threads|Bluesky|Mastodon|social\s+media|television|TV|radio|website|blog|podcast|account|air)\b/g;

/** "at a press conference", "at a rally", "at a news briefing". */
const AT_CHANNEL =
  /\bat\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,2}?(?:press\s+conference|news\s+conference|press\s+briefing|news\s+briefing|briefing|rally|summit|forum|hearing|ceremony|conference|meeting|event|gathering|session|convention)\b/gi;

/** "through a spokesman", "via his lawyer". */
const THROUGH_CHANNEL =
  /\b(?:via|through)\s+(?:a|an|his|her|their|its|the)\s+(?:spokes(?:man|woman|person)|lawyers?|attorneys?|representatives?|statement|post)\b/gi;

/** After a channel: "… carried by the official Belta news agency", "… with the BBC", "… on Telegram". */
const CHANNEL_EXTENSION =
  /^\s+(?:(?:carried|published|posted|released|broadcast|aired|issued|shared|quoted|reported|cited|run)\s+(?:by|on|in)|with|to|on|for)\s+/i;

/** A time word after "on" or "for": not a channel's extension. */
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the\s+(?:morning|afternoon|evening|night|weekend|day)|\d)/i;

/** Extensions after which the phrase names whom it was said to: "an interview with X", "a letter to X". */
const ADDRESSEE_EXTENSION = /^\s+(?:with|to)\s+/i;

/** "speaking to X media", "talking with reporters": whom it was said to. */
const SPEAKING_TO = /\b(?:speaking|talking)\s+(?:to|with)\s+/gi;

/** "writing in the Guardian", "writing on Facebook": the medium. */
const WRITING_IN = /\bwriting\s+(?:in|on|for)\s+/gi;

/** Words before a date that make it a limit, not the time of saying ("until May 22"). */
const LIMIT_BEFORE = /\b(?:until|till|since|by|from|before|after|between|through|to|of)\s+$/i;

interface PhraseCandidate extends Span {
  /** Where an addressee named inside the channel starts ("an interview with the BBC" → "the BBC"). */
  readonly addressee?: Span;
}

function sentenceChannels(index: DocumentIndex, sentence: Span): PhraseCandidate[] {
  const text = index.text;
  const slice = text.slice(sentence.start, sentence.end);
  const found: PhraseCandidate[] = [];
  for (const pattern of [IN_CHANNEL, IN_PLACE_CHANNEL, ON_CHANNEL, AT_CHANNEL, THROUGH_CHANNEL]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
      const start = sentence.start + match.index;
      let end = start + match[0].length;
      let addressee: Span | undefined;
      const extension = CHANNEL_EXTENSION.exec(text.slice(end, Math.min(sentence.end, end + 40)));
      const extended =
        extension === null ? '' : text.slice(end + extension[0].length, end + extension[0].length + 12);
      // "in court on Tuesday": a date is not part of the channel
      if (extension !== null && !TIME_WORD.test(extended)) {
        const phrase = nounPhraseAfter(index, end + extension[0].length, sentence.end);
        if (phrase !== null) {
          if (ADDRESSEE_EXTENSION.test(extension[0]) && pattern === IN_CHANNEL) addressee = phrase;
          end = phrase.end;
        }
      }
      found.push(addressee === undefined ? { start, end } : { start, end, addressee });
    }
  }
  WRITING_IN.lastIndex = 0;
  for (let match = WRITING_IN.exec(slice); match !== null; match = WRITING_IN.exec(slice)) {
    const start = sentence.start + match.index;
    const phrase = nounPhraseAfter(index, start + match[0].length, sentence.end);
    if (phrase !== null) found.push({ start, end: phrase.end });
  }
  // keep the longest of nested matches ("in a post on Telegram" over "on Telegram")
  found.sort((left, right) => left.start - right.start || right.end - left.end);
  const kept: PhraseCandidate[] = [];
  for (const candidate of found) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && candidate.start < previous.end) continue;
    kept.push(candidate);
  }
  return kept;
}

function sentenceAddressees(index: DocumentIndex, sentence: Span): Span[] {
  const slice = index.text.slice(sentence.start, sentence.end);
  const found: Span[] = [];
  SPEAKING_TO.lastIndex = 0;
  for (let match = SPEAKING_TO.exec(slice); match !== null; match = SPEAKING_TO.exec(slice)) {
    const phrase = nounPhraseAfter(index, sentence.start + match.index + match[0].length, sentence.end);
    if (phrase !== null) found.push(phrase);
  }
  return found;
}

const TOLD_CUE = /\b(?:told|tells|tell|telling)$/i;

function frameOf(
  index: DocumentIndex,
  inputs: readonly FrameInput[],
  contents: ContentIndex,
  position: number,
): Frame | null {
  const input = inputs[position] as FrameInput;
  if (input.cue === null) return null;
  const cue = input.cue;
  let region: Span = index.sentenceAt(cue.start);
  if (input.container >= 0) {
    // "X reported that four sources said …": the nested attribution's frame is inside X's content
    const holder = (inputs[input.container] as FrameInput).content.find(
      (span) => span.start <= cue.start && cue.end <= span.end,
    );
    if (holder !== undefined)
      region = { start: Math.max(region.start, holder.start), end: Math.min(region.end, holder.end) };
  }
  const excluded: Span[] = [];
  for (const span of contents.overlapping(region.start, region.end)) {
    if (span.start <= cue.start && cue.end <= span.end) continue;
    excluded.push(span);
  }
  if (input.source !== null) excluded.push(input.source);
  return { region, excluded, cue };
}

/** The calendar day of a TIMEX3 value (`2024-03-25` of `2024-03-25TEV`). */
const DAY_VALUE = /^\d{4}-\d\d-\d\d/;

/** The dates and times of the time stage inside a sentence (durations and sets say nothing of when). */
function timesIn(times: readonly TimeExpression[], sentence: Span): TimeExpression[] {
  return times.filter(
    (time) =>
      time.start >= sentence.start &&
      time.end <= sentence.end &&
      (time.type === 'DATE' || time.type === 'TIME') &&
      !time.value.startsWith('XXXX'),
  );
}

/**
 * Channel, addressee and time for every attribution (same order as `inputs`). The times
 * are the time stage's (src/nlp/times), already resolved; the time is the day (`2024-03-25`), the part of the day being a detail of
 * the time expression, not of the attribution.
 */
export function findCircumstances(
  index: DocumentIndex,
  inputs: readonly FrameInput[],
  contents: ContentIndex,
  times: readonly TimeExpression[],
): Circumstances[] {
  const result: Circumstances[] = inputs.map(() => ({}));
  const frames = inputs.map((_, position) => frameOf(index, inputs, contents, position));
  const timeSpans: (Span | undefined)[] = inputs.map(() => undefined);
  // attributions grouped by the sentence of their cue
  const bySentence = new Map<number, number[]>();
  frames.forEach((frame, position) => {
    if (frame === null) return;
    const sentence = index.sentenceIndexAt(frame.cue.start);
    const list = bySentence.get(sentence);
    if (list === undefined) bySentence.set(sentence, [position]);
    else list.push(position);
  });
  const owner = (members: readonly number[], span: Span): number => {
    let best = -1;
    let bestDistance = Infinity;
    for (const member of members) {
      const frame = frames[member] as Frame;
      if (!inFrame(frame, span)) continue;
      const gap = distance(frame.cue, span);
      if (gap < bestDistance) {
        best = member;
        bestDistance = gap;
      }
    }
    return best;
  };
  const nearer = (current: Span | undefined, cue: Span, span: Span): boolean =>
    current === undefined || distance(cue, span) < distance(cue, current);

  for (const [sentenceIndex, members] of bySentence) {
    const sentence = index.sentences[sentenceIndex] ?? { start: 0, end: index.text.length };
    for (const channel of sentenceChannels(index, sentence)) {
      const member = owner(members, channel);
      if (member < 0) continue;
      const circumstances = result[member] as Circumstances;
      const frame = frames[member] as Frame;
      if (!nearer(circumstances.channel, frame.cue, channel)) continue;
      circumstances.channel = { ...channel, text: index.text.slice(channel.start, channel.end) };
      if (channel.addressee !== undefined)
        circumstances.addressee = {
          ...channel.addressee,
          text: index.text.slice(channel.addressee.start, channel.addressee.end),
        };
    }
    for (const addressee of sentenceAddressees(index, sentence)) {
      const member = owner(members, addressee);
      if (member < 0) continue;
      const circumstances = result[member] as Circumstances;
      if (circumstances.addressee !== undefined) continue;
      circumstances.addressee = { ...addressee, text: index.text.slice(addressee.start, addressee.end) };
    }
    for (const time of timesIn(times, sentence)) {
      if (LIMIT_BEFORE.test(index.text.slice(Math.max(sentence.start, time.start - 12), time.start)))
        continue;
      const member = owner(members, time);
      if (member < 0) continue;
      if (!nearer(timeSpans[member], (frames[member] as Frame).cue, time)) continue;
      timeSpans[member] = time;
      (result[member] as Circumstances).time = DAY_VALUE.exec(time.value)?.[0] ?? time.value;
    }
  }
  // "told X": the object of the cue itself
  inputs.forEach((input, position) => {
    const cue = input.cue;
    const frame = frames[position];
    if (cue === null || frame === null || frame === undefined) return;
    if (!TOLD_CUE.test(index.text.slice(cue.start, cue.end))) return;
    let limit = frame.region.end;
    for (const span of frame.excluded) if (span.start >= cue.end && span.start < limit) limit = span.start;
    const phrase = nounPhraseAfter(index, cue.end, limit);
    if (phrase === null) return;
    (result[position] as Circumstances).addressee = {
      ...phrase,
      text: index.text.slice(phrase.start, phrase.end),
    };
  });
  return result;
}
