import type { Caption, Diagnostic, IngestResult, RemovedBlock, RemovedKind } from '../../model/index.js';
import { EMPTY_METADATA } from '../../model/index.js';
import { blockScore, bodyRegion, commentSectionStart, type Region } from './body-region.js';
import {
  captionNameLine,
  countRepetitions,
  initialLabel,
  isProse,
  repetitionKey,
  type InitialLabel,
} from './classify-blocks.js';
import { splitBlocks, type Block } from './lines.js';
import { publisherMention, type PublisherMention } from './metadata-lines.js';

/**
 * Boilerplate removal for scraped plain text (every visible block of a page on its own line).
 * The steps, in order:
 *   1. cut the text into blocks and measure them (`lines.ts`);
 *   2–5. label each block alone: lexicon of furniture phrasing, captions, byline, dateline,
 *        repetition, sentence shape (`lexicon.ts`, `captions.ts`, `metadata-lines.ts`,
 *        `classify-blocks.ts`);
 *   6. find the story as the best-scoring run of blocks (`body-region.ts`);
 *   7. decide in context (this file): the headline before the story, menus and related lists
 *      inside it, the publisher named by a promo or footer.
 */

export interface TextCleanOptions {
  /**
   * Keep the text of removed blocks in `removed[]` (default true). Bulk cleaning that only needs
   * the body can turn it off; kinds and origins are still recorded.
   */
  readonly recordRemoved?: boolean;
}

type Decision =
  | { readonly role: 'body' }
  | { readonly role: 'removed'; readonly kind: RemovedKind; readonly origin: string }
  | {
      readonly role: 'caption';
      readonly text: string;
      readonly credit: string | null;
      readonly origin: string;
    };

const BODY: Decision = Object.freeze({ role: 'body' });

function removed(kind: RemovedKind, origin: string): Decision {
  return { role: 'removed', kind, origin };
}

/** Furthest the headline is looked for above the story, in blocks. */
const TITLE_SEARCH_DISTANCE = 40;

/** A block that could be the headline: a handful of words, not a finished sentence, not a link. */
function headlineLike(block: Block): boolean {
  const { words, endsWithTerminal, linkLike, capitalisedWords, lowercaseWords } = block.features;
  if (words < 3 || words > 30 || linkLike || block.bulleted || block.lines.length > 1) return false;
  if (endsWithTerminal && !/[?!]["”’]?$/u.test(block.content)) return false;
  return capitalisedWords + lowercaseWords > 0;
}

function findTitle(
  blocks: readonly Block[],
  labels: readonly InitialLabel[],
  decisions: readonly Decision[],
  region: Region,
): number {
  const eligible = (index: number) => {
    const label = labels[index];
    const block = blocks[index];
    const decision = decisions[index];
    if (!label || !block || decision?.role !== 'removed') return false;
    if (label.class !== 'short' && label.class !== 'good') return false;
    return headlineLike(block);
  };
  if (region.end >= region.start) {
    const stop = Math.max(0, region.start - TITLE_SEARCH_DISTANCE);
    for (let index = region.start - 1; index >= stop; index--) if (eligible(index)) return index;
    return -1;
  }
  for (let index = 0; index < Math.min(blocks.length, TITLE_SEARCH_DISTANCE); index++)
    if (eligible(index)) return index;
  return -1;
}

/** Minimum run of short unpunctuated lines read as a menu: "Home / World / Sport". */
const MENU_RUN = 3;
const MENU_ITEM_WORDS = 6;

function isMenuItem(block: Block, label: InitialLabel | undefined): boolean {
  return (
    label?.class === 'short' && block.features.words <= MENU_ITEM_WORDS && !block.features.endsWithTerminal
  );
}

function outsideDecision(block: Block, label: InitialLabel): Decision {
  switch (label.class) {
    case 'junk':
    case 'suspect':
      return removed(label.kind, label.origin);
    case 'good':
      return removed('other', 'outside-story-prose');
    default:
      if (block.features.words <= MENU_ITEM_WORDS) return removed('navigation', 'outside-story-short-line');
      return removed(isProse(block) ? 'other' : 'related', 'outside-story-line');
  }
}

export function cleanText(raw: string, options: TextCleanOptions = {}): IngestResult {
  const recordRemoved = options.recordRemoved ?? true;
  const blocks = splitBlocks(raw);
  const repetitions = countRepetitions(blocks);
  const labels = blocks.map((block) => initialLabel(block, repetitions));
  const commentsStart = commentSectionStart(blocks, labels);
  const scores = blocks.map((block, index) =>
    index < commentsStart ? blockScore(block, labels[index] ?? { class: 'short' }) : -1,
  );
  const region = bodyRegion(scores);
  const hasStory = region.end >= region.start;
  const diagnostics: Diagnostic[] = [];

  // First decision: labels inside the story are kept, outside are removed.
  const decisions: Decision[] = blocks.map((block, index) => {
    const label = labels[index] ?? { class: 'short' };
    switch (label.class) {
      case 'caption':
        return {
          role: 'caption',
          text: label.caption.text,
          credit: label.caption.credit,
          origin: label.caption.origin,
        };
      case 'byline':
        return removed('byline', 'byline-line');
      case 'dateline':
        return removed('dateline', 'dateline-line');
      case 'junk':
        return removed(label.kind, label.origin);
      default:
        if (!hasStory) return label.class === 'suspect' ? removed(label.kind, label.origin) : BODY;
        if (index >= region.start && index <= region.end) return BODY;
        if (index > commentsStart && label.class !== 'suspect') return removed('comment', 'comment-section');
        return outsideDecision(block, label);
    }
  });

  // "Ana Ruiz" alone right before her picture's caption is caption furniture.
  for (let index = 0; index + 1 < blocks.length; index++) {
    const block = blocks[index];
    if (block && decisions[index]?.role !== 'caption' && captionNameLine(block, labels[index + 1])) {
      decisions[index] = removed('caption', 'caption-name-line');
    }
  }

  // Runs of menu items and the headline list after "Related:" are furniture even inside the story.
  for (let index = 0; index < blocks.length;) {
    let end = index;
    while (end < blocks.length && isMenuItem(blocks[end] as Block, labels[end])) end++;
    if (end - index >= MENU_RUN) {
      for (let item = index; item < end; item++)
        if (decisions[item]?.role === 'body') decisions[item] = removed('navigation', 'menu-run');
    }
    index = end > index ? end : index + 1;
  }
  for (let index = 0; index < blocks.length; index++) {
    const label = labels[index];
    if (label?.class !== 'junk' || label.origin !== 'related-heading') continue;
    for (let item = index + 1; item < blocks.length; item++) {
      const itemLabel = labels[item];
      const block = blocks[item] as Block;
      if (itemLabel?.class === 'good' && block.features.endsWithTerminal) break;
      if (itemLabel?.class !== 'short' && itemLabel?.class !== 'good') break;
      const decision = decisions[item];
      if (
        decision?.role === 'body' ||
        (decision?.role === 'removed' && decision.origin.startsWith('outside-story'))
      ) {
        decisions[item] = removed('related', 'related-list');
      }
    }
  }

  // The headline: the nearest headline-like line above the story, and its repetitions.
  let title: string | null = null;
  const titleIndex = hasStory
    ? findTitle(blocks, labels, decisions, region)
    : findTitle(
        blocks,
        labels,
        decisions.map((decision, index) =>
          labels[index]?.class === 'short' ? removed('other', 'candidate') : decision,
        ),
        region,
      );
  if (titleIndex >= 0) {
    const titleBlock = blocks[titleIndex] as Block;
    title = titleBlock.content;
    const key = repetitionKey(titleBlock.content);
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index] as Block;
      if (decisions[index]?.role !== 'caption' && repetitionKey(block.content) === key)
        decisions[index] = removed('title', 'headline-above-story');
    }
  }

  // Metadata carried by removed lines.
  let byline: string | null = null;
  let published: string | null = null;
  let publisher: PublisherMention | null = null;
  for (let index = 0; index < blocks.length; index++) {
    const label = labels[index];
    const decision = decisions[index];
    if (label?.class === 'byline' && byline === null) byline = label.names;
    if (label?.class === 'dateline' && published === null) published = label.date;
    if (decision?.role !== 'removed' || decision.kind === 'title') continue;
    const outsideStory = !hasStory || index < region.start || index > region.end;
    if (
      decision.kind === 'promo' ||
      decision.kind === 'legal' ||
      (outsideStory && decision.kind !== 'byline' && decision.kind !== 'dateline')
    ) {
      const mention = publisherMention((blocks[index] as Block).content);
      if (!mention) continue;
      if (
        mention.origin === 'publisher-masthead' &&
        decision.kind !== 'navigation' &&
        decision.kind !== 'other' &&
        decision.kind !== 'related'
      )
        continue;
      if (mention.origin === 'publisher-masthead') decisions[index] = removed('publisher', mention.origin);
      if (publisher === null || mention.confidence > publisher.confidence) publisher = mention;
    }
  }

  // Assemble: one paragraph per kept line, furniture runs merged into one removed block.
  const paragraphs: string[] = [];
  const removedBlocks: RemovedBlock[] = [];
  const captions: Caption[] = [];
  let previousRemoved: { kind: RemovedKind; origin: string; lines: string[]; bulleted: boolean } | null =
    null;
  const flushRemoved = () => {
    if (previousRemoved) {
      removedBlocks.push({
        kind: previousRemoved.kind,
        origin: previousRemoved.origin,
        text: recordRemoved ? previousRemoved.lines.join('\n') : '',
      });
    }
    previousRemoved = null;
  };
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    const decision = decisions[index] ?? BODY;
    if (decision.role === 'body') {
      flushRemoved();
      for (const line of block.lines) paragraphs.push(line);
      continue;
    }
    if (decision.role === 'caption') {
      flushRemoved();
      captions.push({ text: decision.text, credit: decision.credit });
      removedBlocks.push({ kind: 'caption', origin: decision.origin, text: recordRemoved ? block.text : '' });
      continue;
    }
    const current: { kind: RemovedKind; origin: string; lines: string[]; bulleted: boolean } | null =
      previousRemoved;
    if (
      current &&
      current.kind === decision.kind &&
      current.origin === decision.origin &&
      !current.bulleted &&
      !block.bulleted
    ) {
      current.lines.push(block.text);
      continue;
    }
    flushRemoved();
    previousRemoved = {
      kind: decision.kind,
      origin: decision.origin,
      lines: [block.text],
      bulleted: block.bulleted,
    };
  }
  flushRemoved();

  if (paragraphs.length === 0 && blocks.length > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'no-article-body',
      message:
        'no block of the text reads like an article paragraph; everything was classified as page furniture',
      origin: 'clean-text',
    });
  }

  return {
    text: paragraphs.join('\n\n'),
    metadata: { ...EMPTY_METADATA, title, byline, published, publisher: publisher?.name ?? null },
    removed: removedBlocks,
    captions,
    diagnostics,
  };
}
