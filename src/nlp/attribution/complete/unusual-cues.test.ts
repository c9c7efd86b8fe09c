import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_INGEST_OPTIONS } from '../../../ingest/options.js';
import { processInput } from '../../../pipeline/pipeline.js';

/** Every text below is invented for these tests. */

/** "source | cue -> speaker" per attribution; a group speaker's names joined by "+". */
function attributions(text: string): string[] {
  const doc = processInput(
    { source: 'test.txt', bytes: Buffer.from(text) },
    { published: '2025-05-12', ingest: { ...DEFAULT_INGEST_OPTIONS, clean: false } },
  );
  const names = new Map(doc.entities.map((entity) => [entity.id, entity.name]));
  const slice = (span: { start: number; end: number } | null): string =>
    span === null ? '-' : doc.text.slice(span.start, span.end);
  return doc.attributions.map((attribution) => {
    const speaker = attribution.speaker;
    const who =
      speaker === null
        ? '-'
        : (Array.isArray(speaker) ? speaker : [speaker]).map((id) => names.get(id) ?? '?').join('+');
    return `${slice(attribution.source)} | ${slice(attribution.cue)} -> ${who}`;
  });
}

describe('a quotation before a verb of speaking off the speech-verb list (quote-attributions.ts)', () => {
  it('a pronoun and a verb WordNet files under verb.communication: "she chats"', () => {
    const text = 'Mara Voss runs the bakery on Quay Street. "Every loaf is shaped by hand," she chats.';
    assert.deepEqual(attributions(text), ['she | chats -> Mara Voss']);
  });

  it('the verb tagged as a noun after the pronoun: "she enthuses"', () => {
    const text = 'Mara Voss runs the bakery on Quay Street. "Every loaf is shaped by hand," she enthuses.';
    assert.deepEqual(attributions(text), ['she | enthuses -> Mara Voss']);
  });

  it('the verb first, then the name: "enthuses Mara Voss"', () => {
    const text = 'The bakery opened in May. "Every loaf is shaped by hand," enthuses Mara Voss.';
    assert.deepEqual(attributions(text), ['Mara Voss | enthuses -> Mara Voss']);
  });

  it('adverbials after the verb: "she chats over coffee"', () => {
    const text =
      'Mara Voss runs the bakery on Quay Street. "Every loaf is shaped by hand," she chats over coffee.';
    assert.deepEqual(attributions(text), ['she | chats -> Mara Voss']);
  });

  it('must not change: a verb of no speaking after the quotation is no cue', () => {
    const text = 'Mara Voss runs the bakery on Quay Street. "Every loaf is shaped by hand," she owns.';
    assert.deepEqual(attributions(text), []);
  });
});

describe('"That is according to X": the sentence before is the content (view-of.ts)', () => {
  it('"That\'s according to" an organisation', () => {
    const text = "Ferry fares on the island will rise by 6% in June. That's according to the Harbour Board.";
    assert.deepEqual(attributions(text), ['the Harbour Board | according to -> Harbour Board']);
  });

  it('"That is according to" a person, up to the relative clause', () => {
    const text =
      'Ferry fares on the island will rise by 6% in June. That is according to Ilse Brandt, who runs the port.';
    assert.deepEqual(attributions(text), ['Ilse Brandt | according to -> Ilse Brandt']);
  });
});

describe('"the pair", "the duo", "both": the two people just named (both-of-them.ts)', () => {
  it('"the pair said" after a quotation', () => {
    const text =
      'Oskar Lind and Pavel Drach won the rowing final on Sunday. "We never doubted it," the pair said.';
    assert.deepEqual(attributions(text), ['the pair | said -> Oskar Lind+Pavel Drach']);
  });

  it('"said the duo"', () => {
    const text =
      'Oskar Lind and Pavel Drach won the rowing final on Sunday. "We never doubted it," said the duo.';
    assert.deepEqual(attributions(text), ['the duo | said -> Oskar Lind+Pavel Drach']);
  });

  it('must not change: three people named, "the pair" stays unresolved', () => {
    const text =
      'Oskar Lind, Pavel Drach and Rui Sousa won medals on Sunday. "We never doubted it," the pair said.';
    assert.deepEqual(attributions(text), ['the pair | said -> -']);
  });
});

describe("a person named after a body's possessive (names/possessed-people.ts)", () => {
  it('"says the BBC\'s Sarah Mills": the person is the speaker', () => {
    const text = '"The storm caused chaos in the harbour," says the BBC\'s Sarah Mills.';
    assert.deepEqual(attributions(text), ["the BBC's Sarah Mills | says -> Sarah Mills"]);
  });

  it("must not change: a product after a company's possessive is no person", () => {
    const text = '"It crashed twice," said Ola Brandt of Microsoft\'s Windows Media Player team.';
    assert.ok(!attributions(text).some((line) => line.endsWith('Windows Media')));
  });
});
