import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datePart, parseReferenceDate } from './dates.js';

describe('parseReferenceDate', () => {
  for (const value of ['2024-03-26', '2024-03-26T10:15:00Z', '2024-02-29', '2024-03-26T10:15+01:00']) {
    it(`accepts ${value}`, () => assert.equal(parseReferenceDate(value), value));
  }
  for (const value of ['26/03/2024', '2023-02-29', '2024-13-01', 'yesterday', '']) {
    it(`refuses "${value}"`, () => assert.throws(() => parseReferenceDate(value), /not a (calendar )?date/));
  }
});

describe('datePart', () => {
  it('keeps the day of a datetime', () => assert.equal(datePart('2024-03-26T10:15:00Z'), '2024-03-26'));
  it('passes null through', () => assert.equal(datePart(null), null));
  it('gives null for a non-date', () => assert.equal(datePart('March 26'), null));
});
