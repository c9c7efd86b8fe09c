import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

describe('missed reports (issue 10, notattr33): to somebody addressed, in an opening "as" aside, of a deed in a gerund; quotations after them', () => {
  it('a verb of telling with no that-clause frame in WordNet reports when it addresses somebody', () => {
    assert.deepEqual(reports('Wardens informed us that the bridge had collapsed.'), [
      'informed | Wardens | that the bridge had collapsed',
    ]);
  });

  it('in the perfect, with the verb read as an adjective', () => {
    assert.deepEqual(reports('Rangers had informed the family that the cabin was empty.'), [
      'informed | Rangers | the cabin was empty',
    ]);
  });

  it('nested inside an official account, with no "that"', () => {
    assert.deepEqual(reports('The governor said guards had informed her the prisoner had escaped.'), [
      'said | The governor | guards had informed her the prisoner had escaped',
      'informed | guards | the prisoner had escaped',
    ]);
  });

  it('a clause after a thing explained is no addressee', () => {
    assert.ok(
      !reports('The teacher explained the rule that pupils must obey.').some((found) =>
        found.startsWith('explained | The teacher | that'),
      ),
    );
  });

  it('"As the Courier reports, …": the main clause after the aside is reported', () => {
    assert.deepEqual(reports('As the Lakeside Courier reports, the ferry will stop running in May.'), [
      'reports | the Lakeside Courier | the ferry will stop running in May',
    ]);
  });

  it("a verb of telling with a gerund: the speaker's own deed is the proposition", () => {
    assert.deepEqual(reports('The builder admitted ignoring the safety rules.'), [
      'admitted | The builder | ignoring the safety rules',
    ]);
  });

  it('a quotation after an indirect report that shares its sentence with a quoting one goes on from the quoting one', () => {
    const text =
      'Ms Lind revealed that the chef was "a born host and a terrible driver", though she insisted they were never close. "He once drove me home and I never forgot the ride."';
    assert.deepEqual(reports(text), [
      'revealed | Ms Lind | that the chef was "a born host and a terrible driver"',
      'insisted | she | they were never close',
      '- | - | "He once drove me home and I never forgot the ride."',
    ]);
  });
});
