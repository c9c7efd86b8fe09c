import type { Entity, Mention, Segments } from '../../model/index.js';
import type { NameMention } from '../names/name-mention.js';
import { clusterNames } from './cluster-names.js';
import { DocumentView } from './document-view.js';
import { nameWithoutGluedModifier, withoutGluedModifier } from './glued-modifiers.js';
import { draftFromCluster, type EntityDraft } from './entity-draft.js';
import { chunkNounPhrases } from './noun-phrases.js';
import { findPersonLists } from './person-lists.js';
import { prepareNames } from './prepare-names.js';
import { resolveReferences } from './resolve-references.js';

/**
 * Coreference: the entities of a document with all their mentions. Steps, in order:
 * 1. name items: the recogniser's names trimmed, with honorifics ("Mr X") and a lower-case article
 *    ("the Kremlin") taken in, coordinated people split ("A and B Surname");
 * 2. name clusters: full names, surnames, first names, acronyms, misspellings (cluster-names.ts);
 * 3. noun phrases and pronouns chunked from the tokens;
 * 4. one pass in text order links descriptions, appositions, pronouns and group references
 *    (resolve-references.ts).
 * Entities are numbered "e1", "e2", … in order of first mention; each entity's mentions are sorted.
 * A group of people referred to as a whole ("all four", "the three", "Brothers A and B X", "their")
 * is an entity of type PERSON, subtype GROUP, with `attributes.members` listing the member ids.
 */
export function resolveEntities(text: string, segments: Segments, names: readonly NameMention[]): Entity[] {
  if (segments.tokens.length === 0) return [];
  const view = new DocumentView(text, segments);
  const items = prepareNames(view, names);
  const { clusters, clusterOf } = clusterNames(items, text);
  const drafts = clusters.map((cluster) => draftFromCluster(cluster, items));
  const lists = findPersonLists(view, items);
  const phrases = chunkNounPhrases(view, items);
  resolveReferences({ view, items, entityOfItem: clusterOf, drafts, phrases, lists });
  return finish(text, drafts);
}

function finish(text: string, drafts: readonly EntityDraft[]): Entity[] {
  const kept: { draft: number; mentions: Mention[] }[] = [];
  drafts.forEach((draft, index) => {
    if (draft.latent) return;
    const mentions = draft.mentions
      .map((mention) => withoutGluedModifier(text, mention))
      .filter((mention) => mention.start >= 0 && mention.end <= text.length && mention.start < mention.end)
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .filter((mention, position, all) => {
        const previous = all[position - 1];
        return !previous || previous.start !== mention.start || previous.end !== mention.end;
      });
    if (mentions.length > 0) kept.push({ draft: index, mentions });
  });
  kept.sort(
    (a, b) =>
      (a.mentions[0] as Mention).start - (b.mentions[0] as Mention).start ||
      Number(drafts[a.draft]?.members !== undefined) - Number(drafts[b.draft]?.members !== undefined),
  );
  const ids = new Map<number, string>();
  kept.forEach((entry, index) => ids.set(entry.draft, `e${index + 1}`));
  return kept.map((entry) => {
    const draft = drafts[entry.draft] as EntityDraft;
    const entity: Entity = {
      id: ids.get(entry.draft) as string,
      type: draft.type,
      ...(draft.subtype !== undefined ? { subtype: draft.subtype } : {}),
      name: nameWithoutGluedModifier(draft.name),
      mentions: entry.mentions,
      ...(draft.members !== undefined
        ? { attributes: { members: draft.members.map((member) => ids.get(member) ?? '').filter((id) => id) } }
        : draft.nominalHead !== undefined
          ? { attributes: { nominal_head: draft.nominalHead } }
          : {}),
    };
    return entity;
  });
}
