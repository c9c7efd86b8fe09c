import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import { dayNumber } from './calendar.js';
import {
  findTimes,
  grownExtents,
  noTimeExpression,
  readableStart,
  withAmount,
  withOffsetWord,
} from './find-times.js';

describe('withOffsetWord', () => {
  const cases: readonly [string, string, string][] = [
    // [text, the tagger's duration, the extent expected]
    ['Sales were flat against a year earlier.', 'a year', 'a year earlier'],
    ['The ferry left three days ago, they said.', 'three days', 'three days ago'],
    ['She came back two weeks later to the farm.', 'two weeks', 'two weeks later'],
    ['The vote comes two weeks before the harvest.', 'two weeks', 'two weeks'],
    ['They worked for two weeks earning little.', 'two weeks', 'two weeks'],
  ];
  for (const [text, surface, expected] of cases)
    it(`${surface} in "${text}" → ${expected}`, () => {
      const start = text.indexOf(surface);
      const extent = withOffsetWord(text, { start, end: start + surface.length, type: 'DURATION' });
      assert.equal(text.slice(extent.start, extent.end), expected);
      assert.equal(extent.type, expected === surface ? 'DURATION' : 'DATE');
    });
});

describe('withAmount', () => {
  const cases: readonly [string, string, string][] = [
    ['The lease runs for at least 15 more years from now.', 'years', 'at least 15 more years'],
    ['Work will take the next 6 to 9 months to finish.', 'the next 6', 'the next 6 to 9 months'],
    ['The works took years to finish.', 'years', 'years'],
    ['The score was 6 to 9 in the end.', '6', '6'],
  ];
  for (const [text, surface, expected] of cases)
    it(`${surface} in "${text}" → ${expected}`, () => {
      const start = text.indexOf(surface);
      const extent = withAmount(text, { start, end: start + surface.length, type: 'DURATION' });
      assert.equal(text.slice(extent.start, extent.end), expected);
    });
});

describe('findTimes', () => {
  const text =
    'The 55 years old baker, who opened the shop a decade ago, recently said the current lease ends soon.';
  const times = findTimes(text, segment(text), '2025-06-11');
  const surfaces = times.map((time) => text.slice(time.start, time.end));

  it('leaves ages out', () => assert.ok(!surfaces.some((surface) => /years/.test(surface))));
  it('reads "a decade ago" as the year ten years back', () =>
    assert.equal(times.find((time) => text.slice(time.start, time.end) === 'a decade ago')?.value, '2015'));
  it('finds the deictic "recently" and "current"', () => {
    assert.equal(times.find((time) => text.slice(time.start, time.end) === 'recently')?.value, 'PAST_REF');
    assert.equal(times.find((time) => text.slice(time.start, time.end) === 'current')?.value, 'PRESENT_REF');
  });
});

describe('findTimes: deictic fallbacks', () => {
  // reference 2025-06-11; sentences invented for these tests
  const cases: readonly [string, string, string | null][] = [
    ['The mayor hopes the ferry will run again in the future, she said.', 'the future', 'FUTURE_REF'],
    ['Rail towns like this one belong to the past now.', 'the past', 'PAST_REF'],
    ['The council votes tomorrow on the bridge.', 'tomorrow', '2025-06-12'],
    ['The mill kept its prices for the past two years.', 'the past', null],
    ['Sales for the current year rose at the mill.', 'the current year', '2025'],
    ['The then current mayor opened the bridge.', 'then current', 'PAST_REF'],
    ['The ferry runs now, and the bakers are busy.', 'now', 'PRESENT_REF'],
    ['The bakers sell bread daily at the pier.', 'daily', 'P1D'],
    ['The choir sang as Easter week began in the town.', 'Easter week', '2025-W16'],
    ['The mayor quit on Monday. The previous day, she had denied it.', 'The previous day', '2025-06-08'],
    ['The mayor quit on Monday. She had denied it the day before.', 'the day before', '2025-06-08'],
    ['The mayor quit the day before the vote.', 'the day before', null],
    ['The ferry sank on May 3. A few days later, divers found it.', 'A few days later', 'PXD'],
    ['The shop opens at 9am on the pier.', '9am', '2025-06-11T09:00'],
    ['The blast came around 8pm local time, police said.', 'around 8pm local time', '2025-06-11T20:00'],
    ['The ceasefire lasted only a few hours.', 'a few hours', 'PTXH'],
    ['The quake struck at 03:40 on the coast.', '03:40', '2025-06-11T03:40'],
    ['The score was 2:1 at the break.', '2:1', null],
    ['By mid-2026 the plant will be finished.', 'mid-2026', '2026'],
    ['The ferry sank on May 3. That evening, divers searched the bay.', 'That evening', '2025-05-03TEV'],
    ['The storm lasted about 90 minutes, the port said.', '90 minutes', 'PT90M'],
    ['She spoke on the show 48 Hours that night.', '48 Hours', null],
    ['Police were called at around 2.15am on Sunday.', 'around 2.15am on Sunday', '2025-06-08T02:15'],
    ['The inquiry will report in the autumn.', 'the autumn', '2025-FA'],
    ['Prices peaked in the winter of 2019.', 'the winter', null],
    ['The mill opened in nineteen seventy-nine by the river.', 'nineteen seventy-nine', '1979'],
    ['The mill reopened on Election Day.', 'Election Day', '2024-11-05'],
    ['The mill grew fast in the early 1960s, they say.', 'the early 1960s', '196X'],
    ['Sales for the full year fell at the mill.', 'the full year', '2025'],
    ['Since the start of the year, the mill has hired.', 'the start of the year', '2025'],
    // no rule reads it and it names no time: the tagger's mistake, dropped
    ['In the end, the mill closed.', 'the end', null],
    ['The fish market opens on Mondays.', 'Mondays', 'XXXX-WXX-1'],
    ['Ferries leave the pier on Tuesday nights.', 'Tuesday nights', 'XXXX-WXX-2TNI'],
    ['The recent closing of the mill hurt the town.', 'recent', 'PAST_REF'],
    ["Tomorrow's vote on the bridge splits the town.", 'Tomorrow', '2025-06-12'],
    ['Prices at the mill will climb over the next 12 to 18 months.', 'the next 12 to 18 months', 'PXM'],
    [
      'The mill closed in March 2019. The following month, the owner sold it.',
      'The following month',
      '2019-04',
    ],
    [
      'Sales fell in the second quarter of 2019. Results for that quarter were poor.',
      'that quarter',
      '2019-Q2',
    ],
    ["The mill's output peaked in '97, the owner said.", "'97", '1997'],
    ["She sang ''48 Hours'' on the pier.", "'48", null],
    // "annually" is mostly a rate in TimeBank, no time expression
    ['Rents at the pier rose 8% annually.', 'annually', null],
  ];
  for (const [text, surface, value] of cases)
    it(`${surface} in "${text}" → ${String(value)}`, () => {
      const times = findTimes(text, segment(text), '2025-06-11');
      assert.equal(times.find((time) => text.slice(time.start, time.end) === surface)?.value ?? null, value);
    });
});

describe('findTimes: words that put a weekday ahead whatever the tense', () => {
  // reference 2025-06-11, a Wednesday; sentences invented for these tests
  const cases: readonly [string, string, string][] = [
    [
      'The council postponed until Tuesday morning any vote on the bridge.',
      'Tuesday morning',
      '2025-06-17TMO',
    ],
    [
      'The board extended its deadline until 9 a.m. Friday, a clerk said.',
      '9 a.m. Friday',
      '2025-06-13T09:00',
    ],
    ['The bakers could reopen as soon as Monday, the owner said.', 'Monday', '2025-06-16'],
    ['The ferry crews were given until Saturday to sign the deal.', 'Saturday', '2025-06-14'],
    ['The council met until Tuesday and then broke up.', 'Tuesday', '2025-06-10'],
    ['The baker said Monday that the oven was broken.', 'Monday', '2025-06-09'],
    ['The offer, due to lapse Friday, was extended to July 2.', 'July 2', '2025-07-02'],
    ['The mill switched to a calendar year in July.', 'July', '2024-07'],
    // a negation does not narrate: the vote is still ahead
    ['The council will not vote on Friday, a clerk said.', 'Friday', '2025-06-13'],
    [
      'The ministry did not plan to close the school on Thursday morning.',
      'Thursday morning',
      '2025-06-12TMO',
    ],
    // a possessive day names the event the noun reports, whatever the verb's tense
    ["The bakers said they would appeal Monday's ruling.", 'Monday', '2025-06-09'],
    ["Crowds gathered ahead of Saturday's match.", 'Saturday', '2025-06-14'],
    // the tagger's extent over the noun ("Sunday's final") is cut to the day, still ahead
    ["The coach picked his crew ahead of Sunday's final.", 'Sunday', '2025-06-15'],
    // a goal or venue of a clause that looks forward: the event is still to come
    ["The striker is doubtful for Friday's derby after a knee knock.", 'Friday', '2025-06-13'],
    ["The choir will sing at Sunday's gala in the old hall.", 'Sunday', '2025-06-15'],
    ["The team is expected to rest its captain for Friday's tie.", 'Friday', '2025-06-13'],
    ["With Saturday's referendum on the horizon, the mayor toured the docks.", 'Saturday', '2025-06-14'],
    [
      "The new skipper will take charge of the squad for Sunday's fixture in the valley.",
      'Sunday',
      '2025-06-15',
    ],
    ["The young golfer sits tied for tenth with Friday's cut on the horizon.", 'Friday', '2025-06-13'],
    // a past clause or a bare object leaves the day behind
    ["The striker was hurt in Sunday's derby.", 'Sunday', '2025-06-08'],
    ["The bakers will appeal Monday's ruling.", 'Monday', '2025-06-09'],
    ["The keeper trained for Tuesday's match and then rested.", 'Tuesday', '2025-06-10'],
    ["The skipper said he was dropped for Sunday's fixture.", 'Sunday', '2025-06-08'],
  ];
  for (const [text, surface, value] of cases)
    it(`${surface} in "${text}" → ${value}`, () => {
      const times = findTimes(text, segment(text), '2025-06-11');
      assert.equal(times.find((time) => text.slice(time.start, time.end) === surface)?.value, value);
    });
});

describe('findTimes: a season named from now', () => {
  // a sports season is no calendar season: a vague time before, at or after now (invented sentences)
  const cases: readonly [string, string, string | null][] = [
    ['Fans flocked to the little port last season.', 'last season', 'PAST_REF'],
    ['The rowing club hopes to win the shield next season.', 'next season', 'FUTURE_REF'],
    ['The keeper has kept nine clean sheets this season.', 'this season', 'PRESENT_REF'],
    ['The flu season starts early in the hills.', 'flu season', null],
  ];
  for (const [text, surface, value] of cases)
    it(`${surface} in "${text}" → ${value}`, () => {
      const times = findTimes(text, segment(text), '2025-06-11');
      const found = times.find((time) => text.slice(time.start, time.end).endsWith(surface));
      assert.equal(found?.value ?? null, value);
      if (value !== null) assert.equal(found?.type, 'DATE');
    });
});

describe('grownExtents', () => {
  /** [text, the tagger's pieces, the extents expected] — invented sentences. */
  const cases: readonly [string, readonly string[], readonly string[]][] = [
    ['The strike lasted at least 30 days at the mill.', ['30 days'], ['at least 30 days']],
    ['Police came at around 7:15 p.m. to the pier.', ['7:15 p.m.'], ['around 7:15 p.m.']],
    ['The mill shut almost four years ago.', ['four years ago'], ['almost four years ago']],
    ['The mill shut about four years ago.', ['four years ago'], ['four years ago']],
    ['Earlier this month the mill shut.', ['this month'], ['Earlier this month']],
    ['The mill shut late last week.', ['last week'], ['late last week']],
    ['The mill shut earlier Sunday.', ['Sunday'], ['Sunday']],
    ['The ferry sails at 7 a.m. Sunday from the pier.', ['7 a.m.', 'Sunday'], ['7 a.m. Sunday']],
    ['Bids close at 4 p.m. EST, Jan. 12 this year.', ['4 p.m. EST', 'Jan. 12'], ['4 p.m. EST, Jan. 12']],
    ['The fair opened Friday, May 9 in the rain.', ['Friday', 'May 9'], ['Friday, May 9']],
    ['The club meets each Tuesday at the hall.', ['Tuesday'], ['each Tuesday']],
    ['The well ran dry a couple of years back.', ['years'], ['a couple of years']],
    ['Profit rose in fiscal 2019 at the mill.', ['fiscal'], ['fiscal 2019']],
    [
      'Sales fell in the first two quarters of 2020 there.',
      ['the first two quarters'],
      ['the first two quarters of 2020'],
    ],
    ['Earlier that day the mayor spoke.', ['Earlier'], ['Earlier that day']],
    ['Sales rose from the 2019 second quarter.', ['2019 second quarter'], ['the 2019 second quarter']],
    [
      'Rents fell in the comparable year-ago quarter.',
      ['year-ago quarter'],
      ['the comparable year-ago quarter'],
    ],
    ['Costs grew in the final quarter of the season.', ['final quarter'], ['the final quarter']],
    // the adjective: the article goes with the noun
    ['The third-quarter figures were poor.', ['third-quarter'], ['third-quarter']],
    ['The fair reopens this September with rides.', ['September'], ['this September']],
    ['Rates rose at the end of the month again.', ['the end'], ['the end of the month']],
    ['The mill stood there for the past three winters.', ['the past three'], ['the past three winters']],
    ['They met Friday and left Saturday.', ['Friday', 'Saturday'], ['Friday', 'Saturday']],
    ['The shop opens at noon Thursday for the fair.', ['Thursday'], ['noon Thursday']],
    ['Bids close at 9 a.m. EST Tuesday, the clerk said.', ['Tuesday'], ['9 a.m. EST Tuesday']],
    ['Offers are due by 5 p.m., Nov. 9 at the hall.', ['Nov. 9'], ['5 p.m., Nov. 9']],
    ['The mill had closed the previous Friday for repairs.', ['Friday'], ['the previous Friday']],
    ['The score was 9 Friday night.', ['Friday'], ['Friday']],
    ['Rents rose at the end of November in the town.', ['November'], ['the end of November']],
    ['The dam was finished by the middle of 2019.', ['2019'], ['the middle of 2019']],
    ['Output grew 4% in the first nine months, it said.', ['nine months'], ['the first nine months']],
    ['Output grew 4% in the first six weeks, it said.', ['first six weeks'], ['the first six weeks']],
    ['The index is based on the close of 1969.', ['1969'], ['1969']],
    ['The two years went by.', ['two years'], ['two years']],
    ['The shift lasted about two weeks in all.', ['about two weeks'], ['two weeks']],
    ['Prices rose over the past year at the mill.', ['over the past year'], ['the past year']],
    ['The dam broke nearly four years ago.', ['four years ago'], ['nearly four years ago']],
    ['It was nearly Friday.', ['Friday'], ['Friday']],
    // a day written before its month, as British news writes it
    ['The vote is due on 4 April in the city.', ['April'], ['4 April']],
    ['The bridge reopened on the 12th of January.', ['January'], ['the 12th of January']],
    ['Sales were 12 in March.', ['March'], ['March']],
    ['He will step down at the end of the year.', ['the year'], ['the end of the year']],
    ['Sales rose in the first half of the year.', ['the year'], ['the first half of the year']],
    ["The vote will take place in two weeks' time.", ['two weeks'], ["two weeks' time"]],
    ["He spent two weeks' time in jail.", ['two weeks'], ['two weeks']],
    ['The fair is held twice a year by the river.', ['a year'], ['twice a year']],
    ['Revenue for fiscal 2023 rose at the mill.', ['2023'], ['fiscal 2023']],
    ['The summit ends on Friday, 29 March in the city.', ['Friday', '29 March'], ['Friday, 29 March']],
    ['The strike began on March 1st at the port.', ['March'], ['March 1st']],
    ['The strike began in March 1999 at the port.', ['March 1999'], ['March 1999']],
    ['The hall closed the following week for repairs.', ['following week'], ['the following week']],
    ['The fair runs each summer by the river.', ['summer'], ['each summer']],
    ['The club meets every two weeks at the hall.', ['two weeks'], ['every two weeks']],
  ];
  for (const [text, pieces, expected] of cases)
    it(`${pieces.join(' + ')} → ${expected.join(' + ')}`, () => {
      const extents = pieces.map((piece) => {
        const start = text.indexOf(piece);
        return { start, end: start + piece.length, type: 'DATE' as const };
      });
      assert.deepEqual(
        grownExtents(text, extents).map((extent) => text.slice(extent.start, extent.end)),
        expected,
      );
    });
});

describe('readableStart', () => {
  const context = { reference: dayNumber(2025, 6, 11), anchor: null };
  const cases: readonly [string, string | null, string | null][] = [
    // [the tagger's extent, the start kept, its value]
    ['last week a farmer', 'last week', '2025-W23'],
    ['this year as before', 'this year', '2025'],
    ['now rising', 'now', 'PRESENT_REF'],
    ['the next 40', null, null],
  ];
  for (const [surface, kept, value] of cases)
    it(`${surface} → ${String(kept)}`, () => {
      const found = readableStart(surface, 'DATE', context, '');
      assert.equal(found === null ? null : surface.slice(0, found.length), kept);
      assert.equal(found?.time.value ?? null, value);
    });
});

describe('findTimes: anchored to the time talked about', () => {
  // reference 2025-06-11; sentences invented for these tests
  const cases: readonly [string, string, string][] = [
    [
      // the third quarter is not over in June: last year's (2024), a year before it 2023
      'Profit rose in the third quarter. In the year-ago quarter, the second quarter, the mill lost money. Results for that quarter included a charge.',
      'that quarter',
      '2023-Q2',
    ],
    ['The bridge opened on Friday, and the mayor said it was a great day for the town.', 'day', '2025-06-06'],
    [
      'The mill shut in 2019. That summer, the weavers left. By the end of that year it was empty.',
      'That summer',
      '2019-SU',
    ],
    [
      'The mill shut in 2019. That summer, the weavers left. By the end of that year it was empty.',
      'the end of that year',
      '2019',
    ],
    ['The dam burst on Monday. Days later, the valley was still flooded.', 'Days later', 'PXD'],
    ['The dam burst on Monday night. Hours later, the valley flooded.', 'Hours later', '2025-06-10'],
    ['Months ago the weavers left the valley.', 'Months ago', 'PAST_REF'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      const times = findTimes(text, segment(text), '2025-06-11');
      const found = times.find((time) => text.slice(time.start, time.end) === surface);
      assert.equal(found?.value, expected);
    });
});

describe('findTimes: business shorthand for periods', () => {
  // reference 2025-06-11; sentences invented for these tests
  const cases: readonly [string, string, string][] = [
    ['The bakery chain said profit rose in Q1.', 'Q1', '2025-Q1'],
    ['Margins were thin in Q4 2024 and in Q3 of 2023.', 'Q3 of 2023', '2023-Q3'],
    ['Margins were thin in Q4 2024 and in Q3 of 2023.', 'Q4 2024', '2024-Q4'],
    ['Orders slowed in H2 2024.', 'H2 2024', '2024-H2'],
    ['The ferry operator expects a loss in FY2026.', 'FY2026', '2026'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      const times = findTimes(text, segment(text), '2025-06-11');
      const found = times.find((time) => text.slice(time.start, time.end) === surface);
      assert.equal(found?.value, expected);
    });

  it('leaves a visa name alone ("H1-B")', () => {
    const text = 'She applied for an H1-B visa.';
    assert.equal(findTimes(text, segment(text), '2025-06-11').length, 0);
  });
});

describe('findTimes: parts of a day', () => {
  // reference Wednesday 2025-06-11; sentences invented for these tests
  const cases: readonly [string, string, string][] = [
    ['Firefighters reached the barn on the morning of Saturday.', 'the morning of Saturday', '2025-06-07TMO'],
    ['The roof fell in the early hours of Sunday.', 'the early hours of Sunday', '2025-06-08TNI'],
    ['The boats left at dawn on Monday.', 'dawn on Monday', '2025-06-09TMO'],
    ['The boats came back at dusk.', 'dusk', '2025-06-11TEV'],
    ['The jury returned at mid morning on Friday.', 'mid morning on Friday', '2025-06-06TMO'],
  ];
  it('leaves "dawn" alone where it is no time adverbial ("as dawn broke", "a pre-dawn raid")', () => {
    for (const text of ['The rescuers dug on as dawn broke.', 'Troops mounted a pre-dawn raid.'])
      assert.equal(findTimes(text, segment(text), '2025-06-11').length, 0);
  });
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      const times = findTimes(text, segment(text), '2025-06-11');
      const found = times.find((time) => text.slice(time.start, time.end) === surface);
      assert.equal(found?.value, expected);
      assert.equal(found?.type, 'TIME');
    });
});

describe('findTimes: a possessive "today\'s"', () => {
  // reference Wednesday 2025-06-11; sentences invented for these tests. [text, today's value or null]
  const cases: readonly [string, string | null][] = [
    ["Gardeners of today's suburbs grow fewer roses.", null],
    ['The skills that fit the factories of today’s economy are scarce, the union argues.', null],
    ["Teachers worry about today's teenagers and their phones.", null],
    ["The results of today's ballot will be known by midnight.", '2025-06-11'],
    ["Rain may cut short today's cricket match at the harbour ground.", '2025-06-11'],
    ["The mayor's plan is set out in today's edition of the paper.", '2025-06-11'],
  ];
  for (const [text, expected] of cases)
    it(`"today's" in "${text}" → ${expected ?? 'no time'}`, () => {
      const found = findTimes(text, segment(text), '2025-06-11').find((time) =>
        /^today$/i.test(text.slice(time.start, time.end)),
      );
      assert.equal(found?.value ?? null, expected);
    });
});

describe('findTimes: an opening day and the verb that follows it', () => {
  // reference Wednesday 2025-06-11; sentences invented for these tests
  const cases: readonly [string, string, string][] = [
    [
      'On Friday, the Harbour Rowing and Sailing Clubs Association plans to hold a regatta.',
      'Friday',
      '2025-06-13',
    ],
    ['Monday, the Northern Orchard Growers Guild is scheduled to open its fair.', 'Monday', '2025-06-16'],
    // the first verb is a saying in the past: the day is behind
    ['On Tuesday, officials said they will reopen the bridge.', 'Tuesday', '2025-06-10'],
    ['On Friday, the rowing club held a regatta.', 'Friday', '2025-06-06'],
    // a capitalised name the tagger takes for a verb does not stop the search
    ['On Thursday Ford will open the new plant.', 'Thursday', '2025-06-12'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      const found = findTimes(text, segment(text), '2025-06-11').find(
        (time) => text.slice(time.start, time.end) === surface,
      );
      assert.equal(found?.value, expected);
    });
});

describe('noTimeExpression', () => {
  /** [text, the tagger's piece, whether it is left out] — invented sentences. */
  const cases: readonly [string, string, boolean][] = [
    ['The ferry resumed later in the day after the fog lifted.', 'the day', true],
    ['Late in the day, the jury sent a note to the judge.', 'the day', true],
    ['During the day Thursday, the pickers rested in the shade.', 'the day', true],
    ['It was the day the harbour froze.', 'the day', false],
    ['The 40 years old ferry was sold.', '40 years', true],
    ["Gardeners of today's suburbs grow fewer roses.", 'today', true],
    ["The results of today's ballot will be known by midnight.", 'today', false],
    ['Hundreds of farmers joined this march on the ministry.', 'this march', true],
    ['The pipers march through the village every summer.', 'march', true],
    ['The tractors will leave in March.', 'March', false],
    ['It is the second day of the strike at the mill.', 'the second', true],
    ['He took a second look at the ledger.', 'a second', true],
    ['The valve shut in a second or two.', 'a second', false],
  ];
  for (const [text, piece, left] of cases)
    it(`"${piece}" in "${text}" ${left ? 'left out' : 'kept'}`, () => {
      const start = text.indexOf(piece);
      const extent = { start, end: start + piece.length, type: 'DATE' as const };
      assert.equal(noTimeExpression(text, segment(text), extent), left);
    });
});

describe('findTimes: clock hours in words and a later date', () => {
  // reference Wednesday 2025-06-11; sentences invented for these tests
  const cases: readonly [string, string, string][] = [
    ["The bakery opens at seven o'clock sharp.", "seven o'clock", '2025-06-11T07:00'],
    ['The lorries were loaded by 5 in the morning.', '5 in the morning', '2025-06-11T05:00'],
    ['The guards left the gate at 11 at night.', '11 at night', '2025-06-11T23:00'],
    ['The hearing was put off to a later date.', 'a later date', 'FUTURE_REF'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      const found = findTimes(text, segment(text), '2025-06-11').find(
        (time) => text.slice(time.start, time.end) === surface,
      );
      assert.equal(found?.value, expected);
    });
  it('leaves a number of things alone ("had one in the morning")', () => {
    const text = 'The cook had one in the morning and two at night.';
    assert.equal(
      findTimes(text, segment(text), '2025-06-11').filter((time) => time.type === 'TIME').length,
      0,
    );
  });
});

describe('findTimes: a results season and a time as the predicate', () => {
  // reference Wednesday 2026-01-14; sentences invented for these tests
  const cases: readonly [string, string, string][] = [
    // results are of a quarter over, even in a clause about what is ahead
    ['The brewer will report fourth-quarter earnings next week.', 'fourth-quarter', '2025-Q4'],
    ['The brewer will open a new plant in the third quarter.', 'the third quarter', '2026-Q3'],
    // "the same quarter a year ago": the quarter talked about, a year back
    [
      'Sales in the latest quarter fell from the same quarter a year ago.',
      'the same quarter a year ago',
      '2024-Q4',
    ],
    // the time as the predicate of a present copula is ahead, of a past one behind
    ['The final vote is on Thursday.', 'Thursday', '2026-01-15'],
    ['The final vote was on Thursday.', 'Thursday', '2026-01-08'],
    ['The regional election is in November.', 'November', '2026-11'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      const found = findTimes(text, segment(text), '2026-01-14').find(
        (time) => text.slice(time.start, time.end) === surface,
      );
      assert.equal(found?.value, expected);
    });
});

describe('findTimes: fiscal quarters, short stretches and abbreviated weekdays', () => {
  // reference Wednesday 2026-01-14; sentences invented for these tests
  const found = (text: string): [string, string][] =>
    findTimes(text, segment(text), '2026-01-14').map((time) => [
      text.slice(time.start, time.end),
      time.value,
    ]);
  const cases: readonly [string, string, string][] = [
    // a company's own quarter, hyphenated or with "fiscal" after the ordinal
    // (a past verb: the last second quarter over)
    ['The miller earned $3 million in the fiscal-second quarter.', 'the fiscal-second quarter', '2025-Q2'],
    ['The miller lost money in the first fiscal quarter.', 'the first fiscal quarter', '2026-Q1'],
    // "a year ago" in a report of that quarter: the quarter a year back
    [
      'The miller earned $3 million in the fiscal-second quarter, against a loss a year ago.',
      'a year ago',
      '2024-Q2',
    ],
    // a few of a small unit, and the first or last stretch of a time talked about
    ['The test took only a few seconds to run.', 'a few seconds', 'PTXS'],
    ['Rescuers reached the valley in the first hours of the flood.', 'the first hours', 'PTXH'],
    ['The ferry sank on Monday. Seconds later the alarm sounded.', 'Seconds later', '2026-01-12'],
    ['Exports slowed in the closing months of the year.', 'the closing months', 'PXM'],
    ['The club lost often in the opening weeks.', 'the opening weeks', 'PXW'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      assert.deepEqual(
        found(text).find(([found]) => found === surface),
        [surface, expected],
      );
    });
  it('a lone abbreviated weekday with no date after it is a name', () => {
    assert.deepEqual(found('The servers are made by Sun. Prices fell.'), []);
    assert.deepEqual(found('The story ran in The Sun. Nobody replied.'), []);
    assert.deepEqual(found('Critics praised The Final Days at the festival.'), []);
  });
});

describe('findTimes: a season of a named year', () => {
  // reference Wednesday 2026-01-14; sentences invented for these tests
  const found = (text: string): [string, string][] =>
    findTimes(text, segment(text), '2026-01-14').map((time) => [
      text.slice(time.start, time.end),
      time.value,
    ]);
  const cases: readonly [string, string, string][] = [
    ['The pond froze in the winter of 1994, the miller said.', 'the winter of 1994', '1994-WI'],
    [
      'The mill burned in the autumn of nineteen eighty-seven.',
      'the autumn of nineteen eighty-seven',
      '1987-FA',
    ],
    ['Spring of 2011 was wet in the valley.', 'Spring of 2011', '2011-SP'],
    ['They married in the summer of 2003 by the lake.', 'the summer of 2003', '2003-SU'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      assert.deepEqual(
        found(text).find(([found]) => found === surface),
        [surface, expected],
      );
    });
  it('keeps the year alone where no season comes right before it', () => {
    assert.deepEqual(found('After the fall of the old wall in 1989 the town grew.'), [['1989', '1989']]);
    assert.deepEqual(found('The dam was finished by the end of 2019.'), [['the end of 2019', '2019']]);
    assert.deepEqual(found('The winter was hard, and in 1994 the pond froze.').at(-1), ['1994', '1994']);
  });
});

describe('findTimes: "the year before" as an adverb', () => {
  // reference Wednesday 2026-01-14; sentences invented for these tests
  const found = (text: string): [string, string][] =>
    findTimes(text, segment(text), '2026-01-14').map((time) => [
      text.slice(time.start, time.end),
      time.value,
    ]);
  it('reads the year before the one talked about, not the reference year', () => {
    assert.deepEqual(found('The mill made $3 million last year, up from $2 million the year before.'), [
      ['last year', '2025'],
      ['the year before', '2024'],
    ]);
    assert.deepEqual(found('The bakery opened in 2012. The year before, the site was a garage.'), [
      ['2012', '2012'],
      ['The year before', '2011'],
    ]);
  });
  it('keeps "the day before" and "the week before" a preposition where a time follows', () => {
    assert.deepEqual(found('The ferry sank on March 3, 2024. The day before, the crew had warned of it.'), [
      ['March 3, 2024', '2024-03-03'],
      ['The day before', '2024-03-02'],
    ]);
    assert.equal(
      found('They met in the week before the vote.').some(([surface]) => surface === 'the week before'),
      false,
    );
  });
});

describe('findTimes: ranks, counts, codes and contest rounds are no times', () => {
  // reference Wednesday 2026-01-14; sentences invented for these tests
  const found = (text: string): [string, string][] =>
    findTimes(text, segment(text), '2026-01-14').map((time) => [
      text.slice(time.start, time.end),
      time.value,
    ]);
  const none: readonly string[] = [
    'The rowers reached the quarter-finals at the lake.',
    'The club earned a place in the cup last 16.',
    'She passed two rivals over the last 200 metres.',
    'In 23 cases, the kettles overheated.',
    'The carrier ordered more Airbus A300s for its fleet.',
    'The duo won song of the year and album of the year at the gala.',
    'The keeper was named player of the month by the league.',
  ];
  for (const text of none)
    it(`finds no time in "${text}"`, () => {
      assert.deepEqual(found(text), []);
    });
  it('keeps the time after a contest round, and a time compound', () => {
    assert.deepEqual(found('The rower lost in the quarter-final in 2019.'), [['2019', '2019']]);
    assert.deepEqual(found('The sale should close by year-end.'), [['year-end', '2026']]);
    assert.deepEqual(found('The dig will take the next 6 to 9 months.'), [['the next 6 to 9 months', 'PXM']]);
    assert.deepEqual(found('The mill ran for 23 years in the valley.'), [['23 years', 'P23Y']]);
    assert.deepEqual(found('Rents rise at the end of the year.'), [['the end of the year', '2026']]);
    assert.deepEqual(found('Exports for the year rose by 14%.'), [['the year', '2026']]);
  });
});

describe('findTimes: a year-to-date stretch after a quarter, and "Now" opening a sentence', () => {
  // reference Wednesday 2026-01-14; sentences invented for these tests
  const found = (text: string): [string, string][] =>
    findTimes(text, segment(text), '2026-01-14').map((time) => [
      text.slice(time.start, time.end),
      time.value,
    ]);
  const cases: readonly [string, string, string][] = [
    // after "the nine months" the comparison is of that stretch: the year before
    [
      'The miller lost $2 million in the fourth quarter. For the nine months, it earned $9 million, against $7 million a year earlier.',
      'a year earlier',
      '2024',
    ],
    [
      'The miller lost $2 million in the fourth quarter. In the first nine months, sales fell 4% from a year ago.',
      'a year ago',
      '2024',
    ],
    // must not change: with the quarter still the time talked about, the quarter a year back
    [
      'The miller lost $2 million in the fourth quarter, against a profit of $1 million a year earlier.',
      'a year earlier',
      '2024-Q4',
    ],
    // a quarter named after the stretch is the time talked about again
    [
      'For the nine months, the miller earned $9 million. In the fourth quarter, it lost $2 million, against a profit a year earlier.',
      'a year earlier',
      '2024-Q4',
    ],
    // "the full year" after a quarter's figures: the year of that quarter
    [
      'The miller lost $2 million in the fourth quarter of 2025. For the full year, it earned $9 million.',
      'the full year',
      '2025',
    ],
    // must not change: with no quarter talked about, the reference year
    ['The miller expects to earn more for the full year.', 'the full year', '2026'],
    // the same quarter a year back is the comparison: the quarter talked about stays
    [
      'The carmaker earned $630m in the fourth quarter, down from $1bn in the fourth quarter of 2024. Sales rose from $48bn a year earlier.',
      'a year earlier',
      '2024-Q4',
    ],
    // must not change: after a projection of a quarter to come, this year's quarter is talked about
    [
      'Steel demand should recover by the fourth quarter of 2026. Sales in the fourth quarter fell 5% from a year ago.',
      'a year ago',
      '2024-Q4',
    ],
    // must not change: "now" inside the sentence, and "now" after "And"
    ['The ferry now sails twice a day.', 'now', 'PRESENT_REF'],
    ['The pier was closed. And now the ferry sails again.', 'now', 'PRESENT_REF'],
    ['Now is the time to rebuild the pier, the mayor said.', 'Now', 'PRESENT_REF'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      assert.deepEqual(
        found(text).find(([found]) => found === surface),
        [surface, expected],
      );
    });
  it('"Now," opening a sentence with its comma turns the story, it dates nothing', () => {
    assert.deepEqual(found('Now, the mayor says, the ferry will sail again.'), []);
    assert.deepEqual(found('"Now, we see the pier rebuilt," the mayor said.'), []);
  });
  it('"Now" opening a sentence without a comma is the present of its clause', () => {
    assert.deepEqual(
      found('The pier was closed for a while. Now the ferry sails again.').find(
        ([surface]) => surface === 'Now',
      ),
      ['Now', 'PRESENT_REF'],
    );
    assert.deepEqual(
      found('Now inspectors are checking the ferry.').find(([surface]) => surface === 'Now'),
      ['Now', 'PRESENT_REF'],
    );
  });
});

describe('findTimes: "back" as "ago", a month of last year, the next evening (timex33)', () => {
  // reference Wednesday 2026-01-14; sentences invented for these tests
  const found = (text: string): [string, string][] =>
    findTimes(text, segment(text), '2026-01-14').map((time) => [
      text.slice(time.start, time.end),
      time.value,
    ]);
  const cases: readonly [string, string, string][] = [
    ['The mill was sold a few years back.', 'a few years back', 'PAST_REF'],
    ['The mill was sold two years back, when prices were low.', 'two years back', '2024'],
    ['Output at the mill has grown since December of last year.', 'December of last year', '2025-12'],
    ['A ruling on the mill is expected by mid-March.', 'mid-March', '2026-03'],
    ['The mill was founded in the 1800s.', '1800s', '18'],
    [
      'The mill flooded on Jan. 3. The next evening, the river fell again.',
      'The next evening',
      '2026-01-04TEV',
    ],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      assert.deepEqual(
        found(text).find(([found]) => found === surface),
        [surface, expected],
      );
    });
  it('an indefinite weekday ("on a Thursday, then") names the day of some week', () =>
    assert.deepEqual(
      found('Until 1954 the fair was held on a Thursday, then it moved.').find(
        ([surface]) => surface === 'Thursday',
      ),
      ['Thursday', 'XXXX-WXX-4'],
    ));
  it('"day and night", "year-on-year" name no time', () => {
    assert.deepEqual(found('The pumps ran day and night at the mill.'), []);
    assert.deepEqual(found('Sales at the mill were 5% lower year-on-year.'), []);
  });
  it('must not change: "a Sunday night service" is a day', () =>
    assert.deepEqual(
      found('About 50 people attended a Sunday night service at the mill.')
        .find(([surface]) => surface.startsWith('Sunday'))?.[1]
        .slice(0, 10),
      '2026-01-11',
    ));
  it('must not change: "back" that is no offset ("two weeks back home")', () => {
    const text = 'The miller spent two weeks back home in the valley.';
    assert.deepEqual(
      found(text).find(([surface]) => surface.startsWith('two weeks')),
      ['two weeks', 'P2W'],
    );
  });
});

describe('findTimes: a range whose end names the year, the last quarter or week of a year', () => {
  // reference Wednesday 2026-01-14; sentences invented for these tests
  const found = (text: string): [string, string][] =>
    findTimes(text, segment(text), '2026-01-14').map((time) => [
      text.slice(time.start, time.end),
      time.value,
    ]);
  const cases: readonly [string, string, string][] = [
    ['The pier was shut between March and October 2019.', 'March', '2019-03'],
    ['The ferry ran from July to September 2019.', 'July', '2019-07'],
    // a range that turns the year: the start is in the year before
    ['The ferry ran from November to February 2019.', 'November', '2018-11'],
    // "the last quarter of 2019", "the final quarter of last year": that year's fourth, whole
    ['The port grew 3% in the last quarter of 2019, its owner said.', 'the last quarter of 2019', '2019-Q4'],
    ['Fares rose in the final quarter of last year.', 'the final quarter of last year', '2025-Q4'],
    // "the last week of December 2019", "the first week of May": the week of the month's last or
    // first days
    ['The last week of December 2019 saw record sales.', 'last week of December 2019', '2019-W52'],
    ['The sale ends in the first week of May, the firm said.', 'first week of May', '2026-W19'],
    // must not change: a month with no range after it
    ['The pier was shut in March. In October 2019, it reopened.', 'October 2019', '2019-10'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      assert.deepEqual(
        found(text).find(([found]) => found === surface),
        [surface, expected],
      );
    });
});

describe('readableStart', () => {
  it('does not end an expression on "of" ("the last three months of" + a year)', () => {
    const text = 'The port shrank 0.2% in the last three months of 2019.';
    const time = findTimes(text, segment(text), '2026-01-14').find((found) =>
      text.slice(found.start, found.end).startsWith('the last three months'),
    );
    assert.notEqual(time, undefined);
    assert.doesNotMatch(text.slice(time!.start, time!.end), / of$/);
  });
});

describe('findTimes: the day talked about, a day after a dated day, a date after a date ahead', () => {
  // reference 2025-06-11 (a Wednesday); sentences invented for these tests
  const cases: readonly [string, string, string][] = [
    // a story of an earlier day: the night before that day, and the Friday before that Friday
    [
      'Shares in Tokyo slid on Friday. They were hurt by overnight losses in New York and ended 3% below the previous Friday.',
      'overnight',
      '2025-06-05TNI',
    ],
    [
      'Shares in Tokyo slid on Friday. They were hurt by overnight losses in New York and ended 3% below the previous Friday.',
      'the previous Friday',
      '2025-05-30',
    ],
    // yesterday's story: "overnight" is last night
    ['The rebels attacked the town on Tuesday. Overnight, troops retook it.', 'Overnight', '2025-06-10TNI'],
    ['The summit was held on April 24 and 25 in Rome.', '25', '2025-04-25'],
    ['Talks are set for March 3 and 4.', '4', '2026-03-04'],
    [
      'Officials said two new ferries would sail from Dover on Mondays from July 1, with the third one departing from the old harbour each Thursday from March 3.',
      'March 3',
      '2026-03-03',
    ],
    // an earlier day's story, "overnight" as an adverb: still last night
    [
      'Shares in Tokyo slid on Friday. It will not happen overnight, the trader said.',
      'overnight',
      '2025-06-10TNI',
    ],
    // looking back from a day ahead: "since" a December past
    ['She is meeting him on Thursday, the third meeting since the bid in December.', 'December', '2024-12'],
    // no date ahead in the sentence: the March just past
    ['The third one departed from the old harbour each Thursday from March 3.', 'March 3', '2025-03-03'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      const times = findTimes(text, segment(text), '2025-06-11');
      const found = times.find((time) => text.slice(time.start, time.end) === surface);
      assert.equal(found?.value, expected);
    });
});

describe('findTimes: spelled and mixed numerals, halves, ranges, decades in words, "the short term", a year-ago figure (timex36)', () => {
  const cases: readonly [string, string, string, string, string][] = [
    // [text, reference, expected surface, type, value]
    [
      'The mill ran for twenty-five years before it shut.',
      '2003-05-20',
      'twenty-five years',
      'DURATION',
      'P25Y',
    ],
    [
      'The orchard stood for ninety one days of drought.',
      '2003-05-20',
      'ninety one days',
      'DURATION',
      'P91D',
    ],
    [
      'The bridge has carried trams for one hundred years.',
      '2003-05-20',
      'one hundred years',
      'DURATION',
      'P100Y',
    ],
    ['The canal froze 2 1/2 years ago, the keeper said.', '2003-05-20', '2 1/2 years ago', 'DATE', '2000'],
    [
      'The ferry sailed 1 1/2 weeks ago from the cape.',
      '2003-05-20',
      '1 1/2 weeks ago',
      'DATE',
      '2003-05-09',
    ],
    ['The choir toured for two and a half years.', '2003-05-20', 'two and a half years', 'DURATION', 'P2Y6M'],
    ['The choir toured for a year and a half.', '2003-05-20', 'a year and a half', 'DURATION', 'P1Y6M'],
    ['The choir disbanded a year and a half ago.', '2003-05-20', 'a year and a half ago', 'DATE', '2001'],
    [
      'The kettle boils in one and a half minutes.',
      '2003-05-20',
      'one and a half minutes',
      'DURATION',
      'PT1M30S',
    ],
    ['Toys from 10-15 years ago are back in shops.', '2003-05-20', '10-15 years ago', 'DATE', 'PAST_REF'],
    ['The ferry sails every other day in spring.', '2003-05-20', 'every other day', 'SET', 'P2D'],
    ['Fares were lower in the seventies, the guide said.', '2003-05-20', 'the seventies', 'DATE', '197'],
    ["Fares were lower in the '80s, the guide said.", '2003-05-20', "the '80s", 'DATE', '198X'],
    [
      'Fares will rise in the short term, the guide said.',
      '2003-05-20',
      'the short term',
      'DATE',
      'FUTURE_REF',
    ],
    [
      "The mill's sales rose in 1999's fourth quarter.",
      '2003-05-20',
      "1999's fourth quarter",
      'DATE',
      '1999-Q4',
    ],
    [
      'The mill earned $4 million in the second quarter, compared with a loss of $2 million last year.',
      '2003-08-20',
      'last year',
      'DATE',
      '2002-Q2',
    ],
  ];
  for (const [text, reference, surface, type, value] of cases)
    it(`${surface} in "${text}" → ${type} ${value}`, () => {
      const found = findTimes(text, segment(text), reference).find(
        (time) => text.slice(time.start, time.end) === surface,
      );
      assert.deepEqual(found && { type: found.type, value: found.value }, { type, value });
    });
  it('must not change: a rate or a year without a quarter before it compares years', () => {
    for (const text of [
      'The mill earned $4 million in the second quarter. Output is falling from 3.1% last year to 2%.',
      'The mill sold $4 million of flour, up from $2 million last year.',
    ]) {
      const found = findTimes(text, segment(text), '2003-08-20').find(
        (time) => text.slice(time.start, time.end) === 'last year',
      );
      assert.equal(found?.value, '2002');
    }
  });
  it('must not change: "in his forties" is an age, not a decade', () => {
    const text = 'The keeper, in his forties, rowed out.';
    assert.deepEqual(findTimes(text, segment(text), '2003-05-20'), []);
  });
});

describe('findTimes: a clock time written with a period', () => {
  it('"at 9.15pm on Tuesday" is one sentence and one time (reference Wednesday 2025-06-11)', () => {
    const text = 'The van was stopped at 9.15pm on Tuesday near the bridge.';
    const segments = segment(text);
    assert.equal(segments.sentences.length, 1);
    const times = findTimes(text, segments, '2025-06-11');
    assert.deepEqual(
      times.map((time) => [text.slice(time.start, time.end), time.type, time.value]),
      [['9.15pm on Tuesday', 'TIME', '2025-06-10T21:15']],
    );
  });
});

describe('findTimes: the ordinal "second" before a noun', () => {
  it('"a second Six Nations series" holds no time', () => {
    const text = 'Scotland face the prospect of a second Six Nations series without a victory.';
    assert.equal(findTimes(text, segment(text), '2025-06-11').length, 0);
  });
});

describe('findTimes: a unit repeated in a compound', () => {
  it('"day-to-day control" holds no time', () => {
    const text = 'The chief executive has taken day-to-day control of the struggling unit.';
    assert.equal(findTimes(text, segment(text), '2025-06-11').length, 0);
  });
});

describe('findTimes: two expressions the tagger ran together', () => {
  // reference Wednesday 2025-06-11; sentences invented for these tests
  const cases: readonly [string, string, string][] = [
    ['The band ran the radio station for a week last year.', 'a week', 'P1W'],
    ['The painter died in November 2024 several months after the threats.', 'November 2024', '2024-11'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → ${expected}`, () => {
      const found = findTimes(text, segment(text), '2025-06-11').find(
        (time) => text.slice(time.start, time.end) === surface,
      );
      assert.equal(found?.value, expected);
    });
});

describe('findTimes: a stretch of unstated length and the year to a month', () => {
  // reference Wednesday 2025-06-11; sentences invented for these tests
  const cases: readonly [string, string, string, string][] = [
    [
      'Few anglers joined in the early years of the club, the warden said.',
      'the early years',
      'DURATION',
      'PXY',
    ],
    ['Ferry traffic fell in the opening weeks of the strike.', 'the opening weeks', 'DURATION', 'PXW'],
    ['Kiln sales slumped in the early months of 2021.', 'the early months of 2021', 'DATE', '2021'],
    ['Kiln sales rose 6% in the year to March, the potters said.', 'the year', 'DURATION', 'P1Y'],
    ['The guild lost £2m in the fiscal year to April 2024.', 'fiscal year', 'DURATION', 'P1Y'],
    ['The guild lost £2m in the 12 months to April.', '12 months', 'DURATION', 'P12M'],
  ];
  for (const [text, surface, type, value] of cases)
    it(`"${surface}" in "${text}" → ${type} ${value}`, () => {
      const found = findTimes(text, segment(text), '2025-06-11').find(
        (time) => text.slice(time.start, time.end) === surface,
      );
      assert.deepEqual(found && { type: found.type, value: found.value }, { type, value });
    });
  it('must not change: "the year" without a month after it is the current year', () => {
    const text = 'Kiln sales for the year were flat, the potters said.';
    const found = findTimes(text, segment(text), '2025-06-11').find(
      (time) => text.slice(time.start, time.end) === 'the year',
    );
    assert.equal(found?.value, '2025');
  });
});

describe('findTimes: a 24-hour clock time with its zone and the day after it', () => {
  // reference Wednesday 2025-06-11; sentences invented for these tests
  const cases: readonly [string, string, string][] = [
    [
      'Coastguards were called at about 23:00 BST on Friday, the station said.',
      '23:00 BST on Friday',
      '2025-06-06T23:00',
    ],
    ['The ferry docked at 14:30 GMT on Tuesday.', '14:30 GMT on Tuesday', '2025-06-10T14:30'],
  ];
  for (const [text, surface, expected] of cases)
    it(`"${surface}" in "${text}" → TIME ${expected}`, () => {
      const found = findTimes(text, segment(text), '2025-06-11').find(
        (time) => text.slice(time.start, time.end) === surface,
      );
      assert.deepEqual(found && { type: found.type, value: found.value }, { type: 'TIME', value: expected });
    });
});

describe('findTimes: a month word or a period of a title that names no time (timex44)', () => {
  // reference Wednesday 2026-01-14; sentences invented for these tests
  const found = (text: string): [string, string][] =>
    findTimes(text, segment(text), '2026-01-14').map((time) => [
      text.slice(time.start, time.end),
      time.value,
    ]);
  const none: readonly string[] = [
    'The council leader Maria June had told the press the plan was late.',
    'The grocer agreed to buy rival April Foods for a small sum.',
    'Town founder Agnes May opened the mill. Her cousin said May sold it.',
    'Agnes May opened the mill on the river.',
    'The gift went to the Lakeside Rescue Fund (LRF). LRF and the JAN trust thanked donors.',
    'The baker won the Town Personality of the Year award.',
    'The rower, newly crowned Lakeland Sportswoman of the Year, thanked her coach.',
  ];
  for (const text of none)
    it(`finds no time in "${text}"`, () => {
      assert.deepEqual(found(text), []);
    });
  it('must not change: a month after a preposition or with a day, and a weekday before one', () => {
    assert.deepEqual(found('The ferry sank in May and the inquiry opened in June.'), [
      ['May', '2025-05'],
      ['June', '2025-06'],
    ]);
    assert.deepEqual(
      found('The mill closed on Friday May 8 for repairs.').map(([surface]) => surface),
      ['Friday May 8'],
    );
    assert.deepEqual(found('Rents rise at the End of the Year, the owner said.').length, 1);
  });
  it('must not change: a month after a verb opening its sentence', () => {
    assert.deepEqual(
      found('Released March on the new console, the game sold well.').map(([surface]) => surface),
      ['March'],
    );
  });
  it('keeps the day after a title', () => {
    assert.deepEqual(found('The striker will be named Valley Player of the Year on Monday.'), [
      ['Monday', '2026-01-19'],
    ]);
  });
  it('a month after "in" stays a time where the text names a person with the same word', () => {
    const text = 'Agnes May opened the mill. It closed in May.';
    assert.deepEqual(found(text), [['May', '2025-05']]);
  });
});

describe('findTimes: the 24-hour clock without its colon, with its zone (timex44)', () => {
  // reference Wednesday 2026-01-14; sentences invented for these tests
  const cases: readonly [string, string, string, string][] = [
    ['The pound was trading at $1.31 by 1650 GMT, dealers said.', '1650 GMT', 'TIME', '2026-01-14T16:50'],
    ['Coverage of the regatta starts at 0930 BST on the radio.', '0930 BST', 'TIME', '2026-01-14T09:30'],
    ['The final will be shown at 0130 GMT on Monday.', '0130 GMT on Monday', 'TIME', '2026-01-19T01:30'],
    // must not change: a year stays a year; a zone time in brackets restates the local time
    ['The blast came at 10:35 a.m. (0835 GMT) on the pier.', '10:35 a.m.', 'TIME', '2026-01-14T10:35'],
    ['The mill opened in 1650 beside the river.', '1650', 'DATE', '1650'],
  ];
  for (const [text, surface, type, value] of cases)
    it(`"${surface}" in "${text}" → ${type} ${value}`, () => {
      const found = findTimes(text, segment(text), '2026-01-14').find(
        (time) => text.slice(time.start, time.end) === surface,
      );
      assert.deepEqual(found && { type: found.type, value: found.value }, { type, value });
    });
  it('leaves out a zone time in brackets after a local time', () => {
    const text = 'The blast came at 10:35 a.m. (0835 GMT) on the pier.';
    assert.ok(
      !findTimes(text, segment(text), '2026-01-14').some((time) =>
        /GMT/.test(text.slice(time.start, time.end)),
      ),
    );
  });
});
