import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarise } from './profile-summary.js';

function frame(functionName: string, url = '') {
  return { functionName, url, lineNumber: 0 };
}

// root → outer → { inner, other }; samples: inner ×3, other ×1, outer ×1, idle ×5
const PROFILE = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5] },
    { id: 2, callFrame: frame('outer', 'file:///repo/dist/src/a.js'), children: [3, 4] },
    { id: 3, callFrame: frame('inner', 'file:///repo/dist/src/b.js') },
    { id: 4, callFrame: frame('other', 'file:///repo/dist/src/a.js') },
    { id: 5, callFrame: frame('(idle)') },
  ],
  samples: [3, 3, 3, 4, 2, 5, 5, 5, 5, 5],
};

describe('profile summary', () => {
  it('shares own time by sample count, leaving idle samples out', () => {
    assert.deepEqual(summarise(PROFILE, 'self', 10, ''), [
      '5 samples (self)',
      '  60.0 %  inner dist/src/b.js:1',
      '  20.0 %  other dist/src/a.js:1',
      '  20.0 %  outer dist/src/a.js:1',
    ]);
  });

  it('counts a function once per sample with everything it calls', () => {
    const lines = summarise(PROFILE, 'total', 3, '');
    assert.deepEqual(lines.slice(1, 3).sort(), [' 100.0 %  (root)', ' 100.0 %  outer dist/src/a.js:1']);
    assert.equal(lines[3], '  60.0 %  inner dist/src/b.js:1');
  });

  it('adds up own time by file', () => {
    assert.deepEqual(summarise(PROFILE, 'files', 10, ''), [
      '5 samples (files)',
      '  60.0 %  dist/src/b.js',
      '  40.0 %  dist/src/a.js',
    ]);
  });

  it('splits a function’s time by the call it made', () => {
    assert.deepEqual(summarise(PROFILE, 'under', 10, 'outer'), [
      'outer: 5 samples, split by the call it made',
      '  60.0 %  inner dist/src/b.js:1',
      '  20.0 %  other dist/src/a.js:1',
      '  20.0 %  (own code)',
    ]);
  });
});
