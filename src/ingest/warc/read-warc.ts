import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { WARCParser } from 'warcio';
import type { WARCRecord } from 'warcio';
import { formatBytes } from '../limits.js';
import { isArticleMediaType, parseContentType, transcodeToUtf8 } from '../fetch/content-type.js';

/** One HTML response of an archive: read whole, or why it could not be. */
export type WarcArticle =
  | {
      readonly ok: true;
      readonly url: string;
      /** WARC-Date: when the page was captured. */
      readonly captured: string;
      /** The HTTP body, de-chunked and decompressed, in UTF-8 when the headers named another charset. */
      readonly bytes: Uint8Array;
    }
  | {
      readonly ok: false;
      /** The record's target URI, or "record N" when it has none. */
      readonly name: string;
      readonly error: string;
      /** The record's head could not be parsed: reading goes on from the next record's start. */
      readonly unreadable?: boolean;
    };

export function isWarcFile(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

/**
 * Streams the HTML response records of a WARC file (plain or gzip, warcio decides) as articles.
 * Other records (requests, metadata, images, redirects, 404 pages) are skipped silently. A record
 * shorter than its Content-Length, or one that cannot be parsed, is a failure of that record;
 * reading then starts again at the next record's start (`nextRecordStart`), so the records after
 * a damaged one are still read.
 */
export async function* readWarcArticles(path: string, maxBytes: number): AsyncGenerator<WarcArticle> {
  const size = statSync(path).size;
  const gzip = startsWithGzip(path);
  let start = 0;
  let index = 0;
  while (start < size) {
    const stream = createReadStream(path, { start });
    let lastName = 'the start';
    let end = start;
    let resyncFrom: number | null = null;
    try {
      const parser = new WARCParser(stream);
      for await (const record of parser) {
        index += 1;
        const name = record.warcTargetURI ?? `record ${index}`;
        lastName = name;
        const recordStart = start + parser.offset;
        const article = await readRecord(record, name, maxBytes);
        end = start + parser.offset + parser.recordLength;
        if (article !== null) yield article;
        if (article !== null && !article.ok && article.unreadable) {
          resyncFrom = recordStart;
          break;
        }
      }
      // a gzip member cut short ends the parse without an error: compare with the file's size
      if (resyncFrom === null && end < size - 4) {
        yield {
          ok: false,
          name: `${path} after ${lastName}`,
          error: `the record at byte ${end} cannot be read (truncated or corrupt)`,
        };
        resyncFrom = end;
      }
    } catch (error) {
      yield {
        ok: false,
        name: `${path} after ${lastName}`,
        error: `the record at byte ${end} cannot be read (${describe(error)})`,
      };
      resyncFrom = end;
    } finally {
      stream.destroy();
    }
    if (resyncFrom === null) return;
    const next = nextRecordStart(path, resyncFrom + 1, gzip);
    if (next === null) return;
    start = next;
  }
}

function startsWithGzip(path: string): boolean {
  const head = Buffer.alloc(2);
  const file = openSync(path, 'r');
  try {
    return readSync(file, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(file);
  }
}

/**
 * Where the next record starts at or after `from`: the next gzip member ("1f 8b 08") in a
 * record-per-member .warc.gz, the next "WARC/1.0" or "WARC/1.1" version line in a plain WARC (a
 * record cut off mid-line runs straight into it, so no line break is required before it). Null at
 * the end. A false start only fails once more and moves on: `from` always grows.
 */
export function nextRecordStart(path: string, from: number, gzip: boolean): number | null {
  const marker = gzip ? Buffer.from([0x1f, 0x8b, 0x08]) : Buffer.from('WARC/1.');
  const chunk = Buffer.alloc(1024 * 1024);
  const file = openSync(path, 'r');
  try {
    for (let position = from; ; position += chunk.length - 16) {
      const read = readSync(file, chunk, 0, chunk.length, position);
      const bytes = chunk.subarray(0, read);
      for (let found = bytes.indexOf(marker); found >= 0; found = bytes.indexOf(marker, found + 1)) {
        if (gzip) return position + found;
        const version = bytes.subarray(found + marker.length, found + marker.length + 3).toString('latin1');
        if (version === '0\r\n' || version === '1\r\n') return position + found;
      }
      if (read < chunk.length) return null;
    }
  } finally {
    closeSync(file);
  }
}

const RECORD_TYPES = new Set([
  'warcinfo',
  'response',
  'resource',
  'request',
  'metadata',
  'revisit',
  'conversion',
  'continuation',
]);

async function readRecord(record: WARCRecord, name: string, maxBytes: number): Promise<WarcArticle | null> {
  const type = String(record.warcType ?? '');
  if (!RECORD_TYPES.has(type)) {
    // "response, response": the head of a record cut off ran into the next record's head
    await record.skipFully();
    return {
      ok: false,
      name,
      error: `unreadable record (WARC-Type "${type.slice(0, 40)}"): a record cut off runs into it`,
      unreadable: true,
    };
  }
  if (type === 'response' && record.httpHeaders === null) {
    await record.skipFully();
    // a response's block starts with the HTTP head; none means the record was cut off in its head
    return { ok: false, name, error: 'truncated record: it ends before its HTTP head' };
  }
  if (type !== 'response' || record.httpHeaders === null) {
    await record.skipFully();
    return null;
  }
  const status = Number(record.httpHeaders.statusCode);
  const contentType = parseContentType(record.httpHeaders.headers.get('content-type') ?? undefined);
  if (
    status !== 200 ||
    contentType.mediaType === 'text/plain' ||
    !isArticleMediaType(contentType.mediaType)
  ) {
    await record.skipFully();
    return null;
  }
  const declared = record.warcContentLength;
  if (declared > maxBytes) {
    await record.skipFully();
    return {
      ok: false,
      name,
      error: `record of ${formatBytes(declared)} exceeds the limit of ${formatBytes(maxBytes)}`,
    };
  }
  const raw = await record.readFully(false);
  // the block is the HTTP head (status line and headers, then the blank line's CRLF) and the
  // body: fewer bytes than the WARC Content-Length says means the capture was cut off
  const headerBytes = new TextEncoder().encode(record.httpHeaders.toString()).length + 2;
  if (headerBytes + raw.length < declared) {
    return {
      ok: false,
      name,
      error: `truncated record: ${formatBytes(headerBytes + raw.length)} of ${formatBytes(declared)}`,
    };
  }
  let body: Uint8Array;
  try {
    // after a raw read, warcio decodes that same payload (chunked transfer, gzip, brotli)
    body = await record.readFully(true);
  } catch (error) {
    return { ok: false, name, error: `the body cannot be decoded (${describe(error)})` };
  }
  const captured = record.warcDate ?? '';
  return {
    ok: true,
    url: record.warcTargetURI ?? name,
    captured,
    bytes: transcodeToUtf8(body, contentType.charset),
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error);
}
