import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DependencyTree } from '../../grammar/index.js';
import { segment } from '../../segment/segment.js';
import { candidate, type CandidateSpec } from '../complete/test-fixture.js';
import { keepsReporting } from './predicate-filter.js';
import { accusesSomebody, addAccusations, repairPassiveAccusations } from './accusations.js';
import { accusationVerb, accusesThings, statementNoun } from './reporting-predicate.js';

/** Every sentence below is invented for these tests. */

describe('accusationVerb and statementNoun (WordNet)', () => {
  const verbs: readonly (readonly [string, boolean])[] = [
    ['accuse', true],
    ['accused', true],
    ['blamed', true],
    ['criticised', false],
    ['praise', false],
    ['said', false],
  ];
  for (const [word, expected] of verbs)
    it(`verb ${word}`, () => assert.equal(accusationVerb(word), expected));
  const nouns: readonly (readonly [string, boolean])[] = [
    ['allegations', true],
    ['claims', true],
    ['remarks', true],
    ['retirement', false],
    ['melody', false],
  ];
  for (const [word, expected] of nouns) it(`noun ${word}`, () => assert.equal(statementNoun(word), expected));
});

const kept: readonly (readonly [string, string, CandidateSpec, boolean])[] = [
  [
    'an accusation with its charge',
    'The club accused the referee of bias.',
    { cue: 'accused', source: 'The club', content: ['the referee of bias'] },
    true,
  ],
  [
    'blame with "on"',
    'The mayor blamed the flooding on poor maintenance.',
    { cue: 'blamed', source: 'The mayor', content: ['the flooding on poor maintenance'] },
    true,
  ],
  [
    'blame with "for"',
    'The union blamed managers for the delays.',
    { cue: 'blamed', source: 'The union', content: ['managers for the delays'] },
    true,
  ],
  [
    'criticism of a thing is a judgement spoken about it (speech-acts.ts)',
    'The union criticised the plan.',
    { cue: 'criticised', source: 'The union', content: ['the plan'] },
    true,
  ],
  [
    'a denial of allegations',
    'Ruiz denied the allegations.',
    { cue: 'denied', source: 'Ruiz', content: ['the allegations'] },
    true,
  ],
  [
    'a denial of an act',
    'The bank denied involvement in the scheme.',
    { cue: 'denied', source: 'The bank', content: ['involvement in the scheme'] },
    true,
  ],
  [
    'a denial of a gerund',
    'Mr Ray has denied making the comment.',
    { cue: 'has denied', source: 'Mr Ray', content: ['making the comment'] },
    true,
  ],
  [
    'a chance withheld is no denial of a proposition',
    'The keeper denied him a clear chance.',
    { cue: 'denied', source: 'The keeper', content: ['him a clear chance'] },
    false,
  ],
  [
    'an agreement concluded is no statement reported',
    'The two sides concluded an agreement on fishing rights.',
    { cue: 'concluded', source: 'The two sides', content: ['an agreement on fishing rights'] },
    false,
  ],
  [
    'a request refused is no denial of a statement',
    'The court denied the request.',
    { cue: 'denied', source: 'The court', content: ['the request'] },
    false,
  ],
];

describe('accusesSomebody: a thing is charged only by a verb that charges things (WordNet)', () => {
  it('blame charges things, accuse and threaten only somebody', () => {
    assert.equal(accusesThings('blamed'), true);
    assert.equal(accusesThings('accused'), false);
    assert.equal(accusesThings('threatened'), false);
  });
  const sentences: readonly (readonly [string, string, boolean])[] = [
    ['A long drought threatened stocks of winter grain.', 'threatened', false],
    ['The mayor blamed the flooding on poor maintenance.', 'blamed', true],
    ['The club accused the referee of bias.', 'accused', true],
  ];
  for (const [text, verb, expected] of sentences)
    it(text, () => {
      const segments = segment(text);
      const tree = new DependencyTree(segments.tokens);
      const at = segments.tokens.findIndex((token) => text.slice(token.start, token.end) === verb);
      assert.equal(accusesSomebody(text, tree, at), expected);
    });
});

describe('keepsReporting: accusations and denials', () => {
  for (const [name, text, spec, expected] of kept)
    it(name, () => {
      const segments = segment(text);
      const tree = new DependencyTree(segments.tokens);
      assert.equal(keepsReporting(text, segments, tree, candidate(text, spec)), expected);
    });
});

describe('repairPassiveAccusations: the accuser is the by-agent', () => {
  it('agent as source, the accused and the charge as content', () => {
    const text = 'Mr Lind was accused by two former partners of hiding the losses.';
    const given = candidate(text, {
      cue: 'was accused by',
      source: 'two former partners of hiding the losses',
      content: ['Mr Lind'],
    });
    const [repaired] = repairPassiveAccusations(text, segment(text), [given]);
    const show = (span: { start: number; end: number } | null) =>
      span === null ? null : text.slice(span.start, span.end);
    assert.equal(show(repaired!.cue), 'was accused');
    assert.equal(show(repaired!.source), 'two former partners');
    assert.deepEqual(repaired!.content.map(show), ['Mr Lind', 'of hiding the losses']);
  });
  it('a passive subject the parser tagged nsubj is still the accused', () => {
    const text = 'Tom Hale was accused by two neighbours of hiding the dog.';
    const given = candidate(text, {
      cue: 'was accused by',
      source: 'two neighbours of hiding the dog',
      content: ['Tom Hale'],
    });
    const [repaired] = repairPassiveAccusations(text, segment(text), [given]);
    const show = (span: { start: number; end: number } | null) =>
      span === null ? null : text.slice(span.start, span.end);
    assert.equal(show(repaired!.cue), 'was accused');
    assert.equal(show(repaired!.source), 'two neighbours');
    assert.deepEqual(repaired!.content.map(show), ['Tom Hale', 'of hiding the dog']);
  });
});

describe('addAccusations: accusations the span finder missed, from the parse', () => {
  const show = (text: string, span: { start: number; end: number } | null) =>
    span === null ? null : text.slice(span.start, span.end);
  const cases: readonly (readonly [string, string, readonly (string | null | string[])[] | null])[] = [
    [
      'a passive with its agent',
      'Omar Sayed has been accused by the authorities of involvement in the bombing.',
      ['has been accused', 'the authorities', ['Omar Sayed', 'of involvement in the bombing']],
    ],
    [
      'an active accusation',
      'The club accused the referee of bias.',
      ['accused', 'The club', ['the referee of bias']],
    ],
    [
      'a passive with no agent names no accuser',
      'Omar Sayed was accused of involvement in the bombing.',
      null,
    ],
  ];
  for (const [name, text, expected] of cases)
    it(name, () => {
      const added = addAccusations(text, segment(text), []);
      if (expected === null) return assert.equal(added.length, 0);
      assert.equal(added.length, 1);
      const found = added[0]!;
      assert.deepEqual(
        [show(text, found.cue), show(text, found.source), found.content.map((span) => show(text, span))],
        expected,
      );
    });
});
