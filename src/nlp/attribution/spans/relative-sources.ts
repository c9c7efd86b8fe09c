import type { Sentence, Span, Token } from '../../../model/index.js';
import { tokenAt } from '../../names/token-index.js';
import { lexicographerFileOf, NOUN_GROUP, NOUN_PERSON, synsetsOf } from '../../events/wordnet.js';

/**
 * A relative pronoun as the source ("The former butler, who claims he saw the letter, …", "…,
 * according to Tom Hale, a spokesman for the council, who said the road would reopen") stands for
 * the noun phrase its clause modifies ("The former butler", "Tom Hale, a spokesman for the
 * council"): the source stays the pronoun (the local source mention, as PolNeAR marks it), and the
 * completion step resolves the speaker from that phrase (complete/speaker.ts).
 *
 * The phrase is found on the parse: the noun the relative clause hangs on (acl:relcl) when the
 * parser attached the clause; otherwise the noun right before the pronoun (past one comma), climbed
 * through the phrase's own attachments (an "of"/"for" phrase, an apposition, a name's parts) to the
 * noun that heads it. The phrase runs from that noun's first dependant to the word before the
 * pronoun (its comma left out). "which" and "that" only with the parser's acl:relcl, and never a
 * phrase that holds no noun; a pronoun with a quotation mark, a colon or a bracket before it stays.
 */

const RELATIVE = /^(?:who|which|that)$/iu;

/** Relations that keep a noun inside the phrase of the noun it hangs on. */
const INSIDE_PHRASE = new Set(['nmod', 'nmod:poss', 'appos', 'flat', 'compound', 'amod']);

/**
 * Relations of the words before a noun that belong to its phrase: not a preposition or a comma that
 * opens it (", according to Tom Hale"), nor the subject and copula of a clause it heads ("it was a
 * game that …").
 */
const LEFT_INSIDE = new Set([
  'det',
  'det:poss',
  'amod',
  'compound',
  'nmod:poss',
  'nummod',
  'flat',
  'flat:name',
]);

/** The child of `top` that `position` hangs on (itself when it hangs on `top` directly). */
function childOf(tokens: readonly Token[], position: number, top: number): Token {
  let at = position;
  for (let steps = 0; steps < 60; steps += 1) {
    const token = tokens[at] as Token;
    if (token.head === top || token.head < 0) return token;
    at = token.head;
  }
  return tokens[position] as Token;
}

function word(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

function isNoun(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN';
}

function personOrGroup(lemma: string): boolean {
  return synsetsOf(lemma.toLowerCase(), 'noun').some((synset) => {
    const file = lexicographerFileOf(synset, 'noun');
    return file === NOUN_PERSON || file === NOUN_GROUP;
  });
}

/** Whether `position` hangs (directly or not) on `top`. */
function under(tokens: readonly Token[], position: number, top: number): boolean {
  let at = position;
  for (let steps = 0; steps < 60 && at >= 0; steps += 1) {
    if (at === top) return true;
    at = (tokens[at] as Token).head;
  }
  return false;
}

/** The noun that heads the phrase ending at `last` (climbing its inner attachments), or -1. */
function phraseHead(tokens: readonly Token[], last: number, floor: number): number {
  let at = last;
  if (!isNoun(tokens[at] as Token)) return -1;
  for (let steps = 0; steps < 8; steps += 1) {
    const token = tokens[at] as Token;
    const head = token.head;
    if (head < floor || head >= at || !INSIDE_PHRASE.has(token.dep)) break;
    // a name is the antecedent itself, not the phrase it is the object of a preposition in ("an
    // address from Iraqi leader Iyad Allawi, who …"); a common noun's phrase is ("a spokesman for
    // the council, who …")
    if (token.pos === 'PROPN' && token.dep.startsWith('nmod')) break;
    if (!isNoun(tokens[head] as Token)) break;
    at = head;
  }
  return at;
}

/** The span of the phrase the relative pronoun at `pronoun` stands for, or null. */
export function relativeAntecedent(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  pronoun: number,
): Span | null {
  const token = tokens[pronoun];
  if (token === undefined || !RELATIVE.test(word(text, token))) return null;
  const sentence = sentences.find(
    (candidate) => candidate.firstToken <= pronoun && pronoun < candidate.endToken,
  );
  if (sentence === undefined || pronoun === sentence.firstToken) return null;
  const floor = sentence.firstToken;
  const clause = token.head;
  const clauseToken = clause >= 0 ? tokens[clause] : undefined;
  let top: number;
  if (
    clauseToken !== undefined &&
    clauseToken.dep === 'acl:relcl' &&
    clauseToken.head >= floor &&
    clauseToken.head < pronoun &&
    isNoun(tokens[clauseToken.head] as Token)
  )
    top = clauseToken.head;
  else {
    if (!/^who$/iu.test(word(text, token))) return null;
    let last = pronoun - 1;
    if (word(text, tokens[last] as Token) === ',') last -= 1;
    if (last < floor) return null;
    top = phraseHead(tokens, last, floor);
  }
  if (top < 0) return null;
  // "who" stands for people: a common noun with no sense of a person or a group by WordNet is not
  // what it follows ("an address from Iraqi leader Iyad Allawi, who …" attached to "address")
  const head = tokens[top] as Token;
  if (
    /^who$/iu.test(word(text, token)) &&
    head.pos === 'NOUN' &&
    !personOrGroup(head.lemma || word(text, head))
  )
    return null;
  let first = top;
  // leftwards while the words hang on the head, up to a preposition or a comma that opens the
  // phrase (", according to Tom Hale, …")
  for (let position = top - 1; position >= floor; position -= 1) {
    if (!under(tokens, position, top) || !LEFT_INSIDE.has(childOf(tokens, position, top).dep)) break;
    first = position;
  }
  let last = pronoun - 1;
  while (
    last > first &&
    (tokens[last] as Token).pos === 'PUNCT' &&
    /^[,;\-–—]$/u.test(word(text, tokens[last] as Token))
  )
    last -= 1;
  if (last < top) return null;
  // the phrase's words all hang on its head, with nothing that opens or closes something else
  for (let position = first; position <= last; position += 1) {
    const inner = tokens[position] as Token;
    if (!under(tokens, position, top)) return null;
    if (/^["“”‘’'():;]$/u.test(word(text, inner))) return null;
  }
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** The phrase a source that is a relative pronoun stands for, or null (the source is something else). */
export function relativeSourcePhrase(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  source: Span,
): Span | null {
  if (!RELATIVE.test(text.slice(source.start, source.end))) return null;
  const pronoun = tokenAt(tokens, source.start);
  const token = tokens[pronoun];
  if (token === undefined || token.start !== source.start || token.end !== source.end) return null;
  return relativeAntecedent(text, tokens, sentences, pronoun);
}
