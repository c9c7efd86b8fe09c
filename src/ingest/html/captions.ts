import type { Caption } from '../../model/index.js';

/**
 * Splits a picture caption into its description and the photographer/agency credit:
 * "Firefighters at the depot on Monday. (AP Photo/Jane Roe)", "Crowds at the station. Photo: Reuters",
 * "Die Fähre im Hafen. Foto: dpa", "Flooded fields near the river - John Smith", "© Agency".
 */
const PARENTHESISED_CREDIT = /\(([^()]{2,80})\)\s*$/;
const CREDIT_WORD =
  /\b(?:photo|photos|photograph|picture|image|foto|fotos|bild|credit|crédit|source|quelle|getty|reuters|afp|ap|dpa|epa|ansa|efe|imago|shutterstock|pa)\b/i;
const LABELLED_CREDIT =
  /(?:^|[\s.,;])(?:photo(?:graph)?s?|pictures?|images?|fotos?|bild(?:er)?|credits?|crédits?|source|quelle|illustration)(?:\s+credit)?\s*:\s*(.{2,100})$/i;
const COPYRIGHT_CREDIT = /(?:^|\s)(?:©|\(c\)|copyright)\s*(.{2,100})$/i;
const DASHED_CREDIT = /\s[-–—|/]\s+([^-–—|.!?]{2,60})$/;

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function trimSeparators(text: string): string {
  return text.replace(/[\s\-–—|/,;:]+$/, '').trim();
}

function looksLikeName(text: string): boolean {
  const words = text.split(' ');
  if (words.length === 0 || words.length > 6) return false;
  // A credit is a name or an agency: every word starts in upper case or is a short joiner ("van", "de").
  return words.every(
    (word) =>
      /^[\p{Lu}\p{Lt}]/u.test(word) || /^(?:van|von|de|del|der|da|di|la|le|y|and|und|for|\/)$/i.test(word),
  );
}

export function splitCaption(rawText: string, creditText: string | null): Caption | null {
  let text = tidy(rawText);
  let credit = creditText === null ? null : tidy(creditText);
  if (credit !== null && credit.length > 0) {
    if (text.endsWith(credit)) text = text.slice(0, text.length - credit.length);
    else if (text.startsWith(credit)) text = text.slice(credit.length);
    text = trimSeparators(text);
    credit = credit
      .replace(/^(?:photo(?:graph)?|foto|bild|credit|image|picture)s?\s*:\s*/i, '')
      .replace(/^[©(]\s*|\)$/g, '')
      .trim();
    return text.length === 0 && credit.length === 0
      ? null
      : { text, credit: credit.length > 0 ? credit : null };
  }
  if (text.length === 0) return null;
  const parenthesised = PARENTHESISED_CREDIT.exec(text);
  if (parenthesised && CREDIT_WORD.test(parenthesised[1]!)) {
    return { text: trimSeparators(text.slice(0, parenthesised.index)), credit: parenthesised[1]!.trim() };
  }
  const labelled = LABELLED_CREDIT.exec(text);
  if (labelled) {
    return { text: trimSeparators(text.slice(0, labelled.index)), credit: trimSeparators(labelled[1]!) };
  }
  const copyright = COPYRIGHT_CREDIT.exec(text);
  if (copyright) {
    return { text: trimSeparators(text.slice(0, copyright.index)), credit: trimSeparators(copyright[1]!) };
  }
  const dashed = DASHED_CREDIT.exec(text);
  if (dashed && looksLikeName(dashed[1]!.trim())) {
    return { text: trimSeparators(text.slice(0, dashed.index)), credit: dashed[1]!.trim() };
  }
  return { text, credit: null };
}
