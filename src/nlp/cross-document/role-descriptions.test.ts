import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsConflict, roleSharingGroups, type RoleDescription } from './role-descriptions.js';

function group(
  id: string,
  modifiers: string[],
  roles: [string, number][],
  options: { plural?: boolean; type?: string } = {},
): RoleDescription {
  return {
    id,
    type: options.type ?? 'PERSON',
    plural: options.plural ?? true,
    modifiers,
    roles: roles.map(([slot, doc]) => ({ slot, doc })),
  };
}

describe('countsConflict (counting words of two descriptions)', () => {
  it('reads a number word and its digits as one count', () => {
    assert.equal(countsConflict(['ten'], ['10']), false);
    assert.equal(countsConflict(['a', 'hundred'], ['100']), false);
    assert.equal(countsConflict(['1,000'], ['1000']), false);
  });
  it('keeps different counts apart', () => {
    assert.equal(countsConflict(['two'], ['three']), true);
    assert.equal(countsConflict(['10'], ['three']), true);
    // a dozen is not a count of twelve in 'several dozen'
    assert.equal(countsConflict(['several', 'dozen'], ['12']), true);
  });
  it('does not conflict when one side does not count', () => {
    assert.equal(countsConflict(['armed'], ['four']), false);
    assert.equal(countsConflict([], ['two']), false);
  });
});

describe('roleSharingGroups (plural descriptions in one event role across articles)', () => {
  it('joins groups that fill one role in two pairs of articles', () => {
    const groups = roleSharingGroups([
      group(
        'robbers',
        ['four'],
        [
          ['rob\u0000agent', 0],
          ['flee\u0000agent', 0],
        ],
      ),
      group(
        'thieves',
        [],
        [
          ['rob\u0000agent', 1],
          ['flee\u0000agent', 1],
        ],
      ),
    ]);
    assert.deepEqual(groups, [['robbers', 'thieves']]);
  });
  it('needs two pairs of evidence by default', () => {
    const descriptions = [
      group('robbers', [], [['rob\u0000agent', 0]]),
      group('thieves', [], [['rob\u0000agent', 1]]),
    ];
    assert.deepEqual(roleSharingGroups(descriptions), []);
    assert.deepEqual(roleSharingGroups(descriptions, 1), [['robbers', 'thieves']]);
  });
  it('ignores fillers of one article, other roles and other types', () => {
    assert.deepEqual(
      roleSharingGroups([
        group(
          'police',
          [],
          [
            ['shoot\u0000agent', 0],
            ['arrest\u0000agent', 0],
          ],
        ),
        group(
          'protesters',
          [],
          [
            ['shoot\u0000agent', 0],
            ['arrest\u0000agent', 0],
          ],
        ),
        group(
          'youths',
          [],
          [
            ['shoot\u0000patient', 1],
            ['arrest\u0000patient', 1],
          ],
        ),
        group(
          'unions',
          [],
          [
            ['shoot\u0000agent', 2],
            ['arrest\u0000agent', 2],
          ],
          { type: 'ORG' },
        ),
      ]),
      [],
    );
  });
  it('leaves singular people and places alone', () => {
    const roles: [string, number][] = [
      ['shoot\u0000patient', 0],
      ['wound\u0000patient', 0],
    ];
    const other: [string, number][] = [
      ['shoot\u0000patient', 1],
      ['wound\u0000patient', 1],
    ];
    assert.deepEqual(
      roleSharingGroups([
        group('a judge', [], roles, { plural: false }),
        group('a deputy', [], other, { plural: false }),
      ]),
      [],
    );
    assert.deepEqual(
      roleSharingGroups([
        group('shops', [], roles, { type: 'LOC' }),
        group('stations', [], other, { type: 'LOC' }),
      ]),
      [],
    );
  });
  it('never joins two counts, also through a group that does not count', () => {
    const slots = (doc: number): [string, number][] => [
      ['flee\u0000agent', doc],
      ['evacuate\u0000patient', doc],
    ];
    const groups = roleSharingGroups([
      group('10 people', ['10'], slots(0)),
      group('villagers', [], [...slots(1), ...slots(3)]),
      group('ten people', ['ten'], slots(3)),
      group('3,000 people', ['3,000'], slots(2)),
    ]);
    assert.deepEqual(groups, [['10 people', 'villagers', 'ten people']]);
  });
});
