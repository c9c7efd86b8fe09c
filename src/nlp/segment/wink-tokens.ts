import winkNLP from 'wink-nlp';
import { PARTS_OF_SPEECH, type PartOfSpeech, type Span, type TaggedWord } from '../../model/index.js';
import { TITLES } from './abbreviations.js';
import { isDigitAt, isLetterAt, isWhitespace } from './characters.js';
import { readWinkCoreModel, winkModel } from './wink-model.js';
import { hasLemma } from '../events/wordnet.js';

type Wink = ReturnType<typeof winkNLP>;

let winkInstance: Wink | null = null;

/**
 * Building a wink-nlp instance unpacks the model and takes about a third of a second, so it is
 * made once, on first use. Only the part-of-speech step is enabled: sentence boundaries are ours
 * (wink's split the closing ” off "“Go home.” she said." and ignore line breaks), and entities and
 * sentiment are not needed here.
 */
function wink(): Wink {
  if (winkInstance === null) {
    // The unpacked core model is kept (`core()` is called once, by winkNLP) to reach the lexicon
    // wink adds unknown words to (see `forgetLearnedWords`). The model is the package's, its core
    // read more cheaply (wink-model.ts).
    const model = winkModel(() => {
      const core = readWinkCoreModel(forgottenIndex ?? undefined) as { features: { lexeme: LearnedLexicon } };
      forgottenIndex = null;
      learned = core.features.lexeme;
      return core;
    });
    winkInstance = winkNLP(model as unknown as Parameters<typeof winkNLP>[0], ['pos']);
  }
  return winkInstance;
}

/** The part of wink's core model that holds its words: the list, their indices, the shipped count. */
interface LearnedLexicon {
  readonly list: string[];
  readonly hash: Record<string, number>;
  readonly intrinsicSize: number;
}

let learned: LearnedLexicon | null = null;
/**
 * The word index of the instance last dropped, every learned word removed: the shipped words'
 * index, given to the next instance's model instead of being built again (wink-model.ts).
 */
let forgottenIndex: Record<string, number> | null = null;
/** Index in `learned.list` up to which learned words have been looked at. */
let lookedAt = 0;

/**
 * Learned words a wink instance may hold before it is replaced by a fresh one (see
 * `forgetLearnedWords`): about 100 documents' worth of unknown words each time, a rebuild costing
 * about a third of a second.
 */
const MAX_LEARNED_WORDS = 50_000;

/**
 * wink adds each unknown word it meets to its lexicon, and a word in the lexicon is kept whole and
 * tagged from what was stored for it: once "party’s," has been read (a possessive before
 * punctuation is never split), every later "party’s" is one token tagged PROPN, where the first
 * reading gave "party" NOUN + "’s"; a stray combining mark read once is tagged differently the next
 * time. So a document's tokens and tags depended on the documents read before it in the same thread
 * (and so on which worker thread got it). Before each document every word wink learned is
 * forgotten (its entry in the word index removed; wink adds it again when met), so each document is
 * tokenised and tagged as if it were the first. wink keeps the forgotten entries in its lists, so
 * once they pass `MAX_LEARNED_WORDS` the instance is dropped and a fresh one built (the model is
 * unpacked anew, but for its word index: see `forgottenIndex`), which bounds the memory of a
 * long-running worker.
 */
function forgetLearnedWords(): void {
  if (learned === null) return;
  const { list, hash, intrinsicSize } = learned;
  for (let index = Math.max(lookedAt, intrinsicSize); index < list.length; index += 1) {
    const word = list[index] as string;
    if (hash[word] === index) delete hash[word];
  }
  lookedAt = list.length;
  if (list.length - intrinsicSize > MAX_LEARNED_WORDS) {
    // every learned word is out of the index now: it is the shipped one, kept for the next instance
    forgottenIndex = hash;
    winkInstance = null;
    learned = null;
    lookedAt = 0;
  }
}

/**
 * wink's run time per token grows on very large documents (about 375,000 tokens/s on one 5 MB text
 * against 850,000 on article-sized ones), so the text is fed to it in pieces of about this many
 * characters, cut at line breaks (or, inside a huge paragraph, at whitespace, which no token spans).
 * Sizes from 2 KB to 32 KB measured alike on the BBC News texts.
 */
const CHUNK_LENGTH = 16_384;

/** Runs of non-whitespace longer than this are not given to wink (see `tokenizeChunk`). */
const LONG_RUN = /\S{257,}/g;

const PARTS_OF_SPEECH_BY_NAME: ReadonlyMap<string, PartOfSpeech> = new Map(
  PARTS_OF_SPEECH.map((tag) => [tag, tag]),
);

/** Quotation marks and brackets wink sometimes tags X ("«", "»", "„"); they are punctuation. */
function isQuotationOrBracket(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x28: // (
    case 0x29: // )
    case 0x5b: // [
    case 0x5d: // ]
    case 0xab: // «
    case 0xbb: // »
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201a: // ‚
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x2039: // ‹
    case 0x203a: // ›
      return true;
    default:
      return false;
  }
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** Bases after which "’s" is the verb "is"/"has" ("it’s done", "there’s"), not a possessive. */
const VERBAL_CLITIC_BASES: ReadonlySet<string> = new Set([
  'it',
  'he',
  'she',
  'that',
  'there',
  'here',
  'what',
  'who',
  'where',
  'how',
  'let',
]);

/**
 * Whether `chunk` holds a run of more than 256 non-whitespace characters: what `LONG_RUN.test`
 * says (`isWhitespace` is exactly the regular expressions' \s), in one pass and about ten times
 * faster, as almost no chunk has one.
 */
function hasLongRun(chunk: string): boolean {
  let run = 0;
  for (let index = 0; index < chunk.length; index += 1) {
    if (isWhitespace(chunk.charCodeAt(index))) run = 0;
    else if (++run > 256) return true;
  }
  return false;
}

interface TokenSink {
  readonly tokens: TaggedWord[];
}

/**
 * Runs wink over `text[chunkStart, chunkEnd)` and appends its tokens with absolute offsets.
 *
 * wink's tokens are lossless for ordinary spaces (precedingSpaces + value rebuilds the text) but it
 * drops some separators from precedingSpaces ("A\u2028B", "C\u3000D") and gives NEL an empty
 * token, so each value is located in the text: past any whitespace first, then by a short search;
 * a value that cannot be found is dropped rather than misplaced.
 */
function tokenizeChunk(text: string, chunkStart: number, chunkEnd: number, sink: TokenSink): void {
  const nlp = wink();
  const its = nlp.its;
  let chunk = text.slice(chunkStart, chunkEnd);
  // wink's tokenizer is quadratic in the length of a run without whitespace (100 KB of "x." takes
  // half a minute), so such runs are blanked out for wink and kept as one token each.
  const longRuns: number[] = [];
  if (hasLongRun(chunk)) {
    LONG_RUN.lastIndex = 0;
    for (let match = LONG_RUN.exec(chunk); match !== null; match = LONG_RUN.exec(chunk)) {
      longRuns.push(match.index, match.index + match[0].length);
    }
    chunk = chunk.replace(LONG_RUN, (run) => ' '.repeat(run.length));
  }
  let nextLongRun = 0;
  const flushLongRunsBefore = (position: number): void => {
    while (nextLongRun < longRuns.length && (longRuns[nextLongRun] ?? 0) < position) {
      const start = chunkStart + (longRuns[nextLongRun] ?? 0);
      const end = chunkStart + (longRuns[nextLongRun + 1] ?? 0);
      sink.tokens.push({ start, end, pos: 'X' });
      nextLongRun += 2;
    }
  };
  const firstToken = sink.tokens.length;
  const tokens = nlp.readDoc(chunk).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const chunkLength = chunk.length;
  let cursor = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] ?? '';
    if (value.length === 0) continue;
    // Tokens are separated by whitespace only, so skipping it finds the next token; this is faster
    // than asking wink for precedingSpaces, which also misses some separators.
    let position = cursor;
    while (position < chunkLength && isWhitespace(chunk.charCodeAt(position))) position += 1;
    if (!chunk.startsWith(value, position)) {
      const found = chunk.slice(cursor, cursor + value.length + 64).indexOf(value);
      if (found < 0) continue;
      position = cursor + found;
    }
    const end = position + value.length;
    cursor = end;
    const tag = tags[index] ?? 'X';
    if (tag === 'SPACE' || isWhitespace(value.charCodeAt(0))) continue;
    if (nextLongRun < longRuns.length) flushLongRunsBefore(position);
    let partOfSpeech = PARTS_OF_SPEECH_BY_NAME.get(tag) ?? 'X';
    if (value.length === 1 && isQuotationOrBracket(value.charCodeAt(0))) partOfSpeech = 'PUNCT';
    const start = chunkStart + position;
    // wink's cache learns words across documents: "Sony's" is split into "Sony" + "'s" the first
    // time and kept whole once "Sony's," has been seen. Always splitting the clitic makes the
    // tokens the same whatever was read before.
    const length = value.length;
    if (
      length >= 3 &&
      (value.charCodeAt(length - 1) | 0x20) === 0x73 && // s or S
      isApostrophe(value.charCodeAt(length - 2)) &&
      isLetterAt(value, length - 3)
    ) {
      const cliticStart = start + length - 2;
      const base = value.slice(0, length - 2).toLowerCase();
      sink.tokens.push({ start, end: cliticStart, pos: partOfSpeech });
      sink.tokens.push({
        start: cliticStart,
        end: chunkStart + end,
        pos: VERBAL_CLITIC_BASES.has(base) ? 'AUX' : 'PART',
      });
      continue;
    }
    // wink keeps lower-case state and month abbreviations whole with their period even where they
    // are words ending a sentence ("had fallen ill.", "in the sun."): the period is cut off
    if (wordBeforeSentenceEnd(text, value, start, chunkStart + chunkLength)) {
      const word = value.slice(0, -1);
      // (wink tagged the abbreviation a proper noun: the word takes the first WordNet class it has)
      const wordTag =
        partOfSpeech === 'PROPN'
          ? hasLemma(word, 'adj')
            ? 'ADJ'
            : hasLemma(word, 'noun')
              ? 'NOUN'
              : 'VERB'
          : partOfSpeech;
      sink.tokens.push({ start, end: start + length - 1, pos: wordTag });
      sink.tokens.push({ start: start + length - 1, end: start + length, pos: 'PUNCT' });
      continue;
    }
    // wink keeps "Gen." and "Dr." whole but cuts "Maj." and "Rev." in two; the sentence splitter
    // knows them all as titles (abbreviations.ts), so the period joins a capitalised title before it
    if (value === '.' && titleBefore(text, sink.tokens, start)) {
      const title = sink.tokens[sink.tokens.length - 1] as TaggedWord;
      sink.tokens[sink.tokens.length - 1] = { ...title, end: chunkStart + end };
      continue;
    }
    sink.tokens.push({ start, end: chunkStart + end, pos: partOfSpeech });
  }
  flushLongRunsBefore(chunkLength);
  joinClockTimes(text, sink.tokens, firstToken);
}

function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013; // - –
}

/**
 * A clock time with its "am"/"pm" at the start of a token: "9pm", "9.15pm", "10:30a.m.", "2.45PM".
 * The match ends before a sentence's period ("9pm." keeps "9pm") but takes the period of "a.m.".
 */
const CLOCK_TIME = /\d{1,2}(?:[.:]\d{2})?(?:[ap]m|[ap]\.m\.)(?![\p{L}\p{N}])/iuy;

/**
 * wink cuts a clock time written with a period in pieces, differently by the digits: "9.15pm" into
 * "9" + "." + "15pm" (a period the sentence splitter then took for a sentence end: "at 9." + "15pm
 * on Tuesday"), "10.30am" into "10.3" + "0am", "2.45pm." into "2.4" + "5pm."; and it keeps a
 * sentence's period on "9pm." and "9:15pm.", where the splitter cannot see it. Each clock time
 * becomes one token, tagged as wink tags "9pm" and "9:15pm" (SYM), and a period after it is a token
 * of its own; "9p.m." becomes "9" + "p.m.", as wink reads "9 p.m.".
 */
function joinClockTimes(text: string, tokens: TaggedWord[], from: number): void {
  for (let index = from; index < tokens.length; index += 1) {
    const token = tokens[index] as TaggedWord;
    // the end of a range keeps wink's dash: "5.30am" + "-7" + "." + "15pm"
    const dash = isDash(text.charCodeAt(token.start)) && isDigitAt(text, token.start + 1);
    const clockStart = dash ? token.start + 1 : token.start;
    if (!isDigitAt(text, clockStart)) continue;
    CLOCK_TIME.lastIndex = clockStart;
    const match = CLOCK_TIME.exec(text);
    if (match === null) continue;
    const end = clockStart + match[0].length;
    if (!dash && token.end === end && !(text.charCodeAt(end - 1) === 0x2e && token.end - token.start > 4))
      continue;
    // the tokens the clock time covers (they touch, as no whitespace lies inside it)
    let last = index;
    while (last + 1 < tokens.length && (tokens[last + 1] as TaggedWord).start < end) last += 1;
    const lastToken = tokens[last] as TaggedWord;
    // "9.15p.m." is the number and the abbreviation, as wink reads "9.15 p.m.", so the splitter's
    // rule for "p.m." sees it ("at 9.15p.m. Police arrived" ends a sentence)
    const dotted = text.charCodeAt(end - 1) === 0x2e;
    const replacement: TaggedWord[] = dash ? [{ start: token.start, end: clockStart, pos: 'PUNCT' }] : [];
    if (dotted)
      replacement.push({ start: clockStart, end: end - 4, pos: 'NUM' }, { start: end - 4, end, pos: 'NOUN' });
    else replacement.push({ start: clockStart, end, pos: 'SYM' });
    // what the last covering token holds past the clock time: a sentence's period ("5pm.")
    if (lastToken.end > end) {
      if (lastToken.end - end !== 1 || text.charCodeAt(end) !== 0x2e) continue;
      replacement.push({ start: end, end: lastToken.end, pos: 'PUNCT' });
    }
    tokens.splice(index, last - index + 1, ...replacement);
  }
}

/**
 * Whether a token is a lower-case English word with a period ("ill.", "wash.") that ends a sentence:
 * the word (without the period) is a WordNet lemma, and what follows is the end of the text, or
 * whitespace and then a capital letter or an opening quotation mark. "no. 5", "fig. 2" and "etc.,"
 * are left as they are.
 */
export function wordBeforeSentenceEnd(text: string, value: string, start: number, limit: number): boolean {
  const length = value.length;
  if (length < 3 || value.charCodeAt(length - 1) !== 0x2e) return false;
  const first = value.charCodeAt(0);
  if (first < 0x61 || first > 0x7a) return false;
  for (let index = 1; index < length - 1; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x61 || code > 0x7a) return false;
  }
  let next = start + length;
  if (next < limit && !isWhitespace(text.charCodeAt(next))) return false;
  while (next < limit && isWhitespace(text.charCodeAt(next))) next += 1;
  if (next < limit) {
    const code = text.charCodeAt(next);
    const opensSentence =
      (code >= 0x41 && code <= 0x5a) || code === 0x22 || code === 0x201c || code === 0x2018 || code === 0x27;
    if (!opensSentence) return false;
  }
  const word = value.slice(0, -1);
  return WORDNET_POS.some((pos) => hasLemma(word, pos));
}

const WORDNET_POS = ['noun', 'verb', 'adj'] as const;

/** Whether the last token ends right at `position` and is a capitalised title ("Maj", "Rev"). */
function titleBefore(text: string, tokens: readonly TaggedWord[], position: number): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.end !== position || last.end - last.start < 2) return false;
  const code = text.charCodeAt(last.start);
  if (code < 0x41 || code > 0x5a) return false;
  return TITLES.has(text.slice(last.start, last.end).toLowerCase());
}

/**
 * Tokens with Universal part-of-speech tags for the paragraphs of `text`, in text order. No token
 * is whitespace and none crosses a paragraph edge (wink splits on whitespace, and line breaks are
 * whitespace).
 */
export function tokenizeParagraphs(text: string, paragraphs: readonly Span[]): TaggedWord[] {
  forgetLearnedWords();
  const sink: TokenSink = { tokens: [] };
  let chunkStart = -1;
  let chunkEnd = -1;
  for (const paragraph of paragraphs) {
    if (chunkStart >= 0 && paragraph.end - chunkStart > CHUNK_LENGTH) {
      tokenizeChunk(text, chunkStart, chunkEnd, sink);
      chunkStart = -1;
    }
    if (chunkStart < 0) chunkStart = paragraph.start;
    chunkEnd = paragraph.end;
    // A single paragraph longer than a chunk is cut at whitespace.
    while (chunkEnd - chunkStart > CHUNK_LENGTH) {
      let cut = chunkStart + CHUNK_LENGTH;
      while (cut > chunkStart && !isWhitespace(text.charCodeAt(cut))) cut -= 1;
      if (cut === chunkStart) {
        // No whitespace in the last CHUNK_LENGTH characters: cut at the next whitespace instead.
        cut = chunkStart + CHUNK_LENGTH;
        while (cut < chunkEnd && !isWhitespace(text.charCodeAt(cut))) cut += 1;
        if (cut >= chunkEnd) break;
      }
      tokenizeChunk(text, chunkStart, cut, sink);
      chunkStart = cut;
      while (chunkStart < chunkEnd && isWhitespace(text.charCodeAt(chunkStart))) chunkStart += 1;
    }
  }
  if (chunkStart >= 0 && chunkEnd > chunkStart) tokenizeChunk(text, chunkStart, chunkEnd, sink);
  return sink.tokens;
}
