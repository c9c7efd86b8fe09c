/** How much of the input the binary check reads. */
export const BINARY_SAMPLE_BYTES = 8 * 1024;

/**
 * Signatures of common binary formats, so the error can say what the file is instead of only
 * "binary". Checked on the first bytes.
 */
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a DOCX/ODT document)' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: 'a 7-Zip archive' },
  { bytes: [0x42, 0x5a, 0x68], name: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a], name: 'an xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], name: 'a zstd archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'an executable (ELF)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Microsoft Office document' },
];

function startsWithBytes(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let index = 0; index < signature.length; index++) if (bytes[index] !== signature[index]) return false;
  return true;
}

/**
 * Control characters that do not occur in text: everything below 0x20 except tab, line feed,
 * vertical tab, form feed, carriage return and escape (ISO-2022-JP switches sets with ESC), plus DEL.
 */
function isBinaryControl(code: number): boolean {
  return (
    (code < 0x20 &&
      code !== 0x09 &&
      code !== 0x0a &&
      code !== 0x0b &&
      code !== 0x0c &&
      code !== 0x0d &&
      code !== 0x1b) ||
    code === 0x7f
  );
}

/**
 * Why the bytes are binary rather than text, or null when they look like text. A single NUL is
 * enough ("abc\0def" is not a news article); otherwise more than 5% control characters in the first
 * 8 KB (compressed data has about 12%; text a few stray ones at most).
 */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    // A "%PDF-" file can hold only ASCII in its first kilobytes: the signature is the better evidence.
    if (startsWithBytes(bytes, signature.bytes)) return `binary data (${signature.name}), not text or HTML`;
  }
  const sampleLength = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  const nulOffset = bytes.subarray(0, sampleLength).indexOf(0);
  if (nulOffset >= 0) return `binary data (NUL bytes at offset ${nulOffset}), not text or HTML`;
  let controls = 0;
  for (let index = 0; index < sampleLength; index++) if (isBinaryControl(bytes[index] as number)) controls++;
  if (controls > 0 && controls * 20 > sampleLength) {
    return `binary data (${controls} control bytes in the first ${sampleLength}), not text or HTML`;
  }
  return null;
}

/** The same check on text decoded from UTF-16, where the byte-level NUL test cannot apply. */
export function binaryReasonInText(text: string): string | null {
  const sampleLength = Math.min(text.length, BINARY_SAMPLE_BYTES / 2);
  let controls = 0;
  for (let index = 0; index < sampleLength; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return `binary data (NUL characters at character ${index}), not text or HTML`;
    if (isBinaryControl(code)) controls++;
  }
  if (controls > 0 && controls * 20 > sampleLength) {
    return `binary data (${controls} control characters in the first ${sampleLength}), not text or HTML`;
  }
  return null;
}

/**
 * UTF-16 without a byte-order mark: ASCII-heavy text in UTF-16LE has a zero at every odd offset
 * ("H\0e\0l\0"), in UTF-16BE at every even one. Without this check such a file would be rejected as
 * binary for its NUL bytes.
 */
export function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sampleLength = Math.min(bytes.length, BINARY_SAMPLE_BYTES) & ~1;
  if (sampleLength < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sampleLength; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = sampleLength / 2;
  if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 <= oddZeros) return 'utf-16le';
  if (evenZeros * 10 >= pairs * 3 && oddZeros * 20 <= evenZeros) return 'utf-16be';
  return null;
}
