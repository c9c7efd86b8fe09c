import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import { recogniseNames } from '../ner/index.js';
import { refineNames } from './index.js';
import { run } from './test-table.js';
import { typeNamesByPronouns } from './pronoun-agreement.js';

/** Every sentence below is invented for these tests. */

const step = (text: string, names: Parameters<typeof typeNamesByPronouns>[2]) =>
  typeNamesByPronouns(text, segment(text), names);

/** The whole name step on a text: "surface/TYPE" of every name. */
function refined(text: string): string[] {
  const segments = segment(text);
  return refineNames(text, segments, recogniseNames(text, segments)).map(
    (name) => `${text.slice(name.start, name.end)}/${name.type}`,
  );
}

describe('typeNamesByPronouns', () => {
  it('a name whose report has "he" as its subject is a person', () => {
    assert.deepEqual(
      run(step, 'The deal fell through. Vantrell said he was disappointed.', [['Vantrell', 'ORG']]),
      ['Vantrell/PERSON'],
    );
  });
  it('every mention of the name takes the type', () => {
    assert.deepEqual(
      run(step, 'Vantrell joined in May. Vantrell said she would stay.', [
        ['Vantrell', 'ORG'],
        ['Vantrell', 'ORG'],
      ]),
      ['Vantrell/PERSON', 'Vantrell/PERSON'],
    );
  });
  it('a name whose report has a subject owned by "its" is an organisation', () => {
    assert.deepEqual(
      run(step, 'Hadley Foods said its profits rose by a tenth.', [['Hadley Foods', 'PERSON']]),
      ['Hadley Foods/ORG'],
    );
  });
  it('a missed single proper noun that says "he" is added as a person', () => {
    assert.deepEqual(run(step, 'The striker scored twice. Quellan said he was delighted.', []), [
      'Quellan/PERSON',
    ]);
  });
  // what must not change
  it('a place the lexicon knows keeps its type', () => {
    assert.deepEqual(run(step, 'London said he would come.', [['London', 'LOC']]), ['London/LOC']);
  });
  it('"it" alone is no evidence: a person says "it was …"', () => {
    assert.deepEqual(run(step, 'Dorran Vale said it was a mistake.', [['Dorran Vale', 'PERSON']]), [
      'Dorran Vale/PERSON',
    ]);
  });
  it('a titled name stays a person', () => {
    assert.deepEqual(run(step, 'Ms Harrow said its engine had failed.', [['Ms Harrow', 'PERSON']]), [
      'Ms Harrow/PERSON',
    ]);
  });
  it('a name the text also joins or plays for stays a body', () => {
    assert.deepEqual(
      run(step, 'The defender joined Kelvex in May. Kelvex said he had agreed a new deal.', [
        ['Kelvex', 'ORG'],
        ['Kelvex', 'ORG'],
      ]),
      ['Kelvex/ORG', 'Kelvex/ORG'],
    );
  });
  it('a common word is never added', () => {
    assert.deepEqual(run(step, 'Still, Police said he had fled.', []), []);
  });
});

describe('company names that look like people', () => {
  it('"Marrow Lines" is a company: a plural of "line", a group', () => {
    assert.ok(
      refined('Marrow Lines said the captain had been told to return to port.').includes('Marrow Lines/ORG'),
    );
  });
  it('"Ms Furse" after "meeting" stays a person', () => {
    const names = refined(
      'Werner Seifert is meeting Ms Furse on Thursday. They will let Ms Furse take the helm.',
    );
    assert.ok(names.includes('Ms Furse/PERSON') && !names.includes('Ms Furse/ORG'));
  });
});
