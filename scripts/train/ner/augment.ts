import type { Span } from '../../../src/model/index.js';
import type { ConllDocument } from './conll-reader.js';

/** Words that Title Case headlines often leave in lower case. */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'as',
  'with',
  'from',
]);

function caseChanged(character: string, upper: boolean): string {
  const changed = upper ? character.toUpperCase() : character.toLowerCase();
  return changed.length === 1 ? changed : character;
}

/**
 * A Title Case copy of a document's first lines (CoNLL's headline is in capitals, news sites write
 * "Rebels Seize Northern Town"): the headline and the two sentences after it, every word
 * capitalised, small words left lower case when `keepSmallWords`, words the document also writes in
 * capitals elsewhere ("NATO") kept so. Offsets are unchanged (case changes keep the length), so
 * the gold spans still hold. Returns null when the document has fewer than two lines.
 */
export function titleCaseVariant(
  document: ConllDocument,
  keepSmallWords: boolean,
  lineCount = 3,
): ConllDocument | null {
  const lines = document.text.split('\n');
  if (lines.length < 2) return null;
  const kept = lines.slice(0, lineCount);
  const end = kept.join('\n').length;
  const capitalWords = new Set<string>();
  for (const line of lines.slice(lineCount))
    for (const word of line.split(' ')) if (word.length > 1 && /^[A-Z]+$/.test(word)) capitalWords.add(word);
  const words = kept.map((line) =>
    line
      .split(' ')
      .map((word, position) => {
        if (capitalWords.has(word)) return word;
        const lower = [...word].map((character) => caseChanged(character, false)).join('');
        if (lower.length !== word.length) return word;
        if (keepSmallWords && position > 0 && SMALL_WORDS.has(lower)) return lower;
        // Body words keep their own capitals ("McDonald", "eBay"); headline words are lowered first.
        const base = line === kept[0] ? lower : word;
        return caseChanged(base.charAt(0), true) + base.slice(1);
      })
      .join(' '),
  );
  const text = words.join('\n');
  if (text.length !== end) return null;
  const inside = (span: Span): boolean => span.end <= end;
  const tokenCount = document.tokens.filter(inside).length;
  return {
    text,
    tokens: document.tokens.slice(0, tokenCount),
    labels: document.labels.slice(0, tokenCount),
    entityStarts: document.entityStarts.slice(0, tokenCount),
    entities: document.entities.filter(inside),
  };
}
