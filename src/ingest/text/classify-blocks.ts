import type { RemovedKind } from '../../model/index.js';
import { creditOnly, looksLikeNameLine, splitCaption, type CaptionSplit } from './captions.js';
import { lexiconHits } from './lexicon.js';
import type { Block } from './lines.js';
import { bylineNames, datelineDate } from './metadata-lines.js';

/**
 * Step 5: a first label for every block from its own features and the lexicon, before any
 * context is taken into account.
 * - `good`: reads like a story paragraph (enough words, sentence-shaped, grammatical words);
 * - `short`: too short to judge alone (a sub-heading, a one-line quote, a menu item);
 * - `junk`: furniture, with its kind and the rule that said so;
 * - `suspect`: prose that uses furniture phrasing ("… sign up for the programme …"): kept inside
 *   the story, removed outside it; one with only weak words that reads as a story sentence ("… turned
 *   down an offer from Lyon, the club said.") also counts a little towards the story, so a lead or a
 *   last paragraph that mentions an offer is not cut from the story's edge;
 * - `caption`, `byline`, `dateline`: set apart with what they carry.
 */
export type InitialLabel =
  | { readonly class: 'good' }
  | { readonly class: 'short' }
  | {
      readonly class: 'suspect';
      readonly kind: RemovedKind;
      readonly origin: string;
      /** Only weak furniture words ("offer", "register") in a block shaped like a story sentence. */
      readonly storySentence?: boolean;
    }
  | { readonly class: 'junk'; readonly kind: RemovedKind; readonly origin: string }
  | {
      readonly class: 'caption';
      readonly caption:
        CaptionSplit | { readonly text: string; readonly credit: string; readonly origin: string };
    }
  | { readonly class: 'byline'; readonly names: string }
  | { readonly class: 'dateline'; readonly date: string };

/** Normalised text used to notice the same block repeated ("Oops!" three times). */
export function repetitionKey(content: string): string {
  return content.length > 200 ? content.slice(0, 200) : content.toLowerCase().replace(/\s+/g, ' ');
}

export function countRepetitions(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const key = repetitionKey(block.content);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Reads like prose: grammatical words or mostly lowercase words ("the minister said on Tuesday"). */
export function isProse(block: Block): boolean {
  const { words, functionWords, lowercaseWords } = block.features;
  if (words === 0) return false;
  return functionWords / words >= 0.12 || lowercaseWords / words >= 0.45;
}

/** Long enough and sentence-shaped enough to be a story paragraph on its own. */
export function isGood(block: Block): boolean {
  const { words, endsWithTerminal } = block.features;
  if (!isProse(block)) return false;
  return words >= 15 || (words >= 7 && endsWithTerminal);
}

function bulletWidget(block: Block): boolean {
  // "• Oops! / Something went wrong. / Please try again later.": a bulleted item of short lines with an error phrase.
  if (!block.bulleted || block.lines.length < 2) return false;
  return block.lines.every((line) => line.split(/\s+/u).length <= 8);
}

export function initialLabel(block: Block, repetitions: ReadonlyMap<string, number>): InitialLabel {
  const { words, linkLike, endsWithTerminal } = block.features;
  const content = block.content;

  const caption = block.lines.length === 1 ? splitCaption(content) : null;
  if (caption) return { class: 'caption', caption };
  const credit = block.lines.length === 1 ? creditOnly(content) : null;
  if (credit) return { class: 'caption', caption: { text: '', credit, origin: 'caption-credit-line' } };

  if (words <= 12) {
    const names = bylineNames(content);
    if (names) return { class: 'byline', names };
  }
  if (words <= 20) {
    const date = datelineDate(content);
    if (date) return { class: 'dateline', date };
  }

  const hits = lexiconHits(content);
  const first = hits[0];
  if (first) {
    if (first.strength === 'whole' && words <= 8)
      return { class: 'junk', kind: first.kind, origin: first.name };
    const strongHits = hits.filter((hit) => hit.strength !== 'weak');
    const strongest = strongHits[0];
    if (strongest) {
      if (words <= 25 || (hits.length >= 2 && words <= 70))
        return { class: 'junk', kind: strongest.kind, origin: strongest.name };
      if (block.bulleted && bulletWidget(block))
        return { class: 'junk', kind: strongest.kind, origin: strongest.name };
      return { class: 'suspect', kind: strongest.kind, origin: strongest.name };
    }
    // Only weak words ("newsletter", "register"): furniture when short and not a sentence.
    if (words <= 6 && !endsWithTerminal) return { class: 'junk', kind: first.kind, origin: first.name };
    if (words <= 40)
      return { class: 'suspect', kind: first.kind, origin: first.name, storySentence: isGood(block) };
  }

  const repeated = repetitions.get(repetitionKey(content)) ?? 0;
  if (repeated >= 3 && words <= 12) return { class: 'junk', kind: 'widget', origin: 'repeated-block' };
  if (repeated >= 2 && words <= 3 && !endsWithTerminal)
    return { class: 'junk', kind: 'navigation', origin: 'repeated-short-line' };

  if (linkLike && words < 30) return { class: 'junk', kind: 'navigation', origin: 'link-like-line' };
  if (isGood(block)) return { class: 'good' };
  return { class: 'short' };
}

/** A name alone on a line right before a caption ("Ana Ruiz") belongs to the picture. */
export function captionNameLine(block: Block, next: InitialLabel | undefined): boolean {
  return next?.class === 'caption' && block.lines.length === 1 && looksLikeNameLine(block.content);
}
