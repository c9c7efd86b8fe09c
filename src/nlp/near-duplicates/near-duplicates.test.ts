import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BANDS, bandKeys, fingerprint, sameStory } from './fingerprint.js';
import { estimatedContainment, estimatedJaccard, signatureFromHex, signatureToHex } from './minhash.js';
import { wordShingles } from './shingles.js';

const WIRE =
  'Dock workers in the port of Saltmere walked out on Thursday after talks over night shifts broke down, ' +
  'the union said. "We asked for two more crews and got a letter," said Rana Oduya, who leads the branch. ' +
  'The port authority said it would meet the union again next week and that ferries would keep sailing. ' +
  'Cargo ships were being sent to Brindle Bay, forty miles north, a spokesman for the shipping line added. ' +
  'The last strike at the port, in the spring of last year, lasted nine days and cost the town its fish market.';

const OTHER_SAME_TOPIC =
  'Ferry crews in Saltmere voted on Friday to join dock workers in a strike over night shifts. ' +
  'The town council called for calm and asked both sides to accept a mediator from the capital. ' +
  'Shops near the harbour said trade had already fallen since the walkout began, and hotels reported cancellations. ' +
  'A mediator is expected to arrive on Monday; the union has not said whether it will meet her.';

describe('wordShingles', () => {
  it('ignores case, punctuation and line breaks', () => {
    assert.deepEqual(
      wordShingles('The port, of Saltmere — was "closed" today.'),
      wordShingles('the port of\nSaltmere was closed today'),
    );
  });
  it('gives a short text one shingle', () => assert.equal(wordShingles('Port closed').size, 1));
  it('gives no shingle to an empty text', () => assert.equal(wordShingles(' — ').size, 0));
});

describe('minhash', () => {
  it('estimates 1 for the same text and near 0 for unrelated ones', () => {
    const a = fingerprint(WIRE);
    assert.equal(estimatedJaccard(a.signature, fingerprint(WIRE).signature), 1);
    assert.ok(estimatedJaccard(a.signature, fingerprint(OTHER_SAME_TOPIC).signature) < 0.1);
  });
  it('round-trips a signature through hex', () => {
    const { signature } = fingerprint(WIRE);
    assert.deepEqual(signatureFromHex(signatureToHex(signature)), signature);
  });
  it('turns a Jaccard index and set sizes into containment', () => {
    // B holds all 50 of A's shingles plus 50 more: J = 0.5, containment of A in B = 1
    assert.equal(estimatedContainment(0.5, 50, 100), 1);
    assert.equal(estimatedContainment(0, 50, 100), 0);
    assert.equal(estimatedContainment(0.5, 0, 100), 0);
  });
  it('has one key per band', () => assert.equal(bandKeys(fingerprint(WIRE).signature).length, BANDS));
});

describe('sameStory', () => {
  const sentences = WIRE.split(/(?<=\.) /);
  const cases: { name: string; text: string; same: boolean }[] = [
    { name: 'a copy with a byline added', text: `By Mara Lenz, Coast Wire. ${WIRE}`, same: true },
    { name: 'the last two paragraphs cut', text: sentences.slice(0, 3).join(' '), same: true },
    { name: 'sentences reordered', text: [...sentences].reverse().join(' '), same: true },
    {
      name: 'a rewritten headline and a changed word',
      text: `Saltmere dockers strike. ${WIRE.replace('Thursday', 'Wednesday')}`,
      same: true,
    },
    { name: 'another story on the same strike', text: OTHER_SAME_TOPIC, same: false },
  ];
  for (const { name, text, same } of cases) {
    it(`${name} → ${same ? 'same story' : 'another story'}`, () =>
      assert.equal(sameStory(fingerprint(WIRE), fingerprint(text)), same));
  }
  it('never links texts too short to judge', () =>
    assert.equal(sameStory(fingerprint('Port closed.'), fingerprint('Port closed.')), false));
});
