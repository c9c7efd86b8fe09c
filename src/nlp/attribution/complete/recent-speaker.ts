import type { Entity, Span } from '../../../model/index.js';
import { firstNameGender } from '../../coref/first-name-gender.js';
import { honorificOf } from '../../coref/lexicon.js';
import type { AttributionCandidate } from '../candidate.js';
import type { ContentIndex } from './content-index.js';
import type { DocumentIndex } from './document-index.js';
import type { SourceResolution } from './speaker.js';

/**
 * The subject pronoun of a speech verb goes to the most recent speaker it agrees with:
 *
 *   Paul Richards, an analyst, said the market would focus on sales. "It's unusual," he said.
 *
 * "he" is Richards (the speaker of the attribution just before), not the chairman the article names
 * most often, and never a man named inside the quotation ("'Victor is tall,' he said"). Agreement is a
 * hard constraint: the gender of a person from an honorific ("Ms Novak"), else the first name ("Anna
 * Novak"), else the pronouns coreference gave the entity. Coreference's own choice stands when it is
 * named outside any quotation between that earlier attribution and the pronoun ("When Hale arrived, he
 * said …"), or when no earlier speaker agrees.
 */

/** How many sentences back the earlier attribution's cue may lie. */
const REACH = 3;

const PRONOUN_GENDER: Readonly<Record<string, 'm' | 'f'>> = { he: 'm', she: 'f' };

/** An entity's gender as far as the text tells it, or undefined. */
export function entityGender(text: string, entity: Entity): 'm' | 'f' | undefined {
  if (entity.type !== 'PERSON') return undefined;
  let male = 0;
  let female = 0;
  for (const mention of entity.mentions) {
    const words = text.slice(mention.start, mention.end).split(/\s+/u);
    if (mention.kind === 'name') {
      // "Ms Novak" (an honorific says it), else "Anna Novak" (the first name of a full name)
      const title = honorificOf((words[0] as string).toLowerCase().replace(/\.$/u, ''));
      const gender = title?.gender ?? (words.length >= 2 ? firstNameGender(words[0] as string) : undefined);
      if (gender !== undefined) return gender;
    } else if (mention.kind === 'pronoun') {
      const word = (words[0] as string).toLowerCase();
      if (word === 'he' || word === 'him' || word === 'his') male += 1;
      else if (word === 'she' || word === 'her' || word === 'hers') female += 1;
    }
  }
  if (male > female) return 'm';
  if (female > male) return 'f';
  return undefined;
}

/** Whether the entity is named outside every content span in [from, to). */
function namedOutsideQuotes(
  index: DocumentIndex,
  contents: ContentIndex,
  entity: string,
  from: number,
  to: number,
): boolean {
  for (const mention of index.mentions) {
    if (mention.start < from || mention.end > to || mention.entity.id !== entity) continue;
    if (mention.kind === 'pronoun') continue;
    if (contents.holding(mention.start, mention.end).length === 0) return true;
  }
  return false;
}

function anchor(candidate: AttributionCandidate): number {
  return candidate.cue?.start ?? candidate.content[0]?.start ?? 0;
}

/**
 * Re-resolves the he/she sources of top-level attributions (`containers[position] < 0`), in place.
 * `resolutions` and `sorted` are in text order.
 */
export function preferRecentSpeakers(
  index: DocumentIndex,
  sorted: readonly AttributionCandidate[],
  containers: readonly number[] | Int32Array,
  contents: ContentIndex,
  entities: ReadonlyMap<string, Entity>,
  resolutions: (SourceResolution | null)[],
): void {
  const text = index.text;
  for (let position = 0; position < sorted.length; position += 1) {
    const candidate = sorted[position] as AttributionCandidate;
    const source: Span | null = candidate.source;
    if (source === null || (containers[position] as number) >= 0) continue;
    const wanted = PRONOUN_GENDER[text.slice(source.start, source.end).toLowerCase()];
    if (wanted === undefined) continue;
    const sentence = index.sentenceIndexAt(source.start);
    let current = resolutions[position]?.speaker;
    // coreference's choice must agree too: a woman's "she" is never held by a man
    const chosen = typeof current === 'string' ? entities.get(current) : undefined;
    if (
      chosen !== undefined &&
      entityGender(text, chosen) !== undefined &&
      entityGender(text, chosen) !== wanted
    )
      current = undefined;
    for (let earlier = position - 1; earlier >= 0; earlier -= 1) {
      const previous = sorted[earlier] as AttributionCandidate;
      if (sentence - index.sentenceIndexAt(anchor(previous)) > REACH) break;
      if ((containers[earlier] as number) >= 0 || anchor(previous) >= source.start) continue;
      const speaker = resolutions[earlier]?.speaker;
      if (typeof speaker !== 'string') continue;
      const entity = entities.get(speaker);
      if (entity === undefined || entity.type !== 'PERSON') continue;
      const gender = entityGender(text, entity);
      if (gender !== undefined && gender !== wanted) continue;
      if (speaker === current) break;
      // coreference's choice named after that attribution, outside quotations, stands
      const from = previous.source?.end ?? anchor(previous);
      if (typeof current === 'string' && namedOutsideQuotes(index, contents, current, from, source.start))
        break;
      resolutions[position] = { speaker, anonymous: false };
      break;
    }
  }
}
