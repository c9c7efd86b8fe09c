import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NameMention } from './name-mention.js';
import { typePlacesInPlaceLists } from './place-lists.js';

/** Every sentence below is invented for these tests. */
function mentionsOf(text: string, typed: readonly [string, NameMention['type']][]): NameMention[] {
  let from = 0;
  return typed.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { start, end: start + surface.length, type };
  });
}

function typesOf(text: string, names: readonly NameMention[]): string[] {
  return names.map((name) => `${text.slice(name.start, name.end)}:${name.type}`);
}

describe('typePlacesInPlaceLists: a list of known places is a list of places', () => {
  it('retypes the members read as people or firms, and the same name later', () => {
    const text = 'Visitors rated Moncton, Regina and Halifax highly. Hotels in Halifax were full.';
    const names = mentionsOf(text, [
      ['Moncton', 'LOC'],
      ['Regina', 'PERSON'],
      ['Halifax', 'ORG'],
      ['Halifax', 'ORG'],
    ]);
    assert.deepEqual(typesOf(text, typePlacesInPlaceLists(text, names)), [
      'Moncton:LOC',
      'Regina:LOC',
      'Halifax:LOC',
      'Halifax:LOC',
    ]);
  });
  it('leaves a list with a member that is no known place', () => {
    const text = 'Moncton, Regina and Vessaline Corp signed the deal.';
    const names = mentionsOf(text, [
      ['Moncton', 'LOC'],
      ['Regina', 'PERSON'],
      ['Vessaline Corp', 'ORG'],
    ]);
    assert.deepEqual(typePlacesInPlaceLists(text, names), names);
  });
  it('leaves two names, and a list where no member is typed as a place', () => {
    const text = 'Regina and Halifax met. Regina, Halifax and Moncton met.';
    const names = mentionsOf(text, [
      ['Regina', 'PERSON'],
      ['Halifax', 'ORG'],
      ['Regina', 'PERSON'],
      ['Halifax', 'ORG'],
      ['Moncton', 'PERSON'],
    ]);
    assert.deepEqual(typePlacesInPlaceLists(text, names), names);
  });
  it('keeps a word of a longer person name of the text', () => {
    const text = 'Regina Marlow spoke. Moncton, Regina and Halifax were named.';
    const names = mentionsOf(text, [
      ['Regina Marlow', 'PERSON'],
      ['Moncton', 'LOC'],
      ['Regina', 'PERSON'],
      ['Halifax', 'ORG'],
    ]);
    assert.deepEqual(typesOf(text, typePlacesInPlaceLists(text, names)), [
      'Regina Marlow:PERSON',
      'Moncton:LOC',
      'Regina:PERSON',
      'Halifax:LOC',
    ]);
  });
});
