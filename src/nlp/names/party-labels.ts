import { isUsStateAbbreviation } from '../lexicon/index.js';
import type { NameMention } from './name-mention.js';

/**
 * A party and state label after a politician's name: "Sen. Ada Reyes, D-Ill., said", "(R-Texas)",
 * "D-N.Y.". A capital D, R or I, a hyphen and a US state (postal code, name, or the first letters
 * of its name: `isUsStateAbbreviation`), right after a comma or an opening bracket.
 */
const LABEL = /(?:,\s*|\(\s*)([DRI]-(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?))/gu;

/** The spans of the labels of a text. */
function labelSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(LABEL)) {
    const label = match[1] as string;
    let state = match[2] as string;
    // "D-New York": a two-word state only if the two words are one; else the first word alone.
    if (!isUsStateAbbreviation(state)) {
      const first = state.split(' ')[0] as string;
      if (first === state || !isUsStateAbbreviation(first)) continue;
      state = first;
    }
    const start = (match.index ?? 0) + match[0].length - label.length;
    spans.push([start, start + 2 + state.length]);
  }
  return spans;
}

/**
 * Party and state labels are no names: "D-Ill" was typed PERSON, and "Y." of "D-N.Y." too. A name
 * inside such a label is dropped; the politician's own name before it is untouched.
 */
export function dropPartyLabels(text: string, names: readonly NameMention[]): NameMention[] {
  if (!/[DRI]-\p{Lu}/u.test(text)) return [...names];
  const spans = labelSpans(text);
  if (spans.length === 0) return [...names];
  return names.filter((name) => !spans.some(([start, end]) => name.start < end && name.end > start));
}
