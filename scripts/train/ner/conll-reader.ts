import { readFileSync } from 'node:fs';
import type { EntityType, Span } from '../../../src/model/index.js';

/** An entity of the CoNLL-2003 gold, as character offsets into the document text we build. */
export interface GoldEntity extends Span {
  readonly type: EntityType;
}

/**
 * One CoNLL-2003 document (between two -DOCSTART- lines) seen the way the pipeline sees text:
 * tokens joined by single spaces, sentences by newlines. `tokens` are the CoNLL tokens with their
 * offsets in `text`, so predicted spans can be mapped back to them by character offsets.
 */
export interface ConllDocument {
  readonly text: string;
  readonly tokens: readonly Span[];
  /** Gold entity type per CoNLL token, or null outside entities; `entityStarts[i]` is 1 where one begins. */
  readonly labels: readonly (EntityType | null)[];
  readonly entityStarts: Uint8Array;
  readonly entities: readonly GoldEntity[];
}

const TYPES: Readonly<Record<string, EntityType>> = {
  PER: 'PERSON',
  ORG: 'ORG',
  LOC: 'LOC',
  MISC: 'MISC',
};

/** Reads an IOB1 CoNLL-2003 file ("token POS chunk NER" per line) into documents. */
export function readConll(path: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: string[][][] = [];
  let sentence: string[][] = [];
  const flushSentence = (): void => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
  };
  const flushDocument = (): void => {
    flushSentence();
    if (sentences.length > 0) documents.push(buildDocument(sentences));
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      flushSentence();
      continue;
    }
    const columns = trimmed.split(' ');
    if (columns[0] === '-DOCSTART-') {
      flushDocument();
      continue;
    }
    sentence.push(columns);
  }
  flushDocument();
  return documents;
}

function buildDocument(sentences: readonly (readonly (readonly string[])[])[]): ConllDocument {
  const pieces: string[] = [];
  const tokens: Span[] = [];
  const labels: (EntityType | null)[] = [];
  const starts: number[] = [];
  const entities: GoldEntity[] = [];
  let offset = 0;
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex += 1) {
    const sentence = sentences[sentenceIndex] ?? [];
    if (sentenceIndex > 0) {
      pieces.push('\n');
      offset += 1;
    }
    let previousType: EntityType | null = null;
    for (let index = 0; index < sentence.length; index += 1) {
      const columns = sentence[index] ?? [];
      const word = columns[0] ?? '';
      const tag = columns[columns.length - 1] ?? 'O';
      if (index > 0) {
        pieces.push(' ');
        offset += 1;
      }
      pieces.push(word);
      tokens.push({ start: offset, end: offset + word.length });
      offset += word.length;
      const type = tag === 'O' ? null : (TYPES[tag.slice(2)] ?? null);
      // IOB1: B- only separates two adjacent entities of the same type.
      const begins = type !== null && (type !== previousType || tag.startsWith('B-'));
      labels.push(type);
      starts.push(begins ? 1 : 0);
      if (type !== null) {
        const token = tokens[tokens.length - 1] as Span;
        const last = entities[entities.length - 1];
        if (begins || last === undefined) entities.push({ start: token.start, end: token.end, type });
        else entities[entities.length - 1] = { start: last.start, end: token.end, type };
      }
      previousType = type;
    }
  }
  return { text: pieces.join(''), tokens, labels, entityStarts: Uint8Array.from(starts), entities };
}
