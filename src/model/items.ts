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
export type Stance = 'assert' | 'deny' | 'question' | 'decline';

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
  /** `t1`, `t2`, … in text order. */
  readonly id: string;
  readonly type: TimeType;
  readonly value: string;
}

export interface EventArgument {
  readonly role: string;
  readonly span?: Span;
  readonly text?: string;
  readonly entity?: string;
}

/** TimeML's event classes. */
export type EventClass =
  'OCCURRENCE' | 'REPORTING' | 'STATE' | 'I_ACTION' | 'I_STATE' | 'ASPECTUAL' | 'PERCEPTION';

export type TimeRelation = 'at' | 'before' | 'after' | 'during' | 'begins' | 'ends';

export interface EventTime {
  /** The TIMEX3 value the event is anchored to. */
  readonly value: string;
  readonly relation: TimeRelation;
  /** The `times[]` id the value comes from. */
  readonly timex?: string;
}

export interface Quantity {
  readonly min?: number;
  readonly max?: number;
  readonly exact?: number;
}

export interface Event {
  readonly id: string;
  readonly trigger: Span;
  readonly class: EventClass;
  /** A domain type (`attack`, `arrest`, `remand`, …) or null. */
  readonly type: string | null;
  readonly arguments: readonly EventArgument[];
  readonly time?: EventTime;
  readonly quantity?: Readonly<Record<string, Quantity>>;
  readonly polarity?: 'pos' | 'neg';
  readonly modality?: string;
  readonly attribution?: string;
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
