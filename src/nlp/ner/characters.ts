/**
 * Character classes and lower-casing for UTF-16 code units, as two lookup tables built once (about
 * 10 ms) so the feature extractor reads them without allocating. Letters outside the BMP count as
 * uncased letters; names in news are almost never written with them.
 */

export const OTHER = 0;
export const UPPER = 1;
export const LOWER = 2;
export const DIGIT = 3;
/** A letter without case (CJK, Arabic, Hebrew, …). */
export const UNCASED = 4;

let classes: Uint8Array | null = null;
let lowercase: Uint16Array | null = null;

function build(): void {
  const classTable = new Uint8Array(0x10000);
  const lowerTable = new Uint16Array(0x10000);
  const letter = /\p{L}/u;
  const upper = /\p{Lu}|\p{Lt}/u;
  const lower = /\p{Ll}/u;
  const digit = /\p{Nd}/u;
  for (let code = 0; code < 0x10000; code += 1) {
    lowerTable[code] = code;
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) {
        classTable[code] = UPPER;
        lowerTable[code] = code | 0x20;
      } else if (code >= 0x61 && code <= 0x7a) classTable[code] = LOWER;
      else if (code >= 0x30 && code <= 0x39) classTable[code] = DIGIT;
      continue;
    }
    const character = String.fromCharCode(code);
    if (digit.test(character)) classTable[code] = DIGIT;
    else if (letter.test(character)) {
      if (upper.test(character)) {
        classTable[code] = UPPER;
        const lowered = character.toLowerCase();
        if (lowered.length === 1) lowerTable[code] = lowered.charCodeAt(0);
      } else classTable[code] = lower.test(character) ? LOWER : UNCASED;
    }
  }
  classes = classTable;
  lowercase = lowerTable;
}

export function characterClasses(): Uint8Array {
  if (classes === null) build();
  return classes as Uint8Array;
}

export function lowercaseTable(): Uint16Array {
  if (lowercase === null) build();
  return lowercase as Uint16Array;
}
