import type { PageIndex } from './page-index.js';

/**
 * Picks the element that holds the article, Readability-style but in one sweep over the index:
 * every text block earns points (length, commas, few links) that flow to its ancestors with a
 * decay; names like "article-body" add and "sidebar" subtract; link-heavy containers lose. Then
 * the winner may widen to a parent that holds several near-winners, and siblings that look like
 * more of the same article join it.
 */
export interface ContainerChoice {
  /** The chosen container (index into the page index), -1 when nothing scored. */
  readonly top: number;
  /** The elements whose content forms the article, in document order (the container and joined siblings). */
  readonly roots: readonly number[];
  readonly score: number;
  /** The rules that shaped the choice, for the result's diagnostics. */
  readonly origin: string;
}

/** Blocks whose points go to their parent: they are paragraphs, not sections. */
const PARAGRAPH_TAGS = new Set([
  'p',
  'pre',
  'li',
  'dd',
  'dt',
  'blockquote',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'caption',
  'th',
  'address',
]);

const TAG_BONUS: Record<string, number> = {
  div: 5,
  article: 15,
  main: 5,
  section: 3,
  td: 3,
  pre: 3,
  blockquote: 3,
  body: -5,
  form: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  li: -3,
  address: -3,
  dd: -3,
  dt: -3,
  header: -10,
  footer: -25,
  nav: -25,
  aside: -25,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
  table: -2,
};

const MAX_ANCESTOR_LEVELS = 5;
const WIDEN_GAIN_SHARE = 1.0;
const WIDEN_GAIN_MINIMUM = 300;
const WIDEN_MAX_LINK_DENSITY = 0.3;

export function linkDensity(index: PageIndex, element: number): number {
  const text = index.textLength[element]!;
  return text === 0 ? 0 : index.linkTextLength[element]! / text;
}

function nameBonus(index: PageIndex, element: number): number {
  const signal = index.signal[element]!;
  let bonus = signal.polarity * 25;
  const item = index.elements[element]!.getAttribute('itemprop');
  if (item !== null && /articlebody|text/i.test(item)) bonus += 30;
  return bonus;
}

export function chooseContainer(index: PageIndex): ContainerChoice {
  const count = index.elements.length;
  const credit = new Float64Array(count);
  const scored = new Uint8Array(count);
  for (let element = 0; element < count; element++) {
    const length = index.inlineTextLength[element]!;
    if (length < 25) continue;
    const name = index.tag[element]!;
    if (name === 'h1' || name === 'nav' || name === 'footer' || name === 'aside') continue;
    const linkShare = index.inlineLinkLength[element]! / length;
    if (linkShare > 0.6) continue;
    const points =
      (1 + index.inlineCommas[element]! + Math.min(3, Math.floor(length / 100))) * (1 - linkShare);
    let target = PARAGRAPH_TAGS.has(name) ? index.parent[element]! : element;
    for (let level = 0; level < MAX_ANCESTOR_LEVELS && target >= 0; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      credit[target]! += points / divider;
      scored[target] = 1;
      target = index.parent[target]!;
    }
  }

  let top = -1;
  let topScore = -Infinity;
  const finalScore = new Float64Array(count);
  for (let element = 0; element < count; element++) {
    if (!scored[element]) continue;
    // A content-like name ("contentheading", "article-date") must not make a one-line block win:
    // positive bonuses grow with the text the element holds.
    let bonus = (TAG_BONUS[index.tag[element]!] ?? 0) + nameBonus(index, element);
    if (bonus > 0) bonus *= Math.min(1, index.textLength[element]! / 1000);
    const base = credit[element]! + bonus;
    const score = base * (1 - linkDensity(index, element));
    finalScore[element] = score;
    if (score > topScore) {
      topScore = score;
      top = element;
    }
  }
  if (top < 0) return { top: -1, roots: [], score: 0, origin: 'container:none' };
  const origins: string[] = ['container:best-score'];

  // Several strong candidates under one ancestor ("story-part-1", "story-part-2" after an ad):
  // the article is their common ancestor.
  const alternatives: number[] = [];
  for (let element = 0; element < count; element++) {
    if (element !== top && scored[element] && finalScore[element]! >= topScore * 0.75)
      alternatives.push(element);
  }
  if (alternatives.length >= 2) {
    const isAncestor = (ancestor: number, element: number) => {
      for (let node = element; node >= 0; node = index.parent[node]!) if (node === ancestor) return true;
      return false;
    };
    let candidate = index.parent[top]!;
    for (let steps = 0; candidate >= 0 && steps < 6; steps++) {
      let contained = 0;
      for (const alternative of alternatives)
        if (!isAncestor(alternative, top) && isAncestor(candidate, alternative)) contained++;
      if (contained >= 2) {
        top = candidate;
        origins.push('container:common-ancestor');
        break;
      }
      candidate = index.parent[candidate]!;
    }
  }

  // Climb while the parent scores better (the article's wrapper collects its paragraphs' points),
  // and through wrappers that hold nothing else.
  let lastScore = finalScore[top]!;
  for (let parent = index.parent[top]!; parent >= 0; parent = index.parent[parent]!) {
    if (index.textLength[parent]! <= index.textLength[top]! * 1.02 && index.tag[parent] !== 'body') {
      top = parent;
      lastScore = Math.max(lastScore, finalScore[parent]!);
      continue;
    }
    if (finalScore[parent]! > lastScore) {
      top = parent;
      lastScore = finalScore[parent]!;
      origins.push('container:parent-scores-higher');
      continue;
    }
    break;
  }

  // Widen to a wrapper that holds clearly more prose: articles split into sections ("<section>
  // intro</section><div class=ad/><section>rest</section>") or a lead paragraph kept apart from the body.
  for (let steps = 0; steps < 3; steps++) {
    const parent = index.parent[top]!;
    if (
      parent < 0 ||
      index.tag[parent] === 'body' ||
      index.tag[parent] === 'html' ||
      index.signal[parent]!.polarity < 0
    )
      break;
    const gain = index.prose[parent]! - index.prose[top]!;
    if (
      gain < WIDEN_GAIN_SHARE * index.prose[top]! ||
      gain < WIDEN_GAIN_MINIMUM ||
      linkDensity(index, parent) > WIDEN_MAX_LINK_DENSITY
    )
      break;
    top = parent;
    origins.push('container:widened-to-more-prose');
  }

  // Siblings that continue the article: well-scored, or plain paragraphs of prose.
  const roots: number[] = [];
  const parent = index.parent[top]!;
  if (parent < 0) return { top, roots: [top], score: topScore, origin: origins.join(' ') };
  const threshold = Math.max(10, finalScore[top]! * 0.2);
  const topClass = index.elements[top]!.getAttribute('class') ?? '';
  let joined = false;
  for (
    let sibling = index.elements[parent]!.firstElementChild;
    sibling;
    sibling = sibling.nextElementSibling
  ) {
    const element = index.indexOf.get(sibling);
    if (element === undefined) continue;
    if (element === top) {
      roots.push(element);
      continue;
    }
    if (index.signal[element]!.polarity < 0) continue;
    let score = finalScore[element]!;
    if (topClass.length > 0 && sibling.getAttribute('class') === topClass) score += finalScore[top]! * 0.2;
    const length = index.textLength[element]!;
    const density = linkDensity(index, element);
    let join = scored[element] === 1 && score >= threshold && density < 0.35;
    if (!join && index.tag[element] === 'p') {
      const text = sibling.textContent ?? '';
      join = (length > 80 && density < 0.25) || (length > 0 && density === 0 && /[.!?。]\s*$/.test(text));
    }
    if (join) {
      roots.push(element);
      joined = true;
    }
  }
  if (joined) origins.push('container:siblings-joined');
  return { top, roots, score: topScore, origin: origins.join(' ') };
}
