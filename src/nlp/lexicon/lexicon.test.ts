import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  articleBelongsToName,
  countryOfDemonym,
  countryOfName,
  foldKey,
  gazetteerEntry,
  honorific,
  isFacilityHead,
  isGovernmentBodyWord,
  isInternationalBody,
  isNationalityOrGroup,
  isNewsOrganisation,
  lookupPlace,
  matchGazetteer,
  organisation,
  personNoun,
  personNounGender,
  placeSubtype,
  roleNoun,
} from './index.js';

describe('foldKey', () => {
  const cases: [string, string][] = [
    ['Russia', 'russia'],
    ['RUSSIA', 'russia'],
    ['Bélarus', 'belarus'],
    ['Russia’s', "russia's"],
    ['  United   States ', 'united states'],
    ['Guinea‑Bissau', 'guinea-bissau'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => assert.equal(foldKey(input), expected));
  }
});

describe('placeSubtype', () => {
  const cases: [string, string | undefined][] = [
    ['Belarus', 'GPE'],
    ['the United States', 'GPE'],
    ['Britain', 'GPE'],
    ['UK', 'GPE'],
    ['Minsk', 'GPE'],
    ['Tver', 'GPE'],
    ['Bishkek', 'GPE'],
    ['California', 'GPE'],
    ['Smolensk region', 'GPE'],
    ['Zhytomyr Oblast', 'GPE'],
    ['Kuban Krai', 'GPE'],
    ['Ostankino Tower', 'FAC'],
    ['Vnukovo Airport', 'FAC'],
    ['Lenin Square', 'FAC'],
    ['Sadovaya Street', 'FAC'],
    ['Harmony Concert Hall', 'FAC'],
    ['Black Sea', 'LOC'],
    ['Lake Ladoga', 'LOC'],
    ['Europe', 'LOC'],
    ['Middle East', 'LOC'],
    ['The Hague', 'GPE'],
    ['Zorblatt', undefined],
  ];
  for (const [name, expected] of cases) {
    it(`${name} → ${String(expected)}`, () => assert.equal(placeSubtype(name), expected));
  }
});

describe('countries and demonyms', () => {
  const countries: [string, string | undefined][] = [
    ['Britain', 'GB'],
    ['Great Britain', 'GB'],
    ['the UK', 'GB'],
    ['U.S.', 'US'],
    ['the United States', 'US'],
    ['America', 'US'],
    ['Russian Federation', 'RU'],
    ['Kyrgyzstan', 'KG'],
    ['Moscow', undefined],
    ['Zorblatt', undefined],
  ];
  for (const [name, code] of countries) {
    it(`country ${name} → ${String(code)}`, () => assert.equal(countryOfName(name)?.code, code));
  }
  const demonyms: [string, string | undefined][] = [
    ['Russian', 'RU'],
    ['Belarusian', 'BY'],
    ['Belarusians', 'BY'],
    ['Kyrgyz', 'KG'],
    ['Tajik', 'TJ'],
    ['Uzbek', 'UZ'],
    ['British', 'GB'],
    ['Briton', 'GB'],
    ['American', 'US'],
    ['French', 'FR'],
    ['Dutch', 'NL'],
    ['Ukrainians', 'UA'],
    ['Turkish', 'TR'],
    ['table', undefined],
    ['Muslim', undefined],
  ];
  for (const [word, code] of demonyms) {
    it(`demonym ${word} → ${String(code)}`, () => assert.equal(countryOfDemonym(word)?.code, code));
  }
  it('group words are NORP without a country', () => {
    assert.equal(isNationalityOrGroup('Muslim'), true);
    assert.equal(isNationalityOrGroup('Kurds'), true);
    assert.equal(isNationalityOrGroup('Russian'), true);
    assert.equal(isNationalityOrGroup('runway'), false);
  });
  it('a city has a country', () => assert.equal(lookupPlace('Bishkek')?.country, 'KG'));
});

describe('organisations', () => {
  const news = [
    'Reuters',
    'AFP',
    'Bloomberg News',
    'Bloomberg',
    'Belta',
    'BelTA',
    'Meduza',
    'Novaya Gazeta Europe',
    'The Telegraph',
    'the Guardian',
    'Al Jazeera',
    'Xinhua',
    'Associated Press',
    'the BBC',
  ];
  for (const name of news)
    it(`${name} is a news organisation`, () => assert.equal(isNewsOrganisation(name), true));
  const notNews = ['NATO', 'Kremlin', 'Zorblatt Weekly Gazette', 'Moscow'];
  for (const name of notNews)
    it(`${name} is not a news organisation`, () => assert.equal(isNewsOrganisation(name), false));
  it('international bodies', () => {
    assert.equal(isInternationalBody('UN'), true);
    assert.equal(isInternationalBody('Nato'), true);
    assert.equal(isInternationalBody('European Union'), true);
    assert.equal(isInternationalBody('Reuters'), false);
  });
  it('canonical names and kinds', () => {
    assert.equal(organisation('AFP')?.name, 'Agence France-Presse');
    assert.equal(organisation('the Kremlin’s')?.kind, 'government');
    assert.equal(organisation('Time')?.ambiguous, true);
  });
  it('articles that belong to the name', () => {
    assert.equal(articleBelongsToName('The Telegraph'), true);
    assert.equal(articleBelongsToName('The Economist'), true);
    assert.equal(articleBelongsToName('The Hague'), true);
    assert.equal(articleBelongsToName('The Kremlin'), false);
    assert.equal(articleBelongsToName('The Bloomberg News'), false);
  });
});

describe('people words', () => {
  const roles: [string, string | undefined, string | undefined, boolean | undefined][] = [
    ['president', 'president', undefined, false],
    ['head of', 'head', undefined, false],
    ['Secretary of', 'secretary', undefined, false],
    ['spokesman for', 'spokesman', 'male', false],
    ['spokeswoman', 'spokeswoman', 'female', false],
    ['ministers', 'minister', undefined, true],
    ['dictator', 'dictator', undefined, false],
    ['officials', 'official', undefined, true],
    ['prime minister', 'prime minister', undefined, false],
    ['queen', 'queen', 'female', false],
    ['table', undefined, undefined, undefined],
  ];
  for (const [word, lemma, gender, plural] of roles) {
    it(`role ${word}`, () => {
      const role = roleNoun(word);
      assert.equal(role?.lemma, lemma);
      assert.equal(role?.gender, gender);
      assert.equal(role?.plural, plural);
    });
  }
  const honorifics: [string, string | undefined, string | undefined][] = [
    ['Mr', 'Mr', 'male'],
    ['Mr.', 'Mr', 'male'],
    ['Mrs', 'Mrs', 'female'],
    ['Ms', 'Ms', 'female'],
    ['Dr', 'Dr', undefined],
    ['Gen.', 'Gen', undefined],
    ['President', 'President', undefined],
    ['Lt. Gen.', 'Lt Gen', undefined],
    ['Table', undefined, undefined],
  ];
  for (const [word, title, gender] of honorifics) {
    it(`honorific ${word}`, () => {
      assert.equal(honorific(word)?.title, title);
      assert.equal(honorific(word)?.gender, gender);
    });
  }
  const genders: [string, string | undefined][] = [
    ['person', 'neutral'],
    ['people', 'neutral'],
    ['man', 'male'],
    ['women', 'female'],
    ['sources', 'neutral'],
    ['suspect', 'neutral'],
    ['attacker', 'neutral'],
    ['brothers', 'male'],
    ['spokesman', 'male'],
    ['table', undefined],
  ];
  for (const [word, gender] of genders) {
    it(`gender of ${word}`, () => assert.equal(personNounGender(word), gender));
  }
  it('anonymous-source heads and plurals', () => {
    assert.equal(personNoun('sources')?.anonymousSource, true);
    assert.equal(personNoun('sources')?.plural, true);
    assert.equal(personNoun('people')?.lemma, 'person');
    assert.equal(personNoun('man')?.anonymousSource, false);
  });
  it('government body and facility words', () => {
    for (const word of ['ministry', 'Committee', 'council', 'agency', 'service', 'parliament']) {
      assert.equal(isGovernmentBodyWord(word), true, word);
    }
    assert.equal(isGovernmentBodyWord('table'), false);
    for (const word of [
      'Hall',
      'Airport',
      'Stadium',
      'Street',
      'Square',
      'Bridge',
      'Tower',
      'Prison',
      'Hospital',
    ]) {
      assert.equal(isFacilityHead(word), true, word);
    }
    assert.equal(isFacilityHead('river'), false);
  });
});

describe('matchGazetteer', () => {
  const text =
    'Envoys from the United States, NATO and the UN met AFP staff; Russians and us in Russia’s north.';
  const at = (needle: string): ReturnType<typeof matchGazetteer> =>
    matchGazetteer(text, text.indexOf(needle));
  it('finds the longest name', () => assert.equal(at('United')?.entry.surface, 'United States'));
  it('matches short capitals exactly', () => {
    assert.equal(at('NATO')?.entry.type, 'ORG');
    assert.equal(at('UN ')?.entry.type, 'ORG');
    assert.equal(at('us in'), null);
  });
  it('ends at a word boundary', () => {
    assert.equal(at('Russians')?.entry.surface, 'Russians');
    const russia = at('Russia’s');
    assert.equal(russia?.entry.surface, 'Russia');
    assert.equal(text.slice(text.indexOf('Russia’s'), russia?.end), 'Russia');
  });
  it('gazetteerEntry looks up whole names', () => {
    assert.equal(gazetteerEntry('Belarusian')?.subtype, 'NORP');
    assert.equal(gazetteerEntry('us'), undefined);
    assert.equal(gazetteerEntry('US')?.type, 'LOC');
  });
});

describe('remembered look-ups', () => {
  it('give the same answer when asked again, a miss included', () => {
    for (let round = 0; round < 2; round += 1) {
      assert.equal(lookupPlace('the Kremlin’s'), undefined);
      assert.equal(lookupPlace('Velmora Heights'), undefined);
      assert.equal(lookupPlace('Belarus')?.country, 'BY');
      assert.equal(lookupPlace('the United States'), lookupPlace('United States'));
      assert.equal(organisation('Velmora Heights'), undefined);
      assert.equal(organisation('the Kremlin’s')?.kind, 'government');
      assert.equal(roleNoun('Spokeswoman for')?.gender, 'female');
      assert.equal(roleNoun('velmora'), undefined);
      assert.equal(honorific('Mrs.')?.gender, 'female');
      assert.equal(honorific('Velmora'), undefined);
    }
  });
});
