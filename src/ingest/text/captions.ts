/**
 * Step 3: picture captions and their credits.
 *
 * A caption is a line that ends with a photographer or agency credit:
 *   "The minister leaves the hearing on Tuesday - Maria Gonzalez"
 *   "Flood water covers the square. Photograph: Tom Baker/Wire Agency"
 *   "Rescuers at the scene (Photo: Example Press)"
 *   "A crowd gathers outside. Credit: Jane Roe"
 * and the line just before it that only names the person pictured ("Ana Ruiz") is caption
 * furniture.
 */

export interface CaptionSplit {
  /** The caption without its credit, trimmed. */
  readonly text: string;
  readonly credit: string;
  /** The rule that found the credit. */
  readonly origin: string;
}

/** "Photograph: X", "Photo: X", "Credit: X", "Image: X", "Foto: X", "Bild: X", "Photo by X". */
const CREDIT_LABEL =
  /(?:^|[\s.;,(|])(?:(?:photograph|photo|photos|picture|pictures|image|images|credit|photo credit|image credit|foto|fotos|bild|bildquelle|quelle|crédit|crédit photo|crédito)\s*[:：]|photo by|photograph by|pictured by|image by|foto von)\s*/giu;

const UPPERCASE_OR_COPYRIGHT = /^[\p{Lu}©]/u;

/** The first credit label followed by a capitalised word (the `i` flag would make `\p{Lu}` match any letter). */
function findCreditLabel(line: string): { index: number; length: number; separator: string } | null {
  CREDIT_LABEL.lastIndex = 0;
  for (let match = CREDIT_LABEL.exec(line); match; match = CREDIT_LABEL.exec(line)) {
    const end = match.index + match[0].length;
    if (UPPERCASE_OR_COPYRIGHT.test(line.slice(end, end + 1))) {
      return { index: match.index, length: match[0].length, separator: match[0].charAt(0) };
    }
    if (match[0].length === 0) CREDIT_LABEL.lastIndex++;
  }
  return null;
}

/** Words allowed in a credit after a dash: names, agency initials and their joiners. */
const CREDIT_JOINERS = new Set([
  'via',
  'for',
  'and',
  '&',
  'of',
  'de',
  'van',
  'von',
  'der',
  'le',
  'la',
  'del',
  'da',
  'y',
]);

function isCreditWord(word: string): boolean {
  if (CREDIT_JOINERS.has(word)) return true;
  // "Bednyakov", "AFP", "Getty/AFP", "O'Neill", "Smith-Jones", "Images"
  return /^[\p{Lu}©][\p{L}\p{M}'’.\-/&]*$/u.test(word);
}

/** A run of words that reads as a credit: "Pavel Ivanov", "Reuters", "Jane Roe/Wire Agency". */
function looksLikeCredit(candidate: string, maximumWords: number): boolean {
  const words = candidate.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0 || words.length > maximumWords) return false;
  if (/[.!?…]$/u.test(candidate) && !/\b\p{Lu}\.$/u.test(candidate)) return false;
  const first = words[0] ?? '';
  if (CREDIT_JOINERS.has(first)) return false;
  return words.every(isCreditWord);
}

/** The sentence-like text a caption describes must have some lowercase words ("leaves the hearing"). */
function looksLikeDescription(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  if (words.length < 4) return false;
  let lowercase = 0;
  for (const word of words) if (/^\P{L}*\p{Ll}/u.test(word)) lowercase++;
  return lowercase >= 2;
}

/** Longest line examined as a caption: captions are a sentence or two. */
const MAXIMUM_CAPTION_LENGTH = 600;

/** Splits a caption line into its description and credit, or returns null when it is not one. */
export function splitCaption(line: string): CaptionSplit | null {
  if (line.length > MAXIMUM_CAPTION_LENGTH) return null;

  // "… in the aftermath of the attack (Photo: Example Press)" / "(AP Photo/Jane Roe)"
  const parenthesis = /\(([^()]{2,80})\)\s*$/u.exec(line);
  if (parenthesis) {
    const inner = (parenthesis[1] ?? '').trim();
    const labelled =
      /^(?:photo|photograph|picture|image|credit|foto|bild|crédit|crédito)\s*(?:by\s+)?[:：]?\s*(.+)$/iu.exec(
        inner,
      );
    const agencyPhoto = /^\p{Lu}{2,}(?:\/\p{Lu}\p{L}*)?\s+(?:[Pp]hoto|[Ff]oto|[Ii]mages?)\b/u.test(inner);
    const description = line.slice(0, parenthesis.index).trim();
    if ((labelled || agencyPhoto) && looksLikeDescription(description)) {
      const credit = labelled ? (labelled[1] ?? '').trim() : inner;
      return { text: description, credit, origin: 'caption-parenthesised-credit' };
    }
  }

  // "… floods the square. Photograph: Tom Baker/Wire Agency"
  const label = findCreditLabel(line);
  if (label && label.index > 0) {
    const creditStart = label.index + label.length;
    const credit = line
      .slice(creditStart)
      .trim()
      .replace(/[)\].]+$/u, '');
    const description = line.slice(0, label.index + (label.separator === '(' ? 0 : 1)).trim();
    if (looksLikeCredit(credit.replace(/^©\s*/u, ''), 8) && looksLikeDescription(description)) {
      return { text: description, credit, origin: 'caption-labelled-credit' };
    }
  }

  // "… in the aftermath of the atrocity - Pavel Ivanov": a dash, then a name or agency and nothing else.
  const dash = Math.max(line.lastIndexOf(' - '), line.lastIndexOf(' – '), line.lastIndexOf(' — '));
  if (dash > 0) {
    const credit = line.slice(dash + 3).trim();
    const description = line.slice(0, dash).trim();
    if (looksLikeCredit(credit, 6) && looksLikeDescription(description)) {
      return { text: description, credit, origin: 'caption-dash-credit' };
    }
  }
  return null;
}

/** A line that is only a credit: "Photograph: Tom Baker/Wire Agency", "Photo: Example Press". */
export function creditOnly(line: string): string | null {
  if (line.length > 120) return null;
  const match =
    /^(?:photograph|photo|photos|picture|image|credit|photo credit|image credit|foto|fotos|bild|crédit photo|crédito)\s*(?:by\s+)?[:：]\s*(.+)$/iu.exec(
      line,
    );
  if (!match) return null;
  const credit = (match[1] ?? '').trim();
  return looksLikeCredit(credit.replace(/^©\s*/u, ''), 8) ? credit : null;
}

/** "Ana Ruiz", "President Ana Ruiz": a short line of capitalised words that only names someone. */
export function looksLikeNameLine(line: string): boolean {
  if (line.length > 60) return false;
  const words = line.split(/\s+/).filter((word) => word.length > 0);
  if (words.length < 1 || words.length > 5) return false;
  return words.every((word) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word) || CREDIT_JOINERS.has(word));
}
