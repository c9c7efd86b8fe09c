import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DependencyTree } from '../../grammar/index.js';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { phrasalClass, WN_CLAUSE, WN_COMMUNICATION, WN_PHRASE } from './cue-wordnet.js';
import { keepsReporting } from './predicate-filter.js';

/** Every sentence below is invented for these tests. */

describe('phrasalClass', () => {
  const phrases: readonly (readonly [string, string, string, number])[] = [
    ['chime', 'chimed', 'in', WN_PHRASE | WN_COMMUNICATION],
    ['point', 'pointed', 'out', WN_PHRASE | WN_COMMUNICATION | WN_CLAUSE],
    ['speak', 'spoke', 'out', WN_PHRASE | WN_COMMUNICATION | WN_CLAUSE],
    ['run', 'ran', 'fast', 0],
    ['chime', 'chimed', 'in2', 0],
  ];
  for (const [lemma, word, next, code] of phrases)
    it(`${word} ${next}`, () => assert.equal(phrasalClass(lemma, word, next), code));
});

describe('keepsReporting reads a WordNet verb phrase in the cue', () => {
  const cases: readonly (readonly [string, string, CandidateSpec, boolean])[] = [
    [
      'a phrase that reports although its verb alone does not',
      'The deputy chimed in that the vote was close.',
      { cue: 'chimed in', content: ['the vote was close'] },
      true,
    ],
    [
      'the verb alone, with no particle in the cue, does not report',
      'The deputy chimed that the vote was close.',
      { cue: 'chimed', content: ['the vote was close'] },
      false,
    ],
  ];
  for (const [name, text, spec, expected] of cases)
    it(name, () => {
      const segments = segment(text);
      const tree = new DependencyTree(segments.tokens);
      assert.equal(keepsReporting(text, segments, tree, candidate(text, spec)), expected);
    });
});
