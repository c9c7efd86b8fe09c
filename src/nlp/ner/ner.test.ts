import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../model/index.js';
import { segment } from '../segment/segment.js';
import { hashString, mix } from './hash.js';
import { mentionsFromLabels, recogniseNames } from './index.js';
import { CLASS_COUNT, isAllowed, OUTSIDE } from './labels.js';
import { nerModel } from './model.js';
import { sharedTokenFeatures, TokenFeatures } from './token-features.js';

/** Every sentence here was written for these tests. */
function names(text: string): string[] {
  return recogniseNames(text, segment(text)).map(
    (mention) => `${text.slice(mention.start, mention.end)}/${mention.type}`,
  );
}

function checkInvariants(text: string): void {
  const mentions = recogniseNames(text, segment(text));
  let previousEnd = 0;
  for (const mention of mentions) {
    assert.ok(
      mention.start >= previousEnd,
      `overlap or disorder at ${mention.start} in ${JSON.stringify(text)}`,
    );
    assert.ok(mention.start < mention.end && mention.end <= text.length);
    const surface = text.slice(mention.start, mention.end);
    assert.equal(surface, surface.trim());
    assert.ok(!/['’]s$/.test(surface), `possessive inside ${surface}`);
    assert.ok(!/^["'“”‘’]|["'“”‘’]$/.test(surface), `quote mark at the edge of ${surface}`);
    assert.ok(!/[,;:!?]$|[a-z]{2}\.$/.test(surface), `sentence punctuation inside ${surface}`);
    previousEnd = mention.end;
  }
}

describe('recogniseNames', () => {
  it('loads the committed model once', () => {
    const model = nerModel();
    assert.equal(model.header.classes, CLASS_COUNT);
    assert.equal(model.header.buckets & (model.header.buckets - 1), 0);
    assert.equal(nerModel(), model);
  });

  const cases: [string, string, EntityType][] = [
    ['Nurlan Abdrakhmanov, 32, said the ministry in Astana would appeal.', 'Nurlan Abdrakhmanov', 'PERSON'],
    ['Nurlan Abdrakhmanov, 32, said the ministry in Astana would appeal.', 'Astana', 'LOC'],
    ['Mr Oluwaseun Adebayo told reporters that the count had been rigged.', 'Oluwaseun Adebayo', 'PERSON'],
    ['Police in Kharkiv detained Dmytro Ponomarenko on Tuesday.', 'Dmytro Ponomarenko', 'PERSON'],
    ['Police in Kharkiv detained Dmytro Ponomarenko on Tuesday.', 'Kharkiv', 'LOC'],
    ['Talgat Zhaksylykov was arrested in Shymkent late on Friday.', 'Talgat Zhaksylykov', 'PERSON'],
    ['The European Union and NATO criticised the attack.', 'European Union', 'ORG'],
    ['The European Union and NATO criticised the attack.', 'NATO', 'ORG'],
    ['Shares in Microsoft fell after the announcement.', 'Microsoft', 'ORG'],
    ['Ngozi Okafor-Eze will lead the delegation to Geneva.', 'Ngozi Okafor-Eze', 'PERSON'],
  ];
  for (const [text, name, type] of cases) {
    it(`finds ${name} as ${type} in "${text}"`, () => {
      assert.ok(names(text).includes(`${name}/${type}`), names(text).join(' | '));
    });
  }

  it('leaves the full stop after a name at the end of a sentence out', () => {
    const text = 'Reporters condemned the arrest of Dilnoza Rakhimova. She was freed in Khujand.';
    assert.deepEqual(names(text), ['Dilnoza Rakhimova/PERSON', 'Khujand/LOC']);
  });

  it('leaves the possessive out of the name', () => {
    const text = "Vladyslav Kovalchuk's lawyer said the case was political.";
    assert.deepEqual(names(text), ['Vladyslav Kovalchuk/PERSON']);
  });

  it('finds names in an ALL CAPS headline', () => {
    const found = names('PRESIDENT TOKAYEV SACKS CABINET AFTER PROTESTS IN ALMATY');
    assert.ok(found.includes('ALMATY/LOC'), found.join(' | '));
  });

  it('finds names in a Title Case headline', () => {
    const found = names('Protesters Clash With Police in Tbilisi Over Foreign Agents Law');
    assert.ok(found.includes('Tbilisi/LOC'), found.join(' | '));
    assert.ok(!found.some((name) => /Protesters|Clash|Police/.test(name)), found.join(' | '));
    const visit = names("Kenya's President William Ruto Visits Beijing");
    assert.deepEqual(visit, ['Kenya/LOC', 'William Ruto/PERSON', 'Beijing/LOC']);
    const boxer = names('Ukrainian Boxer Oleksandr Usyk Retains Title in Riyadh');
    assert.ok(boxer.includes('Oleksandr Usyk/PERSON'), boxer.join(' | '));
  });

  it('returns nothing for text without names', () => {
    assert.deepEqual(names('the price of bread rose again this week.'), []);
    assert.deepEqual(recogniseNames('', segment('')), []);
  });

  it('keeps spans valid, ordered and trimmed on awkward input', () => {
    for (const text of [
      '“Amina Yusuf,” she said. “Go.”',
      'Dr. Kwame Mensah-Bonsu (Ghana) and J.R.R. Tolkien\u2019s estate vs. the U.S. Navy.',
      'A\n\nB C D E F G H I J K L M N O P Q R S T U V W X Y Z',
      '🙂 Zoë Ødegaard — São Paulo — 北京 — Łódź',
      'Smith Smith Smith Smith Smith Smith',
      'Talks with Oleksandr Bondarenko. Then Bondarenko, again: Bondarenko! (Kyiv) "Bondarenko"',
    ])
      checkInvariants(text);
  });
});

describe('NER features and decoding', () => {
  it('cuts a name before a possessive even when the labels run on', () => {
    const text = "Duke of Norfolk's XI won.";
    const segments = segment(text);
    const words = segments.tokens.map((token) => text.slice(token.start, token.end));
    assert.deepEqual(words.slice(0, 5), ['Duke', 'of', 'Norfolk', "'s", 'XI']);
    // B-ORG I-ORG I-ORG I-ORG L-ORG O O
    const labels = Int32Array.from([5, 6, 6, 6, 7, 0, 0]);
    const mentions = mentionsFromLabels(text, segments, labels);
    assert.deepEqual(
      mentions.map((mention) => `${text.slice(mention.start, mention.end)}/${mention.type}`),
      ['Duke of Norfolk/ORG'],
    );
  });

  it('hashes deterministically', () => {
    assert.equal(hashString('Astana'), hashString('Astana'));
    assert.notEqual(hashString('Astana'), hashString('astana'));
    assert.equal(mix(3, 7), mix(3, 7));
    assert.notEqual(mix(3, 7), mix(7, 3));
  });

  it('gives a word the same hashes wherever it stands, and case-folds the lower-case hash', () => {
    const text = 'Kyiv said. In KYIV, Kyiv and kyiv.';
    const features = new TokenFeatures();
    features.compute(text, segment(text), null);
    const words = segment(text).tokens.map((token) => text.slice(token.start, token.end));
    const first = words.indexOf('Kyiv');
    const again = words.lastIndexOf('Kyiv');
    const upper = words.indexOf('KYIV');
    const lower = words.indexOf('kyiv');
    assert.equal(features.exact[first], features.exact[again]);
    assert.notEqual(features.exact[first], features.exact[upper]);
    assert.equal(features.lower[first], features.lower[upper]);
    assert.equal(features.lower[first], features.lower[lower]);
  });

  it('keeps one shared table per document while the stages take several documents in turn', () => {
    // A batch taken stage by stage: names of both documents, then times of both, then events.
    const texts = [
      'Marta Olenko opened the ferry terminal.',
      'The orchard co-operative in Velmar sold pears.',
    ];
    const documents = texts.map((text) => ({ text, segments: segment(text) }));
    const tables = documents.map(({ text, segments }) => {
      const table = sharedTokenFeatures(segments);
      table.computeOnce(text, segments, null);
      return table;
    });
    assert.notEqual(tables[0], tables[1]);
    for (const [index, { text, segments }] of documents.entries()) {
      const table = sharedTokenFeatures(segments);
      assert.equal(table, tables[index]);
      assert.ok(table.holds(segments));
      const fresh = new TokenFeatures();
      fresh.compute(text, segments, null);
      assert.deepEqual(table.lower.subarray(0, table.length), fresh.lower.subarray(0, fresh.length));
    }
  });

  it('computes the same features for a document whatever the table held before', () => {
    // Documents of exactly 1,024 and 2,048 tokens once used a word-table mask twice the size of
    // the arrays a fresh table allocates for them, so their features depended on whether a longer
    // document had been read first on the same thread.
    const words = ['harbour', 'granite', 'lantern', 'orchard', 'meadow', 'copper', 'falcon', 'willow'];
    const sentence = (index: number): string => {
      const a = words[index % words.length] as string;
      const b = words[(index * 3 + 1) % words.length] as string;
      const c = words[(index * 5 + 2) % words.length] as string;
      return `${a[0]!.toUpperCase()}${a.slice(1)} crews saw ${b} near ${c}${index} .`;
    };
    // seven tokens a sentence, then a last sentence of the tokens left
    const textOf = (tokens: number): string => {
      const sentences: string[] = [];
      for (let index = 0; index < Math.floor(tokens / 7); index += 1) sentences.push(sentence(index));
      const left = tokens % 7;
      if (left > 0) sentences.push(left === 1 ? 'done' : `${'so '.repeat(left - 1)}.`.replace(' .', '.'));
      return sentences.join(' ');
    };
    const longer = textOf(5000);
    for (const size of [1024, 2048]) {
      const text = textOf(size);
      const segments = segment(text);
      assert.equal(segments.tokens.length, size);
      const fresh = new TokenFeatures();
      fresh.compute(text, segments, null);
      const used = new TokenFeatures();
      used.compute(longer, segment(longer), null);
      used.compute(text, segments, null);
      assert.deepEqual(fresh.flags.subarray(0, size), used.flags.subarray(0, size));
      assert.deepEqual(fresh.firstOccurrence.subarray(0, size), used.firstOccurrence.subarray(0, size));
      assert.deepEqual(fresh.nextOccurrence.subarray(0, size), used.nextOccurrence.subarray(0, size));
    }
  });

  it('allows only valid BILOU sequences', () => {
    const personBegin = 1;
    const personInside = 2;
    const personLast = 3;
    const organisationLast = 7;
    assert.ok(isAllowed(OUTSIDE, personBegin, false));
    assert.ok(!isAllowed(OUTSIDE, personInside, false));
    assert.ok(!isAllowed(OUTSIDE, personBegin, true));
    assert.ok(isAllowed(personBegin, personLast, true));
    assert.ok(!isAllowed(personBegin, organisationLast, false));
    assert.ok(!isAllowed(personBegin, OUTSIDE, false));
  });
});
