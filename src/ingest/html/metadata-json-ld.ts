/**
 * JSON-LD blocks (`<script type="application/ld+json">`) as a flat list of typed objects. Pages
 * break JSON-LD in many ways, so parsing is forgiving: HTML comment and CDATA wrappers, block comments
 * comments, raw line breaks inside strings, trailing commas. Nested objects, `@graph` arrays and
 * `@id` references (`"author": {"@id": "#/schema/person/1"}` pointing elsewhere in the graph) are
 * all reachable. Nothing here throws.
 */

export type JsonLdObject = Readonly<Record<string, unknown>>;

/** Bounds against hostile pages: a JSON-LD tree with a million nodes is not metadata. */
const MAX_OBJECTS = 2_000;
const MAX_DEPTH = 12;
const MAX_SCRIPT_CHARACTERS = 1_000_000;

function parseLeniently(source: string): unknown {
  const attempts = [
    (text: string) => text,
    // "<!--{ … }-->" and "/*<![CDATA[*/{ … }/*]]>*/" wrappers, block comments, line comments at a line start.
    (text: string) =>
      text
        .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/, '')
        .replace(/(?:-->|\/\/\s*\]\]>|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/, '')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, ''),
    // Raw tabs and line breaks inside strings are invalid JSON but common; so are trailing commas.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what JSON forbids in strings
    (text: string) => text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'),
  ];
  let text = source;
  for (const attempt of attempts) {
    text = attempt(text);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function isObject(value: unknown): value is JsonLdObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in the parsed blocks, depth first, in document order. */
function collectObjects(roots: readonly unknown[]): JsonLdObject[] {
  const objects: JsonLdObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (objects.length >= MAX_OBJECTS || depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    objects.push(value);
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (typeof child === 'object' && child !== null) visit(child, depth + 1);
    }
  };
  for (const root of roots) visit(root, 0);
  return objects;
}

export interface JsonLdGraph {
  readonly objects: readonly JsonLdObject[];
  /** Objects by `@id`, to follow references. */
  readonly byId: ReadonlyMap<string, JsonLdObject>;
}

/** Parses the JSON-LD among the page's `<script>` elements. */
export function readJsonLd(scripts: readonly Element[]): JsonLdGraph {
  const roots: unknown[] = [];
  for (const script of scripts) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.includes('ld+json')) continue;
    const source = script.textContent ?? '';
    if (source.length === 0 || source.length > MAX_SCRIPT_CHARACTERS) continue;
    const parsed = parseLeniently(source);
    if (parsed !== undefined) roots.push(parsed);
  }
  const objects = collectObjects(roots);
  const byId = new Map<string, JsonLdObject>();
  for (const object of objects) {
    const id = object['@id'];
    // The fullest object with an id wins over a bare reference `{"@id": …}` to it.
    if (typeof id === 'string' && (Object.keys(object).length > 1 || !byId.has(id))) {
      const known = byId.get(id);
      if (known === undefined || Object.keys(object).length > Object.keys(known).length) byId.set(id, object);
    }
  }
  return { objects, byId };
}

/** Follows `{"@id": …}` references to the full object, once. */
export function resolveReference(graph: JsonLdGraph, value: unknown): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2) {
    return graph.byId.get(value['@id']) ?? value;
  }
  return value;
}

/** The `@type` values of an object, lower-cased (`"NewsArticle"`, `["Article", "BlogPosting"]`). */
export function typesOf(object: JsonLdObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type.toLowerCase()];
  if (Array.isArray(type))
    return type.filter((item): item is string => typeof item === 'string').map((item) => item.toLowerCase());
  return [];
}

/** Article-like types: `Article`, `NewsArticle`, `BlogPosting`, `ReportageNewsArticle`, `LiveBlogPosting`, `Report`. */
export function isArticleType(object: JsonLdObject): boolean {
  return typesOf(object).some((type) =>
    /article|posting|^report$|^review$|^scholarlyarticle$/.test(type.replace(/^.*[/:#]/, '')),
  );
}

/** A string, or the first string of an array, or an object's `name` / `@value` / `text`. */
export function textValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textValue(item);
      if (text !== null) return text;
    }
    return null;
  }
  if (isObject(value)) {
    for (const key of ['name', '@value', 'text']) {
      const text = value[key];
      if (typeof text === 'string') return text;
    }
  }
  return null;
}

export interface AuthorName {
  readonly name: string;
  /** The author is typed as an organisation ("Organization", "NewsMediaOrganization"). */
  readonly organization: boolean;
}

/** Names in an `author` value: a string, a Person, a list of them, or references to them. */
export function authorNames(graph: JsonLdGraph, value: unknown): AuthorName[] {
  const names: AuthorName[] = [];
  const items = Array.isArray(value) ? value : [value];
  for (const item of items.slice(0, 20)) {
    const resolved = resolveReference(graph, item);
    if (typeof resolved === 'string') names.push({ name: resolved, organization: false });
    else if (isObject(resolved)) {
      const name = textValue(resolved['name']);
      const organization = typesOf(resolved).some(
        (type) => type.includes('organization') || type === 'corporation',
      );
      if (name !== null) names.push({ name, organization });
    }
  }
  return names;
}

export { isObject as isJsonLdObject };
