import type { PartOfSpeech, Sentence, TaggedWord, Token } from '../../model/index.js';
import { loadSyntaxModel, parseSentence } from '../syntax/index.js';

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
    const parse = parseSentence(model, forms, tags);
    for (let position = 0; position < forms.length; position += 1) {
      const word = words[first + position] as TaggedWord;
      const head = parse.head[position] ?? -1;
      tokens.push({
        start: word.start,
        end: word.end,
        pos: word.pos,
        lemma: parse.lemma[position] ?? '',
        head: head < 0 ? -1 : first + head,
        dep: parse.dep[position] ?? 'dep',
      });
    }
  }
  return tokens;
}
