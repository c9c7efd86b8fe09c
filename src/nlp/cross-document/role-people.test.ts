import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  describedPersonTargets,
  headsOfOneKind,
  isPersonHead,
  type DescribedPerson,
  type NamedPerson,
  type PersonGender,
} from './role-people.js';

function description(id: string, heads: string[], slots: string[]): DescribedPerson {
  return { id, heads, roles: slots.map((slot, doc) => ({ slot, doc })) };
}

function people(...list: [string, PersonGender | undefined, string[]][]): Map<string, NamedPerson> {
  return new Map(list.map(([id, gender, heads]) => [id, { id, gender, heads: new Set(heads) }]));
}

describe('isPersonHead and headsOfOneKind (WordNet)', () => {
  it('takes person nouns and leaves groups', () => {
    assert.equal(isPersonHead('man'), true);
    assert.equal(isPersonHead('worker'), true);
    assert.equal(isPersonHead('police'), false);
    assert.equal(isPersonHead('people'), false);
  });
  it('relates a head to its near hypernym, not to another person noun', () => {
    assert.equal(headsOfOneKind('worker', 'employee'), true);
    assert.equal(headsOfOneKind('teen', 'teenager'), true);
    assert.equal(headsOfOneKind('mother', 'daughter'), false);
    assert.equal(headsOfOneKind('judge', 'deputy'), false);
  });
});

describe('describedPersonTargets (a description and the named person of one event role)', () => {
  it('joins a description to the one named person who fills its role elsewhere', () => {
    const found = describedPersonTargets(
      [description('d1', ['man'], ['v1\u0000patient', 'v2\u0000patient'])],
      new Map([
        ['v1\u0000patient', [{ id: 'dale', doc: 9 }]],
        ['v2\u0000patient', [{ id: 'dale', doc: 9 }]],
      ]),
      people(['dale', 'm', ['son']]),
    );
    assert.deepEqual([...found], [['d1', 'dale']]);
  });
  it('keeps a description of the other gender apart', () => {
    const found = describedPersonTargets(
      [description('d1', ['woman'], ['v1\u0000agent'])],
      new Map([['v1\u0000agent', [{ id: 'kyle', doc: 9 }]]]),
      people(['kyle', 'm', ['manager']]),
    );
    assert.equal(found.size, 0);
  });
  it("needs a head of the named person's kind, or one that states their gender", () => {
    const fillers = new Map([['v1\u0000agent', [{ id: 'tony', doc: 9 }]]]);
    const named = people(['tony', 'm', ['minister']]);
    assert.equal(
      describedPersonTargets([description('d1', ['challenger'], ['v1\u0000agent'])], fillers, named).size,
      0,
    );
    assert.equal(
      describedPersonTargets([description('d2', ['man'], ['v1\u0000agent'])], fillers, named).size,
      1,
    );
    // a gender the named person's mentions do not give is not enough
    const unknown = people(['tony', undefined, []]);
    assert.equal(
      describedPersonTargets([description('d3', ['man'], ['v1\u0000agent'])], fillers, unknown).size,
      0,
    );
  });
  it("takes no vote from the description's own article", () => {
    const found = describedPersonTargets(
      [description('d1', ['man'], ['v1\u0000patient'])],
      new Map([['v1\u0000patient', [{ id: 'dale', doc: 0 }]]]),
      people(['dale', 'm', []]),
    );
    assert.equal(found.size, 0);
  });
  it('leaves a tie between named people alone', () => {
    const found = describedPersonTargets(
      [description('d1', ['officer'], ['v1\u0000agent'])],
      new Map([
        [
          'v1\u0000agent',
          [
            { id: 'tom', doc: 9 },
            { id: 'will', doc: 9 },
          ],
        ],
      ]),
      people(['tom', 'm', ['officer']], ['will', 'm', ['officer']]),
    );
    assert.equal(found.size, 0);
  });
  it('prefers the named person whose own descriptions are of its kind', () => {
    const found = describedPersonTargets(
      [description('d1', ['worker'], ['v1\u0000patient'])],
      new Map([
        [
          'v1\u0000patient',
          [
            { id: 'rival', doc: 9 },
            { id: 'lead', doc: 9 },
          ],
        ],
      ]),
      people(['rival', 'm', ['prosecutor']], ['lead', 'm', ['employee']]),
    );
    assert.deepEqual([...found], [['d1', 'lead']]);
  });
  it('takes the named person with the most votes', () => {
    const found = describedPersonTargets(
      [description('d1', ['judge'], ['v1\u0000patient', 'v2\u0000patient', 'v3\u0000patient'])],
      new Map([
        [
          'v1\u0000patient',
          [
            { id: 'barnes', doc: 9 },
            { id: 'bodie', doc: 9 },
          ],
        ],
        ['v2\u0000patient', [{ id: 'barnes', doc: 9 }]],
        ['v3\u0000patient', [{ id: 'barnes', doc: 9 }]],
      ]),
      people(['barnes', 'm', ['judge']], ['bodie', 'm', ['judge']]),
    );
    assert.deepEqual([...found], [['d1', 'barnes']]);
  });
  it('leaves plural descriptions and groups apart', () => {
    const fillers = new Map([['v1\u0000agent', [{ id: 'ana', doc: 9 }]]]);
    const named = people(['ana', 'f', []]);
    assert.equal(
      describedPersonTargets([description('d1', ['robber+pl'], ['v1\u0000agent'])], fillers, named).size,
      0,
    );
    assert.equal(
      describedPersonTargets([description('d2', ['police'], ['v1\u0000agent'])], fillers, named).size,
      0,
    );
  });
});
