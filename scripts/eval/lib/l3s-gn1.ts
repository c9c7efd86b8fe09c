import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { decodeInput } from '../../../src/ingest/decode.js';

/**
 * Loader for L3S-GN1 (Kohlschütter et al., WSDM 2010): `input/<id>.html.gz` is the page as
 * crawled, `GoldStandard/<id>.txt.gz` the same page re-saved with every text block wrapped in a
 * span whose class names its label (`x-nc-sel1` headline, `x-nc-sel2` full text, `x-nc-sel3`
 * supplemental, `x-nc-sel4` related, `x-nc-sel5` comments, `x-nc-sel0` not content).
 */
export interface L3sPage {
  /** The file name without `.html.gz`, used to split tuning and held-out halves. */
  readonly name: string;
  readonly html: string;
  /** The text of the full-text (`x-nc-sel2`) blocks in document order, one block a line. */
  readonly gold: string;
}

const LABEL_CLASS = /\bx-nc-sel(\d)\b/;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Gold text: every text node whose innermost labelled ancestor is `x-nc-sel2`. Labels nest (a
 * full-text span can hold a `x-nc-sel0` span around an inline link), so the innermost label wins.
 */
export function goldFullText(goldHtml: string): string {
  const { document } = parseHTML(goldHtml);
  const parts: string[] = [];
  const root = document.documentElement as unknown as Node | null;
  if (!root) return '';
  const stack: { node: Node; label: number }[] = [{ node: root, label: -1 }];
  while (stack.length > 0) {
    const { node, label } = stack.pop()!;
    if (node.nodeType === 3) {
      if (label === 2) parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName)) continue;
    const match = LABEL_CLASS.exec(element.getAttribute('class') ?? '');
    const childLabel = match ? Number(match[1]) : label;
    const children: Node[] = [];
    for (let child = element.firstChild; child; child = child.nextSibling) children.push(child);
    for (let index = children.length - 1; index >= 0; index--)
      stack.push({ node: children[index]!, label: childLabel });
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export function loadL3sPages(folder: string): L3sPage[] {
  const pages: L3sPage[] = [];
  for (const file of readdirSync(join(folder, 'input')).sort()) {
    if (!file.endsWith('.html.gz')) continue;
    const name = file.slice(0, -'.html.gz'.length);
    const inputBytes = gunzipSync(readFileSync(join(folder, 'input', file)));
    let goldBytes: Buffer;
    try {
      goldBytes = gunzipSync(readFileSync(join(folder, 'GoldStandard', `${name}.txt.gz`)));
    } catch {
      continue;
    }
    pages.push({
      name,
      html: decodeInput(inputBytes, 'html').text,
      gold: goldFullText(decodeInput(goldBytes, 'html').text),
    });
  }
  return pages;
}
