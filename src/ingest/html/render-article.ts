import type { Caption, RemovedBlock, RemovedKind } from '../../model/index.js';
import { splitCaption } from './captions.js';
import { linkDensity } from './choose-container.js';
import { holdsStoryParagraph } from './story-paragraph.js';
import type { ClassSignal } from './class-signals.js';
import { INLINE_TAGS, type PageIndex } from './page-index.js';

/**
 * Turns the chosen elements into paragraphs, dropping the boilerplate that sits inside an
 * article (inline ads, share bars, related-link lists, bylines) and setting captions apart.
 */
export interface RenderedArticle {
  readonly paragraphs: string[];
  readonly removed: RemovedBlock[];
  readonly captions: Caption[];
}

const MAX_REMOVED = 60;
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const MAX_REMOVED_TEXT = 300;
const MAX_CAPTIONS = 100;

/**
 * Labels that stand alone between paragraphs: "Advertisement", "Anzeige", "Story continues below
 * advertisement". Only whole short paragraphs match, never words inside prose.
 */
const AD_LABEL =
  /^(?:advertisement|advertising|advertisment|ad|ads|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|reklama|advertentie|annonce|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading (?:below|the main story)|scroll to continue(?: with content)?|scroll down (?:to|for) (?:read |see )?more|weiterlesen nach der anzeige|lesen sie nach der werbung weiter)\W*$/i;
/** Share prompts: "Share this article", "Share on Facebook", "Teilen", "Follow us on Twitter". */
const SHARE_PROMPT =
  /^(?:share(?: this)?(?: article| story| page| post)?|share (?:on|via) [\p{L} ]{1,30}|tweet|email|e-mail|print|teilen|drucken|partager|compartir|condividi|follow us(?: on [\p{L} ]{1,30})?)\W*$/iu;

/**
 * The heading that opens the readers' comments under an article, as a whole block: "Comments",
 * "12 comments", "Reader comments (4)", "Post a comment", "Leave a reply", "Have your say",
 * "Comments are now closed for this story", "3 responses to …". Not a count after a colon
 * ("Talkbacks for this article: 18"): that is a counter in a toolbar, often above the article.
 */
export const COMMENTS_HEADING =
  /^(?:(?:\d+\s+)?(?:(?:readers?'?|users?'?|your|visitor|latest|recent|all|view|show|read)\s+)?(?:comments?|talkbacks?)(?:\s*\(\d+\))?|(?:post|leave|add|write|submit|make|send)\s+(?:a|your|an?)\s+(?:comment|reply|response|talkback)|comments?\s+(?:are|is|have been)\s+(?:now\s+)?closed\b.{0,60}|(?:thanks|thank you) for your comments\b.{0,80}|have your say(?: on this (?:story|article))?|\d+\s+(?:responses?|replies)(?:\s+to\s+.{1,100})?)\W*$/iu;

/**
 * The `name` or `id` of an empty anchor that marks where the readers' comments begin ("<a
 * name=comments>", "commentSection", "article_comments", "comment-1034545", "jc_writeComment").
 * Not "startofcommented" or "mostcommented": those mark the article or a list of stories.
 */
const COMMENTS_ANCHOR = /comments?(?:section|box|form|area|list|post|s)?$/;

/** A link line: at most this long, and at least this share of it link text; runs of this many. */
const MAX_LINK_LINE = 150;
const MIN_LINK_LINE_SHARE = 0.6;
const MIN_LINK_RUN = 3;
const MIN_LABEL_LINK_SHARE = 0.35;

/** Article text (characters of paragraphs) that must come before a comments marker is believed. */
const MIN_PROSE_BEFORE_COMMENTS = 250;

/**
 * A menu written out as text: three or more short items between vertical bars or middle dots, perhaps after a
 * label ("News: ePaper | Front Page | Sport | Jobs |", "Home | About us | Terms | Privacy"). Each item
 * is one to five words with no sentence punctuation; prose never reads like this.
 */
export function isPipeMenu(text: string): boolean {
  if (text.length > 400) return false;
  const body = text.replace(/^[\p{L} ]{1,20}:\s/u, '');
  const parts = body.split(/[|·•]/u);
  const items = parts.map((item) => item.trim()).filter((item) => item.length > 0);
  if (items.length < 3 || parts.length < 3) return false;
  return items.every(
    (item) => item.length <= 40 && item.split(' ').length <= 5 && !/[.!?;:,"“”]/u.test(item),
  );
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string): string {
  return text.length > MAX_REMOVED_TEXT ? `${text.slice(0, MAX_REMOVED_TEXT - 1)}…` : text;
}

/**
 * The text a reader sees in an element (no script or style source), collapsed, stopping once
 * `limit` characters are gathered so that a huge removed block costs little.
 */
export function visibleText(index: PageIndex, element: Element, limit: number): string {
  const parts: string[] = [];
  let gathered = 0;
  const stack: Node[] = [element];
  while (stack.length > 0 && gathered < limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      gathered += value.length;
      continue;
    }
    if (node.nodeType !== 1 || !index.indexOf.has(node as Element)) continue;
    if ((node as Element).localName === 'br') parts.push(' ');
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  const text = collapse(parts.join(' '));
  return text;
}

/**
 * The letter of a drop cap: an element whose only text is one capital letter (an image's alt text
 * for a picture of the letter), written just before the rest of its word in lower case ("<span
 * class=dropcap aria-hidden=true>T</span>he mayor", "<div class=initial>T</div><p>he mayor",
 * "<img alt=T>he mayor"). Styled, hidden or set in a block of its own, the letter would be lost
 * ("he mayor") or stand apart as a paragraph; null for any other element.
 */
function dropCapInitial(index: PageIndex, element: Element, root: Element): string | null {
  const position = index.indexOf.get(element);
  if (position !== undefined && index.textLength[position]! > 3) return null;
  if (element.firstChild === null && element.localName !== 'img') return null;
  const letter = (
    element.localName === 'img' ? (element.getAttribute('alt') ?? '') : (element.textContent ?? '')
  ).trim();
  if (!/^\p{Lu}$/u.test(letter)) return null;
  const next = nextVisibleText(index, element, root);
  return next !== null && /^\p{Ll}/u.test(next.trimStart()) ? letter : null;
}

/** The first text with a letter or sign after `element` (and its content) within `root`, or null. */
function nextVisibleText(index: PageIndex, element: Element, root: Element): string | null {
  const after = (node: Node): Node | null => {
    let current: Node | null = node;
    while (current !== null && current !== root && current.nextSibling === null) current = current.parentNode;
    return current === null || current === root ? null : current.nextSibling;
  };
  let current = after(element);
  for (let steps = 0; current !== null && steps < 40; steps += 1) {
    if (current.nodeType === 3) {
      const value = current.nodeValue ?? '';
      if (/\S/u.test(value)) return value;
    } else if (
      current.nodeType === 1 &&
      index.indexOf.has(current as Element) &&
      current.firstChild !== null
    ) {
      current = current.firstChild;
      continue;
    }
    current = after(current);
  }
  return null;
}

/** An empty anchor named for the comments ("<a name=comments></a>", "<a id=comment-1034545>"). */
export function isCommentsAnchor(element: Element): boolean {
  if (element.localName !== 'a' || element.firstElementChild !== null) return false;
  for (const attribute of ['name', 'id']) {
    const value = element.getAttribute(attribute);
    if (value === null) continue;
    const compact = value.toLowerCase().replace(/[^a-z]+/g, '');
    if (COMMENTS_ANCHOR.test(compact)) return true;
  }
  return false;
}

/** The text node sits inside a link (looked up to three levels, within the rendered root). */
function insideLink(node: Node, root: Element): boolean {
  let current = node.parentNode;
  for (let level = 0; level < 3 && current !== null && current !== root; level++) {
    if ((current as Element).localName === 'a' && (current as Element).hasAttribute('href')) return true;
    current = current.parentNode;
  }
  return false;
}

export class ArticleRenderer {
  readonly paragraphs: string[] = [];
  readonly removed: RemovedBlock[] = [];
  readonly captions: Caption[] = [];
  private readonly seenCaptions = new Set<Element>();
  private buffer: string[] = [];
  /** Characters in `buffer` that came from link text. */
  private bufferLinkChars = 0;
  /** For each paragraph, the share of its characters that are link text. */
  private readonly linkShares: number[] = [];
  /** Characters of the paragraphs emitted so far. */
  private proseEmitted = 0;
  /**
   * Set when the readers' comments begin: the element that holds them (the block around the
   * marker); everything up to its end is dropped.
   */
  private commentsScope: Element | null = null;
  /** The block elements open while rendering, innermost last. */
  private readonly openBlocks: Element[] = [];
  /** A drop cap's letter, set apart in an element of its own, waiting for the rest of its word. */
  private pendingInitial: string | null = null;
  /** Index in `paragraphs` of the paragraph a heading element produced, -1 when the last one is no heading. */
  private headingStart = -1;

  /**
   * Prose held by all flagged blocks that share a class name, in the chosen content: a site that
   * names every paragraph "story-widget-text" repeats the name down the article, and together
   * those blocks are the article.
   */
  private readonly flaggedGroupProse = new Map<ClassSignal, number>();

  constructor(
    private readonly index: PageIndex,
    /** Text outside links in the whole chosen content, to judge whether a flagged block is too big to be boilerplate. */
    private readonly contentProse: number,
    roots: readonly number[] = [],
  ) {
    for (const root of roots) {
      const end = index.subtreeEnd[root]!;
      for (let position = root + 1; position <= end; position++) {
        const signal = index.signal[position]!;
        if (signal.kind === null || signal.kind === 'comment') continue;
        this.flaggedGroupProse.set(
          signal,
          (this.flaggedGroupProse.get(signal) ?? 0) + index.prose[position]!,
        );
        position = index.subtreeEnd[position]!; // nested flagged blocks count once
      }
    }
  }

  /**
   * Drops runs of link lines left in the text: three or more paragraphs in a row that are short
   * and mostly link text ("Berbatov could leave, says agent (31 Dec 07)", ">> News - Apple …"),
   * with a short label just before them ("Related to this story:"). Lists marked up as lists
   * are removed earlier; these are lines set apart by line breaks or in blocks of their own.
   * Returns the paragraphs that are left.
   */
  dropLinkRuns(): string[] {
    const paragraphs = this.paragraphs;
    // A line that does not end like a sentence needs less link text ("Headline (31 Dec 07 | Sport)").
    const isLinkLine = (position: number) => {
      const line = paragraphs[position]!;
      const share = this.linkShares[position]!;
      return (
        line.length <= MAX_LINK_LINE &&
        (share >= MIN_LINK_LINE_SHARE || (share >= MIN_LABEL_LINK_SHARE && !/[.!?"”’]$/u.test(line)))
      );
    };
    const dropped = new Set<number>();
    for (let start = 0; start < paragraphs.length;) {
      if (!isLinkLine(start)) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < paragraphs.length && isLinkLine(end + 1)) end++;
      if (end - start + 1 >= MIN_LINK_RUN) {
        for (let position = start; position <= end; position++) dropped.add(position);
        const label = paragraphs[start - 1];
        if (label !== undefined && label.length <= 60 && !/[.!?"”’]$/u.test(label)) dropped.add(start - 1);
      }
      start = end + 1;
    }
    if (dropped.size === 0 || dropped.size === paragraphs.length) return paragraphs;
    for (const position of [...dropped].sort((left, right) => left - right))
      this.remove('related', paragraphs[position]!, 'text:link-lines');
    return paragraphs.filter((_, position) => !dropped.has(position));
  }

  /**
   * Between two chosen elements (paragraphs joined from one parent), an element left out that
   * opens the readers' comments: an empty comments anchor or a comments heading. The chosen
   * elements after it are comments ("<p class=story>" for the article and for each comment).
   */
  opensComments(element: Element): boolean {
    if (this.proseEmitted < MIN_PROSE_BEFORE_COMMENTS) return false;
    const position = this.index.indexOf.get(element);
    if (position === undefined) return false;
    const length = this.index.textLength[position]!;
    if (length === 0) {
      if (isCommentsAnchor(element)) return true;
      const anchors = element.getElementsByTagName('a');
      for (let at = 0; at < anchors.length; at++) if (isCommentsAnchor(anchors[at]!)) return true;
      return false;
    }
    return (
      length <= 160 &&
      this.index.linkTextLength[position]! < length / 2 &&
      COMMENTS_HEADING.test(visibleText(this.index, element, 200))
    );
  }

  remove(kind: RemovedKind, element: Element | string, origin: string): void {
    if (this.removed.length >= MAX_REMOVED) return;
    const text =
      typeof element === 'string' ? element : visibleText(this.index, element, MAX_REMOVED_TEXT + 1);
    if (text.length === 0) return;
    this.removed.push({ kind, text: clip(text), origin });
  }

  addCaption(element: Element): void {
    if (this.seenCaptions.has(element) || this.captions.length >= MAX_CAPTIONS) return;
    this.seenCaptions.add(element);
    let creditText: string | null = null;
    const stack: Element[] = [element];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
        const position = this.index.indexOf.get(child);
        if (position !== undefined && this.index.signal[position]!.credit) {
          creditText = (creditText === null ? '' : `${creditText} `) + (child.textContent ?? '');
        } else {
          stack.push(child);
        }
      }
    }
    const caption = splitCaption(element.textContent ?? '', creditText);
    if (caption !== null) this.captions.push(caption);
  }

  /** `closing` is the block whose end calls the flush (its text is complete). */
  private flush(closing: Element | null = null): void {
    if (this.buffer.length === 0) return;
    const text = collapse(this.buffer.join(''));
    const linkChars = this.bufferLinkChars;
    this.buffer = [];
    this.bufferLinkChars = 0;
    if (text.length === 0) return;
    if (
      text.length <= 160 &&
      linkChars < text.length / 2 &&
      this.proseEmitted >= MIN_PROSE_BEFORE_COMMENTS &&
      COMMENTS_HEADING.test(text)
    ) {
      this.dropDanglingHeading('comment');
      this.remove('comment', text, 'text:comments-heading');
      // A heading block of its own ("<h3>Comments</h3>") opens comments in its parent; a heading
      // run in with other inline text ("<b>Comments</b><br>…") opens them in its own block.
      const blocks = this.openBlocks;
      const top = blocks[blocks.length - 1] ?? null;
      this.commentsScope = closing !== null && top === closing ? (blocks[blocks.length - 2] ?? top) : top;
      return;
    }
    if (text.length <= 60 && AD_LABEL.test(text)) {
      this.remove('advertisement', text, 'label:advertisement');
      return;
    }
    if (isPipeMenu(text)) {
      this.remove('navigation', text, 'text:pipe-menu');
      return;
    }
    if (text.length <= 60 && SHARE_PROMPT.test(text)) {
      this.remove('share', text, 'label:share');
      return;
    }
    if (this.headingStart !== this.paragraphs.length) this.headingStart = -1;
    this.paragraphs.push(text);
    this.linkShares.push(linkChars / text.length);
    this.proseEmitted += text.length;
  }

  /** Why an element inside the content is dropped, or null to keep it. */
  private verdict(position: number): { kind: RemovedKind; origin: string } | null {
    const index = this.index;
    const name = index.tag[position]!;
    const length = index.textLength[position]!;
    // Text outside links, as a share of the chosen content's: a block holding most of the prose is
    // the article even when its name or its links look like boilerplate.
    const prose = length - index.linkTextLength[position]!;
    const proseShare = prose / Math.max(1, this.contentProse);
    if (name === 'nav') return { kind: 'navigation', origin: 'tag:nav' };
    if (name === 'aside' && proseShare < 0.5) return { kind: 'widget', origin: 'tag:aside' };
    if (name === 'footer' && proseShare < 0.5) return { kind: 'legal', origin: 'tag:footer' };
    if (name === 'h1') return { kind: 'title', origin: 'tag:h1' };
    const signal = index.signal[position]!;
    // An embedded post ("<blockquote class=twitter-tweet>") is quoted content, not a share button.
    if (signal.kind !== null && !(name === 'blockquote' && signal.kind === 'share')) {
      const keep =
        (signal.polarity === 0 && proseShare > 0.3) ||
        ((signal.kind === 'byline' || signal.kind === 'dateline') && length > 400) ||
        (proseShare > 0.5 && signal.kind !== 'comment') ||
        (this.flaggedGroupProse.get(signal) ?? 0) > 0.5 * this.contentProse ||
        ((signal.kind === 'advertisement' || signal.kind === 'dateline' || signal.kind === 'byline') &&
          holdsStoryParagraph(index.elements[position]!));
      if (!keep) return { kind: signal.kind, origin: `class:${signal.kind}` };
    }
    if (length > 0 && !INLINE_TAGS.has(name) && proseShare < 0.25) {
      const density = linkDensity(index, position);
      if (
        name === 'ul' ||
        name === 'ol' ||
        name === 'dl' ||
        name === 'table' ||
        name === 'div' ||
        name === 'section'
      ) {
        if (density > 0.5) {
          return {
            kind: name === 'div' || name === 'section' ? 'navigation' : 'related',
            origin: 'links:dense-block',
          };
        }
      } else if (density > 0.6 && length < 300) {
        return { kind: 'related', origin: 'links:dense-paragraph' };
      }
    }
    return null;
  }

  private isCaption(position: number): boolean {
    const name = this.index.tag[position]!;
    if (name === 'figcaption') return true;
    return (
      this.index.signal[position]!.caption && this.index.textLength[position]! < 800 && name !== 'figure'
    );
  }

  /** Emits one chosen element's content. Iterative: deep pages must not overflow the stack. */
  render(root: Element): void {
    const index = this.index;
    // Two parallel stacks (node, is-exit marker) instead of one object per node.
    const nodes: Node[] = [root];
    const exits: boolean[] = [false];
    while (nodes.length > 0) {
      const node = nodes.pop()!;
      const exit = exits.pop()!;
      if (this.commentsScope !== null) {
        // The readers' comments run to the end of the block that holds them.
        if (exit) {
          this.openBlocks.pop();
          if (node === this.commentsScope) this.commentsScope = null;
        } else if (node.nodeType === 1) {
          this.remove('comment', node as Element, 'comments:after-start');
        }
        continue;
      }
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        if (/\S/u.test(value) && insideLink(node, root)) this.bufferLinkChars += collapse(value).length;
        if (this.pendingInitial !== null && /\S/u.test(value)) {
          this.buffer.push(this.pendingInitial + value.trimStart());
          this.pendingInitial = null;
        } else this.buffer.push(value);
        continue;
      }
      if (exit) {
        this.flush(node as Element);
        this.openBlocks.pop();
        continue;
      }
      const element = node as Element;
      if (element !== root) {
        const initial = dropCapInitial(index, element, root);
        if (initial !== null) {
          this.pendingInitial = initial;
          continue;
        }
      }
      const position = index.indexOf.get(element);
      if (position === undefined) continue; // a skipped tag (script, form control) or hidden
      const name = index.tag[position]!;
      if (
        element !== root &&
        index.textLength[position] === 0 &&
        this.proseEmitted >= MIN_PROSE_BEFORE_COMMENTS &&
        isCommentsAnchor(element)
      ) {
        this.flush();
        this.dropDanglingHeading('comment');
        this.commentsScope = this.openBlocks[this.openBlocks.length - 1] ?? root;
        continue;
      }
      if (name === 'br') {
        this.flush();
        continue;
      }
      if (element !== root) {
        if (this.isCaption(position)) {
          this.flush();
          this.addCaption(element);
          continue;
        }
        if (name === 'figure' && index.textLength[position]! < 600) {
          this.flush();
          this.collectCaptions(element, true);
          continue;
        }
        const verdict = this.verdict(position);
        if (verdict !== null) {
          this.flush();
          this.dropDanglingHeading(verdict.kind);
          this.remove(verdict.kind, element, verdict.origin);
          continue;
        }
      }
      if (!INLINE_TAGS.has(name)) {
        this.flush();
        nodes.push(element);
        exits.push(true);
        this.openBlocks.push(element);
        if (HEADING_TAGS.has(name)) this.headingStart = this.paragraphs.length;
      } else if (name === 'img') {
        continue;
      }
      for (let child = element.lastChild; child; child = child.previousSibling) {
        if (child.nodeType === 1 || child.nodeType === 3) {
          nodes.push(child);
          exits.push(false);
        }
      }
    }
    this.flush();
    this.commentsScope = null;
    this.openBlocks.length = 0;
    // A heading that ends the content introduces something that was left out ("More on this story").
    this.dropDanglingHeading('related');
  }

  /**
   * "<h3>You might also like</h3><ul class=related>…": when a removed block follows a heading
   * directly, the heading announced the removed block and goes with it.
   */
  private dropDanglingHeading(kind: RemovedKind): void {
    const last = this.paragraphs.length - 1;
    if (last < 0 || this.headingStart !== last) return;
    const heading = this.paragraphs[last]!;
    if (heading.length > 100) return;
    this.paragraphs.pop();
    this.linkShares.pop();
    this.headingStart = -1;
    this.remove(kind, heading, 'heading:announces-removed-block');
  }

  /** Finds captions inside an element; `wholeFigure` uses a figure's text when it has no caption element. */
  collectCaptions(element: Element, wholeFigure: boolean): void {
    const stack: Element[] = [element];
    let found = false;
    let visited = 0;
    while (stack.length > 0 && visited < 5_000) {
      const node = stack.pop()!;
      visited++;
      const position = this.index.indexOf.get(node);
      if (position === undefined) continue;
      if (node !== element && this.isCaption(position)) {
        this.addCaption(node);
        found = true;
        continue;
      }
      for (let child = node.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    }
    if (!found && wholeFigure) {
      const position = this.index.indexOf.get(element);
      if (
        position !== undefined &&
        this.index.textLength[position]! > 0 &&
        this.index.textLength[position]! < 400
      )
        this.addCaption(element);
    }
  }
}
