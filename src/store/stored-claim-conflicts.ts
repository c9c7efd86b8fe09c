import type { ClaimFrame, Quantity } from '../model/index.js';
import { conflictsOf, unnamedSpeakerKey, type ClaimView } from '../nlp/contradictions/index.js';

/**
 * Conflicts between stored articles (`GET /api/contradictions`, scope `corpus`): the stored claims
 * compared as `claimgraph corpus` compares them (src/nlp/contradictions), parties and speakers by
 * corpus entity. Only conflicts whose sides come from two articles or more are returned; those
 * inside one article are stored with it.
 */
export interface StoredClaimRow {
  readonly document_id: string;
  readonly attribution: string;
  readonly topic: string;
  readonly polarity: string;
  /** The claim as `extract` printed it (JSON). */
  readonly claim: string;
  readonly published: string | null;
  readonly source_text: string | null;
  readonly anonymous: number;
}

export interface StoredConflict {
  readonly topic: string;
  readonly kind: string;
  readonly a: readonly [string, string][];
  readonly b: readonly [string, string][];
}

const FRAMES: ReadonlySet<string> = new Set([
  'responsibility',
  'participation',
  'destination',
  'origin',
  'count',
  'proposition',
]);

export function storedClaimConflicts(
  rows: readonly StoredClaimRow[],
  /** corpus entity of `document\0local entity id` */
  corpusEntity: ReadonlyMap<string, string>,
  /** corpus entities of the speaker of `document\0attribution` */
  speakers: ReadonlyMap<string, readonly string[]>,
): StoredConflict[] {
  const views: ClaimView[] = rows.map((row, order) => {
    const claim = JSON.parse(row.claim) as {
      frame?: string;
      value?: { entities?: string[]; quantity?: Quantity };
      subject?: { entity?: string; text?: string };
      exclusive?: boolean;
    };
    const key = `${row.document_id}\u0000${row.attribution}`;
    const entity = (id: string): string => corpusEntity.get(`${row.document_id}\u0000${id}`) ?? key + id;
    const frame: ClaimFrame = FRAMES.has(String(claim.frame)) ? (claim.frame as ClaimFrame) : 'proposition';
    // a claim stored without a frame (an older extract) compares on its topic alone
    const values =
      claim.frame === undefined
        ? ['*']
        : frame !== 'proposition'
          ? (claim.value?.entities ?? []).map(entity)
          : claim.subject?.entity !== undefined
            ? [entity(claim.subject.entity)]
            : [];
    const named = speakers.get(key) ?? [];
    return {
      key: `${key}\u0000${order}`,
      attribution: key,
      speaker:
        named.length > 0
          ? [...named].sort().join('+')
          : unnamedSpeakerKey(row.source_text, row.anonymous === 1, key),
      topic: row.topic,
      frame,
      polarity: row.polarity === 'neg' ? 'neg' : 'pos',
      values,
      exclusive: claim.exclusive === true,
      ...(claim.value?.quantity === undefined ? {} : { quantity: claim.value.quantity }),
      time: row.published,
      denial: false,
      order,
    };
  });
  const split = (key: string): [string, string] => {
    const [document, attribution] = key.split('\u0000') as [string, string];
    return [document, attribution];
  };
  return conflictsOf(views)
    .map((conflict) => ({
      topic: conflict.topic,
      kind: conflict.kind,
      a: [...new Set(conflict.a.map((view) => view.attribution))].map(split),
      b: [...new Set(conflict.b.map((view) => view.attribution))].map(split),
    }))
    .filter((conflict) => new Set([...conflict.a, ...conflict.b].map(([document]) => document)).size > 1);
}
