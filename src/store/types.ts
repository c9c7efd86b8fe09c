import type { FeedValidators } from '../ingest/feed/feed-validators.js';
import type { Bucket, SourceFigures } from './source-figures.js';

/**
 * Shapes of the store: the extract document as stored (the contract JSON, docs: output-contract.md),
 * the repository interface both backends implement, and what its queries return. The HTTP API
 * serves these shapes as they are (src/server/schemas.ts describes them for the OpenAPI document).
 */

/** A span as `extract` prints it: offsets into the document text plus the covered text. */
export interface PrintedSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ExtractEntity {
  readonly id: string;
  readonly type: string;
  readonly subtype?: string;
  readonly name: string;
  readonly mentions: readonly (PrintedSpan & { readonly kind: string })[];
  readonly attributes?: Readonly<Record<string, unknown>>;
  /** Added by the store: the corpus entity this one is linked to. */
  readonly corpus_entity?: string;
  readonly [extra: string]: unknown;
}

export interface ExtractAttribution {
  readonly id: string;
  readonly kind: string;
  readonly cue: PrintedSpan | null;
  readonly source: PrintedSpan | null;
  readonly speaker: string | readonly string[] | null;
  readonly content: readonly PrintedSpan[];
  readonly parent?: string;
  readonly stance?: string;
  readonly anonymous?: boolean;
  /** Added by the store: the corpus entities of the speaker (after corrections). */
  readonly speaker_entities?: readonly string[];
  /** Added by the store: true when a correction changed this attribution. */
  readonly corrected?: boolean;
  readonly [extra: string]: unknown;
}

export interface ExtractEvent {
  readonly id: string;
  readonly type: string | null;
  readonly class?: string;
  readonly trigger: PrintedSpan;
  readonly arguments: readonly {
    readonly role: string;
    readonly span?: PrintedSpan;
    readonly text?: string;
    readonly entity?: string;
  }[];
  readonly time?: string | { readonly value: string; readonly relation?: string; readonly timex?: string };
  readonly attribution?: string;
  readonly [extra: string]: unknown;
}

export interface ExtractClaim {
  readonly id: string;
  readonly attribution: string;
  readonly predicate: string;
  readonly polarity: string;
  readonly topic: string;
  readonly [extra: string]: unknown;
}

export interface ExtractContradiction {
  readonly id: string;
  readonly topic: string;
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly kind: string;
  readonly evidence?: PrintedSpan;
  readonly [extra: string]: unknown;
}

/** One document as `claimgraph extract` prints it (the contract's fields; others kept as they are). */
export interface ExtractDocument {
  readonly source: string;
  readonly text: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly entities: readonly ExtractEntity[];
  readonly attributions: readonly ExtractAttribution[];
  readonly times?: readonly unknown[];
  readonly events?: readonly ExtractEvent[];
  readonly claims?: readonly ExtractClaim[];
  readonly contradictions?: readonly ExtractContradiction[];
  /** Added by `ingest URL` and WARC ingestion: when the page was fetched or captured (ISO date-time). */
  readonly retrieved?: string;
  readonly [extra: string]: unknown;
}

/** What is stored for one article: its content hash (of the input bytes) and its extract document. */
export interface ArticleRecord {
  readonly contentHash: string;
  readonly document: ExtractDocument;
}

export interface IngestOutcome {
  readonly id: string;
  /** false when the same content was stored before (nothing was written unless replaced). */
  readonly created: boolean;
  /** true when a stored document was replaced by a new extraction of the same content. */
  readonly replaced?: boolean;
  /** The story a newly stored article joined: its own id, or that of the wire story it reprints. */
  readonly story?: string;
}

// ---------------------------------------------------------------------------------------------
// corrections

export type CorrectionChange =
  | {
      /** The attribution was said by another corpus entity (null: nobody in the corpus). */
      readonly kind: 'speaker';
      readonly document: string;
      readonly attribution: string;
      readonly speaker: string | null;
    }
  | {
      /** The content spans were wrong: these are the right ones (offsets into the document text). */
      readonly kind: 'content';
      readonly document: string;
      readonly attribution: string;
      readonly content: readonly { readonly start: number; readonly end: number }[];
    }
  | {
      /** What was extracted is not an attribution at all. */
      readonly kind: 'not-attribution';
      readonly document: string;
      readonly attribution: string;
    }
  | {
      /** Two corpus entities are one: `entity` is merged into `into`. */
      readonly kind: 'merge';
      readonly entity: string;
      readonly into: string;
    };

export interface CorrectionInput {
  readonly change: CorrectionChange;
  readonly author?: string | null;
  readonly note?: string | null;
}

/**
 * A stored correction. It is kept apart from the extracted record and keyed by what survives a
 * re-extraction: the document's content hash, the attribution id, and the attribution's anchor
 * (its first content span and cue as they were when the correction was made).
 */
export interface Correction {
  readonly id: string;
  readonly change: CorrectionChange;
  readonly content_hash: string | null;
  readonly anchor: { readonly cue: PrintedSpan | null; readonly content: PrintedSpan | null } | null;
  /** The attribution as extracted when the correction was made (labelled data for retraining). */
  readonly before: ExtractAttribution | null;
  readonly author: string | null;
  readonly note: string | null;
  readonly created_at: string;
}

// ---------------------------------------------------------------------------------------------
// query results

export interface DocumentSummary {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly ingested_at: string;
  readonly entities: number;
  readonly attributions: number;
}

/** The stored document: the extract document with corrections applied, and what links it. */
export interface StoredDocument extends ExtractDocument {
  readonly id: string;
  readonly content_hash: string;
  readonly ingested_at: string;
  /** Corrections applied to this view (the extracted record itself is unchanged). */
  readonly corrections: readonly Correction[];
  /**
   * The story the article belongs to and every stored article in it (the outlets that printed
   * the same wire story); set by `getDocument`. Each outlet keeps its own quotations.
   */
  readonly story?: {
    readonly id: string;
    readonly outlets: readonly {
      readonly document: string;
      readonly source: string;
      readonly publisher: string | null;
      readonly title: string | null;
      readonly published: string | null;
    }[];
  };
}

export interface SearchResult {
  readonly document: string;
  readonly title: string | null;
  readonly published: string | null;
  /** `document` (the article) or `attribution` (a quotation or reported statement in it). */
  readonly kind: 'document' | 'attribution';
  readonly attribution: string | null;
  readonly speakers: readonly EntityReference[];
  readonly snippet: string;
  /** Where the query's words are in `snippet` ({start, end}, UTF-16, end exclusive). */
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
}

export interface EntityReference {
  readonly id: string;
  readonly name: string;
  readonly type: string;
}

export interface EntitySummary extends EntityReference {
  readonly aliases: readonly string[];
  readonly documents: number;
  /** Distinct stories among those documents: a wire copy reprinted by five outlets counts once. */
  readonly stories: number;
}

export interface AttributionView {
  readonly document: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly attribution: string;
  readonly kind: string;
  readonly stance: string | null;
  readonly speakers: readonly EntityReference[];
  readonly source: string | null;
  readonly cue: string | null;
  readonly content: string;
  readonly topics: readonly string[];
  readonly corrected: boolean;
}

export interface EventView {
  readonly document: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly event: string;
  readonly type: string | null;
  readonly class: string | null;
  readonly trigger: string;
  /** The TIMEX3 value the event is anchored to, or the document's date when it has none. */
  readonly date: string | null;
  readonly time: { readonly value: string; readonly relation: string | null } | null;
  readonly arguments: readonly { role: string; text: string | null; entity: EntityReference | null }[];
  readonly attribution: string | null;
}

export interface Dossier extends EntitySummary {
  readonly names: readonly { readonly name: string; readonly count: number }[];
  readonly merged: readonly string[];
  readonly attributes: readonly {
    readonly name: string;
    readonly value: unknown;
    readonly document: string;
  }[];
  readonly document_list: readonly {
    readonly id: string;
    readonly title: string | null;
    readonly published: string | null;
    readonly mentions: number;
  }[];
  readonly said: readonly AttributionView[];
  readonly said_about: readonly AttributionView[];
  readonly events: readonly EventView[];
}

export interface ContradictionSide {
  readonly document: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly attribution: string;
  readonly speakers: readonly EntityReference[];
  /** The source's words in the text ("the health ministry"), whether or not a speaker was linked. */
  readonly source: string | null;
  readonly content: string;
  readonly stance: string | null;
}

export interface ContradictionView {
  readonly id: string;
  readonly topic: string;
  readonly kind: string;
  /** `document`: found inside one article by `extract`; `corpus`: claims on one topic across articles. */
  readonly scope: 'document' | 'corpus';
  readonly a: readonly ContradictionSide[];
  readonly b: readonly ContradictionSide[];
  readonly evidence: {
    readonly document: string;
    readonly start: number;
    readonly end: number;
    readonly text: string;
  } | null;
}

/** Per-source figures over time (source-figures.ts) of a speaker or an outlet. */
export interface SourceFiguresView extends SourceFigures {
  readonly subject:
    | { readonly kind: 'speaker'; readonly id: string; readonly name: string; readonly type: string }
    | { readonly kind: 'outlet'; readonly name: string };
  /** Where the topics come from: the `topic` keys of the quotations' claims. */
  readonly topic_source: 'claims';
  /** True when the source has more rows than one answer reads (200,000): the figures count the first ones. */
  readonly truncated: boolean;
}

export interface FiguresOptions {
  readonly bucket?: Bucket;
  /** First day counted (YYYY-MM-DD), inclusive. */
  readonly from?: string;
  /** Last day counted (YYYY-MM-DD), inclusive. */
  readonly to?: string;
}

/** An outlet: the publisher named by its articles. */
export interface OutletSummary {
  readonly outlet: string;
  readonly documents: number;
  /** Stories: wire copies of one story count once. */
  readonly stories: number;
  readonly first: string | null;
  readonly last: string | null;
}

/** One claim on the claims board, with the words it points back to. */
export interface ClaimEntry extends ContradictionSide {
  readonly claim: string;
  readonly publisher: string | null;
  readonly polarity: string;
  /** The characters of the claim in its article (null when the claim has no span). */
  readonly span: { readonly start: number; readonly end: number; readonly text: string } | null;
  /** The same claim in wire copies of its story printed by other outlets (counted once). */
  readonly printings: readonly {
    readonly document: string;
    readonly attribution: string;
    readonly title: string | null;
    readonly publisher: string | null;
    readonly published: string | null;
  }[];
}

/** One question on the claims board: its answers (sides), who gave each, and the conflicts among them. */
export interface ClaimTopicView {
  readonly topic: string;
  readonly documents: number;
  readonly claims: number;
  readonly sides: readonly { readonly answer: string; readonly claims: readonly ClaimEntry[] }[];
  readonly contradictions: readonly ContradictionView[];
}

export interface ClaimsBoardFilter extends Partial<Page> {
  readonly topic?: string;
}

export interface GraphView {
  readonly nodes: readonly (EntityReference & { readonly documents: number; readonly weight: number })[];
  readonly edges: readonly {
    readonly source: string;
    readonly target: string;
    /** `quotes`: the source reports what the target said; `mentions`: the source speaks about the target. */
    readonly kind: 'quotes' | 'mentions';
    readonly weight: number;
  }[];
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface AttributionFilter extends Partial<Page> {
  readonly speaker?: string;
  readonly stance?: string;
  readonly topic?: string;
  readonly document?: string;
}

export interface EventFilter extends Partial<Page> {
  readonly entity?: string;
  readonly type?: string;
  readonly document?: string;
}

/**
 * The one repository interface. `openStore` returns it for SQLite (a file path) and PostgreSQL
 * (a postgres:// address); both backends pass the same test suite (src/store/store.test.ts).
 */
export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /**
   * Stores one article in one transaction; the same content hash again changes nothing, unless
   * `replace` (a re-extraction): then the stored document is replaced and its corrections re-applied.
   */
  ingest(record: ArticleRecord, options?: { replace?: boolean }): Promise<IngestOutcome>;
  /**
   * Stores several articles in one transaction, with the outcome `ingest` would give each one in
   * turn (faster than one transaction per article, above all on PostgreSQL).
   */
  ingestMany(records: readonly ArticleRecord[]): Promise<IngestOutcome[]>;
  /** Ids of the given content hashes already stored (to skip extracting them again). */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listDocuments(page?: Partial<Page>): Promise<{ total: number; documents: DocumentSummary[] }>;
  search(query: string, page?: Partial<Page>): Promise<SearchResult[]>;
  findEntities(name: string, page?: Partial<Page>): Promise<EntitySummary[]>;
  dossier(id: string): Promise<Dossier | null>;
  attributions(filter?: AttributionFilter): Promise<AttributionView[]>;
  contradictions(page?: Partial<Page>): Promise<ContradictionView[]>;
  events(filter?: EventFilter): Promise<EventView[]>;
  graph(options?: { limit?: number }): Promise<GraphView>;
  /** Claims grouped by topic, each answer with its speakers, outlets and dates, and the contradictions. */
  claimsBoard(filter?: ClaimsBoardFilter): Promise<ClaimTopicView[]>;
  /** How often a speaker (a corpus entity) is quoted per day or week; null for an unknown id. */
  speakerFigures(id: string, options?: FiguresOptions): Promise<SourceFiguresView | null>;
  /** How often an outlet (a publisher) quotes per day or week; null when no article names it. */
  outletFigures(outlet: string, options?: FiguresOptions): Promise<SourceFiguresView | null>;
  /** Outlets (publishers), most articles first; `name` keeps those containing it. */
  outlets(filter?: Partial<Page> & { readonly name?: string }): Promise<OutletSummary[]>;
  addCorrection(input: CorrectionInput): Promise<Correction>;
  listCorrections(filter?: { document?: string }): Promise<Correction[]>;
  deleteCorrection(id: string): Promise<boolean>;
  /** Every stored document, corrected view, in ingestion order (for exports). */
  exportDocuments(): AsyncIterable<StoredDocument>;
  count(): Promise<{ documents: number; entities: number; attributions: number }>;
  /** What `watch` remembers of a feed: the validators of its last answer (null: never polled). */
  feedValidators(feedUrl: string): Promise<FeedValidators | null>;
  saveFeedValidators(feedUrl: string, validators: FeedValidators): Promise<void>;
  /** The item keys (ids or links) of a feed not seen before. */
  unseenFeedItems(feedUrl: string, keys: readonly string[]): Promise<string[]>;
  markFeedItemsSeen(feedUrl: string, keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
