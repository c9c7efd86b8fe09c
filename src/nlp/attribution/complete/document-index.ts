import type { Entity, MentionKind, Segments, Sentence, Span, Token } from '../../../model/index.js';
import { DependencyTree } from '../../grammar/index.js';

/** One entity mention with its entity, for lookups by position. */
export interface IndexedMention {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  readonly entity: Entity;
}

/**
 * Position lookups the completion steps share: token and sentence at an offset (binary search over
 * the sorted segment arrays) and entity mentions by position (one sorted array built once). Built
 * once per document; every lookup is O(log n).
 */
export class DocumentIndex {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly IndexedMention[];
  /** The parse of every sentence (src/nlp/grammar). */
  readonly tree: DependencyTree;
  readonly entities: readonly Entity[];
  /** Lower-cased last word of PERSON/ORG names → entities, for sources the name finder missed (built on first use). */
  private entitiesByLastWord: Map<string, Entity[]> | null = null;

  constructor(text: string, segments: Segments, entities: readonly Entity[]) {
    this.text = text;
    this.tokens = segments.tokens;
    this.sentences = segments.sentences;
    this.tree = new DependencyTree(segments.tokens);
    const mentions: IndexedMention[] = [];
    this.entities = entities;
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        if (mention.start >= 0 && mention.end <= text.length && mention.start < mention.end)
          mentions.push({ start: mention.start, end: mention.end, kind: mention.kind, entity });
      }
    }
    mentions.sort((left, right) => left.start - right.start || right.end - left.end);
    this.mentions = mentions;
  }

  /** Index of the first token ending after `offset` (the token at or after it); tokens.length if none. */
  tokenAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.tokens[middle] as Token).end <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Token indices [first, end) of the tokens inside `span`. */
  tokenRange(span: Span): [number, number] {
    const first = this.tokenAtOrAfter(span.start);
    let end = first;
    while (end < this.tokens.length && (this.tokens[end] as Token).end <= span.end) end += 1;
    return [first, end];
  }

  /**
   * The head of the phrase made of tokens [first, end): its one word (punctuation aside) whose
   * head lies outside the range; -1 when there is none or more than one (not one phrase).
   */
  phraseHead(first: number, end: number): number {
    let head = -1;
    for (let position = first; position < end; position += 1) {
      const token = this.tokens[position] as Token;
      if (token.pos === 'PUNCT' || (token.head >= first && token.head < end)) continue;
      if (head >= 0) return -1;
      head = position;
    }
    return head;
  }

  tokenText(index: number): string {
    const token = this.tokens[index];
    return token === undefined ? '' : this.text.slice(token.start, token.end);
  }

  /** Index of the sentence holding `offset` (the nearest one before it when it falls between two). */
  sentenceIndexAt(offset: number): number {
    let low = 0;
    let high = this.sentences.length - 1;
    if (high < 0) return -1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.sentences[middle] as Sentence).start <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The sentence holding `offset`, or a span over the whole text when there are no sentences. */
  sentenceAt(offset: number): Span {
    const index = this.sentenceIndexAt(offset);
    return index < 0 ? { start: 0, end: this.text.length } : (this.sentences[index] as Sentence);
  }

  /** Index of the first mention starting at or after `offset`. */
  private firstMentionFrom(offset: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.mentions[middle] as IndexedMention).start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Mentions lying wholly inside `span`, in text order. */
  mentionsInside(span: Span): IndexedMention[] {
    const found: IndexedMention[] = [];
    for (let index = this.firstMentionFrom(span.start); index < this.mentions.length; index += 1) {
      const mention = this.mentions[index] as IndexedMention;
      if (mention.start >= span.end) break;
      if (mention.end <= span.end) found.push(mention);
    }
    return found;
  }

  /**
   * The mention covering [start, end) best (inside `within` when given): a name before a nominal before a pronoun, then the
   * shortest. Mentions are short, so looking back a few dozen characters finds every cover.
   */
  mentionCovering(start: number, end: number, within?: Span): IndexedMention | null {
    let best: IndexedMention | null = null;
    const rank = (mention: IndexedMention): number =>
      (mention.kind === 'name' ? 0 : mention.kind === 'nominal' ? 1 : 2) * 1e6 +
      (mention.end - mention.start);
    for (let index = this.firstMentionFrom(end) - 1; index >= 0; index -= 1) {
      const mention = this.mentions[index] as IndexedMention;
      if (mention.start < start - 300) break;
      if (within !== undefined && (mention.start < within.start || mention.end > within.end)) continue;
      if (mention.start <= start && mention.end >= end && (best === null || rank(mention) < rank(best)))
        best = mention;
    }
    return best;
  }

  /** The nearest mention ending at or before `offset` and starting at or after `limit` that `accept` takes. */
  mentionBefore(
    offset: number,
    limit: number,
    accept: (mention: IndexedMention) => boolean,
  ): IndexedMention | null {
    for (let index = this.firstMentionFrom(offset) - 1; index >= 0; index -= 1) {
      const mention = this.mentions[index] as IndexedMention;
      if (mention.start < limit) break;
      if (mention.end <= offset && accept(mention)) return mention;
    }
    return null;
  }

  /** The PERSON or ORG entity whose canonical name ends with `word`, when exactly one does. */
  entityByLastWord(word: string): Entity | null {
    if (this.entitiesByLastWord === null) {
      const byWord = new Map<string, Entity[]>();
      for (const entity of this.entities) {
        if (entity.type !== 'PERSON' && entity.type !== 'ORG') continue;
        const words = entity.name.split(/\s+/);
        const last = words[words.length - 1]?.toLowerCase();
        if (last === undefined || last.length < 2) continue;
        const list = byWord.get(last);
        if (list === undefined) byWord.set(last, [entity]);
        else if (!list.includes(entity)) list.push(entity);
      }
      this.entitiesByLastWord = byWord;
    }
    const list = this.entitiesByLastWord.get(word.toLowerCase());
    return list !== undefined && list.length === 1 ? (list[0] as Entity) : null;
  }
}
