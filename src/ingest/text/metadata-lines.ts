/**
 * Step 4: lines that carry metadata rather than story: the byline, the dateline and the name of
 * the publisher.
 */

import { monthNumber, parseHumanDate } from '../dates.js';

/** Words a dateline may hold besides the date itself: "Published", "Updated", "Mon", "GMT", "at". */
const DATELINE_WORDS = new Set([
  'published',
  'updated',
  'last',
  'posted',
  'on',
  'at',
  'date',
  'created',
  'modified',
  'first',
  'gmt',
  'bst',
  'utc',
  'est',
  'edt',
  'pst',
  'pdt',
  'cet',
  'cest',
  'et',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'the',
  'of',
  'by',
  'and',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'veröffentlicht',
  'aktualisiert',
  'am',
  'um',
  'uhr',
  'stand',
  'publié',
  'le',
  'mis',
  'à',
  'jour',
  'publicado',
  'actualizado',
  'el',
  'de',
  'a',
  'las',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
]);

/**
 * "Published 12 March 2025 6:00am", "Updated: Mon 12 Mar 2025 06.00 GMT", "March 12, 2025":
 * a short line that names a date and little else.
 */
export function datelineDate(line: string): string | null {
  // Every date form read here has digits (a day or a year): a cheap test before the parser.
  if (line.length > 120 || !/\d/.test(line)) return null;
  // plain text states no day/month convention: an ambiguous "03/04/2010" is not read
  const date = parseHumanDate(line, null);
  if (!date) return null;
  let otherWords = 0;
  for (const raw of line.toLowerCase().split(/[\s,|•·]+/u)) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
    if (token.length === 0) continue;
    if (DATELINE_WORDS.has(token) || monthNumber(token) !== null || /^[\d:.\-/]+(?:am|pm|h)?$/u.test(token))
      continue;
    otherWords++;
  }
  return otherWords <= 1 ? date : null;
}

/** "By Jane Roe", "By Jane Roe and Sam Poe, Political Correspondent", "Von Anna Schmidt", "Par Luc Martin". */
const BYLINE =
  /^(?:by|from|von|par|por|written by|words by|reporting by|author:|autor:|auteur\s?:)\s+(.+)$/iu;

/** The author names of a byline line, or null when the line is not a byline. */
export function bylineNames(line: string): string | null {
  if (line.length > 160) return null;
  const match = BYLINE.exec(line);
  if (!match) return null;
  // Cut at the first separator: "By Jane Roe | Published …", "By Jane Roe, Health Editor".
  const names = (match[1] ?? '').split(/\s[|•·—–-]\s|,|\s{2,}/u)[0]?.trim() ?? '';
  const words = names.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length < 1 || words.length > 8) return null;
  // "By Monday, the troops had left." is a sentence, not a byline: every word must be a name or a joiner.
  const allNames = words.every(
    (word) =>
      /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word) ||
      word === 'and' ||
      word === '&' ||
      word === 'und' ||
      word === 'et' ||
      word === 'y',
  );
  if (!allNames) return null;
  if (/[.!?]["”’]?$/u.test(line) && words.length > 3) return null;
  const firstName = (words[0] ?? '').toLowerCase();
  if (DATELINE_WORDS.has(firstName) || monthNumber(firstName) !== null) return null;
  return names;
}

/** Words that end the names of news outlets: "The Daily Example", "Example Herald", "Example News". */
const OUTLET_NOUNS = new Set([
  'times',
  'post',
  'telegraph',
  'guardian',
  'herald',
  'tribune',
  'journal',
  'news',
  'gazette',
  'independent',
  'observer',
  'chronicle',
  'express',
  'mail',
  'mirror',
  'standard',
  'star',
  'sun',
  'globe',
  'examiner',
  'courier',
  'record',
  'register',
  'review',
  'dispatch',
  'bulletin',
  'sentinel',
  'inquirer',
  'monitor',
  'press',
  'daily',
  'weekly',
  'magazine',
  'today',
  'online',
  'network',
  'radio',
  'tv',
  'television',
  'zeitung',
  'rundschau',
  'allgemeine',
  'tagblatt',
  'anzeiger',
  'kurier',
  'nachrichten',
  'presse',
  'spiegel',
  'monde',
  'figaro',
  'libération',
  'parisien',
  'país',
  'mundo',
  'diario',
  'periódico',
  'vanguardia',
  'nación',
  'tiempo',
  'república',
  'prensa',
]);

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.&-]*|&|of|and|the|de|du|der|die|la|le|el)$/u;
const CORPORATE_SUFFIX = /\s+(?:Ltd|Limited|Inc|LLC|LLP|LP|PLC|plc|GmbH|AG|SA|S\.A\.|Group|Media|Co)\.?$/u;

/** A capitalised name starting at the text's beginning: "The Daily Example free for …" → "The Daily Example". */
function leadingName(text: string): string | null {
  const words = text.trim().split(/\s+/u).slice(0, 8);
  const taken: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/[.,;:!?)"”’]+$/u, '');
    if (!NAME_WORD.test(word)) break;
    taken.push(word);
    if (word !== raw) break;
  }
  while (taken.length > 0 && /^(?:&|of|and|the|de|du|der|die|la|le|el)$/u.test(taken[taken.length - 1] ?? ''))
    taken.pop();
  if (taken.length === 0) return null;
  const first = taken[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return null;
  let name = taken.join(' ');
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name.replace(CORPORATE_SUFFIX, '');
  }
  if (/^(?:All|Rights|Reserved|The)$/u.test(name)) return null;
  return name.length >= 2 ? name : null;
}

export interface PublisherMention {
  readonly name: string;
  /** Higher is more reliable: a copyright line beats a promo. */
  readonly confidence: number;
  readonly origin: string;
}

/**
 * The outlet a promo, footer or masthead line names:
 *   "© 2025 Example News Ltd. All rights reserved." → "Example News"
 *   "Subscribe to The Daily Example" → "The Daily Example"
 *   "Try The Example Times free for 3 months" → "The Example Times"
 *   "Get the best of The Example Post. Subscribe today …" → "The Example Post"
 *   "The Example Times" (alone on a line) → "The Example Times"
 */
export function publisherMention(line: string): PublisherMention | null {
  if (line.length > 400) return null;
  const copyright =
    /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?/iu.exec(line);
  if (copyright) {
    const name = leadingName(line.slice(copyright.index + copyright[0].length));
    if (name && !/^\d/u.test(name)) return { name, confidence: 3, origin: 'publisher-copyright' };
  }
  const promo =
    /\b(?:subscribe to|try|support|join|a subscription to|subscription to|sign up to|read|welcome to|thank you for reading|(?:get|enjoy) the best of|more from|the latest from|abonnieren sie|abonnez-vous (?:à|au))\s+/giu;
  for (let match = promo.exec(line); match; match = promo.exec(line)) {
    const rest = line.slice(match.index + match[0].length);
    const name = leadingName(rest);
    if (!name) continue;
    // The outlet is followed by the offer ("free", "for", "today", "and get"), or ends the line.
    const after = rest.slice(rest.indexOf(name) + name.length).trim();
    const lastWord = (name.split(' ').pop() ?? '').toLowerCase();
    if (/^(?:free|for|today|now|from|and get|with|\.|,|$)/iu.test(after) || OUTLET_NOUNS.has(lastWord)) {
      if (name.split(' ').length >= 2 || OUTLET_NOUNS.has(lastWord))
        return { name, confidence: 2, origin: 'publisher-promo' };
    }
  }
  // A masthead line alone: "The Example Times".
  const words = line.trim().split(/\s+/u);
  if (words.length >= 2 && words.length <= 5 && words.every((word) => NAME_WORD.test(word))) {
    const lastWord = (words[words.length - 1] ?? '').toLowerCase();
    if (OUTLET_NOUNS.has(lastWord) && /^(?:The|Die|Der|Le|La|El)$/u.test(words[0] ?? '')) {
      return { name: line.trim(), confidence: 1, origin: 'publisher-masthead' };
    }
  }
  return null;
}
