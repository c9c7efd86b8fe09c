import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Span } from '../../../model/index.js';
import { segment } from '../../segment/segment.js';
import type { AttributionCandidate } from '../candidate.js';
import { findAttributions } from './index.js';
import { applyAttributionRules, isComma } from './rules.js';

/** Every sentence below is invented for these tests. */

const slice = (text: string, span: Span | null) => (span === null ? null : text.slice(span.start, span.end));

/** The span of the `nth` occurrence of `part` in `text`. */
function at(text: string, part: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  assert.ok(start >= 0, `${part} in text`);
  return { start, end: start + part.length };
}

function view(text: string, candidates: readonly AttributionCandidate[]) {
  return candidates.map((candidate) => ({
    cue: slice(text, candidate.cue),
    source: slice(text, candidate.source),
    content: candidate.content.map((piece) => slice(text, piece)),
    ...(candidate.continues === undefined ? {} : { continues: candidate.continues }),
  }));
}

function rules(text: string, candidates: AttributionCandidate[]) {
  return view(text, applyAttributionRules(text, segment(text), candidates));
}

describe('applyAttributionRules on given candidates', () => {
  it('gives the subject words a cue took ("said [around 900] walkers had …") back to the content', () => {
    const text = 'Stewards said around 900 walkers had finished the route.';
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'said around 900'),
        source: at(text, 'Stewards'),
        content: [at(text, 'walkers had finished the route')],
      },
    ]);
    assert.deepEqual(result, [
      { cue: 'said', source: 'Stewards', content: ['around 900 walkers had finished the route'] },
    ]);
  });

  it('keeps a colon after the verb in the cue when the complement begins after it', () => {
    const text = 'The warden said: "Nobody was hurt."';
    const result = rules(text, [
      {
        kind: 'direct',
        cue: at(text, 'said:'),
        source: at(text, 'The warden'),
        content: [at(text, '"Nobody was hurt."')],
      },
    ]);
    assert.equal(result[0]!.cue, 'said:');
  });

  it('cuts a cue running on into a participle clause back to the speech verb', () => {
    const text = 'The ferry will resume in May, the operator said in a note thanking the crew.';
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'said in a note thanking'),
        source: at(text, 'the operator'),
        content: [at(text, 'the crew')],
      },
    ]);
    assert.deepEqual(result, [
      { cue: 'said', source: 'the operator', content: ['The ferry will resume in May'] },
    ]);
  });

  it('cuts a cue running on into the verb’s own clause, which becomes the content', () => {
    const text = 'Her agent, Mara Pell, said Tuesday she had no plans to sell the house.';
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'said Tuesday she had no plans to'),
        source: at(text, 'Her agent, Mara Pell,'),
        content: [at(text, 'sell the house')],
      },
    ]);
    assert.deepEqual(result, [
      { cue: 'said', source: 'Her agent, Mara Pell,', content: ['she had no plans to sell the house'] },
    ]);
  });

  it('takes the whole clause before an inverted attribution, from the start of the sentence', () => {
    const text = 'But the rise in orders should be a wake-up call to the mills, said the guild chairman.';
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'said'),
        source: at(text, 'the guild chairman'),
        content: [at(text, 'up call to the mills')],
      },
    ]);
    assert.deepEqual(result, [
      {
        cue: 'said',
        source: 'the guild chairman',
        content: ['the rise in orders should be a wake-up call to the mills'],
      },
    ]);
  });

  it('leaves the clause before an inverted attribution alone when another cue comes first', () => {
    const text = 'Critics argued that the rise in orders was a fluke, said the guild chairman.';
    const candidate: AttributionCandidate = {
      kind: 'indirect',
      cue: at(text, 'said'),
      source: at(text, 'the guild chairman'),
      content: [at(text, 'the rise in orders was a fluke')],
    };
    const other: AttributionCandidate = {
      kind: 'indirect',
      cue: at(text, 'argued'),
      source: at(text, 'Critics'),
      content: [at(text, 'the rise in orders was a fluke')],
    };
    assert.deepEqual(rules(text, [other, candidate])[1], view(text, [candidate])[0]);
  });

  it('finds a cue set off by commas inside reported speech, with the clause around it', () => {
    const text = 'In some valleys, she said, permits to build new roads were impossible to get.';
    assert.deepEqual(rules(text, []), [
      {
        cue: 'said',
        source: 'she',
        content: ['In some valleys', 'permits to build new roads were impossible to get'],
      },
    ]);
  });

  it('gives a parenthetical cue its own clause when it was given the quotation before it', () => {
    const text = '"Roads are hard to dig," she said. In some valleys, she said, permits were never granted.';
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'said', 1),
        source: at(text, 'she', 1),
        content: [at(text, '"Roads are hard to dig,"')],
      },
    ]);
    assert.deepEqual(result, [
      { cue: 'said', source: 'she', content: ['In some valleys', 'permits were never granted'] },
    ]);
  });

  it('no parenthetical cue in a sentence with a quotation mark or without a clause after it', () => {
    assert.deepEqual(rules('"In some valleys," she said, "permits were never granted."', []), []);
    assert.deepEqual(rules('In the end, she said, nothing.', []), []);
  });

  it('finds an inverted cue closing its sentence, with the clause before the comma', () => {
    const text = 'Late frosts could ruin the plum harvest, warns the growers union.';
    assert.deepEqual(rules(text, []), [
      { cue: 'warns', source: 'the growers union', content: ['Late frosts could ruin the plum harvest'] },
    ]);
  });

  it('leaves a place phrase out of an inverted source, and keeps an "of" phrase in it', () => {
    assert.deepEqual(rules('Late frosts could ruin the plum harvest, say growers in the valley.', []), [
      { cue: 'say', source: 'growers', content: ['Late frosts could ruin the plum harvest'] },
    ]);
    assert.deepEqual(rules('Late frosts could ruin the plum harvest, warns a union of growers.', []), [
      { cue: 'warns', source: 'a union of growers', content: ['Late frosts could ruin the plum harvest'] },
    ]);
  });

  it('turns round an inverted cue whose clause was taken for its source', () => {
    const text = 'Late frosts could ruin the plum harvest, warns the growers union.';
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'warns'),
        source: at(text, 'Late frosts'),
        content: [at(text, 'the growers union')],
      },
    ]);
    assert.deepEqual(result, [
      { cue: 'warns', source: 'the growers union', content: ['Late frosts could ruin the plum harvest'] },
    ]);
  });

  it('no inverted cue when a verb follows the noun phrase', () => {
    assert.deepEqual(rules('Prices rose in May, said the board, which met on Monday.', []), []);
  });

  it('keeps multiword cues without a participle clause', () => {
    const text = 'The mill shut down, the owner said during the hearing.';
    const candidate: AttributionCandidate = {
      kind: 'indirect',
      cue: at(text, 'said during the hearing'),
      source: at(text, 'the owner'),
      content: [at(text, 'The mill shut down')],
    };
    assert.deepEqual(rules(text, [candidate]), view(text, [candidate]));
  });

  it('ends the first content before a coordinated reporting verb sharing the subject', () => {
    const text = 'The airline denied the rumour and insisted that no flights would be cut.';
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'denied'),
        source: at(text, 'The airline'),
        content: [at(text, 'the rumour and insisted that no flights would be cut')],
      },
      {
        kind: 'indirect',
        cue: at(text, 'insisted'),
        source: null,
        content: [at(text, 'that no flights would be cut')],
      },
    ]);
    assert.deepEqual(result, [
      { cue: 'denied', source: 'The airline', content: ['the rumour'] },
      { cue: 'insisted', source: 'The airline', content: ['that no flights would be cut'] },
    ]);
  });

  it('splits off a coordinated reporting verb the tagger missed', () => {
    const text = 'The club has denied claims that it cheated and suggested a rival leaked the files.';
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'has denied'),
        source: at(text, 'The club'),
        content: [at(text, 'claims that it cheated and suggested a rival leaked the files')],
      },
    ]);
    assert.deepEqual(result, [
      { cue: 'has denied', source: 'The club', content: ['claims that it cheated'] },
      { cue: 'suggested', source: 'The club', content: ['a rival leaked the files'] },
    ]);
  });

  it('does not split at a coordinated verb that does not report', () => {
    const text = 'The coach said the team trained hard and travelled to the final.';
    const candidate: AttributionCandidate = {
      kind: 'indirect',
      cue: at(text, 'said'),
      source: at(text, 'The coach'),
      content: [at(text, 'the team trained hard and travelled to the final')],
    };
    assert.deepEqual(rules(text, [candidate]), view(text, [candidate]));
  });

  it('drops a bare adjunct left before ", adding"', () => {
    const text = 'The court said on Friday, adding that the appeal had failed.';
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'said'),
        source: at(text, 'The court'),
        content: [at(text, 'on Friday, adding that the appeal had failed')],
      },
      {
        kind: 'indirect',
        cue: at(text, 'adding'),
        source: at(text, 'The court'),
        content: [at(text, 'that the appeal had failed')],
      },
    ]);
    assert.deepEqual(result, [
      { cue: 'said', source: 'The court', content: [] },
      { cue: 'adding', source: 'The court', content: ['that the appeal had failed'] },
    ]);
  });

  it('does not cut at a verb of someone else nested in the content', () => {
    const text = 'The mayor said the council and officials agreed that the park would stay.';
    const first: AttributionCandidate = {
      kind: 'indirect',
      cue: at(text, 'said'),
      source: at(text, 'The mayor'),
      content: [at(text, 'the council and officials agreed that the park would stay')],
    };
    const second: AttributionCandidate = {
      kind: 'indirect',
      cue: at(text, 'agreed'),
      source: at(text, 'the council and officials'),
      content: [at(text, 'that the park would stay')],
    };
    assert.deepEqual(rules(text, [first, second]), view(text, [first, second]));
  });

  it('does not cut at a participle inside a quotation', () => {
    const text = 'He said “we stayed, hoping that the storm would pass.”';
    const first: AttributionCandidate = {
      kind: 'direct',
      cue: at(text, 'said'),
      source: at(text, 'He'),
      content: [at(text, '“we stayed, hoping that the storm would pass.”')],
    };
    const second: AttributionCandidate = {
      kind: 'indirect',
      cue: at(text, 'hoping'),
      source: at(text, 'He'),
      content: [at(text, 'that the storm would pass')],
    };
    assert.deepEqual(rules(text, [first, second]), view(text, [first, second]));
  });

  it('adds nominal cues with a by-phrase source and drops a non-reporting governing verb', () => {
    const text =
      'The audit came out on Monday, undermining claims by the board and two directors that the fund was solvent.';
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'undermining'),
        source: at(text, 'The audit'),
        content: [at(text, 'claims by the board and two directors that the fund was solvent')],
      },
    ]);
    assert.deepEqual(result, [
      { cue: 'claims', source: 'the board and two directors', content: ['that the fund was solvent'] },
    ]);
  });

  it('adds a possessive nominal cue and keeps a reporting verb governing it', () => {
    const text = "Farmers rejected the minister's assertion that prices would rise.";
    const result = rules(text, [
      {
        kind: 'indirect',
        cue: at(text, 'rejected'),
        source: at(text, 'Farmers'),
        content: [at(text, "the minister's assertion that prices would rise")],
      },
    ]);
    assert.deepEqual(result, [
      { cue: 'rejected', source: 'Farmers', content: ["the minister's assertion that prices would rise"] },
      { cue: 'assertion', source: 'the minister', content: ['that prices would rise'] },
    ]);
  });

  it('adds no nominal cue without a source', () => {
    const text = 'Sweden rejected allegations that it had hidden the reports.';
    const candidate: AttributionCandidate = {
      kind: 'indirect',
      cue: at(text, 'rejected'),
      source: at(text, 'Sweden'),
      content: [at(text, 'allegations that it had hidden the reports')],
    };
    assert.deepEqual(rules(text, [candidate]), view(text, [candidate]));
  });

  it('stops a nominal content before a trailing attribution', () => {
    const text = 'Allegations by the rival team that the referee was paid are false, the league said.';
    const result = rules(text, []);
    assert.deepEqual(result, [
      { cue: 'Allegations', source: 'the rival team', content: ['that the referee was paid are false'] },
    ]);
  });

  it('keeps continuation indices pointing at the right candidate', () => {
    const text =
      'Critics welcomed the mayor’s claim that rents would fall. “We will see,” one said.\n\n“Nobody believes it.”';
    const said = at(text, 'said');
    const quote = at(text, '“Nobody believes it.”');
    const result = applyAttributionRules(text, segment(text), [
      { kind: 'direct', cue: said, source: at(text, 'one'), content: [at(text, '“We will see,”')] },
      { kind: 'direct', cue: null, source: null, content: [quote], continues: 0 },
    ]);
    const continuation = result.find((candidate) => candidate.cue === null);
    assert.ok(continuation !== undefined && continuation.continues !== undefined);
    assert.deepEqual(result[continuation.continues]!.cue, said);
    assert.ok(result.some((candidate) => slice(text, candidate.cue) === 'claim'));
  });
});

describe('findAttributions with the rules', () => {
  const cases: { text: string; cue: string; source: string; content: string[] }[] = [
    {
      text: 'The tunnel will open next year, the governor said in a speech praising the builders.',
      cue: 'said',
      source: 'the governor',
      content: ['The tunnel will open next year'],
    },
    {
      text: 'The council will vote on the budget next week, two aides said Monday, setting up a clash with the mayor.',
      cue: 'said',
      source: 'two aides',
      content: ['The council will vote on the budget next week'],
    },
    {
      text: 'The firm denied the leak and insisted that no customer data had been lost.',
      cue: 'insisted',
      source: 'The firm',
      content: ['that no customer data had been lost'],
    },
    {
      text: 'The firm denied the leak and insisted that no customer data had been lost.',
      cue: 'denied',
      source: 'The firm',
      content: ['the leak'],
    },
    {
      text: 'The ruling was welcomed by tenants, contradicting claims by the landlord that the flats were safe.',
      cue: 'claims',
      source: 'the landlord',
      content: ['that the flats were safe'],
    },
    {
      text: 'The striker may miss the rest of the season, claims his agent.',
      cue: 'claims',
      source: 'his agent',
      content: ['The striker may miss the rest of the season'],
    },
    {
      text: 'Small shops will struggle to survive the new rules, says the think-tank.',
      cue: 'says',
      source: 'the think-tank',
      content: ['Small shops will struggle to survive the new rules'],
    },
    {
      text: 'The new law could put small charities at risk of heavy fines, warns former banker and charity adviser Ann Bell.',
      cue: 'warns',
      source: 'former banker and charity adviser Ann Bell',
      content: ['The new law could put small charities at risk of heavy fines'],
    },
    {
      text: 'Unemployment could reach record levels, predicts the report.',
      cue: 'predicts',
      source: 'the report',
      content: ['Unemployment could reach record levels'],
    },
  ];
  for (const { text, cue, source, content } of cases)
    it(`${cue}: ${text}`, () => {
      const found = view(text, findAttributions(text, segment(text)));
      const match = found.find((candidate) => candidate.cue === cue);
      assert.ok(match, `cue ${cue} in ${JSON.stringify(found)}`);
      assert.equal(match.source, source);
      assert.deepEqual(match.content, content);
      assert.ok(!found.some((candidate) => candidate.cue === 'contradicting'));
    });
});

describe('findAttributions: no inverted cue from a naming participle', () => {
  it('", called NAME." names the noun before it', () => {
    const text = 'The band released a new album last spring, called Late Light.';
    const found = view(text, findAttributions(text, segment(text)));
    assert.ok(!found.some((candidate) => candidate.cue === 'called'), JSON.stringify(found));
  });
});

describe('findAttributions: an inverted cue tagged as a noun', () => {
  it('"…, figures show." keeps "show" as the cue and "figures" as the source', () => {
    const text = "The region's exports fell for a third month in a row in May, figures show.";
    const found = view(text, findAttributions(text, segment(text)));
    assert.ok(!found.some((candidate) => candidate.cue === 'figures'), JSON.stringify(found));
  });
});

describe('isComma', () => {
  const text = 'Yes, sir,, he said ，';
  const cases: readonly (readonly [number, number, boolean])[] = [
    [3, 4, true], // ","
    [8, 9, true], // the first of ",,"
    [8, 10, false], // ",,"
    [0, 3, false], // "Yes"
    [2, 4, false], // "s,"
    [19, 20, false], // a full-width comma is not one
    [4, 4, false], // empty
  ];
  for (const [start, end, expected] of cases)
    it(`${JSON.stringify(text.slice(start, end))} → ${expected}`, () => {
      const span = { start, end };
      assert.equal(isComma(text, span), expected);
      assert.equal(isComma(text, span), text.slice(start, end).toLowerCase() === ',');
    });
});

describe('findAttributions: a person or group noun as compound modifier of a nominal cue', () => {
  it('"the union claim that …" has "union" as its source', () => {
    const text = 'The manager, Ida Lorne, rejected the union claim that the depot would close in May.';
    const found = view(text, findAttributions(text, segment(text)));
    const match = found.find((candidate) => candidate.cue === 'claim');
    assert.ok(match, JSON.stringify(found));
    assert.equal(match.source, 'union');
    assert.deepEqual(match.content, ['that the depot would close in May']);
  });
  it('"an insurance claim that …" has no source: insurance is no speaker', () => {
    const text = 'She filed an insurance claim that the boat had sunk in the storm.';
    const found = view(text, findAttributions(text, segment(text)));
    assert.ok(!found.some((candidate) => candidate.cue === 'claim'), JSON.stringify(found));
  });
});
