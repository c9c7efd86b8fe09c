import { assertNever, type Quantity } from '../../model/index.js';
import {
  ANY_PARTY,
  assertsDeed,
  atOtherTimes,
  isWhenTopic,
  timesDisagree,
  type ClaimView,
} from './claim-view.js';
import { isPriceTopic } from './deed-joins.js';
import { isCauseTopic, rivalCauses, sharesWord } from './rival-causes.js';

/**
 * How two claims on one topic by different speakers conflict, or null when they do not:
 * - `contradicts`: one asserts what the other negates about the same party or proposition
 *   ("the Red Hand was linked to the attack" / "no evidence of involvement by the Red Hand");
 * - `denies`: the same, when the negating side is a denial ("the movement has rejected allegations");
 * - `disputes_value`: one-valued questions answered differently (fled toward Dravia / toward
 *   Kostania; rival causes of one effect, rival-causes.ts), or figures that cannot both be true at the same time (12 dead / 30 dead, said the same
 *   day). A higher figure given later is an update, not a conflict.
 * Precision first: parties are compared only by entity, never by words, and a different party
 * named for a responsibility question is no conflict unless the other side says it acted alone.
 */
export type ConflictKind = 'contradicts' | 'denies' | 'disputes_value';

export function shared(left: readonly string[], right: readonly string[]): string[] {
  return left.filter((value) => right.includes(value));
}

function interval(quantity: Quantity): [number, number] {
  if (quantity.exact !== undefined) return [quantity.exact, quantity.exact];
  return [quantity.min ?? 0, quantity.max ?? Number.POSITIVE_INFINITY];
}

/** Whether two figures cannot both hold: their ranges ("at least 139", "up to 40", "143") do not meet. */
export function figuresDisagree(left: Quantity, right: Quantity): boolean {
  const [leftLow, leftHigh] = interval(left);
  const [rightLow, rightHigh] = interval(right);
  return leftHigh < rightLow || rightHigh < leftLow;
}

/**
 * "two firefighters were hurt" in Wednesday's article, "three were hurt, the service said on
 * Wednesday" in Thursday's: a figure dated only by its article was given on or before that day, so
 * a higher one said that same day in a later article comes after it: an update.
 */
function risesLater(early: ClaimView, late: ClaimView): boolean {
  const earlyFigure = compared(early);
  const lateFigure = compared(late);
  if (earlyFigure === undefined || lateFigure === undefined) return false;
  if (early.published == null || late.published == null || early.published >= late.published) return false;
  if (early.time !== early.published) return false;
  return interval(lateFigure)[0] > interval(earlyFigure)[1];
}

// how many were somewhere ("181 people were on board", "30 people were in hospital": find-claims.ts
// presenceClaim); those on board one voyage or flight are one figure, those in a place may change
const PRESENCE = /^how many [^:]+: be /;
const ON_BOARD = /^how many [^:]+: be on board$/;
const COUNT_QUESTION = 'how many ';
const TOLL_QUESTION = 'how many were ';

/**
 * "about 1.2 million households lost power" told on Saturday, "about 450,000" told on Thursday: a
 * count told later that lies wholly below the earlier one is no update. Not a toll of the dead or
 * hurt ("how many were killed"), whose reports give increments and parts beside the total ("two
 * more workers have died", "after two injured workers died").
 */
function fallsLater(early: ClaimView, late: ClaimView): boolean {
  if (!early.topic.startsWith(COUNT_QUESTION) || early.topic.startsWith(TOLL_QUESTION)) return false;
  // (how many are in a place may fall: "30 people were in hospital", then "12")
  if (PRESENCE.test(early.topic)) return false;
  const earlyFigure = compared(early);
  const lateFigure = compared(late);
  if (earlyFigure === undefined || lateFigure === undefined) return false;
  if (early.time === null || late.time === null || early.time >= late.time) return false;
  return interval(lateFigure)[1] < interval(earlyFigure)[0];
}

/**
 * "what percent was the turnout": the level a measure stood at (share.ts) is not a toll that grows as
 * the dead are counted; told by two sources in the same week it is one figure for one period (the
 * vote's turnout, the month's rate), so two that cannot both hold conflict whatever day each was
 * said. Reports further apart may be of other periods and are not compared. A change of a measure
 * ("how much did the fare rise", share.ts) is one figure for one period too, compared the same way
 * (a rise and a fall are other questions, never compared).
 */
const LEVEL_DAYS = 7;

function isLevel(topic: string): boolean {
  // (a change of a measure is told for one period too: "how much did the fare rise"; and the price of
  // a deal: "had paid 18 million euros" / "received 25 million euros"; and how many were on board:
  // "181 people were on board" / "186 people had been on board")
  return (
    topic.startsWith('what percent was ') ||
    topic.startsWith('how much did the ') ||
    isPriceTopic(topic) ||
    ON_BOARD.test(topic)
  );
}

function withinDays(left: string | null, right: string | null, days: number): boolean {
  if (left === null || right === null) return true;
  const from = Date.parse(left.slice(0, 10));
  const to = Date.parse(right.slice(0, 10));
  if (Number.isNaN(from) || Number.isNaN(to)) return left === right;
  return Math.abs(from - to) <= days * 86_400_000;
}

// how far under its bound an "almost N" or "nearly N" figure is read: a fifth
const NEAR_UPPER_SPAN = 0.2;

/** The figure as the comparison reads it: "almost 120 million" is between 96 and 120 million. */
function compared(view: ClaimView): Quantity | undefined {
  const quantity = view.quantity;
  if (view.nearUpper !== true || quantity?.max === undefined || quantity.min !== undefined) return quantity;
  return { min: quantity.max * (1 - NEAR_UPPER_SPAN), max: quantity.max };
}

function corrects(correcting: ClaimView, corrected: ClaimView): boolean {
  if (correcting.rejected === undefined || corrected.quantity === undefined) return false;
  const [low, high] = interval(corrected.quantity);
  return low <= correcting.rejected && correcting.rejected <= high;
}

export function compareClaims(left: ClaimView, right: ClaimView): ConflictKind | null {
  if (left.speaker === right.speaker || left.attribution === right.attribution || left.topic !== right.topic)
    return null;
  // "when did the collision happen": 11.40pm on Monday against shortly after 1am on Tuesday
  if (isWhenTopic(left.topic))
    return left.happened !== undefined &&
      right.happened !== undefined &&
      timesDisagree(left.happened, right.happened)
      ? 'disputes_value'
      : null;
  const opposite = left.polarity !== right.polarity;
  // "was asked to pay a ransom" against "paid no ransom": a deed only asked for, wanted or tried
  if (opposite && (!assertsDeed(left) || !assertsDeed(right))) return null;
  // "passed every inspection this year" against "failed one in November" of the year before
  if (opposite && atOtherTimes(left, right)) return null;
  const denial = (left.polarity === 'neg' && left.denial) || (right.polarity === 'neg' && right.denial);
  switch (left.frame) {
    case 'responsibility':
    case 'participation':
    case 'proposition': {
      // "the vote was not rigged" against whoever is said to have rigged it
      const negative = left.polarity === 'neg' ? left : right;
      if (
        opposite &&
        (shared(left.values, right.values).length > 0 ||
          (left.frame === 'proposition' && negative.values.includes(ANY_PARTY)))
      )
        return denial ? 'denies' : 'contradicts';
      // "a tremor caused the collapse" / "the removal of supports caused it": rival causes
      if (
        !opposite &&
        left.polarity === 'pos' &&
        left.frame === 'proposition' &&
        isCauseTopic(left.topic) &&
        shared(left.values, right.values).length === 0 &&
        rivalCauses(left.values, right.values) &&
        !sharesWord(left.causeText ?? '', right.causeText ?? '')
      )
        return 'disputes_value';
      return null;
    }
    case 'destination':
    case 'origin':
      if (opposite) return shared(left.values, right.values).length > 0 ? 'contradicts' : null;
      return left.values.length > 0 &&
        right.values.length > 0 &&
        shared(left.values, right.values).length === 0
        ? 'disputes_value'
        : null;
    case 'count':
      if (opposite || left.quantity === undefined || right.quantity === undefined) return null;
      // "14 hostages, not 12": a figure its source corrects is disputed, whenever it was said
      if (corrects(left, right) || corrects(right, left)) return 'disputes_value';
      if (isLevel(left.topic)) {
        // the level of a measure in one week's reports is one figure, whichever day it was told
        if (!withinDays(left.time, right.time, LEVEL_DAYS)) return null;
        return figuresDisagree(compared(left)!, compared(right)!) ? 'disputes_value' : null;
      }
      // told on other days, a figure may have grown as the count went on; a smaller one told later
      // disputes the earlier (a count does not shrink)
      if (left.time !== null && right.time !== null && left.time !== right.time)
        return fallsLater(left, right) || fallsLater(right, left) ? 'disputes_value' : null;
      if (risesLater(left, right) || risesLater(right, left)) return null;
      return figuresDisagree(compared(left)!, compared(right)!) ? 'disputes_value' : null;
    default:
      return assertNever(left.frame);
  }
}
