import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Doc } from '../model/index.js';
import { EMPTY_METADATA, EMPTY_SEGMENTS } from '../model/index.js';
import { assertInvariants, findInvariantViolations } from './invariants.js';
import { processInput } from './pipeline.js';

function document(text: string, changes: Partial<Doc> = {}): Doc {
  return {
    source: 'test',
    format: 'text',
    text,
    metadata: EMPTY_METADATA,
    charset: 'utf-8',
    removed: [],
    captions: [],
    segments: EMPTY_SEGMENTS,
    entities: [],
    attributions: [],
    times: [],
    events: [],
    claims: [],
    contradictions: [],
    diagnostics: [],
    ...changes,
  };
}

function attribution(id: string, changes: Partial<Attribution> = {}): Attribution {
  return {
    id,
    kind: 'indirect',
    cue: null,
    source: null,
    speaker: null,
    content: [{ start: 11, end: 23 }],
    ...changes,
  };
}

describe('findInvariantViolations', () => {
  const text = 'Rain fell. Roads closed.';
  const cases: { name: string; doc: Doc; expected: RegExp | null }[] = [
    { name: 'a sound empty document', doc: document(text), expected: null },
    {
      name: 'a span past the end of the text',
      doc: document(text, { times: [{ id: 't1', start: 20, end: 40, type: 'DATE', value: '2025' }] }),
      expected: /out of bounds/,
    },
    {
      name: 'a reversed span',
      doc: document(text, {
        entities: [{ id: 'e1', type: 'LOC', name: 'x', mentions: [{ start: 5, end: 2, kind: 'name' }] }],
      }),
      expected: /reversed/,
    },
    {
      name: 'a surface that differs from the text',
      doc: document(text, {
        entities: [
          {
            id: 'e1',
            type: 'LOC',
            name: 'Roads',
            mentions: [{ start: 11, end: 16, kind: 'name', text: 'Rain' } as never],
          },
        ],
      }),
      expected: /recorded surface "Rain"/,
    },
    {
      name: 'overlapping sentences',
      doc: document(text, {
        segments: {
          paragraphs: [{ start: 0, end: 24 }],
          sentences: [
            { start: 0, end: 12, firstToken: 0, endToken: 0, paragraph: 0 },
            { start: 10, end: 24, firstToken: 0, endToken: 0, paragraph: 0 },
          ],
          tokens: [],
        },
      }),
      expected: /starts before the previous one ends/,
    },
    {
      name: 'a token outside its sentence',
      doc: document(text, {
        segments: {
          paragraphs: [{ start: 0, end: 24 }],
          sentences: [{ start: 0, end: 10, firstToken: 0, endToken: 1, paragraph: 0 }],
          tokens: [{ start: 11, end: 16, pos: 'NOUN', lemma: 'road', head: -1, dep: 'root' }],
        },
      }),
      expected: /outside its sentence/,
    },
    {
      name: 'a head in another sentence',
      doc: document(text, {
        segments: {
          paragraphs: [{ start: 0, end: 24 }],
          sentences: [
            { start: 0, end: 4, firstToken: 0, endToken: 1, paragraph: 0 },
            { start: 5, end: 10, firstToken: 1, endToken: 2, paragraph: 0 },
          ],
          tokens: [
            { start: 0, end: 4, pos: 'NOUN', lemma: 'a', head: 1, dep: 'nsubj' },
            { start: 5, end: 10, pos: 'VERB', lemma: 'b', head: -1, dep: 'root' },
          ],
        },
      }),
      expected: /head 1 is outside its sentence 0/,
    },
    {
      name: 'two roots in one sentence',
      doc: document(text, {
        segments: {
          paragraphs: [{ start: 0, end: 24 }],
          sentences: [{ start: 0, end: 10, firstToken: 0, endToken: 2, paragraph: 0 }],
          tokens: [
            { start: 0, end: 4, pos: 'NOUN', lemma: 'a', head: -1, dep: 'root' },
            { start: 5, end: 10, pos: 'VERB', lemma: 'b', head: -1, dep: 'root' },
          ],
        },
      }),
      expected: /2 roots in its parse/,
    },
    {
      name: 'heads that loop',
      doc: document(text, {
        segments: {
          paragraphs: [{ start: 0, end: 24 }],
          sentences: [{ start: 0, end: 16, firstToken: 0, endToken: 3, paragraph: 0 }],
          tokens: [
            { start: 0, end: 4, pos: 'NOUN', lemma: 'a', head: 1, dep: 'nsubj' },
            { start: 5, end: 10, pos: 'VERB', lemma: 'b', head: 0, dep: 'obj' },
            { start: 11, end: 16, pos: 'VERB', lemma: 'c', head: -1, dep: 'root' },
          ],
        },
      }),
      expected: /its heads loop/,
    },
    {
      name: 'one mention in two entities',
      doc: document(text, {
        entities: [
          { id: 'e1', type: 'LOC', name: 'Roads', mentions: [{ start: 11, end: 16, kind: 'name' }] },
          { id: 'e2', type: 'ORG', name: 'Roads', mentions: [{ start: 11, end: 16, kind: 'name' }] },
        ],
      }),
      expected: /also a mention of e1/,
    },
    {
      name: 'a duplicate entity id',
      doc: document(text, {
        entities: [
          { id: 'e1', type: 'LOC', name: 'Rain', mentions: [{ start: 0, end: 4, kind: 'name' }] },
          { id: 'e1', type: 'LOC', name: 'Roads', mentions: [{ start: 11, end: 16, kind: 'name' }] },
        ],
      }),
      expected: /duplicate id e1/,
    },
    {
      name: 'a speaker that is not an entity',
      doc: document(text, { attributions: [attribution('a1', { speaker: 'e9' })] }),
      expected: /speaker: unknown entity e9/,
    },
    {
      name: 'one of several speakers unknown',
      doc: document(text, {
        entities: [{ id: 'e1', type: 'LOC', name: 'Rain', mentions: [{ start: 0, end: 4, kind: 'name' }] }],
        attributions: [attribution('a1', { speaker: ['e1', 'e2'] })],
      }),
      expected: /unknown entity e2/,
    },
    {
      name: 'an addressee entity that does not exist',
      doc: document(text, { attributions: [attribution('a1', { addressee: { text: 'x', entity: 'e3' } })] }),
      expected: /addressee: unknown entity e3/,
    },
    {
      name: 'an attribution without content',
      doc: document(text, { attributions: [attribution('a1', { content: [] })] }),
      expected: /no content/,
    },
    {
      name: 'an unknown parent',
      doc: document(text, { attributions: [attribution('a1', { parent: 'a7' })] }),
      expected: /unknown parent a7/,
    },
    {
      name: 'a parent chain that loops',
      doc: document(text, {
        attributions: [attribution('a1', { parent: 'a2' }), attribution('a2', { parent: 'a1' })],
      }),
      expected: /parent chain loops/,
    },
    {
      name: 'a sound nested attribution',
      doc: document(text, {
        entities: [{ id: 'e1', type: 'LOC', name: 'Rain', mentions: [{ start: 0, end: 4, kind: 'name' }] }],
        attributions: [attribution('a1', { speaker: 'e1' }), attribution('a2', { parent: 'a1' })],
      }),
      expected: null,
    },
  ];
  for (const { name, doc, expected } of cases) {
    it(name, () => {
      const problems = findInvariantViolations(doc);
      if (expected === null) assert.deepEqual(problems, []);
      else assert.match(problems.join('\n'), expected);
    });
  }
});

describe('pipeline output', () => {
  const inputs: { name: string; source: string; content: string }[] = [
    {
      name: 'a scraped article',
      source: 'story.txt',
      content:
        'Bridge reopens after repairs\n\nThe Millbrook bridge reopened on Friday, the county engineer said.\n\n' +
        '“It is safe again,” Dr. Ana Ruiz said at 9 a.m. “Traffic can flow.”\n\nShare this article\n',
    },
    {
      name: 'an HTML page',
      source: 'page.html',
      content:
        '<html><head><title>Bridge reopens</title></head><body><nav><a href="/">Home</a></nav><article><p>The Millbrook ' +
        'bridge reopened on Friday after eight months of repairs, the county engineer said.</p><p>“It is safe again,” Dr. Ana ' +
        'Ruiz said, adding that the lanes would be repainted in spring.</p></article><footer>© 2025 County Post</footer></body></html>',
    },
    { name: 'one line with no ending', source: 'line.txt', content: 'just a few words' },
    {
      name: 'unbalanced quotation marks',
      source: 'quotes.txt',
      content: '“He said ”” she ““ said.\n\n“Open\n\nClose”',
    },
  ];
  for (const { name, source, content } of inputs) {
    it(`keeps the invariants on ${name}`, () => {
      const doc = processInput({ source, bytes: new TextEncoder().encode(content) });
      assert.doesNotThrow(() => assertInvariants(doc));
    });
  }
});
