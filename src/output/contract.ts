import type { Doc, Span } from '../model/index.js';

/** A span as printed: offsets plus the covered text, so a reader never has to slice by hand. */
export interface PrintedSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function printSpan(text: string, value: Span): PrintedSpan {
  return { start: value.start, end: value.end, text: text.slice(value.start, value.end) };
}

/** What to print besides the contract's fixed fields. */
export interface ContractOptions {
  /** `tokens[]`: every token with its part of speech, lemma, head and relation (`extract --tokens`). */
  readonly tokens?: boolean;
}

/** A token as printed: its characters, tag, lemma, head (an index into `tokens[]`, -1 for a root) and relation. */
export interface PrintedToken extends PrintedSpan {
  readonly pos: string;
  readonly lemma: string;
  readonly head: number;
  readonly dep: string;
}

function printTokens(doc: Doc): PrintedToken[] {
  const { text } = doc;
  // `head` is already an index into the document's token table, which is what `tokens[]` prints.
  return doc.segments.tokens.map(({ start, end, pos, lemma, head, dep }) => ({
    start,
    end,
    text: text.slice(start, end),
    pos,
    lemma,
    head,
    dep,
  }));
}

/**
 * The JSON that `claimgraph extract` prints (docs: output-contract.md). The contract's fields come
 * first and keep their meaning; fields after them (`language`, `canonical_url`, `charset`,
 * `paragraphs`, `sentences`, `diagnostics`) are additions.
 */
export function toContractJson(doc: Doc, options: ContractOptions = {}): Record<string, unknown> {
  const { text } = doc;
  return {
    source: doc.source,
    text,
    title: doc.metadata.title,
    publisher: doc.metadata.publisher,
    byline: doc.metadata.byline,
    published: doc.metadata.published,
    removed: doc.removed.map(({ kind, text: removedText, origin }) => ({ kind, text: removedText, origin })),
    captions: doc.captions.map(({ text: captionText, credit }) => ({ text: captionText, credit })),
    entities: doc.entities.map((entity) => ({
      ...entity,
      mentions: entity.mentions.map((mention) => ({ ...printSpan(text, mention), kind: mention.kind })),
    })),
    attributions: doc.attributions.map((attribution) => ({
      ...attribution,
      cue: attribution.cue ? printSpan(text, attribution.cue) : null,
      source: attribution.source ? printSpan(text, attribution.source) : null,
      content: attribution.content.map((content) => printSpan(text, content)),
    })),
    times: doc.times.map((time) => ({
      id: time.id,
      ...printSpan(text, time),
      type: time.type,
      value: time.value,
    })),
    events: doc.events.map((event) => ({
      ...event,
      trigger: printSpan(text, event.trigger),
      arguments: event.arguments.map((argument) =>
        argument.span ? { ...argument, span: printSpan(text, argument.span) } : argument,
      ),
    })),
    claims: doc.claims.map((claim) => ({ ...claim, span: printSpan(text, claim.span) })),
    contradictions: doc.contradictions.map((contradiction) =>
      contradiction.evidence
        ? { ...contradiction, evidence: printSpan(text, contradiction.evidence) }
        : contradiction,
    ),
    ...(options.tokens ? { tokens: printTokens(doc) } : {}),
    format: doc.format,
    language: doc.metadata.language,
    canonical_url: doc.metadata.canonicalUrl,
    charset: doc.charset,
    paragraphs: doc.segments.paragraphs.map(({ start, end }) => ({ start, end })),
    sentences: doc.segments.sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph })),
    diagnostics: doc.diagnostics,
  };
}
