import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstSenses, lemmaFamily, relatedSenses, triggerWord } from './lemma-family.js';

describe('lemma family of a trigger (WordNet)', () => {
  it('gives verb forms and derived nouns one key, other nouns their own', () => {
    const cases: [string, string][] = [
      ['arrested', 'arrest'],
      ['arrest', 'arrest'],
      ['Arresting', 'arrest'],
      ['explosion', 'explode'],
      ['exploded', 'explode'],
      ['earthquake', 'earthquake'],
      ['fled', 'flee'],
      ['broke', 'break'],
      ['broken', 'break'],
      ['upheld', 'uphold'],
      ['hung', 'hang'],
      ['stolen', 'steal'],
      ['qwzx', 'qwzx'],
    ];
    for (const [trigger, family] of cases) assert.equal(lemmaFamily(trigger), family, trigger);
  });
});

describe('a phrasal trigger as one WordNet word', () => {
  const cases: readonly [string, string][] = [
    ['checked herself into', 'check_into'],
    ['checks into', 'check_into'],
    ['passed away', 'pass_away'],
    ['Went Down', 'go_down'],
    ['broke out', 'break_out'],
    ['Stole Away', 'steal_away'],
    ['arrested', 'arrested'],
  ];
  for (const [trigger, word] of cases)
    it(`${trigger} → ${word}`, () => assert.equal(triggerWord(trigger), word));
  it('gives the tenses of a phrasal verb one family', () =>
    assert.equal(lemmaFamily('checked himself into'), lemmaFamily('check into')));
});

describe('related senses of a trigger (WordNet)', () => {
  const shares = (left: string, right: string): boolean =>
    relatedSenses(left).some((sense) => relatedSenses(right).includes(sense));
  const cases: readonly [string, string, boolean][] = [
    ['discovered', 'found', true],
    ['accused', 'charged', true],
    ['death', 'died', true],
    ['fix', 'repair', true],
    ['arrested', 'released', false],
    ['death', 'birth', false],
  ];
  for (const [left, right, expected] of cases)
    it(`${left} / ${right}: ${String(expected)}`, () => assert.equal(shares(left, right), expected));
});

describe('nouns derived from a verb sense', () => {
  // the keys through which event-clusters.ts proposes a link
  const keys = (word: string) => new Set([lemmaFamily(word), ...firstSenses(word), ...relatedSenses(word)]);
  const proposes = (left: string, right: string) => [...keys(left)].some((key) => keys(right).has(key));
  it('lets "killed" and "the murder" meet through a noun both verbs derive ("killer")', () => {
    assert.ok(proposes('killed', 'murder'));
    assert.ok(proposes('escaped', 'fleeing'));
  });
  it('lets "killed" propose the sense it causes ("died")', () => assert.ok(proposes('killed', 'died')));
  it('still keeps "arrested" and "released" apart', () => assert.ok(!proposes('arrested', 'released')));
});
