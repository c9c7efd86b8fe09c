import { parseHTML } from 'linkedom';

/**
 * A naive scraper's view of a page: every visible block-level element's text on its own line,
 * menus, footers and related links included, the way someone copying a whole page would get it.
 * The text cleaner is evaluated on this, so the dump must not be clever: it only drops what a
 * browser never shows (scripts, styles, the head, hidden elements).
 */

/**
 * Elements whose content is never visible text. The head is dropped element by element (title,
 * meta, link, base) rather than as a whole: linkedom does not repair unclosed heads, so on pages
 * like "<HEAD><TITLE>…</TITLE><div>…" the whole article sits inside the parsed head.
 */
const SKIPPED_ELEMENTS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'TITLE',
  'META',
  'LINK',
  'BASE',
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
const DOCUMENT_NODE = 9;

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
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

/** Pushes a node's children so that the first child is popped first. */
function pushChildren(stack: (DomNode | 'end-of-block')[], node: DomNode): void {
  // `childNodes` rather than `nextSibling`: linkedom leaves the doctype's sibling link empty.
  const children = node.childNodes;
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index];
    if (child) stack.push(child);
  }
}

/** The page's visible block texts, one per line, whitespace inside a line collapsed. */
export function naiveDump(html: string): string {
  const { document } = parseHTML(html);
  // Start from the document itself, not `body` or the root element: broken pages (a second
  // `<html>` after the head, a truncated doctype) leave content beside them.
  const root = document as unknown as DomNode;
  const lines: string[] = [];
  let buffer = '';
  const flush = () => {
    const line = buffer.replace(/\s+/g, ' ').trim();
    if (line.length > 0) lines.push(line);
    buffer = '';
  };
  // Iterative walk: a stack of nodes, with 'end-of-block' entries marking the end of a block element, so
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
    if (node.nodeType === DOCUMENT_NODE) {
      pushChildren(stack, node);
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
    pushChildren(stack, node);
  }
  flush();
  return lines.join('\n');
}
