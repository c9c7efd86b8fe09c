import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Attribution, Event, Token } from '../../model/index.js';
import { contentTokens, nestedContents } from './content-tokens.js';
import { countedEvents } from './find-claims.js';

function attribution(id: string, content: [number, number][], parent?: string): Attribution {
  return {
    id,
    kind: 'indirect',
    cue: null,
    source: null,
    speaker: null,
    content: content.map(([start, end]) => ({ start, end })),
    ...(parent === undefined ? {} : { parent }),
  } as Attribution;
}

/** One-letter tokens two characters apart: token i covers [2i, 2i + 1). */
const tokens: Token[] = Array.from({ length: 12 }, (_, index) => ({
  start: index * 2,
  end: index * 2 + 1,
  pos: 'NOUN',
  lemma: 'x',
  head: -1,
  dep: 'root',
}));

describe('nestedContents', () => {
  it('gathers the contents of the attributions inside each one, in order', () => {
    const all = [
      attribution('a1', [[0, 23]]),
      attribution('a2', [[4, 7]], 'a1'),
      attribution('a3', [[10, 13]], 'a1'),
      attribution('a4', [[18, 19]], 'a3'),
    ];
    const nested = nestedContents(all);
    assert.deepEqual(nested.get('a1'), [
      { start: 4, end: 7 },
      { start: 10, end: 13 },
    ]);
    assert.deepEqual(nested.get('a3'), [{ start: 18, end: 19 }]);
    assert.equal(nested.get('a2'), undefined);
    // the shared index gives what the scan of every attribution gives
    for (const one of all)
      assert.deepEqual(contentTokens(tokens, one, all, nested), contentTokens(tokens, one, all));
    assert.deepEqual(contentTokens(tokens, all[0] as Attribution, all, nested), [0, 1, 4, 7, 8, 9, 10, 11]);
  });
});

describe('countedEvents', () => {
  it('keeps events with a figure and a type, by attribution, in text order', () => {
    const event = (
      id: string,
      attribution: string | undefined,
      type: string | null,
      figure: boolean,
    ): Event =>
      ({
        id,
        trigger: { start: 0, end: 1 },
        type,
        ...(attribution === undefined ? {} : { attribution }),
        ...(figure ? { quantity: { killed: { value: 3 } } } : {}),
      }) as unknown as Event;
    const events = [
      event('e1', 'a1', 'attack', true),
      event('e2', 'a2', 'attack', true),
      event('e3', 'a1', null, true),
      event('e4', 'a1', 'arrest', false),
      event('e5', undefined, 'attack', true),
      event('e6', 'a1', 'arrest', true),
    ];
    const counted = countedEvents(events);
    assert.deepEqual(
      counted.get('a1')?.map((one) => one.id),
      ['e1', 'e6'],
    );
    assert.deepEqual(
      counted.get('a2')?.map((one) => one.id),
      ['e2'],
    );
    assert.equal(counted.size, 2);
  });
});
