import { isFirstName } from '../coref/first-name-gender.js';
import type { NameMention } from './name-mention.js';

/**
 * A first name, a nickname in quotation marks and a surname: Vincent 'The Chin' Gigante, Marion
 * "Suge" Knight. The recogniser cuts such a name at the marks ("Chin' Gigante", 'Joaquin "El
 * Chapo'); the whole of it is one PERSON name, so that coreference and cross-document linking see
 * the given name and the surname together. The first word must be a known first name
 * (first-name-gender.ts; not 'Americanised "Jimmy" Bond'); the nickname is one to three
 * capitalised words, after "The"/"El"/"La" at most, in marks of one kind; the surname is one
 * capitalised word. Names that overlap the span give way to it.
 */
const NICKNAMED =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+) (?:'((?:(?:The|the|El|La) )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})'|"((?:(?:The|the|El|La) )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})"|[‘]((?:(?:The|the|El|La) )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})’|“((?:(?:The|the|El|La) )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})”) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}-])/gu;

export function joinQuotedNicknames(text: string, names: readonly NameMention[]): NameMention[] {
  const found: { start: number; end: number }[] = [];
  NICKNAMED.lastIndex = 0;
  for (let match = NICKNAMED.exec(text); match !== null; match = NICKNAMED.exec(text))
    if (isFirstName(match[1]!)) found.push({ start: match.index, end: match.index + match[0].length });
  // a name reaching out of the span (a wider organisation name) keeps it whole
  const spans = found.filter(
    (span) =>
      !names.some(
        (name) =>
          name.start < span.end && name.end > span.start && (name.start < span.start || name.end > span.end),
      ),
  );
  if (spans.length === 0) return names.slice();
  const output: NameMention[] = [];
  let next = 0;
  for (const name of names) {
    while (next < spans.length && spans[next]!.end <= name.start) {
      output.push({ ...spans[next]!, type: 'PERSON' });
      next += 1;
    }
    const span = spans[next];
    if (span !== undefined && name.start < span.end && name.end > span.start) continue;
    output.push(name);
  }
  for (; next < spans.length; next += 1) output.push({ ...spans[next]!, type: 'PERSON' });
  return output;
}
