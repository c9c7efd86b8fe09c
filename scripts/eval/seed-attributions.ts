import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attribution, AttributionKind, Doc, Entity, Segments, Span } from '../../src/model/index.js';
import type { AttributionCandidate } from '../../src/nlp/attribution/candidate.js';
import { completeAttributions } from '../../src/nlp/attribution/complete/index.js';
import { findTimes } from '../../src/nlp/times/index.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import { entityStage, segmentStage } from '../../src/pipeline/stages.js';
import { dataSet } from './lib/data.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';

/**
 * Attributions on the seed article, through the whole pipeline (processInput), against the
 * hand-made reference (gold.json `attributions`). A system attribution matches a gold one when its
 * content spans contain the gold content text (each part, for a quotation split around its cue)
 * and its cue contains the gold cue (both null for a cue-less quotation paragraph). Then:
 *
 * - found: required gold attributions matched with the right speaker (canonical name of the speaker
 *   entity equal to the gold speaker or one of its aliases; a set of names for a coordination; null
 *   for anonymous and unresolved sources), over all required;
 * - speaker: right speakers among the matched required attributions;
 * - fields: of the fields the gold states on matched required attributions (stance, assert when not
 *   stated; parent chain; anonymous; channel; addressee; time; verification; hedge), the share right.
 *   Channel, addressee and verification match by containment either way (or the addressee's entity
 *   name); time exactly; a hedge when the gold word is among the hedges.
 */

export interface GoldAttribution {
  readonly id: string;
  readonly speaker: string | readonly string[] | null;
  readonly source?: string;
  readonly cue: string | null;
  readonly kind: string;
  readonly content: string | readonly string[];
  readonly parent?: string;
  readonly channel?: string;
  readonly addressee?: string;
  readonly time?: string;
  readonly anonymous?: boolean;
  readonly stance?: string;
  readonly hedge?: string;
  readonly verification?: string;
  readonly required?: boolean;
}

interface GoldEntity {
  readonly name: string;
  readonly aliases?: readonly string[];
}

interface SeedGold {
  readonly published: string;
  readonly entities: readonly GoldEntity[];
  readonly attributions: readonly GoldAttribution[];
}

function contentParts(gold: GoldAttribution): readonly string[] {
  return typeof gold.content === 'string' ? [gold.content] : gold.content;
}

export function matches(text: string, gold: GoldAttribution, candidate: Attribution): boolean {
  const spans = candidate.content.map((span) => text.slice(span.start, span.end));
  if (!contentParts(gold).every((part) => spans.some((span) => span.includes(part)))) return false;
  if (gold.cue === null) return candidate.cue === null;
  return candidate.cue !== null && text.slice(candidate.cue.start, candidate.cue.end).includes(gold.cue);
}

function namesOf(goldEntities: readonly GoldEntity[], name: string): ReadonlySet<string> {
  const entity = goldEntities.find((candidate) => candidate.name === name);
  return new Set([name, ...(entity?.aliases ?? [])]);
}

function speakerNames(doc: Doc, speaker: Attribution['speaker']): string[] | null {
  if (speaker === null) return null;
  const byId = new Map<string, Entity>(doc.entities.map((entity) => [entity.id, entity]));
  const ids = typeof speaker === 'string' ? [speaker] : [...speaker];
  return ids.map((id) => byId.get(id)?.name ?? `?${id}`);
}

function speakerRight(
  doc: Doc,
  goldEntities: readonly GoldEntity[],
  gold: GoldAttribution,
  found: Attribution,
): boolean {
  const names = speakerNames(doc, found.speaker);
  if (gold.speaker === null) return names === null;
  if (names === null) return false;
  const wanted = typeof gold.speaker === 'string' ? [gold.speaker] : [...gold.speaker];
  if (wanted.length !== names.length) return false;
  return wanted.every((name) => names.some((candidate) => namesOf(goldEntities, name).has(candidate)));
}

function containsEither(left: string, right: string): boolean {
  const a = left.toLowerCase().replace(/^(?:in|on|at)\s+/, '');
  const b = right.toLowerCase().replace(/^(?:in|on|at)\s+/, '');
  return a.includes(b) || b.includes(a);
}

function describe(text: string, attribution: Attribution | undefined): string {
  if (attribution === undefined) return '(none)';
  const cue = attribution.cue === null ? 'null' : text.slice(attribution.cue.start, attribution.cue.end);
  const content = attribution.content.map((span) => text.slice(span.start, span.end)).join(' … ');
  return `${attribution.id} cue "${cue}" content "${content.slice(0, 70)}"`;
}

interface Scored {
  readonly found: number;
  readonly speaker: number;
  readonly fields: number;
  readonly lines: readonly string[];
}

/** Scores a document's attributions against the gold (see the comment at the top). */
function score(doc: Doc, gold: SeedGold): Scored {
  const text = doc.text;
  const matched = new Map<string, Attribution>();
  for (const item of gold.attributions) {
    const found = doc.attributions.find((candidate) => matches(text, item, candidate));
    if (found !== undefined) matched.set(item.id, found);
  }
  const required = gold.attributions.filter((item) => item.required !== false);
  const misses: string[] = [];
  let foundRight = 0;
  let matchedRequired = 0;
  let speakerCorrect = 0;
  let fieldChecks = 0;
  let fieldsCorrect = 0;
  const check = (item: GoldAttribution, field: string, ok: boolean, detail: string): void => {
    fieldChecks += 1;
    if (ok) fieldsCorrect += 1;
    else misses.push(`  ${item.id} ${field}: ${detail}`);
  };
  const byEntity = new Map<string, Entity>(doc.entities.map((entity) => [entity.id, entity]));
  for (const item of required) {
    const found = matched.get(item.id);
    if (found === undefined) {
      const content = contentParts(item).join(' … ');
      misses.push(`  ${item.id} not found: cue "${String(item.cue)}" content "${content.slice(0, 70)}"`);
      continue;
    }
    matchedRequired += 1;
    if (speakerRight(doc, gold.entities, item, found)) {
      foundRight += 1;
      speakerCorrect += 1;
    } else {
      misses.push(
        `  ${item.id} speaker: want ${JSON.stringify(item.speaker)}, got ${JSON.stringify(speakerNames(doc, found.speaker))} (${describe(text, found)})`,
      );
    }
    const stance = found.stance ?? 'assert';
    check(
      item,
      'stance',
      stance === (item.stance ?? 'assert'),
      `want ${item.stance ?? 'assert'}, got ${stance}`,
    );
    const parentWanted = item.parent === undefined ? undefined : matched.get(item.parent)?.id;
    check(
      item,
      'parent',
      item.parent === undefined
        ? found.parent === undefined
        : parentWanted !== undefined && found.parent === parentWanted,
      `want ${item.parent === undefined ? 'none' : `${item.parent} (${parentWanted ?? 'unmatched'})`}, got ${found.parent ?? 'none'}`,
    );
    if (item.anonymous !== undefined)
      check(
        item,
        'anonymous',
        (found.anonymous ?? false) === item.anonymous,
        `want ${item.anonymous}, got ${found.anonymous ?? false}`,
      );
    if (item.channel !== undefined)
      check(
        item,
        'channel',
        found.channel !== undefined && containsEither(found.channel.text, item.channel),
        `want "${item.channel}", got ${JSON.stringify(found.channel?.text ?? null)}`,
      );
    if (item.addressee !== undefined) {
      const addressee = found.addressee;
      const entityName = addressee?.entity === undefined ? undefined : byEntity.get(addressee.entity)?.name;
      const ok =
        addressee !== undefined &&
        (containsEither(addressee.text, item.addressee) ||
          (entityName !== undefined && namesOf(gold.entities, item.addressee).has(entityName)));
      check(
        item,
        'addressee',
        ok,
        `want "${item.addressee}", got ${JSON.stringify(addressee ?? null)} (${entityName ?? 'no entity'})`,
      );
    }
    if (item.time !== undefined)
      check(item, 'time', found.time === item.time, `want ${item.time}, got ${found.time ?? 'none'}`);
    if (item.verification !== undefined)
      check(
        item,
        'verification',
        found.verification !== undefined && containsEither(found.verification.text, item.verification),
        `want "${item.verification}", got ${JSON.stringify(found.verification ?? null)}`,
      );
    if (item.hedge !== undefined)
      check(
        item,
        'hedge',
        (found.hedges ?? []).some((word) => word.toLowerCase() === item.hedge?.toLowerCase()),
        `want "${item.hedge}", got ${JSON.stringify(found.hedges ?? [])}`,
      );
  }
  const optional = gold.attributions.filter((item) => item.required === false);
  const optionalFound = optional.filter((item) => matched.has(item.id)).length;
  const found = foundRight / Math.max(1, required.length);
  const speaker = speakerCorrect / Math.max(1, matchedRequired);
  const fields = fieldsCorrect / Math.max(1, fieldChecks);
  const lines = [
    ...formatTable(
      ['measure', 'count', 'value'],
      [
        ['required found, right speaker', `${foundRight}/${required.length}`, found],
        ['speaker right among matched', `${speakerCorrect}/${matchedRequired}`, speaker],
        ['fields right', `${fieldsCorrect}/${fieldChecks}`, fields],
        [
          'optional found',
          `${optionalFound}/${optional.length}`,
          optionalFound / Math.max(1, optional.length),
        ],
        ['system attributions', String(doc.attributions.length), doc.attributions.length],
      ],
    ),
    ...(misses.length > 0 ? ['misses:', ...misses] : []),
  ];
  return { found, speaker, fields, lines };
}

/** The nearest occurrence of `needle` to `anchor` inside `within`, or null. */
function nearest(text: string, needle: string, within: Span, anchor: number): Span | null {
  let best: Span | null = null;
  for (
    let at = text.indexOf(needle, within.start);
    at >= 0 && at + needle.length <= within.end;
    at = text.indexOf(needle, at + 1)
  ) {
    if (best === null || Math.abs(at - anchor) < Math.abs(best.start - anchor))
      best = { start: at, end: at + needle.length };
  }
  return best;
}

/**
 * Oracle candidates: the gold cue, source and content located in the text (content by its text;
 * the cue nearest the content in its sentence; the source from the gold source text or, when the
 * gold gives none, the nearest name or alias of the gold speaker in the sentence, outside the
 * content). This measures the completion step alone, as if the span finder were perfect.
 */
function oracleCandidates(text: string, segments: Segments, gold: SeedGold): AttributionCandidate[] {
  const candidates: AttributionCandidate[] = [];
  const topLevel: number[] = [];
  const sentenceAt = (offset: number): Span =>
    segments.sentences.find((sentence) => sentence.start <= offset && offset < sentence.end) ?? {
      start: 0,
      end: text.length,
    };
  for (const item of gold.attributions) {
    const located = contentParts(item).map((part) => {
      const at = text.indexOf(part);
      return at < 0 ? null : { start: at, end: at + part.length };
    });
    if (located.length === 0 || located.some((span) => span === null)) continue;
    const spans = located as Span[];
    const first = spans[0] as Span;
    const sentence = sentenceAt(first.start);
    const cue = item.cue === null ? null : nearest(text, item.cue, sentence, first.start);
    if (item.cue !== null && cue === null) continue;
    const anchor = cue?.start ?? first.start;
    const outsideContent = (span: Span | null): boolean =>
      span !== null && !spans.some((part) => part.start <= span.start && span.end <= part.end);
    let source: Span | null = null;
    if (item.source !== undefined) source = nearest(text, item.source, sentence, anchor);
    else if (typeof item.speaker === 'string' && item.cue !== null) {
      const names = [...namesOf(gold.entities, item.speaker)].sort(
        (left, right) => right.length - left.length,
      );
      for (const name of names) {
        const candidate = nearest(text, name, sentence, anchor);
        if (outsideContent(candidate)) {
          source = candidate;
          break;
        }
      }
    }
    if (source === null && Array.isArray(item.speaker) && item.cue !== null) {
      // "The United States and France": from the first name to the last
      const parts = (item.speaker as readonly string[]).map((name) => nearest(text, name, sentence, anchor));
      if (parts.every((part) => part !== null))
        source = {
          start: Math.min(...parts.map((part) => (part as Span).start)),
          end: Math.max(...parts.map((part) => (part as Span).end)),
        };
    }
    const base = { kind: item.kind as AttributionKind, cue, source, content: spans };
    // a cue-less quotation paragraph continues the last attribution that is not nested in another
    const continued = topLevel.length > 0 ? (topLevel[topLevel.length - 1] as number) : -1;
    if (item.parent === undefined) topLevel.push(candidates.length);
    candidates.push(item.cue === null && continued >= 0 ? { ...base, continues: continued } : base);
  }
  return candidates;
}

export async function run(): Promise<EvalSection> {
  const title = 'Attributions on the seed article (whole pipeline; completion alone on located gold spans)';
  const root = dataSet('seed');
  if (!root) return { title, lines: [], figures: [], skipped: 'data set seed is absent' };
  const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as SeedGold;
  const bytes = readFileSync(join(root, 'article.txt'));
  const figures: Figure[] = [];
  const lines: string[] = [];

  // the completion step alone: entities from the pipeline, candidates from the gold spans
  let entityDoc: Doc | null = null;
  try {
    entityDoc = processInput(
      { source: 'article.txt', bytes },
      { published: gold.published, stages: [segmentStage, entityStage] },
    );
  } catch (error) {
    lines.push(`completion alone: not measured (the entity stage failed: ${(error as Error).message})`, '');
  }
  if (entityDoc !== null) {
    const oracle = oracleCandidates(entityDoc.text, entityDoc.segments, gold);
    const oracleDoc: Doc = {
      ...entityDoc,
      attributions: completeAttributions(
        entityDoc.text,
        entityDoc.segments,
        entityDoc.entities,
        oracle,
        findTimes(entityDoc.text, entityDoc.segments, gold.published),
      ),
    };
    const oracleScore = score(oracleDoc, gold);
    figures.push(
      { key: 'seed.attributions.oracle.found', value: oracleScore.found },
      { key: 'seed.attributions.oracle.speaker', value: oracleScore.speaker },
      { key: 'seed.attributions.oracle.fields', value: oracleScore.fields },
    );
    lines.push(
      `completion alone, on gold spans located in the text (${oracle.length} of ${gold.attributions.length}), pipeline entities:`,
      ...oracleScore.lines,
      '',
    );
  }

  let doc: Doc | null = null;
  let failure = '';
  try {
    doc = processInput({ source: 'article.txt', bytes }, { published: gold.published });
  } catch (error) {
    // a stage whose model is not trained yet (models/<name>/ absent) stops the run: say which
    failure = `the pipeline failed: ${(error as Error).message}`;
  }
  if (doc !== null && failure.length === 0 && (doc.entities.length === 0 || doc.attributions.length === 0))
    failure = `the pipeline gives ${doc.entities.length} entities and ${doc.attributions.length} attributions: the stages are not wired yet`;
  if (doc === null || failure.length > 0) {
    lines.push(`whole pipeline: not measured (${failure})`);
    return { title, lines, figures };
  }
  const pipelineScore = score(doc, gold);
  figures.push(
    { key: 'seed.attributions.found', value: pipelineScore.found },
    { key: 'seed.attributions.speaker', value: pipelineScore.speaker },
    { key: 'seed.attributions.fields', value: pipelineScore.fields },
  );
  lines.push('whole pipeline:', ...pipelineScore.lines);
  return { title, lines, figures };
}
