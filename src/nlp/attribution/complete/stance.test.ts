import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complete, type CandidateSpec } from './test-fixture.js';

/** Every sentence below is invented for these tests. */

const VARGA = { id: 'e1', type: 'PERSON' as const, name: 'Helena Varga', mentions: ['Helena Varga'] };

function only(text: string, candidate: CandidateSpec) {
  const [found] = complete(text, [VARGA], [candidate]);
  assert.ok(found);
  return found;
}

const stanceCases: readonly [string, CandidateSpec, string][] = [
  [
    'Helena Varga declined to comment.',
    { cue: 'declined', source: 'Helena Varga', content: ['to comment'] },
    'decline',
  ],
  [
    'Helena Varga did not respond to a request for comment.',
    { cue: 'did not respond', source: 'Helena Varga', content: ['to a request for comment'] },
    'decline',
  ],
  [
    'Helena Varga declined to say whether the mill would close.',
    { cue: 'declined to say', source: 'Helena Varga', content: ['whether the mill would close'] },
    'decline',
  ],
  [
    'Helena Varga declined immediate comment.',
    { cue: 'declined', source: 'Helena Varga', content: ['immediate comment'] },
    'decline',
  ],
  [
    'Helena Varga could not confirm that the mill would close.',
    { cue: 'could not confirm', source: 'Helena Varga', content: ['that the mill would close'] },
    'decline',
  ],
  [
    'Helena Varga did not immediately confirm the report.',
    { cue: 'did not immediately confirm', source: 'Helena Varga', content: ['the report'] },
    'decline',
  ],
  [
    // a negated verb whose first WordNet sense is communication, before an open question (issue 10)
    'Helena Varga would not describe how the fire started.',
    { cue: 'would not describe', source: 'Helena Varga', content: ['how the fire started'] },
    'decline',
  ],
  [
    'Helena Varga would not confirm or deny that the mill would close.',
    { cue: 'deny', source: 'Helena Varga', content: ['that the mill would close'] },
    'decline',
  ],
  [
    'Neither Helena Varga nor her brother was confirming or denying that talks had taken place.',
    {
      cue: 'was confirming or denying',
      source: 'Neither Helena Varga nor her brother',
      content: ['that talks had taken place'],
    },
    'decline',
  ],
  [
    'Helena Varga confirmed that the mill would close.',
    { cue: 'confirmed', source: 'Helena Varga', content: ['that the mill would close'] },
    'assert',
  ],
  [
    'Helena Varga declined an invitation to the gala.',
    { cue: 'declined', source: 'Helena Varga', content: ['an invitation to the gala'] },
    'assert',
  ],
  [
    'Helena Varga denied that she took the money.',
    { cue: 'denied', source: 'Helena Varga', content: ['she took the money'] },
    'deny',
  ],
  [
    'Helena Varga rejected claims that she took the money.',
    { cue: 'rejected', source: 'Helena Varga', content: ['claims that she took the money'] },
    'deny',
  ],
  [
    'Helena Varga dismissed the reports as gossip.',
    { cue: 'dismissed', source: 'Helena Varga', content: ['the reports'] },
    'deny',
  ],
  [
    'Helena Varga refuted the charge that she lied.',
    { cue: 'refuted', source: 'Helena Varga', content: ['the charge that she lied'] },
    'deny',
  ],
  [
    'Helena Varga said she did not know the men.',
    { cue: 'said', source: 'Helena Varga', content: ['she did not know the men'] },
    'deny',
  ],
  [
    'Helena Varga said they were innocent of any crime.',
    { cue: 'said', source: 'Helena Varga', content: ['they were innocent of any crime'] },
    'deny',
  ],
  [
    'Helena Varga said it had nothing to do with the fire.',
    { cue: 'said', source: 'Helena Varga', content: ['it had nothing to do with the fire'] },
    'deny',
  ],
  [
    'Helena Varga insisted she was not involved in the deal.',
    { cue: 'insisted', source: 'Helena Varga', content: ['she was not involved in the deal'] },
    'deny',
  ],
  [
    'Helena Varga said the allegations were baseless.',
    { cue: 'said', source: 'Helena Varga', content: ['the allegations were baseless'] },
    'deny',
  ],
  [
    'Helena Varga has firmly rejected claims that she lied.',
    { cue: 'has firmly rejected', source: 'Helena Varga', content: ['claims that she lied'] },
    'deny',
  ],
  [
    'Helena Varga did not deny that she lied.',
    { cue: 'did not deny', source: 'Helena Varga', content: ['that she lied'] },
    'assert',
  ],
  [
    'Helena Varga asked whether the port was safe.',
    { cue: 'asked', source: 'Helena Varga', content: ['whether the port was safe'] },
    'question',
  ],
  [
    'Helena Varga questioned whether the port was safe.',
    { cue: 'questioned', source: 'Helena Varga', content: ['whether the port was safe'] },
    'question',
  ],
  [
    'Helena Varga said the port was not linked to the fraud.',
    { cue: 'said', source: 'Helena Varga', content: ['the port was not linked to the fraud'] },
    'assert',
  ],
  [
    'Helena Varga said the port would reopen.',
    { cue: 'said', source: 'Helena Varga', content: ['the port would reopen'] },
    'assert',
  ],
  [
    'Helena Varga said there was no evidence of fraud.',
    { cue: 'said', source: 'Helena Varga', content: ['there was no evidence of fraud'] },
    'assert',
  ],
];

describe('completeAttributions: stance', () => {
  for (const [text, candidate, expected] of stanceCases) {
    it(`${text} → ${expected}`, () => assert.equal(only(text, candidate).stance, expected));
  }
});

const hedgeCases: readonly [string, CandidateSpec, readonly string[] | undefined][] = [
  [
    'Helena Varga said the fire appeared to have been set.',
    { cue: 'said', source: 'Helena Varga', content: ['the fire appeared to have been set'] },
    ['appeared'],
  ],
  [
    'Helena Varga said the man appeared in court.',
    { cue: 'said', source: 'Helena Varga', content: ['the man appeared in court'] },
    undefined,
  ],
  [
    'Helena Varga said the men were believed to be sailors.',
    { cue: 'said', source: 'Helena Varga', content: ['the men were believed to be sailors'] },
    ['believed'],
  ],
  [
    'Helena Varga said the mayor allegedly took bribes.',
    { cue: 'said', source: 'Helena Varga', content: ['the mayor allegedly took bribes'] },
    ['allegedly'],
  ],
  [
    'Helena Varga said the ship may have sunk.',
    { cue: 'said', source: 'Helena Varga', content: ['the ship may have sunk'] },
    ['may'],
  ],
  [
    'Helena Varga said the ship sank on May 3.',
    { cue: 'said', source: 'Helena Varga', content: ['the ship sank on May 3'] },
    undefined,
  ],
  [
    'Helena Varga reportedly said the ship sank.',
    { cue: 'said', source: 'Helena Varga', content: ['the ship sank'] },
    ['reportedly'],
  ],
  [
    'Helena Varga repeated her unproven claim that the ship sank.',
    { cue: 'repeated', source: 'Helena Varga', content: ['her unproven claim that the ship sank'] },
    ['unproven'],
  ],
  [
    'Helena Varga said sailors had sunk the ship but that it seemed to have been ordered by rivals.',
    { cue: 'said', source: 'Helena Varga', content: ['sailors had sunk the ship'] },
    ['seemed'],
  ],
  [
    'Helena Varga said the ship sank.',
    { cue: 'said', source: 'Helena Varga', content: ['the ship sank'] },
    undefined,
  ],
];

describe('completeAttributions: hedges', () => {
  for (const [text, candidate, expected] of hedgeCases) {
    it(`${text} → ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(only(text, candidate).hedges, expected));
  }
});
