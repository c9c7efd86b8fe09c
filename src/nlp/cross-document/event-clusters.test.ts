import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clusterFits,
  contextWords,
  eventClusters,
  sentenceVectors,
  sourceKey,
  type EventInput,
} from './event-clusters.js';

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
  it('leaves forms of "be", "have" and "do" alone, and still links the events around them', () => {
    const events = [
      event(0, 'was'),
      event(0, 'flooded'),
      event(1, 'was'),
      event(1, 'flooding'),
      event(2, 'has'),
      event(3, 'had'),
      event(3, 'did'),
      event(4, 'did'),
    ];
    const clusters = eventClusters(events, [0, 0, 0, 0, 0]).map((members) =>
      members.map((member) => events[member]!.trigger),
    );
    assert.deepEqual(clusters, [
      ['was'],
      ['flooded', 'flooding'],
      ['was'],
      ['has'],
      ['had'],
      ['did'],
      ['did'],
    ]);
  });

  it('keeps phrasal triggers of one verb with opposite particles apart, and joins "in" and "into"', () => {
    const events = [
      event(0, 'checked into'),
      event(1, 'checks out'), // shares a WordNet sense with "check into" (investigate), not its event
      event(2, 'checked herself in'),
      event(3, 'checked out'),
    ];
    const clusters = eventClusters(events, [0, 0, 0, 0]).map((members) =>
      members.map((member) => events[member]!.trigger),
    );
    assert.deepEqual(clusters, [
      ['checked into', 'checked herself in'],
      ['checks out', 'checked out'],
    ]);
  });

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
      event(0, 'took'), // "took" says little: linked only through a shared argument or the same verb
      event(1, 'took'),
      event(2, 'got'), // another verb of many senses, no shared argument: apart
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
      ['took', 'took'],
      ['got'],
      ['made', 'made'],
      ['quake', 'earthquake'],
    ]);
  });

  it('keeps apart two reports of speech whose known speakers differ', () => {
    // one story: "…, the harbour master said" (0), "…, a ferry spokeswoman said" (1), "…, officials
    // said" (2, no speaker linked), "the harbour master told reporters" (3)
    const said = (doc: number, trigger: string, speakers: string[]) =>
      event(doc, trigger, { class: 'REPORTING', speakers: new Set(speakers) });
    const events = [
      said(0, 'said', ['harbour-master']),
      said(1, 'said', ['ferry-spokeswoman']),
      said(2, 'said', []),
      said(3, 'said', ['harbour-master']),
    ];
    const clusters = eventClusters(events, [0, 0, 0, 0]).map((members) =>
      members.map((member) => events[member]!.doc),
    );
    assert.deepEqual(clusters, [[0, 2, 3], [1]]);
  });

  it('reads the speaker of a report that names no entity from the head of its source', () => {
    const cases: [string, string, boolean][] = [
      ['officials', 'an official', true],
      ['her rep', 'a rep', true],
      ['her rep', 'police', false],
      ['a police spokesman', 'the spokesman', true],
      ['witnesses', 'the coroner', false],
    ];
    for (const [left, right, same] of cases)
      assert.equal(sourceKey(left) === sourceKey(right), same, `${left} / ${right}`);
  });

  it('joins a cluster when compatible with at least half of its members', () => {
    const cases: [string, boolean[], boolean][] = [
      ['one member, compatible', [true], true],
      ['one member, not compatible', [false], false],
      ['one of two', [true, false], true],
      ['one of three', [false, true, false], false],
      ['two of three', [true, false, true], true],
      ['none', [false, false], false],
    ];
    for (const [name, fits, expected] of cases)
      assert.equal(
        clusterFits(
          fits.map((_, index) => index),
          (member) => fits[member]!,
        ),
        expected,
        name,
      );
  });

  it('keeps an arrest on another day apart even when one member has no date', () => {
    // "the guard was arrested on 4 May" twice, "the arrest" without a date, then an arrest on 9 May
    const events = [
      event(0, 'arrested', { time: '2031-05-04' }),
      event(1, 'arrested', { time: '2031-05-04' }),
      event(2, 'arrest'),
      event(3, 'arrested', { time: '2031-05-09' }),
    ];
    const clusters = eventClusters(events, [0, 0, 0, 0]);
    assert.deepEqual(clusters, [[0, 1, 2], [3]]);
  });

  it('lets one member with another patient not keep out an event the others accept', () => {
    // two reports name the minister as the one fired; a third names the deputy (a reading error);
    // a fourth names the minister again
    const patient = (entity: string) => ({ arguments: new Map([['patient', new Set([entity])]]) });
    const events = [
      event(0, 'fired', patient('minister')),
      event(1, 'fired', patient('minister')),
      event(2, 'fired', patient('deputy')),
      event(3, 'firing', patient('minister')),
    ];
    const clusters = eventClusters(events, [0, 0, 0, 0]);
    assert.deepEqual(clusters, [[0, 1, 3], [2]]);
  });

  it('keeps apart reports of speech whose sentences say different things, unless one speaker is known', () => {
    // one story of a ferry grounding in five articles (invented), one report of speech in each
    const sentences = [
      'The ferry ran aground on a sandbank, officials said.',
      'Officials said the ferry ran aground on a sandbank after its engine failed.',
      'Repairs to the quay will take three weeks, a spokesman said.',
      'Lifeboats took every passenger ashore, the harbour master said.',
      'The hull should float again by evening, she said.',
    ];
    // each article holds its sentence and a line all five tell
    const articles = sentences.map((sentence) =>
      contextWords(`${sentence} The ferry carried ninety people.`),
    );
    const vectors = sentenceVectors(articles, sentences.map(contextWords));
    const said = (doc: number, speakers: string[]) =>
      event(doc, 'said', { class: 'REPORTING', speakers: new Set(speakers), context: vectors[doc]! });
    const events = [
      said(0, []),
      said(1, []),
      said(2, []),
      said(3, ['harbour-master']),
      said(4, ['harbour-master']),
    ];
    // 0 and 1 tell one statement (their rarer words meet); 2 says something else; 3 and 4 share
    // their speaker though not their words
    assert.deepEqual(eventClusters(events, [0, 0, 0, 0, 0]), [[0, 1], [2], [3, 4]]);
    // must not change: a report with no sentence vector is compared as before
    const unknown = [said(0, []), event(2, 'said', { class: 'REPORTING' })];
    assert.deepEqual(eventClusters(unknown, [0, 0, 0, 0, 0]), [[0, 1]]);
  });

  it('still links events that are no report whatever their sentences say', () => {
    const sentences = ['The storm flooded the valley.', 'The river rose and flooded the town.'];
    const vectors = sentenceVectors(sentences.map(contextWords), sentences.map(contextWords));
    const events = [
      event(0, 'flooded', { context: vectors[0]! }),
      event(1, 'flooded', { context: vectors[1]! }),
    ];
    assert.deepEqual(eventClusters(events, [0, 0]), [[0, 1]]);
  });
});
