import type { Correction } from '../../src/store/types.js';

export type {
  Correction,
  CorrectionChange,
  CorrectionInput,
  SearchResult,
  EntityReference,
  EntitySummary,
  AttributionView,
  EventView,
  Dossier,
  ContradictionSide,
  ContradictionView,
  GraphView,
  DocumentSummary,
} from '../../src/store/types.js';

// Shapes of what the API returns, as far as the UI reads them. The document is the `extract`
// document of the output contract (shared/docs/output-contract.md); the rest follows the server's
// OpenAPI document (/openapi.json). Every field the UI does not need is left out.

export interface Span {
  start: number;
  end: number;
  text?: string;
}

export interface Mention extends Span {
  kind: 'name' | 'nominal' | 'pronoun';
}

export interface DocEntity {
  id: string;
  type: string;
  subtype?: string;
  name: string;
  mentions: Mention[];
  attributes?: Record<string, unknown>;
  /** the corpus entity the store linked this one to */
  corpus_entity?: string;
}

export interface TextRef {
  text: string;
  entity?: string;
}

export interface Attribution {
  id: string;
  kind: 'direct' | 'indirect' | 'mixed';
  cue: Span | null;
  source: Span | null;
  speaker: string | string[] | null;
  content: Span[];
  parent?: string;
  channel?: TextRef;
  addressee?: TextRef;
  time?: string;
  anonymous?: boolean;
  stance?: string;
  hedges?: string[];
  verification?: { text: string; status: string };
  /** the corpus entities of the speaker, after corrections */
  speaker_entities?: string[];
  /** true when a correction changed this attribution */
  corrected?: boolean;
}

export interface TimeExpression {
  id: string;
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface ExtractDocument {
  id?: string;
  source: string;
  text: string;
  title: string | null;
  publisher: string | null;
  byline: string | null;
  published: string | null;
  entities: DocEntity[];
  attributions: Attribution[];
  times: TimeExpression[];
  events: unknown[];
  contradictions: unknown[];
  paragraphs?: Span[];
  content_hash?: string;
  ingested_at?: string;
  corrections?: Correction[];
}
