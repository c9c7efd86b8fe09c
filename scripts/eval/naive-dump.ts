import { parseHTML } from 'linkedom';

/**
 * A naive scraper's view of a page: every visible block-level element's text on its own line,
 * menus, footers and related links included, the way someone copying a whole page would get it.
 * The text cleaner is evaluated on this, so the dump must not be clever: it only drops what a
 * browser never shows (scripts, styles, the head, hidden elements).
 */

/** Elements whose content is never visible text. */
const SKIPPED_ELEMENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'OPTION',
  'TEXTAREA',
]);

/** Elements that start and end a line of their own. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'FRAMESET',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly textContent: string | null;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
}

function isHidden(element: DomNode): boolean {
  if (element.hasAttribute?.('hidden')) return true;
  const style = element.getAttribute?.('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/** The page's visible block texts, one per line, whitespace inside a line collapsed. */
export function naiveDump(html: string): string {
  const { document } = parseHTML(html);
  // Start from the root element, not `body`: broken pages (a second `<html>` after the head) leave
  // their content outside the parsed body.
  const root = document.documentElement as unknown as DomNode | null;
  if (!root) return '';
  const lines: string[] = [];
  let buffer = '';
  const flush = () => {
    const line = buffer.replace(/\s+/g, ' ').trim();
    if (line.length > 0) lines.push(line);
    buffer = '';
  };
  // Iterative walk: a stack of nodes, with `null` entries marking the end of a block element, so
  // deeply nested pages cannot overflow the call stack.
  const stack: (DomNode | 'end-of-block')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === 'end-of-block') {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(name) || isHidden(node)) continue;
    if (name === 'IMG') {
      // A scraper copying visible text does not see alternative text.
      continue;
    }
    const isBlock = BLOCK_ELEMENTS.has(name);
    if (isBlock) {
      flush();
      stack.push('end-of-block');
    }
    const children: DomNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
  flush();
  return lines.join('\n');
}
