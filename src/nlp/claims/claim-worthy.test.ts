import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processInput } from '../../pipeline/pipeline.js';
import { DependencyTree } from '../grammar/index.js';
import { isDeedWithDoer, isNounReadAsVerb } from './claim-worthy.js';
import { handParsed } from '../grammar/hand-parsed.js';

/** A hand-parsed sentence (`handParsed`) with the index of a word by its form. */
function parsed(lines: readonly string[]): {
  tree: DependencyTree;
  text: string;
  at: (form: string) => number;
} {
  const { tree, forms, text } = handParsed(lines);
  return { tree, text, at: (form) => forms.indexOf(form) };
}

describe('isNounReadAsVerb', () => {
  it('a noun tagged as a verb in an object slot, with a determiner ("won this match")', () => {
    const { tree, text, at } = parsed([
      'We PRON 2 nsubj',
      'won VERB 0 root',
      'this DET 4 det',
      'match VERB 2 obj',
    ]);
    assert.equal(isNounReadAsVerb(tree, text, at('match')), true);
  });
  it('a noun tagged as a verb with a possessor ("his kick")', () => {
    const { tree, text, at } = parsed([
      'Orla PROPN 2 nsubj',
      'praised VERB 0 root',
      'his PRON 4 nmod:poss',
      'kick VERB 2 obj',
    ]);
    assert.equal(isNounReadAsVerb(tree, text, at('kick')), true);
  });
  it('a verb with a subject of its own stays a verb', () => {
    const { tree, text, at } = parsed([
      'Orla PROPN 2 nsubj',
      'kicked VERB 0 root',
      'the DET 4 det',
      'ball NOUN 2 obj',
    ]);
    assert.equal(isNounReadAsVerb(tree, text, at('kicked')), false);
  });
  it('a form no noun has stays a verb, however it was parsed ("the ferry sank near …")', () => {
    const { tree, text, at } = parsed([
      'Ilse PROPN 2 nsubj',
      'said VERB 0 root',
      'the DET 5 det',
      'ferry NOUN 5 compound',
      'sank VERB 2 obj',
      'near ADP 7 case',
      'Brill PROPN 5 nmod',
    ]);
    assert.equal(isNounReadAsVerb(tree, text, at('sank')), false);
  });
});

describe('isDeedWithDoer', () => {
  it('an act with the phrase that says whose it is ("help from inside")', () => {
    const { tree, at } = parsed([
      'planned VERB 0 root',
      'with ADP 3 case',
      'help VERB 1 obl',
      'from ADP 5 case',
      'staff NOUN 3 nmod',
    ]);
    assert.equal(isDeedWithDoer(tree, at('help')), true);
  });
  it('not a noun with only a determiner ("this match")', () => {
    const { tree, at } = parsed(['won VERB 0 root', 'this DET 3 det', 'match VERB 1 obj']);
    assert.equal(isDeedWithDoer(tree, at('match')), false);
  });
});

function topics(text: string): string[] {
  const doc = processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published: '2025-05-12' });
  return doc.claims.map((claim) => claim.topic);
}

describe('findClaims: only real predicates make claims', () => {
  const dropped: readonly [string, RegExp][] = [
    // a speaker's feeling, with a pronoun nothing resolves
    ['Coach Odile Marsh said: "I am very calm about it."', /^be calm/],
    // a demonstrative subject
    ['"That is absolute nonsense," said Tomas Verhoef.', /^be nonsense/],
    ['"This is not the case here," said Tomas Verhoef.', /^be case/],
    // an adjective that only controls the clause after it
    ['Marsh said he was able to play well.', /^be able/],
    // nouns the tagger took for verbs
    ['Marsh said he was disappointed with his cross-field kick.', /^kick\(/],
    ['Verhoef said the only people who would face cuts were the pensioners.', /^people\(/],
    ['Verhoef said his team played in a European match.', /^match\(/],
  ];
  for (const [text, topic] of dropped)
    it(`no claim ${String(topic)} in: ${text}`, () => {
      const found = topics(text);
      assert.ok(!found.some((key) => topic.test(key)), JSON.stringify(found));
    });
  const kept: readonly [string, RegExp][] = [
    ['The mayor said the tunnel would open in March.', /^open\(the tunnel/],
    ['Verhoef said his team played in a European match.', /^play\(the team, the match\)$/],
    // innocence of whoever the pronoun is
    ['"We\'re innocent," said Tomas Verhoef.', /^be innocent/],
    // an existential
    ['Verhoef said: "There will not be a pre-election giveaway."', /^be giveaway/],
    // a deed named by a noun, with whose it is
    ['The spokesman said the robbery was planned with help from inside the bank.', /^help\(/],
    // a verb form parsed as a noun phrase, with its place
    ['Verhoef said the ferry sank near the Oslin lighthouse.', /^sink\(/],
  ];
  for (const [text, topic] of kept)
    it(`a claim ${String(topic)} in: ${text}`, () => {
      const found = topics(text);
      assert.ok(
        found.some((key) => topic.test(key)),
        JSON.stringify(found),
      );
    });
});
