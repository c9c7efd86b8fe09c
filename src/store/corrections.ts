import type { Correction, ExtractAttribution, ExtractDocument, PrintedSpan } from './types.js';

/**
 * Applying users' corrections to an extracted document: a pure function of the document as
 * extracted, the links of its entities to corpus entities, and the corrections of its content hash.
 * The extracted record is never changed; the corrected view is what search, dossiers and exports
 * read.
 */

/**
 * The attribution a correction is about. A correction remembers the attribution's id and its
 * anchor (first content span and cue when it was made); after a re-extraction the anchor decides
 * when the ids moved, so a correction follows its words rather than a number.
 */
export function findCorrected(
  attributions: readonly ExtractAttribution[],
  correction: Correction,
): ExtractAttribution | undefined {
  const change = correction.change;
  if (change.kind === 'merge') return undefined;
  const anchor = correction.anchor;
  const sameSpan = (a: PrintedSpan | null | undefined, b: PrintedSpan | null | undefined): boolean =>
    (a ?? null) === null ? (b ?? null) === null : a?.start === b?.start && a?.end === b?.end;
  const matches = (attribution: ExtractAttribution): boolean =>
    anchor === null ||
    (sameSpan(attribution.content[0], anchor.content) && sameSpan(attribution.cue, anchor.cue));
  const byId = attributions.find((attribution) => attribution.id === change.attribution);
  if (byId && matches(byId)) return byId;
  return attributions.find(matches) ?? (anchor === null ? byId : undefined);
}

export function anchorOf(attribution: ExtractAttribution): NonNullable<Correction['anchor']> {
  return { cue: attribution.cue ?? null, content: attribution.content[0] ?? null };
}

function speakerIds(speaker: ExtractAttribution['speaker']): string[] {
  if (speaker === null || speaker === undefined) return [];
  return typeof speaker === 'string' ? [speaker] : [...speaker];
}

export interface CorrectedDocument {
  readonly document: ExtractDocument;
  /** The corrections that found their attribution in this document. */
  readonly applied: readonly Correction[];
}

/**
 * The corrected view: entities carry their `corpus_entity`, attributions their `speaker_entities`
 * (corpus ids) and `corrected: true` when changed; attributions marked as not being one are left
 * out. Corrections are applied in the order they were made, so a later one wins.
 */
export function applyCorrections(
  document: ExtractDocument,
  links: ReadonlyMap<string, string>,
  corrections: readonly Correction[],
): CorrectedDocument {
  const { text } = document;
  const localOf = new Map<string, string>();
  for (const [local, corpus] of links) if (!localOf.has(corpus)) localOf.set(corpus, local);
  const entities = document.entities.map((entity) => ({ ...entity, corpus_entity: links.get(entity.id) }));
  let attributions: ExtractAttribution[] = document.attributions.map((attribution) => ({
    ...attribution,
    speaker_entities: speakerIds(attribution.speaker)
      .map((local) => links.get(local))
      .filter((id): id is string => id !== undefined),
  }));
  const applied: Correction[] = [];
  const ordered = [...corrections].sort(
    (a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id),
  );
  for (const correction of ordered) {
    const change = correction.change;
    if (change.kind === 'merge') continue;
    const target = findCorrected(attributions, correction);
    if (target === undefined) continue;
    applied.push(correction);
    switch (change.kind) {
      case 'not-attribution':
        attributions = attributions.filter((attribution) => attribution !== target);
        break;
      case 'speaker':
        attributions = attributions.map((attribution) =>
          attribution === target
            ? {
                ...attribution,
                speaker: change.speaker === null ? null : (localOf.get(change.speaker) ?? null),
                speaker_entities: change.speaker === null ? [] : [change.speaker],
                corrected: true,
              }
            : attribution,
        );
        break;
      case 'content':
        attributions = attributions.map((attribution) =>
          attribution === target
            ? {
                ...attribution,
                content: change.content.map(({ start, end }) => ({
                  start,
                  end,
                  text: text.slice(start, end),
                })),
                corrected: true,
              }
            : attribution,
        );
        break;
      default: {
        const unknown: never = change;
        throw new Error(`unknown correction ${JSON.stringify(unknown)}`);
      }
    }
  }
  return { document: { ...document, entities, attributions }, applied };
}
