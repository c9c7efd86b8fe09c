import { z } from '@hono/zod-openapi';

/**
 * The zod schemas that validate requests and describe responses; /openapi.json is generated from
 * them, so the document and the validation cannot drift apart. Shapes mirror src/store/types.ts.
 */

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not-found' }),
      message: z.string().openapi({ example: 'no document 0123456789abcdef' }),
    }),
  })
  .openapi('Error');

const limit = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .optional()
    .openapi({ description: `most items returned (default ${fallback}, at most 500)` });
const offset = z.coerce
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .optional()
  .openapi({ description: 'items skipped' });

const identifier = (name: string, example: string, description: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name, in: 'path' }, example, description });

export const DocumentIdParams = z.object({ id: identifier('id', 'ca90c972d3bf6077', 'document id') });
export const EntityIdParams = z.object({ id: identifier('id', 'efb3e55d95e960b2', 'corpus entity id') });
export const CorrectionIdParams = z.object({ id: identifier('id', 'c1a2b3c4d5e6f708', 'correction id') });

export const SpanSchema = z
  .object({ start: z.number().int(), end: z.number().int(), text: z.string() })
  .openapi('Span', {
    description: 'UTF-16 offsets into the document text, end exclusive, with the covered text',
  });

export const EntityReferenceSchema = z
  .object({ id: z.string(), name: z.string(), type: z.string() })
  .openapi('EntityReference');

export const EntitySummarySchema = EntityReferenceSchema.extend({
  aliases: z.array(z.string()),
  documents: z.number().int(),
  stories: z
    .number()
    .int()
    .openapi({ description: 'distinct stories among the documents: a reprinted wire story counts once' }),
}).openapi('EntitySummary');

export const AttributionViewSchema = z
  .object({
    document: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    attribution: z.string().openapi({ description: "the attribution's id in its document" }),
    kind: z.string(),
    stance: z.string().nullable(),
    speakers: z.array(EntityReferenceSchema),
    source: z.string().nullable(),
    cue: z.string().nullable(),
    content: z.string(),
    topics: z.array(z.string()),
    corrected: z.boolean(),
  })
  .openapi('Attribution');

export const EventViewSchema = z
  .object({
    document: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    event: z.string(),
    type: z.string().nullable(),
    class: z.string().nullable(),
    trigger: z.string(),
    date: z
      .string()
      .nullable()
      .openapi({ description: "the event's TIMEX3 value, else the document's date" }),
    time: z.object({ value: z.string(), relation: z.string().nullable() }).nullable(),
    arguments: z.array(
      z.object({ role: z.string(), text: z.string().nullable(), entity: EntityReferenceSchema.nullable() }),
    ),
    attribution: z.string().nullable(),
  })
  .openapi('Event');

const ChangeSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('speaker'),
      document: z.string().min(1).max(200),
      attribution: z.string().min(1).max(200),
      speaker: z
        .string()
        .min(1)
        .max(200)
        .nullable()
        .openapi({ description: 'corpus entity id, or null for nobody' }),
    }),
    z.object({
      kind: z.literal('content'),
      document: z.string().min(1).max(200),
      attribution: z.string().min(1).max(200),
      content: z
        .array(z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }))
        .min(1)
        .max(50),
    }),
    z.object({
      kind: z.literal('not-attribution'),
      document: z.string().min(1).max(200),
      attribution: z.string().min(1).max(200),
    }),
    z.object({
      kind: z.literal('merge'),
      entity: z.string().min(1).max(200),
      into: z.string().min(1).max(200),
    }),
  ])
  .openapi('CorrectionChange', {
    description:
      'speaker: reassign the speaker; content: move the content boundaries; not-attribution: it is not one; merge: two entities are one',
  });

export const CorrectionInputSchema = z
  .object({
    change: ChangeSchema,
    author: z.string().max(200).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .openapi('CorrectionInput');

export const CorrectionSchema = z
  .object({
    id: z.string(),
    change: ChangeSchema,
    content_hash: z.string().nullable(),
    anchor: z.object({ cue: SpanSchema.nullable(), content: SpanSchema.nullable() }).nullable(),
    before: z
      .looseObject({ id: z.string() })
      .nullable()
      .openapi({ description: 'the attribution as extracted' }),
    author: z.string().nullable(),
    note: z.string().nullable(),
    created_at: z.string(),
  })
  .openapi('Correction');

export const StoredDocumentSchema = z
  .looseObject({
    id: z.string(),
    content_hash: z.string(),
    ingested_at: z.string(),
    source: z.string(),
    text: z.string(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    byline: z.string().nullable(),
    published: z.string().nullable(),
    entities: z.array(
      z.looseObject({
        id: z.string(),
        type: z.string(),
        name: z.string(),
        mentions: z.array(SpanSchema.extend({ kind: z.string() })),
        corpus_entity: z.string().optional().openapi({ description: 'the corpus entity it is linked to' }),
      }),
    ),
    attributions: z.array(
      z.looseObject({
        id: z.string(),
        kind: z.string(),
        cue: SpanSchema.nullable(),
        source: SpanSchema.nullable(),
        speaker: z.union([z.string(), z.array(z.string())]).nullable(),
        content: z.array(SpanSchema),
        speaker_entities: z
          .array(z.string())
          .optional()
          .openapi({ description: 'corpus entity ids of the speaker' }),
        corrected: z.boolean().optional().openapi({ description: 'true when a correction changed it' }),
      }),
    ),
    times: z.array(z.unknown()).optional(),
    events: z.array(z.looseObject({ id: z.string() })).optional(),
    claims: z.array(z.looseObject({ id: z.string() })).optional(),
    contradictions: z.array(z.looseObject({ id: z.string() })).optional(),
    corrections: z.array(CorrectionSchema),
    story: z
      .object({
        id: z.string(),
        outlets: z.array(
          z.object({
            document: z.string(),
            source: z.string(),
            publisher: z.string().nullable(),
            title: z.string().nullable(),
            published: z.string().nullable(),
          }),
        ),
      })
      .optional()
      .openapi({ description: 'the story (wire copies and reprints) and every stored article in it' }),
  })
  .openapi('Document', {
    description:
      'the extract document (output contract) with corrections applied, plus id, content_hash, ingested_at, corrections',
  });

export const DocumentSummarySchema = z
  .object({
    id: z.string(),
    source: z.string(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    published: z.string().nullable(),
    ingested_at: z.string(),
    entities: z.number().int(),
    attributions: z.number().int(),
  })
  .openapi('DocumentSummary');

export const DocumentListSchema = z
  .object({ total: z.number().int(), documents: z.array(DocumentSummarySchema) })
  .openapi('DocumentList');

export const PageQuery = z.object({ limit: limit(50), offset });

export const IngestQuery = z.object({
  source: z.string().max(2000).optional().openapi({ description: 'name recorded as the document source' }),
  published: z
    .string()
    .max(40)
    .optional()
    .openapi({ description: 'reference date, YYYY-MM-DD or ISO datetime', example: '2024-03-26' }),
});

export const IngestResultSchema = z
  .object({ id: z.string(), created: z.boolean() })
  .openapi('IngestResult', { description: 'created is false when the same content was stored before' });

export const SearchQuery = z.object({
  q: z
    .string()
    .min(1)
    .max(1000)
    .openapi({ description: 'words to find (operators are read as words)', example: 'flee Belarus' }),
  limit: limit(20),
  offset,
});

export const SearchResultSchema = z
  .object({
    document: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    kind: z.enum(['document', 'attribution']),
    attribution: z.string().nullable(),
    speakers: z.array(EntityReferenceSchema),
    snippet: z.string(),
    highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  })
  .openapi('SearchResult');

export const SearchResponseSchema = z
  .object({ results: z.array(SearchResultSchema) })
  .openapi('SearchResponse');

export const EntitiesQuery = z.object({
  name: z.string().min(1).max(200).openapi({ example: 'Lukashenka' }),
  limit: limit(20),
  offset,
});

export const EntityListSchema = z.object({ entities: z.array(EntitySummarySchema) }).openapi('EntityList');

export const DossierSchema = EntitySummarySchema.extend({
  names: z.array(z.object({ name: z.string(), count: z.number().int() })),
  merged: z.array(z.string()).openapi({ description: 'ids of entities merged into this one by corrections' }),
  attributes: z.array(z.object({ name: z.string(), value: z.unknown(), document: z.string() })),
  document_list: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      published: z.string().nullable(),
      mentions: z.number().int(),
    }),
  ),
  said: z.array(AttributionViewSchema),
  said_about: z.array(AttributionViewSchema),
  events: z.array(EventViewSchema),
}).openapi('Dossier');

export const AttributionsQuery = z.object({
  speaker: z.string().min(1).max(200).optional().openapi({ description: 'corpus entity id' }),
  stance: z.string().min(1).max(40).optional().openapi({ example: 'deny' }),
  topic: z.string().min(1).max(500).optional(),
  document: z.string().min(1).max(200).optional(),
  limit: limit(50),
  offset,
});

export const AttributionListSchema = z
  .object({ attributions: z.array(AttributionViewSchema) })
  .openapi('AttributionList');

const ContradictionSideSchema = z.object({
  document: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  attribution: z.string(),
  speakers: z.array(EntityReferenceSchema),
  source: z.string().nullable().openapi({ description: "the source's words in the text" }),
  content: z.string(),
  stance: z.string().nullable(),
});

export const ContradictionListSchema = z
  .object({
    contradictions: z.array(
      z.object({
        id: z.string(),
        topic: z.string(),
        kind: z.string(),
        scope: z.enum(['document', 'corpus']),
        a: z.array(ContradictionSideSchema),
        b: z.array(ContradictionSideSchema),
        evidence: z
          .object({ document: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })
          .nullable(),
      }),
    ),
  })
  .openapi('ContradictionList');

export const EventsQuery = z.object({
  entity: z.string().min(1).max(200).optional(),
  type: z.string().min(1).max(100).optional(),
  document: z.string().min(1).max(200).optional(),
  limit: limit(100),
  offset,
});

export const EventListSchema = z.object({ events: z.array(EventViewSchema) }).openapi('EventList');

export const GraphQuery = z.object({ limit: limit(100) });

export const GraphSchema = z
  .object({
    nodes: z.array(EntityReferenceSchema.extend({ documents: z.number().int(), weight: z.number() })),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        kind: z.enum(['quotes', 'mentions']).openapi({
          description:
            'quotes: the source reports what the target said; mentions: the source speaks about the target',
        }),
        weight: z.number(),
      }),
    ),
  })
  .openapi('Graph');

export const CorrectionsQuery = z.object({ document: z.string().min(1).max(200).optional() });

export const CorrectionListSchema = z
  .object({ corrections: z.array(CorrectionSchema) })
  .openapi('CorrectionList');

export const StatsSchema = z
  .object({
    backend: z.enum(['sqlite', 'postgres']),
    documents: z.number().int(),
    entities: z.number().int(),
    attributions: z.number().int(),
  })
  .openapi('Stats');

const day = (description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is YYYY-MM-DD')
    .refine((value) => {
      const time = Date.parse(`${value}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
    }, 'no such day')
    .optional()
    .openapi({ description, example: '2024-03-22' });

const figuresFields = {
  bucket: z
    .enum(['day', 'week'])
    .optional()
    .openapi({ description: 'count per day or per week (weeks start on Monday); default week' }),
  from: day('first day counted, inclusive'),
  to: day('last day counted, inclusive'),
};
const orderedRange = (value: { from?: string | undefined; to?: string | undefined }) =>
  value.from === undefined || value.to === undefined || value.from <= value.to;

export const FiguresQuery = z
  .object(figuresFields)
  .refine(orderedRange, { message: 'from is after to', path: ['from'] });

export const OutletFiguresQuery = z
  .object({
    name: z
      .string()
      .min(1)
      .max(500)
      .openapi({ description: 'the outlet (publisher)', example: 'The Telegraph' }),
    ...figuresFields,
  })
  .refine(orderedRange, { message: 'from is after to', path: ['from'] });

export const OutletsQuery = z.object({
  name: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'keep outlets whose name contains these letters' }),
  limit: limit(50),
  offset,
});

export const ClaimsQuery = z.object({
  topic: z.string().min(1).max(500).optional().openapi({ description: 'one topic key only' }),
  limit: limit(20),
  offset,
});

const countsSchema = z.record(z.string(), z.number().int());

export const SourceFiguresSchema = z
  .object({
    subject: z.union([
      z.object({ kind: z.literal('speaker'), id: z.string(), name: z.string(), type: z.string() }),
      z.object({ kind: z.literal('outlet'), name: z.string() }),
    ]),
    topic_source: z.literal('claims').openapi({
      description:
        "topics are the claims' topic keys: a general question (who is behind, who took part, where to, how many) by its key, a plain proposition as 'other claim', a quotation without claims as 'no claim'",
    }),
    truncated: z.boolean().openapi({
      description: 'true when the source has more than 200,000 quotation rows: the first ones are counted',
    }),
    bucket: z.enum(['day', 'week']),
    from: z.string().nullable(),
    to: z.string().nullable(),
    totals: z.object({
      quotations: z
        .number()
        .int()
        .openapi({ description: 'quotations, the wire copies of one story counted once' }),
      printed: z.number().int().openapi({ description: "every outlet's printing of them" }),
      stories: z.number().int(),
      hedged: z.number().int(),
      undated: z.number().int().openapi({ description: 'quotations of undated articles, in no bucket' }),
    }),
    buckets: z.array(
      z.object({
        start: z.string(),
        end: z.string(),
        quotations: z.number().int(),
        printed: z.number().int(),
        stories: z.number().int(),
        stances: countsSchema.openapi({
          description: 'quotations per stance: assert, deny, question, decline',
        }),
        hedged: z.number().int(),
        topics: countsSchema.openapi({
          description: 'quotations per topic (one with two topics counts under each)',
        }),
      }),
    ),
    topics: z.array(z.object({ topic: z.string(), quotations: z.number().int() })),
    stances: z.array(z.object({ stance: z.string(), quotations: z.number().int() })),
    outlets: z.array(z.object({ outlet: z.string(), printed: z.number().int() })),
  })
  .openapi('SourceFigures');

export const OutletListSchema = z
  .object({
    outlets: z.array(
      z.object({
        outlet: z.string(),
        documents: z.number().int(),
        stories: z.number().int(),
        first: z.string().nullable(),
        last: z.string().nullable(),
      }),
    ),
  })
  .openapi('OutletList');

export const ClaimsBoardSchema = z
  .object({
    topics: z.array(
      z.object({
        topic: z.string(),
        documents: z.number().int(),
        claims: z.number().int(),
        sides: z.array(
          z.object({
            answer: z.string().openapi({ description: "the answer the claims give ('not …' when negated)" }),
            claims: z.array(
              ContradictionSideSchema.extend({
                claim: z.string(),
                publisher: z.string().nullable(),
                polarity: z.string(),
                span: z
                  .object({ start: z.number().int(), end: z.number().int(), text: z.string() })
                  .nullable()
                  .openapi({ description: 'the characters of the claim in its article' }),
                printings: z
                  .array(
                    z.object({
                      document: z.string(),
                      attribution: z.string(),
                      title: z.string().nullable(),
                      publisher: z.string().nullable(),
                      published: z.string().nullable(),
                    }),
                  )
                  .openapi({
                    description: 'the same claim in wire copies printed by other outlets (counted once)',
                  }),
              }),
            ),
          }),
        ),
        contradictions: ContradictionListSchema.shape.contradictions,
      }),
    ),
  })
  .openapi('ClaimsBoard');
