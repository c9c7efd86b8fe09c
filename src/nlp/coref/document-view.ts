import type { PartOfSpeech, Segments, Token } from '../../model/index.js';

/**
 * Read-only helpers over the text and its tokens that every coreference step uses: the sentence
 * and paragraph of each token, lower-case token words (computed once, on demand), and which
 * tokens lie inside a quotation.
 */
export class DocumentView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly segments: Segments;
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** Paragraph index of each token. */
  readonly paragraphOf: Int32Array;
  /** Quotation index of each token strictly inside a double quotation, or -1. */
  readonly quotationOf: Int32Array;
  /** Token ranges of the double quotations: [firstInsideToken, endInsideToken) pairs. */
  readonly quotations: { readonly first: number; readonly end: number; readonly paragraph: number }[];
  private readonly lowerCache: (string | undefined)[];

  constructor(text: string, segments: Segments) {
    this.text = text;
    this.segments = segments;
    this.tokens = segments.tokens;
    const count = this.tokens.length;
    this.sentenceOf = new Int32Array(count).fill(-1);
    this.paragraphOf = new Int32Array(count).fill(-1);
    this.quotationOf = new Int32Array(count).fill(-1);
    this.quotations = [];
    this.lowerCache = new Array<string | undefined>(count);
    segments.sentences.forEach((sentence, index) => {
      for (let token = sentence.firstToken; token < sentence.endToken && token < count; token += 1) {
        this.sentenceOf[token] = index;
        this.paragraphOf[token] = sentence.paragraph;
      }
    });
    this.findQuotations();
  }

  get length(): number {
    return this.tokens.length;
  }

  pos(index: number): PartOfSpeech | undefined {
    return this.tokens[index]?.pos;
  }

  /** The token's text as written. */
  word(index: number): string {
    const token = this.tokens[index];
    return token ? this.text.slice(token.start, token.end) : '';
  }

  /** The token's text in lower case (cached). */
  lower(index: number): string {
    let value = this.lowerCache[index];
    if (value === undefined) {
      value = this.word(index).toLowerCase();
      this.lowerCache[index] = value;
    }
    return value;
  }

  /** First character code of the token, or 0. */
  firstCode(index: number): number {
    const token = this.tokens[index];
    return token ? this.text.charCodeAt(token.start) : 0;
  }

  isCapitalised(index: number): boolean {
    const code = this.firstCode(index);
    return code >= 0x41 && code <= 0x5a ? true : code > 0x7f && this.word(index)[0] !== this.lower(index)[0];
  }

  /** True when nothing (no space) separates token `index` from the next one. */
  joinedToNext(index: number): boolean {
    const token = this.tokens[index];
    const next = this.tokens[index + 1];
    return token !== undefined && next !== undefined && token.end === next.start;
  }

  sentenceStart(sentence: number): number {
    return this.segments.sentences[sentence]?.firstToken ?? 0;
  }

  sentenceEnd(sentence: number): number {
    return this.segments.sentences[sentence]?.endToken ?? this.tokens.length;
  }

  /** Index of the first token whose start is at or after `offset` (binary search). */
  tokenAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.tokens[middle] as Token).start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Is the token the possessive "'s" / "’s" / "'"? */
  isPossessiveMarker(index: number): boolean {
    const word = this.lower(index);
    return word === "'s" || word === '’s' || ((word === "'" || word === '’') && this.pos(index) === 'PART');
  }

  /** Which way a straight mark faces: opening (space before, word after), closing (the reverse), or unknown. */
  private straightFacing(token: Token): 'open' | 'close' | undefined {
    const before = token.start > 0 ? this.text.charAt(token.start - 1) : ' ';
    const after = token.end < this.text.length ? this.text.charAt(token.end) : ' ';
    const spaceBefore = /\s/u.test(before);
    const spaceAfter = /\s/u.test(after);
    if (spaceBefore && /[\p{L}\p{N}]/u.test(after)) return 'open';
    if (!spaceBefore && spaceAfter) return 'close';
    return undefined;
  }

  /**
   * Double quotations (“…” and "…"), paired inside a paragraph. A paragraph that opens a quotation
   * and never closes it (news quotations running over paragraphs) is inside it to its end.
   */
  private findQuotations(): void {
    let open = -1;
    let paragraph = -1;
    const close = (end: number) => {
      if (open >= 0 && end > open) {
        const index = this.quotations.length;
        this.quotations.push({ first: open, end, paragraph });
        this.quotationOf.fill(index, open, end);
      }
      open = -1;
    };
    for (let index = 0; index < this.tokens.length; index += 1) {
      const tokenParagraph = this.paragraphOf[index] ?? -1;
      if (tokenParagraph !== paragraph) {
        close(index);
        paragraph = tokenParagraph;
      }
      const code = this.firstCode(index);
      const token = this.tokens[index] as Token;
      if (token.end - token.start !== 1) continue;
      if (code === 0x201c || code === 0x201e || code === 0xab) {
        close(index);
        open = index + 1;
      } else if (code === 0x201d || code === 0xbb) {
        close(index);
      } else if (code === 0x22) {
        // A straight mark faces the way it is set: one between a space and a word opens ("… nowhere.
        // "He's part …": a news quotation re-opened without its closing mark), one between a word or
        // a stop and a space closes; only one set either way round (or neither) toggles.
        const facing = this.straightFacing(token);
        if (facing === 'open') {
          close(index);
          open = index + 1;
        } else if (open >= 0) close(index);
        else if (facing !== 'close') open = index + 1;
      }
    }
    close(this.tokens.length);
  }
}
