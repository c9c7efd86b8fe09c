import { z } from 'zod';
import type { ExtractSettings } from '../cli/process-file.js';

/** The queue the articles wait in, and the one that keeps what failed for good, with the reason. */
export const ARTICLE_QUEUE = 'claimgraph-articles';
export const DEAD_LETTER_QUEUE = 'claimgraph-articles-failed';

/** The extraction options a job carries, so every worker extracts it as `ingest` was asked to. */
export type JobSettings = Pick<
  ExtractSettings,
  'format' | 'clean' | 'published' | 'maxBytes' | 'maxElements' | 'maxDepth'
>;

/**
 * One article to extract and store. The article travels in the job (base64) rather than as a
 * path, so a worker on another machine needs no shared disk; `hash` is the store's content hash.
 */
export interface ArticleJob {
  readonly source: string;
  readonly hash: string;
  readonly content: string;
  readonly settings: JobSettings;
}

const ARTICLE_JOB = z.object({
  source: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  content: z.string(),
  settings: z.object({
    format: z.enum(['auto', 'text', 'html']),
    clean: z.boolean(),
    published: z.string().nullable(),
    maxBytes: z.number().int().positive(),
    maxElements: z.number().int().positive(),
    maxDepth: z.number().int().positive(),
  }),
});

/** The job's data checked, or null when it is not an article job (written by something else). */
export function readArticleJob(data: unknown): ArticleJob | null {
  const parsed = ARTICLE_JOB.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The full extraction settings of a job (a worker never pretty-prints, adds tokens nor lists descriptions: the archive keeps what `extract` prints). */
export function extractSettingsOf(job: ArticleJob): ExtractSettings {
  return { ...job.settings, cleanOnly: false, pretty: false, tokens: false, descriptions: false };
}

/**
 * The job id of an article: a UUID made from its content hash, so the same article enqueued twice
 * is one job (pg-boss inserts with ON CONFLICT DO NOTHING on the id).
 */
export function jobIdOf(hash: string): string {
  if (!/^[0-9a-f]{32,}$/.test(hash)) throw new Error('the content hash must be hexadecimal');
  // RFC 9562 version 8 (custom): the version and variant bits set, the rest from the hash
  const hex = hash.slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const digits = hex.join('');
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
}
