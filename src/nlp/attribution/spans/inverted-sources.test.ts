import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reports } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

const found: readonly (readonly [string, string, string])[] = [
  [
    'a description with a name in apposition before the closing verb',
    'The ferry had only left the harbour late, a port spokesman, Tomas Veld, said.',
    'said | a port spokesman, Tomas Veld, | The ferry had only left the harbour late',
  ],
  [
    'a name with an age',
    'The talks collapsed, Ana Ruiz, 52, said.',
    'said | Ana Ruiz, 52 | The talks collapsed',
  ],
  [
    'a name with a description, an addressee and a day after the verb',
    'The ferry left the harbour late, Tomas Veld, a port spokesman, told reporters on Friday.',
    'told | Tomas Veld, a port spokesman | The ferry left the harbour late',
  ],
  [
    'a possessive description with a name',
    "Prices will rise again next year, the bank's chief economist, Ivo Marr, warned.",
    "warned | the bank's chief economist, Ivo Marr, | Prices will rise again next year",
  ],
  [
    'a clause after the closing verb is the writer’s',
    'Sales will fall in 2006, Acme said this week, as it leaves the van market.',
    'said | Acme | Sales will fall in 2006',
  ],
  [
    'a short clause, a possessive description with a name, a cue of several words',
    "The ferry left late, the port's owner, Harbour Holdings, confirmed in a statement.",
    "confirmed in a statement | the port's owner, Harbour Holdings | The ferry left late",
  ],
  [
    'a description with a prepositional phrase, then a name',
    'The ferry left late, a spokesman for the port authority, Tomas Veld, told the BBC.',
    'told | a spokesman for the port authority, Tomas Veld, | The ferry left late',
  ],
  [
    'a participle clause after the closing verb',
    'The ferry left late, a port spokesman, Tomas Veld, said on Friday, adding that the crew was safe.',
    'said | a port spokesman, Tomas Veld | The ferry left late',
  ],
];

// found before this rule as they are now
const unchanged: readonly (readonly [string, string, string])[] = [
  [
    'a source with no apposition',
    'The bridge failed a safety check in May, the regional transport authority said.',
    'said | the regional transport authority | The bridge failed a safety check in May',
  ],
  [
    'a quotation before a source with its apposition',
    '"We will rebuild," Mr Halloran, the mayor since 2019, said on Monday at a meeting in Corvale.',
    'said | Mr Halloran, the mayor since 2019, | "We will rebuild,"',
  ],
  [
    'a fronted participle phrase is no reported clause',
    'In its plan, announced on Tuesday, the council said it was addressing the issue.',
    'said | the council | it was addressing the issue',
  ],
];

describe('inverted reports whose source has an apposition (inverted-sources.ts)', () => {
  for (const [name, text, expected] of found)
    it(name, () => {
      assert.ok(reports(text).includes(expected), `${reports(text).join('\n')}`);
    });
  for (const [name, text, expected] of unchanged)
    it(`unchanged: ${name}`, () => {
      assert.ok(reports(text).includes(expected), `${reports(text).join('\n')}`);
    });
});
