import { encodingForLabel } from '../charset/encoding-labels.js';

export interface ContentType {
  /** The media type in lower case ("text/html"), or null when the header is missing or empty. */
  readonly mediaType: string | null;
  /** The WHATWG name of the declared charset ("windows-1252" for "charset=ISO-8859-1"), if any. */
  readonly charset: string | null;
}

/**
 * Reads a Content-Type header: `text/html; charset="Shift_JIS"` → text/html, shift_jis. A charset
 * label no browser knows ("charset=klingon") is ignored, as browsers do.
 */
export function parseContentType(header: string | undefined): ContentType {
  if (header === undefined) return { mediaType: null, charset: null };
  const [type = '', ...parameters] = header.split(';');
  const mediaType = type.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter);
    if (match?.[1] !== undefined) charset = encodingForLabel(match[1]);
  }
  return { mediaType, charset };
}

/** Media types that hold an article ("application/xhtml+xml" too); a missing type is given a chance. */
export function isArticleMediaType(mediaType: string | null): boolean {
  return (
    mediaType === null ||
    mediaType === 'text/html' ||
    mediaType === 'application/xhtml+xml' ||
    mediaType === 'text/plain'
  );
}

/**
 * The body as UTF-8 bytes when the header declares another charset, so the shared decoder
 * (src/ingest/decode.ts) reads it as the server meant: the header outranks a `<meta charset>`
 * (WHATWG encoding sniffing), and a byte-order mark outranks both, so bodies that start with one
 * are left to the decoder. UTF-8 bodies pass unchanged (the decoder reports damaged UTF-8 itself).
 */
export function transcodeToUtf8(bytes: Uint8Array, charset: string | null): Uint8Array {
  if (charset === null || charset === 'utf-8' || charset === 'replacement') return bytes;
  const startsWithBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (startsWithBom) return bytes;
  let text: string;
  try {
    text = new TextDecoder(charset).decode(bytes);
  } catch {
    // a charset this Node build cannot decode: leave the bytes to the decoder's own sniffing
    return bytes;
  }
  return new TextEncoder().encode(text);
}
