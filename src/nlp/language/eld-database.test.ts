import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { eld } from 'eld/extrasmall';
import { eldDetector, readEldDatabase } from './eld-database.js';

/** The package's own database, as `eld/extrasmall` evaluates it. */
async function packageDatabase(): Promise<{
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}> {
  const url = new URL('../ngrams/extrasmall.js', import.meta.resolve('eld/extrasmall'));
  return ((await import(url.href)) as { ngramsData: never }).ngramsData;
}

describe('readEldDatabase', () => {
  it('reads every n-gram of eld’s extrasmall file as the package evaluates it', async () => {
    const expected = await packageDatabase();
    const url = new URL('../ngrams/extrasmall.js', import.meta.resolve('eld/extrasmall'));
    const database = readEldDatabase(readFileSync(url, 'utf8'));
    assert.ok(database !== null);
    assert.equal(database.type, expected.type);
    assert.deepEqual(database.languages, expected.languages);
    const keys = Object.keys(expected.ngrams);
    assert.ok(keys.length > 10_000);
    assert.equal(Object.keys(database.ngrams).length, keys.length);
    for (const key of keys) {
      const scores: Readonly<Record<string, number>> | undefined = database.ngrams[key];
      assert.deepEqual(scores, expected.ngrams[key], key);
      assert.deepEqual(Object.keys(scores ?? {}), Object.keys(expected.ngrams[key] ?? {}), key);
    }
    assert.equal(database.ngrams['no such n-gram'], undefined);
  });

  it('reads quoted keys with escapes, bare keys and several scores', () => {
    const source =
      "export const ngramsData = {type:'T1',languages:{0:'aa',1:'bb'},isSubset:false," +
      "ngrams:{' l\\'es':{0:69,1:35},ab_c:{1:4},'x\\\\y':{0:1},42:{1:2}}};";
    const database = readEldDatabase(source);
    assert.ok(database !== null);
    assert.equal(database.type, 'T1');
    assert.deepEqual(database.languages, { 0: 'aa', 1: 'bb' });
    assert.deepEqual(database.ngrams[" l'es"], { 0: 69, 1: 35 });
    assert.deepEqual(database.ngrams.ab_c, { 1: 4 });
    assert.deepEqual(database.ngrams['x\\y'], { 0: 1 });
    assert.deepEqual(database.ngrams['42'], { 1: 2 });
    // the same object each time (eld reads it once per n-gram of a text)
    assert.equal(database.ngrams.ab_c, database.ngrams.ab_c);
  });

  it('refuses a file it cannot read to the end', () => {
    assert.equal(readEldDatabase("ngramsData = {type:'T',languages:{0:'aa'},ngrams:{'a':[1]}}"), null);
    assert.equal(readEldDatabase('export const x = 1;'), null);
  });
});

describe('eldDetector', () => {
  // invented sentences
  const texts = [
    'The committee said on Thursday that the new bridge would open to traffic before the winter.',
    'Der Ausschuss teilte am Donnerstag mit, dass die neue Brücke vor dem Winter eröffnet werde.',
    'Le comité a déclaré jeudi que le nouveau pont ouvrirait à la circulation avant l’hiver.',
    'Комитет заявил в четверг, что новый мост откроется до начала зимы.',
    'El comité dijo el jueves que el nuevo puente abriría antes del invierno.',
    'short',
  ];
  for (const text of texts) {
    it(`detects as eld/extrasmall does: ${JSON.stringify(text.slice(0, 24))}`, () => {
      const mine = eldDetector.detect(text);
      const theirs = eld.detect(text);
      assert.equal(mine.language, theirs.language);
      assert.equal(mine.isReliable(), theirs.isReliable());
      assert.deepEqual(
        (mine as unknown as { getScores(): unknown }).getScores(),
        (theirs as unknown as { getScores(): unknown }).getScores(),
      );
    });
  }
});
