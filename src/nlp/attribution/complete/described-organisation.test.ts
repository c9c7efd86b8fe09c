import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../../extract.js';

/** The name of the speaker of the attribution whose source is `source`, or null. Sentences invented. */
function speakerName(text: string, source: string): string | null {
  const document = extract(text, { published: '2026-03-02' });
  const attribution = document.attributions.find(
    (item) => item.source !== null && document.text.slice(item.source.start, item.source.end) === source,
  );
  assert.ok(attribution, `no attribution with the source "${source}"`);
  if (typeof attribution.speaker !== 'string') return null;
  return document.entities.find((entity) => entity.id === attribution.speaker)?.name ?? null;
}

describe('describedOrganisation: "the daily" tagged as an adjective or adverb', () => {
  it('is the paper the text introduced as a daily just before', () => {
    const text =
      'Bus fares rose again, the Bergen daily Vestavisa reported. The daily said the council would vote on Friday.';
    assert.equal(speakerName(text, 'The daily'), 'Vestavisa');
  });

  it('stays unresolved with no daily named before', () => {
    const text = 'Bus fares rose again. The daily said the council would vote on Friday.';
    assert.equal(speakerName(text, 'The daily'), null);
  });
});

describe('nearbyOrganisation: "the firm" for the one organisation just named', () => {
  it('is the organisation named earlier in the same sentence', () => {
    const text = 'Strong sales helped Renault boost its profits, although the firm warned of lower margins.';
    assert.equal(speakerName(text, 'the firm'), 'Renault');
  });

  it("is the company named in the sentence before, not the headline's description", () => {
    const text =
      "Profits jump at Norland's top bank\n\nTarvik Holdings, the country's biggest lender, has seen a 9% jump in profits. Tarvik's profits were 4bn crowns in 2004, the bank said in a statement.";
    assert.equal(speakerName(text, 'the bank'), 'Tarvik Holdings');
  });

  it('is no body of another kind: "the hospital" after a movement', () => {
    const text =
      'The Grey Banner movement denied that it was involved in the attack. The hospital said 40 people were hurt.';
    assert.notEqual(speakerName(text, 'The hospital'), 'Grey Banner movement');
    const named =
      'Staff at the Orlin General Hospital treated 40 people. The hospital said none was badly hurt.';
    assert.equal(speakerName(named, 'The hospital'), 'Orlin General Hospital');
  });

  it('is no outlet that reported', () => {
    const text = 'Fuel prices rose, Reuters reported. Later the bank said rates would stay put.';
    assert.notEqual(speakerName(text, 'the bank'), 'Reuters');
  });

  it('is no organisation beside a name the name finder missed', () => {
    const text = 'Halvorsen Oil met the Treasury on Monday. The company said it hoped to pay half now.';
    assert.notEqual(speakerName(text, 'The company'), 'Treasury');
  });
});
