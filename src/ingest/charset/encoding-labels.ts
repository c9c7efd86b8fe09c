/**
 * WHATWG encoding labels → encoding names. Node 20 ships full ICU, so `TextDecoder` already knows
 * the WHATWG label table ("latin1", "ISO-8859-1", "ascii" → `windows-1252`; "gb2312" → `gbk`;
 * "sjis" → `shift_jis`). We ask it instead of keeping a copy of the table, and only add the two
 * labels it refuses but a browser honours.
 */

/** Encodings the WHATWG spec defines but Node cannot decode; a browser maps them as written here. */
const REFUSED_LABEL_ENCODINGS: ReadonlyMap<string, string | null> = new Map([
  // "x-user-defined" maps bytes 0x80–0xFF to private-use code points; for text the nearest useful
  // reading is the WHATWG default for legacy pages.
  ['x-user-defined', 'windows-1252'],
  // The "replacement" encoding (ISO-2022-KR, HZ-GB-2312, …) decodes every page to one U+FFFD: treat
  // the label as unusable and fall back to the evidence of the bytes.
  ['replacement', null],
  ['iso-2022-kr', null],
  ['csiso2022kr', null],
  ['hz-gb-2312', null],
  ['iso-2022-cn', null],
  ['iso-2022-cn-ext', null],
]);

const resolvedLabels = new Map<string, string | null>();

/** The WHATWG encoding name for a label (`"ISO-8859-1"` → `windows-1252`), or null when unknown. */
export function encodingForLabel(label: string): string | null {
  const key = label.trim().toLowerCase();
  if (key.length === 0 || key.length > 64) return null;
  const cached = resolvedLabels.get(key);
  if (cached !== undefined) return cached;
  let encoding: string | null;
  if (REFUSED_LABEL_ENCODINGS.has(key)) {
    encoding = REFUSED_LABEL_ENCODINGS.get(key) ?? null;
  } else {
    try {
      encoding = new TextDecoder(key).encoding;
    } catch {
      encoding = null;
    }
  }
  // Bounded: labels come from documents, so cap the memo instead of letting hostile input grow it.
  if (resolvedLabels.size < 256) resolvedLabels.set(key, encoding);
  return encoding;
}
