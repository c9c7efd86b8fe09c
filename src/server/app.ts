import { createHash, timingSafeEqual } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { extract } from '../extract.js';
import { parseReferenceDate } from '../pipeline/dates.js';
import { contentHash } from '../store/content-hash.js';
import { documentIdOf } from '../store/repository.js';
import type { Store } from '../store/types.js';
import { ApiError, errorBody, handleError } from './errors.js';
import {
  AttributionListSchema,
  AttributionsQuery,
  ClaimsBoardSchema,
  ClaimsQuery,
  ContradictionListSchema,
  CorrectionIdParams,
  CorrectionInputSchema,
  CorrectionListSchema,
  CorrectionSchema,
  CorrectionsQuery,
  DocumentIdParams,
  DocumentListSchema,
  DossierSchema,
  EntitiesQuery,
  EntityIdParams,
  EntityListSchema,
  ErrorSchema,
  EventListSchema,
  EventsQuery,
  FiguresQuery,
  GraphQuery,
  GraphSchema,
  IngestQuery,
  IngestResultSchema,
  OutletFiguresQuery,
  OutletListSchema,
  OutletsQuery,
  PageQuery,
  SearchQuery,
  SearchResponseSchema,
  SourceFiguresSchema,
  StatsSchema,
  StoredDocumentSchema,
} from './schemas.js';

export interface AppOptions {
  readonly store: Store;
  /** When set, every request needs `Authorization: Bearer TOKEN`. */
  readonly token?: string | null;
  /** Largest request body accepted (default 10 MB); larger ones get 413. */
  readonly maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Content-Security-Policy of every answer: scripts only from this server (no inline script), no
 * plugins, no framing. Styles may be inline (style attributes set by the UI's components).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const json = (schema: z.ZodType, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const BAD_REQUEST = { 400: json(ErrorSchema, 'bad input') };
const NOT_FOUND = { 404: json(ErrorSchema, 'unknown id') };

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1]?.trim() ?? ''), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="claimgraph"');
      return c.json(errorBody('unauthorized', 'this server needs Authorization: Bearer TOKEN'), 401);
    }
    await next();
  };
}

/** The HTTP API (and /openapi.json) over a store. `serve` adds the web UI's files (see serve.ts). */
export function createApp(options: AppOptions): OpenAPIHono {
  const { store } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new OpenAPIHono({
    // one place for request validation errors: 400 with the first problem, named by its field
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        return c.json(errorBody('invalid-request', `${where}${issue?.message ?? 'invalid request'}`), 400);
      }
      return undefined;
    },
  });
  app.onError(handleError);
  app.notFound((c) => c.json(errorBody('not-found', `no route ${c.req.method} ${c.req.path}`), 404));
  app.use(
    '*',
    secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, referrerPolicy: 'no-referrer' }),
  );
  if (options.token) app.use('*', requireToken(options.token));
  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        c.json(
          errorBody('body-too-large', `the request body exceeds ${Math.round(maxBodyBytes / 1048576)} MB`),
          413,
        ),
    }),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents',
      summary: 'Ingest one article',
      description:
        'The body is the article: plain text (text/plain) or a saved page (text/html). 201 when stored, 200 with the same id when the same content was stored before.',
      request: {
        query: IngestQuery,
        body: {
          required: true,
          content: { 'text/plain': { schema: z.string() }, 'text/html': { schema: z.string() } },
        },
      },
      responses: {
        200: json(IngestResultSchema, 'the same content was stored before'),
        201: json(IngestResultSchema, 'stored'),
        ...BAD_REQUEST,
        413: json(ErrorSchema, 'body too large'),
        415: json(ErrorSchema, 'not text/plain or text/html'),
      },
    }),
    async (c) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'text/plain' && type !== 'text/html') {
        throw new ApiError(415, 'unsupported-media-type', 'send the article as text/plain or text/html');
      }
      const query = c.req.valid('query');
      const published = query.published ? parseReferenceDate(query.published) : null;
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.byteLength === 0) throw new ApiError(400, 'empty-input', 'the body is empty');
      const hash = contentHash(bytes, published);
      const known = await store.knownHashes([hash]);
      if (!known.has(hash)) {
        const document = extract(bytes, {
          source: query.source ?? 'api',
          format: type === 'text/html' ? 'html' : 'text',
          published,
        });
        const outcome = await store.ingest({ contentHash: hash, document });
        return c.json(outcome, outcome.created ? 201 : 200);
      }
      return c.json({ id: documentIdOf(hash), created: false }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      summary: 'Stored documents, newest first',
      request: { query: PageQuery },
      responses: { 200: json(DocumentListSchema, 'a page of documents'), ...BAD_REQUEST },
    }),
    async (c) => c.json((await store.listDocuments(c.req.valid('query'))) as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      summary: 'One document: the extract document with corrections applied',
      request: { params: DocumentIdParams },
      responses: { 200: json(StoredDocumentSchema, 'the document'), ...NOT_FOUND },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const document = await store.getDocument(id);
      if (document === null) throw new ApiError(404, 'not-found', `no document ${id}`);
      return c.json(document as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      summary: 'Ranked full-text search over articles and quotations',
      request: { query: SearchQuery },
      responses: { 200: json(SearchResponseSchema, 'results, best first'), ...BAD_REQUEST },
    }),
    async (c) => {
      const { q, limit, offset } = c.req.valid('query');
      return c.json({ results: await store.search(q, { limit, offset }) } as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities',
      summary: 'Corpus entities whose name or alias matches (transliterations included)',
      request: { query: EntitiesQuery },
      responses: { 200: json(EntityListSchema, 'matching entities, most documents first'), ...BAD_REQUEST },
    }),
    async (c) => {
      const { name, limit, offset } = c.req.valid('query');
      return c.json({ entities: await store.findEntities(name, { limit, offset }) } as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{id}',
      summary: 'Dossier: names, type, attributes, documents, what it said, what was said about it, events',
      request: { params: EntityIdParams },
      responses: { 200: json(DossierSchema, 'the dossier'), ...NOT_FOUND },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const dossier = await store.dossier(id);
      if (dossier === null) throw new ApiError(404, 'not-found', `no entity ${id}`);
      return c.json(dossier as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/attributions',
      summary: 'Attributions with their document, speaker and content',
      request: { query: AttributionsQuery },
      responses: { 200: json(AttributionListSchema, 'attributions in document order'), ...BAD_REQUEST },
    }),
    async (c) => c.json({ attributions: await store.attributions(c.req.valid('query')) } as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/contradictions',
      summary: 'Conflicts with both sides, speakers, documents and dates',
      request: { query: PageQuery },
      responses: { 200: json(ContradictionListSchema, 'contradictions'), ...BAD_REQUEST },
    }),
    async (c) => c.json({ contradictions: await store.contradictions(c.req.valid('query')) } as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/claims',
      summary:
        'Claims board: claims grouped by topic and answer, with speakers, outlets, dates and contradictions',
      description:
        'Topics that two statements or more answer, or that a contradiction is about; disputed topics first. Each claim points back to its article: the attribution id and the span of the claim.',
      request: { query: ClaimsQuery },
      responses: { 200: json(ClaimsBoardSchema, 'topics'), ...BAD_REQUEST },
    }),
    async (c) => c.json({ topics: await store.claimsBoard(c.req.valid('query')) } as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{id}/figures',
      summary: 'How often a speaker is quoted per day or week, by topic and stance (wire copies once)',
      request: { params: EntityIdParams, query: FiguresQuery },
      responses: { 200: json(SourceFiguresSchema, 'figures'), ...BAD_REQUEST, ...NOT_FOUND },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const figures = await store.speakerFigures(id, c.req.valid('query'));
      if (figures === null) throw new ApiError(404, 'not-found', `no entity ${id}`);
      return c.json(figures as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/outlets',
      summary: 'Outlets (publishers), most articles first',
      request: { query: OutletsQuery },
      responses: { 200: json(OutletListSchema, 'outlets'), ...BAD_REQUEST },
    }),
    async (c) => c.json({ outlets: await store.outlets(c.req.valid('query')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/outlets/figures',
      summary: 'How often an outlet quotes per day or week, by topic and stance (its wire copies once)',
      request: { query: OutletFiguresQuery },
      responses: { 200: json(SourceFiguresSchema, 'figures'), ...BAD_REQUEST, ...NOT_FOUND },
    }),
    async (c) => {
      const { name, ...options } = c.req.valid('query');
      const figures = await store.outletFigures(name, options);
      if (figures === null) throw new ApiError(404, 'not-found', `no outlet ${name}`);
      return c.json(figures as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      summary: 'Timeline: typed events with their time, document and arguments, in time order',
      request: { query: EventsQuery },
      responses: { 200: json(EventListSchema, 'events'), ...BAD_REQUEST },
    }),
    async (c) => c.json({ events: await store.events(c.req.valid('query')) } as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/graph',
      summary: 'Entity graph: who quoted whom, who spoke about whom, with weights',
      request: { query: GraphQuery },
      responses: { 200: json(GraphSchema, 'nodes (heaviest first) and edges among them'), ...BAD_REQUEST },
    }),
    async (c) => c.json((await store.graph(c.req.valid('query'))) as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/corrections',
      summary:
        "Correct the extraction: reassign a speaker, move a content boundary, mark 'not an attribution', merge entities",
      request: {
        body: { required: true, content: { 'application/json': { schema: CorrectionInputSchema } } },
      },
      responses: { 201: json(CorrectionSchema, 'stored and applied'), ...BAD_REQUEST, ...NOT_FOUND },
    }),
    async (c) => c.json((await store.addCorrection(c.req.valid('json'))) as never, 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/corrections',
      summary: 'Corrections, oldest first (of one document with ?document=)',
      request: { query: CorrectionsQuery },
      responses: { 200: json(CorrectionListSchema, 'corrections'), ...NOT_FOUND },
    }),
    async (c) => c.json({ corrections: await store.listCorrections(c.req.valid('query')) } as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/corrections/{id}',
      summary: 'Withdraw a correction (the extracted record shows again)',
      request: { params: CorrectionIdParams },
      responses: { 200: json(z.object({ deleted: z.string() }), 'withdrawn'), ...NOT_FOUND },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await store.deleteCorrection(id))) throw new ApiError(404, 'not-found', `no correction ${id}`);
      return c.json({ deleted: id }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/stats',
      summary: 'What the store holds',
      responses: { 200: json(StatsSchema, 'counts') },
    }),
    async (c) => c.json({ backend: store.backend, ...(await store.count()) }, 200),
  );

  app.doc('/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'claimgraph',
      version: '1',
      description:
        'Who said what, who did what, when, and where accounts disagree: the stored articles of claimgraph. Errors are JSON {error: {code, message}}.',
    },
  });
  return app;
}
