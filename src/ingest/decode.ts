import { gunzipSync } from 'node:zlib';
import type { Diagnostic } from '../model/index.js';
import { ClaimgraphError } from '../model/index.js';
import { binaryReason, binaryReasonInText, sniffUtf16WithoutBom } from './charset/detect-binary.js';
import { guessLegacyCharset } from './charset/guess-legacy-charset.js';
import { prescanCharset, type DeclaredCharset } from './charset/prescan-charset.js';
import { measureUtf8 } from './charset/utf8-evidence.js';
import { DEFAULT_LIMITS } from './options.js';

/** Which rule chose the character set, so a wrong decoding can be traced in one step. */
export type CharsetOrigin =
  | 'byte-order-mark'
  | 'utf-16-sniffed'
  | 'valid-utf-8'
  | 'damaged-utf-8'
  | 'meta-charset'
  | 'meta-http-equiv'
  | 'xml-declaration'
  | 'guessed';

export interface DecodedInput {
  readonly text: string;
  /** WHATWG encoding name the text was decoded with (`utf-8`, `windows-1252`, `utf-16le`, …). */
  readonly charset: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly charsetOrigin: CharsetOrigin;
  /** The character set an HTML page declares (WHATWG name), whether or not it was used. */
  readonly declaredCharset: string | null;
  /** The input was gzip-compressed and has been decompressed. */
  readonly decompressed: boolean;
}

export interface DecodeOptions {
  /** Largest decompressed size accepted for gzip input, in bytes (default: the input limit, 16 MiB). */
  readonly maxDecompressedBytes?: number;
}

const ORIGIN = 'ingest/decode';

function diagnostic(
  severity: Diagnostic['severity'],
  code: string,
  message: string,
  rule: string,
): Diagnostic {
  return { severity, code, message, origin: `${ORIGIN}/${rule}` };
}

/** Step 1: gzip-compressed input ("1f 8b") is decompressed, with a cap against decompression bombs. */
function gunzipIfCompressed(bytes: Uint8Array, maxOutputLength: number): Uint8Array | null {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return null;
  try {
    return gunzipSync(bytes, { maxOutputLength });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new ClaimgraphError('input-too-large', `gzip data expands to more than ${maxOutputLength} bytes`);
    }
    throw new ClaimgraphError(
      'binary-input',
      `gzip data is corrupt (${(error as Error).message}), not text or HTML`,
    );
  }
}

/** Step 2: a byte-order mark decides the encoding before anything else (WHATWG "BOM sniff"). */
function sniffByteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** `ignoreBOM: true` keeps a U+FEFF that is part of the text: decoding must be lossless. */
function decodeWith(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const NON_ASCII = /[\u0080-\uffff]/;

interface Choice {
  readonly text: string;
  readonly charset: string;
  readonly origin: CharsetOrigin;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Step 4: bytes without a byte-order mark. Evidence first, declaration second:
 * - Valid UTF-8 with at least one multi-byte character is UTF-8 even when the page declares
 *   ISO-8859-1. Legacy text with accented letters is almost never valid UTF-8 by accident (an "é"
 *   in latin-1 is the lone byte 0xE9, which UTF-8 requires to be followed by two continuation bytes),
 *   while pages that moved to UTF-8 but kept an old `<meta charset="iso-8859-1">` are common.
 * - Pure ASCII follows the declaration (identical for every ASCII-compatible set; ISO-2022-JP
 *   is 7-bit and needs it).
 * - Invalid UTF-8 follows the declaration when it names a legacy set. When it names UTF-8 (or
 *   nothing), the bytes decide: mostly well-formed UTF-8 with a few broken bytes ("Caf\xe9" pasted
 *   into a UTF-8 page) stays UTF-8 with U+FFFD; mostly broken is a legacy set guessed from the text.
 */
function chooseCharset(bytes: Uint8Array, declared: DeclaredCharset | null): Choice {
  const utf8Text = strictUtf8(bytes);
  if (utf8Text !== null) {
    if (declared === null || declared.encoding === 'utf-8')
      return { text: utf8Text, charset: 'utf-8', origin: 'valid-utf-8', diagnostics: [] };
    if (NON_ASCII.test(utf8Text)) {
      return {
        text: utf8Text,
        charset: 'utf-8',
        origin: 'valid-utf-8',
        diagnostics: [
          diagnostic(
            'info',
            'charset-declaration-overridden',
            `the page declares ${declared.label} but its bytes are valid UTF-8 with non-ASCII characters; decoded as UTF-8`,
            'valid-utf-8',
          ),
        ],
      };
    }
    return {
      text: decodeWith(declared.encoding, bytes),
      charset: declared.encoding,
      origin: declared.origin,
      diagnostics: [],
    };
  }
  if (declared !== null && declared.encoding !== 'utf-8') {
    return {
      text: decodeWith(declared.encoding, bytes),
      charset: declared.encoding,
      origin: declared.origin,
      diagnostics: [],
    };
  }
  const evidence = measureUtf8(bytes);
  if (evidence.validSequences >= evidence.invalidBytes && evidence.validSequences > 0) {
    return {
      text: decodeWith('utf-8', bytes),
      charset: 'utf-8',
      origin: 'damaged-utf-8',
      diagnostics: [
        diagnostic(
          'warning',
          'invalid-utf8',
          `${evidence.invalidBytes} byte(s) are not valid UTF-8 among ${evidence.validSequences} valid multi-byte characters; replaced with U+FFFD`,
          'damaged-utf-8',
        ),
      ],
    };
  }
  const guess = guessLegacyCharset(bytes);
  const against = declared === null ? 'no character set is declared' : `the page declares ${declared.label}`;
  return {
    text: decodeWith(guess.encoding, bytes),
    charset: guess.encoding,
    origin: 'guessed',
    diagnostics: [
      diagnostic(
        'warning',
        'charset-guessed',
        `the bytes are not UTF-8 (${evidence.invalidBytes} invalid byte(s)) and ${against}; guessed ${guess.encoding}`,
        'guessed',
      ),
    ],
  };
}

/**
 * Bytes → text, as a browser would read them, and a little more careful. Steps, in order:
 * gunzip → empty check → byte-order mark → UTF-16 without BOM → binary check → declared charset
 * (HTML prescan) → UTF-8 evidence → declared or guessed legacy charset → whitespace-only check.
 * The decoded text is never otherwise altered (no line-ending or Unicode normalisation): for text
 * input taken verbatim, valid UTF-8 without a BOM decodes to exactly the input.
 *
 * Throws `ClaimgraphError` `empty-input`, `binary-input` or `input-too-large`.
 */
export function decodeInput(
  bytes: Uint8Array,
  format: 'text' | 'html',
  options: DecodeOptions = {},
): DecodedInput {
  if (bytes.length === 0) throw new ClaimgraphError('empty-input', 'the file is empty');
  const diagnostics: Diagnostic[] = [];
  const decompressedBytes = gunzipIfCompressed(
    bytes,
    options.maxDecompressedBytes ?? DEFAULT_LIMITS.maxInputBytes,
  );
  const input = decompressedBytes ?? bytes;
  if (decompressedBytes !== null) {
    diagnostics.push(
      diagnostic(
        'info',
        'input-decompressed',
        `gzip input decompressed (${bytes.length} → ${input.length} bytes)`,
        'gunzip',
      ),
    );
    if (input.length === 0) throw new ClaimgraphError('empty-input', 'the file is empty (empty gzip data)');
  }
  const result = (
    text: string,
    charset: string,
    charsetOrigin: CharsetOrigin,
    declaredCharset: string | null,
  ): DecodedInput => {
    if (!/\S/.test(text)) {
      throw new ClaimgraphError(
        'empty-input',
        text.length === 0 ? 'the file is empty' : 'the file contains only whitespace',
      );
    }
    return {
      text,
      charset,
      diagnostics,
      charsetOrigin,
      declaredCharset,
      decompressed: decompressedBytes !== null,
    };
  };

  const byteOrderMark = sniffByteOrderMark(input);
  const utf16 = byteOrderMark === null ? sniffUtf16WithoutBom(input) : null;
  if (byteOrderMark !== null || utf16 !== null) {
    const encoding = byteOrderMark?.encoding ?? (utf16 as string);
    const body = input.subarray(byteOrderMark?.length ?? 0);
    if (encoding === 'utf-8') {
      const reason = binaryReason(body);
      if (reason !== null) throw new ClaimgraphError('binary-input', reason);
    }
    const text = decodeWith(encoding, body);
    if (encoding !== 'utf-8') {
      const reason = binaryReasonInText(text);
      if (reason !== null) throw new ClaimgraphError('binary-input', reason);
    }
    if (byteOrderMark !== null) {
      diagnostics.push(
        diagnostic(
          'info',
          'byte-order-mark-removed',
          `a ${encoding} byte-order mark was removed from the start of the input`,
          'byte-order-mark',
        ),
      );
    } else {
      diagnostics.push(
        diagnostic(
          'warning',
          'charset-guessed',
          `no byte-order mark, but the zero bytes show ${encoding}`,
          'utf-16-sniffed',
        ),
      );
    }
    if (encoding === 'utf-8' && text.includes('\ufffd') && strictUtf8(body) === null) {
      diagnostics.push(
        diagnostic(
          'warning',
          'invalid-utf8',
          'the input starts with a UTF-8 byte-order mark but holds invalid UTF-8; replaced with U+FFFD',
          'byte-order-mark',
        ),
      );
    }
    return result(text, encoding, byteOrderMark !== null ? 'byte-order-mark' : 'utf-16-sniffed', null);
  }

  const reason = binaryReason(input);
  if (reason !== null) throw new ClaimgraphError('binary-input', reason);
  const declared = format === 'html' ? prescanCharset(input) : null;
  const choice = chooseCharset(input, declared);
  diagnostics.push(...choice.diagnostics);
  return result(choice.text, choice.charset, choice.origin, declared?.encoding ?? null);
}
