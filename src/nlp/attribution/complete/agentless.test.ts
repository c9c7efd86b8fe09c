import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { DependencyTree } from '../../grammar/index.js';
import { agentlessPassiveReport } from './agentless.js';

/** Every sentence below is invented for these tests. */

/** Whether `cue` (its first occurrence) in `text`, with `source` or none, is an agentless passive report. */
function agentless(text: string, cue: string, source: string | null = null): boolean {
  const segments = segment(text);
  const at = text.indexOf(cue);
  const from = source === null ? -1 : text.indexOf(source);
  return agentlessPassiveReport(
    segments,
    new DependencyTree(segments.tokens),
    { start: at, end: at + cue.length },
    from < 0 || source === null ? null : { start: from, end: from + source.length },
  );
}

const cases: readonly (readonly [string, string, string | null, boolean])[] = [
  ['The Tarnby striker is believed to have hurt his knee in training.', 'is believed', null, true],
  ['It is understood that the Orsa club will appeal.', 'is understood', null, true],
  ['The suspects are said to have fled across the border.', 'are said', null, true],
  ['Asked if he would stay, the coach smiled.', 'Asked', null, false],
  ['Analysts said the Corvo pound would fall.', 'said', 'Analysts', false],
  ['The ferry company confirmed that the route would close.', 'confirmed', null, false],
  ['Fines of up to $500 could be imposed each time a ferry is late.', 'could be imposed', null, false],
];

describe('agentlessPassiveReport', () => {
  for (const [text, cue, source, expected] of cases)
    it(`${expected ? 'anonymous' : 'not'}: ${text}`, () => {
      assert.equal(agentless(text, cue, source), expected);
    });
});
