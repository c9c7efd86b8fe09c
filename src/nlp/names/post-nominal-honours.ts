import type { Segments, Token } from '../../model/index.js';
import { isFirstName } from '../coref/first-name-gender.js';
import type { NameMention } from './name-mention.js';
import { tokenAt } from './token-index.js';

/**
 * Letters written after a person's name: ranks of counsel ("QC", "KC"), seats ("MP", "MEP", "MSP"),
 * orders and fellowships ("OBE", "CBE", "FRS"). Only a person holds them.
 */
const POST_NOMINALS: ReadonlySet<string> = new Set([
  'QC',
  'KC',
  'SC',
  'MP',
  'MEP',
  'MSP',
  'MLA',
  'OBE',
  'MBE',
  'CBE',
  'KBE',
  'DBE',
  'GBE',
  'FRS',
]);

/** Post-nominals that never name anything on their own ("MP" is also a state's code, "SC" a court's). */
const NEVER_A_NAME: ReadonlySet<string> = new Set([
  'QC',
  'KC',
  'MEP',
  'MSP',
  'OBE',
  'MBE',
  'CBE',
  'KBE',
  'DBE',
  'GBE',
  'FRS',
]);

function word(text: string, token: Token | undefined): string {
  return token === undefined ? '' : text.slice(token.start, token.end);
}

function startsCapitalised(text: string, token: Token | undefined): boolean {
  if (token === undefined) return false;
  const code = text.charCodeAt(token.start);
  return code >= 65 && code <= 90;
}

/**
 * Post-nominal letters belong to a person and are no part of the name: "a book by Anna Berg QC"
 * made "Anna Berg QC" an organisation. A name of two or more words ending in post-nominals (or
 * followed by them, right after a space) becomes a PERSON without them; a name that is only such
 * letters ("a QC, Tom Hale") is dropped. The name must be a person's already or start with a
 * first name (from the name lists of `gender-detection-from-name`): "Plaid Cymru MP" stays a party.
 */
export function typePostNominalHonours(
  text: string,
  segments: Segments,
  names: readonly NameMention[],
): NameMention[] {
  const { tokens } = segments;
  const output: NameMention[] = [];
  for (const name of names) {
    const first = tokenAt(tokens, name.start);
    let last = tokenAt(tokens, name.end - 1);
    if (first === last) {
      if (!NEVER_A_NAME.has(text.slice(name.start, name.end))) output.push(name);
      continue;
    }
    // "Lib Dem MP Sara Lee": letters before a name are a title, and the party stays a party.
    const next = tokens[tokenAt(tokens, name.end)];
    const afterNext = tokens[tokenAt(tokens, name.end) + 1];
    const titleBeforeName =
      (POST_NOMINALS.has(word(text, tokens[last])) && startsCapitalised(text, next)) ||
      (POST_NOMINALS.has(word(text, next)) && startsCapitalised(text, afterNext));
    if (titleBeforeName) {
      output.push(name);
      continue;
    }
    let end = name.end;
    let trimmed = false;
    while (last > first && POST_NOMINALS.has(word(text, tokens[last]))) {
      trimmed = true;
      last -= 1;
      end = (tokens[last] as Token).end;
    }
    const following = tokens[tokenAt(tokens, name.end)];
    const followed =
      !trimmed &&
      following !== undefined &&
      following.start === name.end + 1 &&
      text.charCodeAt(name.end) === 32 &&
      POST_NOMINALS.has(word(text, following));
    // "Plaid Cymru MP, …" is the party: a person's name starts with a first name.
    const person = name.type === 'PERSON' || isFirstName(word(text, tokens[first]));
    if ((trimmed || followed) && last > first && person)
      output.push({ start: name.start, end, type: 'PERSON' });
    else output.push(name);
  }
  return output;
}
