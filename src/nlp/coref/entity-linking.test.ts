import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOf, nameAt } from './test-helpers.js';

/** Entity linking (issue 10): short forms, quoted modifiers and names that keep a description off. */
describe('resolveEntities: linking short forms and descriptions', () => {
  const cases: readonly {
    title: string;
    marked: string;
    surface: string;
    nth?: number;
    expected: string | undefined;
  }[] = [
    {
      title: 'the head of a name with "of" is its short form after "the"',
      marked:
        'Rates stay on hold after the latest meeting of the [Bank of Varland|ORG]. The [Bank|ORG] said inflation was low.',
      surface: 'Bank',
      nth: 1,
      expected: 'Bank of Varland',
    },
    {
      title: 'a headline word used before the longer name is its short form too',
      marked:
        '[Bank|ORG] keeps rates on hold\n\nRates stay on hold after the meeting of the [Bank of Varland|ORG]. The [Bank|ORG] said inflation was low.',
      surface: 'Bank',
      expected: 'Bank of Varland',
    },
    {
      title: 'a name with the same head named only later is no rival',
      marked:
        'The [Reserve Bank|ORG] raised rates. Later the [Bank|ORG] said growth had slowed, an economist at the [Harbour Bank|ORG] said.',
      surface: 'Bank',
      nth: 1,
      expected: 'Reserve Bank',
    },
    {
      title: 'two names with the head named before: the short form stays apart',
      marked:
        'The [Reserve Bank|ORG] and the [Harbour Bank|ORG] met on Monday. The [Bank|ORG] said growth had slowed.',
      surface: 'Bank',
      nth: 2,
      expected: 'Bank',
    },
    {
      title: 'a nationality is no short form of a longer name that ends with it',
      marked: '[South African|MISC] growth was 3%, below the [African|MISC] average.',
      surface: 'African',
      nth: 1,
      expected: 'African',
    },
    {
      title: 'a modifier in quotation marks stays inside the description',
      marked:
        'MPs criticised the [Tarn Housing Agency|ORG] on Monday. Their report into the "failing" agency was published.',
      surface: 'the "failing" agency',
      expected: 'Tarn Housing Agency',
    },
    {
      title: 'a description is not the entity named later in its own clause',
      marked:
        '[Dorvex|ORG] was bought by the oil company [Kalmar|ORG]. [Dorvex|ORG] has sued. The company is also seeking damages from [Kalmar|ORG].',
      surface: 'The company',
      expected: 'Dorvex',
    },
    {
      title: 'a name inside a reported clause does not keep the description off',
      marked:
        '[Fordham Motors|ORG] reported a loss. The company said income was hit by a debt owed to [Fordham Motors|ORG] by a former unit.',
      surface: 'The company',
      expected: 'Fordham Motors',
    },
    {
      title: 'a company name after an unknown first word: the first word alone is its short form',
      marked:
        'Shares in [Kelvor Energy|ORG] rose after the firm found oil. [Kelvor|ORG] said drilling had gone well.',
      surface: 'Kelvor',
      nth: 1,
      expected: 'Kelvor Energy',
    },
    {
      title: 'a headline short form before the company is named joins it',
      marked:
        '[Kelvor|ORG] shares up on oil find\n\nShares in [Kelvor Energy|ORG] rose. [Kelvor|ORG] said drilling had gone well.',
      surface: 'Kelvor',
      expected: 'Kelvor Energy',
    },
    {
      title: 'two names joined by "&": the first alone is the company',
      marked: '[Brant & Holloway|ORG] cut jobs. [Brant|ORG] said sales were weak.',
      surface: 'Brant',
      nth: 1,
      expected: 'Brant & Holloway',
    },
    {
      title: 'a product after a company name stays apart (capitals)',
      marked: '[Zentro|ORG] launched the [Zentro XR|ORG] in May. [Zentro|ORG] said demand was strong.',
      surface: 'Zentro',
      nth: 2,
      expected: 'Zentro',
    },
    {
      title: 'a product after a company name stays apart (an artefact noun)',
      marked:
        '[Zentro|ORG] launched the [Zentro Convertible|ORG] in May. [Zentro|ORG] said demand was strong.',
      surface: 'Zentro',
      nth: 2,
      expected: 'Zentro',
    },
    {
      title: 'a name with a legal form wins over a company-name-like one for the first word alone',
      marked:
        '[Norvane Communications Inc.|ORG] rerouted traffic for its [Norvane Business|ORG] customers. [Norvane|ORG] has no figures yet.',
      surface: 'Norvane',
      nth: 2,
      expected: 'Norvane Communications Inc.',
    },
    {
      title: 'a knight called by title and given name is the knight named in full',
      marked: 'The audit was led by [Sir Tobias Wrenfield|PERSON]. [Sir Tobias|PERSON] said it was fair.',
      surface: 'Sir Tobias',
      nth: 1,
      expected: 'Tobias Wrenfield',
    },
    {
      title: 'a given name after another title stays apart from a knight of that given name',
      marked: 'The audit was led by [Sir Tobias Wrenfield|PERSON]. [Lord Tobias|PERSON] said it was fair.',
      surface: 'Lord Tobias',
      expected: 'Tobias',
    },
    {
      title: 'a state university named without "University" is its acronym with the U',
      marked:
        '[Harwell State|ORG] beat [Dunmore State|ORG] 70-61 on Saturday. [HSU|ORG] led by ten at half-time.',
      surface: 'HSU',
      expected: 'Harwell State',
    },
    {
      title: 'an acronym with the U of no state university stays apart',
      marked: '[Harwell State|ORG] beat [Dunmore|ORG] 70-61. The [HSX|ORG] said skaters were safe.',
      surface: 'HSX',
      expected: 'HSX',
    },
    {
      title: 'a nickname after "the" cut from the name of a team typed ORG is that team',
      marked:
        '[Ostravia|ORG] beat [Dunmore|ORG] 70-61 on Saturday. The [Ostravi|ORG] led by ten at half-time.',
      surface: 'Ostravi',
      expected: 'Ostravia',
    },
    {
      title: 'a name sharing too little with the team stays apart',
      marked: '[Ostravia|ORG] beat [Dunmore|ORG] 70-61 on Saturday. The [Ostrov|ORG] said it was pleased.',
      surface: 'Ostrov',
      expected: 'Ostrov',
    },
  ];
  for (const { title, marked, surface, nth, expected } of cases)
    it(title, () => {
      const { text, entities } = entitiesOf(marked);
      assert.equal(nameAt(text, entities, surface, nth ?? 0), expected);
    });
});
