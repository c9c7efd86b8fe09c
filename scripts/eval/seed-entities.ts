import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityType, Segments } from '../../src/model/index.js';
import type { NameMention } from '../../src/nlp/names/name-mention.js';
import { resolveEntities } from '../../src/nlp/coref/index.js';
import { processInput } from '../../src/pipeline/pipeline.js';
import { STAGES } from '../../src/pipeline/stages.js';
import { dataSet } from './lib/data.js';
import { formatTable, type EvalSection, type Figure } from './lib/report.js';

/**
 * Entities and coreference on the seed article against its hand-made reference (gold.json
 * `entities`): each required gold entity must come out once, with its type, subtype and canonical
 * name, and each gold alias must be a mention of that same entity. The pipeline runs up to its
 * entity stage (processInput); should it have none, the stage's functions are called here in the
 * same order.
 */

interface GoldEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly subtype?: string;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
}

type Recogniser = (text: string, segments: Segments) => NameMention[];
type Refiner = (text: string, segments: Segments, names: readonly NameMention[]) => NameMention[];

/** The recogniser and refiner, loaded by path so that this script compiles before they exist. */
async function loadFunction<T>(path: string, name: string): Promise<T | undefined> {
  try {
    const module = (await import(new URL(path, import.meta.url).href)) as Record<string, unknown>;
    return typeof module[name] === 'function' ? (module[name] as T) : undefined;
  } catch {
    return undefined;
  }
}

async function entitiesOf(text: string, segments: Segments, piped: readonly Entity[]) {
  if (piped.length > 0) return { entities: piped, how: 'pipeline (processInput)' };
  const recognise = await loadFunction<Recogniser>('../../src/nlp/ner/index.js', 'recogniseNames');
  const refine = await loadFunction<Refiner>('../../src/nlp/names/index.js', 'refineNames');
  if (!recognise) return { entities: [] as Entity[], how: 'no recogniser' };
  let names = recognise(text, segments);
  if (refine) names = refine(text, segments, names);
  return {
    entities: resolveEntities(text, segments, names),
    how: `recogniseNames${refine ? ' + refineNames' : ''} + resolveEntities`,
  };
}

function normalise(value: string): string {
  return value.replaceAll('’', "'").toLowerCase();
}

/** The entity whose canonical name is the gold name (case and apostrophes aside), else one with a name mention equal to it. */
function matchEntity(text: string, entities: readonly Entity[], gold: GoldEntity): Entity | undefined {
  const wanted = normalise(gold.name);
  const byName = entities.find((entity) => normalise(entity.name) === wanted && entity.subtype !== 'GROUP');
  if (byName) return byName;
  return entities.find(
    (entity) =>
      entity.subtype !== 'GROUP' &&
      entity.mentions.some((mention) => normalise(text.slice(mention.start, mention.end)).endsWith(wanted)),
  );
}

/** Entities (other than groups) that have a name mention containing the gold name as whole words. */
function entitiesNaming(text: string, entities: readonly Entity[], gold: GoldEntity): Set<string> {
  const escaped = normalise(gold.name).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const wanted = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
  const ids = new Set<string>();
  for (const entity of entities) {
    if (entity.subtype === 'GROUP') continue;
    for (const mention of entity.mentions)
      if (mention.kind === 'name' && wanted.test(normalise(text.slice(mention.start, mention.end))))
        ids.add(entity.id);
  }
  return ids;
}

/**
 * Is `alias` linked to `entity`? For every occurrence of the alias in the text, the smallest mention
 * (of any entity but groups) that contains it; the alias is right when one such mention is the entity's.
 */
function aliasLinked(text: string, entities: readonly Entity[], entity: Entity, alias: string): boolean {
  const haystack = normalise(text);
  const needle = normalise(alias);
  for (let start = haystack.indexOf(needle); start >= 0; start = haystack.indexOf(needle, start + 1)) {
    const end = start + needle.length;
    let owner: { id: string; length: number } | undefined;
    for (const candidate of entities) {
      if (candidate.subtype === 'GROUP') continue;
      for (const mention of candidate.mentions)
        if (
          mention.start <= start &&
          mention.end >= end &&
          (!owner || mention.end - mention.start < owner.length)
        )
          owner = { id: candidate.id, length: mention.end - mention.start };
    }
    if (owner?.id === entity.id) return true;
  }
  return false;
}

export async function run(): Promise<EvalSection> {
  const title = 'Entities and coreference on the seed article';
  const root = dataSet('seed');
  if (!root) return { title, lines: [], figures: [], skipped: 'data set seed is absent' };
  const bytes = readFileSync(join(root, 'article.txt'));
  const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')) as {
    readonly published?: string;
    readonly entities: readonly GoldEntity[];
  };
  // The stages up to and including the entity stage: later stages are not needed here.
  const entityStage = STAGES.findIndex((stage) => stage.name === 'entities');
  const stages =
    entityStage >= 0 ? STAGES.slice(0, entityStage + 1) : STAGES.filter((stage) => stage.name === 'segment');
  const doc = processInput(
    { source: 'article.txt', bytes },
    { published: gold.published ?? '2024-03-26', stages },
  );
  const { entities, how } = await entitiesOf(doc.text, doc.segments, doc.entities);
  const text = doc.text;

  const lines: string[] = [`entities from: ${how}; ${entities.length} entities`];
  const misses: string[] = [];
  let required = 0;
  let found = 0;
  let typed = 0;
  let aliases = 0;
  let aliasesLinked = 0;
  let split = 0;
  const owners = new Map<string, string[]>();
  for (const goldEntity of gold.entities) {
    const isRequired = goldEntity.required !== false;
    const entity = matchEntity(text, entities, goldEntity);
    if (isRequired) required += 1;
    if (!entity) {
      if (isRequired)
        misses.push(
          `missing: ${goldEntity.name} (${goldEntity.type})${text.includes(goldEntity.name) ? '' : ' — not in the body text'}`,
        );
    } else {
      const typeRight =
        entity.type === goldEntity.type &&
        (goldEntity.subtype === undefined || entity.subtype === goldEntity.subtype);
      const nameRight = normalise(entity.name) === normalise(goldEntity.name);
      if (isRequired && typeRight) typed += 1;
      if (isRequired && typeRight && nameRight) found += 1;
      else if (isRequired)
        misses.push(
          `wrong: ${goldEntity.name} ${goldEntity.type}${goldEntity.subtype ? `/${goldEntity.subtype}` : ''} → ${entity.id} "${entity.name}" ${entity.type}${entity.subtype ? `/${entity.subtype}` : ''}`,
        );
      owners.set(entity.id, [...(owners.get(entity.id) ?? []), goldEntity.name]);
    }
    const naming = entitiesNaming(text, entities, goldEntity);
    if (naming.size > 1) {
      split += 1;
      misses.push(`split: ${goldEntity.name} over ${[...naming].join(', ')}`);
    }
    for (const alias of goldEntity.aliases ?? []) {
      aliases += 1;
      if (entity && aliasLinked(text, entities, entity, alias)) aliasesLinked += 1;
      else misses.push(`alias not linked: "${alias}" → ${goldEntity.name}`);
    }
  }
  let merged = 0;
  for (const [id, names] of owners)
    if (names.length > 1) {
      merged += 1;
      misses.push(`merged: ${names.join(' + ')} in ${id}`);
    }

  const figures: Figure[] = [
    { key: 'seed.entities.found', value: found / Math.max(1, required) },
    { key: 'seed.entities.typed', value: typed / Math.max(1, required) },
    { key: 'seed.entities.aliases', value: aliasesLinked / Math.max(1, aliases) },
    { key: 'seed.entities.split', value: split, better: 'lower' },
    { key: 'seed.entities.merged', value: merged, better: 'lower' },
  ];
  lines.push(
    ...formatTable(
      ['figure', 'value'],
      figures.map((figure) => [figure.key, figure.value]),
    ),
    ...misses.map((miss) => `  ${miss}`),
  );
  return { title, lines, figures };
}
