import type { PartOfSpeech, Sentence, TaggedWord, Token } from '../../model/index.js';
import {
  loadSyntaxModel,
  nounLemma,
  parseSentence,
  verbLemmaOf,
  type SentenceParse,
} from '../syntax/index.js';
import { repairInterruptedSubjects } from './interrupted-subject.js';
import { repairReportConjuncts } from './report-conjuncts.js';

/**
 * The word as the treebank the syntax model learned from writes it: typographic apostrophes and
 * quotation marks as ASCII ("mayor’s" → "mayor's", “ → "), which news uses and web text rarely does.
 */
function treebankForm(form: string): string {
  for (let index = 0; index < form.length; index += 1) {
    const code = form.charCodeAt(index);
    if (code >= 0x2018 && code <= 0x201f) return form.replace(TYPOGRAPHIC_QUOTES, asciiQuote);
  }
  return form;
}

const TYPOGRAPHIC_QUOTES = /[\u2018-\u201f]/g;
function asciiQuote(mark: string): string {
  const code = mark.charCodeAt(0);
  return code <= 0x201b ? "'" : '"';
}

/**
 * The token table: each sentence's words parsed by the syntax model (src/nlp/syntax), with the
 * heads turned from sentence positions into indices of the whole table. Every word lies in exactly
 * one sentence (the segmenter's invariant), so the table has one token per word, in text order.
 *
 * The parser tags the words itself (its tagger measures 0.951 UPOS on EWT dev against wink's 0.897)
 * and parses on its own tags, but the table keeps wink's tags: the entity tagger, the coreference,
 * attribute and quotation rules were built and tuned on them, and switching changed their output
 * on eight of their table tests (tags such as "union leader" NOUN NOUN, "left-leaning" VERB). The
 * switch belongs with the issue that moves those rules onto the parse.
 */
export function parseSentences(
  text: string,
  words: readonly TaggedWord[],
  sentences: readonly Sentence[],
): Token[] {
  const tokens: Token[] = [];
  if (words.length === 0) return tokens;
  const model = loadSyntaxModel();
  const forms: string[] = [];
  const tags: PartOfSpeech[] = [];
  for (const sentence of sentences) {
    const first = sentence.firstToken;
    forms.length = 0;
    tags.length = 0;
    for (let index = first; index < sentence.endToken; index += 1) {
      const word = words[index] as TaggedWord;
      forms.push(treebankForm(text.slice(word.start, word.end)));
      tags.push(word.pos);
    }
    // "TAMSK, May 3 — Six miners were killed …": a dateline is parsed apart from the sentence it
    // opens (as one clause the parser makes the place the verb's subject), then hung on its root
    const dash = datelineEnd(forms);
    const parse = repairReportConjuncts(
      forms,
      repairInterruptedSubjects(
        forms,
        dash < 0
          ? parseSentence(model, forms, tags)
          : joinParses(
              parseSentence(model, forms.slice(0, dash + 1), tags.slice(0, dash + 1)),
              parseSentence(model, forms.slice(dash + 1), tags.slice(dash + 1)),
            ),
      ),
    );
    for (let position = 0; position < forms.length; position += 1) {
      const word = words[first + position] as TaggedWord;
      const head = parse.head[position] ?? -1;
      const lemma = parse.lemma[position] ?? '';
      tokens.push({
        start: word.start,
        end: word.end,
        pos: word.pos,
        // (the parser lemmatises by its own tag: a verb of the table whose lemma is no verb takes WordNet's,
        // a noun WordNet knows whose lemma it lacks keeps its form)
        lemma:
          word.pos === 'VERB'
            ? verbLemmaOf(forms[position]!, lemma, opensSentence(forms, position))
            : word.pos === 'NOUN'
              ? nounLemma(forms[position]!, lemma)
              : lemma,
        head: head < 0 ? -1 : first + head,
        dep: parse.dep[position] ?? 'dep',
      });
    }
  }
  return tokens;
}

type Parse = SentenceParse;

/** Whether only punctuation comes before `position` (the first word of `"Yelling at …`). */
function opensSentence(forms: readonly string[], position: number): boolean {
  for (let index = 0; index < position; index += 1) if (/[\p{L}\p{N}]/u.test(forms[index]!)) return false;
  return true;
}

const DASHES = new Set(['—', '–', '--', '-']);
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;

/**
 * The position of the dash that closes a dateline opening the sentence ("TAMSK, May 3 —",
 * "KORVATH (Reuters) —", "WASHINGTON —"): a place in capitals, then only a date or an agency in
 * brackets before the dash, with words after it; else -1.
 */
export function datelineEnd(forms: readonly string[]): number {
  let at = 0;
  // the place: one to three words in capitals
  while (at < forms.length && at < 3 && /^[A-Z][A-Z.'-]+$/.test(forms[at] as string)) at += 1;
  if (at === 0) return -1;
  if (forms[at] === ',') at += 1;
  // a date ("May 3", "Sept. 8", "3 May") or an agency in brackets ("(Reuters)")
  for (let taken = 0; at < forms.length && taken < 5 && !DASHES.has(forms[at] as string); taken += 1) {
    const form = forms[at] as string;
    if (!(
      MONTH.test(form) ||
      /^\d{1,4}$/.test(form) ||
      /^[()]$/.test(form) ||
      /^[A-Z][A-Za-z]+$/.test(form) ||
      form === ','
    ))
      return -1;
    at += 1;
  }
  if (at >= forms.length - 1 || !DASHES.has(forms[at] as string)) return -1;
  return at;
}

/** Two parses as one: the second's root is the root, the first's root hangs on it as parataxis. */
function joinParses(left: Parse, right: Parse): Parse {
  const offset = left.head.length;
  const rightRoot = right.head.findIndex((head) => head < 0);
  const root = offset + Math.max(0, rightRoot);
  return {
    pos: [...left.pos, ...right.pos],
    head: Int32Array.from([
      ...Array.from(left.head, (head) => (head < 0 ? root : head)),
      ...Array.from(right.head, (head) => (head < 0 ? -1 : head + offset)),
    ]),
    dep: [
      ...left.dep.map((dep, index) => ((left.head[index] as number) < 0 ? 'parataxis' : dep)),
      ...right.dep,
    ],
    lemma: [...left.lemma, ...right.lemma],
  };
}
