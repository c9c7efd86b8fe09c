import type { Attribution, Claim, Contradiction, Entity, Segments } from '../../model/index.js';
import { DependencyTree } from '../grammar/index.js';
import { isDenial } from '../claims/find-claims.js';
import { Referents } from '../claims/referents.js';
import {
  agentlessValues,
  namesNobody,
  nearUpperFigure,
  rejectedFigure,
  withNearUpper,
  unnamedSpeakerKey,
  withModality,
  withWhen,
  withHappened,
  whenViews,
  withRejected,
  type ClaimView,
} from './claim-view.js';
import { conflictsOf } from './sides.js';
import { joinTopics, type TopicJoin } from './topic-joins.js';
import { contentConflicts } from './content-conflicts.js';
import { statedConflicts, type StatedConflict } from './stated-conflicts.js';
import { spokespersonVoices } from './voices.js';

/**
 * The document's contradictions: conflicts between its claims (sides.ts) and conflicts the text
 * states (stated-conflicts.ts, content-conflicts.ts). A stated conflict between two sides of a claim conflict gives it
 * its evidence span and makes it `contradicts`; one that matches no claim conflict is reported on
 * its own, on the topic its sides' claims share.
 */
export function findContradictions(
  text: string,
  segments: Segments,
  entities: readonly Entity[],
  attributions: readonly Attribution[],
  claims: readonly Claim[],
  published: string | null,
  events: readonly { readonly id: string; readonly time?: unknown }[] = [],
  times: readonly { readonly id: string; readonly start: number; readonly end: number }[] = [],
): Contradiction[] {
  if (claims.length === 0) return [];
  const byId = new Map(attributions.map((attribution) => [attribution.id, attribution]));
  const tokens = segments.tokens;
  const joins = joinTopics(claims);
  // a spokesperson speaks for the organisation: one voice (voices.ts)
  const voices = spokespersonVoices(entities);
  const eventTimes = new Map(events.map((event) => [event.id, event.time]));
  const timexes = new Map(
    times.map((time) => [time.id, { ...time, text: text.slice(time.start, time.end) }]),
  );
  const views: ClaimView[] = claims.map((claim, order) => {
    const attribution = byId.get(claim.attribution);
    const { topic, polarity, caused } = joins[order] as TopicJoin;
    // "killed the guard" is "the guard died": compared by what the deed was done to
    const values = caused
      ? [claim.object?.entity ?? topic]
      : claim.frame === 'proposition'
        ? propositionValues(claim)
        : [...(claim.value?.entities ?? [])];
    const said = (attribution?.content ?? []).map((span) => text.slice(span.start, span.end)).join(' ');
    return {
      key: claim.id,
      attribution: claim.attribution,
      speaker:
        attribution?.speaker === null || attribution === undefined
          ? unnamedSpeakerKey(
              attribution?.source ? text.slice(attribution.source.start, attribution.source.end) : null,
              attribution?.anonymous ?? false,
              claim.attribution,
            )
          : [attribution.speaker]
              .flat()
              .map((id) => voices.get(id) ?? id)
              .join('+'),
      topic,
      frame: claim.frame,
      polarity,
      // an unnamed subject compares by the topic that keys it
      values: values.map((value) => (value === claim.topic && topic !== claim.topic ? topic : value)),
      exclusive: claim.exclusive ?? false,
      ...(claim.value?.quantity === undefined ? {} : { quantity: claim.value.quantity }),
      time: attribution?.time ?? published,
      denial: attribution !== undefined && isDenial(tokens, attribution),
      order,
      ...(claim.value?.text === undefined ? {} : { causeText: claim.value.text }),
      ...withRejected(rejectedFigure(said, claim.value?.quantity)),
      ...withNearUpper(nearUpperFigure(said, claim.value?.quantity)),
      ...withModality(claim.modality),
      ...withWhen(claim.event === undefined ? undefined : eventTimes.get(claim.event)),
      ...withHappened(
        claim.event === undefined ? undefined : eventTimes.get(claim.event),
        claim.span,
        timexes,
      ),
    };
  });
  const contradictions: Contradiction[] = [];
  const conflicts = conflictsOf(whenViews(views));
  const tree = new DependencyTree(tokens);
  const referents = new Referents(tree, entities);
  const stated = statedConflicts(tree, referents, attributions);
  // conflicts stated inside a source's words ("… contradicting the police's earlier claim"): when
  // the sides share no claim topic, the topic of what the contradicted side said
  const inContent = contentConflicts(tree, referents, attributions).filter(
    (one) => !stated.some((other) => sameSides(one, other)),
  );
  const fallbackTopic = new Set(inContent);
  stated.push(...inContent);
  const used = new Set<number>();
  for (const conflict of conflicts) {
    const a = [...new Set(conflict.a.map((view) => view.attribution))];
    const b = [...new Set(conflict.b.map((view) => view.attribution))];
    const statement = stated.findIndex(
      (one, index) =>
        !used.has(index) &&
        ((one.a.some((id) => a.includes(id)) && one.b.some((id) => b.includes(id))) ||
          (one.a.some((id) => b.includes(id)) && one.b.some((id) => a.includes(id)))),
    );
    if (statement >= 0) used.add(statement);
    contradictions.push({
      id: `x${contradictions.length + 1}`,
      topic: conflict.topic,
      a,
      b,
      kind: statement >= 0 ? 'contradicts' : conflict.kind,
      ...(statement >= 0 ? { evidence: (stated[statement] as (typeof stated)[number]).evidence } : {}),
    });
  }
  stated.forEach((statement, index) => {
    if (used.has(index)) return;
    const topicsA = new Set(
      claims.filter((claim) => statement.a.includes(claim.attribution)).map((claim) => claim.topic),
    );
    const topic =
      claims.find((claim) => statement.b.includes(claim.attribution) && topicsA.has(claim.topic))?.topic ??
      (fallbackTopic.has(statement) ? accountTopic(text, claims, byId, statement) : undefined);
    if (topic === undefined) return;
    contradictions.push({
      id: `x${contradictions.length + 1}`,
      topic,
      a: [...statement.a],
      b: [...statement.b],
      kind: 'contradicts',
      evidence: statement.evidence,
    });
  });
  return contradictions;
}

/** The topic of a conflict stated in a source's words: what the contradicted side claimed, else whose account it is. */
function accountTopic(
  text: string,
  claims: readonly Claim[],
  byId: ReadonlyMap<string, Attribution>,
  statement: StatedConflict,
): string {
  const claimed = claims.find((claim) => statement.b.includes(claim.attribution));
  if (claimed !== undefined) return claimed.topic;
  const other = byId.get(statement.b[0] as string);
  const source = other?.source ?? other?.cue ?? null;
  const words = source === null ? 'the other side' : text.slice(source.start, source.end).toLowerCase();
  return `whether the account of ${words} is true`;
}

function sameSides(one: StatedConflict, other: StatedConflict): boolean {
  const key = (sides: StatedConflict): string =>
    [[...sides.a].sort().join(','), [...sides.b].sort().join(',')].sort().join('|');
  return key(one) === key(other);
}

/**
 * A plain proposition compares on its own subject, when the subject is named: "the talks (not)
 * failed". An unresolved pronoun ("I don't believe …" and, in another quotation, "Of course I
 * believe …") names nobody that two claims could share.
 */
function propositionValues(claim: Claim): string[] {
  // "what caused the leak": the cause named, by entity or by its words
  if (claim.value !== undefined)
    return claim.value.entities !== undefined && claim.value.entities.length > 0
      ? [...claim.value.entities]
      : [(claim.value.key ?? claim.value.text).toLowerCase()];
  // "the wells were not contaminated": a passive with no doer
  if (claim.subject === undefined)
    return claim.object !== undefined && claim.topic.includes('(?') ? agentlessValues(claim.polarity) : [];
  if (claim.subject.entity !== undefined) return [claim.subject.entity];
  if (claim.polarity === 'neg' && namesNobody(claim.subject.text)) return agentlessValues('neg');
  // an unnamed subject is keyed in the topic by its head noun ("contaminate(the well, ?)")
  return claim.topic.includes('(?') ? [] : [claim.topic];
}
