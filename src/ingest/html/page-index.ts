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
  /** Text outside links of the subtree's prose blocks (blocks of 50+ characters with few links). */
  readonly prose: number[];
  /** Index of the last element of the subtree (pre-order keeps a subtree contiguous). */
  readonly subtreeEnd: number[];
  readonly indexOf: Map<Element, number>;
  /** `articleBody` strings found in JSON-LD scripts. */
  readonly jsonLdBodies: string[];
  readonly titleText: string | null;
  readonly openGraphTitle: string | null;
  readonly firstHeading: string | null;
}

/** Elements whose content is never article text. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'area',
  'input',
  'select',
  'option',
  'optgroup',
  'button',
  'textarea',
  'link',
  'meta',
  'base',
  'title',
  'dialog',
  'datalist',
  'param',
  'picture',
]);

/** Inline elements: their text belongs to the nearest block around them. */
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'br',
]);

/** Results of `measureText`, kept in module variables so the hot loop allocates nothing. */
let measuredLength = 0;
let measuredCommas = 0;

/**
 * Visible length (whitespace runs count as one: "a  \n  b" is 3 long, as it will be rendered)
 * and commas (",", "،", "、", "，") of a text node, in one pass over its characters.
 */
function measureText(text: string): void {
  let length = 0;
  let commas = 0;
  let inSpace = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 12) {
      if (!inSpace) length++;
      inSpace = true;
      continue;
    }
    length++;
    inSpace = false;
    if (code === 44 || code === 0x60c || code === 0x3001 || code === 0xff0c) commas++;
  }
  measuredLength = length;
  measuredCommas = commas;
}

const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Hidden by the page itself: `hidden`, `aria-hidden="true"`, inline `display:none`. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && style.length > 0 && HIDING_STYLE.test(style);
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

/**
 * Where the walk starts: `<body>`, or, when the page has no `<html>` element and the parser left
 * `<body>` empty while putting the content at the top level ("<!DOCTYPE …><head>…</head><body>"
 * without "<html>"), every top-level element.
 */
function startingPoints(document: Document): Element[] {
  const body = document.body as Element | null;
  if (body && body.firstChild) return [body];
  const roots: Element[] = [];
  for (let child = document.firstElementChild; child; child = child.nextElementSibling) {
    if (child === body) continue;
    if (child.localName === 'html') {
      // A broken "<head" tag can leave the whole page inside the head: its non-head tags are skipped anyway.
      for (let inner = child.firstElementChild; inner; inner = inner.nextElementSibling)
        if (inner !== body) roots.push(inner);
    } else {
      roots.push(child);
    }
  }
  return roots;
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
  const prose: number[] = [];
  const subtreeEnd: number[] = [];
  const indexOf = new Map<Element, number>();
  const jsonLdBodies: string[] = [];
  let titleText: string | null = null;
  let openGraphTitle: string | null = null;
  let firstHeading: string | null = null;

  const startElements = startingPoints(document);
  // The head is read only for the title fallbacks and JSON-LD; the body is indexed.
  const head = document.head as Element | null;
  if (head && startElements.length > 0 && startElements[0] === document.body) {
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

  if (startElements.length > 0) {
    // Each stack entry is an element to enter with its parent index and the index of the block
    // that owns its inline text, and whether it sits inside a link.
    const nodeStack: Element[] = startElements.slice().reverse();
    const parentStack: number[] = startElements.map(() => -1);
    const blockStack: number[] = startElements.map(() => -1);
    const linkStack: boolean[] = startElements.map(() => false);
    while (nodeStack.length > 0) {
      const element = nodeStack.pop()!;
      const parentIndex = parentStack.pop()!;
      let blockIndex = blockStack.pop()!;
      const insideLink = linkStack.pop()!;
      const name = element.localName;
      if (SKIPPED_TAGS.has(name)) {
        if (name === 'script' && (element.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) {
          collectArticleBodies(element.textContent ?? '', jsonLdBodies);
        } else if (name === 'title' && titleText === null) {
          titleText = element.textContent;
        } else if (
          name === 'meta' &&
          openGraphTitle === null &&
          element.getAttribute('property') === 'og:title'
        ) {
          openGraphTitle = element.getAttribute('content');
        }
        continue;
      }
      // Most elements carry no attributes at all; skip the attribute lookups for them.
      const hasAttributes = element.hasAttributes();
      if (hasAttributes && isHidden(element)) continue;
      const index = elements.length;
      elements.push(element);
      parent.push(parentIndex);
      depth.push(parentIndex < 0 ? 0 : depth[parentIndex]! + 1);
      tag.push(name);
      const names = hasAttributes
        ? `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.trim()
        : '';
      signal.push(names.length > 0 ? classSignal(names) : NEUTRAL_SIGNAL);
      textLength.push(0);
      linkTextLength.push(0);
      commas.push(0);
      inlineTextLength.push(0);
      inlineLinkLength.push(0);
      inlineCommas.push(0);
      paragraphs.push(0);
      prose.push(0);
      subtreeEnd.push(index);
      indexOf.set(element, index);
      if (name === 'h1' && firstHeading === null) firstHeading = element.textContent;
      if (!INLINE_TAGS.has(name) || blockIndex < 0) blockIndex = index;
      const childInsideLink = insideLink || name === 'a';
      // Children are pushed last to first so that they are entered in document order; text nodes
      // are counted right away (they have no children).
      for (let child = element.lastChild; child; child = child.previousSibling) {
        if (child.nodeType === 1) {
          nodeStack.push(child as Element);
          parentStack.push(index);
          blockStack.push(blockIndex);
          linkStack.push(childInsideLink);
        } else if (child.nodeType === 3) {
          measureText(child.nodeValue ?? '');
          if (measuredLength === 0) continue;
          textLength[index]! += measuredLength;
          commas[index]! += measuredCommas;
          inlineTextLength[blockIndex]! += measuredLength;
          inlineCommas[blockIndex]! += measuredCommas;
          if (childInsideLink) {
            linkTextLength[index]! += measuredLength;
            inlineLinkLength[blockIndex]! += measuredLength;
          }
        }
      }
    }
    // Pre-order puts every element after its parent, so one backwards sweep sums subtrees.
    for (let index = elements.length - 1; index >= 0; index--) {
      const inline = inlineTextLength[index]!;
      if (inline >= 25 || (tag[index] === 'p' && inline > 0)) paragraphs[index]! += 1;
      if (inline >= 50 && inlineLinkLength[index]! < inline * 0.3)
        prose[index]! += inline - inlineLinkLength[index]!;
      const parentIndex = parent[index]!;
      if (parentIndex < 0) continue;
      textLength[parentIndex]! += textLength[index]!;
      linkTextLength[parentIndex]! += linkTextLength[index]!;
      commas[parentIndex]! += commas[index]!;
      paragraphs[parentIndex]! += paragraphs[index]!;
      prose[parentIndex]! += prose[index]!;
      if (subtreeEnd[index]! > subtreeEnd[parentIndex]!) subtreeEnd[parentIndex] = subtreeEnd[index]!;
    }
  }

  return {
    elements,
    parent,
    depth,
    tag,
    signal,
    textLength,
    linkTextLength,
    commas,
    inlineTextLength,
    inlineLinkLength,
    inlineCommas,
    paragraphs,
    prose,
    subtreeEnd,
    indexOf,
    jsonLdBodies,
    titleText,
    openGraphTitle,
    firstHeading,
  };
}
