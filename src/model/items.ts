import type { Span } from './span.js';

/**
 * Items of the later stages (entities, attributions, times, events, contradictions), in the shape
 * the output contract fixes (docs: output-contract.md). The stages that fill them arrive in later
 * issues; the types are here so that the document has one shape from the start.
 */

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC';
export type MentionKind = 'name' | 'nominal' | 'pronoun';

export interface Mention extends Span {
  readonly kind: MentionKind;
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly subtype?: string;
  readonly name: string;
  readonly mentions: readonly Mention[];
  readonly attributes?: Readonly<Record<string, string | number | readonly string[]>>;
}

export type AttributionKind = 'direct' | 'indirect' | 'mixed';
export type Stance = 'assert' | 'deny' | 'question';

export interface TextReference {
  readonly text: string;
  readonly entity?: string;
}

export interface Attribution {
  readonly id: string;
  readonly kind: AttributionKind;
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly speaker: string | readonly string[] | null;
  readonly content: readonly Span[];
  readonly parent?: string;
  readonly channel?: TextReference;
  readonly addressee?: TextReference;
  readonly time?: string;
  readonly anonymous?: boolean;
  readonly stance?: Stance;
  readonly hedges?: readonly string[];
  readonly verification?: { readonly text: string; readonly status: string };
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  readonly type: TimeType;
  readonly value: string;
}

export interface EventArgument {
  readonly role: string;
  readonly span?: Span;
  readonly text?: string;
  readonly entity?: string;
}

export interface Event {
  readonly id: string;
  readonly type: string;
  readonly trigger: Span;
  readonly arguments: readonly EventArgument[];
  readonly time?: string;
  readonly quantity?: Readonly<
    Record<string, { readonly min?: number; readonly max?: number; readonly value?: number }>
  >;
}

export type ContradictionKind = 'contradicts' | 'denies' | 'disputes_value';

export interface Contradiction {
  readonly id: string;
  readonly topic: string;
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly kind: ContradictionKind;
  readonly evidence?: Span;
}
