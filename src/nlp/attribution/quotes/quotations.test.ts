import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { findQuotations, type Quotation } from './quotations.js';

function quotations(text: string): Quotation[] {
  return findQuotations(text, segment(text));
}

function inners(text: string): string[] {
  return quotations(text).map((quote) => text.slice(quote.inner.start, quote.inner.end));
}

function assertSpansValid(text: string, quotes: readonly Quotation[]): void {
  for (const quote of quotes) {
    for (const span of [
      quote.open,
      quote.outer,
      quote.inner,
      ...(quote.close === null ? [] : [quote.close]),
    ]) {
      assert.ok(0 <= span.start && span.start < span.end && span.end <= text.length, JSON.stringify(span));
    }
    assert.ok(quote.outer.start <= quote.inner.start && quote.inner.end <= quote.outer.end);
    assert.equal(
      text.slice(quote.inner.start, quote.inner.end).trim(),
      text.slice(quote.inner.start, quote.inner.end),
    );
  }
}

describe('findQuotations: mark styles', () => {
  const cases: [string, string, string[]][] = [
    [
      'typographic double',
      'The mayor said: “We will rebuild the bridge.” Then she left.',
      ['We will rebuild the bridge.'],
    ],
    ['typographic single', 'The coach called it ‘a proper team effort’ on Sunday.', ['a proper team effort']],
    ['straight double', 'He wrote "the harbour is closed" in his note.', ['the harbour is closed']],
    [
      'straight single',
      "The ferry captain said 'not today, not tomorrow' and walked off.",
      ['not today, not tomorrow'],
    ],
    ['guillemets with spaces', 'Le maire a dit « nous reconstruirons » hier.', ['nous reconstruirons']],
    ['reversed guillemets', 'Der Bürgermeister sagte »wir bauen neu« am Montag.', ['wir bauen neu']],
    ['German low double', 'Sie sagte „wir bleiben hier“ und ging.', ['wir bleiben hier']],
    ['Polish low double with ”', 'Powiedział „zostajemy tutaj” wczoraj.', ['zostajemy tutaj']],
    ['German low single', 'Er sagte ‚nein‘ und ging.', ['nein']],
    ['single guillemets', 'Il a répondu ‹ non › sans attendre.', ['non']],
    ['doubled straight single', "''We are finished here,'' the foreman said.", ['We are finished here,']],
    ['Swedish right double', 'Hon sa ”vi stannar” i går.', ['vi stannar']],
    ['two keyboards: “ closed by "', 'She wrote “we are done" in the note.', ['we are done']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const quotes = quotations(text);
      assertSpansValid(text, quotes);
      assert.deepEqual(inners(text), expected);
    });
  }
});

describe('findQuotations: apostrophes are not quotation marks', () => {
  const cases: [string, string[]][] = [
    ['We don’t know where the mayor’s car is.', []],
    ['She loved rock ’n’ roll and the music of the ’90s.', []],
    ["The students' union and the teachers' union met in the '80s.", []],
    ['‘The students’ union is closed,’ the porter said.', ['The students’ union is closed,']],
    ['He called it ‘rock ’n’ roll’ with a grin.', ['rock ’n’ roll']],
    ['The ‘90s were loud, she said.', []],
    ["'Tis the season, and they'll dance 'til dawn.", []],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(inners(text), expected));
  }
});

describe('findQuotations: nesting', () => {
  it('a single quotation inside a double one is level 1 with its parent', () => {
    const text = '“My neighbour told me, ‘keep the gate shut,’ and I did,” Mr Ortega said.';
    const quotes = quotations(text);
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0]?.level, 0);
    assert.equal(quotes[0]?.parent, -1);
    assert.equal(quotes[1]?.level, 1);
    assert.equal(quotes[1]?.parent, 0);
    assert.equal(text.slice(quotes[1]!.inner.start, quotes[1]!.inner.end), 'keep the gate shut,');
  });
  it('a double quotation inside straight single quotes', () => {
    const text = '\'The sign said "closed for repairs" all week,\' a resident said.';
    const quotes = quotations(text);
    assert.deepEqual(
      quotes.map((quote) => [quote.level, quote.parent]),
      [
        [0, -1],
        [1, 0],
      ],
    );
  });
});

describe('findQuotations: quotations over several paragraphs', () => {
  it('links one piece per paragraph, only the last one closed', () => {
    const text =
      '“We lost the harvest.\n\n“We lost the barn as well.\n\n“But we will plant again,” the farmer said.';
    const quotes = quotations(text);
    assert.equal(quotes.length, 3);
    assert.deepEqual(
      quotes.map((quote) => [quote.paragraph, quote.continues, quote.continuedBy, quote.close === null]),
      [
        [0, -1, 1, true],
        [1, 0, 2, true],
        [2, 1, -1, false],
      ],
    );
    assert.equal(text.slice(quotes[0]!.inner.start, quotes[0]!.inner.end), 'We lost the harvest.');
  });
  it('an open quotation whose next paragraph does not re-open gives nothing', () => {
    const text =
      'The sign read “closed for the season.\n\nVisitors turned back at the gate.\n\nNobody complained.';
    assert.deepEqual(quotations(text), []);
  });
  it('a mark re-opening after a full stop inside an open quotation continues it (a lost paragraph break)', () => {
    const text =
      '"The orchard flooded twice," the grower said. "We replanted in May. "The pears came back. "Next year we sell them." The market opens soon.';
    const quotes = quotations(text);
    assert.deepEqual(inners(text), [
      'The orchard flooded twice,',
      'We replanted in May.',
      'The pears came back.',
      'Next year we sell them.',
    ]);
    assert.deepEqual(
      quotes.map((quote) => [quote.level, quote.continues, quote.continuedBy, quote.close === null]),
      [
        [0, -1, -1, false],
        [0, -1, 2, true],
        [0, 1, 3, true],
        [0, 2, -1, false],
      ],
    );
  });
  it('a re-opened quotation that never closes is dropped', () => {
    const text = 'He wrote "One. "Two. "Three. The end.';
    assert.deepEqual(quotations(text), []);
  });
  it('a quotation nested with the other family is not a re-opening', () => {
    const text = '“The clerk said. ‘Wait here.’ Then he left,” she recalled.';
    assert.deepEqual(
      quotations(text).map((quote) => quote.level),
      [0, 1],
    );
  });
  it('a chain that never closes is dropped', () => {
    const text = '“One.\n\n“Two.\n\n“Three.\n\nThe end.';
    assert.deepEqual(quotations(text), []);
  });
});

describe('findQuotations: unbalanced input stays bounded', () => {
  it('a stray opening mark does not swallow the next paragraphs', () => {
    const text = 'The “plan was announced.\n\nIt said “nothing.”\n\nLater on, more came.';
    const quotes = quotations(text);
    assert.deepEqual(inners(text), ['nothing.']);
    for (const quote of quotes) assert.equal(quote.paragraph, 1);
  });
  it('50,000 stray marks finish fast with no long quotation', () => {
    const pieces: string[] = [];
    const marks = ['“', '”', '"', "'", '‘', '’', '«', '»', '„'];
    for (let index = 0; index < 50_000; index += 1) {
      pieces.push(`${marks[index % marks.length]}word${index % 7 === 0 ? '\n\n' : ' '}`);
    }
    const text = pieces.join('');
    const segments = segment(text);
    const started = performance.now();
    const quotes = findQuotations(text, segments);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1_000, `took ${elapsed} ms`);
    assertSpansValid(text, quotes);
    for (const quote of quotes) assert.ok(quote.outer.end - quote.outer.start < 200);
    let longestChain = 0;
    for (const quote of quotes) {
      let length = 1;
      for (let next = quote.continuedBy; next >= 0; next = quotes[next]!.continuedBy) length += 1;
      longestChain = Math.max(longestChain, length);
    }
    assert.ok(longestChain <= 24);
  });
  it('a flood of opening marks re-opened in every paragraph makes no endless chain', () => {
    const text = Array.from({ length: 200 }, (_, index) => `“Paragraph ${index}`).join('\n\n') + '.”';
    const quotes = quotations(text);
    assert.ok(quotes.every((quote) => quote.continues < 0 || quotes[quote.continues]!.paragraph >= 170));
  });
});

describe('findQuotations: scare quotes', () => {
  const cases: [string, boolean][] = [
    ['Officials say the fugitives ‘tried to escape’ overnight.', false],
    ['The so-called “peace dividend” never came.', true],
    ['Critics mocked the ‘hero’ of the hour.', true],
    ['“No,” she said.', false],
  ];
  for (const [text, scare] of cases) {
    it(text, () => assert.equal(quotations(text)[0]?.scare, scare));
  }
});
