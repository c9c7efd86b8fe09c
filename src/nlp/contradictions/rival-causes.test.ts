import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processInput } from '../../pipeline/pipeline.js';
import { isCauseTopic, rivalCauses, sharesWord } from './rival-causes.js';

/** Every sentence below is invented for these tests. */

describe('rivalCauses: causes of one effect that WordNet keeps apart', () => {
  it('takes causes of different kinds as rivals', () => {
    assert.equal(rivalCauses(['the tremor'], ['the removal']), true);
    assert.equal(rivalCauses(['the leak'], ['the bomb']), true);
    assert.equal(rivalCauses(['the pipe'], ['the flood']), true);
  });

  it('leaves causes of one kind, the same cause and time spans alone', () => {
    assert.equal(rivalCauses(['the rain'], ['the storm']), false);
    assert.equal(rivalCauses(['the error'], ['the negligence']), false);
    assert.equal(rivalCauses(['the fault'], ['the failure']), false);
    assert.equal(rivalCauses(['the leak'], ['the leak']), false);
    // "days of heavy rain" keyed by its measure
    assert.equal(rivalCauses(['the rain'], ['the day']), false);
  });

  it('never compares named parties or several values', () => {
    assert.equal(rivalCauses(['e3'], ['the flood']), false);
    assert.equal(rivalCauses(['the leak', 'the bomb'], ['the flood']), false);
  });

  it('takes phrases sharing a word for one account', () => {
    assert.equal(sharesWord('a gas leak', 'a leaking gas pipe'), true);
    assert.equal(sharesWord('leaks', 'a pipe that leaked'), true);
    assert.equal(sharesWord('a small earth tremor', 'the removal of timber supports'), false);
    // one word built on the other
    assert.equal(sharesWord('an electrical fault', 'faulty wiring in the loading bay'), true);
    assert.equal(sharesWord('a cigarette left burning', 'faulty wiring'), false);
    // in a relative clause only the heads of its phrases count: "boiler" only says which room
    assert.equal(
      sharesWord('a faulty boiler', 'a gas cylinder that had been stored next to the boiler room'),
      false,
    );
    assert.equal(sharesWord('a faulty boiler', 'a spark that set fire to the boiler'), true);
    assert.equal(sharesWord('a gas leak', 'a pipe which leaked gas'), true);
  });

  it('knows the cause question', () => {
    assert.equal(isCauseTopic('what caused the blast'), true);
    assert.equal(isCauseTopic('who is behind the blast'), false);
  });
});

describe('rival causes in an article', () => {
  const run = (text: string) =>
    processInput({ source: 'test.txt', bytes: Buffer.from(text) }, { published: '2025-03-02' })
      .contradictions;

  it('"a gas leak caused the explosion" against "a bomb caused the explosion"', () => {
    const found = run(
      'The plant owner, Brennik Gas, said a gas leak had caused the explosion.\n\n' +
        'Inspector Maris Tolle said a bomb had caused the explosion.\n',
    );
    assert.equal(
      found.filter((item) => item.topic === 'what caused the explosion' && item.kind === 'disputes_value')
        .length,
      1,
      JSON.stringify(found),
    );
  });

  it('no conflict when both name rain of some kind, or one speaker names two causes', () => {
    assert.deepEqual(
      run(
        'The mayor, Ilse Varn, said heavy rain had caused the landslide.\n\n' +
          'The geologist Oren Pask said a storm had caused the landslide.\n',
      ).filter((item) => item.topic.startsWith('what caused')),
      [],
    );
    assert.deepEqual(
      run(
        'The mayor, Ilse Varn, said a storm had caused the flood and that a blocked drain had caused it too.\n',
      ).filter((item) => item.topic.startsWith('what caused')),
      [],
    );
  });

  it('a cause the speaker rules out ("and not by a short circuit") is denied: a conflict with one who names it', () => {
    const found = run(
      'The depot manager, Ansel Crow, said the fire had been caused by a discarded cigarette and not by a short circuit.\n\n' +
        'The fire chief, Dana Velk, said a short circuit had caused the fire.\n',
    );
    assert.equal(
      found.filter((item) => item.topic === 'what caused the fire' && item.kind === 'contradicts').length,
      1,
      JSON.stringify(found),
    );
  });
});
