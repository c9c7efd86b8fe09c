import { synset, synsetsOf, type WordNetPos } from './wordnet.js';

/**
 * Domain types of the events news readers follow, from a few WordNet seed senses per type
 * (`lemma#sense`, senses numbered as WordNet orders them, most frequent first), expanded at first
 * use through hyponyms (two levels: "gun down", "strafe", "behead") and, for verb senses, the
 * derived nouns that name an act, event, process or state ("arrest" → "the arrest"). No word list
 * is written by hand beyond the seeds; earlier types win when two reach the same word.
 */
interface Seed {
  readonly type: string;
  readonly verbs: readonly string[];
  readonly nouns: readonly string[];
  readonly depth?: number;
}

const SEEDS: readonly Seed[] = [
  { type: 'remand', verbs: ['remand#2'], nouns: [] },
  { type: 'arrest', verbs: ['arrest#1'], nouns: ['arrest#1'] },
  { type: 'detention', verbs: ['detain#1'], nouns: ['detention#1', 'custody#1'] },
  { type: 'charge', verbs: ['charge#2', 'accuse#1', 'indict#1'], nouns: ['charge#2', 'indictment#1'] },
  { type: 'court_appearance', verbs: ['arraign#1'], nouns: ['arraignment#1', 'trial#1'] },
  { type: 'conviction', verbs: ['convict#1', 'sentence#1'], nouns: ['conviction#1'] },
  { type: 'release', verbs: ['release#2', 'free#1'], nouns: [] },
  {
    type: 'killing',
    verbs: ['kill#1', 'murder#1', 'shoot#2'],
    nouns: ['killing#1', 'killing#2', 'murder#1'],
  },
  {
    type: 'attack',
    verbs: ['attack#1', 'attack#4', 'gun_down#1', 'shoot#1'],
    nouns: ['attack#1', 'assault#2', 'bombing#1', 'raid#1', 'rampage#1', 'atrocity#2', 'terrorism#1'],
  },
  { type: 'injury', verbs: ['injure#1', 'wound#1'], nouns: ['injury#1'] },
  { type: 'resignation', verbs: ['resign#1', 'resign#2'], nouns: ['resignation#2'] },
  { type: 'election', verbs: ['elect#1'], nouns: ['election#1'] },
  { type: 'meeting', verbs: ['meet#2'], nouns: ['meeting#1', 'summit#1'] },
  { type: 'travel', verbs: ['travel#2', 'flee#1', 'escape#1'], nouns: ['trip#1', 'flight#1'], depth: 1 },
];

/** Lexicographer files of nouns that name happenings: noun.act, noun.event, noun.process, noun.state. */
const HAPPENING_FILES = new Set([4, 11, 22, 26]);

/** A word's domain type and the WordNet sense (synset offset) it comes from. */
export interface DomainSense {
  readonly type: string;
  readonly offset: number;
}

let table: Record<WordNetPos, Map<string, DomainSense>> | null = null;

function build(): Record<WordNetPos, Map<string, DomainSense>> {
  const result: Record<WordNetPos, Map<string, DomainSense>> = {
    verb: new Map(),
    noun: new Map(),
    adj: new Map(),
  };
  const add = (pos: WordNetPos, word: string, type: string, offset: number): void => {
    if (!result[pos].has(word)) result[pos].set(word, { type, offset });
  };
  for (const seed of SEEDS) {
    const depth = seed.depth ?? 2;
    const seedLemmas = new Set([...seed.verbs, ...seed.nouns].map((entry) => entry.split('#')[0]!));
    const expand = (pos: WordNetPos, offsets: readonly number[]): void => {
      let frontier = offsets.map((offset) => ({ offset, level: 0 }));
      const seen = new Set<number>();
      while (frontier.length > 0) {
        const next: { offset: number; level: number }[] = [];
        for (const { offset, level } of frontier) {
          if (seen.has(offset)) continue;
          seen.add(offset);
          const found = synset(offset, pos);
          // a word is typed only when this is one of its two most frequent senses (the seed lemma
          // always): "turn" reaches "injure" through "twist", which is not what "turned" means, and
          // "hit" is a synonym of "murder" only in its eleventh sense
          for (const word of found.words)
            if ((level === 0 && seedLemmas.has(word)) || synsetsOf(word, pos).indexOf(offset) < 2)
              add(pos, word, seed.type, offset);
          for (const pointer of found.pointers) {
            if (pointer.symbol === '~' && pointer.pos === pos && level < depth)
              next.push({ offset: pointer.offset, level: level + 1 });
            if (pos === 'verb' && pointer.symbol === '+' && pointer.pos === 'noun' && level === 0) {
              const noun = synset(pointer.offset, 'noun');
              if (HAPPENING_FILES.has(noun.lexicographerFile))
                for (const word of noun.words)
                  if (synsetsOf(word, 'noun').indexOf(pointer.offset) < 2)
                    add('noun', word, seed.type, pointer.offset);
            }
          }
        }
        frontier = next;
      }
    };
    const senses = (pos: WordNetPos, list: readonly string[]): number[] =>
      list.flatMap((entry) => {
        const [lemma, sense] = entry.split('#') as [string, string];
        const offset = synsetsOf(lemma, pos)[Number(sense) - 1];
        return offset === undefined ? [] : [offset];
      });
    expand('verb', senses('verb', seed.verbs));
    expand('noun', senses('noun', seed.nouns));
  }
  return result;
}

/** The domain type of a lemma ("gun_down", "arrest") as a verb or noun, with its sense, or null. */
export function domainSenseOf(lemma: string, pos: WordNetPos): DomainSense | null {
  if (table === null) table = build();
  return table[pos].get(lemma) ?? null;
}

/** The domain type of a lemma ("gun_down", "arrest") as a verb or noun, or null. */
export function domainTypeOf(lemma: string, pos: WordNetPos): string | null {
  return domainSenseOf(lemma, pos)?.type ?? null;
}
