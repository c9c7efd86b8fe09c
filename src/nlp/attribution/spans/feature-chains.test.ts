import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PartOfSpeech, Segments, Token } from '../../../model/index.js';
import { cueFeatures, CueHistory, MAXIMUM_CUE_FEATURES } from './cue-features.js';
import { MAXIMUM_POINTER_FEATURES, noSourceFeatures, pointerFeatures } from './pointer.js';
import {
  buildTokenTable,
  CHAIN_VALUE_1,
  CHAIN_VALUE_2,
  CHAIN_VALUE_3,
  chainStart,
  combine,
  type TokenTable,
} from './token-table.js';

/**
 * The cue and pointer features are `combine` chains written as sums of products (token-table.ts).
 * The sums must equal the chains bit for bit, or the committed models would read other weights.
 */

/** A hand-parsed invented text ("word/POS/lemma/relation/head" per token, one sentence per line). */
function parsed(lines: readonly string[]): { text: string; table: TokenTable } {
  const tokens: Token[] = [];
  const sentences: Segments['sentences'][number][] = [];
  let text = '';
  for (const line of lines) {
    const firstToken = tokens.length;
    const start = text.length;
    for (const item of line.split(' ')) {
      const [word, pos, lemma, dep, head] = item.split('/') as [string, PartOfSpeech, string, string, string];
      if (tokens.length > firstToken) text += ' ';
      const headIndex = Number(head);
      tokens.push({
        start: text.length,
        end: text.length + word.length,
        pos,
        lemma,
        dep,
        head: headIndex < 0 ? -1 : firstToken + headIndex,
      } as Token);
      text += word;
    }
    sentences.push({ start, end: text.length, firstToken, endToken: tokens.length, paragraph: 0 });
    text += '\n';
  }
  const segments: Segments = { paragraphs: [{ start: 0, end: text.length }], sentences, tokens };
  return { text, table: buildTokenTable(text, segments) };
}

const { table } = parsed([
  'The/DET/the/det/1 mayor/NOUN/mayor/nsubj/2 said/VERB/say/root/-1 that/SCONJ/that/mark/6 ' +
    'the/DET/the/det/5 bridge/NOUN/bridge/nsubj/6 opens/VERB/open/ccomp/2 in/ADP/in/case/8 ' +
    'May/PROPN/May/obl/6 ,/PUNCT/,/punct/2 according/VERB/accord/advcl/2 to/ADP/to/case/13 ' +
    'a/DET/a/det/13 note/NOUN/note/obl/10 ./PUNCT/./punct/2',
  '“/PUNCT/“/punct/3 We/PRON/we/nsubj/3 are/AUX/be/cop/3 ready/ADJ/ready/root/-1 ,/PUNCT/,/punct/3 ' +
    '”/PUNCT/”/punct/3 she/PRON/she/nsubj/7 told/VERB/tell/parataxis/3 reporters/NOUN/reporter/obj/7 ./PUNCT/./punct/3',
  'Officials/NOUN/official/nsubj:pass/2 were/AUX/be/aux:pass/2 quoted/VERB/quote/root/-1 as/SCONJ/as/mark/4 ' +
    'saying/VERB/say/advcl/2 42/NUM/0/obj/4 ./PUNCT/./punct/2',
]);

function checksum(values: Uint32Array, count: number, sum: number): number {
  for (let index = 0; index < count; index++) sum = (Math.imul(sum, 31) + values[index]!) >>> 0;
  return sum;
}

describe('feature chains', () => {
  it('chain sums equal combine chains', () => {
    const values = [0, 1, 2, 7, 31, 0x7fffffff, 0x80000000, 0xffffffff, 0x51ed270b, 0x9e3779b1];
    for (const t of values)
      for (const x of values)
        for (const y of values)
          for (const z of values) {
            assert.equal((chainStart(t, 1) + Math.imul(z, CHAIN_VALUE_1)) >>> 0, combine(t, z));
            assert.equal(
              (chainStart(t, 2) + Math.imul(y, CHAIN_VALUE_2) + Math.imul(z, CHAIN_VALUE_1)) >>> 0,
              combine(combine(t, y), z),
            );
            assert.equal(
              (chainStart(t, 3) +
                Math.imul(x, CHAIN_VALUE_3) +
                Math.imul(y, CHAIN_VALUE_2) +
                Math.imul(z, CHAIN_VALUE_1)) >>>
                0,
              combine(combine(combine(t, x), y), z),
            );
          }
  });

  // Checksums of every feature of the invented table, as the combine-chain code wrote them.
  it('cue features are unchanged', () => {
    const out = new Uint32Array(MAXIMUM_CUE_FEATURES);
    let sum = 0;
    for (let previous = 0; previous < 3; previous++) {
      const history = new CueHistory();
      for (let at = 0; at < table.length; at++) {
        history.enter(table, at);
        history.previousLabel = previous;
        sum = checksum(out, cueFeatures(table, at, history, out), sum);
        history.leave(table, at, at % 7 === 3 ? 1 : 0);
      }
    }
    assert.equal(sum, CUE_CHECKSUM);
  });

  it('pointer features are unchanged', () => {
    const out = new Uint32Array(MAXIMUM_POINTER_FEATURES);
    let sum = 0;
    for (const cue of [
      { start: 2, last: 2 },
      { start: 10, last: 11 },
      { start: 22, last: 22 },
      { start: 28, last: 31 },
    ]) {
      for (let at = 0; at < table.length; at++) {
        if (at >= cue.start && at <= cue.last) continue;
        sum = checksum(out, pointerFeatures(table, cue, at, false, out), sum);
        sum = checksum(out, pointerFeatures(table, cue, at, true, out), sum);
      }
      sum = checksum(out, noSourceFeatures(table, cue, out), sum);
    }
    assert.equal(sum, POINTER_CHECKSUM);
  });
});

const CUE_CHECKSUM = 2813968463;
const POINTER_CHECKSUM = 1780464499;
