import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityKey, linkEntities, nameWords, skeleton } from './link-entities.js';
import type { LinkCandidate } from './link-entities.js';

describe('entity linking across articles', () => {
  it('gives name variants one key and keeps different names apart', () => {
    const same: [string, string, string][] = [
      ['PERSON', 'Alexander Lukashenko', 'Alexander Lukashenka'],
      ['PERSON', 'Ivan Mirzoyev', 'Ivan Mirzoev'],
      ['PERSON', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
      ['PERSON', 'Mr Ivan Mirzoyev', 'Ivan Mirzoyev'],
      ['PERSON', 'President Emmanuel Macron', 'Emmanuel Macron'],
      ['PERSON', 'José Álvarez', 'Jose Alvarez'],
      ['ORG', 'The Kremlin', 'the Kremlin'],
      ['ORG', "Reuters'", 'Reuters'],
    ];
    for (const [type, a, b] of same) assert.equal(entityKey(type, a), entityKey(type, b), `${a} = ${b}`);
    const different: [string, string, string][] = [
      ['LOC', 'Niger', 'Nigeria'],
      ['LOC', 'Austria', 'Australia'],
      ['PERSON', 'Li Wei', 'Lee Wei'],
      ['PERSON', 'Ali Khan', 'Eli Khan'],
      ['PERSON', 'Anna Berg', 'Anna Borg Jensen'],
    ];
    for (const [type, a, b] of different)
      assert.notEqual(entityKey(type, a), entityKey(type, b), `${a} ≠ ${b}`);
  });

  it('reads titles off names, and builds consonant skeletons', () => {
    assert.deepEqual(nameWords('Prime Minister Rishi Sunak'), ['rishi', 'sunak']);
    assert.deepEqual(nameWords('Mr'), ['mr']);
    assert.equal(skeleton('lukashenko'), 'lkshnk');
    assert.equal(skeleton('mirzoyev'), 'mrzv');
    assert.equal(skeleton('lee'), 'lee');
  });

  it('links a lone surname to the full name in the article, else to the one person in the corpus with it', () => {
    const candidate = (id: string, type: string, key: string, surnameKey: string | null): LinkCandidate => ({
      id,
      type,
      key,
      surnameKey,
    });
    const corpus = [
      candidate('p1', 'PERSON', 'alxndr lkshnk', 'lkshnk'),
      candidate('p2', 'PERSON', 'ivn mrzv', 'mrzv'),
      candidate('p3', 'PERSON', 'olg mrzv', 'mrzv'),
    ];
    const links = linkEntities(
      [
        { id: 'e1', type: 'PERSON', name: 'Mr Lukashenka' },
        { id: 'e2', type: 'PERSON', name: 'Mirzoev' },
        { id: 'e3', type: 'PERSON', name: 'Anna Berg' },
        { id: 'e4', type: 'PERSON', name: 'Berg' },
        { id: 'e5', type: 'ORG', name: 'Lukashenko' },
      ],
      corpus,
    );
    assert.equal(links.get('e1')?.entity, 'p1');
    assert.equal(links.get('e1')?.create, null);
    // two Mirzoevs in the corpus: the lone surname stays its own entity
    assert.notEqual(links.get('e2')?.entity, 'p2');
    assert.notEqual(links.get('e2')?.entity, 'p3');
    assert.equal(links.get('e2')?.create?.name, 'Mirzoev');
    assert.equal(links.get('e4')?.entity, links.get('e3')?.entity);
    assert.notEqual(links.get('e5')?.entity, 'p1');
    // deterministic ids: the same article links the same way again
    assert.equal(
      linkEntities([{ id: 'x', type: 'PERSON', name: 'Anna Berg' }], []).get('x')?.entity,
      links.get('e3')?.entity,
    );
  });
});

describe('entityKey: the Arabic article in transliterated names', () => {
  const cases: readonly [string, string, string, boolean][] = [
    ['PERSON', 'Karim al-Haddad', 'Karim el-Haddad', true],
    ['PERSON', 'Karim al-Haddad', 'Karim Haddad', true],
    ['PERSON', 'Karim Al Haddad', 'Karim Haddad', true],
    // a name that is only the article and a word keeps both
    ['PERSON', 'Al Haddad', 'Haddad', false],
    // organisations keep every word
    ['ORG', 'al-Noor Trust', 'Noor Trust', false],
  ];
  for (const [type, left, right, same] of cases)
    it(`${left} / ${right} (${type}): ${same ? 'one key' : 'two keys'}`, () =>
      assert.equal(entityKey(type, left) === entityKey(type, right), same));
});
