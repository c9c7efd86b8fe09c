import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DependencyTree } from '../../grammar/index.js';
import { segment } from '../../segment/segment.js';
import { asideClause, perAside } from './aside-reports.js';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

const cases: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'an as-clause opening the sentence, "put it"',
    'As Ms Varga put it, the plan was doomed from the start.',
    ['put it | Ms Varga | the plan was doomed from the start'],
  ],
  [
    'an as-clause after the subject, without "as" in the content',
    'The budget, as Dr Olsen noted, has grown every year.',
    ['noted | Dr Olsen | The budget … has grown every year'],
  ],
  [
    '"put it" after the subject',
    'The plan, as an aide put it, was doomed.',
    ['put it | an aide | The plan … was doomed'],
  ],
  [
    'a connective before the aside is no content',
    'However, as the gazette reported, the vote failed.',
    ['reported | the gazette | the vote failed'],
  ],
  [
    'an as-clause before a colon and a quotation',
    'As Mr Halloran put it: “We cannot wait any longer.”',
    ['put it: | Mr Halloran | “We cannot wait any longer.”'],
  ],
  [
    '"per" at the end of the sentence',
    'Grain prices rose 4%, per a list compiled by the Tarnby Farmers Union.',
    ['per | a list compiled by the Tarnby Farmers Union | Grain prices rose 4%'],
  ],
  [
    '"per" opening the sentence',
    'Per the council, the ring road will close in May.',
    ['Per | the council | the ring road will close in May'],
  ],
  ['a rate is no source', 'Only £100 of interest (per parent) can be tax-free.', []],
  ['a rate after a comma is no source', 'The rooms cost £40 per person, per night.', []],
  [
    'a citation in brackets: the source ends at the bracket, the content goes round it',
    'The price of bread doubled (according to official figures) in two years.',
    ['according to | official figures | The price of bread doubled … in two years'],
  ],
  [
    '"per" in brackets',
    'The mill closed (per the union) in May.',
    ['per | the union | The mill closed … in May'],
  ],
  [
    'the aside ends at its comma, before a quotation',
    'As Dr Byler pointed out in May, “In the week before the vote, the delegates can change it.”',
    ['pointed out | Dr Byler | “In the week before the vote, the delegates can change it.”'],
  ],
  ['a temporal as-clause with an object', 'As he wrote the letter, the phone rang.', []],
  [
    '"in" before a name\'s words',
    "In Ortiz's words, the whole harbour project is a disaster.",
    ['words | Ortiz | the whole harbour project is a disaster'],
  ],
  [
    '"in the words of" somebody',
    'In the words of one resident, the village has simply been forgotten.',
    ['In the words of | one resident | the village has simply been forgotten'],
  ],
  [
    '"in" before somebody\'s view (WordNet: a sense of "view" is a kind of opinion)',
    'In her view, the ferry plan is already dead.',
    ['view | her | the ferry plan is already dead'],
  ],
  ['"in" before a speech, not words nor an opinion', 'In his speech, Mr Hale thanked the ferry crews.', []],
  ['"in" before a time', 'In the long run, the ferry plan will pay for itself.', []],
  [
    'a headline verb the parse made a noun compound (mistagged-reports.ts)',
    'Club confirms manager will leave.',
    ['confirms | Club | manager will leave'],
  ],
];

describe('aside reports (aside-reports.ts)', () => {
  for (const [name, text, expected] of cases)
    it(name, () => {
      assert.deepEqual(reports(text), expected);
    });

  it('asideClause: an aside in the middle of a clause is read, and what it refers to left to the caller', () => {
    const text = 'The vote, as Mr Dale has said, was rigged.';
    const segments = segment(text);
    const tree = new DependencyTree(segments.tokens);
    const found = asideClause(text, tree, 3, 0, segments.tokens.length);
    assert.notEqual(found, null);
    assert.equal(text.slice(segments.tokens[found!.verb]!.start, segments.tokens[found!.verb]!.end), 'said');
  });

  it('asideClause: "as she said she would" says something of its own', () => {
    const text = 'The figures, as she said she would, went down.';
    const segments = segment(text);
    const tree = new DependencyTree(segments.tokens);
    assert.equal(asideClause(text, tree, 3, 0, segments.tokens.length), null);
  });

  it('asideClause: a comparison is no aside', () => {
    const text = 'The harvest was as bad as she said.';
    const segments = segment(text);
    const tree = new DependencyTree(segments.tokens);
    assert.equal(asideClause(text, tree, 5, 0, segments.tokens.length), null);
  });

  it('perAside: "per cent" follows no comma', () => {
    const text = 'Wages rose 3 per cent last year.';
    const segments = segment(text);
    const tree = new DependencyTree(segments.tokens);
    assert.equal(perAside(text, tree, 3, 0, segments.tokens.length), null);
  });
});
