import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Segments } from '../../model/index.js';
import { datelineEnd } from './parse-sentences.js';
import { explainSegments, segment } from './segment.js';

/** Every fixture below is invented for these tests. */

/** The offsets contract of `Segments`, checked on every output the tests produce. */
function assertInvariants(text: string, segments: Segments): void {
  const trimmedAndNonEmpty = (start: number, end: number, what: string): void => {
    assert.ok(
      start >= 0 && end <= text.length && start < end,
      `${what} [${start}, ${end}) out of bounds or empty`,
    );
    const slice = text.slice(start, end);
    assert.equal(slice, slice.trim(), `${what} ${JSON.stringify(slice)} is not trimmed`);
  };
  const { paragraphs, sentences, tokens } = segments;
  let previousEnd = -1;
  for (const paragraph of paragraphs) {
    trimmedAndNonEmpty(paragraph.start, paragraph.end, 'paragraph');
    assert.ok(paragraph.start > previousEnd, 'paragraphs sorted and apart');
    assert.ok(
      !/[\n\r\u2028\u2029]/.test(text.slice(paragraph.start, paragraph.end)),
      'no line break in a paragraph',
    );
    previousEnd = paragraph.end;
  }
  previousEnd = -1;
  for (const token of tokens) {
    trimmedAndNonEmpty(token.start, token.end, 'token');
    assert.ok(token.start >= previousEnd, 'tokens sorted, not overlapping');
    assert.ok(!/\s/.test(text.slice(token.start, token.end)), 'a token holds no whitespace');
    assert.notEqual(token.pos, 'SPACE');
    previousEnd = token.end;
  }
  let expectedFirstToken = 0;
  previousEnd = -1;
  for (const sentence of sentences) {
    trimmedAndNonEmpty(sentence.start, sentence.end, 'sentence');
    assert.ok(sentence.start >= previousEnd, 'sentences sorted, not overlapping');
    assert.equal(sentence.firstToken, expectedFirstToken, 'every token lies in exactly one sentence');
    assert.ok(sentence.endToken > sentence.firstToken, 'a sentence has tokens');
    assert.equal(sentence.start, tokens[sentence.firstToken]?.start);
    assert.equal(sentence.end, tokens[sentence.endToken - 1]?.end);
    const paragraph = paragraphs[sentence.paragraph];
    assert.ok(
      paragraph !== undefined && paragraph.start <= sentence.start && sentence.end <= paragraph.end,
      'sentence inside its paragraph',
    );
    expectedFirstToken = sentence.endToken;
    previousEnd = sentence.end;
  }
  assert.equal(expectedFirstToken, tokens.length, 'every token lies in a sentence');
}

interface SentenceCase {
  readonly rule: string;
  readonly input: string;
  readonly expected: readonly string[];
}

const SENTENCE_CASES: readonly SentenceCase[] = [
  {
    rule: 'plain sentences',
    input: 'The council met on Monday. It approved the budget! Was anyone surprised?',
    expected: ['The council met on Monday.', 'It approved the budget!', 'Was anyone surprised?'],
  },
  {
    rule: 'quotation with attribution after it',
    input: '“We will not back down,” the mayor said on Friday. The vote is next week.',
    expected: ['“We will not back down,” the mayor said on Friday.', 'The vote is next week.'],
  },
  {
    rule: 'closing quote then lower-case continuation',
    input: '“Go back inside.” she told the crowd. Nobody moved.',
    expected: ['“Go back inside.” she told the crowd.', 'Nobody moved.'],
  },
  {
    rule: 'question inside a quotation then attribution',
    input: '“Who pays for this?” asked a resident. The answer came later.',
    expected: ['“Who pays for this?” asked a resident.', 'The answer came later.'],
  },
  {
    rule: 'quotation ending the sentence keeps its closing mark',
    input: 'The coach put it simply: “We lost the game.” Training resumes on Thursday.',
    expected: ['The coach put it simply: “We lost the game.”', 'Training resumes on Thursday.'],
  },
  {
    rule: 'several sentences inside one quotation stay whole',
    input: '“We made mistakes. We will fix them,” Ms Varga said. Shares rose.',
    expected: ['“We made mistakes. We will fix them,” Ms Varga said.', 'Shares rose.'],
  },
  {
    rule: 'name and verb of saying after a quotation',
    input: '“The plant will close.” Okonkwo said. Workers were told on Monday.',
    expected: ['“The plant will close.” Okonkwo said.', 'Workers were told on Monday.'],
  },
  {
    rule: 'name after a quotation starting a new statement',
    input: '“The plant will close.” Okonkwo said the decision was final.',
    expected: ['“The plant will close.”', 'Okonkwo said the decision was final.'],
  },
  {
    rule: 'straight double quotes',
    input: 'She said: "The bridge is safe." Engineers disagreed. "Not yet," one said.',
    expected: ['She said: "The bridge is safe."', 'Engineers disagreed.', '"Not yet," one said.'],
  },
  {
    rule: 'straight quote touching the next sentence',
    input: 'He wrote:"We are done."Then he resigned.',
    expected: ['He wrote:"We are done."', 'Then he resigned.'],
  },
  {
    rule: 'single quotes inside double quotes',
    input: '“They told us ‘wait a week.’ We waited a year,” a farmer said. Prices fell.',
    expected: ['“They told us ‘wait a week.’ We waited a year,” a farmer said.', 'Prices fell.'],
  },
  {
    rule: 'guillemets',
    input: 'Le ministre a dit: «Nous partons.» La séance est levée.',
    expected: ['Le ministre a dit: «Nous partons.»', 'La séance est levée.'],
  },
  {
    rule: 'German low-high quotes',
    input: '„Wir bleiben hier“, sagte die Sprecherin. Dann ging sie.',
    expected: ['„Wir bleiben hier“, sagte die Sprecherin.', 'Dann ging sie.'],
  },
  {
    rule: 'titles before names',
    input: 'Mr. Haddad met Dr. Lin and Prof. Adeyemi. Gen. Moreau and Sen. Park arrived later.',
    expected: ['Mr. Haddad met Dr. Lin and Prof. Adeyemi.', 'Gen. Moreau and Sen. Park arrived later.'],
  },
  {
    rule: 'more titles',
    input: 'Gov. Ellison thanked Rep. Duarte, Mrs. Kowalski and Ms. Osei. The hearing ended.',
    expected: ['Gov. Ellison thanked Rep. Duarte, Mrs. Kowalski and Ms. Osei.', 'The hearing ended.'],
  },
  {
    rule: 'saint and street',
    input: 'The march went from St. Mary’s church to Harbour St. by noon.',
    expected: ['The march went from St. Mary’s church to Harbour St. by noon.'],
  },
  {
    rule: 'company suffixes before a clause',
    input:
      'Brindle Foods Inc., a snack maker, and Kestrel Ltd. agreed terms. Talks with Ortega Corp. failed.',
    expected: [
      'Brindle Foods Inc., a snack maker, and Kestrel Ltd. agreed terms.',
      'Talks with Ortega Corp. failed.',
    ],
  },
  {
    rule: 'company suffix ending a sentence',
    input: 'The contract went to Harlow Holdings Co. The rival bid was lower.',
    expected: ['The contract went to Harlow Holdings Co.', 'The rival bid was lower.'],
  },
  {
    rule: 'Jr. and Sr. within names',
    input: 'Marcus Bell Jr. and Marcus Bell Sr. both testified.',
    expected: ['Marcus Bell Jr. and Marcus Bell Sr. both testified.'],
  },
  {
    rule: 'vs. and etc.',
    input: 'It was Rovers vs. United on Saturday. They sold scarves, flags, etc. Fans queued early.',
    expected: [
      'It was Rovers vs. United on Saturday.',
      'They sold scarves, flags, etc.',
      'Fans queued early.',
    ],
  },
  {
    rule: 'e.g. and i.e.',
    input: 'Some regions, e.g. Norland, cut taxes, i.e. they lowered rates. Others waited.',
    expected: ['Some regions, e.g. Norland, cut taxes, i.e. they lowered rates.', 'Others waited.'],
  },
  {
    rule: 'country acronyms before names and at sentence ends',
    input: 'The U.S. Treasury and the U.K. government spoke. Aid reached the U.N. Then it stopped.',
    expected: [
      'The U.S. Treasury and the U.K. government spoke.',
      'Aid reached the U.N.',
      'Then it stopped.',
    ],
  },
  {
    rule: 'acronym at a sentence end before a pronoun',
    input: 'She studied in the U.S. She returned in 2019.',
    expected: ['She studied in the U.S.', 'She returned in 2019.'],
  },
  {
    rule: 'a.m. and p.m.',
    input: 'Polls open at 7 a.m. and close at 9 p.m. Results are due at 2 a.m. Friday.',
    expected: ['Polls open at 7 a.m. and close at 9 p.m.', 'Results are due at 2 a.m. Friday.'],
  },
  {
    rule: 'a clock time written with a period and am/pm',
    input:
      'Officers were called at 9.15pm on Tuesday and left at 11.40pm. The road opened at 10.30a.m. Drivers were relieved.',
    expected: [
      'Officers were called at 9.15pm on Tuesday and left at 11.40pm.',
      'The road opened at 10.30a.m.',
      'Drivers were relieved.',
    ],
  },
  {
    rule: 'a range of clock times written with periods',
    input: 'The cafe opens 5.30am-7.15pm daily. It shuts on Sundays.',
    expected: ['The cafe opens 5.30am-7.15pm daily.', 'It shuts on Sundays.'],
  },
  {
    rule: 'a sentence ending in a clock time with pm',
    input: 'The match kicked off at 8pm. Fans had queued since 5:45pm. Nobody was hurt.',
    expected: ['The match kicked off at 8pm.', 'Fans had queued since 5:45pm.', 'Nobody was hurt.'],
  },
  {
    rule: 'No. before a number',
    input: 'He lives at No. 5 Alder Road. No. The other one.',
    expected: ['He lives at No. 5 Alder Road.', 'No.', 'The other one.'],
  },
  {
    rule: 'month abbreviations',
    input: 'The hearing moved from Jan. 14 to Feb. 3 and then to Sept. 9. Nobody objected.',
    expected: ['The hearing moved from Jan. 14 to Feb. 3 and then to Sept. 9.', 'Nobody objected.'],
  },
  {
    rule: 'initials',
    input: 'The report by J. R. Mbeki was leaked. Its author, A. Lindqvist, declined to comment.',
    expected: ['The report by J. R. Mbeki was leaked.', 'Its author, A. Lindqvist, declined to comment.'],
  },
  {
    rule: 'two initials written together before a surname',
    input: 'Forward K.D. Vantorre was cleared on Monday. Coach R.J. Mallard agreed.',
    expected: ['Forward K.D. Vantorre was cleared on Monday.', 'Coach R.J. Mallard agreed.'],
  },
  {
    rule: 'a known two-letter place still ends a sentence',
    input: 'The firm moved to the U.K. The staff followed. It stayed in Washington, D.C. Police left.',
    expected: [
      'The firm moved to the U.K.',
      'The staff followed.',
      'It stayed in Washington, D.C.',
      'Police left.',
    ],
  },
  {
    rule: 'single capital letter ending a sentence',
    input: 'They switched to Plan B. The first plan had failed.',
    expected: ['They switched to Plan B.', 'The first plan had failed.'],
  },
  {
    rule: 'decimals and money',
    input: 'Growth was 3.5% in the quarter. Sales hit $1.25bn. Costs were 0.8 points lower.',
    expected: ['Growth was 3.5% in the quarter.', 'Sales hit $1.25bn.', 'Costs were 0.8 points lower.'],
  },
  {
    rule: 'ellipsis continuing and ending',
    input: 'We waited... and waited. Then… Nothing happened. Prices fell … and rose again.',
    expected: ['We waited... and waited.', 'Then…', 'Nothing happened.', 'Prices fell … and rose again.'],
  },
  {
    rule: 'interrobang and repeated marks',
    input: 'They won?! Nobody believed it!!! Really??',
    expected: ['They won?!', 'Nobody believed it!!!', 'Really??'],
  },
  {
    rule: 'sentence end inside brackets',
    input: 'The mill closed. (It had lost money for years.) A buyer is sought.',
    expected: ['The mill closed.', '(It had lost money for years.)', 'A buyer is sought.'],
  },
  {
    rule: 'sentence inside brackets stays in its sentence',
    input: 'The mill (it closed in May. Nobody knows why) is for sale. Buyers are few.',
    expected: ['The mill (it closed in May. Nobody knows why) is for sale.', 'Buyers are few.'],
  },
  {
    rule: 'hyphen glued to an abbreviation',
    input: 'The U.S.-led talks ended. A deal followed.',
    expected: ['The U.S.-led talks ended.', 'A deal followed.'],
  },
  {
    rule: 'comma after an abbreviation',
    input: 'Workers at Delmar Inc., Ferro Ltd. and others struck.',
    expected: ['Workers at Delmar Inc., Ferro Ltd. and others struck.'],
  },
  {
    rule: 'a line break always ends a sentence',
    input: 'Flood warning issued\nResidents of the valley were told to leave',
    expected: ['Flood warning issued', 'Residents of the valley were told to leave'],
  },
  {
    rule: 'a quotation does not run across a line break',
    input: '“We start at dawn.\nThe convoy left at six.',
    expected: ['“We start at dawn.', 'The convoy left at six.'],
  },
  {
    rule: 'an unclosed quotation does not glue sentences',
    input: 'The note read “Come at once. Bring the keys. Tell nobody. The police were called.',
    expected: ['The note read “Come at once.', 'Bring the keys.', 'Tell nobody.', 'The police were called.'],
  },
  {
    rule: 'space before the closing quote',
    input: '“We are ready. ” The minister left.',
    expected: ['“We are ready. ”', 'The minister left.'],
  },
  {
    rule: 'acronyms that look like abbreviations end sentences',
    input: 'She spoke to the FT. Patients with MS. Others used IE. Nobody else did.',
    expected: ['She spoke to the FT.', 'Patients with MS.', 'Others used IE.', 'Nobody else did.'],
  },
  {
    rule: 'an initial closing a quotation',
    input: 'He called it “Plan H.” Ministers laughed.',
    expected: ['He called it “Plan H.”', 'Ministers laughed.'],
  },
  {
    rule: 'lower-case brand names starting a sentence',
    input: 'The phone sold out. iPads did too.',
    expected: ['The phone sold out.', 'iPads did too.'],
  },
];

describe('segment: sentence boundaries', () => {
  for (const { rule, input, expected } of SENTENCE_CASES) {
    it(rule, () => {
      const { segments, decisions } = explainSegments(input);
      assertInvariants(input, segments);
      const actual = segments.sentences.map((sentence) => input.slice(sentence.start, sentence.end));
      assert.deepEqual(actual, expected, `decisions: ${JSON.stringify(decisions, null, 1)}`);
    });
  }
});

describe('segment: paragraphs', () => {
  const cases: readonly { input: string; expected: readonly string[] }[] = [
    { input: 'First block.\n\nSecond block.', expected: ['First block.', 'Second block.'] },
    {
      input: 'Headline here\nBody line one.\r\nBody line two.',
      expected: ['Headline here', 'Body line one.', 'Body line two.'],
    },
    { input: '  \n\n  Indented text.  \n\n\n', expected: ['Indented text.'] },
    { input: 'One\u2028Two\u2029Three', expected: ['One', 'Two', 'Three'] },
    { input: '', expected: [] },
    { input: ' \n\t\n ', expected: [] },
  ];
  for (const { input, expected } of cases) {
    it(JSON.stringify(input), () => {
      const segments = segment(input);
      assertInvariants(input, segments);
      assert.deepEqual(
        segments.paragraphs.map((paragraph) => input.slice(paragraph.start, paragraph.end)),
        expected,
      );
    });
  }
});

describe('segment: tokens', () => {
  it('recovers offsets around unusual whitespace', () => {
    const input = 'Rates\u00a0rose\u3000again\u2009today.\u2028Traders\u202fcheered\uFEFF loudly.';
    const segments = segment(input);
    assertInvariants(input, segments);
    assert.deepEqual(
      segments.tokens.map((token) => input.slice(token.start, token.end)),
      ['Rates', 'rose', 'again', 'today', '.', 'Traders', 'cheered', 'loudly', '.'],
    );
  });

  const titleCases: readonly (readonly [string, readonly string[]])[] = [
    ['Maj. Gen. Ada Pell spoke.', ['Maj.', 'Gen.', 'Ada', 'Pell', 'spoke', '.']],
    ['the Rev. Jon Eld said so.', ['the', 'Rev.', 'Jon', 'Eld', 'said', 'so', '.']],
    ['Adm. Li and Cmdr. Roe left.', ['Adm.', 'Li', 'and', 'Cmdr.', 'Roe', 'left', '.']],
    [
      'Supt. Hale and Insp. Ward met Det. Moss.',
      ['Supt.', 'Hale', 'and', 'Insp.', 'Ward', 'met', 'Det.', 'Moss', '.'],
    ],
    // not a title: lower case, or a word that is no title
    ['It was a rev. Then it stopped.', ['It', 'was', 'a', 'rev', '.', 'Then', 'it', 'stopped', '.']],
    ['They met the major. He left.', ['They', 'met', 'the', 'major', '.', 'He', 'left', '.']],
  ];
  for (const [input, expected] of titleCases)
    it(`keeps a title and its period as one token: ${input}`, () => {
      const segments = segment(input);
      assertInvariants(input, segments);
      assert.deepEqual(
        segments.tokens.map((token) => input.slice(token.start, token.end)),
        expected,
      );
    });

  it('splits possessives and contractions, keeps quotation marks as punctuation', () => {
    const input = '“Norvik’s board won’t sell,” it said.';
    const segments = segment(input);
    assertInvariants(input, segments);
    const tokens = segments.tokens.map((token) => [input.slice(token.start, token.end), token.pos]);
    assert.deepEqual(
      tokens.map(([value]) => value),
      ['“', 'Norvik', '’s', 'board', 'wo', 'n’t', 'sell', ',', '”', 'it', 'said', '.'],
    );
    assert.equal(tokens[0]?.[1], 'PUNCT');
    assert.equal(tokens[8]?.[1], 'PUNCT');
  });

  it("gives a verb of the table WordNet's lemma when the parser's is no verb", () => {
    const input = 'Prices have risen and the mayor was worried.';
    const { tokens } = segment(input);
    const lemmaOf = (word: string): string | undefined =>
      tokens.find((token) => input.slice(token.start, token.end) === word)?.lemma;
    assert.equal(lemmaOf('risen'), 'rise');
  });

  it('gives the same tokens whatever was read before (wink learns words across documents)', () => {
    const input = 'Analysts praised Quorvant’s results.';
    const before = segment(input).tokens;
    segment('Quorvant’s, Quorvant’s; Quorvant’s.');
    assert.deepEqual(segment(input).tokens, before);
  });

  it('gives the same tags whatever was read before (a possessive once read before a comma)', () => {
    const input = 'The orchard’s owners met on Tuesday.';
    const before = segment(input).tokens;
    assert.equal(before[1]?.pos, 'NOUN');
    segment('It was the orchard’s, not the village’s.');
    assert.deepEqual(segment(input).tokens, before);
  });

  it('stays the same after wink has learned more words than it keeps (the instance is rebuilt)', () => {
    const input = 'Analysts praised Quorvant’s results, and Zelmira Ostrakova said so.';
    const before = segment(input).tokens;
    // 60,000 distinct invented words, more than the learned words a wink instance may hold.
    const words: string[] = [];
    for (let index = 0; index < 60_000; index += 1) words.push(`Qx${index.toString(36)}vor`);
    segment(`${words.join(' ')}.`);
    assert.deepEqual(segment(input).tokens, before);
    assert.deepEqual(segment(input).tokens, before);
  });

  it('tags parts of speech', () => {
    const input = 'Mayor Helena Sorensen said the new bridge would open in 2026.';
    const segments = segment(input);
    const tagOf = (word: string): string | undefined =>
      segments.tokens.find((token) => input.slice(token.start, token.end) === word)?.pos;
    assert.equal(tagOf('said'), 'VERB');
    assert.equal(tagOf('Sorensen'), 'PROPN');
    assert.equal(tagOf('bridge'), 'NOUN');
    assert.equal(tagOf('the'), 'DET');
    assert.equal(tagOf('2026'), 'NUM');
    assert.equal(tagOf('.'), 'PUNCT');
  });

  it('keeps a clock time with am/pm one token, whatever its digits, and cuts off a period after it', () => {
    const text = 'Doors opened at 9.15pm, 10.30am and 2.45PM, and shut at 7pm.';
    const words = segment(text).tokens.map((token) => text.slice(token.start, token.end));
    for (const time of ['9.15pm', '10.30am', '2.45PM', '7pm']) assert.ok(words.includes(time), time);
    assert.equal(words[words.length - 1], '.');
  });

  it('guillemets and low quotes are punctuation', () => {
    const input = '«Oui» „Ja“';
    const segments = segment(input);
    const marks = segments.tokens.filter((token) => '«»„“'.includes(input[token.start] ?? ''));
    assert.equal(marks.length, 4);
    for (const token of marks) assert.equal(token.pos, 'PUNCT');
  });
});

describe('segment: hostile input (small versions of the benchmark)', () => {
  it('a flood of unbalanced opening quotes neither glues sentences nor takes long', () => {
    const input = '“Alarm. '.repeat(5_000);
    const started = performance.now();
    const segments = segment(input);
    const elapsed = performance.now() - started;
    assertInvariants(input, segments);
    assert.equal(segments.sentences.length, 5_000);
    assert.ok(elapsed < 3_000, `took ${elapsed} ms`);
  });

  it('a flood of mixed quotation marks keeps sentences short', () => {
    const inputs = [
      'Word ” “ " \' ‘ « » „ ( [ ] ) said. ',
      '“Alarm (rings [loud ‘now "here. ',
      'Bell” rang) twice] here’ now". ',
    ];
    for (const unit of inputs) {
      const input = unit.repeat(2_000);
      const segments = segment(input);
      assertInvariants(input, segments);
      assert.equal(segments.sentences.length, 2_000, unit);
    }
  });

  it('many one-line paragraphs', () => {
    const input = Array.from({ length: 20_000 }, (_, index) => `Line ${index} ends here.`).join('\n');
    const segments = segment(input);
    assertInvariants(input, segments);
    assert.equal(segments.paragraphs.length, 20_000);
    assert.equal(segments.sentences.length, 20_000);
  });

  it('a long paragraph is cut for the tokenizer without losing tokens', () => {
    const input = 'The tide rose. '.repeat(10_000);
    const segments = segment(input);
    assertInvariants(input, segments);
    assert.equal(segments.tokens.length, 40_000);
    assert.equal(segments.sentences.length, 10_000);
  });

  it('a run of more than 256 characters without whitespace is one token, a shorter one is left to wink', () => {
    const long = 'q'.repeat(257);
    const input = `Before ${long} after.`;
    const segments = segment(input);
    assertInvariants(input, segments);
    assert.ok(segments.tokens.some((token) => token.start === 7 && token.end === 264 && token.pos === 'X'));
    const split = `Before ${'q'.repeat(200)}\u3000${'q'.repeat(200)} after.`;
    const pieces = segment(split);
    assertInvariants(split, pieces);
    assert.ok(pieces.tokens.every((token) => token.end - token.start <= 200));
  });

  it('a long run without whitespace', () => {
    const input = `Start. ${'x.'.repeat(20_000)} End.`;
    const segments = segment(input);
    assertInvariants(input, segments);
    assert.ok(segments.sentences.length >= 2);
  });
});

describe('datelineEnd', () => {
  const cases: readonly [readonly string[], number][] = [
    [['TAMSK', ',', 'May', '3', '—', 'Six', 'miners', 'died'], 4],
    [['OSKAR', '(', 'Reuters', ')', '—', 'Police', 'said'], 4],
    [['WASHINGTON', '—', 'The', 'senator', 'said'], 1],
    [['The', 'senator', '—', 'a', 'Democrat', '—', 'said'], -1],
    [['NATO', 'troops', 'arrived', '—', 'late'], -1],
    [['OSKAR', '—'], -1],
  ];
  for (const [forms, expected] of cases)
    it(`${forms.join(' ')} → ${expected}`, () => assert.equal(datelineEnd(forms), expected));
});
