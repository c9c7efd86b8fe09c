import { createRequire } from 'node:module';

let names: ReadonlySet<string> | null = null;

/**
 * Given names and surnames from the humannames package (about 197,000 first and last names, English
 * and common non-English ones), lower-cased. Loaded on first use: most documents never ask.
 */
function humanNames(): ReadonlySet<string> {
  if (names === null) {
    const require = createRequire(import.meta.url);
    const table = require('humannames/index.json') as Record<string, number>;
    names = new Set(Object.keys(table).map((name) => name.toLowerCase()));
  }
  return names;
}

/** True when the word is a known given name or surname ("Okafor", "Lindqvist"; not "Zango"). */
export function isKnownHumanName(word: string): boolean {
  return humanNames().has(word.toLowerCase());
}
