import { readFileSync } from 'node:fs';

/**
 * One sentence of a Universal Dependencies CoNLL-U file, as syntactic words (multiword tokens such
 * as "don't" are given as their words "do" + "n't"; empty nodes of the enhanced graph are skipped).
 */
export interface UdSentence {
  /** The `# text =` line. */
  readonly text: string;
  /** Whether a `# newdoc` / `# newpar` comment opens this sentence. */
  readonly newDocument: boolean;
  readonly newParagraph: boolean;
  /**
   * The document the sentence comes from: its `# sent_id` without the trailing sentence number
   * (EWT: `weblog-…_ID-0001` → `weblog-…_ID`), else a count of the `# newdoc` lines before it.
   */
  readonly document: string;
  readonly forms: readonly string[];
  readonly lemmas: readonly string[];
  readonly tags: readonly string[];
  /** Head word index within the sentence, -1 for the root. */
  readonly heads: Int32Array;
  readonly relations: readonly string[];
  /**
   * Character span of each word in `text` (start, end at 2i, 2i+1), or -1, -1 for a word of a
   * multiword token whose words do not spell it ("won't" → "will" + "n't").
   */
  readonly spans: Int32Array;
  /**
   * Character span of each surface token in `text` (start, end at 2i, 2i+1): a multiword token
   * ("don't") is one token of several words. Tokens whose surface is not found in `text` are left out.
   */
  readonly tokenSpans: Int32Array;
}

interface WordLine {
  readonly form: string;
  readonly lemma: string;
  readonly tag: string;
  readonly head: number;
  readonly relation: string;
}

/** Reads a CoNLL-U file; throws a one-line error naming the file when a line is malformed. */
export function readConllu(path: string): UdSentence[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const sentences: UdSentence[] = [];
  let text = '';
  let newDocument = false;
  let newParagraph = false;
  let sentenceId = '';
  let documents = 0;
  let words: WordLine[] = [];
  /** Surface tokens: [first word, last word, surface form]. */
  let tokens: [number, number, string][] = [];
  let multiwordEnd = -1;
  const flush = (): void => {
    if (words.length === 0) return;
    const spans = new Int32Array(words.length * 2).fill(-1);
    const tokenSpans: number[] = [];
    let position = 0;
    for (const [first, last, surface] of tokens) {
      let found = text.indexOf(surface, position);
      if (found < 0) found = text.toLowerCase().indexOf(surface.toLowerCase(), position);
      if (found < 0) continue;
      position = found + surface.length;
      tokenSpans.push(found, position);
      if (first === last) {
        spans[first * 2] = found;
        spans[first * 2 + 1] = position;
        continue;
      }
      const joined = words
        .slice(first, last + 1)
        .map((word) => word.form)
        .join('');
      if (joined.toLowerCase() !== surface.toLowerCase()) continue;
      let start = found;
      for (let word = first; word <= last; word += 1) {
        spans[word * 2] = start;
        start += words[word]!.form.length;
        spans[word * 2 + 1] = start;
      }
    }
    sentences.push({
      text,
      newDocument,
      newParagraph,
      document: sentenceId === '' ? `document ${documents}` : sentenceId.replace(/-\d+$/, ''),
      forms: words.map((word) => word.form),
      lemmas: words.map((word) => word.lemma),
      tags: words.map((word) => word.tag),
      heads: Int32Array.from(words, (word) => word.head - 1),
      relations: words.map((word) => word.relation),
      spans,
      tokenSpans: Int32Array.from(tokenSpans),
    });
    words = [];
    tokens = [];
    text = '';
    newDocument = false;
    newParagraph = false;
    sentenceId = '';
    multiwordEnd = -1;
  };
  lines.forEach((line, lineIndex) => {
    if (line === '') return flush();
    if (line.startsWith('#')) {
      if (line.startsWith('# text = ')) text = line.slice(9);
      else if (line.startsWith('# sent_id = ')) sentenceId = line.slice(12).trim();
      else if (line.startsWith('# newdoc')) {
        newDocument = true;
        documents += 1;
      } else if (line.startsWith('# newpar')) newParagraph = true;
      return;
    }
    const columns = line.split('\t');
    if (columns.length !== 10) throw new Error(`${path}:${lineIndex + 1}: expected 10 columns`);
    const id = columns[0]!;
    if (id.includes('.')) return;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range !== null) {
      const first = Number(range[1]) - 1;
      multiwordEnd = Number(range[2]) - 1;
      tokens.push([first, multiwordEnd, columns[1]!]);
      return;
    }
    const index = Number(id) - 1;
    if (index !== words.length) throw new Error(`${path}:${lineIndex + 1}: word ids out of order`);
    if (index > multiwordEnd) tokens.push([index, index, columns[1]!]);
    words.push({
      form: columns[1]!,
      lemma: columns[2]!,
      tag: columns[3]!,
      head: Number(columns[6]),
      relation: columns[7]!,
    });
  });
  flush();
  return sentences;
}
