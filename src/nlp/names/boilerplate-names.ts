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
 *   company is named before it.
 */
export function dropBoilerplateNames(text: string, names: readonly NameMention[]): NameMention[] {
  return names.filter((name) => {
    const surface = text.slice(name.start, name.end);
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
