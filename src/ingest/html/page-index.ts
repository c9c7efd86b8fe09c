import { classSignal, NEUTRAL_SIGNAL, type ClassSignal } from './class-signals.js';

/**
 * One pass over the parsed page that records, per element, what the later steps need: its
 * parent, the text it holds (all of it, the part inside links, commas), the text written directly
 * in it or its inline children, and what its class/id names say. The walk is iterative (a page
 * of 200,000 nested elements must not overflow the stack) and touches every node once.
 */
export interface PageIndex {
  readonly elements: Element[];
  /** Index of the parent element, -1 for the root. */
  readonly parent: number[];
  readonly depth: number[];
  /** Lower-case tag name. */
  readonly tag: string[];
  readonly signal: ClassSignal[];
  /** Characters of text in the subtree (whitespace runs count as one). */
  readonly textLength: number[];
  readonly linkTextLength: number[];
  readonly commas: number[];
  /** Text written directly in the element or in its inline children (the element is their block). */
  readonly inlineTextLength: number[];
  readonly inlineLinkLength: number[];
  readonly inlineCommas: number[];
  /** Number of paragraph-like blocks (`<p>`, text-holding blocks) in the subtree. */
  readonly paragraphs: number[];
  readonly indexOf: Map<Element, number>;
  /** `articleBody` strings found in JSON-LD scripts. */
  readonly jsonLdBodies: string[];
  readonly titleText: string | null;
  readonly openGraphTitle: string | null;
  readonly firstHeading: string | null;
  /** The element the walk started from (`<body>` when there is one). */
  readonly root: number;
}

/** Elements whose content is never article text. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'source', 'track', 'map', 'area', 'input', 'select', 'option', 'optgroup', 'button', 'textarea', 'head', 'link',
  'meta', 'base', 'title', 'dialog', 'datalist', 'param', 'picture',
]);

/** Inline elements: their text belongs to the nearest block around them. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins',
  'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt',
  'u', 'var', 'wbr', 'br',
]);

const COMMA = /[,،、，]/g;

function visibleLength(text: string): number {
  // Whitespace runs count as one character: "a  \n  b" is 3 long, as it will be rendered.
  let length = 0;
  let inSpace = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 12;
    if (space) {
      if (!inSpace) length++;
      inSpace = true;
    } else {
      length++;
      inSpace = false;
    }
  }
  return length;
}

function countCommas(text: string): number {
  COMMA.lastIndex = 0;
  let count = 0;
  while (COMMA.exec(text) !== null) count++;
  return count;
}

/** Hidden by the page itself: `hidden`, `aria-hidden="true"`, inline `display:none`. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style !== null && style.length > 0) {
    const compact = style.toLowerCase().replace(/\s+/g, '');
    if (compact.includes('display:none') || compact.includes('visibility:hidden')) return true;
  }
  return false;
}

function collectArticleBodies(json: string, into: string[]): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return;
  }
  const stack: unknown[] = [parsed];
  let visited = 0;
  while (stack.length > 0 && visited < 10_000) {
    const value = stack.pop();
    visited++;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (key === 'articleBody' && typeof item === 'string') into.push(item);
        else if (typeof item === 'object') stack.push(item);
      }
    }
  }
}

export function indexPage(document: Document): PageIndex {
  const elements: Element[] = [];
  const parent: number[] = [];
  const depth: number[] = [];
  const tag: string[] = [];
  const signal: ClassSignal[] = [];
  const textLength: number[] = [];
  const linkTextLength: number[] = [];
  const commas: number[] = [];
  const inlineTextLength: number[] = [];
  const inlineLinkLength: number[] = [];
  const inlineCommas: number[] = [];
  const paragraphs: number[] = [];
  const indexOf = new Map<Element, number>();
  const jsonLdBodies: string[] = [];
  let titleText: string | null = null;
  let openGraphTitle: string | null = null;
  let firstHeading: string | null = null;

  // The head is read only for the title fallbacks and JSON-LD; the body is indexed.
  const head = document.head as Element | null;
  if (head) {
    for (let child = head.firstElementChild; child; child = child.nextElementSibling) {
      const name = child.localName;
      if (name === 'title' && titleText === null) titleText = child.textContent;
      else if (name === 'meta' && openGraphTitle === null && child.getAttribute('property') === 'og:title') {
        openGraphTitle = child.getAttribute('content');
      } else if (name === 'script' && (child.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) {
        collectArticleBodies(child.textContent ?? '', jsonLdBodies);
      }
    }
  }

  const rootElement = (document.body as Element | null) ?? (document.documentElement as Element | null);
  if (rootElement) {
    // Each stack entry is an element to enter with its parent index and the index of the block
    // that owns its inline text, and whether it sits inside a link.
    const nodeStack: Element[] = [rootElement];
    const parentStack: number[] = [-1];
    const blockStack: number[] = [-1];
    const linkStack: boolean[] = [false];
    while (nodeStack.length > 0) {
      const element = nodeStack.pop()!;
      const parentIndex = parentStack.pop()!;
      let blockIndex = blockStack.pop()!;
      const insideLink = linkStack.pop()!;
      const name = element.localName;
      if (SKIPPED_TAGS.has(name)) {
        if (name === 'script' && (element.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) {
          collectArticleBodies(element.textContent ?? '', jsonLdBodies);
        }
        continue;
      }
      if (isHidden(element)) continue;
      const index = elements.length;
      elements.push(element);
      parent.push(parentIndex);
      depth.push(parentIndex < 0 ? 0 : depth[parentIndex]! + 1);
      tag.push(name);
      const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.trim();
      signal.push(names.length > 0 ? classSignal(names) : NEUTRAL_SIGNAL);
      textLength.push(0);
      linkTextLength.push(0);
      commas.push(0);
      inlineTextLength.push(0);
      inlineLinkLength.push(0);
      inlineCommas.push(0);
      paragraphs.push(0);
      indexOf.set(element, index);
      if (name === 'h1' && firstHeading === null) firstHeading = element.textContent;
      if (!INLINE_TAGS.has(name) || blockIndex < 0) blockIndex = index;
      const childInsideLink = insideLink || name === 'a';
      // Children are pushed in reverse so that they are entered in document order; text nodes are
      // counted right away (they have no children).
      const children: Element[] = [];
      for (let child = element.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 1) {
          children.push(child as Element);
        } else if (child.nodeType === 3) {
          const text = child.nodeValue ?? '';
          const length = visibleLength(text);
          if (length === 0) continue;
          const commaCount = countCommas(text);
          textLength[index]! += length;
          commas[index]! += commaCount;
          inlineTextLength[blockIndex]! += length;
          inlineCommas[blockIndex]! += commaCount;
          if (childInsideLink) {
            linkTextLength[index]! += length;
            inlineLinkLength[blockIndex]! += length;
          }
        }
      }
      for (let position = children.length - 1; position >= 0; position--) {
        nodeStack.push(children[position]!);
        parentStack.push(index);
        blockStack.push(blockIndex);
        linkStack.push(childInsideLink);
      }
    }
    // Pre-order puts every element after its parent, so one backwards sweep sums subtrees.
    for (let index = elements.length - 1; index > 0; index--) {
      if (inlineTextLength[index]! >= 25 || (tag[index] === 'p' && inlineTextLength[index]! > 0)) paragraphs[index]! += 1;
      const parentIndex = parent[index]!;
      if (parentIndex < 0) continue;
      textLength[parentIndex]! += textLength[index]!;
      linkTextLength[parentIndex]! += linkTextLength[index]!;
      commas[parentIndex]! += commas[index]!;
      paragraphs[parentIndex]! += paragraphs[index]!;
    }
  }

  return {
    elements, parent, depth, tag, signal, textLength, linkTextLength, commas, inlineTextLength, inlineLinkLength,
    inlineCommas, paragraphs, indexOf, jsonLdBodies, titleText, openGraphTitle, firstHeading, root: 0,
  };
}
