import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseTime, type ClauseTime } from './future-clause.js';

/** The words before a time expression in its (invented) sentence. */
describe('clauseTime', () => {
  const cases: readonly [string, ClauseTime][] = [
    ['The committee will meet on', 'future'],
    ['The ferry would be sailing to the islands', 'future'],
    ['Talks are scheduled to resume', 'future'],
    ['The builders planned to leave the site on', 'future'],
    ["``We will rebuild the bridge,'' the mayor said", 'past'],
    ['A parcel was left next to the post office on', 'other'],
    ['The offer had been due to expire', 'past'],
    ['The dividend is payable', 'future'],
    ['The grant runs through', 'deadline'],
    ['The lease was signed by', 'deadline'],
    ['The lease was signed by the', 'other'],
    ['Not until', 'other'],
    ['It was not until', 'other'],
    ['The council will not vote on', 'future'],
    ['The ministry did not plan to close the school on', 'future'],
    ['The bakery opened on', 'other'],
    // a participle after a bare "be" narrates nothing: "will be announced in …"
    ['The winners will be announced in', 'future'],
    ['The winners were announced in', 'past'],
    // "is likely to", "are poised to": a present judgement of what is to come
    ['The vote is likely to take place in', 'future'],
    ['Fares are poised to rise in', 'future'],
    // must not change: a past judgement is no cue ("was likely to" narrates)
    ['The vote was likely to take place in', 'other'],
  ];
  for (const [before, expected] of cases)
    it(`${before} … → ${expected}`, () => assert.equal(clauseTime(before), expected));
});
