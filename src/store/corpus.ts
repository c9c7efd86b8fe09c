import { corpusClaims, type CorpusClaimCluster, type CorpusContradiction } from './corpus-claims.js';
import { linkEntities } from './link-entities.js';
import type { LinkCandidate } from './link-entities.js';
import type { ExtractDocument } from './types.js';

/**
 * `claimgraph corpus`: several articles as ONE object with what links them (docs:
 * output-contract.md, "Several articles"). A pure function of the extract documents, in input
 * order; entities are linked by the same rules as the store (link-entities.ts), so the clusters
 * here are the store's corpus entities.
 */

export interface CorpusMember {
  readonly doc: number;
  readonly entity?: string;
  readonly event?: string;
  readonly claim?: string;
  readonly attribution?: string;
}

export interface CorpusJson {
  readonly documents: readonly ExtractDocument[];
  readonly entities: readonly {
    id: string;
    type: string;
    name: string;
    aliases: string[];
    members: { doc: number; entity: string }[];
  }[];
  readonly events: readonly { id: string; type: string | null; members: { doc: number; event: string }[] }[];
  readonly claims: readonly CorpusClaimCluster[];
  readonly contradictions: readonly CorpusContradiction[];
}

function eventTime(event: { readonly time?: string | { readonly value?: string } }): string | null {
  const value = event.time;
  if (typeof value === 'string') return value;
  return value?.value ?? null;
}

export function corpusOf(documents: readonly ExtractDocument[]): CorpusJson {
  const candidates: LinkCandidate[] = [];
  const known = new Set<string>();
  const clusters = new Map<
    string,
    {
      id: string;
      type: string;
      name: string;
      aliases: Set<string>;
      members: { doc: number; entity: string }[];
    }
  >();
  documents.forEach((document, doc) => {
    const links = linkEntities(document.entities, candidates);
    for (const entity of document.entities) {
      const link = links.get(entity.id);
      if (link === undefined) continue;
      if (link.create !== null && !known.has(link.entity)) {
        known.add(link.entity);
        candidates.push({
          id: link.entity,
          type: link.create.type,
          key: link.create.key,
          surnameKey: link.create.surnameKey,
        });
      }
      let cluster = clusters.get(link.entity);
      if (cluster === undefined) {
        cluster = {
          id: link.entity,
          type: entity.type,
          name: link.create?.name ?? entity.name,
          aliases: new Set(),
          members: [],
        };
        clusters.set(link.entity, cluster);
      }
      cluster.members.push({ doc, entity: entity.id });
      cluster.aliases.add(entity.name);
      for (const mention of entity.mentions) if (mention.kind === 'name') cluster.aliases.add(mention.text);
    }
  });
  // events: one cluster per type and time value when the text anchors both, else a singleton
  const events = new Map<
    string,
    { id: string; type: string | null; members: { doc: number; event: string }[] }
  >();
  documents.forEach((document, doc) => {
    for (const event of document.events ?? []) {
      const time = eventTime(event);
      const key = event.type && time ? `${event.type}@${time}` : `single:${doc}:${event.id}`;
      const cluster = events.get(key) ?? { id: `v${events.size + 1}`, type: event.type ?? null, members: [] };
      cluster.members.push({ doc, event: event.id });
      events.set(key, cluster);
    }
  });
  const entities = [...clusters.values()].map((cluster) => ({
    id: cluster.id,
    type: cluster.type,
    name: cluster.name,
    aliases: [...cluster.aliases].filter((alias) => alias !== cluster.name),
    members: cluster.members,
  }));
  const clusterOf = new Map<string, { id: string; name: string }>();
  for (const cluster of entities)
    for (const member of cluster.members) clusterOf.set(`${member.doc}:${member.entity}`, cluster);
  const { claims, contradictions } = corpusClaims(documents, clusterOf);
  return {
    documents,
    entities,
    events: [...events.values()],
    claims,
    contradictions,
  };
}
