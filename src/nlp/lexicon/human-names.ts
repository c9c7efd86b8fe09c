import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let names: ReadonlySet<string> | null = null;

/**
 * Given names and surnames from the humannames package (about 197,000 first and last names, English
 * and common non-English ones), lower-cased. Loaded on first use: most documents never ask.
 * Read from the package's list.txt (one name a line, the same names as the keys of its index.json):
 * about a third of the time of parsing the JSON object, paid by every worker thread at start-up.
 */
function humanNames(): ReadonlySet<string> {
  if (names === null) {
    const require = createRequire(import.meta.url);
    const list = readFileSync(require.resolve('humannames/list.txt'), 'utf8').toLowerCase();
    const loaded = new Set(list.split(/\r?\n/));
    loaded.delete('');
    names = loaded;
  }
  return names;
}

/** True when the word is a known given name or surname ("Okafor", "Lindqvist"; not "Zango"). */
export function isKnownHumanName(word: string): boolean {
  return humanNames().has(word.toLowerCase());
}
