import { parseHTML } from 'linkedom';
import type { Diagnostic, DocumentMetadata, IngestResult } from '../../model/index.js';
import { EMPTY_METADATA } from '../../model/index.js';
import { isContributorLine } from '../contributor-line.js';
import { chooseContainer } from './choose-container.js';
import { readHtmlMetadata } from './metadata.js';
import { indexPage, type PageIndex } from './page-index.js';
import { pullQuoteCopies } from './pull-quotes.js';
import { ArticleRenderer } from './render-article.js';

export interface HtmlExtractOptions {
  /**
   * Use the JSON-LD `articleBody` when the page's markup yields much less text than it (pages
   * that render the article with scripts). Default true.
   */
  readonly useJsonLdBody?: boolean;
}

const ORIGIN = 'html:extract';

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A fragment ("<p>one</p><p>two</p>") gets a document around it so that `body` exists. */
function asDocumentSource(html: string): string {
  const source = closeRunawayTitle(html);
  return /<body[\s>]/i.test(source) || /<html[\s>]/i.test(source)
    ? source
    : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
}

/**
 * A `<title>` that is never closed ("<title>Sport news<script src=…>" and no `</title>` anywhere)
 * makes, by the HTML rules, the whole rest of the page its text: the title becomes the page's
 * markup and the body is empty. Such a title is closed where its first tag begins.
 */
export function closeRunawayTitle(html: string): string {
  const open = /<title(?:\s[^>]*)?>/i.exec(html);
  if (open === null) return html;
  const textStart = open.index + open[0].length;
  if (/<\/title\s*>/i.test(html.slice(textStart))) return html;
  const tag = html.indexOf('<', textStart);
  if (tag < 0) return html;
  // a title is one line: a page cut by its crawler runs on into script ("Title(The Times)ntById(…")
  const firstLetter = html.slice(textStart, tag).search(/\S/);
  const lineEnd = firstLetter < 0 ? -1 : html.indexOf('\n', textStart + firstLetter);
  const end = lineEnd >= 0 && lineEnd < tag ? lineEnd : tag;
  return `${html.slice(0, end)}</title>${html.slice(end)}`;
}

function fallbackTitle(index: PageIndex): string | null {
  for (const candidate of [index.openGraphTitle, index.titleText, index.firstHeading]) {
    const title = collapse(candidate);
    if (title.length > 0) return title;
  }
  return null;
}

function longestJsonLdBody(index: PageIndex): string {
  let longest = '';
  for (const body of index.jsonLdBodies) if (body.length > longest.length) longest = body;
  return longest;
}

function failure(code: string, message: string, metadata: DocumentMetadata = EMPTY_METADATA): IngestResult {
  return {
    text: '',
    metadata,
    removed: [],
    captions: [],
    diagnostics: [{ severity: 'error', code, message, origin: ORIGIN }],
  };
}

/**
 * Main-content extraction from a decoded HTML page: the article body as paragraphs separated by
 * a blank line, the boilerplate blocks found in and around it, and the picture captions with
 * their credits. Never throws: problems become diagnostics.
 */
export function extractHtml(html: string, options: HtmlExtractOptions = {}): IngestResult {
  let document: Document;
  try {
    document = parseHTML(asDocumentSource(html)).document as unknown as Document;
  } catch (error) {
    return failure('html-parse-failed', `the page could not be parsed: ${(error as Error).message}`);
  }
  const diagnostics: Diagnostic[] = [];
  // Metadata is read before anything else looks at the page (the extraction itself never mutates it).
  let metadata: DocumentMetadata = EMPTY_METADATA;
  try {
    metadata = readHtmlMetadata(document);
  } catch (error) {
    diagnostics.push({
      severity: 'warning',
      code: 'html-metadata-failed',
      message: (error as Error).message,
      origin: ORIGIN,
    });
  }
  let index: PageIndex;
  try {
    index = indexPage(document);
  } catch (error) {
    return failure('html-index-failed', `the page could not be read: ${(error as Error).message}`, metadata);
  }
  if (metadata.title === null) {
    const title = fallbackTitle(index);
    if (title !== null) metadata = { ...metadata, title };
  }

  const choice = chooseContainer(index);
  let contentLength = 0;
  let contentProse = 0;
  for (const root of choice.roots) {
    contentLength += index.textLength[root]!;
    contentProse += index.textLength[root]! - index.linkTextLength[root]!;
  }
  const renderer = new ArticleRenderer(index, contentProse, choice.roots);
  renderRoots(index, choice.roots, renderer);
  if (choice.top >= 0) noteSurroundings(index, choice.top, choice.roots, contentLength, renderer);

  let paragraphs = renderer.dropLinkRuns();
  // A repeated headline at the top of the body ("<h2>Same as the title</h2>") is the title, not text.
  const title = collapse(metadata.title).toLowerCase();
  if (title.length > 0 && paragraphs.length > 0 && paragraphs[0]!.toLowerCase() === title) {
    renderer.remove('title', paragraphs[0]!, 'text:repeats-title');
    paragraphs = paragraphs.slice(1);
  }

  paragraphs = trimEdges(paragraphs, renderer);
  paragraphs = dropLegalNotices(paragraphs, renderer);
  paragraphs = paragraphs.filter((paragraph) => {
    if (!isContributorLine(paragraph)) return true;
    renderer.remove('byline', paragraph, 'text:contributor-line');
    return false;
  });
  const copies = pullQuoteCopies(paragraphs);
  if (copies.size > 0) {
    for (const position of copies) renderer.remove('other', paragraphs[position]!, 'text:pull-quote');
    paragraphs = paragraphs.filter((_, position) => !copies.has(position));
  }

  const jsonLdBody = options.useJsonLdBody === false ? '' : longestJsonLdBody(index);
  const markupLength = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (jsonLdBody.length >= 200 && markupLength < collapse(jsonLdBody).length * 0.5) {
    paragraphs = jsonLdBody
      .split(/\n\s*\n|\r?\n/)
      .map((paragraph) => collapse(paragraph))
      .filter((paragraph) => paragraph.length > 0);
    diagnostics.push({
      severity: 'info',
      code: 'html-json-ld-body',
      message: 'the page markup held little article text; used the JSON-LD articleBody',
      origin: 'json-ld:article-body',
    });
  }
  if (paragraphs.length === 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'html-no-article',
      message: 'no article text was found on the page',
      origin: choice.origin,
    });
  }
  return {
    text: paragraphs.join('\n\n'),
    metadata,
    removed: renderer.removed,
    captions: renderer.captions,
    diagnostics,
  };
}

/** A line that reads as prose: long enough, or closed like a sentence ("He left." / "…said: «Yes»"). */
const SENTENCE_END = /[.!?…"'”’»)\]]$/;

function isProseLike(paragraph: string): boolean {
  return paragraph.length >= EDGE_LINE_LENGTH || SENTENCE_END.test(paragraph);
}

const EDGE_LINE_LENGTH = 60;

/**
 * Short label lines at the very start or end of the body are page furniture, not article:
 * "SPORTS", "Last updated at 7:40 AM", "Source:", "Post a comment", "Name:". Only runs at the
 * edges are trimmed, and never the whole body.
 */
function trimEdges(paragraphs: string[], renderer: ArticleRenderer): string[] {
  let first = 0;
  let last = paragraphs.length - 1;
  while (first <= last && !isProseLike(paragraphs[first]!)) first++;
  while (last >= first && !isProseLike(paragraphs[last]!)) last--;
  if (first > last) return paragraphs;
  for (let position = 0; position < first; position++)
    renderer.remove('other', paragraphs[position]!, 'edge:short-line');
  for (let position = last + 1; position < paragraphs.length; position++) {
    renderer.remove('other', paragraphs[position]!, 'edge:short-line');
  }
  return first === 0 && last === paragraphs.length - 1 ? paragraphs : paragraphs.slice(first, last + 1);
}

/**
 * A rights line: "Copyright 2008 The Associated Press. All rights reserved.", "© 2007 ANI", "(C) 2008
 * Example Inc.", "This material may not be published, broadcast, rewritten or redistributed." Short
 * paragraphs only; prose that mentions copyright ("Copyright law changed in 2008…") does not start
 * with a year or sign after the word, nor end in "all rights reserved".
 */
export function isLegalNotice(paragraph: string): boolean {
  if (paragraph.length > 250) return false;
  return (
    /^[([]?(?:©|\(c\)|copyright\b\s*(?:©|\(c\)|\d{4}))/iu.test(paragraph) ||
    /\ball rights reserved\W*$/iu.test(paragraph) ||
    /^this material may not be (?:published|reproduced|copied)\b/iu.test(paragraph)
  );
}

/** Share of the article's characters that must come before a rights line for all after it to go. */
const LEGAL_TAIL_SHARE = 0.6;

/**
 * Rights lines are dropped; the first one that comes after most of the text ends the article
 * (what follows it is the site's footer, a list of other stories or comments).
 */
function dropLegalNotices(paragraphs: string[], renderer: ArticleRenderer): string[] {
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
  const kept: string[] = [];
  let before = 0;
  for (let position = 0; position < paragraphs.length; position++) {
    const paragraph = paragraphs[position]!;
    if (!isLegalNotice(paragraph)) {
      kept.push(paragraph);
      before += paragraph.length;
      continue;
    }
    renderer.remove('legal', paragraph, 'text:rights-line');
    if (before >= total * LEGAL_TAIL_SHARE) {
      for (const rest of paragraphs.slice(position + 1))
        renderer.remove('legal', rest, 'text:after-rights-line');
      break;
    }
  }
  return kept.length === 0 ? paragraphs : kept;
}

/**
 * Renders the chosen elements in order, stopping where the readers' comments begin between two
 * of them: the elements after that are the comments.
 */
function renderRoots(index: PageIndex, roots: readonly number[], renderer: ArticleRenderer): void {
  for (let position = 0; position < roots.length; position++) {
    const element = index.elements[roots[position]!]!;
    if (position > 0) {
      const previous = index.elements[roots[position - 1]!]!;
      let opens = false;
      if (previous.parentNode === element.parentNode) {
        for (
          let between = previous.nextElementSibling;
          between && between !== element;
          between = between.nextElementSibling
        ) {
          if (renderer.opensComments(between)) {
            opens = true;
            break;
          }
        }
      }
      if (opens) {
        for (const rest of roots.slice(position))
          renderer.remove('comment', index.elements[rest]!, 'comments:after-start');
        return;
      }
    }
    renderer.render(element);
  }
}

/**
 * Records what sits right next to the article: sibling blocks left out (share bars, related
 * lists) and captions of pictures placed beside the body ("lead image" above the text).
 */
function noteSurroundings(
  index: PageIndex,
  top: number,
  roots: readonly number[],
  contentLength: number,
  renderer: ArticleRenderer,
): void {
  const parent = index.parent[top]!;
  if (parent < 0) return;
  const chosen = new Set(roots);
  const nearby = index.textLength[parent]! <= Math.max(3 * contentLength, contentLength + 2000);
  for (
    let sibling = index.elements[parent]!.firstElementChild;
    sibling;
    sibling = sibling.nextElementSibling
  ) {
    const position = index.indexOf.get(sibling);
    if (position === undefined || chosen.has(position)) continue;
    const name = index.tag[position]!;
    const kind = index.signal[position]!.kind;
    if (name === 'figure' || name === 'figcaption' || index.signal[position]!.caption) {
      if (name === 'figcaption' || index.signal[position]!.caption) renderer.addCaption(sibling);
      else renderer.collectCaptions(sibling, true);
    } else if (name === 'h1') {
      renderer.remove('title', sibling, 'near:tag:h1');
    } else if (kind !== null) {
      renderer.remove(kind, sibling, `near:class:${kind}`);
    } else if (nearby && index.textLength[position]! < 2000) {
      renderer.collectCaptions(sibling, false);
    }
  }
}
