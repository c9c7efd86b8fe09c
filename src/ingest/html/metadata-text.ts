/** Small text helpers shared by the metadata readers. */

/** Collapses runs of whitespace (including no-break spaces) and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2009\u202f]+/g, ' ').trim();
}

/**
 * A key for comparing names and titles: Unicode-compatible form, lower case, letters and digits
 * only ("Die  Zeit" = "DIE ZEIT" = "die-zeit").
 */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function looksLikeUrl(text: string): boolean {
  return /^(?:https?:)?\/\/|^www\.|^[\w.-]+\.[a-z]{2,}\/\S*$/i.test(text.trim());
}

/** Elements whose text a reader never sees. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);

/**
 * The text a reader sees inside an element, up to `limit` characters, skipping `<script>` and
 * `<style>` (whose text is code: `<span class="date"><script>var expires = "2030-01-01"</script>…`
 * must not give a date). Iterative, so deep nesting cannot overflow the stack.
 */
export function visibleText(element: Element, limit = 2_000): string {
  let text = '';
  const stack: Node[] = [element];
  while (stack.length > 0 && text.length < limit) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (node !== element && INVISIBLE.has(tag)) continue;
    if (tag === 'BR' || tag === 'P' || tag === 'DIV' || tag === 'LI') text += ' ';
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node);
  }
  return collapseWhitespace(text.length > limit ? text.slice(0, limit) : text);
}

/** True when the element sits inside one of the given tags (stops at the body). */
export function hasAncestor(element: Element, tags: ReadonlySet<string>): boolean {
  let current = element.parentElement;
  while (current !== null) {
    const tag = current.tagName.toUpperCase();
    if (tags.has(tag)) return true;
    if (tag === 'BODY') return false;
    current = current.parentElement;
  }
  return false;
}

/**
 * The `class` attribute without side effects: linkedom's `getAttribute('class')` builds a
 * `classList` for the element and answers "" instead of null when there is none.
 */
export function classAttribute(element: Element): string | null {
  return element.getAttributeNode('class')?.value ?? null;
}

/** The element's class and id, lower-cased, for pattern tests ("post-meta entry-date"). */
export function classAndId(element: Element): string {
  return `${classAttribute(element) ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}
