import type { PartOfSpeech, Sentence, TaggedWord, Token } from '../../model/index.js';
import { loadSyntaxModel, parseSentence } from '../syntax/index.js';

/**
 * The token table: each sentence's words parsed by the syntax model (src/nlp/syntax), with the
 * heads turned from sentence positions into indices of the whole table. Every word lies in exactly
 * one sentence (the segmenter's invariant), so the table has one token per word, in text order.
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
      forms.push(text.slice(word.start, word.end));
      tags.push(word.pos);
    }
    const parse = parseSentence(model, forms, tags);
    for (let position = 0; position < forms.length; position += 1) {
      const word = words[first + position] as TaggedWord;
      const head = parse.head[position] ?? -1;
      tokens.push({
        start: word.start,
        end: word.end,
        pos: parse.pos[position] ?? word.pos,
        lemma: parse.lemma[position] ?? '',
        head: head < 0 ? -1 : first + head,
        dep: parse.dep[position] ?? 'dep',
      });
    }
  }
  return tokens;
}
