import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processInput } from './pipeline.js';

/** Every page below is invented for these tests. */

const page = (lang: string, paragraphs: readonly string[]): Uint8Array =>
  new TextEncoder().encode(
    `<html lang="${lang}"><head><title>Hafen</title></head><body><article>${paragraphs
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('')}</article></body></html>`,
  );

const GERMAN = [
  'Die Hafenbehörde in Portmere teilte am Dienstag mit, dass die Fähre erst nach dem Ende des Streiks wieder fahren werde.',
  '„Wir haben dreimal um ein Gespräch gebeten“, sagte Helena Varga, die Sprecherin der Gewerkschaft. Sie erwarte keine Einigung vor Freitag.',
];
const ENGLISH = [
  'The port authority in Portmere said on Tuesday that the ferry would not sail again until the strike ended.',
  '“We asked them to meet us three times,” said Helena Varga, the union’s spokeswoman. She expects no deal before Friday.',
];

describe('English-only stages and the document language', () => {
  const cases: readonly {
    readonly name: string;
    readonly bytes: Uint8Array;
    readonly language: string;
    readonly english: boolean;
  }[] = [
    { name: 'a German page declared German', bytes: page('de', GERMAN), language: 'de', english: false },
    // the template says English, the words say German: the words win
    { name: 'a German page declared English', bytes: page('en', GERMAN), language: 'de', english: false },
    {
      name: 'an English page declared en-GB',
      bytes: page('en-GB', ENGLISH),
      language: 'en-GB',
      english: true,
    },
    { name: 'an English page with no declaration', bytes: page('', ENGLISH), language: 'en', english: true },
  ];
  for (const { name, bytes, language, english } of cases) {
    it(name, () => {
      const doc = processInput({ source: 'page.html', bytes });
      assert.equal(doc.metadata.language, language);
      const skipped = doc.diagnostics.filter((diagnostic) => diagnostic.code === 'stage-skipped-language');
      if (english) {
        assert.deepEqual(skipped, []);
        assert.ok(doc.entities.length > 0, 'entities found');
        assert.ok(doc.attributions.length > 0, 'attributions found');
      } else {
        assert.deepEqual(
          skipped.map((diagnostic) => diagnostic.origin),
          ['entities', 'times', 'attributions', 'events', 'claims', 'contradictions'],
        );
        assert.match(skipped[0]?.message ?? '', /"de" and this stage reads English only/);
        assert.deepEqual(
          [doc.entities, doc.attributions, doc.times, doc.events, doc.claims, doc.contradictions],
          [[], [], [], [], [], []],
        );
        assert.ok(doc.segments.sentences.length > 0, 'sentences are still found');
      }
    });
  }
});
