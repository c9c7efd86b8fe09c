import type { InputFormat } from '../model/index.js';

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml|php|aspx?|jsp)(?:\.gz)?$/i;
const TEXT_EXTENSIONS = /\.(?:txt|text|md)(?:\.gz)?$/i;

/** The format a file name promises, or null when the name says nothing. */
export function formatFromName(name: string): InputFormat | null {
  if (HTML_EXTENSIONS.test(name)) return 'html';
  if (TEXT_EXTENSIONS.test(name)) return 'text';
  return null;
}

/**
 * The format decoded content reveals: a document that opens with a doctype, `<html>`, `<head>` or
 * `<body>`, or whose first kilobytes are dense with tags, is HTML; anything else is text.
 */
export function formatFromContent(content: string): InputFormat {
  const head = content.slice(0, 4096);
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head))
    return 'html';
  const tags = head.match(/<\/?(?:div|p|span|a|meta|script|table|br|li|ul|section|article|h[1-6])\b[^>]*>/gi);
  return tags !== null && tags.length >= 5 ? 'html' : 'text';
}
