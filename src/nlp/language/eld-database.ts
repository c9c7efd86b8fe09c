import { readFileSync } from 'node:fs';

/**
 * eld's "extrasmall" n-gram database, read without evaluating the module that ships it.
 *
 * The package's entry (`eld/extrasmall`) imports `ngrams/extrasmall.js`, a 950 KB object literal of
 * about 50,000 n-grams, each an object of per-language scores: evaluating it took about 0.45 s of
 * processor time in every process and in every worker thread, about an eighth of a thread's start-up.
 * Here the same file is read as text and indexed in one pass of a regular expression (about a
 * fifth of that): n-gram → the text of its scores, each turned into the same object of scores the
 * first time the detector asks for it. The detector itself is eld's own (`createEld` of its
 * `languageDetector.js`, which the entries wrap), so detection is unchanged; the test compares
 * every n-gram with the package's own object. Should the file's layout ever change so that the
 * index does not read it to its end, the package's module is evaluated as before.
 */

export interface EldDatabase {
  readonly type: string;
  readonly languages: Readonly<Record<string, string>>;
  readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface EldResult {
  readonly language: string;
  isReliable(): boolean;
}

interface EldDetectorModule {
  createEld(): {
    readonly instance: { detect(text: string): EldResult };
    loadData(data: EldDatabase): string;
  };
}

/** One n-gram entry: a quoted key ('...', with \' and \\ escapes) or a bare one, and its scores. */
const ENTRY = /(?:'((?:[^'\\]|\\.)*)'|([A-Za-z_$][\w$]*|\d+)):\{([^{}]*)\},?/y;
const NGRAMS_OPENING = 'ngrams:{';

/** The scores' text ("3:47,55:47") as eld's object ({ 3: 47, 55: 47 }). */
function scoresOf(text: string): Record<string, number> {
  const scores: Record<string, number> = {};
  let start = 0;
  while (start < text.length) {
    const colon = text.indexOf(':', start);
    let end = text.indexOf(',', colon);
    if (end < 0) end = text.length;
    scores[text.slice(start, colon)] = Number(text.slice(colon + 1, end));
    start = end + 1;
  }
  return scores;
}

/** The languages table ("{0:'am',1:'ar',…}") of the file. */
function languagesOf(source: string): Record<string, string> | null {
  const match = /languages:\{([^}]*)\}/u.exec(source);
  if (match === null) return null;
  const languages: Record<string, string> = {};
  for (const pair of (match[1] ?? '').matchAll(/(\d+):'([^']*)'/gu)) languages[pair[1]!] = pair[2]!;
  return languages;
}

/**
 * The database in `source` (the text of eld's `ngrams/*.js`), its n-grams' scores made on first
 * use; null when the text is not laid out as expected (every entry read up to the closing brace).
 */
export function readEldDatabase(source: string): EldDatabase | null {
  const type = /\btype:'([^']*)'/u.exec(source)?.[1];
  const languages = languagesOf(source);
  const opening = source.indexOf(NGRAMS_OPENING);
  if (type === undefined || languages === null || opening < 0) return null;
  const texts = new Map<string, string>();
  ENTRY.lastIndex = opening + NGRAMS_OPENING.length;
  let end = ENTRY.lastIndex;
  for (let match = ENTRY.exec(source); match !== null; match = ENTRY.exec(source)) {
    const quoted = match[1];
    const key =
      quoted === undefined ? match[2]! : quoted.includes('\\') ? quoted.replace(/\\(.)/gu, '$1') : quoted;
    texts.set(key, match[3]!);
    end = ENTRY.lastIndex;
  }
  if (source.charCodeAt(end) !== 0x7d || texts.size === 0) return null;
  const made = new Map<string, Readonly<Record<string, number>>>();
  const scoresOfKey = (key: string): Readonly<Record<string, number>> | undefined => {
    let scores = made.get(key);
    if (scores === undefined) {
      const text = texts.get(key);
      if (text === undefined) return undefined;
      scores = scoresOf(text);
      made.set(key, scores);
    }
    return scores;
  };
  type Scores = Readonly<Record<string, number>>;
  const ngrams: Record<string, Scores> = new Proxy(Object.create(null) as Record<string, Scores>, {
    get: (_target, key) => (typeof key === 'string' ? scoresOfKey(key) : undefined),
    has: (_target, key) => typeof key === 'string' && texts.has(key),
    ownKeys: () => [...texts.keys()],
    getOwnPropertyDescriptor(_target, key): PropertyDescriptor | undefined {
      if (typeof key !== 'string' || !texts.has(key)) return undefined;
      return { value: scoresOfKey(key), enumerable: true, configurable: true, writable: false };
    },
  });
  return { type, languages, ngrams };
}

async function createDetector(): Promise<{ detect(text: string): EldResult }> {
  // Node before 20.6 has no import.meta.resolve without a flag: the package's own entry then
  if (typeof import.meta.resolve !== 'function') return (await import('eld/extrasmall')).eld;
  // eld/extrasmall resolves to src/entries/static.extrasmall.js; the detector and data are beside it
  const ENTRY_URL = import.meta.resolve('eld/extrasmall');
  const { createEld } = (await import(
    new URL('../languageDetector.js', ENTRY_URL).href
  )) as EldDetectorModule;
  const { instance, loadData } = createEld();
  const fileUrl = new URL('../ngrams/extrasmall.js', ENTRY_URL);
  const database = readEldDatabase(readFileSync(fileUrl, 'utf8'));
  if (database !== null) loadData(database);
  else loadData(((await import(fileUrl.href)) as { ngramsData: EldDatabase }).ngramsData);
  return instance;
}

/** eld's detector on its extrasmall database (the same as `eld/extrasmall`'s `eld`). */
export const eldDetector = await createDetector();
