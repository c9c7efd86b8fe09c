/**
 * What a user types into search, turned into plain words, and the snippet shown for a hit. Both
 * backends receive only these words (never the user's syntax), so `"`, `*`, `OR`, `NEAR(` or
 * `'; DROP TABLE` are read as text, and both apply the same stop words.
 */

/** English stop words (PostgreSQL's `english` configuration drops these; SQLite gets the same list). */
const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both ' +
    'but by can did do does doing down during each few for from further had has have having he her here hers herself ' +
    'him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only ' +
    'or other our ours ourselves out over own s same she should so some such t than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with you your yours yourself yourselves'
  ).split(' '),
);

export const MAX_QUERY_TERMS = 12;

/** The words of a query: letters and digits, lower case, stop words and duplicates left out. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)) {
    const term = match[0].toLowerCase().slice(0, 64);
    if (STOP_WORDS.has(term) || terms.includes(term)) continue;
    terms.push(term);
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The start of a word that matches a term: "protests" is found by "protest", "crane" by "cran…". */
function stemOf(term: string): string {
  return term.length > 5 ? term.slice(0, term.length - 2) : term;
}

/** A word that starts like the term, loosely matching what a stemmer would ("protests" → "protest…"). */
function termPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const stems = terms.map((term) => escapeRegExp(stemOf(term)));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Where the first word matching a term starts in `body`, or -1: plain `indexOf` on the
 * lower-cased text (the case-insensitive Unicode pattern scanned whole articles and was the
 * costliest step of a search answer); the pattern only when lower-casing changes the length.
 */
function firstMatch(body: string, stems: readonly string[], pattern: RegExp): number {
  const lower = body.toLowerCase();
  if (lower.length !== body.length) return body.search(pattern);
  let first = -1;
  for (const stem of stems) {
    for (let from = 0; ;) {
      const at = lower.indexOf(stem, from);
      if (at < 0 || (first >= 0 && at >= first)) break;
      if (at === 0 || !WORD_CHARACTER.test(body.charAt(at - 1))) {
        first = at;
        break;
      }
      from = at + 1;
    }
  }
  return first;
}

export interface Snippet {
  readonly snippet: string;
  readonly highlights: { start: number; end: number }[];
}

/** About `width` characters of `body` around the first word of the query, with its words marked. */
export function makeSnippet(body: string, terms: readonly string[], width = 240): Snippet {
  return snippetMaker(terms, width)(body);
}

/** `makeSnippet` for many hits of one query: the words' pattern is built once. */
export function snippetMaker(terms: readonly string[], width = 240): (body: string) => Snippet {
  const pattern = termPattern(terms);
  const stems = terms.map((term) => stemOf(term).toLowerCase());
  return (body) => snippetOf(body, stems, pattern, width);
}

function snippetOf(body: string, stems: readonly string[], pattern: RegExp | null, width: number): Snippet {
  // the pattern is shared by the hits of one query: search() and matchAll() leave its lastIndex at 0
  const first = pattern ? firstMatch(body, stems, pattern) : -1;
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = body.indexOf(' ', start);
    if (space >= 0 && space < (first < 0 ? start + 20 : first)) start = space + 1;
  }
  let end = Math.min(body.length, start + width);
  if (end < body.length) {
    const space = body.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const snippet = `${prefix}${body.slice(start, end).replace(/\s+/g, ' ')}${end < body.length ? ' …' : ''}`;
  const highlights: { start: number; end: number }[] = [];
  if (pattern) {
    for (const match of snippet.matchAll(pattern)) {
      highlights.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return { snippet, highlights };
}
