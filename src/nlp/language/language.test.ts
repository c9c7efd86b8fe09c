import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseLanguage, detectLanguage, readsAsEnglish } from './index.js';

/** Every text below is invented for these tests. */

describe('detectLanguage', () => {
  const cases: readonly (readonly [string, string | null])[] = [
    [
      'The harbour authority said on Tuesday that the ferry would not sail again until the strike ended.',
      'en',
    ],
    [
      'Die Hafenbehörde teilte am Dienstag mit, dass die Fähre erst nach dem Ende des Streiks wieder fahren werde.',
      'de',
    ],
    ['Портовая администрация сообщила во вторник, что паром не выйдет в море до окончания забастовки.', 'ru'],
    [
      'Le port a annoncé mardi que le ferry ne reprendrait pas la mer avant la fin de la grève des dockers.',
      'fr',
    ],
    [
      'El puerto anunció el martes que el transbordador no volverá a zarpar hasta que termine la huelga.',
      'es',
    ],
    // too little text to tell
    ['OK', null],
    ['Mara Lindqvist', null],
    ['', null],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text.slice(0, 30))} → ${expected}`, () =>
      assert.equal(detectLanguage(text), expected));
  }
});

describe('chooseLanguage', () => {
  const cases: readonly (readonly [string | null, string | null, string | null, number])[] = [
    // [declared, detected, chosen, diagnostics]
    ['en-GB', 'en', 'en-GB', 0],
    [null, 'ru', 'ru', 0],
    ['de', null, 'de', 0],
    [null, null, null, 0],
    // a template that declares English on a German page
    ['en-US', 'de', 'de', 1],
  ];
  for (const [declared, detected, chosen, diagnostics] of cases) {
    it(`declared ${declared}, detected ${detected} → ${chosen}`, () => {
      const choice = chooseLanguage(declared, detected);
      assert.equal(choice.language, chosen);
      assert.equal(choice.diagnostics.length, diagnostics);
    });
  }
});

describe('readsAsEnglish', () => {
  const cases: readonly (readonly [string | null, boolean])[] = [
    ['en', true],
    ['en-AU', true],
    ['EN', true],
    [null, true],
    ['de', false],
    ['ru', false],
  ];
  for (const [language, expected] of cases) {
    it(`${language} → ${expected}`, () => assert.equal(readsAsEnglish(language), expected));
  }
});
