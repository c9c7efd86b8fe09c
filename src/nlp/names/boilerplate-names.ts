import { lemmaOf, synset, synsetsOf } from '../events/wordnet.js';
import { lookupPlace, organisation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/**
 * Clock times, time zones, postal boxes, figures and stock symbols are no names: "2am", "(1812
 * IST)", "10:30pm AEST", "P.O. Box 410", "FG%", ".802" and "(NASDAQ:LOGI)" were typed ORG, MISC or LOC.
 * - a name that is a clock time ("2am", "11.30pm", "7 a.m.") is dropped;
 * - a name that is a time zone's abbreviation, as the ICU data behind `Intl` writes zones in English
 *   ("GMT", "IST", "AEST", "EDT"), is dropped when a clock time or a number comes right before it
 *   ("at 1242 GMT", "9pm AEST"); elsewhere ("GST" a tax, "EST" a company) it stays;
 * - a name that opens with a postal box ("P.O. Box 410", "PO Box") is dropped;
 * - a name with no letter ("802") or ending in a per cent sign ("FG%") is dropped;
 * - a stock symbol after an exchange and a colon in brackets ("(NYSE: KLM)") is dropped: the
 *   company is named before it;
 * - a name found only inside a bracketed label of two words or more that the text repeats after
 *   different words ("(News - Alert)" after every company a web page links) is dropped.
 */
export function dropBoilerplateNames(text: string, names: readonly NameMention[]): NameMention[] {
  const labels = repeatedLabels(text);
  return names.filter((name) => {
    const surface = text.slice(name.start, name.end);
    if (labels.length > 0 && inLabel(name.start, surface, labels) && onlyInLabels(text, surface, labels))
      return false;
    if (CLOCK_TIME.test(surface) || POSTAL_BOX.test(surface)) return false;
    if (!/\p{L}/u.test(surface) || surface.endsWith('%')) return false;
    if (
      TICKER_BEFORE.test(text.slice(Math.max(0, name.start - 24), name.start)) &&
      /^\s*\)/u.test(text.slice(name.end, name.end + 3))
    )
      return false;
    if (!ZONE_SHAPE.test(surface)) return true;
    if (!TIME_BEFORE.test(text.slice(Math.max(0, name.start - 24), name.start))) return true;
    return !timeZoneAbbreviations().has(surface);
  });
}

/** A bracketed aside of two words or more, no digits, no other brackets: "(News - Alert)". */
const BRACKETED = /\((\p{L}[^()\d\n]{0,38}\s[^()\d\n]{0,38}\p{L})\)/gu;

/**
 * The spans of bracketed asides of two words or more that the text repeats word for word two or more
 * times, each right after a different word: the label of a web page's link written after every
 * company it names ("Velor (News - Alert) … Tarn (News - Alert)"), not a part of the text.
 */
function repeatedLabels(text: string): [number, number][] {
  if (text.indexOf('(') < 0) return [];
  const byInner = new Map<string, { spans: [number, number][]; before: Set<string> }>();
  for (const match of text.matchAll(BRACKETED)) {
    const start = match.index ?? 0;
    const inner = match[1] as string;
    const before = /(\S+)\s*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
    const entry = byInner.get(inner) ?? { spans: [], before: new Set<string>() };
    entry.spans.push([start, start + match[0].length]);
    entry.before.add(before);
    byInner.set(inner, entry);
  }
  const spans: [number, number][] = [];
  for (const { spans: found, before } of byInner.values()) if (before.size >= 2) spans.push(...found);
  return spans;
}

/**
 * Does the surface written at `at` lie inside one of the labels? A name outside them is written
 * outside them at least once, so the text need not be searched for its other occurrences.
 */
function inLabel(at: number, surface: string, labels: readonly [number, number][]): boolean {
  return labels.some(([start, end]) => start <= at && at + surface.length <= end);
}

/** Does the name's surface stand nowhere in the text but inside those labels? */
function onlyInLabels(text: string, surface: string, labels: readonly [number, number][]): boolean {
  let at = text.indexOf(surface);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(surface, at + 1)) if (!inLabel(at, surface, labels)) return false;
  return true;
}

const CLOCK_TIME = /^\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)$/iu;
const POSTAL_BOX = /^P\.?\s?O\.?\s+Box\b/iu;
const ZONE_SHAPE = /^[A-Z]{2,5}$/u;
/** "(NYSE: ", "(Nasdaq:", "(SWX:" right before a name. */
const TICKER_BEFORE = /\(\s*[\p{L}]+\s*:\s*$/u;
/** A clock time or a number, then spaces or an opening bracket, at the end of the text before. */
const TIME_BEFORE = /(?:\d|\d\s?[ap]\.?m\.?|\bnoon|\bmidnight)[\s(]*$/iu;

/**
 * English locales and the zones whose abbreviations ICU writes in them: North America (EST, PDT,
 * AKST, HST), Europe (GMT, BST, CET, EEST), the Gulf (GST), India (IST), Australia and New Zealand
 * (AEST, ACDT, NZDT). A locale only names its own region's zones; asking for fewer zones keeps the
 * one-time cost small (each formatter costs about 0.1 ms).
 */
const LOCALE_ZONES: readonly (readonly [string, RegExp])[] = [
  ['en-CA', /^(?:America|Pacific\/Honolulu)/u],
  ['en-GB', /^(?:Europe|Atlantic|Asia\/Dubai)/u],
  ['en-IN', /^Asia\/(?:Kolkata|Calcutta)/u],
  ['en-AU', /^(?:Australia|Pacific\/(?:Auckland|Chatham))/u],
];

let zones: ReadonlySet<string> | undefined;

/** Every zone abbreviation `Intl` writes for a time zone in an English locale, winter and summer. */
function timeZoneAbbreviations(): ReadonlySet<string> {
  if (zones !== undefined) return zones;
  const found = new Set<string>(['UTC', 'GMT']);
  const dates = [new Date(Date.UTC(2020, 0, 15)), new Date(Date.UTC(2020, 6, 15))];
  const all = Intl.supportedValuesOf('timeZone');
  for (const [locale, region] of LOCALE_ZONES)
    for (const zone of all) {
      if (!region.test(zone)) continue;
      const format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
      for (const date of dates) {
        const part = format.formatToParts(date).find((item) => item.type === 'timeZoneName');
        if (part !== undefined && ZONE_SHAPE.test(part.value)) found.add(part.value);
      }
    }
  zones = found;
  return found;
}

/** A company's legal form written after its name: "Inc.", "Corp", "Ltd.", "& Co.", "plc", "LLC". */
const CORPORATE_SUFFIX = /^(?:&\s*)?(?:Inc|Corp|Co|Ltd|Llc|LLC|plc|PLC|LLP|GmbH|AG|S\.?A|N\.?V)\.?$/u;
/** What may stand between a company's name and its legal form: "Lumen Labs Inc.", "Lumen Labs, Inc.". */
const SUFFIX_GAP = /^,? ?$/u;
/** A trademark sign written with letters in brackets: "Harmony(R)", "Glide (TM)". */
const TRADEMARK = /^(?:R|TM|SM)$/u;

/**
 * Legal forms, trademark signs and heading words are no names of their own: "Inc." (cut from
 * "Lumen Labs, Inc."), "& Co." (from "Dow Jones & Co."), the "R" and "TM" of "Glide(R)" and "Lumo(TM)",
 * and "SCORECARD" on a line of its own were typed ORG, MISC or PERSON.
 * - a name that is only a company's legal form joins the name one space before it ("Tarrow Lane" and
 *   "& Co."), which is then an organisation; after a comma ("Lumen Labs, Inc.") it is dropped and the
 *   name before it is the organisation; with no name there it is dropped;
 * - "R", "TM" or "SM" between brackets is dropped;
 * - a heading word (one capitalised word of five letters or more, alone on its line) that WordNet
 *   knows only as a common noun of things, acts or works ("SCORECARD", "LYRICS") is dropped:
 *   no group, place or person, no instance ("LONDON", "NASA" and the like stay).
 */
export function dropLegalFormsAndSigns(text: string, names: readonly NameMention[]): NameMention[] {
  const output: NameMention[] = [];
  for (const name of names) {
    const surface = text.slice(name.start, name.end);
    if (CORPORATE_SUFFIX.test(surface)) {
      const previous = output[output.length - 1];
      const gap = previous === undefined ? '' : text.slice(previous.end, name.start);
      // "Lumen Labs, Inc.": the comma would split them again (a list of organisations); the name
      // before it is the organisation
      if (previous !== undefined && SUFFIX_GAP.test(gap))
        output[output.length - 1] = {
          start: previous.start,
          end: gap.startsWith(',') ? previous.end : name.end,
          type: 'ORG',
        };
      continue;
    }
    if (TRADEMARK.test(surface) && text[name.start - 1] === '(' && text[name.end] === ')') continue;
    if (isHeadingWord(text, name, surface)) continue;
    output.push(name);
  }
  return output;
}

/** A capitalised word (no article) and the one space after it: "Press " of "Press Association Ltd.". */
const WORD_BEFORE_NAME = /(?<![\p{L}\p{N}'’-])(?!The\b)(\p{Lu}[\p{Ll}\p{M}]+) $/u;
/** Where a sentence or line opens: its first word is capitalised whatever it is. */
const SENTENCE_OPENING = /(?:^|[.!?]["”’']?\s|\n)\s*$/u;

/**
 * "Copyright (c) Press Association Ltd.": the recogniser left out "Press" and typed "Association
 * Ltd." ORG. An ORG name of two words or more that ends with a company's legal form takes in the
 * capitalised words (at most two) right before it, one space apart, that are in no other name and
 * do not open a sentence or line ("Yesterday Lumen Labs Ltd." keeps its first word out). "The" stays
 * out.
 */
export function joinWordsBeforeLegalForms(text: string, names: readonly NameMention[]): NameMention[] {
  return names.map((name, index) => {
    if (name.type !== 'ORG') return name;
    const surface = text.slice(name.start, name.end);
    const form = LEGAL_FORM_END.exec(surface);
    if (form === null || form.index === 0) return name;
    const floor = index > 0 ? (names[index - 1] as NameMention).end : 0;
    let start = name.start;
    for (let taken = 0; taken < 2; taken += 1) {
      const before = text.slice(Math.max(floor, start - 30), start);
      const word = WORD_BEFORE_NAME.exec(before);
      if (word === null) break;
      const wordStart = start - word[0].length;
      if (SENTENCE_OPENING.test(text.slice(Math.max(0, wordStart - 4), wordStart)) || wordStart < floor)
        break;
      start = wordStart;
    }
    return start === name.start ? name : { ...name, start };
  });
}

/** WordNet files of groups, places and people (noun.group, noun.location, noun.person). */
const NAMING_FILES: ReadonlySet<number> = new Set([14, 15, 18]);

function isHeadingWord(text: string, name: NameMention, surface: string): boolean {
  if (!/^\p{Lu}{5,}$/u.test(surface)) return false;
  const lineStart = text.lastIndexOf('\n', name.start - 1) + 1;
  const lineEnd = text.indexOf('\n', name.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  if (line !== surface) return false;
  if (lookupPlace(surface) !== undefined || organisation(surface) !== undefined) return false;
  const lower = surface.toLowerCase();
  const senses = synsetsOf(lemmaOf(lower, 'noun') ?? lower, 'noun');
  if (senses.length === 0) return false;
  return senses.every((offset) => {
    const entry = synset(offset, 'noun');
    return (
      !NAMING_FILES.has(entry.lexicographerFile) && !entry.pointers.some((pointer) => pointer.symbol === '@i')
    );
  });
}

/** A company's legal form ending a name: "Lumen Labs Inc.", "Lumen Labs, Inc.", "Tarrow & Co.". */
const LEGAL_FORM_END = /(?:,? (?:&\s*)?(?:Inc|Corp|Co|Ltd|Llc|LLC|plc|PLC|LLP|GmbH|AG)\.?)$/u;

/**
 * A company named once with its legal form is that company wherever the text names it without it:
 * "the Walt Lumen Co." … "Walt Lumen" typed PERSON, "Lumen Labs, Inc." … "Lumen Labs" typed LOC. The
 * PERSON, LOC or MISC mentions whose words are an ORG name less its legal form become ORG.
 */
export function typeCompaniesByLegalForms(text: string, names: readonly NameMention[]): NameMention[] {
  let stems: Set<string> | undefined;
  for (const name of names) {
    if (name.type !== 'ORG') continue;
    const surface = text.slice(name.start, name.end);
    const form = LEGAL_FORM_END.exec(surface);
    if (form === null || form.index === 0) continue;
    (stems ??= new Set()).add(surface.slice(0, form.index).replace(/^the /iu, ''));
  }
  const found = stems;
  if (found === undefined) return names.slice();
  return names.map((name) =>
    name.type !== 'ORG' && name.subtype === undefined && found.has(text.slice(name.start, name.end))
      ? { start: name.start, end: name.end, type: 'ORG' }
      : name,
  );
}
