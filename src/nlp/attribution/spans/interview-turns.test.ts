import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../segment/segment.js';
import { interviewee, interviewTurns, NamedBefore } from './interview-turns.js';
import { reports } from './test-helpers.js';

/** Every text below is invented for these tests. */

describe('interview turns (interview-turns.ts)', () => {
  it('the answers of a Q and A are the interviewee’s speech, the questions left out', () => {
    const text =
      'Q: Why did you leave the band?\n\nA: I was tired of touring and wanted a family.\n\n' +
      'Q: Do you regret it?\n\nA: Not at all. I made the right choice.';
    assert.deepEqual(reports(text), [
      'A: | - | I was tired of touring and wanted a family',
      'A: | - | Not at all. I made the right choice',
    ]);
  });

  it('a transcript with names in capitals', () => {
    const text =
      'MARTA OKONJO: We have never seen a drought like this. The wells are dry.\n\n' +
      'DAVID REY: Is the council doing enough?\n\nOKONJO: No, and the farmers are leaving.';
    assert.deepEqual(reports(text), [
      ': | MARTA OKONJO | We have never seen a drought like this. The wells are dry',
      ': | DAVID REY | Is the council doing enough',
      ': | OKONJO | No, and the farmers are leaving',
    ]);
  });

  it('captions and one-off labels are no turns', () => {
    const text = 'Photo: Reuters\n\nUpdate: The ring road has reopened.\n\nThe council met on Monday.';
    assert.deepEqual(interviewTurns(text, segment(text)), []);
    assert.deepEqual(reports(text), []);
  });

  it('headings that name each person once are no turns', () => {
    const text =
      'Jeb Tarn: Student loans Some big ideas do come to pass.\n\n' +
      'Mia Holt: Pensions Everyone ought to be able to invest.';
    assert.deepEqual(reports(text), []);
  });

  it('datelines of news briefs are no speakers', () => {
    const text =
      'LONDON: The ring road will close in May.\n\nPARIS: The mill reopened on Friday.\n\n' +
      'LONDON: Grain prices rose again.';
    assert.deepEqual(reports(text), []);
  });

  it('a single labelled paragraph is no interview', () => {
    const text = 'Nina Kasko: The mill will stay open.\n\nThe town celebrated on Friday.';
    assert.deepEqual(reports(text), []);
  });

  it('a single labelled paragraph in the first person is that person’s words', () => {
    const text =
      'Tomas Reyes led the strike at the mill for six weeks.\n\nReyes: We will not move until the pay is fair.\n\n' +
      'The owners did not comment.';
    assert.deepEqual(reports(text), [': | Reyes | We will not move until the pay is fair']);
    const named = 'Lena Varga: I never wanted the job.\n\nThe board met on Friday.';
    assert.deepEqual(reports(named), [': | Lena Varga | I never wanted the job']);
  });

  describe('the interviewee named in the opening', () => {
    const turns =
      '\n\nQ: Why are the reefs dying?\n\nA: The water is too warm.\n\nQ: Can they recover?\n\nA: They can, if we act.';
    const answered = (intro: string): string => {
      const text = intro + turns;
      const segments = segment(text);
      const found = interviewee(text, segments, interviewTurns(text, segments)[0]?.first ?? 0);
      return found === null ? '-' : text.slice(found.start, found.end);
    };
    it('the person the writer spoke to', () => {
      assert.equal(
        answered('The reefs off Pelham are bleaching fast. This week we spoke to Dr Lena Korr.'),
        'Dr Lena Korr',
      );
      const text = 'The reefs off Pelham are bleaching fast. This week we spoke to Dr Lena Korr.' + turns;
      assert.deepEqual(reports(text), [
        'A: | Dr Lena Korr | The water is too warm',
        'A: | Dr Lena Korr | They can, if we act',
      ]);
    });
    it('the person who answered, with an apposition', () => {
      assert.equal(answered('Lena Korr, a marine biologist, answered our questions.'), 'Lena Korr');
    });
    it('a Q&A heading, not the byline', () => {
      assert.equal(
        answered('Q&A: Lena Korr on the dying reefs\n\nBy Tom Hale\n\nThe reefs are bleaching.'),
        'Lena Korr',
      );
    });
    it('the only person the opening names', () => {
      assert.equal(
        answered('The reefs are bleaching. Lena Korr has studied them for twenty years.'),
        'Lena Korr',
      );
    });
    it('nobody when two people are named, or none', () => {
      assert.equal(answered('Lena Korr and Omar Feld have studied the reefs. We spoke to them.'), '-');
      assert.equal(answered('The reefs are bleaching fast.'), '-');
    });
  });
});

describe('interview turns over several paragraphs, and surnames as labels (interview-turns.ts)', () => {
  it('an unlabelled paragraph after an answer continues it; the closing lines do not', () => {
    const text =
      'Marta Lind led the campaign against the bridge. We spoke to her after the vote.\n\n' +
      'Q: Why did you oppose the bridge?\n\nA: Because it would have cut the village in two.\n\n' +
      'Nobody in the government ever asked us what we wanted, and that still makes me angry.\n\n' +
      'Q: What happens now?\n\nA: We will keep fighting in the courts.\n\n' +
      'The interview has been edited for length.';
    assert.deepEqual(reports(text), [
      'A: | Marta Lind | Because it would have cut the village in two',
      '- | - | Nobody in the government ever asked us what we wanted, and that still makes me angry',
      'A: | Marta Lind | We will keep fighting in the courts',
    ]);
  });

  it('an unlabelled question after an answer is no part of it', () => {
    const text =
      'Marta Lind led the campaign against the bridge. We spoke to her after the vote.\n\n' +
      'Q: Why did you oppose the bridge?\n\nA: Because it would have cut the village in two.\n\n' +
      'And what about the cost?\n\nA: The cost was never the point.';
    assert.deepEqual(reports(text), [
      'A: | Marta Lind | Because it would have cut the village in two',
      'A: | Marta Lind | The cost was never the point',
    ]);
  });

  it('a surname alone labels the turns of a person named before', () => {
    const text =
      'Marta Lind, the mayor of Torv, talked to our reporter about the vote.\n\n' +
      'Reporter: Why did you oppose the bridge?\n\nLind: Because it would have cut the village in two.\n\n' +
      'Reporter: Were you surprised?\n\nLind: We never expected the vote to pass.';
    assert.deepEqual(reports(text), [
      ': | Lind | Because it would have cut the village in two',
      ': | Lind | We never expected the vote to pass',
    ]);
  });

  it('"Q." and "A." with a full stop label turns when each labels two paragraphs or more', () => {
    const text =
      'Marta Lind led the campaign against the bridge. We spoke to her after the vote.\n\n' +
      'Q. Why did you oppose the bridge?\n\nA. Because it would have cut the village in two.\n\n' +
      'Q. Were you surprised by the result?\n\nA. We never expected the vote to pass.';
    assert.deepEqual(reports(text), [
      'A. | Marta Lind | Because it would have cut the village in two',
      'A. | Marta Lind | We never expected the vote to pass',
    ]);
  });

  it('must not change: paragraphs that open with an initial', () => {
    const text = 'A. Lind said the bridge would cut the village in two.\n\nA. Berg said the vote was close.';
    assert.deepEqual(reports(text), [
      'said | A. Lind | the bridge would cut the village in two',
      'said | A. Berg | the vote was close',
    ]);
  });

  it('must not change: a word nobody was named by is no label', () => {
    const text =
      'Marta Lind, the mayor of Torv, spoke on Monday.\n\nTorv: The bridge will not be built.\n\n' +
      'Torv: The vote was close.';
    assert.deepEqual(reports(text), []);
  });
});

describe('NamedBefore (interview-turns.ts)', () => {
  it('knows the last word of each person named before the token it was moved to', () => {
    const text = 'Marta Okonjo runs the farm.\n\nLater we met Tomas Brandt at the market.';
    const segments = segment(text);
    const named = new NamedBefore(text, segments.tokens);
    const later = segments.tokens.findIndex((token) => text.slice(token.start, token.end) === 'Later');
    named.moveTo(0);
    assert.equal(named.has('Okonjo'), false);
    named.moveTo(later);
    assert.equal(named.has('Okonjo'), true);
    assert.equal(named.has('Brandt'), false);
    named.moveTo(segments.tokens.length);
    assert.equal(named.has('Brandt'), true);
  });
});
