/**
 * Guessing the legacy character set of bytes that are not UTF-8 and declare nothing usable. Each
 * candidate decodes a sample; the reading with the fewest oddities wins. An oddity is something
 * real text almost never has:
 *   - a C1 control or U+FFFD ("Mâ€" style debris);
 *   - a symbol wedged between letters: Polish "ł" read as windows-1252 gives "wy³±czony" (³, ±);
 *   - two scripts inside one word: German "für" read as windows-1251 gives "fьr";
 *   - a word of accented Latin letters without one plain letter: Russian read as windows-1252 gives
 *     "Ïðèâåò", and no Latin-script language spells a whole word that way;
 *   - a lower-case letter followed by a capital inside a word: windows-1251 Russian read as KOI8-R
 *     gives "пРИВЕТ".
 * Multi-byte candidates (GBK, Big5, Shift_JIS, EUC-JP, EUC-KR) must decode without an error, and
 * among them the reading with more of the language's most frequent characters wins.
 * Ties go to the earlier candidate, so windows-1252 (the WHATWG default) wins when nothing speaks
 * against it (French and German read the same in windows-1250 for most letters).
 */

interface Candidate {
  readonly encoding: string;
  /** The language's most frequent characters, for multi-byte candidates only. */
  readonly frequent?: string;
}

const CANDIDATES: readonly Candidate[] = [
  { encoding: 'windows-1252' },
  { encoding: 'windows-1250' },
  { encoding: 'windows-1251' },
  { encoding: 'koi8-r' },
  { encoding: 'gbk', frequent: '的是不了在人有我他这中大来上国个到说们为和地也子时道出而要于就下得可你年生' },
  {
    encoding: 'big5',
    frequent: '的是不了在人有我他這中大來上國個到說們為和地也子時道出而要於就下得可你年生',
  },
  { encoding: 'shift_jis', frequent: 'のにはをたがでてとしれさいるかなもすこあっりうまよ日本人年月' },
  { encoding: 'euc-jp', frequent: 'のにはをたがでてとしれさいるかなもすこあっりうまよ日本人年月' },
  { encoding: 'euc-kr', frequent: '이다는의에을하고가지한서로기대를사으도인수있' },
];

/** The sample the guess reads: enough text to decide, small enough to decode nine times. */
const SAMPLE_BYTES = 64 * 1024;

type Script = 'latin' | 'greek' | 'cyrillic' | 'cjk' | 'other';

function scriptOf(code: number): Script {
  if (code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)) return 'latin';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  ) {
    return 'cjk';
  }
  return 'other';
}

const LETTER = /\p{L}|\p{M}/u;

function isLetter(character: string, code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(character);
}

interface Reading {
  readonly oddities: number;
  readonly nonAscii: number;
  readonly frequent: number;
}

function readSample(text: string, frequent: string | undefined): Reading {
  let oddities = 0;
  let nonAscii = 0;
  let frequentCount = 0;
  let wordScript: Script | null = null;
  let wordHasAsciiLetter = false;
  let wordAccentedLatin = 0;
  let previousLetterLower = false;
  let previousWasLetter = false;
  let pendingSymbol = false;
  const endWord = () => {
    if (wordAccentedLatin >= 2 && !wordHasAsciiLetter && wordScript === 'latin') oddities++;
    wordScript = null;
    wordHasAsciiLetter = false;
    wordAccentedLatin = 0;
    previousLetterLower = false;
  };
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    if (code >= 0x80) {
      nonAscii++;
      if (frequent !== undefined && frequent.includes(character)) frequentCount++;
    }
    if ((code >= 0x80 && code <= 0x9f) || code === 0xfffd) oddities += 2;
    if (isLetter(character, code)) {
      if (pendingSymbol) oddities++;
      pendingSymbol = false;
      const script = scriptOf(code);
      if (wordScript !== null && script !== wordScript) oddities++;
      wordScript = script;
      if (code < 0x80) wordHasAsciiLetter = true;
      else if (script === 'latin') wordAccentedLatin++;
      const lower = character !== character.toUpperCase();
      const upper = character !== character.toLowerCase();
      if (previousLetterLower && upper && code >= 0x80) oddities++;
      previousLetterLower = lower;
      previousWasLetter = true;
      continue;
    }
    // A non-letter after a letter: a symbol (not space, digit or common punctuation) may sit inside a word.
    pendingSymbol = previousWasLetter && code >= 0xa0 && code !== 0xa0 && code !== 0xad;
    previousWasLetter = false;
    endWord();
  }
  endWord();
  return { oddities, nonAscii, frequent: frequentCount };
}

/** Cuts the sample after an ASCII byte so that a multi-byte character is never split. */
function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  let end = SAMPLE_BYTES;
  while (end > 0 && (bytes[end - 1] as number) >= 0x80) end--;
  return bytes.subarray(0, end > 0 ? end : SAMPLE_BYTES);
}

export interface LegacyCharsetGuess {
  readonly encoding: string;
  /** Oddities per non-ASCII character of the winning reading (0 = clean). */
  readonly oddityRate: number;
}

/** The most plausible legacy encoding of bytes that are not valid UTF-8. */
export function guessLegacyCharset(bytes: Uint8Array): LegacyCharsetGuess {
  const sample = sampleOf(bytes);
  let best: LegacyCharsetGuess = { encoding: 'windows-1252', oddityRate: Number.POSITIVE_INFINITY };
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(candidate.encoding, { fatal: candidate.frequent !== undefined }).decode(sample);
    } catch {
      continue;
    }
    const reading = readSample(text, candidate.frequent);
    if (reading.nonAscii === 0) continue;
    const oddityRate = reading.oddities / reading.nonAscii;
    // Frequent characters lower the score: a multi-byte reading full of "的" or "の" is language.
    const score = oddityRate - 0.5 * (reading.frequent / reading.nonAscii);
    if (score < bestScore - 1e-9) {
      bestScore = score;
      best = { encoding: candidate.encoding, oddityRate };
    }
  }
  return Number.isFinite(best.oddityRate) ? best : { encoding: 'windows-1252', oddityRate: 0 };
}
