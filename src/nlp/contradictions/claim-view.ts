import type { ClaimFrame, Quantity } from '../../model/index.js';
import { figureQuantity } from '../claims/find-claims.js';
import { NUMBER_WORDS } from '../events/find-events.js';
import { hasLemma, hasVerbFrame } from '../events/wordnet.js';

/**
 * A claim as the comparison sees it, in one document or across several: the parties and places
 * are keys that are equal when they name the same entity (entity ids inside one document, corpus
 * cluster ids across documents).
 */
export interface ClaimView {
  /** Unique among the views compared ("c3", or "2:c3" across documents). */
  readonly key: string;
  /** The attribution the claim belongs to, as the contradiction's sides list it. */
  readonly attribution: string;
  /** Who said it: equal for two claims of one speaker (anonymous sources are their own speaker). */
  readonly speaker: string;
  readonly topic: string;
  readonly frame: ClaimFrame;
  readonly polarity: 'pos' | 'neg';
  /** The parties (responsibility, participation), the place (destination) or the predicate's arguments. */
  readonly values: readonly string[];
  readonly exclusive: boolean;
  readonly quantity?: Quantity;
  /** When the claim was made (the attribution's time, else the article's date), for figures. */
  readonly time: string | null;
  /** The date of the article the claim is in (null when unknown), to order figures told the same day. */
  readonly published?: string | null;
  /** The content of a denial ("rejected allegations that …"). */
  readonly denial: boolean;
  /** Position for ordering sides (text order, documents in input order). */
  readonly order: number;
  /** For a cause ("what caused the blast"): the words that name it ("a gas leak"), to tell one account told twice. */
  readonly causeText?: string;
  /** For a figure: the one its source corrects in the same words ("14 hostages, not 12"), which it disputes whenever it was said. */
  readonly rejected?: number;
  /**
   * For a figure given as an upper bound by "almost" or "nearly" ("almost 120 million"): it is near
   * its bound, not anywhere under it, so the comparison reads it as within a fifth below it.
   */
  readonly nearUpper?: boolean;
  /** The verb or adjective the claim is under ("asked [to pay]", "tried [to flee]"), when there is one. */
  readonly modality?: string;
  /** The calendar date its deed is placed at ("in November" → 2025-11, "this year" → 2026), when there is one. */
  readonly when?: string;
  /** When its deed happened, as minutes since 1970 (from, to), when the claim's own words say it to the day or minute. */
  readonly happened?: DeedTime;
}

/** A deed's time: a day (from its first to its last minute), a clock time, or after or before one. */
export interface DeedTime {
  readonly from: number;
  readonly to: number;
  /** Placed to the minute ("at 11.40pm", "shortly after 1am"), not only to the day. */
  readonly clock: boolean;
  /** A clock time whose words name no day ("at 2am"): its day is only the resolver's guess. */
  readonly dayless?: boolean;
}

/** Words of a time expression that name its day ("on Tuesday", "14 May", "yesterday"). */
const NAMES_DAY =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yesterday|today|tomorrow|tonight)|\d{1,2}[/-]\d{1,2}/i;

const DAY = /^(\d{4}-\d{2}-\d{2})$/;
const CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const DAY_MINUTES = 1440;

interface Offsets {
  readonly start: number;
  readonly end: number;
}

interface TimexWords extends Offsets {
  readonly text: string;
}

/**
 * The `happened` field of a view: the claim's event placed at a day ("on 14 May") or a clock time
 * ("at 3pm", "shortly after 1am") by a time expression inside the claim's own clause (not a time
 * inherited from the report around it). Vague times (a month, "on Monday night", "before Tuesday")
 * give none.
 */
export function withHappened(
  time: unknown,
  clause: Offsets | undefined,
  timexes: ReadonlyMap<string, TimexWords>,
): { happened?: DeedTime } {
  if (typeof time !== 'object' || time === null || clause === undefined) return {};
  const { value, relation, timex } = time as { value?: unknown; relation?: unknown; timex?: unknown };
  if (typeof value !== 'string' || typeof timex !== 'string') return {};
  const where = timexes.get(timex);
  if (where === undefined || where.start < clause.start || where.end > clause.end) return {};
  const clock = CLOCK.exec(value);
  if (clock !== null) {
    const minute = Date.parse(`${clock[1]}T${clock[2]}:${clock[3]}:00Z`) / 60_000;
    if (Number.isNaN(minute)) return {};
    if (relation === 'at')
      return {
        happened: {
          from: minute,
          to: minute,
          clock: true,
          ...(NAMES_DAY.test(where.text) ? {} : { dayless: true }),
        },
      };
    if (relation === 'after')
      return { happened: { from: minute, to: Number.POSITIVE_INFINITY, clock: true } };
    if (relation === 'before')
      return { happened: { from: Number.NEGATIVE_INFINITY, to: minute, clock: true } };
    return {};
  }
  if (relation !== 'at' || !DAY.test(value)) return {};
  const day = Date.parse(`${value}T00:00:00Z`) / 60_000;
  return Number.isNaN(day) ? {} : { happened: { from: day, to: day + DAY_MINUTES - 1, clock: false } };
}

/** Clock times this close are one account told roughly ("about 2am", "2.20am"). */
const CLOCK_SLACK = 30;

/**
 * Whether two accounts of when a deed happened cannot both hold: different days, or clock times
 * more than half an hour apart. A day holds every clock time of that day ("on Monday" and "at 3pm
 * on Monday" agree).
 */
export function timesDisagree(left: DeedTime, right: DeedTime): boolean {
  const gap = Math.max(left.from, right.from) - Math.min(left.to, right.to);
  if (gap <= (left.clock || right.clock ? CLOCK_SLACK : 0)) return false;
  // "at 2am" in two articles of different days may be one night: such clock times compare by the hour
  if ((left.dayless === true || right.dayless === true) && left.from === left.to && right.from === right.to) {
    const apart = Math.abs(left.from - right.from) % DAY_MINUTES;
    return Math.min(apart, DAY_MINUTES - apart) > CLOCK_SLACK;
  }
  return true;
}

/**
 * "the collision happened at 11.40pm" / "shortly after 1am on Tuesday": besides its own topic, a
 * claim that asserts a deed and says when it happened answers "when did <deed> happen", keyed by
 * the deed's topic so that only accounts of the same deed compare.
 */
export function whenViews(views: readonly ClaimView[]): ClaimView[] {
  const extra: ClaimView[] = [];
  for (const view of views) {
    if (view.happened === undefined || view.polarity !== 'pos' || !assertsDeed(view)) continue;
    extra.push({ ...view, key: `${view.key}@when`, topic: `when did ${view.topic} happen`, values: [] });
  }
  return extra.length === 0 ? [...views] : [...views, ...extra];
}

export function isWhenTopic(topic: string): boolean {
  return topic.startsWith('when did ') && topic.endsWith(' happen');
}

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * The `when` field of a view: the time value of the claim's event, when the event is placed at a
 * calendar year, month or day ("at", not "before", "after" or "since").
 */
export function withWhen(time: unknown): { when?: string } {
  if (typeof time !== 'object' || time === null) return {};
  const { value, relation } = time as { value?: unknown; relation?: unknown };
  if (relation !== 'at' || typeof value !== 'string') return {};
  return CALENDAR.test(value) ? { when: value } : {};
}

/**
 * Whether two claims place their deeds at different times ("passed every inspection this year" and
 * "failed an inspection in November" of the year before): neither date holds the other.
 */
export function atOtherTimes(left: ClaimView, right: ClaimView): boolean {
  if (left.when === undefined || right.when === undefined) return false;
  return !left.when.startsWith(right.when) && !right.when.startsWith(left.when);
}

/**
 * Controllers that entail their complement ("managed to leave" says he left; "was forced to pay",
 * "continued to fire", "began to shell"): the implicative and aspectual verbs of Karttunen (1971),
 * and those that assert it or take it as fact.
 * Under any other ("was asked to pay", "wanted to leave", "tried to flee", "plans to sell") the deed
 * is not asserted, so such a claim is no side of a yes/no conflict (it may still name a rival value:
 * "tried to flee to Ukraine" against "fled toward Belarus").
 */
const ENTAILING = new Set([
  'manage',
  'force',
  'compel',
  'oblige',
  'make',
  'continue',
  'keep',
  'begin',
  'start',
  'resume',
  'proceed',
  'remember',
  'dare',
  'bother',
  'happen',
  // assertive and factive controllers: "denied organising" (the claim is already negated), "admitted
  // taking", "confirmed receiving", "claimed to have paid", "was found to have lied"
  'deny',
  'admit',
  'acknowledge',
  'confirm',
  'claim',
  'say',
  'state',
  'declare',
  'insist',
  'report',
  'find',
  'prove',
  'show',
  'know',
  'regret',
  // perception, causation and habit: "saw them fire", "got arrested", "helped rebuild", "let them
  // go", "used to work"
  'see',
  'hear',
  'watch',
  'get',
  'help',
  'let',
  'use',
]);

/** Controllers WordNet gives no infinitive frame that still leave the deed unrealised ("going to", "needs to"). */
const UNREALISING = new Set(['go', 'need', 'pledge', 'decide', 'consider']);

const controls = new Map<string, boolean>();

/**
 * Whether a claim asserts its deed: no controller, one that entails it, or a word that takes no
 * infinitive or gerund (a misread modifier: "troops from [neighbouring] Orsa crossed"). The
 * controllers that leave it unasserted take an infinitive in WordNet's verb frames ("Somebody ----s
 * to INFINITIVE", "Somebody ----s somebody to INFINITIVE", "Somebody ----s VERB-ing") or are
 * adjectives ("likely", "able", "willing").
 */
export function assertsDeed(view: ClaimView): boolean {
  const modality = view.modality;
  if (modality === undefined || ENTAILING.has(modality)) return true;
  let known = controls.get(modality);
  if (known === undefined) {
    known =
      UNREALISING.has(modality) ||
      hasLemma(modality, 'adj') ||
      [24, 28, 33].some((frame) => hasVerbFrame(modality, frame, 5));
    controls.set(modality, known);
  }
  return !known;
}

/** The `modality` field of a view, when the claim has one. */
export function withModality(modality: string | undefined): { modality?: string } {
  return modality === undefined ? {} : { modality };
}

/**
 * "40 of its fans had been arrested, not 23", "five inmates, not three, had escaped": the figure a
 * source's own words set aside, when the content holds exactly one ", not N" and a figure of the
 * claim's own is stated; null otherwise.
 */
export function rejectedFigure(content: string, figure: Quantity | undefined): number | null {
  if (figure === undefined) return null;
  const found = [...content.matchAll(REJECTED)];
  if (found.length !== 1) return null;
  const word = ((found[0] as RegExpMatchArray)[1] as string).toLowerCase().replace(/,/g, '');
  const value = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? null);
  if (value === null || value === figure.exact || value === figure.min || value === figure.max) return null;
  return value;
}

/** The `rejected` field of a view, when a figure is set aside. */
export function withRejected(rejected: number | null): { rejected?: number } {
  return rejected === null ? {} : { rejected };
}

const REJECTED = /,\s+not\s+(\d[\d,]*|[a-z]+)\b/giu;

// "almost 120 million", "nearly ten": the qualifier with its number and scale, read by `figureQuantity`
const NEAR_UPPER =
  /\b(?:almost|nearly)\s+(?:\d[\d,]*(?:\.\d+)?|[a-z]+)(?:\s+(?:thousand|million|billion))?\b/giu;

/**
 * Whether a figure read as "at most N" was told as "almost N" or "nearly N" in the claim's content
 * (the claim's quantity keeps the honest bound; only the comparison reads it as near N).
 */
export function nearUpperFigure(content: string, figure: Quantity | undefined): boolean {
  if (figure?.max === undefined || figure.min !== undefined || figure.exact !== undefined) return false;
  for (const found of content.matchAll(NEAR_UPPER))
    if (figureQuantity(found[0])?.max === figure.max) return true;
  return false;
}

/** The `nearUpper` field of a view. */
export function withNearUpper(near: boolean): { nearUpper?: boolean } {
  return near ? { nearUpper: true } : {};
}

/**
 * The key of a source no entity stands for: its words, when it is a named body rather than an
 * anonymous one ("Police" in two sentences are one speaker; "a witness" and "a witness" are not).
 */
export function unnamedSpeakerKey(sourceText: string | null, anonymous: boolean, fallback: string): string {
  if (sourceText === null || anonymous) return `anonymous:${fallback}`;
  const words = sourceText
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();
  return /^(?:a|an|one|some|two|three|several)\b/.test(sourceText.toLowerCase())
    ? `anonymous:${fallback}`
    : `source:${words}`;
}

/**
 * The values of a passive claim with no doer ("the vote was not rigged"): negated, it says nobody
 * did it, so it meets every party said to have done it; asserted, it names nobody.
 */
export const ANY_PARTY = '(anyone)';
export const SOME_PARTY = '(someone)';

/** The compared values of an agentless passive claim ("the wells were (not) contaminated"). */
export function agentlessValues(polarity: 'pos' | 'neg'): string[] {
  return [polarity === 'neg' ? ANY_PARTY : SOME_PARTY];
}

/**
 * "nobody in the crowd had thrown stones": a subject that names no one ("nobody", "no one", "none
 * of …") denies the deed of anyone, as a negated passive with no doer does ("nothing" is no party:
 * "nothing will get in the way of …" is no denial that a party did something).
 */
export function namesNobody(subjectText: string): boolean {
  return /^(?:nobody|no[- ]one|none)\b/iu.test(subjectText.trim());
}

/**
 * "rig(?, the vote)" (a passive with no doer, or a doer no one can name) asks what "rig(the ruling
 * party, the vote)" answers: a topic with an unknown subject joins the one topic of the same
 * predicate and object whose subject is known, when there is exactly one.
 */
export function unknownSubjectJoins(topics: Iterable<string>): Map<string, string> {
  const distinct = [...new Set(topics)];
  const target = new Map<string, string>();
  for (const topic of distinct) {
    const match = /^(.+)\(\?, (.+)\)$/.exec(topic);
    if (match === null) continue;
    const [, predicate, object] = match;
    // "contaminate(?, ?)" ("no contamination had occurred"): the one other topic of the predicate
    // with no doer and a thing done to ("contaminate(?, the sample)")
    if (object === '?') {
      const others = distinct.filter(
        (other) => other !== topic && other.startsWith(`${predicate}(?, `) && !/^[^(]*\([^,]*\(/.test(other),
      );
      if (others.length === 1) target.set(topic, others[0] as string);
      continue;
    }
    const known = distinct.filter(
      (other) =>
        other !== topic &&
        other.startsWith(`${predicate}(`) &&
        other.endsWith(`, ${object})`) &&
        !other.startsWith(`${predicate}(?,`) &&
        !/^[^(]*\([^,]*\(/.test(other),
    );
    if (known.length === 1) target.set(topic, known[0] as string);
  }
  return target;
}
