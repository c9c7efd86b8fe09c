import { basename } from 'node:path';
import type { CorpusJson } from '../store/corpus.js';

/**
 * `claimgraph conflicts`: the contradictions of a set of articles for people, topic by topic, each
 * side with its speakers, outlets and dates and what they said:
 *
 *   who is behind the attack at Velmora  [denies]
 *     the text says: "…" (b.txt)
 *     A  Interior Ministry — the Red Hand movement was behind the attack
 *          a.txt · Velmora Herald · 2025-03-03
 *     B  Red Hand — that it was involved in the attack (denial)
 */
const CONTENT_WIDTH = 110;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > CONTENT_WIDTH ? `${flat.slice(0, CONTENT_WIDTH - 1)}…` : flat;
}

export function conflictsText(corpus: CorpusJson): string {
  const { documents } = corpus;
  if (corpus.contradictions.length === 0) return 'No conflicting accounts found.\n';
  const clusterName = new Map<string, string>();
  for (const cluster of corpus.entities)
    for (const member of cluster.members) clusterName.set(`${member.doc}:${member.entity}`, cluster.name);
  const outlet = (doc: number): string => {
    const document = documents[doc];
    if (document === undefined) return '?';
    const name = basename(document.source);
    return document.publisher === null ? name : `${name} · ${document.publisher}`;
  };
  const lines: string[] = [];
  const byTopic = new Map<string, CorpusJson['contradictions'][number][]>();
  for (const entry of corpus.contradictions)
    byTopic.set(entry.topic, [...(byTopic.get(entry.topic) ?? []), entry]);
  for (const [topic, entries] of byTopic) {
    for (const entry of entries) {
      lines.push(`${topic}  [${entry.kind}]`);
      if (entry.evidence !== undefined) {
        const document = documents[entry.evidence.doc];
        const said = document?.text.slice(entry.evidence.start, entry.evidence.end) ?? '';
        lines.push(`  the text says: "${shorten(said)}" (${basename(document?.source ?? '?')})`);
      }
      for (const [label, side] of [
        ['A', entry.a],
        ['B', entry.b],
      ] as const) {
        for (const { doc, attribution: id } of side) {
          const document = documents[doc];
          const attribution = document?.attributions.find((candidate) => candidate.id === id);
          if (document === undefined || attribution === undefined) continue;
          const speakers = [attribution.speaker ?? []]
            .flat()
            .map((entity) => clusterName.get(`${doc}:${entity}`) ?? entity);
          const who =
            speakers.length > 0 ? speakers.join(' and ') : (attribution.source?.text ?? 'unnamed source');
          const content = attribution.content.map((span) => span.text).join(' … ');
          const denial = attribution.stance === 'deny' ? ' (denial)' : '';
          const time = typeof attribution.time === 'string' ? attribution.time : document.published;
          lines.push(`  ${label}  ${who} — ${shorten(content)}${denial}`);
          lines.push(`       ${outlet(doc)} · ${time ?? 'undated'}`);
        }
      }
      lines.push('');
    }
  }
  return `${lines.join('\n')}`;
}
