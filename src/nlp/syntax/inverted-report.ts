import { hasVerbFrame, synset, synsetsOf, VERB_COGNITION, VERB_COMMUNICATION } from '../events/wordnet.js';

/**
 * "The ferry left the harbour late, a port spokesman, Tomas Veld, said.": news closes a
 * sentence with its source, a noun phrase often followed by an apposition, and a reporting verb. The
 * parser tends to lose the sentence's shape there: the verb hangs as a conjunct of the reported
 * clause with no subject, the source becomes an oblique of the reported verb and the apposition a
 * phrase of its own. The repair recognises the shape on the words and tags alone,
 *
 *   CLAUSE , SOURCE [, APPOSITION ,] VERB [its objects and adjuncts] .
 *
 * where VERB is the sentence's last verb, comes straight after a comma and reports speech or thought
 * in one of its three most frequent WordNet senses (verb.communication or verb.cognition: "said",
 * "told", "added", "warned", "believes"), SOURCE and APPOSITION are noun phrases with no verb (one a
 * name, the other a description or an age: "Ms Ortiz, the company's chairwoman since 2020"; or an
 * indefinite description after a noun: "the owner, a family firm"), not a list's last items (the
 * parse's conjuncts), and the clause's last comma-separated piece before them has a verb. When the
 * parse does not already make the source's head the verb's subject with the whole source under it,
 * the two parts are parsed again on their own, "CLAUSE ," and
 * "SOURCE , APPOSITION , VERB …", and joined: the verb is the root, the clause its complement
 * (`ccomp`). When the second part does not parse as a clause ("Tomas Veld, a port spokesman, told
 * reporters" read as a name with a participle), its phrases are joined by hand (`reshapeReport`).
 * The tags and lemmas stay those of the whole sentence. Pure but for `parse`: it rewrites the arrays
 * it is given. UD EWT dev holds no sentence of this shape (LAS unchanged); it is news prose.
 */

export interface Reparse {
  readonly head: Int32Array;
  readonly dep: readonly string[];
}

// tokens that separate the reported clause from the source: the comma, a closing quotation mark
const SEPARATOR = /^(?:,|["'“”‘’]|'')$/u;
// possessive determiners, the pronouns allowed inside a source phrase ("his agent")
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/iu;
const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP', 'SCONJ', 'CCONJ', 'ADV']);
const HEAD_WORDS = new Set(['NOUN', 'PROPN', 'NUM']);
const SUBJECT = /^nsubj/u;
// WordNet's frames "Somebody ----s somebody" and "Somebody ----s somebody something"
const ADDRESSEE_FRAME = 9;
const GIVING_FRAME = 14;
// how many of a verb's most frequent senses are looked at
const FREQUENT_SENSES = 3;

/** Whether a verb (by its lemma) reports speech or thought in one of its frequent senses. */
export function reportsInFrequentSense(lemma: string): boolean {
  const senses = synsetsOf(lemma.toLowerCase(), 'verb').slice(0, FREQUENT_SENSES);
  return senses.some((offset) => {
    const file = synset(offset, 'verb').lexicographerFile;
    return file === VERB_COMMUNICATION || file === VERB_COGNITION;
  });
}

/** A noun phrase between separators: its first word and its head word, or null. */
interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly head: number;
}

function nominalWord(forms: readonly string[], pos: readonly string[], at: number): boolean {
  const tag = pos[at]!;
  if (tag === 'PRON') return POSSESSIVE.test(forms[at]!);
  if (tag === 'PUNCT') return forms[at] === '-';
  return NOMINAL.has(tag);
}

/** The noun phrase that ends at `end` and starts after a separator, or null. */
function chunkEndingAt(forms: readonly string[], pos: readonly string[], end: number): Chunk | null {
  let start = end;
  while (start > 0 && !SEPARATOR.test(forms[start - 1]!)) {
    if (!nominalWord(forms, pos, start - 1)) return null;
    start -= 1;
  }
  if (start === 0 || !nominalWord(forms, pos, end)) return null;
  if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(pos[start]!)) return null;
  // the head: the last noun, name or number before a preposition ("a spokesman for the ministry")
  let head = -1;
  for (let at = start; at <= end; at += 1) {
    const tag = pos[at]!;
    if ((tag === 'ADP' || tag === 'SCONJ' || tag === 'CCONJ') && head >= 0) break;
    if (HEAD_WORDS.has(tag)) head = at;
  }
  return head < 0 ? null : { start, end, head };
}

/** Where the separators before `start` begin, if they hold a comma; else -1. */
function separatorsBefore(forms: readonly string[], start: number): number {
  let at = start;
  while (at > 0 && SEPARATOR.test(forms[at - 1]!)) at -= 1;
  return forms.slice(at, start).includes(',') ? at : -1;
}

/**
 * Where a subject relative clause between commas that ends at `end` starts ("who asked not to be
 * named"), or -1: "who" after a comma, then words with a verb and no other comma or quotation mark.
 */
function relativeBefore(forms: readonly string[], pos: readonly string[], end: number): number {
  let verb = false;
  for (let at = end; at > 1; at -= 1) {
    if (SEPARATOR.test(forms[at]!)) return -1;
    if (pos[at] === 'VERB') verb = true;
    if (forms[at - 1] === ',' && at < end) return /^who$/iu.test(forms[at]!) && verb ? at : -1;
  }
  return -1;
}

/** Whether the words before `end` back to the previous comma (separators at the end aside) hold a verb. */
function pieceHasVerb(forms: readonly string[], pos: readonly string[], end: number): boolean {
  let at = end - 1;
  while (at >= 0 && SEPARATOR.test(forms[at]!)) at -= 1;
  for (; at >= 0 && forms[at] !== ','; at -= 1) if (pos[at] === 'VERB' || pos[at] === 'AUX') return true;
  return false;
}

const kind = (tag: string): string => (tag === 'PROPN' ? 'name' : tag);

export function repairInvertedReport(
  forms: readonly string[],
  pos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  dep: string[],
  parse: (words: readonly string[]) => Reparse,
): boolean {
  let last = forms.length - 1;
  while (last > 0 && pos[last] === 'PUNCT') last -= 1;
  if (repairUpTo(forms, pos, lemma, head, dep, parse, last, false)) return true;
  // "…, a port spokesman, Tomas Veld, said on Friday, adding that …": the report closes before a
  // participle clause of its own
  for (let at = 5; at < last; at += 1)
    if (forms[at] === ',' && pos[at + 1] === 'VERB' && /^[a-z]+ing$/u.test(forms[at + 1]!))
      return repairUpTo(forms, pos, lemma, head, dep, parse, at - 1, true);
  return false;
}

function repairUpTo(
  forms: readonly string[],
  pos: readonly string[],
  lemma: readonly string[],
  head: Int32Array,
  dep: string[],
  parse: (words: readonly string[]) => Reparse,
  last: number,
  participle: boolean,
): boolean {
  const count = forms.length;
  let verb = last;
  while (verb > 0 && pos[verb] !== 'VERB' && pos[verb] !== 'AUX') verb -= 1;
  if (verb < 4 || pos[verb] !== 'VERB' || forms[verb - 1] !== ',') return false;
  // not "-ing", not a capitalised word (a title's, a heading's)
  if (/ing$/iu.test(forms[verb]!) || !/^[a-z]+$/u.test(forms[verb]!)) return false;
  // after the verb only its adjuncts and addressee ("told reporters on Friday"): no clause, no
  // comma, no quotation
  for (let at = verb + 1; at <= last; at += 1) if (pos[at] === 'SCONJ' || pos[at] === 'PUNCT') return false;
  // "…, an official, who asked not to be named, said.": a relative clause between the source and the verb
  const relative = relativeBefore(forms, pos, verb - 2);
  const first = chunkEndingAt(forms, pos, relative < 0 ? verb - 2 : relative - 2);
  if (first === null) return false;
  let source = first;
  let apposition: Chunk | null = null;
  const before = separatorsBefore(forms, first.start);
  if (before < 0) return false;
  // a name and a description (or an age) side by side: the first is the source, the second its apposition
  const earlier =
    forms[before] === ',' && before > 0 && relative < 0 ? chunkEndingAt(forms, pos, before - 1) : null;
  // ("the owner, a family firm": a description with an indefinite article describes the noun before it)
  const described =
    kind(pos[earlier?.head ?? 0]!) !== kind(pos[first.head]!) || /^an?$/iu.test(forms[first.start]!);
  if (earlier !== null && described) {
    const clauseEnd = separatorsBefore(forms, earlier.start);
    // "… met Anna, Bob and Carl, the mayor said": a list, not a source with its apposition (a
    // piece with no verb before it, or a conjunct in the parse of the word right before the comma;
    // "… left late, a spokesman for the port, Ed Vance, told" read as a conjunct of "ferry" is none)
    let conjunct = false;
    for (let at = earlier.start; at <= earlier.end; at += 1)
      if (dep[at] === 'conj' && head[at] === clauseEnd - 1) conjunct = true;
    if (clauseEnd > 0 && pieceHasVerb(forms, pos, clauseEnd) && !conjunct) {
      source = earlier;
      apposition = first;
    }
  }
  const clauseEnd = separatorsBefore(forms, source.start);
  if (clauseEnd < 2) return false;
  if (['CCONJ', 'ADP', 'SCONJ', 'DET'].includes(pos[clauseEnd - 1]!)) return false;
  // the clause's last comma-separated piece has a verb: "Richard Doe, from the lab, one of its
  // founders, said" is a longer source, not "from the lab" reported
  if (!pieceHasVerb(forms, pos, clauseEnd)) return false;
  if (!reportsInFrequentSense(lemma[verb]!)) return false;
  // a noun phrase right after the verb is an addressee only for a verb that takes one ("told
  // reporters", "warned residents"; WordNet frames 9 and 14); after "said" it is what was said
  if (
    verb < last &&
    !['ADP', 'ADV'].includes(pos[verb + 1]!) &&
    !hasVerbFrame(lemma[verb]!, ADDRESSEE_FRAME) &&
    !hasVerbFrame(lemma[verb]!, GIVING_FRAME)
  )
    return false;
  // the parse already reads the source as the verb's subject, with all its words under it
  const inSource = (at: number): boolean => at >= source.start && at < verb - 1;
  // one word of the source (its head) hangs on the verb as its subject, the others inside it
  const whole = (tree: Reparse, offset: number): boolean => {
    let outside = 0;
    for (let at = source.start; at < verb - 1; at += 1) {
      const parent = tree.head[at - offset]! + offset;
      if (inSource(parent)) continue;
      outside += 1;
      if (parent !== verb || !SUBJECT.test(tree.dep[at - offset]!)) return false;
    }
    return outside === 1;
  };
  if (whole({ head, dep }, 0)) return reportOverClause(head, dep, verb, source.start);
  const offset = source.start;
  const parsed = parse(forms.slice(offset));
  const report = {
    head: Int32Array.from(parsed.head, (parent) => (parent < 0 ? -1 : parent + offset)),
    dep: [...parsed.dep],
  };
  // (the participle clause after the verb must hang on it already: no reshaping then)
  if (parsed.head[verb - offset] !== -1 || !whole(parsed, offset))
    if (participle || !reshapeReport(report, offset, verb, source, apposition, count)) return false;
  // the apposition hangs on the source ("Tomas Veld" read as a modifier of "a port spokesman")
  if (apposition !== null) {
    const appositionRoot = chunkRoot(report.head, offset, apposition);
    const subject = chunkRoot(report.head, offset, source);
    if (appositionRoot >= 0 && subject >= 0 && report.head[appositionRoot - offset] === subject)
      report.dep[appositionRoot - offset] = 'appos';
  }
  // the clause parsed as a sentence of its own, with a full stop for its closing separators (a
  // short "The ferry left late ," is read as a noun with a participle)
  const separators = separatorsBefore(forms, offset);
  const clause = parse([...forms.slice(0, separators), '.']);
  const clauseRoot = clause.head.indexOf(-1);
  if (clauseRoot < 0 || clauseRoot >= separators) return false;
  for (let at = 0; at < offset; at += 1) {
    const own = at < separators;
    head[at] = at === clauseRoot ? verb : own ? clause.head[at]! : clauseRoot;
    dep[at] = at === clauseRoot ? 'ccomp' : own ? clause.dep[at]! : 'punct';
  }
  for (let at = offset; at < count; at += 1) {
    head[at] = report.head[at - offset]!;
    dep[at] = report.dep[at - offset]!;
  }
  return true;
}

/** The one word of a chunk whose head lies outside it in `head` (offset by `offset`), or -1. */
function chunkRoot(head: Int32Array, offset: number, chunk: Chunk): number {
  let root = -1;
  for (let at = chunk.start; at <= chunk.end; at += 1) {
    const parent = head[at - offset]!;
    if (parent >= chunk.start && parent <= chunk.end) continue;
    if (root >= 0) return -1;
    root = at;
  }
  return root;
}

/**
 * The reporting part parsed on its own but not as a clause ("Tomas Veld, a port spokesman, told
 * reporters" read as a name with a participle): when the source and the apposition are each one
 * phrase in that parse, the verb is made the root, the source its subject, the apposition a
 * modifier of the source (with the commas around it) and whatever followed the verb but hung on the
 * source the verb's. `report` holds heads over the whole sentence's positions, from `offset` on.
 */
function reshapeReport(
  report: { head: Int32Array; dep: string[] },
  offset: number,
  verb: number,
  source: Chunk,
  apposition: Chunk | null,
  count: number,
): boolean {
  const { head, dep } = report;
  const subject = chunkRoot(head, offset, source);
  const described = apposition === null ? -1 : chunkRoot(head, offset, apposition);
  if (subject < 0 || (apposition !== null && described < 0)) return false;
  head[subject - offset] = verb;
  dep[subject - offset] = 'nsubj';
  if (apposition !== null) {
    head[described - offset] = subject;
    dep[described - offset] = 'appos';
    // the commas around the apposition
    for (const comma of [apposition.start - 1, verb - 1]) {
      head[comma - offset] = described;
      dep[comma - offset] = 'punct';
    }
  } else {
    head[verb - 1 - offset] = verb;
    dep[verb - 1 - offset] = 'punct';
  }
  head[verb - offset] = -1;
  dep[verb - offset] = 'root';
  for (let at = verb + 1; at < count; at += 1)
    if (head[at - offset]! < verb) {
      head[at - offset] = verb;
      if (dep[at - offset] !== 'punct') dep[at - offset] = 'obl';
    }
  return true;
}

/**
 * "About 1.2 million homes lost power, the operator, Lena Harrow, said on Monday." parsed with the
 * source already the verb's subject but the verb a conjunct of the reported clause's root: the verb
 * becomes the root and the clause its complement (`ccomp`), the closing punctuation the verb's.
 * Returns whether it changed the arrays.
 */
function reportOverClause(head: Int32Array, dep: string[], verb: number, sourceStart: number): boolean {
  const clause = head[verb]!;
  if (clause < 0 || clause >= sourceStart || head[clause] !== -1) return false;
  if (dep[verb] !== 'conj' && dep[verb] !== 'parataxis') return false;
  head[verb] = -1;
  dep[verb] = 'root';
  head[clause] = verb;
  dep[clause] = 'ccomp';
  for (let at = verb + 1; at < head.length; at += 1)
    if (head[at] === clause && dep[at] === 'punct') head[at] = verb;
  return true;
}
