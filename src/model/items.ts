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

/** The question a claim answers, which decides how two claims on one topic compare. */
export type ClaimFrame =
  'responsibility' | 'participation' | 'destination' | 'origin' | 'count' | 'proposition';

export interface Claim {
  readonly id: string;
  /** The attribution whose content states it. */
  readonly attribution: string;
  /** The characters of the content the proposition is read from (its predicate's clause). */
  readonly span: Span;
  readonly subject?: TextReference;
  /** A normalised relation or verb lemma ("orchestrate", "be innocent", "flee"). */
  readonly predicate: string;
  readonly object?: TextReference;
  /** `neg` for a negated proposition and for the content of a denial. */
  readonly polarity: 'pos' | 'neg';
  /** The word that makes the proposition unrealised or intended ("tried", "intended", "could"). */
  readonly modality?: string;
  readonly hedged?: boolean;
  readonly topic: string;
  readonly frame: ClaimFrame;
  /** The answer the claim gives to its topic's question: a place, the parties, a figure. */
  readonly value?: ClaimValue;
  /** The event the claim is about (an `events[]` id), when the text names it. */
  readonly event?: string;
  /** "The Northern Cell organised the attack and acted alone": no other party took part. */
  readonly exclusive?: boolean;
}

export interface ClaimValue {
  readonly text: string;
  /** The entities the value names (several for "Arland, Dravia and Kostania"). */
  readonly entities?: readonly string[];
  readonly quantity?: Quantity;
  /**
   * What an unnamed value is compared by: its head noun's lemma ("the rail" for "worn rails" and
   * for "rails", whatever modifiers the parse kept), when the value names no entity.
   */
  readonly key?: string;
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
