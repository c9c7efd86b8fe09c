import { encodingForLabel } from './encoding-labels.js';

/** A character set declared inside an HTML page, and which kind of declaration said so. */
export interface DeclaredCharset {
  /** WHATWG encoding name, e.g. `windows-1252`. */
  readonly encoding: string;
  /** The label as written in the page, e.g. `ISO-8859-1`. */
  readonly label: string;
  readonly origin: 'meta-charset' | 'meta-http-equiv' | 'xml-declaration';
  /** Byte offset of the declaring tag. */
  readonly offset: number;
}

/**
 * How far the prescan reads. WHATWG prescans 1,024 bytes, but a browser that meets a later
 * `<meta charset>` while parsing re-decodes the page with it; pages with a long `<head>` (inline
 * styles, tracking scripts) put the declaration at byte 2,000–16,000, e.g. a Polish news page
 * with `<meta http-equiv="Content-Type" content="text/html; charset=Windows-1250">` at byte 2,097.
 * Scanning further costs nothing on the first hit and a few microseconds otherwise.
 */
export const PRESCAN_BYTES = 32 * 1024;

const SPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);

function isSpace(code: number): boolean {
  return SPACE.has(code);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

interface Attribute {
  readonly name: string;
  readonly value: string;
  readonly next: number;
}

/** WHATWG "get an attribute": one attribute of a tag from `position`, or null at the tag's `>`. */
function readAttribute(head: string, start: number): Attribute | null {
  let position = start;
  const length = head.length;
  while (position < length && (isSpace(head.charCodeAt(position)) || head.charCodeAt(position) === 0x2f))
    position++;
  if (position >= length || head.charCodeAt(position) === 0x3e) return null;
  const nameStart = position;
  // The first character of a name may be "=" (spec: `<meta =x>`), so step over it before looping.
  position++;
  while (position < length) {
    const code = head.charCodeAt(position);
    if (code === 0x3d || code === 0x2f || code === 0x3e || isSpace(code)) break;
    position++;
  }
  const name = head.slice(nameStart, position).toLowerCase();
  while (position < length && isSpace(head.charCodeAt(position))) position++;
  if (head.charCodeAt(position) !== 0x3d) return { name, value: '', next: position };
  position++;
  while (position < length && isSpace(head.charCodeAt(position))) position++;
  const quote = head.charCodeAt(position);
  if (quote === 0x22 || quote === 0x27) {
    const close = head.indexOf(String.fromCharCode(quote), position + 1);
    const end = close < 0 ? length : close;
    return { name, value: head.slice(position + 1, end), next: end + 1 };
  }
  const valueStart = position;
  while (position < length) {
    const code = head.charCodeAt(position);
    if (code === 0x3e || isSpace(code)) break;
    position++;
  }
  return { name, value: head.slice(valueStart, position), next: position };
}

/**
 * WHATWG "extract a character encoding from a meta element": the label after `charset=` in a
 * `content` value such as `text/html; charset=ISO-8859-1` or `text/html;charset="utf-8"`.
 */
export function charsetFromContentType(content: string): string | null {
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? null;
}

/**
 * WHATWG: a `<meta charset>` naming UTF-16 is wrong by construction (the prescan could read it, so
 * the bytes are ASCII-compatible): use UTF-8. "x-user-defined" reads as windows-1252.
 */
function metaEncoding(label: string): string | null {
  const encoding = encodingForLabel(label);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding;
}

/** Reads one `<meta …>` tag's attributes; returns a declaration when the tag makes one. */
function readMeta(head: string, tagStart: number): { declared: DeclaredCharset | null; next: number } {
  let position = tagStart + 5;
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let label: string | null = null;
  for (;;) {
    const attribute = readAttribute(head, position);
    if (attribute === null) break;
    position = attribute.next;
    if (seen.has(attribute.name)) continue;
    seen.add(attribute.name);
    if (attribute.name === 'http-equiv') {
      if (attribute.value.trim().toLowerCase() === 'content-type') gotPragma = true;
    } else if (attribute.name === 'content') {
      const fromContent = charsetFromContentType(attribute.value);
      if (fromContent !== null && label === null) {
        label = fromContent;
        needPragma = true;
      }
    } else if (attribute.name === 'charset') {
      label = attribute.value;
      needPragma = false;
    }
  }
  const next = position + 1;
  if (needPragma === null || label === null || (needPragma && !gotPragma)) return { declared: null, next };
  const encoding = metaEncoding(label);
  if (encoding === null) return { declared: null, next };
  return {
    declared: {
      encoding,
      label: label.trim(),
      origin: needPragma ? 'meta-http-equiv' : 'meta-charset',
      offset: tagStart,
    },
    next,
  };
}

/** `<?xml version="1.0" encoding="ISO-8859-1"?>` at the very start of the bytes. */
function readXmlDeclaration(head: string): DeclaredCharset | null {
  if (!head.startsWith('<?xml')) return null;
  const end = head.indexOf('?>');
  if (end < 0) return null;
  const match = /\sencoding\s*=\s*["']([^"']+)["']/.exec(head.slice(0, end));
  if (!match?.[1]) return null;
  const encoding = metaEncoding(match[1]);
  return encoding === null ? null : { encoding, label: match[1], origin: 'xml-declaration', offset: 0 };
}

/**
 * The character set an HTML page declares, by the WHATWG prescan (comments and other tags are
 * skipped, so `<!-- <meta charset="koi8-r"> -->` does not count), then by an XML declaration.
 * Reads bytes as latin-1 code points: only ASCII matters to the scan.
 */
export function prescanCharset(bytes: Uint8Array): DeclaredCharset | null {
  const window = bytes.subarray(0, PRESCAN_BYTES);
  const head = Buffer.from(window.buffer, window.byteOffset, window.byteLength).toString('latin1');
  const length = head.length;
  let position = 0;
  while (position < length) {
    const next = head.indexOf('<', position);
    if (next < 0) break;
    position = next;
    if (head.startsWith('<!--', position)) {
      // "<!-->" closes at once: the two dashes of the opener count for the closer.
      const close = head.indexOf('-->', position + 2);
      if (close < 0) break;
      position = close + 3;
      continue;
    }
    const after = head.charCodeAt(position + 5);
    if (head.slice(position, position + 5).toLowerCase() === '<meta' && (isSpace(after) || after === 0x2f)) {
      const { declared, next: afterTag } = readMeta(head, position);
      if (declared !== null) return declared;
      position = afterTag;
      continue;
    }
    const second = head.charCodeAt(position + 1);
    const third = head.charCodeAt(position + 2);
    if (isAsciiLetter(second) || (second === 0x2f && isAsciiLetter(third))) {
      // Another tag: skip its name, then its attributes (a quoted ">" inside a value is not the end).
      position += second === 0x2f ? 2 : 1;
      while (position < length && !isSpace(head.charCodeAt(position)) && head.charCodeAt(position) !== 0x3e)
        position++;
      for (;;) {
        const attribute = readAttribute(head, position);
        if (attribute === null) break;
        position = attribute.next;
      }
      position++;
      continue;
    }
    if (second === 0x21 || second === 0x2f || second === 0x3f) {
      const close = head.indexOf('>', position + 1);
      if (close < 0) break;
      position = close + 1;
      continue;
    }
    position++;
  }
  return readXmlDeclaration(head);
}
