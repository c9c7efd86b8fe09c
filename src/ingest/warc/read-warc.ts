import { createReadStream, statSync } from 'node:fs';
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
    };

export function isWarcFile(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

/**
 * Streams the HTML response records of a WARC file (plain or gzip, warcio decides) as articles.
 * Other records (requests, metadata, images, redirects, 404 pages) are skipped silently. A record
 * shorter than its Content-Length is a failure of that record; a file that cannot be parsed past
 * some point ends with one failure saying where, after the records read before it.
 */
export async function* readWarcArticles(path: string, maxBytes: number): AsyncGenerator<WarcArticle> {
  const stream = createReadStream(path);
  let index = 0;
  let lastName = 'the start';
  let end = 0;
  try {
    const parser = new WARCParser(stream);
    for await (const record of parser) {
      index += 1;
      const name = record.warcTargetURI ?? `record ${index}`;
      lastName = name;
      const article = await readRecord(record, name, maxBytes);
      end = parser.offset + parser.recordLength;
      if (article !== null) yield article;
    }
    // a gzip member cut short ends the parse without an error: compare with the file's size
    const size = statSync(path).size;
    if (end < size - 4) {
      yield {
        ok: false,
        name: `${path} after ${lastName}`,
        error: `the last ${formatBytes(size - end)} cannot be read (a truncated or corrupt record)`,
      };
    }
  } catch (error) {
    yield {
      ok: false,
      name: `${path} after ${lastName}`,
      error: `the archive cannot be read further (${describe(error)})`,
    };
  } finally {
    stream.destroy();
  }
}

async function readRecord(record: WARCRecord, name: string, maxBytes: number): Promise<WarcArticle | null> {
  if (record.warcType !== 'response' || record.httpHeaders === null) {
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
