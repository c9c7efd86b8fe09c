import type { Entity, Span } from '../../../model/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { isNewsOrganisation } from '../../lexicon/index.js';
import type { ContentIndex } from './content-index.js';
import type { DocumentIndex } from './document-index.js';
import { OUTLET_HEADS, OUTLET_NAME_WORDS, REPORT_CUE } from './words.js';

/**
 * Links between attributions and to the entities around them: which attribution holds another in
 * its content (nesting), which entities are news outlets, and which earlier report an addressee
 * ("told the agency") points back to.
 */

function spanLength(span: Span): number {
  return span.end - span.start;
}

/**
 * The attribution whose content holds this one's cue: "X reported that four sources
 * said …" → the sources' attribution is inside X's. The innermost holder wins; -1 when none.
 */
export function findContainers(
  candidates: readonly AttributionCandidate[],
  contents: ContentIndex,
): Int32Array {
  const containers = new Int32Array(candidates.length).fill(-1);
  candidates.forEach((candidate, position) => {
    const cue = candidate.cue;
    if (cue === null) return;
    let best = -1;
    let bestLength = Infinity;
    for (const span of contents.holding(cue.start, cue.end)) {
      if (span.owner === position) continue;
      // a source wholly outside the content belongs to a coordinated clause, not a nested one:
      // "Ukraine has rejected allegations … and suggested …" (an over-long first content)
      const source = candidate.source;
      if (source !== null && (source.end <= span.start || source.start >= span.end)) continue;
      // a candidate's own content cannot hold another whose content is as large
      if (candidate.content.some((own) => own.start <= span.start && span.end <= own.end)) continue;
      if (spanLength(span) < bestLength) {
        best = span.owner;
        bestLength = spanLength(span);
      }
    }
    containers[position] = best;
  });
  // overlapping contents can hold each other's cues: cut every cycle so that chains end
  const state = new Uint8Array(candidates.length); // 0 unseen, 1 on the current chain, 2 done
  for (let start = 0; start < candidates.length; start += 1) {
    const chain: number[] = [];
    let position = start;
    while (position >= 0 && state[position] === 0) {
      state[position] = 1;
      chain.push(position);
      position = containers[position] as number;
    }
    if (position >= 0 && state[position] === 1) containers[chain[chain.length - 1] as number] = -1;
    for (const member of chain) state[member] = 2;
  }
  return containers;
}

/**
 * News outlets among the entities: organisations whose name or a description in their mentions
 * says so ("Bloomberg News", "the agency", "the newspaper"), and whoever is the speaker of a
 * "reported" cue in this document.
 */
export function findOutlets(
  index: DocumentIndex,
  entities: readonly Entity[],
  reporters: readonly string[],
): Set<string> {
  const outlets = new Set<string>(reporters);
  for (const entity of entities) {
    if (entity.type !== 'ORG') continue;
    const words = entity.name.toLowerCase().split(/[\s-]+/);
    if (isNewsOrganisation(entity.name) || words.some((word) => OUTLET_NAME_WORDS.has(word))) {
      outlets.add(entity.id);
      continue;
    }
    for (const mention of entity.mentions) {
      if (mention.kind === 'pronoun') continue;
      const mentionWords = index.text.slice(mention.start, mention.end).toLowerCase().split(/\s+/);
      if (OUTLET_HEADS.has(mentionWords[mentionWords.length - 1] ?? '')) {
        outlets.add(entity.id);
        break;
      }
    }
  }
  return outlets;
}

export function isReportCue(text: string, cue: Span | null): boolean {
  return cue !== null && REPORT_CUE.test(text.slice(cue.start, cue.end));
}

/**
 * The entity an addressee phrase names: the mention covering its last word ("the AFP news agency"
 * when coreference made it a mention), else a name inside it ("AFP"); null for "reporters".
 */
export function addresseeEntity(index: DocumentIndex, phrase: Span): Entity | null {
  const [first, end] = index.tokenRange(phrase);
  if (first < end) {
    const last = index.tokens[end - 1];
    if (last !== undefined) {
      const covering = index.mentionCovering(last.start, last.end);
      if (covering !== null && covering.entity.type !== 'MISC') return covering.entity;
    }
  }
  let best: Entity | null = null;
  for (const mention of index.mentionsInside(phrase)) {
    if (mention.entity.type === 'MISC') continue;
    if (best === null || (mention.entity.type === 'ORG' && best.type !== 'ORG')) best = mention.entity;
  }
  return best;
}

/** "the agency", "the newspaper": a definite outlet noun that points back to a report. */
export function isOutletDescription(text: string, phrase: Span): boolean {
  const words = text.slice(phrase.start, phrase.end).toLowerCase().split(/\s+/);
  return (
    words.length >= 2 &&
    /^(?:the|this|that)$/.test(words[0] ?? '') &&
    OUTLET_HEADS.has(words[words.length - 1] ?? '')
  );
}
