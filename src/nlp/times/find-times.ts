import type { Segments, TimeExpression, TimeType } from '../../model/index.js';
import { monthOf, parseReferenceDay, quarterOf, yearOf } from './calendar.js';
import { normaliseTimex, resolveTimex, type NormaliseContext, type NormalisedTime } from './normalise.js';
import type { TaggerModel } from '../tagging/model-file.js';
import { recogniseTimexes, timexModel, type TimexExtent } from './recognise.js';
import { findTimeExpressions } from './relative-dates.js';
import { clauseTime } from './future-clause.js';
import { clauseTense } from './clause-tense.js';
import { lemmaOf, lexicographerFileOf, synsetsOf } from '../events/wordnet.js';

/** A value that fixes a calendar time (`2024-03-22TNI`, `1989-Q3`, `1998`): it can anchor what follows. */
const ANCHORING = /^\d{4}(?:-(?:\d\d|Q\d|W\d\d|SP|SU|FA|WI))?/;

/**
 * A stretch of a results report from the start of the year ("the first nine months", "the first
 * half", "the full year"): "a year earlier" after it is the year before, not the quarter (TBAQ dev:
 * 4 of 5 "a year earlier"/"year-ago" after "the nine months" are a year).
 */
const YEAR_TO_DATE =
  /^the (?:first |latest |past |last )?(?:six|nine|6|9) months$|^the (?:first|latest) half$|^the (?:full|whole|entire) year$/i;

/**
 * `1988-Q3` is the same quarter a year before `1989-Q3`, a quarter already begun at the reference:
 * the comparison in a results report. (After a projection, "the third quarter of 1990" in 1989,
 * this year's quarter is the one talked about again.)
 */
function comparisonQuarter(quarter: string, than: string | null, reference: number | null): boolean {
  if (than === null || quarter.slice(4) !== than.slice(4)) return false;
  if (Number(quarter.slice(0, 4)) !== Number(than.slice(0, 4)) - 1) return false;
  if (reference === null) return true;
  const current = yearOf(reference) * 4 + quarterOf(monthOf(reference));
  return Number(than.slice(0, 4)) * 4 + Number(than.slice(6)) <= current;
}

const RELATIVE_TO_ANCHOR =
  /\b(?:earlier|later|before|after|previous|prior|following|same|that|ago|overnight)\b|year-(?:ago|earlier)/i;

/**
 * Words right before an expression that put it ahead whatever the tense of the clause: "as soon
 * as Tuesday", "as early as Monday", "postponed until Tuesday morning", "extended its deadline
 * until 9 a.m. Tuesday", "has given them until Friday" (a past decision about a later time).
 */
const AHEAD_CUE =
  /\b(?:as (?:soon|early) as|(?:postpon|extend|delay|adjourn|defer|gave|given|give|giving)\w*(?: [\w'-]+){0,5} (?:until|till|to)|deadline(?: [\w'-]+){0,2} (?:until|of))\s+$/i;

/**
 * "April 24 and 25", "on March 3 or 4": a bare day number joined to a dated day takes that day's
 * month and year.
 */
function coordinatedDay(
  text: string,
  surface: string,
  previous: TimeExpression | undefined,
  start: number,
): NormalisedTime | null {
  const day = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(surface);
  if (day === null || previous === undefined) return null;
  const dated = /^(\d{4}-\d\d)-\d\d$/.exec(previous.value);
  if (dated === null || !/^\s*(?:and|or|to|through|-|–)\s*$/.test(text.slice(previous.end, start)))
    return null;
  const value = `${dated[1]!}-${day[1]!.padStart(2, '0')}`;
  return parseReferenceDay(value) === null ? null : { type: 'DATE', value };
}

const NAMES_TIME =
  /\d|second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni|season|spring|summer|autumn|fall|winter|morning|afternoon|evening|noon|midnight|period|time|term|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * Whether a piece the tagger found is no time expression as TimeBank marks them: an age ("55 years
 * old"); "the day" in "later in the day", "during the day Friday" (a part of a day told by the words
 * around it; train + dev: 1 of 4 annotated, and the day named next carries the value); a possessive
 * "today's" before a noun that names no dated happening ("today's youth", "today's computers": the
 * present age at large; train + dev: the 2 of 6 "today's" annotated are before an act or a text,
 * "today's vote", "today's edition").
 */
export function noTimeExpression(text: string, segments: Segments, extent: TimexExtent): boolean {
  const { start, end } = extent;
  const surface = text.slice(start, end);
  if (/^[ -]old\b/.test(text.slice(end, end + 5))) return true;
  // a piece of a longer word or code ("00s" of "A300s")
  if (/[A-Za-z0-9]/.test(text.charAt(start - 1)) || /[A-Za-z0-9]/.test(text.charAt(end))) return true;
  if (otherCompound(surface, text.slice(end, end + 30))) return true;
  if (awardPeriod(surface, text.slice(Math.max(0, start - 30), start))) return true;
  // a rank or a distance, not a stretch of time: "the last 16", "the last 200" (metres), "the top 10"
  if (
    /^(?:the )?(?:last|first|next|past|final|top|bottom|previous) \d{1,3}$/i.test(surface) &&
    !/^\s*(?:to|-|–|or|and)\s*\d/.test(text.slice(end, end + 8))
  )
    return true;
  // a count of things ("in 23 cases"): a number and a noun that names no time
  const counted = /^\d[\d,.]* ([a-z]{4,})$/.exec(surface);
  if (counted !== null && !NAMES_TIME.test(counted[1]!) && !/^(?:min|sec|hr|yr|wk)/.test(counted[1]!))
    return true;
  // a lower-case "march" or "may" with no day or year is the noun or the verb ("arrested at this
  // march", "where the bands march each July"; train + dev: 0 of 2 annotated)
  if (/^(?:(?:this|the|a|that|each|every) )?(?:march|may)$/.test(surface)) return true;
  // a lone abbreviated weekday with no date after it is a name ("owned by Sun.", "told The Sun."):
  // news writes the weekday in full, and abbreviates it only in a dateline ("Sun., Oct. 5")
  if (
    /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/.test(surface) &&
    !new RegExp(`^\\.?,? (?:\\d|${MONTH_WORD})`).test(text.slice(end, end + 12))
  )
    return true;
  if (ordinalSecond(text, start, end)) return true;
  if (monthAsName(text, segments, start, end)) return true;
  // "day and night", "night and day": all the time, no day; "year-on-year", "month-on-month": a
  // comparison of periods, no period named; "day-to-day", "month-by-month": routine, no period
  if (
    (/^(?:day|night)$/i.test(surface) &&
      (/^ and (?:day|night)\b/i.test(text.slice(end, end + 10)) ||
        /\b(?:day|night) and $/i.test(text.slice(Math.max(0, start - 10), start)))) ||
    (/^(?:year|month|quarter|week)$/i.test(surface) &&
      /^-on-(?:year|month|quarter|week)\b/i.test(text.slice(end, end + 12))) ||
    // "day-to-day control", "month-to-month": routine or running, no period named
    /^(day|week|month|year)-(?:to|by)-\1$/i.test(surface)
  )
    return true;
  if (
    /^the day$/i.test(surface) &&
    /\b(?:(?:late|later|early|earlier) in|during|throughout)\s+$/i.test(
      text.slice(Math.max(0, start - 20), start),
    )
  )
    return true;
  return /^today$/i.test(surface) && /^['’]s\b/.test(text.slice(end, end + 3)) && generalAge(segments, start);
}

/**
 * Whether the capitalised month at `start` names a person, group or firm in this sentence:
 * after a capitalised word inside the sentence ("Christine May", "Fannie May", "Black
 * September"), or before a capitalised word after no preposition ("rival May Department Stores");
 * never with a day or year after it.
 */
function monthNamedHere(text: string, segments: Segments, start: number, end: number): boolean {
  if (/^\.?,?\s*\d/.test(text.slice(end, end + 4))) return false;
  const before = /(^|[\s\S])([A-Za-z]+)(['’]s)?\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  const previous = before?.[2];
  if (previous !== undefined && BEFORE_MONTH.test(previous)) return false;
  // (a capitalised word opening the sentence is a name too: the words a month opens with after a
  // capital there, "In", "Since", "Last", are the ones left out above)
  // the parse's word before: a name or a modifier, not a verb opening the sentence ("Released
  // March on PS2")
  const token = segments.tokens.findLast((candidate) => candidate.end <= start);
  if (
    previous !== undefined &&
    before?.[3] === undefined &&
    token !== undefined &&
    (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ') &&
    /^[A-Z][a-z]/.test(previous) &&
    !DATE_COMPANION.test(previous)
  )
    return true;
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 30))?.[1];
  return (
    previous !== undefined &&
    /^[a-z]/.test(previous) &&
    next !== undefined &&
    /^[A-Z][a-z]/.test(next) &&
    !DATE_COMPANION.test(next)
  );
}

/**
 * Whether a lone month word is a name rather than a month: an abbreviated one in capitals with no
 * day after it ("DEC", the initials of a committee; news writes "Dec. 5"), or a full one that the
 * text uses as a name (monthNamedHere) here or elsewhere in the text without a preposition or a
 * time word before it ("Christine May … Ms May said", "May Department Stores … May has struggled").
 */
function monthAsName(text: string, segments: Segments, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  if (/^(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?$/.test(surface))
    return !/^\.?,?\s*\d/.test(text.slice(end, end + 4));
  if (!FULL_MONTH.test(surface)) return false;
  if (monthNamedHere(text, segments, start, end)) return true;
  if (/^\.?,?\s*\d/.test(text.slice(end, end + 4))) return false;
  const previous = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  if (previous !== undefined && BEFORE_MONTH.test(previous)) return false;
  for (const other of text.matchAll(new RegExp(`\\b${surface}\\b`, 'g')))
    if (other.index !== start && monthNamedHere(text, segments, other.index, other.index + surface.length))
      return true;
  return false;
}

/**
 * "the second day of an offensive", "a second look", "a second Six Nations series" (the tagger
 * leaving out the article): the ordinal before a noun, not the unit.
 */
function ordinalSecond(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 20);
  const surface = text.slice(start, end);
  return (
    (/^(?:the|a) second$/i.test(surface) ||
      (/^second$/i.test(surface) &&
        /\b(?:the|a|his|her|its|their|our|my|your)\s+$/i.test(text.slice(Math.max(0, start - 8), start)))) &&
    /^\s+[A-Za-z]+/.test(after) &&
    !/^\s+(?:of|or|and|to|in|on|at|for|from|by|later|earlier|after|before|ago|longer|more|less|than|too|when|while|as|that|it|he|she|they|we|you)\b/.test(
      after,
    )
  );
}

/** WordNet's lexicographer file of time nouns (noun.time). */
const NOUN_TIME_FILE = 28;

/**
 * Whether the expression ends in the first half of a hyphenated noun that WordNet knows as no time
 * ("quarter" + "-finals": a round of a contest, noun.event; "year-end" stays, noun.time).
 */
function otherCompound(surface: string, after: string): boolean {
  const last = /([A-Za-z]+)$/.exec(surface)?.[1];
  const next = /^-([A-Za-z]+)/.exec(after)?.[1];
  const inside = /([A-Za-z]+)-([A-Za-z]+)$/.exec(surface);
  const pair =
    last !== undefined && next !== undefined
      ? [last, next]
      : inside === null
        ? null
        : [inside[1]!, inside[2]!];
  if (pair === null || !NAMES_TIME.test(pair[0]!)) return false;
  for (const form of [`${pair[0]}${pair[1]}`, `${pair[0]}-${pair[1]}`]) {
    const word = form.toLowerCase();
    const senses = synsetsOf(lemmaOf(word, 'noun') ?? word, 'noun');
    if (senses.length > 0) return lexicographerFileOf(senses[0]!, 'noun') !== NOUN_TIME_FILE;
  }
  return false;
}

/** WordNet's lexicographer files of persons, artefacts and texts (noun.person, noun.artifact, noun.communication). */
const AWARDED_NOUN_FILES: ReadonlySet<number> = new Set([18, 6, 10]);

/**
 * Whether "the year" is the period of a title ("album of the year", "player of the month",
 * "publisher of the year"): a person, artefact or work of the period, not a time talked about
 * (the first WordNet sense of the noun before "of"; "the end of the year", "the months of the
 * year", "the result of the week" stay times).
 */
function awardPeriod(surface: string, before: string): boolean {
  if (!/^(?:the )?(?:year|month|week|season|decade|century)$/i.test(surface)) return false;
  const found = /\b([A-Za-z]+) of (?:the )?$/.exec(before)?.[1];
  if (found === undefined) return false;
  // "Sports Personality of the Year", "European Footballer of the Year": a title in capitals
  // ("the End of the Year" in a headline stays a time)
  if (
    /^[A-Z][a-z]/.test(found) &&
    /^(?:the )?[A-Z]/.test(surface) &&
    !/^The\b/.test(surface) &&
    !/^(?:end|start|beginning|middle|rest|remainder|part|half|turn|close|course|time|day|week|month|season)$/i.test(
      found,
    )
  )
    return true;
  const noun = found.toLowerCase();
  const senses = synsetsOf(lemmaOf(noun, 'noun') ?? noun, 'noun');
  return senses.length > 0 && AWARDED_NOUN_FILES.has(lexicographerFileOf(senses[0]!, 'noun'));
}

/**
 * An extent the tagger ran over a compound that names no time and on into a time ("the
 * quarter-final in 2003"): the time after the preposition ("2003").
 */
export function afterOtherCompound(text: string, extent: TimexExtent): TimexExtent {
  const surface = text.slice(extent.start, extent.end);
  const match = /^(.*?[A-Za-z]+-[A-Za-z]+) (?:in|on|at|of|from|since|until) (?=\S)/.exec(surface);
  if (match === null || !otherCompound(match[1]!, '')) return extent;
  return { ...extent, start: extent.start + match[0].length };
}

/** WordNet's lexicographer files of nouns that name what happens on a day: acts, events, texts. */
const DATED_NOUN_FILES: ReadonlySet<number> = new Set([
  4, // noun.act: vote, game, trading
  10, // noun.communication: edition, quiz, speech
  11, // noun.event: meeting (third sense), match
]);

/**
 * Whether the noun a possessive "today's" (at `start`) goes with names no dated happening ("today's
 * youth", "today's world": none of its first three WordNet senses an act, event or text). False when
 * the parse gives no noun.
 */
function generalAge(segments: Segments, start: number): boolean {
  const index = segments.tokens.findIndex((token) => token.start === start);
  const head = segments.tokens[segments.tokens[index]?.head ?? -1];
  if (head === undefined || head.pos !== 'NOUN') return false;
  // every noun of the phrase after the possessive ("today's geography quiz": the parse may take a
  // modifier noun for the head)
  const nouns = [head];
  for (let next = index + 2; next < Math.min(index + 7, segments.tokens.length); next += 1) {
    const token = segments.tokens[next]!;
    if (token.pos === 'NOUN') nouns.push(token);
    else if (token.pos !== 'ADJ' && token.pos !== 'PROPN') break;
  }
  for (const noun of nouns) {
    const lemma = lemmaOf(noun.lemma.toLowerCase(), 'noun') ?? noun.lemma.toLowerCase();
    const senses = synsetsOf(lemma, 'noun').slice(0, 3);
    if (
      senses.length === 0 ||
      senses.some((offset) => DATED_NOUN_FILES.has(lexicographerFileOf(offset, 'noun')))
    )
      return false;
  }
  return true;
}

/** Words before a possessive day that put its event ahead: "ahead of Thursday's vote". */
const POSSESSIVE_AHEAD = /\b(?:ahead of|until|till|await\w*|upcoming|prepar\w* for)\s+(?:the\s+)?$/i;

/**
 * A preposition before a possessive day that makes its event a goal or a venue ("doubtful for
 * Friday's game", "will play in Sunday's final", "set to speak at Monday's rally"): ahead when the
 * clause the noun hangs on is future, or a present that looks forward ("is doubtful for").
 */
const POSSESSIVE_GOAL = /\b(?:for|in|at|before)\s+$/i;

/** Words after a possessive day's noun that put its event ahead: "with Saturday's vote looming". */
const POSSESSIVE_LOOMING =
  /^(?:\s+[\w-]+){1,2}?\s+(?:on the horizon|looming|approaching|coming up|drawing near)\b/i;

/**
 * Whether a possessive day ("Friday's" at `start`–`end`) names an event still to come: "ahead of
 * Thursday's vote" whatever the verb; "is doubtful for Friday's game", "will sing at Sunday's
 * gala", "with Saturday's poll looming" from the clause the possessed noun hangs on. A past clause
 * ("was hurt in Sunday's game"), a bare object ("will appeal Monday's ruling") or a verb of saying
 * leaves the day behind the reference day.
 */
function possessiveAhead(
  text: string,
  segments: Segments,
  before: string,
  start: number,
  end: number,
): boolean {
  if (POSSESSIVE_AHEAD.test(before.slice(-40))) return true;
  if (POSSESSIVE_LOOMING.test(text.slice(end + 2, end + 60)) && /\bwith\s+$/i.test(before.slice(-10)))
    return true;
  if (!POSSESSIVE_GOAL.test(before.slice(-12))) return false;
  // the clause the possessed noun hangs on, from the parse
  const first = segments.tokens.findIndex((token) => token.start >= start);
  let noun = -1;
  for (
    let index = Math.max(first, 0);
    index < segments.tokens.length && segments.tokens[index]!.start < end;
    index += 1
  ) {
    const head = segments.tokens[index]!.head;
    if (head >= 0 && segments.tokens[head]!.start >= end) noun = head;
  }
  const nounToken = first < 0 || noun < 0 ? undefined : segments.tokens[noun];
  const tense =
    nounToken?.pos === 'NOUN' ? clauseTense(text, segments, nounToken.start, nounToken.end) : null;
  if (tense === 'future') return true;
  if (tense === 'past') return false;
  // the parse hung the noun on another noun ("will take charge of the side for Saturday's game"):
  // the words before it
  const words = clauseTime(before);
  if (words === 'future') return true;
  // "is doubtful for", "are ready for": a present clause before its goal
  return tense === 'present' && /\bfor\s+$/i.test(before.slice(-6)) && words !== 'past';
}

/** An announcing verb: "will", "plans to", "is scheduled to". */
const ANNOUNCING_VERB =
  /^(?:will|shall|'ll|(?:plans?|intends?|aims?|(?:is|are) going) to|(?:is|are) (?:scheduled|expected|due|set|slated) to)\b/i;

/**
 * Whether the first verb after `offset` in its sentence announces what is to come ("On Tuesday, the
 * … League plans to hold", where the parse may take "plans" for a noun); "On Tuesday, officials
 * said they will" stops at "said".
 */
function announcedAfter(text: string, segments: Segments, offset: number): boolean {
  const sentence = segments.sentences.find(
    (candidate) => candidate.start <= offset && candidate.end >= offset,
  );
  if (sentence === undefined) return false;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const token = segments.tokens[index]!;
    if (token.start < offset) continue;
    if (token.start > offset + 120) return false;
    if (ANNOUNCING_VERB.test(text.slice(token.start, token.start + 30))) return true;
    // a capitalised word the tagger took for a verb is the name of the subject ("On Thursday Ford will")
    const capitalised = /^[A-Z]/.test(text.slice(token.start, token.start + 1));
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !capitalised) return false;
  }
  return false;
}

function sentenceStart(segments: Segments, offset: number): number {
  let low = 0;
  let high = segments.sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments.sentences[middle]!.start <= offset) {
      found = segments.sentences[middle]!.start;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

const NUMBER =
  '\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred';
/** "30-day", "five-year", "16-hour": one written word the tokenizer splits at the hyphen. */
const COMPOUND_DURATION = new RegExp(
  `\\b(?:${NUMBER})(?:-(?:${NUMBER}))?-(?:second|minute|hour|day|night|week|month|year|decade)s?\\b(?!-old)`,
  'gi',
);

/** "several hours later", "three days earlier", "two weeks ago": the tagger often misses them. */
const RELATIVE_OFFSET = new RegExp(
  `(?<![/-])\\b(?:several|a few|a couple of|${NUMBER}) (?:hours|minutes|days|weeks|months|years) (?:later|earlier|ago)\\b`,
  'gi',
);

function compoundDurations(text: string): TimexExtent[] {
  const found: TimexExtent[] = [];
  RELATIVE_OFFSET.lastIndex = 0;
  for (let match = RELATIVE_OFFSET.exec(text); match !== null; match = RELATIVE_OFFSET.exec(text))
    found.push({ start: match.index, end: match.index + match[0].length, type: 'DATE' });
  COMPOUND_DURATION.lastIndex = 0;
  for (let match = COMPOUND_DURATION.exec(text); match !== null; match = COMPOUND_DURATION.exec(text))
    found.push({ start: match.index, end: match.index + match[0].length, type: 'DURATION' });
  return found;
}

/**
 * Expressions the tagger sometimes misses, kept only where it found nothing: an amount of a unit
 * ("14 days", "5 1/2 hours", "over an hour", "a week or so ago"), "mid-November", "year-end",
 * "each month", "a decade ago", and the deictic "recently", "currently", "current".
 */
const FALLBACK = new RegExp(
  [
    // a length with a half ("two and a half years ago", "a year and a half"), before the lengths
    // without one
    `\\b(?:${NUMBER}|an?) and a half (?:seconds|minutes|hours|days|weeks|months|years|decades)(?: ago| earlier| later)?\\b|\\b(?:an?|one) (?:minute|hour|day|week|month|year|decade) and a half(?: ago| earlier| later)?\\b`,
    `\\b(?:(?:nearly|almost|more than|less than|some|at least) )?(?:${NUMBER}|a few|several|a couple of|a|an)(?: \\d/\\d)?(?: more)? (?:minutes?|hours?|days?|weeks?|months?|years?|decades?)(?: or so)?(?: ago| earlier| later)?\\b`,
    '\\b(?:mid|early|late)-(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:1[89]|20)\\d\\d)\\b',
    "\\byear(?:-end|'s end| end)\\b",
    '\\b(?:each|every) (?:other )?(?:day|week|month|year|morning|evening|night)\\b',
    // annotated about six times in ten in TimeBank + AQUAINT: worth adding where the tagger hesitated
    // ("recent" alone 13 of 21 in train + dev; "recent years" is a length, left to the tagger)
    '\\b(?:the )?current (?:year|quarter|month|week|period)\\b|\\bthen current\\b|\\b(?:recently|currently|current)\\b|\\brecent\\b(?! (?:days|weeks|months|quarters|years|decades|times|history|past|memory)\\b)',
    // the deictic days and "the future", "the past" as nouns (train + dev: 5 of 7 and 4 of 4
    // annotated; "the foreseeable future", "the past two years" are left to the tagger)
    // "today's world" is mostly generic, "yesterday's announcement", "tomorrow's vote" a day (train
    // + dev: "today's" 2 of 6 annotated, "yesterday's"/"tomorrow's" 2 of 2)
    "\\btoday\\b(?!['’]s)|\\b(?:yesterday|tomorrow|tonight)\\b",
    // train + dev: "now" 45 of 66 annotated, "daily" and the like 10 of 17, spelled years, parts
    // of today and holidays nearly always
    '\\bnow\\b(?! that\\b)',
    "\\b(?:the )?(?:early |late |mid-?)?(?:1[89]|20)\\d0['’]?s\\b|\\bthe (?:full|whole|entire) year\\b",
    // not "annually", "yearly": mostly a rate in TimeBank ("to rise 8% annually", 1 of 5 annotated)
    '\\b(?:daily|weekly|monthly)\\b',
    // a weekday in the plural recurs: "on Mondays", "Tuesday nights" (TIMEX3 SET)
    '\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|(?: (?:mornings|afternoons|evenings|nights)))\\b',
    // "since the start of the year", "by the end of the month"
    '\\bthe (?:end|beginning|start|middle) of (?:the|this|next|last) (?:week|month|quarter|year)\\b',
    // a year in two digits after a word that introduces a time ("in '97", "fiscal '05", "the '97 vintage")
    "(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ff]iscal|[Tt]he|[Oo]f) )['’]\\d\\d\\b(?![\\d'’%-])",
    '\\bnineteen[- ](?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\\b',
    '\\b(?:midday|overnight|this morning|this afternoon|this evening|last night)\\b',
    // seasons named with a determiner ("in the autumn", "last winter"; "fall" alone is a verb)
    '\\b(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]he|[Tt]hat(?: same)?) (?:spring|summer|autumn|winter)\\b(?! of\\b)',
    // clock times, also as British news writes them ("at 9am", "around 8pm local time"): train + dev
    // 11 of 11 annotated
    '\\b\\d{1,2}(?:[:.]\\d\\d)? ?(?:[ap]m\\b|[ap]\\.m\\.)(?: local time)?',
    // the hour with "o'clock" or the part of the day ("nine o'clock", "at 4 in the morning", "by 10
    // at night"; without "o'clock" only after a preposition of time)
    "\\b(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock(?: in the (?:morning|afternoon|evening)| at night)?\\b|(?<=\\b(?:[Aa]t|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Ff]rom|[Aa]round|[Ss]ince) )(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:in the (?:morning|afternoon|evening)|at night)\\b",
    // a vague time ahead (TimeML FUTURE_REF; train + dev 1 of 1)
    '\\ba later date\\b',
    // a 24-hour clock ("at 03:40 local time", "19:30 GMT")
    '\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b(?!:\\d)(?: (?:local time|GMT|UTC|BST))?',
    // the same without its colon, told from a year by the zone after it ("by 1650 GMT"); not in
    // brackets, where it restates a local time just given ("10:35 a.m. (0735 GMT)": train + dev 0
    // of 1 annotated)
    '(?<!\\()\\b(?:[01]\\d|2[0-3])[0-5]\\d (?:GMT|UTC|BST|CET|CEST)\\b',
    // days read from the day being talked about: "the previous day", "the next morning", "the day
    // before" (TimeBank marks them whenever they name a day)
    '\\b(?:[Tt]hat|[Tt]he same) (?:morning|afternoon|evening|night)\\b|\\b[Tt]he (?:previous|following|next|preceding) (?:day|morning|afternoon|evening|night)\\b|\\b[Tt]he (?:day|night) (?:before|after)(?=\\s*[.,;:!?”)])',
    // a period read from the one talked about: "The following month", "that quarter" (train + dev:
    // 4 of 4 annotated)
    "\\b(?:[Tt]hat|[Tt]he (?:following|previous|same|prior|preceding)) (?:week|month|quarter|year)\\b(?!['’]s\\b)",
    // a part of a named weekday ("the morning of Saturday", "the early hours of Sunday", "dawn on
    // Monday"), and the parts of the day named by the light
    '\\b(?:[Tt]he )?(?:morning|afternoon|evening|night|early hours|small hours) of (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))',
    // (only after a preposition: "as dawn broke", "a pre-dawn raid" are not marked in TimeBank, 0 of 2)
    '(?<=\\b(?:[Aa]t|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Ff]rom|[Ss]ince|[Tt]ill) )(?:dawn|daybreak|dusk|nightfall|mid[- ]?morning|mid[- ]?afternoon)(?: (?:on|of) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\\b',
    // a unit in the plural with no amount, after or before the time talked about ("Days later",
    // "hours later", "months ago")
    '\\b(?:[Ss]econds|[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Dd]ecades) (?:later|earlier|ago)\\b',
    // a few of a small unit the tagger passes over ("it took a few seconds", "several minutes")
    '\\b(?:[Aa] few|[Ss]everal|[Aa] couple of) (?:seconds|minutes)\\b',
    // the first or last stretch of a time talked about, with no amount ("in the first hours of the
    // war", "the final days of the campaign"): a length of that unit
    '\\b[Tt]he (?:first|last|final|opening|closing) (?:few )?(?:hours|days|weeks|months|years)\\b',
    // business shorthand for quarters, halves and fiscal years ("in Q3", "Q1 2024", "H2 2023",
    // "FY2024"): absent from TimeBank, common in company news
    '\\b[QH][1-4](?: (?:of )?(?:19|20)\\d\\d)?\\b(?![-\\d])|\\bFY ?(?:(?:19|20)\\d\\d|\\d\\d)\\b',
    // a company's own quarter, as business news writes it ("the fiscal-first quarter", "its first
    // fiscal quarter"): the tagger takes "fiscal-first" for one unknown word, or stops at "fiscal quarter"
    '\\b(?:[Tt]he )?(?:fiscal[- ](?:first|second|third|fourth)|(?:first|second|third|fourth) fiscal) quarter\\b',
    "\\b(?:Election Day|Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Easter(?: Sunday| Monday| week)?)\\b",
    // a sports or working season named from now ("last season", "next season"; none in train +
    // dev): not a calendar unit, so a vague time before or after now (normalise.ts)
    '\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Cc]urrent) season\\b',
    '\\bthe (?:near |distant )?future\\b(?! [a-z]+s\\b)',
    // "in the near term", "placate holders in the short term": a vague time ahead (TimeML
    // FUTURE_REF; not "the long term", mostly a length, nor the adjective "short-term")
    '\\bthe (?:near|short) term\\b(?![- ](?:debt|notes?|rates?|interest|loans?|paper|bonds?|securities)\\b)',
    // the decades of the 1900s in words, "the eighties", "the '80s" (not "in his forties": an age)
    "\\bthe (?:early |late |mid-?)?(?:['’]\\d0s|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b)",
    '\\bthe past\\b(?! (?:\\w+ )?(?:years?|months?|weeks?|days?|decades?|quarters?|summers?|winters?)\\b)',
  ].join('|'),
  'gi',
);

/**
 * The bare day number of "April 24 and 25", "June 2 to 4": an expression of its own in TimeML,
 * dated from the day before it (coordinatedDay), which the tagger, seeing a lone number, misses.
 */
function coordinatedDayExtents(text: string): TimexExtent[] {
  const pattern = new RegExp(
    `\\b${MONTH_WORD}\\.? \\d{1,2}(?:st|nd|rd|th)?,? (?:and|or|to|through|-|–) ?(\\d{1,2})(?:st|nd|rd|th)?\\b(?=[.,;:)!?'"]|\\s+(?:in|at|on|of|for|and|when|before|after|the|last|this|next|with|by|from)\\b|\\s*$)`,
    'g',
  );
  const found: TimexExtent[] = [];
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    const start = end - match[0].length + match[0].lastIndexOf(match[1]!);
    if (Number(match[1]) >= 1 && Number(match[1]) <= 31) found.push({ start, end, type: 'DATE' });
  }
  return found;
}

function fallbackExtents(text: string): TimexExtent[] {
  const found: TimexExtent[] = [];
  FALLBACK.lastIndex = 0;
  for (let match = FALLBACK.exec(text); match !== null; match = FALLBACK.exec(text)) {
    // "on ''60 Minutes''", "Three Days of the Condor": a capitalised unit after a number is a title
    if (/^(?:\d\S*|[a-z]+) (?:Minutes?|Hours?|Days?|Weeks?|Months?|Years?|Decades?)\b/.test(match[0]))
      continue;
    // "Sophie Scholl - The Final Days": a title in capitals, not a stretch of time
    if (/^[Tt]he [A-Z]\w*(?: [A-Z]\w*)? (?:Hours|Days|Weeks|Months|Years)$/.test(match[0])) continue;
    const surface = match[0].toLowerCase();
    const type = /^(?:daily|weekly|monthly)$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s| \w+s)$/.test(
      surface,
    )
      ? 'SET'
      : /o'clock\b|^\S+ (?:in the (?:morning|afternoon|evening)|at night)$|^\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m|^\d{1,2}:\d\d\b|^\d{4} [a-z]{3,4}$|^(?:the )?(?:morning|afternoon|evening|night|early hours|small hours) of |^(?:dawn|daybreak|dusk|nightfall|mid[- ]?morning|mid[- ]?afternoon)\b/.test(
            surface,
          )
        ? 'TIME'
        : /^now$|^['’]\d\d$|^the (?:end|beginning|start|middle) of |^(?:this|last|next|the|that|that same) (?:spring|summer|autumn|winter)$|^(?:last|next|this|coming|past|current) season$|^nineteen|\d0['’]?s$|year$|^(?:midday|overnight|this morning|this afternoon|this evening|last night)$|^the (?:previous|following|next|preceding|day|night) |^(?:that|the same) (?:morning|afternoon|evening|night)$|^(?:that|the (?:following|previous|same|prior|preceding)) (?:week|month|quarter|year)$|^(?:election day|thanksgiving|christmas|new year|easter)/.test(
              surface,
            ) ||
            /^[qh][1-4]\b|^fy|ago$|earlier$|later$|^year|^mid|^early|^late|^(?:the )?current |^then current$|^(?:recently|currently|current|recent|today|yesterday|tomorrow|tonight)$|^the (?:near |distant )?(?:future|past)$|^the (?:near|short) term$|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/.test(
              surface,
            )
          ? 'DATE'
          : /^(?:each|every)/.test(surface)
            ? 'SET'
            : 'DURATION';
    found.push({ start: match.index, end: match.index + match[0].length, type });
  }
  return found;
}

const RANGE_AFTER = new RegExp(
  `^ (?:to|or) (?:${NUMBER}) (?:second|minute|hour|day|week|month|year)s\\b`,
  'i',
);
const AMOUNT_BEFORE = new RegExp(
  `\\b(?:(?:at least|nearly|almost|more than|less than|some) )?(?:${NUMBER})(?: more)? $`,
  'i',
);

/**
 * A length the tagger cut short: "the next 12" of "the next 12 to 18 months", "years" of "20 more
 * years" (the amount before a bare unit, the range's end after a number).
 */
export function withAmount(text: string, extent: TimexExtent): TimexExtent {
  const surface = text.slice(extent.start, extent.end);
  if (/\d$|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve)$/i.test(surface)) {
    const range = RANGE_AFTER.exec(text.slice(extent.end, extent.end + 40));
    if (range !== null) return { start: extent.start, end: extent.end + range[0].length, type: 'DURATION' };
  }
  if (/^(?:seconds|minutes|hours|days|weeks|months|years|decades)$/i.test(surface)) {
    const amount = AMOUNT_BEFORE.exec(text.slice(Math.max(0, extent.start - 40), extent.start));
    if (amount !== null) return { start: extent.start - amount[0].length, end: extent.end, type: 'DURATION' };
  }
  return extent;
}

const MONTH_WORD =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAY_WORD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const FULL_MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words before a month that make it a time, capitalised or not ("In May", "since June", "early April"). */
const BEFORE_MONTH =
  /^(?:in|into|since|by|until|till|from|during|to|through|throughout|before|after|last|next|this|that|early|late|mid|of|between|and|or|nor|but|on|for|at|around|about|circa|within|over|past|every|each|the|a|an|come|starting|beginning|ending|as|than|including|except)$/i;
/** Capitalised words that go with a date, not a name ("Friday May 6", "May Day", "Fourth of July"). */
const DATE_COMPANION = new RegExp(`^(?:${WEEKDAY_WORD}|${MONTH_WORD}|Day|Eve|Bank|Holiday|I|The|A|An)$`);
// "9 a.m. EST", "noon", and the 24-hour clock of British news with its zone ("23:00 BST", "1500 GMT")
const CLOCK_WORD =
  /(?:\d(?::\d\d)? ?[ap]\.?m\.?|\bnoon|\bmidnight|\b(?:[01]?\d|2[0-3]):[0-5]\d)(?: (?:EST|EDT|CST|CDT|PST|PDT|GMT|BST|UTC|CET|CEST|local time))?$|\b(?:[01]\d|2[0-3])[0-5]\d (?:GMT|BST|UTC|CET|CEST)$/i;

const STARTS_WITH_DAY = new RegExp(`^(?:${WEEKDAY_WORD}|${MONTH_WORD})`, 'i');
const MONTH_OR_SEASON = new RegExp(`^${MONTH_WORD}$|^(?:spring|summer|autumn|fall|winter)$`, 'i');
const DAY_AFTER_CLOCK = new RegExp(`^(?:${WEEKDAY_WORD}|${MONTH_WORD} \\d|today|tomorrow|yesterday)`, 'i');
const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY_WORD}$`, 'i');
// "Oct. 23", and as British news writes it "23 October"
const MONTH_DAY = new RegExp(`^(?:${MONTH_WORD} \\d|\\d{1,2}(?:st|nd|rd|th)? ${MONTH_WORD})`, 'i');

/** Words that, right after an expression, continue it (the tagger stopped a word short). */
const CONTINUATIONS: readonly RegExp[] = [
  // "fiscal" + " 1989"
  /^ (?:1[89]|20)\d\d\b/,
  // "the year two" + " thousand"
  /^ thousand(?: and \w+| \w+-\w+| (?:one|two|three|four|five|six|seven|eight|nine|ten))?\b/i,
  // "the first two quarters" + " of 1990", "the quarter" + " a year ago"
  /^ of (?:fiscal )?(?:1[89]|20)\d\d\b/,
  /^ (?:a year (?:ago|earlier)|last year|of last year)\b/,
  // "the past three" + " summers", "the next 12" + " months"
  /^ (?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|summers|winters|springs|autumns)\b/i,
  // "Earlier" + " that day", "the end" + " of the month"
  /^ (?:that|this|the same|the following|the previous) (?:day|morning|afternoon|evening|night|week|weekend|month|year|quarter)\b/i,
  /^ of (?:the|this|that|last|next) (?:day|week|month|year|quarter|decade|century)\b/i,
  // "March" + " 1st": a day after its month, with its ordinal ending
  /^ (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/,
  // "two weeks" + "' time", "a year" + "'s time": that long from now
  /^(?:['’]s?|s['’]) time\b/,
  // "Tuesday" + " nights": a weekday's part in the plural, a set
  /^ (?:mornings|afternoons|evenings|nights)\b/i,
];

/** Words that, right before an expression, belong to it: "each" + "Thursday", "a couple of" + "years". */
const PRECEDERS: readonly RegExp[] = [
  /\b(?:each|every) $/i,
  /\b(?:a couple of|a few|several|many|some) $/i,
  /\b(?:this|last|next|early|late|mid-?) $/i,
  // "noon" + "Thursday", "9 a.m. EST" + "Tuesday", "5 p.m., " + "Nov. 9": a clock time the tagger left out
  /(?:\b\d{1,2}(?::\d\d)? ?[ap]\.m\.|\b\d{1,2}(?::\d\d)? ?[ap]m\b|\bnoon|\bmidnight|\b(?:[01]?\d|2[0-3]):[0-5]\d)(?: (?:EST|EDT|CST|CDT|PST|PDT|GMT|BST|UTC|CET|CEST|local time))?,? (?:on )?$/i,
  // "the previous" + "Friday", "this coming" + "Monday"
  /\b(?:the previous|the following|this past|this coming) $/i,
  // "the end of" + "November", "the middle of" + "1990": TimeBank keeps the phrase (8 of 8 in train + dev)
  /\bthe (?:end|beginning|middle|start|(?:first|second|last) half) of (?:the )?$/i,
  // "the first" + "nine months" (7 of 7)
  /\bthe first $/i,
  // "nearly" + "two weeks ago" (6 of 7 in train + dev)
  /\bnearly $/i,
  // "twice" + "a year", "three times" + "a week": a set
  /\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) times) $/i,
  // "fiscal" + "2023"
  /\bfiscal $/i,
  // "4" + "April", "the 4th of" + "April": a day written before its month, as British news does
  /\b(?:the )?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?: of)? $/i,
  // "the" + "following week", "the" + "next morning" (TimeBank: 16 of 16 in train + dev)
  /\bthe $/i,
  // "earlier" + "this month", "late" + "last week" (22 of 28 in train + dev; before a weekday or
  // "yesterday" TimeBank leaves it out, 5 of 7)
  /\b(?:earlier|later|early|late) $/i,
];
/**
 * "at least" + "30 days", "almost" + "four years ago", "around" + "7:15 p.m.", "up to" + "180 days":
 * TIMEX3 keeps such a modifier in the extent (its `mod`); TimeBank too, 12 times of 19 in train +
 * dev ("about", "over" and "within" are left out, as most of the time there).
 */
const AMOUNT_MODIFIER =
  /\b(?:at least|almost|around|up to|no more than|no less than|less than|more than|approximately|roughly) $/i;
const MODIFIED = new RegExp(
  `^(?:\\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundred|${MONTH_WORD} \\d|noon\\b|midnight\\b)`,
  'i',
);
const DEICTIC_PERIOD =
  /^(?:this|that|last|next) (?:week|weekend|month|quarter|year|morning|afternoon|evening|night)$/i;

/**
 * "about" and "over" before a length stay outside it in TimeBank ("for about two weeks": 7 of 8,
 * "over the past year": 25 of 27), as in the TIMEX3 guidelines' examples where the modifier is a
 * signal, not part of the value.
 */
const LEADING_MODIFIER =
  /^(?:about|over) (?=\d|a |an |the |one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few)/i;

/** " before." / " after," ending a phrase: the adverb, not a preposition before another time. */
const ADVERBIAL_OFFSET =
  /^ (?:before|after)\b(?! (?:the|a|an|his|her|their|its|that|this|\w+['’]s)\b)(?=\s*[.,;:!?'"”)]|\s*$)/i;

const NAMED_PERIOD = new RegExp(
  `^(?:${MONTH_WORD}|(?:1[89]|20)\\d\\d\\b|(?:this|next|last) (?:week|month|year|quarter)$|(?:the )?(?:week|month|year)$)`,
  'i',
);
/**
 * A quarter or half the tagger began after its "the" ("1988 third quarter", "year-ago quarter"):
 * TimeBank keeps the article (train + dev: 46 of 52 such quarters and periods); not the adjective
 * "third-quarter" ("the third-quarter results": the article is the noun's).
 */
const QUARTER_NAMED =
  /^(?:(?:1[89]|20)\d\d |fiscal )?(?:(?:first|second|third|fourth|final) (?:fiscal )?(?:quarter|half)|year-(?:ago|earlier)(?: (?:first|second|third|fourth))? (?:quarter|period))$/i;
/** A year in the possessive right before a quarter: "1996's " of "1996's fourth quarter". */
const YEAR_POSSESSIVE = /\b(?:1[89]|20)\d\d['’]s $/;
/** "the winter of" right before a year ("the winter of 1994"): TIMEX3 names the season (`1994-WI`). */
const SEASON_OF = /\b(?:the )?(?:spring|summer|autumn|fall|winter) of $/i;
const YEAR_ONLY = /^(?:(?:1[89]|20)\d\d|nineteen[ -][a-z]+(?:[ -][a-z]+)?)$/i;
const SEASON_OF_YEAR =
  /^(?:spring|summer|autumn|fall|winter) of (?:(?:1[89]|20)\d\d|nineteen[ -][a-z]+(?:[ -][a-z]+)?)$/i;
const MONTH_ONLY = new RegExp(`^${MONTH_WORD}(?:,? (?:1[89]|20)\\d\\d)?$`, 'i');
const COUNTED_LENGTH =
  /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days|weeks|months|quarters|years)$/i;

/** The tens of a spelled number right before its units: "twenty-" of "twenty-five years". */
const SPELLED_TENS_BEFORE = /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]$/i;
/** The amount of a spelled hundred: "one " of "one hundred years", "a " of "a hundred days". */
const SPELLED_HUNDREDS_BEFORE = /\b(?:a|one|two|three|four|five|six|seven|eight|nine) $/i;

/**
 * Expressions the tagger ended or began a word short of TimeML's extent, grown by the patterns
 * above; a clock time and the day right after it ("9 a.m. Tuesday", "5 p.m. EST, Nov. 6") and a
 * weekday with its date ("Friday, Oct. 23") made one expression. Returns a new sorted list.
 */
export function grownExtents(text: string, extents: readonly TimexExtent[]): TimexExtent[] {
  const grown: TimexExtent[] = [];
  for (const extent of extents) {
    let { start, end, type } = extent;
    const modifier = LEADING_MODIFIER.exec(text.slice(start, end));
    if (modifier !== null) start += modifier[0].length;
    const surface = text.slice(start, end);
    for (const pattern of CONTINUATIONS) {
      const match = pattern.exec(text.slice(end, end + 40));
      if (match === null) continue;
      // a bare number takes a unit; a unit or year a period of a year
      if (
        pattern === CONTINUATIONS[4] &&
        !/(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve))$/i.test(surface)
      )
        continue;
      if (pattern === CONTINUATIONS[0] && !/\bfiscal$/i.test(surface)) continue;
      if (pattern === CONTINUATIONS[1] && !/\b(?:two|one)$/i.test(surface)) continue;
      if (
        (pattern === CONTINUATIONS[2] || pattern === CONTINUATIONS[3]) &&
        !/\b(?:quarters?|halves|half|period)$/i.test(surface)
      )
        continue;
      if (pattern === CONTINUATIONS[5] && !/^(?:earlier|later|early|late)$/i.test(surface)) continue;
      if (pattern === CONTINUATIONS[6] && !/\b(?:end|beginning|start|middle|rest)$/i.test(surface)) continue;
      if (
        pattern === CONTINUATIONS[8] &&
        (!/\b(?:hour|day|week|month|year)s?$/i.test(surface) || !/\bin $/i.test(text.slice(start - 3, start)))
      )
        continue;
      if (pattern === CONTINUATIONS[9] && !WEEKDAY_ONLY.test(surface)) continue;
      end += match[0].length;
      if (pattern === CONTINUATIONS[4]) type = 'DURATION';
      if (pattern === CONTINUATIONS[9]) type = 'SET';
      if (pattern === CONTINUATIONS[0] || pattern === CONTINUATIONS[1] || pattern === CONTINUATIONS[7])
        type = 'DATE';
      break;
    }
    const before = text.slice(Math.max(0, start - 30), start);
    const startsWithDay = STARTS_WITH_DAY.test(surface);
    if (
      PRECEDERS[0]!.test(before) &&
      (startsWithDay ||
        /^(?:morning|evening|night|day|week|month|year|spring|summer|autumn|fall|winter)s?$/i.test(surface) ||
        COUNTED_LENGTH.test(surface))
    ) {
      start -= PRECEDERS[0]!.exec(before)![0].length;
      type = 'SET';
    } else if (
      PRECEDERS[1]!.test(before) &&
      /^(?:seconds|minutes|hours|days|weeks|months|years|decades)$/i.test(surface)
    ) {
      start -= PRECEDERS[1]!.exec(before)![0].length;
      type = 'DURATION';
    } else if (PRECEDERS[2]!.test(before) && MONTH_OR_SEASON.test(surface)) {
      start -= PRECEDERS[2]!.exec(before)![0].length;
    } else if (
      AMOUNT_MODIFIER.test(before) &&
      MODIFIED.test(surface) &&
      !/^(?:at least|almost|around|up to|no more than|no less than|less than|more than|approximately|roughly)\b/i.test(
        surface,
      )
    ) {
      start -= AMOUNT_MODIFIER.exec(before)![0].length;
    } else if (PRECEDERS[12]!.test(before) && DEICTIC_PERIOD.test(surface)) {
      start -= PRECEDERS[12]!.exec(before)![0].length;
    } else if (PRECEDERS[3]!.test(before) && DAY_AFTER_CLOCK.test(surface) && !/^\d/.test(surface)) {
      start -= PRECEDERS[3]!.exec(before)![0].length;
      type = 'TIME';
    } else if (PRECEDERS[4]!.test(before) && WEEKDAY_ONLY.test(surface)) {
      start -= PRECEDERS[4]!.exec(before)![0].length;
    } else if (PRECEDERS[5]!.test(before) && NAMED_PERIOD.test(surface)) {
      start -= PRECEDERS[5]!.exec(before)![0].length;
    } else if (PRECEDERS[6]!.test(before) && COUNTED_LENGTH.test(surface)) {
      start -= PRECEDERS[6]!.exec(before)![0].length;
    } else if (/\bthe $/i.test(before) && /^first /i.test(surface) && COUNTED_LENGTH.test(surface.slice(6))) {
      start -= 4;
    } else if (
      YEAR_POSSESSIVE.test(before) &&
      /^(?:first|second|third|fourth) (?:fiscal )?(?:quarter|half)$/i.test(surface)
    ) {
      // "1996's" + "fourth quarter": the quarter of the year named (`1996-Q4`), one expression
      start -= YEAR_POSSESSIVE.exec(before)![0].length;
    } else if (/\bthe (?:comparable |same )?$/i.test(before) && QUARTER_NAMED.test(surface)) {
      start -= /\bthe (?:comparable |same )?$/i.exec(before)![0].length;
    } else if (PRECEDERS[11]!.test(before) && /^(?:following|previous|preceding|next) \w+$/i.test(surface)) {
      start -= PRECEDERS[11]!.exec(before)![0].length;
    } else if (PRECEDERS[10]!.test(before) && MONTH_ONLY.test(surface)) {
      start -= PRECEDERS[10]!.exec(before)![0].length;
    } else if (
      PRECEDERS[8]!.test(before) &&
      /^(?:a|an|per|every|each) (?:day|week|month|year)$/i.test(surface)
    ) {
      start -= PRECEDERS[8]!.exec(before)![0].length;
      type = 'SET';
    } else if (SEASON_OF.test(before) && YEAR_ONLY.test(surface)) {
      // "the winter of" + "1994", "spring of" + "nineteen ninety-four": the season is the time named
      start -= SEASON_OF.exec(before)![0].length;
      type = 'DATE';
    } else if (/\bthe $/i.test(before) && SEASON_OF_YEAR.test(surface)) {
      // "the" + "summer of 2003" (TIMEX3 keeps the article)
      start -= 4;
    } else if (PRECEDERS[9]!.test(before) && /^(?:1[89]|20)\d\d$/.test(surface)) {
      start -= PRECEDERS[9]!.exec(before)![0].length;
    } else if (
      PRECEDERS[7]!.test(before) &&
      /^(?:\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|twelve)/i.test(surface)
    ) {
      start -= PRECEDERS[7]!.exec(before)![0].length;
    }
    // "twenty-five years", "ninety one days", "one hundred years": the tagger began at the last word
    // of a spelled number (the tokenizer splits "twenty-five" at its hyphen)
    const spelled = text.slice(start, end);
    const tens = SPELLED_TENS_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (tens !== null && /^(?:one|two|three|four|five|six|seven|eight|nine)\b/i.test(spelled))
      start -= tens[0].length;
    else if (
      /^\d+\/\d+ /.test(spelled) &&
      /(?<![\d/.,])\d+ $/.test(text.slice(Math.max(0, start - 6), start))
    )
      // "2" + "1/2 years ago": the whole number before a fraction
      start -= /\d+ $/.exec(text.slice(Math.max(0, start - 6), start))![0].length;
    else {
      const hundreds = SPELLED_HUNDREDS_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (hundreds !== null && /^hundred\b/i.test(spelled)) start -= hundreds[0].length;
    }
    // "she had denied it the day before.", "down from $4 million the year before.": a day or a year
    // read from the one talked about ("the day before
    // the vote" is left to the tagger: there "before" links two times)
    const adverbial = ADVERBIAL_OFFSET.exec(text.slice(end, end + 24));
    if (adverbial !== null) {
      const current = text.slice(start, end);
      const article = /\bthe $/i.test(text.slice(Math.max(0, start - 4), start));
      if (
        /^the (?:day|night|week|month|year)$/i.test(current) ||
        (/^(?:day|night|week|month|year)$/i.test(current) && article)
      ) {
        if (!/^the /i.test(current)) start -= 4;
        end += adverbial[0].length;
        type = 'DATE';
      }
    }
    grown.push({ start, end, type });
  }
  // merges: "9 a.m." + "Tuesday"; "Friday" + ", Oct. 23"
  const merged: TimexExtent[] = [];
  for (const extent of grown) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.end <= extent.start) {
      const gap = text.slice(last.end, extent.start);
      const left = text.slice(last.start, last.end);
      const right = text.slice(extent.start, extent.end);
      const clockThenDay = CLOCK_WORD.test(left) && /^,? (?:on )?$/.test(gap) && DAY_AFTER_CLOCK.test(right);
      const weekdayThenDate = WEEKDAY_ONLY.test(left) && /^, $/.test(gap) && MONTH_DAY.test(right);
      if (clockThenDay || weekdayThenDate) {
        merged[merged.length - 1] = {
          start: last.start,
          end: extent.end,
          type: clockThenDay ? 'TIME' : 'DATE',
        };
        continue;
      }
    }
    // a grown extent that now covers the next one takes it in
    if (last !== undefined && extent.start < last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, extent.end), type: last.type };
      continue;
    }
    merged.push(extent);
  }
  return merged;
}

const UNIT_END = /(?:second|minute|hour|day|week|month|year|decade)s?$/i;
// "back" as "ago" ("a few years back") only where it ends the phrase: not "two weeks back home"
const OFFSET_WORD =
  /^[ -](?:earlier|later|ago|back(?=\s*[.,;:!?'"”)]|\s+(?:when|then|and|but|in|at|on|I|we|he|she|they|it|the)\b))\b/i;

/**
 * "a year" cut before its "earlier", "three days" before its "ago" or "back": TimeML's extent takes
 * the word in (a date a year before the time talked about, not a length of a year).
 */
export function withOffsetWord(text: string, extent: TimexExtent): TimexExtent {
  if (extent.type !== 'DURATION' || !UNIT_END.test(text.slice(extent.start, extent.end))) return extent;
  const offset = OFFSET_WORD.exec(text.slice(extent.end, extent.end + 10));
  return offset === null ? extent : { start: extent.start, end: extent.end + offset[0].length, type: 'DATE' };
}

/**
 * An extent the tagger ran on ("last week a customer", "this year as last"): the longest start of
 * it the rules can read, down to two words off its end, with its length; null if none. A vague
 * reading of a longer phrase ("the next" of "the next 12 …") is no reading of it; one word ("now"
 * of "now beginning") is.
 */
export function readableStart(
  surface: string,
  type: TimeType,
  context: NormaliseContext,
  following: string,
): { readonly time: NormalisedTime; readonly length: number } | null {
  const words = [...surface.matchAll(/\S+/g)];
  for (let drop = 1; drop <= 2 && drop < words.length; drop += 1) {
    const kept = words[words.length - 1 - drop]!;
    const length = kept.index + kept[0].length;
    const shorter = surface.slice(0, length);
    // "the last three months of" + "2004": no expression ends on a word that leads into more
    if (/\s(?:of|and|or|to|in|the|a)$/i.test(shorter)) continue;
    const time = resolveTimex(shorter, type, { ...context, after: surface.slice(length) + following });
    if (time !== null && (!time.value.endsWith('_REF') || !/\s/.test(shorter.trim())))
      return { time, length };
  }
  return null;
}

/**
 * Every time expression of the document as TIMEX3 (`t1`, `t2`, … in text order): extents from the
 * learned tagger (recognise.ts), completed by the date rules of relative-dates.ts where the tagger
 * saw nothing ("on 3 June"), then valued by normalise.ts against the reference day and the time
 * being talked about (the last calendar date before the expression).
 */
export function findTimes(
  text: string,
  segments: Segments,
  referenceDate: string | null,
  // another tagger's weights (a cross-validation fold's); the committed model by default
  weights: TaggerModel = timexModel(),
): TimeExpression[] {
  const compounds = compoundDurations(text);
  const extents: TimexExtent[] = recogniseTimexes(text, segments, weights).filter(
    (extent) =>
      !compounds.some((compound) => compound.start < extent.end && compound.end > extent.start) &&
      // a lone "two-" or "last-" is a piece of a compound word the tagger cut
      !/-$/.test(text.slice(extent.start, extent.end)),
  );
  extents.push(...compounds);
  for (const fallback of [...fallbackExtents(text), ...coordinatedDayExtents(text)]) {
    const overlapping = extents.filter(
      (extent) => extent.start < fallback.end && extent.end > fallback.start,
    );
    if (overlapping.length === 0) extents.push(fallback);
    // a clock time the tagger cut in two ("around 2" + "15am on Sunday" for "around 2.15am on
    // Sunday"): one expression over the pieces and the clock
    else if (fallback.type === 'TIME' && overlapping.some((extent) => extent.end < fallback.end))
      extents.splice(0, extents.length, ...extents.filter((extent) => !overlapping.includes(extent)), {
        start: Math.min(fallback.start, ...overlapping.map((extent) => extent.start)),
        end: Math.max(fallback.end, ...overlapping.map((extent) => extent.end)),
        type: 'TIME',
      });
    // "Q4 2023" where the tagger found only the year, "that summer" where it found only the
    // season: the whole expression over it
    else if (
      /^(?:\S+ and a half |\S+ \S+ and a half(?: ago| earlier| later)?$|[QH][1-4] |(?:[Tt]he )?(?:fiscal[- ]\w+|\w+ fiscal) quarter$|[Tt]he (?:first|last|final|opening|closing) (?:few )?(?:hours|days|weeks|months|years)$|\S+ (?:o'clock )?in the (?:morning|afternoon|evening)$|[Tt]hat (?:same )?(?:spring|summer|autumn|winter)|(?:[Tt]he )?(?:morning|afternoon|evening|night|early hours|small hours) of |(?:dawn|daybreak|dusk|nightfall|mid[- ]?morning|mid[- ]?afternoon) (?:on|of) )/.test(
        text.slice(fallback.start, fallback.end),
      ) &&
      overlapping.every((extent) => extent.start >= fallback.start && extent.end <= fallback.end)
    )
      extents.splice(
        0,
        extents.length,
        ...extents.filter((extent) => !overlapping.includes(extent)),
        fallback,
      );
  }
  for (const found of findTimeExpressions(text, referenceDate)) {
    // the rule span keeps its preposition ("on June 3"); TimeML leaves it out
    const start = found.start + (/^(?:on|On)\s+/.exec(text.slice(found.start, found.end))?.[0].length ?? 0);
    if (extents.some((extent) => extent.start < found.end && extent.end > start)) continue;
    extents.push({ start, end: found.end, type: /T[A-Z]{2}$/.test(found.value) ? 'TIME' : 'DATE' });
  }
  extents.sort((left, right) => left.start - right.start);
  extents.splice(0, extents.length, ...grownExtents(text, extents));
  for (let index = extents.length - 1; index >= 0; index -= 1) {
    extents[index] = afterOtherCompound(text, extents[index]!);
    if (noTimeExpression(text, segments, extents[index]!)) extents.splice(index, 1);
  }
  for (let index = 0; index < extents.length; index += 1) {
    const grown = withOffsetWord(text, withAmount(text, extents[index]!));
    // "two to six days" where "six days" is an expression of its own: TimeML keeps the two
    const before = extents[index - 1];
    const after = extents[index + 1];
    // "the next 12" + " to 18 months" is one stretch: the range's end goes into it
    const range =
      after !== undefined &&
      after.end <= grown.end &&
      /^(?:the )?(?:next|past|last|coming|first) /i.test(text.slice(grown.start, grown.end));
    if (
      (before === undefined || before.end <= grown.start) &&
      (after === undefined || after.start >= grown.end || range)
    ) {
      extents[index] = grown;
      if (range) extents.splice(index + 1, 1);
    }
  }
  const reference = parseReferenceDay(referenceDate);
  const times: TimeExpression[] = [];
  let anchor: string | null = null;
  let lastQuarter: string | null = null;
  let yearToDate = false;
  for (const found of extents) {
    // the tagger may take the "'s" and its noun into the extent ("Sunday's final"): the day alone
    const day = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=['’]s\b)/i.exec(
      text.slice(found.start, found.end),
    );
    const extent = day === null ? found : { ...found, end: found.start + day[0].length };
    const surface = text.slice(extent.start, extent.end);
    const before = text.slice(sentenceStart(segments, extent.start), extent.start);
    const clause = clauseTime(before);
    const tense = clauseTense(text, segments, extent.start, extent.end);
    // the verb the expression hangs on says future ("will meet Friday", "is scheduled to land
    // Tuesday") or past; the words before it are the fallback, and "said Friday" stays past
    // "would look for ways to get around Wednesday's ruling": a possessive day names an event the
    // noun reports, not the verb's time (train + dev: 19 of 19 such weekdays on or before the
    // creation day); "ahead of Thursday's vote" says it is to come
    const possessive = /^['’]s\b/.test(text.slice(extent.end, extent.end + 3));
    // "On Tuesday, the (long name) League plans to hold …": an opening time whose verb the parse
    // missed takes the announcing verb that follows it in its sentence
    const opening =
      tense !== 'future' &&
      clause === 'other' &&
      /^\s*(?:on\s+)?$/i.test(before) &&
      announcedAfter(text, segments, extent.end);
    const future =
      opening ||
      (possessive
        ? possessiveAhead(text, segments, before, extent.start, extent.end)
        : clause !== 'past' && ((clause === 'future' && tense !== 'past') || tense === 'future')) ||
      AHEAD_CUE.test(before.slice(-80));
    // "the year-ago quarter, the second quarter": in apposition to the quarter just named
    const previous = times[times.length - 1];
    const apposed =
      previous !== undefined &&
      /^\d{4}-Q\d$/.test(previous.value) &&
      /^,\s*$/.test(text.slice(previous.end, extent.start).replace(/\bthe\s*$/i, ''));
    // "leave Bombay from March 30, with the third departing each Thursday from August 6": after a
    // day ahead of the reference in the same sentence, a date the clause does not put in the past
    // is ahead too (the time talked about is the future)
    const sentenceFrom = sentenceStart(segments, extent.start);
    const lastDay = times.findLast((time) => /^\d{4}-\d\d-\d\d/.test(time.value));
    const aheadInSentence =
      lastDay !== undefined &&
      lastDay.start >= sentenceFrom &&
      reference !== null &&
      clause !== 'past' &&
      tense !== 'past' &&
      (parseReferenceDay(lastDay.value) ?? -Infinity) > reference &&
      // "is meeting her on Thursday, the third meeting since the bid in December": looking back
      !/\b(?:since|ago|earlier|previously|last)\b/i.test(text.slice(lastDay.end, extent.start));
    const context: NormaliseContext = {
      reference,
      anchor,
      future: future || aheadInSentence,
      deadline: clause === 'deadline',
      past: !future && clause !== 'deadline' && tense === 'past',
      lastQuarter: apposed ? previous.value : lastQuarter,
      yearToDate: !apposed && yearToDate,
      after: text.slice(extent.end, extent.end + 24),
      before: before.slice(-64),
    };
    let normalised: NormalisedTime | null =
      coordinatedDay(text, surface, previous, extent.start) ?? resolveTimex(surface, extent.type, context);
    const start = extent.start;
    let end = extent.end;
    if (normalised === null) {
      const shorter = readableStart(surface, extent.type, context, text.slice(extent.end, extent.end + 24));
      // the shorter reading of "the second day" is the ordinal alone: no time
      if (shorter !== null && ordinalSecond(text, start, start + shorter.length)) continue;
      if (shorter !== null) {
        normalised = shorter.time;
        end = start + shorter.length;
      }
    }
    // an extent no rule reads and that names no unit, period or day ("eight hundred dollars", "the
    // end", "third-largest"): the tagger's mistake, not a time TimeML would leave unresolved (no
    // DATE in train + dev has the value XXXX-XX-XX)
    if (normalised === null && !NAMES_TIME.test(surface)) continue;
    // "Now, he says, …": opening its sentence and set off by a comma, "now" is a discourse marker
    // that turns the story rather than dating anything (train + dev: 0 of 3 annotated); "Now
    // officials are investigating …" without the comma is the present of its clause, a time
    // (train + dev: 5 of 9 annotated — dev 0 of 2, train 5 of 7)
    if (surface === 'Now' && /^[\s"'“‘`(]*$/.test(before) && /^\s*,/.test(text.slice(end, end + 3))) continue;
    normalised ??= normaliseTimex(surface, extent.type, context);
    times.push({ id: `t${times.length + 1}`, start, end, ...normalised });
    // "a year earlier", "the previous day" are read from the anchor; they do not move it
    if ((normalised.type === 'DATE' || normalised.type === 'TIME') && !RELATIVE_TO_ANCHOR.test(surface)) {
      if (ANCHORING.test(normalised.value)) anchor = normalised.value;
      // "earned $630m in the fourth quarter, down from $1bn in the fourth quarter of 2003": the
      // same quarter a year back is the comparison, the quarter talked about stays
      if (
        /^\d{4}-Q\d$/.test(normalised.value) &&
        !comparisonQuarter(normalised.value, lastQuarter, reference)
      ) {
        lastQuarter = normalised.value;
        yearToDate = false;
      }
    }
    // "the nine months", "the first half": a stretch from the start of the year, compared next
    if (lastQuarter !== null && YEAR_TO_DATE.test(surface)) yearToDate = true;
  }
  return times;
}
