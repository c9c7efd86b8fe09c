import type { Entity, Segments } from '../../model/index.js';
import { readAfterMention } from './after-mention.js';
import { readBeforeMention } from './before-mention.js';
import type { AttributeValue } from './collector.js';
import { buildContext, individuals, type AttributeContext } from './context.js';
import { collectMentionGender, createFindings, facts, type Findings } from './findings.js';
import { readNominalMention } from './nominal-mention.js';
import { KINSHIP } from './words.js';

export type { AttributeValue } from './collector.js';

/**
 * Turns the family relations found into `relation` values on both sides: "Their father Z" gives Z
 * "father of A" and A "son of Z" (or "child of Z" when nothing in the text says A's gender).
 */
function addRelations(context: AttributeContext, findings: Findings): void {
  const entities = context.entities;
  const kin = findings.kin.flatMap((fact) =>
    individuals(context, fact.subject).flatMap((subject) =>
      individuals(context, fact.object)
        .filter((object) => object !== subject)
        .map((object) => ({ subject, kin: fact.kin, object, rule: fact.rule })),
    ),
  );
  for (const fact of kin) facts(findings, fact.subject).addGender(KINSHIP.get(fact.kin)?.gender);
  for (const fact of kin) {
    const subjectName = (entities[fact.subject] as Entity).name;
    const objectName = (entities[fact.object] as Entity).name;
    findings.log.rule = fact.rule;
    facts(findings, fact.subject).add('relation', `${fact.kin} of ${objectName}`);
    findings.log.rule = `${fact.rule}, inverse`;
    const inverse = KINSHIP.get(fact.kin)?.inverse;
    if (inverse === undefined) continue;
    const gender = facts(findings, fact.object).gender();
    const noun = gender === 'male' ? inverse[0] : gender === 'female' ? inverse[1] : inverse[2];
    facts(findings, fact.object).add('relation', `${noun} of ${subjectName}`);
  }
}

/**
 * The entities with `attributes` filled from what the text says around each of their mentions:
 * `age` (number), `role`, `citizenship`, `born_in`, `origin`, `relation`, `affiliation`,
 * `description` (a string, or an array of strings when the text gives several). An entity the text
 * says nothing about is returned unchanged; mentions are never changed. Attributes already present
 * on an entity are kept.
 */
export function addAttributes(text: string, segments: Segments, entities: readonly Entity[]): Entity[] {
  if (entities.length === 0) return [];
  const findings = run(text, segments, entities, false);
  return entities.map((entity, index) => {
    const found = facts(findings, index).toAttributes();
    if (found === undefined) return entity;
    const attributes: Record<string, AttributeValue> = { ...found, ...entity.attributes };
    return { ...entity, attributes };
  });
}

/** A value an entity was given, with the rule that gave it. */
export interface AttributeOrigin {
  readonly entity: string;
  readonly key: string;
  readonly value: string | number;
  readonly rule: string;
}

/**
 * Every value the rules recorded, in the order recorded, with the rule that recorded it ("title
 * before name", "apposition", "copula", "nominal mention", "kin group, inverse", …): a wrong value
 * in `addAttributes`' output is traced to its rule in one step. Values recorded twice appear twice.
 */
export function explainAttributes(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
): AttributeOrigin[] {
  if (entities.length === 0) return [];
  const findings = run(text, segments, entities, true);
  return (findings.log.origins ?? []).map((origin) => ({
    entity: (entities[origin.entity] as Entity).id,
    key: origin.key,
    value: origin.value,
    rule: origin.rule,
  }));
}

function run(text: string, segments: Segments, entities: readonly Entity[], record: boolean): Findings {
  const context = buildContext(text, segments, entities);
  const findings = createFindings(entities.length, record);
  collectMentionGender(context, findings);
  for (const list of context.mentions) {
    for (const mention of list) {
      readBeforeMention(context, findings, mention);
      readAfterMention(context, findings, mention);
      readNominalMention(context, findings, mention);
    }
  }
  addRelations(context, findings);
  return findings;
}
