import { ClaimgraphError } from '../model/index.js';
import type { IngestLimits } from './options.js';

/** Elements that never have content, so they never add to the nesting depth. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'basefont',
  'bgsound',
  'frame',
  'keygen',
  'image',
]);

/**
 * Elements whose end tag may be omitted ("<li>one<li>two"): a parser closes them implicitly, so
 * counting them would make an ordinary unclosed list look deeply nested.
 */
const OPTIONAL_END_ELEMENTS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'rtc',
  'html',
  'head',
  'body',
]);

/** Elements whose content is raw text: tags inside them are not elements. */
const RAW_TEXT_ELEMENTS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

export interface HtmlShape {
  /** Number of start tags. */
  readonly elements: number;
  /** Deepest nesting of elements that need an end tag. */
  readonly depth: number;
}

function isTagNameCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 58
  );
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * One linear pass over the markup that counts elements and estimates nesting depth without
 * building a tree, so that a page "nested 200,000 deep" is refused before the DOM parser spends
 * minutes on it. It stops counting as soon as either limit is exceeded.
 */
export function measureHtmlShape(html: string, stopAfter?: IngestLimits): HtmlShape {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let index = html.indexOf('<');
  const length = html.length;
  while (index !== -1 && index < length - 1) {
    const next = html.charCodeAt(index + 1);
    if (next === 33 /* ! */) {
      // "<!-- comment -->" and "<!DOCTYPE …>"
      const close = html.startsWith('<!--', index)
        ? html.indexOf('-->', index + 4)
        : html.indexOf('>', index + 2);
      if (close === -1) break;
      index = html.indexOf('<', close + 1);
      continue;
    }
    const closing = next === 47; /* / */
    let nameStart = closing ? index + 2 : index + 1;
    if (nameStart >= length || !isLetter(html.charCodeAt(nameStart))) {
      index = html.indexOf('<', index + 1);
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < length && isTagNameCharacter(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = html.indexOf('>', nameEnd);
    if (tagEnd === -1) break;
    nameStart = tagEnd + 1;
    if (closing) {
      if (!VOID_ELEMENTS.has(name) && !OPTIONAL_END_ELEMENTS.has(name) && depth > 0) depth--;
      index = html.indexOf('<', nameStart);
      continue;
    }
    elements++;
    const selfClosing = html.charCodeAt(tagEnd - 1) === 47;
    if (RAW_TEXT_ELEMENTS.has(name)) {
      const end = indexOfCaseInsensitive(html, `</${name}`, nameStart);
      if (end === -1) break;
      index = html.indexOf('<', end + 2);
      continue;
    }
    if (!selfClosing && !VOID_ELEMENTS.has(name) && !OPTIONAL_END_ELEMENTS.has(name)) {
      depth++;
      if (depth > deepest) deepest = depth;
    }
    if (stopAfter && (elements > stopAfter.maxHtmlElements || deepest > stopAfter.maxHtmlDepth)) break;
    index = html.indexOf('<', nameStart);
  }
  return { elements, depth: deepest };
}

/** `indexOf` for an ASCII needle in lower case, ignoring the case of the haystack. */
function indexOfCaseInsensitive(haystack: string, lowerNeedle: string, from: number): number {
  const first = lowerNeedle.charCodeAt(0);
  let index = haystack.indexOf(String.fromCharCode(first), from);
  while (index !== -1) {
    let matched = true;
    for (let offset = 1; offset < lowerNeedle.length; offset++) {
      const code = haystack.charCodeAt(index + offset) | 0x20;
      if (code !== lowerNeedle.charCodeAt(offset)) {
        matched = false;
        break;
      }
    }
    if (matched) return index;
    index = haystack.indexOf(String.fromCharCode(first), index + 1);
  }
  return -1;
}

/** Refuses input beyond the configured limits with a message that says which limit and how to raise it. */
export function checkInputSize(byteLength: number, limits: IngestLimits): void {
  if (byteLength > limits.maxInputBytes) {
    throw new ClaimgraphError(
      'input-too-large',
      `input of ${formatBytes(byteLength)} exceeds the limit of ${formatBytes(limits.maxInputBytes)} (raise it with --max-bytes)`,
    );
  }
}

export function checkHtmlShape(html: string, limits: IngestLimits): HtmlShape {
  const shape = measureHtmlShape(html, limits);
  if (shape.depth > limits.maxHtmlDepth) {
    throw new ClaimgraphError(
      'html-too-complex',
      `HTML nested at least ${shape.depth} elements deep exceeds the limit of ${limits.maxHtmlDepth} (raise it with --max-depth)`,
    );
  }
  if (shape.elements > limits.maxHtmlElements) {
    throw new ClaimgraphError(
      'html-too-complex',
      `HTML with at least ${shape.elements} elements exceeds the limit of ${limits.maxHtmlElements} (raise it with --max-elements)`,
    );
  }
  return shape;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
