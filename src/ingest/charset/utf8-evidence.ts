/** How the bytes fare as UTF-8: well-formed multi-byte sequences versus bytes that break the rules. */
export interface Utf8Evidence {
  /** Well-formed sequences of 2–4 bytes (each is one non-ASCII character). */
  readonly validSequences: number;
  /** Bytes that cannot start or continue a well-formed sequence. */
  readonly invalidBytes: number;
}

/**
 * Counts well-formed and broken UTF-8 in one pass, without allocating. Only run when a strict
 * UTF-8 decode has already failed, to weigh "UTF-8 with a few damaged bytes" (a page that pasted
 * one latin-1 "é" into otherwise clean UTF-8) against "not UTF-8 at all" (a latin-1 page whose
 * every "ü" is a lone byte 0xFC).
 */
export function measureUtf8(bytes: Uint8Array): Utf8Evidence {
  let validSequences = 0;
  let invalidBytes = 0;
  let index = 0;
  const length = bytes.length;
  while (index < length) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let needed: number;
    let lowerBound = 0x80;
    let upperBound = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      // Overlong forms and UTF-16 surrogates are not well-formed UTF-8.
      if (lead === 0xe0) lowerBound = 0xa0;
      if (lead === 0xed) upperBound = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lowerBound = 0x90;
      if (lead === 0xf4) upperBound = 0x8f;
    } else {
      invalidBytes++;
      index++;
      continue;
    }
    let offset = 1;
    let wellFormed = true;
    for (; offset <= needed; offset++) {
      const continuation = bytes[index + offset];
      const low = offset === 1 ? lowerBound : 0x80;
      const high = offset === 1 ? upperBound : 0xbf;
      if (continuation === undefined || continuation < low || continuation > high) {
        wellFormed = false;
        break;
      }
    }
    if (wellFormed) {
      validSequences++;
      index += needed + 1;
    } else {
      invalidBytes++;
      index += offset;
    }
  }
  return { validSequences, invalidBytes };
}
