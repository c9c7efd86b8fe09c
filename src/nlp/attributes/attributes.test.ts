import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/index.js';
import { addAttributes, explainAttributes, type AttributeValue } from './index.js';
import { buildEntities, type EntitySpec } from './test-entities.js';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly entities: readonly EntitySpec[];
  /** Expected attributes by entity name; `undefined` means the entity gets none. */
  readonly expected: Readonly<Record<string, Readonly<Record<string, AttributeValue>> | undefined>>;
}

const person = (name: string, ...mentions: EntitySpec['mentions'][number][]): EntitySpec => ({
  type: 'PERSON',
  name,
  mentions: mentions.length === 0 ? [name] : mentions,
});
const organisation = (name: string, ...mentions: string[]): EntitySpec => ({
  type: 'ORG',
  name,
  mentions: mentions.length === 0 ? [name] : mentions,
});
const place = (name: string, ...mentions: string[]): EntitySpec => ({
  type: 'LOC',
  name,
  mentions: mentions.length === 0 ? [name] : mentions,
});

function check(cases: readonly Case[]): void {
  for (const item of cases) {
    it(item.name, () => {
      const { segments, entities } = buildEntities(item.text, item.entities);
      const result = addAttributes(item.text, segments, entities);
      assert.equal(result.length, entities.length);
      for (const [name, expected] of Object.entries(item.expected)) {
        const entity = result.find((candidate) => candidate.name === name) as Entity;
        assert.ok(entity !== undefined, `no entity ${name}`);
        assert.deepEqual(entity.attributes, expected, `${name} in "${item.text}"`);
      }
    });
  }
}

describe('ages', () => {
  check([
    {
      name: 'number in commas after the name',
      text: 'Marta Kovac, 32, and Ivo Ban, 25, were questioned.',
      entities: [person('Marta Kovac'), person('Ivo Ban')],
      expected: { 'Marta Kovac': { age: 32 }, 'Ivo Ban': { age: 25 } },
    },
    {
      name: 'a list separated by semicolons, the last age followed by the verb',
      text: 'Petr Lenz, 41; Olga Varn, 38; and Timo Ruus, 19 have been released.',
      entities: [person('Petr Lenz'), person('Olga Varn'), person('Timo Ruus')],
      expected: { 'Petr Lenz': { age: 41 }, 'Olga Varn': { age: 38 }, 'Timo Ruus': { age: 19 } },
    },
    {
      name: 'a number the recogniser took into the next name',
      text: 'Ana Berg, 32; Ivo Lang, 30; were held.',
      entities: [person('Ana Berg'), person('Ivo Lang', '32; Ivo Lang')],
      expected: { 'Ana Berg': { age: 32 }, 'Ivo Lang': { age: 30 } },
    },
    {
      name: 'hyphenated age before the name',
      text: 'The 27-year-old Rosa Imbert was arrested at home.',
      entities: [person('Rosa Imbert')],
      expected: { 'Rosa Imbert': { age: 27 } },
    },
    {
      name: 'age in brackets and "aged"',
      text: 'Jonas Frey (54) and Lena Broich, aged 61, wrote the letter.',
      entities: [person('Jonas Frey'), person('Lena Broich')],
      expected: { 'Jonas Frey': { age: 54 }, 'Lena Broich': { age: 61 } },
    },
    {
      name: 'not the minutes of a line-up',
      text: 'Replacements: Pike for Dunn (60), Lowe for Rhys Kerr (66), Brand for Tait (71).',
      entities: [person('Dunn'), person('Rhys Kerr'), person('Tait')],
      expected: { Dunn: undefined, 'Rhys Kerr': undefined, Tait: undefined },
    },
    {
      name: 'a nominal "the 45-year-old"',
      text: 'Karel Dost left the country. The 45-year-old had worked there for years.',
      entities: [person('Karel Dost', 'Karel Dost', ['The 45-year-old', 'nominal'])],
      expected: { 'Karel Dost': { age: 45 } },
    },
    {
      name: 'an age, a citizenship and an origin in one chain of appositions',
      text: 'Davron Aliev, 29, a Tajik national, from Khujand, was detained.',
      entities: [person('Davron Aliev'), place('Khujand')],
      expected: { 'Davron Aliev': { age: 29, citizenship: 'Tajik', origin: 'Khujand' } },
    },
    {
      name: 'an age after "who is"',
      text: 'Mila Horvat, who is 63, denied the charge.',
      entities: [person('Mila Horvat')],
      expected: { 'Mila Horvat': { age: 63 } },
    },
    {
      name: '"now" before the age',
      text: 'Greta Solberg, now 71, still paints.',
      entities: [person('Greta Solberg')],
      expected: { 'Greta Solberg': { age: 71 } },
    },
    {
      name: 'not a year after a name',
      text: 'The report by Hana Weiss, 2024, was never published.',
      entities: [person('Hana Weiss')],
      expected: { 'Hana Weiss': undefined },
    },
    {
      name: 'not a count of people',
      text: 'According to Ivo Marr, 139 people were killed by the gunmen.',
      entities: [person('Ivo Marr')],
      expected: { 'Ivo Marr': undefined },
    },
    {
      name: 'not a number of minutes',
      text: 'Police reached Sara Lind, 45 minutes after the call.',
      entities: [person('Sara Lind')],
      expected: { 'Sara Lind': undefined },
    },
    {
      name: 'not for a place',
      text: 'In Portmere, 32, the harbour closed.',
      entities: [place('Portmere')],
      expected: { Portmere: undefined },
    },
  ]);
});

describe('roles', () => {
  check([
    {
      name: 'apposition "the head of" with the organisation as affiliation',
      text: 'Anton Vell, the head of the Harbour Authority, said the port would stay shut.',
      entities: [person('Anton Vell'), organisation('Harbour Authority')],
      expected: { 'Anton Vell': { role: 'head of the Harbour Authority', affiliation: 'Harbour Authority' } },
    },
    {
      name: 'an apposition that the coreference stage made a nominal mention',
      text: 'Anton Vell, the head of the Harbour Authority, said the port would stay shut.',
      entities: [
        person('Anton Vell', 'Anton Vell', ['the head of the Harbour Authority', 'nominal']),
        organisation('Harbour Authority'),
      ],
      expected: { 'Anton Vell': { role: 'head of the Harbour Authority', affiliation: 'Harbour Authority' } },
    },
    {
      name: 'apposition with a possessive country',
      text: 'Mira Sahl, Estonia’s prime minister, met the delegation.',
      entities: [person('Mira Sahl'), place('Estonia')],
      expected: { 'Mira Sahl': { role: 'Estonia’s prime minister' } },
    },
    {
      name: 'titles written before the name',
      text: 'Foreign Minister Gabor Lenk spoke after Portmere police chief Ada Roos and Norwegian President Eli Strand.',
      entities: [person('Gabor Lenk'), person('Ada Roos'), person('Eli Strand'), place('Portmere')],
      expected: {
        'Gabor Lenk': { role: 'Foreign Minister' },
        'Ada Roos': { role: 'Portmere police chief' },
        'Eli Strand': { role: 'Norwegian President' },
      },
    },
    {
      name: 'a title with a possessive and an organisation',
      text: 'Later, Latvia’s defence council secretary Juris Ozols and Acme spokesman Tom Reid disagreed.',
      entities: [person('Juris Ozols'), person('Tom Reid'), organisation('Acme'), place('Latvia')],
      expected: {
        'Juris Ozols': { role: 'Latvia’s defence council secretary' },
        'Tom Reid': { role: 'Acme spokesman', affiliation: 'Acme' },
      },
    },
    {
      name: 'a given name that is also a role word, after a title, is the name’s (issue 10)',
      text: 'Club manager Dean Harlow and Manager Dean Vossel both praised Coach Dean Pettit.',
      entities: [person('Dean Harlow'), person('Dean Vossel'), person('Dean Pettit')],
      expected: {
        'Dean Harlow': { role: 'Club manager' },
        'Dean Vossel': { role: 'Manager' },
        'Dean Pettit': { role: 'Coach' },
      },
    },
    {
      name: 'must not change: an office of two words before a surname alone',
      text: 'Attorney General Harlow spoke first.',
      entities: [person('Harlow', 'General Harlow')],
      expected: { Harlow: { role: 'Attorney General' } },
    },
    {
      name: 'a two-word title inside the name mention (issue 10, entities44)',
      text: 'Home Secretary Ilse Baum said the talks had failed.',
      entities: [person('Ilse Baum', 'Home Secretary Ilse Baum')],
      expected: { 'Ilse Baum': { role: 'Home Secretary' } },
    },
    {
      name: 'title inside the name mention',
      text: 'President Ilse Baum said the talks had failed.',
      entities: [person('Ilse Baum', 'President Ilse Baum')],
      expected: { 'Ilse Baum': { role: 'President' } },
    },
    {
      name: 'copula "is the head of"',
      text: 'Rolf Aberg is the director of the Nordic Rail Company.',
      entities: [person('Rolf Aberg'), organisation('Nordic Rail Company')],
      expected: {
        'Rolf Aberg': { role: 'director of the Nordic Rail Company', affiliation: 'Nordic Rail Company' },
      },
    },
    {
      name: 'a nominal mention naming a role',
      text: 'Ivan Drozd ignored the court. The Moldovan dictator then left the hall.',
      entities: [person('Ivan Drozd', 'Ivan Drozd', ['The Moldovan dictator', 'nominal'])],
      expected: { 'Ivan Drozd': { role: 'Moldovan dictator' } },
    },
    {
      name: 'an apposition before the name',
      text: 'Yesterday the mayor of Portmere, Clara Ness, opened the bridge.',
      entities: [person('Clara Ness'), place('Portmere')],
      expected: { 'Clara Ness': { role: 'mayor of Portmere' } },
    },
    {
      name: 'several roles',
      text: 'Nora Falk, a former teacher, is now the leader of the Green Union.',
      entities: [person('Nora Falk'), organisation('Green Union')],
      expected: {
        'Nora Falk': { role: ['former teacher', 'leader of the Green Union'], affiliation: 'Green Union' },
      },
    },
    {
      name: 'a title with "of" before the name',
      text: 'Later US Secretary of State Dana Whitlock flew to Oslo.',
      entities: [person('Dana Whitlock'), place('Oslo')],
      expected: { 'Dana Whitlock': { role: 'US Secretary of State' } },
    },
    {
      name: 'a pronoun with a copula',
      text: 'Tarek Amin declined to comment. He was the chief executive of Bluewave.',
      entities: [person('Tarek Amin', 'Tarek Amin', ['He', 'pronoun']), organisation('Bluewave')],
      expected: { 'Tarek Amin': { role: 'chief executive of Bluewave', affiliation: 'Bluewave' } },
    },
    {
      name: 'a contracted copula, and a possessive that is none',
      text: 'Eva Lund called. She’s a senior diplomat. Jon Dahl’s spokesman Per Aas said no.',
      entities: [person('Eva Lund', 'Eva Lund', ['She', 'pronoun']), person('Jon Dahl'), person('Per Aas')],
      expected: {
        'Eva Lund': { role: 'senior diplomat' },
        'Jon Dahl': undefined,
        'Per Aas': { role: 'Jon Dahl’s spokesman' },
      },
    },
    {
      name: 'a verb that states a role over a definite object',
      text: 'Mara Quist, who chairs the Harbour Council, met Leo Falk, who owns a boat. Ben Ott heads Nordbank.',
      entities: [
        person('Mara Quist'),
        person('Leo Falk'),
        person('Ben Ott'),
        organisation('Harbour Council'),
        organisation('Nordbank'),
      ],
      expected: {
        'Mara Quist': { role: 'chair of the Harbour Council', affiliation: 'Harbour Council' },
        'Leo Falk': undefined,
        'Ben Ott': { role: 'head of Nordbank', affiliation: 'Nordbank' },
      },
    },
    {
      name: 'appointed as',
      text: 'Ines Moura was appointed deputy governor of the central bank in 2019.',
      entities: [person('Ines Moura')],
      expected: { 'Ines Moura': { role: 'deputy governor of the central bank' } },
    },
    {
      name: 'the apposition of an organisation is not a role of the person',
      text: 'Olaf Berg, the head of the NKS, Norway’s coastal security service, spoke.',
      entities: [person('Olaf Berg'), organisation('NKS'), place('Norway')],
      expected: {
        'Olaf Berg': { role: 'head of the NKS', affiliation: 'NKS' },
        NKS: { description: 'Norway’s coastal security service' },
      },
    },
    {
      name: '"of" inside a title only in title case; "and" between common nouns',
      text: 'Fans called for the head of chairman Pete Orr. Ana Silva, director of the law and media programme, spoke.',
      entities: [person('Pete Orr'), person('Ana Silva')],
      expected: {
        'Pete Orr': { role: 'chairman' },
        'Ana Silva': { role: 'director of the law and media programme' },
      },
    },
    {
      name: 'not the head of a different person in the sentence',
      text: 'Lea Strom said the head of the agency, Otto Brink, had resigned.',
      entities: [person('Lea Strom'), person('Otto Brink'), organisation('agency')],
      expected: {
        'Lea Strom': undefined,
        'Otto Brink': { role: 'head of the agency', affiliation: 'agency' },
      },
    },
    {
      name: 'not a phrase that is the subject of the next verb',
      text: 'According to Ruth Palm, the head of the union in Oslo was dismissed.',
      entities: [person('Ruth Palm')],
      expected: { 'Ruth Palm': undefined },
    },
    {
      name: 'not a verb or another phrase at the left edge of a title',
      text: 'I attack party leader Tom Hale and thank his cabinet colleagues Foreign Secretary Rita Vane.',
      entities: [person('Tom Hale'), person('Rita Vane')],
      expected: { 'Tom Hale': { role: 'party leader' }, 'Rita Vane': { role: 'Foreign Secretary' } },
    },
    {
      name: 'not a number or a common noun after "at"',
      text: 'Owen Price, an MP at 27, met Lucy Marsh, a judge at several trials, and Ian Cole, an analyst at Nordbank.',
      entities: [person('Owen Price'), person('Lucy Marsh'), person('Ian Cole'), organisation('Nordbank')],
      expected: {
        'Owen Price': { role: 'MP' },
        'Lucy Marsh': { role: 'judge' },
        'Ian Cole': { role: 'analyst at Nordbank', affiliation: 'Nordbank' },
      },
    },
    {
      name: 'not a time word or a conjunction before the name',
      text: 'On Monday evening Karl Weber said nothing. And club boss Jan Berg agreed.',
      entities: [person('Karl Weber'), person('Jan Berg')],
      expected: { 'Karl Weber': undefined, 'Jan Berg': { role: 'club boss' } },
    },
  ]);
});

describe('citizenship, birthplace and origin', () => {
  check([
    {
      name: 'citizen born in a country',
      text: 'Emil Sadr, a Turkish citizen born in Georgia, was charged on Friday.',
      entities: [person('Emil Sadr'), place('Georgia')],
      expected: { 'Emil Sadr': { citizenship: 'Turkish', born_in: 'Georgia' } },
    },
    {
      name: 'a national, and a citizen of a country',
      text: 'Ravshan Umarov, a Tajik national, and Li Wen, a citizen of China, were released.',
      entities: [person('Ravshan Umarov'), person('Li Wen'), place('China')],
      expected: { 'Ravshan Umarov': { citizenship: 'Tajik' }, 'Li Wen': { citizenship: 'Chinese' } },
    },
    {
      name: 'origin after a comma',
      text: 'Farid Nazarov, from Khujand, told the court he was innocent.',
      entities: [person('Farid Nazarov'), place('Khujand')],
      expected: { 'Farid Nazarov': { origin: 'Khujand' } },
    },
    {
      name: 'born in after a copula',
      text: 'Ana Lupu was born in Chisinau and moved to Milan.',
      entities: [person('Ana Lupu'), place('Chisinau'), place('Milan')],
      expected: { 'Ana Lupu': { born_in: 'Chisinau' } },
    },
    {
      name: 'a demonym or a place compounded with "born"',
      text: 'The Kenyan-born economist Ruth Otieno met Lisbon-born artist Joana Reis and New York-born Canadian Tim Roy.',
      entities: [person('Ruth Otieno'), person('Joana Reis'), person('Tim Roy')],
      expected: {
        'Ruth Otieno': { role: 'Kenyan-born economist', born_in: 'Kenya' },
        'Joana Reis': { role: 'Lisbon-born artist', born_in: 'Lisbon' },
        'Tim Roy': { born_in: 'New York', citizenship: 'Canadian' },
      },
    },
    {
      name: 'not a journey',
      text: 'Omar Haddad flew from Cairo to Rome.',
      entities: [person('Omar Haddad'), place('Cairo'), place('Rome')],
      expected: { 'Omar Haddad': undefined },
    },
  ]);
});

describe('family relations', () => {
  check([
    {
      name: '"Brothers A and B Surname", then "Their father"',
      text: 'Brothers Karim and Nodir Saidov were charged. Their father Rustam Saidov was questioned.',
      entities: [person('Karim Saidov', 'Karim'), person('Nodir Saidov'), person('Rustam Saidov')],
      expected: {
        'Karim Saidov': { relation: ['brother of Nodir Saidov', 'son of Rustam Saidov'] },
        'Nodir Saidov': { relation: ['brother of Karim Saidov', 'son of Rustam Saidov'] },
        'Rustam Saidov': { relation: ['father of Karim Saidov', 'father of Nodir Saidov'] },
      },
    },
    {
      name: 'a group entity of the coreference stage, referred to by "Their"',
      text: 'Brothers Karim and Nodir Saidov were charged. Their father Rustam Saidov was questioned.',
      entities: [
        person('Karim Saidov', 'Karim'),
        person('Nodir Saidov'),
        person('Rustam Saidov'),
        {
          type: 'PERSON',
          name: 'Karim Saidov and Nodir Saidov',
          mentions: ['Brothers Karim and Nodir Saidov', ['Their', 'pronoun']],
          members: [0, 1],
        },
      ],
      expected: {
        'Karim Saidov': { relation: ['brother of Nodir Saidov', 'son of Rustam Saidov'] },
        'Nodir Saidov': { relation: ['brother of Karim Saidov', 'son of Rustam Saidov'] },
        'Rustam Saidov': { relation: ['father of Karim Saidov', 'father of Nodir Saidov'] },
        'Karim Saidov and Nodir Saidov': { members: ['e0', 'e1'] },
      },
    },
    {
      name: 'a possessive name and a possessive pronoun',
      text: 'Mr Hale arrived with his daughter Ella Hale, and Tom Berg’s wife Una Berg stayed behind.',
      entities: [person('Mr Hale'), person('Ella Hale'), person('Tom Berg'), person('Una Berg')],
      expected: {
        'Ella Hale': { relation: 'daughter of Mr Hale' },
        'Mr Hale': { relation: 'father of Ella Hale' },
        'Una Berg': { relation: 'wife of Tom Berg' },
        'Tom Berg': { relation: 'spouse of Una Berg' },
      },
    },
    {
      name: 'apposition "the son of"; the inverse without a known gender',
      text: 'Paul Ortiz, the son of Maria Ortiz, runs the shop.',
      entities: [person('Paul Ortiz'), person('Maria Ortiz')],
      expected: {
        'Paul Ortiz': { relation: 'son of Maria Ortiz' },
        'Maria Ortiz': { relation: 'parent of Paul Ortiz' },
      },
    },
    {
      name: 'the inverse takes its gender from the possessive pronoun',
      text: 'Sam Rivers and his mother Joan Rivers spoke to reporters.',
      entities: [person('Sam Rivers'), person('Joan Rivers')],
      expected: {
        'Joan Rivers': { relation: 'mother of Sam Rivers' },
        'Sam Rivers': { relation: 'son of Joan Rivers' },
      },
    },
    {
      name: 'an apposition before the name with a possessive pronoun',
      text: 'Nikos Pappas arrived late. His brother, Yannis Pappas, said nothing.',
      entities: [person('Nikos Pappas'), person('Yannis Pappas')],
      expected: {
        'Yannis Pappas': { relation: 'brother of Nikos Pappas' },
        'Nikos Pappas': { relation: 'brother of Yannis Pappas' },
      },
    },
    {
      name: 'a nominal "his brother" resolved by coreference',
      text: 'Ali Kaya and his brother were arrested. Omer Kaya denied it.',
      entities: [
        person('Ali Kaya', 'Ali Kaya', ['his', 'pronoun']),
        person('Omer Kaya', ['his brother', 'nominal'], 'Omer Kaya'),
      ],
      expected: {
        'Omer Kaya': { relation: 'brother of Ali Kaya' },
        'Ali Kaya': { relation: 'brother of Omer Kaya' },
      },
    },
    {
      name: 'not "their" without two people named before',
      text: 'The villagers met on Monday. Their father Hugo Brandt left early.',
      entities: [person('Hugo Brandt')],
      expected: { 'Hugo Brandt': undefined },
    },
    {
      name: 'an apposition before the name: "the widow of X, Y,"',
      text: 'The widow of Arne Lie, Kari Lie, opened the museum.',
      entities: [person('Arne Lie'), person('Kari Lie')],
      expected: {
        'Kari Lie': { relation: 'widow of Arne Lie' },
        'Arne Lie': { relation: 'husband of Kari Lie' },
      },
    },
    {
      name: 'not a relative that is no entity',
      text: 'Dan Kerr sold the car to his wife’s brother.',
      entities: [person('Dan Kerr')],
      expected: { 'Dan Kerr': undefined },
    },
  ]);
});

describe('affiliations and descriptions', () => {
  check([
    {
      name: '"of the party" and "a member of"',
      text: 'Lars Moen of the Coastal Party spoke first. Berit Hauge is a member of the Farmers League.',
      entities: [
        person('Lars Moen'),
        person('Berit Hauge'),
        organisation('Coastal Party'),
        organisation('Farmers League'),
      ],
      expected: {
        'Lars Moen': { affiliation: 'Coastal Party' },
        'Berit Hauge': { affiliation: 'Farmers League' },
      },
    },
    {
      name: 'an organisation described in an apposition',
      text: 'The NKS, Norway’s coastal security service, said it had warned the ministry.',
      entities: [
        { type: 'ORG', name: 'NKS', mentions: ['NKS', ['Norway’s coastal security service', 'nominal']] },
        place('Norway'),
      ],
      expected: { NKS: { description: 'Norway’s coastal security service' } },
    },
    {
      name: 'an organisation described before its name',
      text: 'The Danish news agency Ritzau reported the arrest.',
      entities: [organisation('Ritzau')],
      expected: { Ritzau: { description: 'Danish news agency' } },
    },
    {
      name: 'an organisation named after a role phrase is described by its own noun phrase',
      text: 'Tessa Bray, director of civil rights group Openway, objected.',
      entities: [person('Tessa Bray'), organisation('Openway')],
      expected: {
        Openway: { description: 'civil rights group' },
        'Tessa Bray': { role: 'director of civil rights group Openway', affiliation: 'Openway' },
      },
    },
    {
      name: 'not a list of names',
      text: 'Britain, the United States, and Canada condemned the attack.',
      entities: [place('Britain'), place('United States', 'United States'), place('Canada')],
      expected: { Britain: undefined, 'United States': undefined },
    },
    {
      name: 'not a list of common nouns',
      text: 'The NKS, the army, and the police searched the coast.',
      entities: [organisation('NKS')],
      expected: { NKS: undefined },
    },
  ]);
});

describe('addAttributes', () => {
  it('returns the entities unchanged when nothing is known, and never changes mentions', () => {
    const text = 'Hugo Lind went home. He slept.';
    const { segments, entities } = buildEntities(text, [person('Hugo Lind', 'Hugo Lind', ['He', 'pronoun'])]);
    const result = addAttributes(text, segments, entities);
    assert.equal(result[0], entities[0]);
    assert.equal(result[0]?.mentions, entities[0]?.mentions);
  });

  it('keeps attributes already on an entity', () => {
    const text = 'Vera Holm, 38, arrived.';
    const { segments, entities } = buildEntities(text, [person('Vera Holm')]);
    const given = [{ ...(entities[0] as Entity), attributes: { age: 40, note: 'x' } }];
    const result = addAttributes(text, segments, given);
    assert.deepEqual(result[0]?.attributes, { age: 40, note: 'x' });
  });

  it('never throws on arbitrary mention spans, and keeps every entity', () => {
    const text =
      'Ana Lind, 40, the head of Vox, said: “his brother Per Lind, a Dane,” left. Their father (72) is ill.';
    const segments = buildEntities(text, []).segments;
    let seed = 7;
    const next = (limit: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % limit;
    };
    const kinds = ['name', 'nominal', 'pronoun'] as const;
    const types = ['PERSON', 'ORG', 'LOC', 'MISC'] as const;
    for (let round = 0; round < 200; round += 1) {
      const entities: Entity[] = [];
      for (let index = 0; index < 1 + next(6); index += 1) {
        const mentions = [];
        for (let count = 0; count < 1 + next(4); count += 1) {
          const start = next(text.length);
          mentions.push({
            start,
            end: Math.min(text.length, start + 1 + next(20)),
            kind: kinds[next(3)] ?? 'name',
          });
        }
        entities.push({ id: `e${index}`, type: types[next(4)] ?? 'PERSON', name: `n${index}`, mentions });
      }
      const result = addAttributes(text, segments, entities);
      assert.equal(result.length, entities.length);
      result.forEach((entity, index) => assert.equal(entity.mentions, entities[index]?.mentions));
    }
  });

  it('explains which rule gave each value', () => {
    const text = 'Foreign Minister Rita Vane, 52, met Tom Hale. His wife Una Hale waited.';
    const { segments, entities } = buildEntities(text, [
      person('Rita Vane'),
      person('Tom Hale', 'Tom Hale', ['His', 'pronoun']),
      person('Una Hale'),
    ]);
    assert.deepEqual(explainAttributes(text, segments, entities), [
      { entity: 'e0', key: 'role', value: 'Foreign Minister', rule: 'title before name' },
      { entity: 'e0', key: 'age', value: 52, rule: 'apposition' },
      { entity: 'e2', key: 'relation', value: 'wife of Tom Hale', rule: 'title before name' },
      { entity: 'e1', key: 'relation', value: 'husband of Una Hale', rule: 'title before name, inverse' },
    ]);
  });

  it('handles no entities and empty text', () => {
    assert.deepEqual(addAttributes('', { paragraphs: [], sentences: [], tokens: [] }, []), []);
  });
});
