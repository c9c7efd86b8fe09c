import { segment } from '../segment/segment.js';
import { typeAirportCodes } from './airport-codes.js';
import type { NameMention } from './name-mention.js';
import { table } from './test-table.js';

/** Every sentence below is invented for these tests. */

const step = (text: string, names: readonly NameMention[]): NameMention[] =>
  typeAirportCodes(text, segment(text), names);

table('typeAirportCodes', step, [
  // codes after a route's preposition in a sentence about flying: airports, found or added
  {
    text: 'Delays hit flights from QRX to VTM on Monday, and passengers at KZB waited for hours.',
    given: [['VTM', 'ORG']],
    expected: ['QRX/LOC/FAC', 'VTM/LOC/FAC', 'KZB/LOC/FAC'],
  },
  {
    text: 'The plane took off late out of QRX.',
    given: [['QRX', 'PERSON']],
    expected: ['QRX/LOC/FAC'],
  },
  // no air travel, or a code the lexicon knows: left alone
  {
    text: 'He moved from QRX to VTM last year.',
    given: [
      ['QRX', 'ORG'],
      ['VTM', 'ORG'],
    ],
    expected: ['QRX/ORG', 'VTM/ORG'],
  },
  {
    text: 'She flew to the USA on Monday.',
    given: [['USA', 'LOC']],
    expected: ['USA/LOC'],
  },
]);
