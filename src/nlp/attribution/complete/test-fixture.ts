import type {
  Attribution,
  AttributionKind,
  Entity,
  EntityType,
  MentionKind,
  Span,
} from '../../../model/index.js';
import { segment } from '../../segment/segment.js';
import { findTimes } from '../../times/index.js';
import type { AttributionCandidate } from '../candidate.js';
import { completeAttributions } from './index.js';

/**
 * Test helpers: candidates and entities written by surface text over invented sentences, so a
 * table row reads like the sentence it tests. `"said#2"` is the second occurrence of "said".
 */

export function locate(text: string, needle: string): Span {
  const hash = needle.lastIndexOf('#');
  const occurrence = hash > 0 && /^\d+$/.test(needle.slice(hash + 1)) ? Number(needle.slice(hash + 1)) : 1;
  const surface = hash > 0 && /^\d+$/.test(needle.slice(hash + 1)) ? needle.slice(0, hash) : needle;
  let start = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    start = text.indexOf(surface, start + 1);
    if (start < 0)
      throw new Error(`${JSON.stringify(surface)} (occurrence ${occurrence}) is not in the text`);
  }
  return { start, end: start + surface.length };
}

export interface CandidateSpec {
  readonly kind?: AttributionKind;
  readonly cue: string | null;
  readonly source?: string | null;
  readonly content: readonly string[];
  readonly continues?: number;
}

export function candidate(text: string, spec: CandidateSpec): AttributionCandidate {
  const base = {
    kind: spec.kind ?? 'indirect',
    cue: spec.cue === null ? null : locate(text, spec.cue),
    source: spec.source === undefined || spec.source === null ? null : locate(text, spec.source),
    content: spec.content.map((part) => locate(text, part)),
  };
  return spec.continues === undefined ? base : { ...base, continues: spec.continues };
}

export interface EntitySpec {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly subtype?: string;
  /** Mentions by surface; a leading "~" marks a nominal, "^" a pronoun. */
  readonly mentions: readonly string[];
  /** What the attribute step found, as `Entity.attributes` holds it. */
  readonly attributes?: Readonly<Record<string, string | readonly string[]>>;
}

export function entity(text: string, spec: EntitySpec): Entity {
  return {
    id: spec.id,
    type: spec.type,
    ...(spec.subtype === undefined ? {} : { subtype: spec.subtype }),
    ...(spec.attributes === undefined ? {} : { attributes: spec.attributes }),
    name: spec.name,
    mentions: spec.mentions.map((surface) => {
      const kind: MentionKind = surface.startsWith('~')
        ? 'nominal'
        : surface.startsWith('^')
          ? 'pronoun'
          : 'name';
      const span = locate(text, kind === 'name' ? surface : surface.slice(1));
      return { ...span, kind };
    }),
  };
}

export function complete(
  text: string,
  entities: readonly EntitySpec[],
  candidates: readonly CandidateSpec[],
  referenceDate: string | null = '2025-06-11',
): Attribution[] {
  const segments = segment(text);
  return completeAttributions(
    text,
    segments,
    entities.map((spec) => entity(text, spec)),
    candidates.map((spec) => candidate(text, spec)),
    findTimes(text, segments, referenceDate),
  );
}
