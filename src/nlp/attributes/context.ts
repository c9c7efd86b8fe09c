import type { Entity, MentionKind, Segments, Token } from '../../model/index.js';
import { tokenAt } from '../names/token-index.js';

/** One mention of an entity as a token range: tokens [first, end) of the text. */
export interface MentionTokens {
  readonly entity: number;
  readonly kind: MentionKind;
  readonly first: number;
  readonly end: number;
}

/**
 * What the attribute rules read, built once per document: the tokens, which entity owns each token,
 * the sentence bounds of each token and a lazily filled cache of lower-cased token texts, so that
 * every rule looks at a few tokens around a mention and never scans the text.
 */
export interface AttributeContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  /** Entity index owning each token (the innermost mention when mentions nest), or -1. */
  readonly owner: Int32Array;
  /** 1 for a token inside a proper-name mention (kind `name`), else 0. */
  readonly inName: Uint8Array;
  /** First token of the sentence each token is in. */
  readonly sentenceFirst: Int32Array;
  /** One past the last token of the sentence each token is in. */
  readonly sentenceEnd: Int32Array;
  /** Every mention, by entity, as token ranges (mentions that cover no token are left out). */
  readonly mentions: readonly (readonly MentionTokens[])[];
  readonly lower: (string | undefined)[];
  /**
   * For a group entity of the coreference stage ("Brothers A and B X", "the three": subtype GROUP,
   * `attributes.members` listing member ids), the indices of its members; undefined for others.
   */
  readonly members: readonly (readonly number[] | undefined)[];
}

export function buildContext(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
): AttributeContext {
  const tokens = segments.tokens;
  const count = tokens.length;
  const owner = new Int32Array(count).fill(-1);
  const sentenceFirst = new Int32Array(count);
  const sentenceEnd = new Int32Array(count).fill(count);
  for (const sentence of segments.sentences) {
    for (let index = sentence.firstToken; index < sentence.endToken && index < count; index += 1) {
      sentenceFirst[index] = sentence.firstToken;
      sentenceEnd[index] = sentence.endToken;
    }
  }
  const mentions: MentionTokens[][] = [];
  const all: MentionTokens[] = [];
  entities.forEach((entity, entityIndex) => {
    const list: MentionTokens[] = [];
    for (const mention of entity.mentions) {
      const first = tokenAt(tokens, mention.start);
      let end = first;
      while (end < count && (tokens[end] as Token).start < mention.end) end += 1;
      if (end === first) continue;
      const item = { entity: entityIndex, kind: mention.kind, first, end };
      list.push(item);
      all.push(item);
    }
    list.sort((a, b) => a.first - b.first);
    mentions.push(list);
  });
  // Longer mentions first, so that an inner mention ("Russia" in "Russia's Investigative Committee")
  // owns its own tokens.
  all.sort((a, b) => b.end - b.first - (a.end - a.first));
  const inName = new Uint8Array(count);
  for (const mention of all) {
    owner.fill(mention.entity, mention.first, mention.end);
    if (mention.kind === 'name') inName.fill(1, mention.first, mention.end);
  }
  const indexOfId = new Map<string, number>();
  entities.forEach((entity, index) => indexOfId.set(entity.id, index));
  const members = entities.map((entity) => {
    const listed = entity.attributes?.['members'];
    if (!Array.isArray(listed)) return undefined;
    const found = (listed as readonly string[])
      .map((id) => indexOfId.get(id) ?? -1)
      .filter((index) => index >= 0);
    return found.length > 0 ? found : undefined;
  });
  return {
    text,
    tokens,
    entities,
    members,
    owner,
    inName,
    sentenceFirst,
    sentenceEnd,
    mentions,
    lower: new Array<string | undefined>(count),
  };
}

/** The people an entity stands for: its members for a group, else itself. */
export function individuals(context: AttributeContext, entity: number): readonly number[] {
  return context.members[entity] ?? [entity];
}

/** The lower-cased text of token `index` ('' outside the text). */
export function word(context: AttributeContext, index: number): string {
  if (index < 0 || index >= context.tokens.length) return '';
  let value = context.lower[index];
  if (value === undefined) {
    const token = context.tokens[index] as Token;
    value = context.text.slice(token.start, token.end).toLowerCase();
    context.lower[index] = value;
  }
  return value;
}

export function pos(context: AttributeContext, index: number): string {
  const token = context.tokens[index];
  return token === undefined ? '' : token.pos;
}

/** The text from the start of token `first` to the end of token `end - 1`. */
export function tokenText(context: AttributeContext, first: number, end: number): string {
  if (end <= first) return '';
  return context.text.slice((context.tokens[first] as Token).start, (context.tokens[end - 1] as Token).end);
}

/** Whether tokens `index` and `index + 1` touch (no space between them). */
export function touches(context: AttributeContext, index: number): boolean {
  const left = context.tokens[index];
  const right = context.tokens[index + 1];
  return left !== undefined && right !== undefined && left.end === right.start;
}

/**
 * One past the last token of the hyphenated compound starting at `index`: "brother-in-law" and
 * "32-year-old" are each one word for the rules, however the tokenizer split them.
 */
export function compoundEnd(context: AttributeContext, index: number, limit: number): number {
  let end = index + 1;
  while (
    end + 1 < limit &&
    word(context, end) === '-' &&
    touches(context, end - 1) &&
    touches(context, end)
  ) {
    end += 2;
  }
  return end;
}

/** Whether token `index` is the possessive 's (or a lone apostrophe after a plural: "the brothers' father"). */
export function isPossessiveMark(context: AttributeContext, index: number): boolean {
  const value = word(context, index);
  return (
    value === "'s" || value === '’s' || ((value === "'" || value === '’') && pos(context, index) === 'PART')
  );
}

export function entityType(context: AttributeContext, index: number): string | undefined {
  const entity = context.owner[index];
  return entity === undefined || entity < 0 ? undefined : (context.entities[entity] as Entity).type;
}
