import type { Caption, Entity } from '../../model/index.js';
import { isNewsOrganisation, organisation } from '../lexicon/index.js';

/** Agency and picture-library words that make a credit an organisation ("Getty Images", "AP Photo"). */
const ORGANISATION_WORDS =
  /\b(?:images?|photos?|pictures?|press|agency|archives?|library|pool|news|studios?|company|trust|foundation|museum)\b|^the\s/i;
/** A person's name as credits write it: two to four capitalised words, initials and particles allowed. */
const PERSON_NAME =
  /^\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:de|da|van|von|der|den|del|la|le|bin|al|el)\s+)*\p{Lu}[\p{L}’'.-]*){1,3}$/u;

/** "Photo courtesy of The Harbour Trust", "Photograph by Jane Roe": the words before the name. */
const CREDIT_LEAD =
  /^(?:(?:photo(?:graph)?s?|pictures?|images?)\s*(?:courtesy\s+of|by|:)?|courtesy\s+of|credit:)\s+/iu;

/** "AP Photo/Jane Roe", "Jane Roe/Reuters", "Jane Roe for The Herald": the parts of one credit. */
function creditParts(credit: string): string[] {
  return credit
    .replace(CREDIT_LEAD, '')
    .split(/\s*(?:\/|;|,|\bfor\b|\bvia\b)\s*/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * People and organisations named only in picture credits: the credit is kept apart from the body
 * (`captions[].credit`), so no span of `text` can point at it; such an entity has no mentions and
 * says where it comes from (`attributes.mentioned_in: "caption credit"`, a photographer's role).
 * A credit naming an entity the body already mentions adds nothing. Ids continue after `entities`.
 */
export function captionCreditEntities(captions: readonly Caption[], entities: readonly Entity[]): Entity[] {
  const known = new Set(entities.map((entity) => entity.name.toLowerCase()));
  const added: Entity[] = [];
  for (const caption of captions) {
    if (caption.credit === null) continue;
    for (const part of creditParts(caption.credit)) {
      const key = part.toLowerCase();
      if (known.has(key) || !/^\p{Lu}/u.test(part)) continue;
      const isOrganisation =
        isNewsOrganisation(part) || organisation(part) !== undefined || ORGANISATION_WORDS.test(part);
      if (!isOrganisation && !PERSON_NAME.test(part)) continue;
      known.add(key);
      added.push({
        id: `e${entities.length + added.length + 1}`,
        type: isOrganisation ? 'ORG' : 'PERSON',
        name: part,
        mentions: [],
        attributes: isOrganisation
          ? { mentioned_in: 'caption credit' }
          : { role: 'photographer', mentioned_in: 'caption credit' },
      });
    }
  }
  return added;
}
