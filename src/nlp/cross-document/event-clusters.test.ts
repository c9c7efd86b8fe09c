import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventClusters, type EventInput } from './event-clusters.js';

function event(doc: number, trigger: string, extra: Partial<EventInput> = {}): EventInput {
  return {
    doc,
    id: `v${doc}-${trigger}`,
    trigger,
    class: 'OCCURRENCE',
    polarity: 'pos',
    time: null,
    arguments: new Map(),
    ...extra,
  };
}

describe('cross-document event clusters', () => {
  it('links one event told by several articles, and only that', () => {
    // articles 0–2 tell one story ("the foreman was arrested"), article 3 another arrest
    const events = [
      event(0, 'arrested', { time: '2031-03-04', arguments: new Map([['patient', new Set(['mirzoyev'])]]) }),
      event(1, 'arrest', { time: '2031-03-04' }),
      event(2, 'arresting', { arguments: new Map([['patient', new Set(['mirzoyev'])]]) }),
      event(3, 'arrested'),
      event(0, 'collapse'),
      event(1, 'collapsed', { polarity: 'neg' }), // "the crane had not collapsed"
      event(2, 'arrested', { time: '2031-03-09' }), // another day: another arrest
      event(2, 'arrest', { time: '2031-03-04', arguments: new Map([['patient', new Set(['petrov'])]]) }), // someone else
      event(0, 'took'), // "took" says little: linked only through a shared argument
      event(1, 'took'),
      event(1, 'made', { arguments: new Map([['agent', new Set(['mirzoyev'])]]) }),
      event(2, 'made', { arguments: new Map([['agent', new Set(['mirzoyev'])]]) }),
      event(1, 'quake'),
      event(2, 'earthquake'), // one WordNet sense
    ];
    const clusters = eventClusters(events, [0, 0, 0, 1]).map((members) =>
      members.map((member) => events[member]!.trigger),
    );
    assert.deepEqual(clusters, [
      ['arrested', 'arrest', 'arresting'],
      ['arrested'],
      ['collapse'],
      ['collapsed'],
      ['arrested'],
      ['arrest'],
      ['took'],
      ['took'],
      ['made', 'made'],
      ['quake', 'earthquake'],
    ]);
  });
});
