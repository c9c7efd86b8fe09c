import type { EntityType, Span } from '../../../src/model/index.js';
import type { ConllDocument } from './conll-reader.js';

export interface TypeScore {
  readonly type: EntityType | 'ALL';
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Counts of exact-match chunks, conlleval style, accumulated over documents. */
export class ConllScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  private bump(type: string, field: 'gold' | 'predicted' | 'correct'): void {
    let entry = this.counts.get(type);
    if (entry === undefined) {
      entry = { gold: 0, predicted: 0, correct: 0 };
      this.counts.set(type, entry);
    }
    entry[field] += 1;
  }

  /**
   * Adds one document. Predicted character spans become CoNLL token chunks: the tokens they
   * overlap, so a span cut inside a CoNLL token ("Germany" of "Germany-based") counts as that token.
   */
  add(document: ConllDocument, predicted: readonly (Span & { readonly type: EntityType })[]): void {
    const tokens = document.tokens;
    const gold = new Set<string>();
    let first = -1;
    for (let index = 0; index <= tokens.length; index += 1) {
      const type = index < tokens.length ? document.labels[index] : null;
      const starts = index < tokens.length && document.entityStarts[index] === 1;
      if (first >= 0 && (type === null || starts)) {
        const chunkType = document.labels[first] as EntityType;
        gold.add(`${first}:${index - 1}:${chunkType}`);
        this.bump(chunkType, 'gold');
        first = -1;
      }
      if (type !== null && type !== undefined && first < 0) first = index;
    }
    let cursor = 0;
    for (const mention of predicted) {
      while (cursor < tokens.length && tokens[cursor]!.end <= mention.start) cursor += 1;
      let last = cursor;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < mention.end) last += 1;
      if (cursor >= tokens.length) break;
      this.bump(mention.type, 'predicted');
      if (gold.has(`${cursor}:${last}:${mention.type}`)) this.bump(mention.type, 'correct');
    }
  }

  scores(): TypeScore[] {
    const types: (EntityType | 'ALL')[] = ['PERSON', 'ORG', 'LOC', 'MISC', 'ALL'];
    let total = { gold: 0, predicted: 0, correct: 0 };
    const result: TypeScore[] = [];
    for (const type of types) {
      const entry = type === 'ALL' ? total : (this.counts.get(type) ?? { gold: 0, predicted: 0, correct: 0 });
      if (type !== 'ALL')
        total = {
          gold: total.gold + entry.gold,
          predicted: total.predicted + entry.predicted,
          correct: total.correct + entry.correct,
        };
      const precision = entry.predicted === 0 ? 0 : entry.correct / entry.predicted;
      const recall = entry.gold === 0 ? 0 : entry.correct / entry.gold;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      result.push({ type, ...entry, precision, recall, f1 });
    }
    return result;
  }
}
