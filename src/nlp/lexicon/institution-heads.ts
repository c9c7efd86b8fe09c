import { foldKey } from './normalise.js';

/**
 * Head words of institutions that are often named after a person: "Harold Wood Hospital", "Anna
 * Ruiz Foundation", "John Lind University". No data package lists them; they are a closed set of
 * English nouns.
 */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(
  [
    'hospital',
    'hospitals',
    'clinic',
    'infirmary',
    'hospice',
    'university',
    'college',
    'school',
    'academy',
    'institute',
    'foundation',
    'trust',
    'fund',
    'museum',
    'library',
    'gallery',
    'center',
    'centre',
    'society',
    'company',
  ].map(foldKey),
);

/** True for the head word of an institution ("Hospital", "Foundation", "University"). */
export function isInstitutionHead(word: string): boolean {
  return INSTITUTION_HEADS.has(foldKey(word));
}
