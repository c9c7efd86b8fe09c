import { isDescriptionEntity } from './link-entities.js';
import type { ClaimFrame, Quantity } from '../model/index.js';
import {
  agentlessValues,
  conflictsOf,
  namesNobody,
  joinTopics,
  nearUpperFigure,
  rejectedFigure,
  unnamedSpeakerKey,
  withModality,
  withWhen,
  withHappened,
  whenViews,
  withRejected,
  withNearUpper,
  type ClaimView,
  type TopicJoin,
} from '../nlp/contradictions/index.js';
import type { ExtractAttribution, ExtractClaim, ExtractDocument } from './types.js';

/**
 * Claims and contradictions across articles (`claimgraph corpus`): every claim of every article
 * grouped by its topic, with entity names in the topic replaced by their corpus cluster's name (so
 * "Drozdov" and "Drozdau" ask the same question), the history of each topic in date order (who
 * said it first, who repeated it, who changed their account), and the contradictions between
 * articles, found by the same comparison as inside one article (src/nlp/contradictions) with
 * parties, places and speakers compared by corpus cluster.
 */

export type HistoryStatus = 'first' | 'repeats' | 'differs' | 'retracts';

export interface ClaimHistoryEntry {
  readonly doc: number;
  readonly claim: string;
  readonly attribution: string;
  /** The corpus entities of the speaker; `source:WORDS` for an unnamed body ("police"); empty when anonymous. */
  readonly speaker: string[];
  readonly date: string | null;
  /** The answer the claim gives ("Dravia", "not the Red Hand", "at least 12"). */
  readonly answer: string;
  readonly status: HistoryStatus;
}

export interface CorpusClaimCluster {
  id: string;
  topic: string;
  members: { doc: number; claim: string }[];
  history: ClaimHistoryEntry[];
}

export interface CorpusContradiction {
  id: string;
  topic: string;
  a: { doc: number; attribution: string }[];
  b: { doc: number; attribution: string }[];
  kind: string;
  evidence?: { doc: number; start: number; end: number };
}

interface Member {
  readonly doc: number;
  readonly claim: ExtractClaim;
  /** The corpus cluster of the entity the claim's deed was done to, when it names one. */
  readonly objectKey: string | null;
  readonly attribution: ExtractAttribution | undefined;
  readonly topic: string;
  readonly view: ClaimView;
  readonly speakers: string[];
  readonly date: string | null;
}

const FRAMES: ReadonlySet<string> = new Set([
  'responsibility',
  'participation',
  'destination',
  'origin',
  'count',
  'proposition',
]);

function textOf(value: unknown): string | null {
  return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string'
    ? (value as { text: string }).text
    : null;
}

function entityOf(value: unknown): string | null {
  return typeof value === 'object' &&
    value !== null &&
    typeof (value as { entity?: unknown }).entity === 'string'
    ? (value as { entity: string }).entity
    : null;
}

function answerOf(claim: ExtractClaim): string {
  const value = claim.value as { text?: string } | undefined;
  const said = value?.text ?? textOf(claim.object) ?? claim.predicate;
  return claim.polarity === 'neg' ? `not ${said}` : said;
}

/** Replaces each entity name of the document in a topic by its cluster's name, longest names first. */
function canonicalTopic(topic: string, names: readonly [string, string][]): string {
  let result = topic;
  for (const [name, canonical] of names) if (name !== canonical) result = result.split(name).join(canonical);
  return result;
}

export function corpusClaims(
  documents: readonly ExtractDocument[],
  clusterOf: ReadonlyMap<string, { id: string; name: string }>,
): { claims: CorpusClaimCluster[]; contradictions: CorpusContradiction[] } {
  const members: Member[] = [];
  documents.forEach((document, doc) => {
    // names only: a description ("the gang") is no name to rewrite a topic with
    const names: [string, string][] = document.entities
      .filter((entity) => !isDescriptionEntity(entity))
      .map((entity): [string, string] => [
        entity.name,
        clusterOf.get(`${doc}:${entity.id}`)?.name ?? entity.name,
      ])
      .sort((left, right) => right[0].length - left[0].length);
    const attributions = new Map(document.attributions.map((attribution) => [attribution.id, attribution]));
    const cluster = (entity: string): string => clusterOf.get(`${doc}:${entity}`)?.id ?? `${doc}:${entity}`;
    const eventTimes = new Map((document.events ?? []).map((event) => [event.id, event.time]));
    const timexes = offsetsById(document.times ?? []);
    for (const claim of document.claims ?? []) {
      const attribution = attributions.get(claim.attribution);
      // (a spokesperson is one voice with the organisation only inside the article, voices.ts:
      // across articles "the defence ministry" of two countries may be one cluster)
      const named = [attribution?.speaker ?? []].flat().map(cluster);
      // "Police" in two articles of one story: one speaker, by its words
      const unnamed = unnamedSpeakerKey(
        attribution?.source?.text ?? null,
        attribution?.anonymous === true,
        `${doc}:${claim.attribution}`,
      );
      const speakers = named.length > 0 ? named : unnamed.startsWith('source:') ? [unnamed] : [];
      const topic = canonicalTopic(claim.topic, names);
      const frame: ClaimFrame = FRAMES.has(String(claim.frame)) ? (claim.frame as ClaimFrame) : 'proposition';
      const value = claim.value as { entities?: string[]; quantity?: Quantity; key?: string } | undefined;
      let values: string[];
      if (frame !== 'proposition') values = (value?.entities ?? []).map(cluster);
      else if (claim.frame === undefined) values = ['*'];
      else if (value !== undefined && textOf(value) !== null)
        // "what caused the leak": the cause named, by entity or by its words
        values =
          (value.entities ?? []).length > 0
            ? (value.entities ?? []).map(cluster)
            : [(value.key ?? (textOf(value) as string)).toLowerCase()];
      else {
        // a plain proposition compares on its subject, when the subject is named
        // (a passive with no doer: "the vote was not rigged" meets whoever is said to have rigged it)
        const subject = entityOf(claim.subject);
        const subjectText = textOf(claim.subject);
        values =
          subject !== null
            ? [cluster(subject)]
            : subjectText === null
              ? textOf(claim.object) !== null && topic.includes('(?')
                ? agentlessValues(claim.polarity === 'neg' ? 'neg' : 'pos')
                : []
              : claim.polarity === 'neg' && namesNobody(subjectText)
                ? agentlessValues('neg')
                : topic.includes('(?')
                  ? []
                  : // an unnamed subject is keyed in the topic by its head noun
                    [topic];
      }
      const time = typeof attribution?.time === 'string' ? attribution.time : null;
      const date = time ?? document.published;
      const object = entityOf(claim.object);
      const said = (attribution?.content ?? []).map((span) => span.text).join(' ');
      members.push({
        doc,
        claim,
        objectKey: object === null ? null : cluster(object),
        attribution,
        topic,
        speakers,
        date,
        view: {
          key: `${doc}:${claim.id}`,
          attribution: `${doc}:${claim.attribution}`,
          speaker: speakers.length > 0 ? speakers.sort().join('+') : `anonymous:${doc}:${claim.attribution}`,
          topic,
          frame,
          polarity: claim.polarity === 'neg' ? 'neg' : 'pos',
          values,
          exclusive: claim.exclusive === true,
          ...(value?.quantity === undefined ? {} : { quantity: value.quantity }),
          time: date,
          published: document.published,
          denial: attribution?.stance === 'deny',
          order: doc * 1_000_000 + members.length,
          ...(textOf(value) === null ? {} : { causeText: textOf(value) as string }),
          ...withRejected(rejectedFigure(said, value?.quantity)),
          ...withNearUpper(nearUpperFigure(said, value?.quantity)),
          ...withModality(typeof claim.modality === 'string' ? claim.modality : undefined),
          ...withWhen(typeof claim.event === 'string' ? eventTimes.get(claim.event) : undefined),
          ...withHappened(
            typeof claim.event === 'string' ? eventTimes.get(claim.event) : undefined,
            offsetsOf((claim as { span?: unknown }).span),
            timexes,
          ),
        },
      });
    }
  });
  const placed = withPlaces(members);
  return { claims: clustersOf(placed), contradictions: contradictionsOf(documents, placed) };
}

/**
 * An article that names no place beside its event asks "who is behind the attack" while the others
 * ask "who is behind the attack at Renfield": a topic without a place joins the one topic of the
 * corpus that is the same question with a place, when there is exactly one (placeless → placed).
 */
export function placeJoins(topics: Iterable<string>): Map<string, string> {
  const distinct = [...new Set(topics)];
  const target = new Map<string, string>();
  for (const topic of distinct) {
    if (topic.includes(' at ')) continue;
    const variants = distinct.filter((other) => other.startsWith(`${topic} at `));
    if (variants.length === 1) target.set(topic, variants[0] as string);
  }
  return target;
}

function withPlaces(members: readonly Member[]): Member[] {
  const target = placeJoins(members.map((member) => member.topic));
  const placed =
    target.size === 0
      ? [...members]
      : members.map((member) => {
          const topic = target.get(member.topic);
          return topic === undefined ? member : { ...member, topic, view: { ...member.view, topic } };
        });
  const joins = joinTopics(placed.map((member) => member.view));
  return placed.map((member, index) => {
    const { named, own, topic, polarity, caused } = joins[index] as TopicJoin;
    const unchanged = named === member.topic && own === member.topic && topic === member.topic;
    if (unchanged && polarity === member.view.polarity && !caused) return member;
    // "killed the guard" is "the guard died", compared by what the deed was done to
    const values = caused
      ? [member.objectKey ?? topic]
      : // an unnamed subject compares by the topic that keys it, through every join
        member.view.values
          .map((value) => (value === member.topic ? named : value))
          .map((value) => (value === named ? own : value))
          .map((value) => (value === own ? topic : value));
    return { ...member, topic, view: { ...member.view, topic, polarity, values } };
  });
}

function clustersOf(members: readonly Member[]): CorpusClaimCluster[] {
  const byTopic = new Map<string, Member[]>();
  for (const member of members) byTopic.set(member.topic, [...(byTopic.get(member.topic) ?? []), member]);
  const clusters: CorpusClaimCluster[] = [];
  for (const [topic, list] of byTopic) {
    // date order; undated claims keep their place in input order after the dated ones of their article
    const ordered = [...list].sort((left, right) =>
      left.date === right.date
        ? left.view.order - right.view.order
        : (left.date ?? '9999') < (right.date ?? '9999')
          ? -1
          : 1,
    );
    const history: ClaimHistoryEntry[] = [];
    for (const member of ordered) {
      const answer = answerOf(member.claim);
      const earlier = history.filter(
        (entry) => entry.doc !== member.doc || entry.attribution !== member.claim.attribution,
      );
      const ownEarlier = earlier.filter(
        (entry) => entry.speaker.length > 0 && entry.speaker.join('+') === member.speakers.join('+'),
      );
      let status: HistoryStatus;
      if (earlier.length === 0) status = 'first';
      else if (earlier.some((entry) => entry.answer === answer)) status = 'repeats';
      else if (ownEarlier.length > 0) status = 'retracts';
      else status = 'differs';
      history.push({
        doc: member.doc,
        claim: member.claim.id,
        attribution: member.claim.attribution,
        speaker: member.speakers,
        date: member.date,
        answer,
        status,
      });
    }
    clusters.push({
      id: `k${clusters.length + 1}`,
      topic,
      members: list.map((member) => ({ doc: member.doc, claim: member.claim.id })),
      history,
    });
  }
  return clusters;
}

function side(keys: readonly string[]): { doc: number; attribution: string }[] {
  return [...new Set(keys)].map((key) => {
    const at = key.indexOf(':');
    return { doc: Number(key.slice(0, at)), attribution: key.slice(at + 1) };
  });
}

function offsetsOf(value: unknown): { start: number; end: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return typeof start === 'number' && typeof end === 'number' ? { start, end } : undefined;
}

/** The offsets of an article's `times[]` by id. */
function offsetsById(times: readonly unknown[]): Map<string, { start: number; end: number; text: string }> {
  const found = new Map<string, { start: number; end: number; text: string }>();
  for (const time of times) {
    const offsets = offsetsOf(time);
    const { id, text } = time as { id?: unknown; text?: unknown };
    if (offsets !== undefined && typeof id === 'string')
      found.set(id, { ...offsets, text: typeof text === 'string' ? text : '' });
  }
  return found;
}

function contradictionsOf(
  documents: readonly ExtractDocument[],
  members: readonly Member[],
): CorpusContradiction[] {
  const compared: Omit<CorpusContradiction, 'id'>[] = [];
  for (const conflict of conflictsOf(whenViews(members.map((member) => member.view)))) {
    const a = side(conflict.a.map((view) => view.attribution));
    const b = side(conflict.b.map((view) => view.attribution));
    // the text's own statement of the conflict, when one article makes it
    let evidence: CorpusContradiction['evidence'];
    documents.forEach((document, doc) => {
      for (const local of document.contradictions ?? []) {
        if (evidence !== undefined || local.evidence === undefined) continue;
        const within = (list: typeof a, ids: readonly string[]) =>
          ids.some((id) => list.some((entry) => entry.doc === doc && entry.attribution === id));
        if ((within(a, local.a) && within(b, local.b)) || (within(a, local.b) && within(b, local.a)))
          evidence = { doc, start: local.evidence.start, end: local.evidence.end };
      }
    });
    compared.push({
      topic: conflict.topic,
      a,
      b,
      kind: evidence === undefined ? conflict.kind : 'contradicts',
      ...(evidence === undefined ? {} : { evidence }),
    });
  }
  // an article's own contradictions first (those no comparison across articles covers), then the
  // comparisons
  const found: CorpusContradiction[] = [];
  // conflicts an article states that no comparison of claims found
  documents.forEach((document, doc) => {
    for (const local of document.contradictions ?? []) {
      const covered = compared.some(
        (entry) =>
          local.a.every((id) =>
            [...entry.a, ...entry.b].some((item) => item.doc === doc && item.attribution === id),
          ) &&
          local.b.every((id) =>
            [...entry.a, ...entry.b].some((item) => item.doc === doc && item.attribution === id),
          ),
      );
      if (covered) continue;
      found.push({
        id: `x${found.length + 1}`,
        topic: local.topic,
        a: local.a.map((attribution) => ({ doc, attribution })),
        b: local.b.map((attribution) => ({ doc, attribution })),
        kind: local.kind,
        ...(local.evidence
          ? { evidence: { doc, start: local.evidence.start, end: local.evidence.end } }
          : {}),
      });
    }
  });
  for (const entry of compared) found.push({ id: `x${found.length + 1}`, ...entry });
  return found;
}
