// Temporal expressions and their TimeML values, for an article published on Friday 2013-03-22.
import { describe, expect, it } from 'vitest';
import { docOf } from './helpers.js';

function dates(text: string, publishedAt: string | null = '2013-03-22') {
  return docOf(text, publishedAt).dates.map((d) => [d.text, d.value]);
}

/** Text, kind and TimeML value of each expression, in wire copy of 1987 (published 1987-03-01). */
function kinds(text: string) {
  return docOf(text, '1987-03-01').dates.map((d) => [d.text, d.kind, d.value]);
}

describe('dates', () => {
  it('reads a year before the figure it dates ("its 1986 loss", "bonds due 1997 yielding"), not before a count', () => {
    expect(kinds('The company said its 1986 loss was 3 mln dlrs, and it sold bonds due 1997 yielding 8.5 pct.')).toEqual([
      ['1986', 'date', '1986'],
      ['1997', 'date', '1997'],
    ]);
    expect(kinds('Its 2000 employees and 1500 workers at the plant were laid off.')).toEqual([]);
  });

  it('reads "the same day" as the last day named, and "the day" too when that day is past', () => {
    const got = (text: string) => docOf(text, '2013-03-22').dates.map((d) => [d.text, d.value]);
    expect(got('Investors pay for the bond on April 9, and it pays interest on the same day.')).toEqual([['April 9', '2013-04-09'], ['the same day', '2013-04-09']]);
    expect(got('On Wednesday, the Dow fell 2 percent to end the day at 14,000.')).toEqual([['Wednesday', '2013-03-20'], ['the day', '2013-03-20']]);
    // After "tomorrow", wire copy's "the day" is the day it reports.
    expect(got('Funds will be allocated tomorrow, and shares rose during the day.')).toEqual([['tomorrow', '2013-03-23'], ['the day', '2013-03-22']]);
  });

  it('reads a part of the day or the year with its part ("the start of the day", "late in the day", "early in the year")', () => {
    const got = (t: string) => docOf(t).dates.map((d) => [d.text, d.value, d.mod]);
    expect(got('After a fall at the start of the day, the Dow rebounded late in the day.')).toEqual([
      ['the start of the day', '2013-03-22', 'START'],
      ['late in the day', '2013-03-22', 'END'],
    ]);
    expect(got('Sales rose early in the year.')).toEqual([['early in the year', '2013', 'START']]);
    // a past day named before is the day meant, as for "the day"
    expect(got('On Wednesday, the Dow rose late in the day.')).toEqual([['Wednesday', '2013-03-20', null], ['late in the day', '2013-03-20', 'END']]);
  });

  it('reads a day named right after a place or a company, as wire copy writes it ("in Tokyo Monday"), but not "Black Monday"', () => {
    expect(dates('Stock prices dropped sharply in Europe and Asia Monday, with fears of a recession.')).toEqual([['Monday', '2013-03-18']]);
    expect(docOf('Shares fell in Tokyo Monday.').entities.map((e) => e.name)).toEqual(['Tokyo']);
    expect(dates('Stocks fell on Black Monday.')).toEqual([]);
    // after a name the article also writes on its own (Reuters: "paid by Hutton ... struck with Hutton Friday")
    expect(dates('The price being paid by Hutton is fully valued. A deal was struck with Hutton Friday.')).toEqual([['Friday', '2013-03-22']]);
    expect(dates('The crash is known as Black Monday. Black traders lost on Black Monday.')).toEqual([]);
  });

  it('reads "for a second consecutive day", "the third straight session" as the day of the report (MEANTIME annotates them so)', () => {
    expect(dates('Trading has been suspended for a second consecutive day. Shares closed higher for the seventh consecutive session.')).toEqual([
      ['a second consecutive day', '2013-03-22'],
      ['the seventh consecutive session', '2013-03-22'],
    ]);
  });

  it('reads no year in a futures price table ("MAR8  2130B  2125") nor an index level decades ahead, but "until the year 2050" (Reuters)', () => {
    // (a price that could be a year, "JUL7  1975B  1960", still reads as one)
    expect(dates('FLAX   OPEN   P SETT  JUL7  1975B   OCT7  2050B   2040  MAR8  2130B   2125', '1987-04-07')).toEqual([]);
    // ("of 2188" may still be a year: "of" introduces one)
    expect(dates('The index hit a new high of 2188 versus 2179 on Friday.', '1987-04-07').map(([t]) => t)).not.toContain('2179');
    expect(dates('The peg will be maintained until the year 2050.', '1987-04-07')).toEqual([['2050', '2050']]);
  });

  it('reads a day written before a short month name, as British and Indian news writes it', () => {
    expect(dates('The talks resumed on 12 March. The deal will be signed on 10 June. It will take effect on 1 July.')).toEqual([
      ['12 March', '2013-03-12'],
      ['10 June', '2013-06-10'],
      ['1 July', '2013-07-01'],
    ]);
    // a participle after "be" is passive, not past: "will be signed" points ahead (one sentence, after a past verb)
    expect(dates('The talks resumed on 12 March; the deal will be signed on 10 June and take effect on 1 July.')).toEqual([
      ['12 March', '2013-03-12'],
      ['10 June', '2013-06-10'],
      ['1 July', '2013-07-01'],
    ]);
    // not a number that ends the row above in a table of prices
    expect(dates('Jun    146.00 146.00     8\n Jul       --- 145.50').filter(([t]) => t === 'Jul')).toEqual([]);
  });

  it('reads a month and its part written as one word', () => {
    const got = docOf('The forum opens in mid-October; the talks end in mid-April 2014. Talks will resume in mid-May.', '2013-03-22').dates.map((d) => [d.text, d.value, d.mod]);
    expect(got).toEqual([
      ['mid-October', '2013-10', 'MID'],
      ['mid-April 2014', '2014-04', 'MID'],
      ['mid-May', '2013-05', 'MID'],
    ]);
  });


  it.each([
    ['The deal was signed on March 22, 2013, in Paris.', ['March 22, 2013', '2013-03-22']],
    ['The company said on Thursday that profits rose.', ['Thursday', '2013-03-21']],
    ['Sales fell last week.', ['last week', '2013-W11']],
    ['It lost money in the first quarter of 2008.', ['the first quarter of 2008', '2008-Q1']],
    ['Prices rose last autumn.', ['last autumn', '2012-FA']],
    ['The plant will open early next month.', ['early next month', '2013-04']],
    ['The talks lasted two years.', ['two years', 'P2Y']],
    ['He signed a three-month contract.', ['three-month', 'P3M']],
    ['In recent years the market grew.', ['In recent years', 'PAST_REF']],
    ['Demand is strong now.', ['now', 'PRESENT_REF']],
    ['Carmakers were hit hard in the recent economic downturn.', ['recent', 'PAST_REF']],
    ['Cars of the 1990s were heavier.', ['1990s', '199']],
    ['It grew in fiscal 1987.', ['fiscal 1987', 'FY1987']],
    ['Profit doubled in FY2024.', ['FY2024', 'FY2024']],
    ['Guidance for FY25 was raised.', ['FY25', 'FY2025']],
    ['Revenue rose in H1 2023.', ['H1 2023', '2023-H1']],
    ['Shares traded at 08:30 UTC.', ['08:30 UTC', '2013-03-22T08:30Z']],
    ['The fee is paid every year.', ['every year', 'P1Y']],
    ['The plant closed three years ago.', ['three years ago', '2010']],
  ])('%s', (text, want) => {
    expect(dates(text)).toContainEqual(want);
  });

  it('reads holidays, fixed and movable, in the year the tense points to', () => {
    expect(dates('Britain and the EU struck a trade deal on Christmas Eve.', '2020-12-28')).toEqual([['Christmas Eve', '2020-12-24']]);
    expect(dates('The Fed will ease by Easter, he predicted.', '1987-02-26')).toEqual([['Easter', '1987-04-19']]);
    expect(dates('Shops were busy over Thanksgiving 1986 and on Good Friday.', '1987-04-20')).toEqual([
      ['Thanksgiving 1986', '1986-11-27'],
      ['Good Friday', '1987-04-17'],
    ]);
    // A holiday's name that modifies a noun names no day.
    expect(dates('Sales of Christmas trees rose. He flew to Easter Island.', '2020-12-28')).toEqual([]);
    // US market holidays, however long their names.
    expect(dates("US markets were closed for Martin Luther King Jr. Day and will shut again on Presidents' Day.", '2008-01-22')).toEqual([
      ['Martin Luther King Jr. Day', '2008-01-21'],
      ["Presidents' Day", '2008-02-18'],
    ]);
  });

  it('reads clock times of wire copy with their zone, and no year in a clock time, a count or a model', () => {
    const clock = kinds('Trades entered by 1000 London time count, and the session runs from 1700 to 2100 local Chicago time.');
    expect(clock).toContainEqual(['1000 London time', 'time', '1987-03-01T10:00']);
    expect(clock).toContainEqual(['from 1700 to 2100 local Chicago time', 'range', '1987-03-01T17:00']);
    expect(clock.filter((k) => k[1] === 'date')).toEqual([]);
    expect(kinds('It serves 1500 campus users and will sell its DC-10s. The stock traded in the mid 30s.')).toEqual([]);
    expect(kinds('It grew in the mid-1960s and in the 60s.')).toEqual([
      ['mid-1960s', 'date', '196'],
      ['60s', 'date', '196'],
    ]);
  });

  it('reads "recent years" without the "in" before it, as TimeML marks it (MEANTIME: "some of the biggest losses in recent years"), but with the "In" that opens a sentence, as the seed article\'s gold marks it', () => {
    expect(dates('Stocks suffered some of the biggest losses in recent years.')).toEqual([['recent years', 'PAST_REF']]);
    expect(dates('In recent years, the college has built eight training bases.')).toEqual([['In recent years', 'PAST_REF']]);
  });

  it('reads "the week" of "earlier in the week" and "the rest of the week" as the report\'s week, not "the week before" (Reuters, MEANTIME)', () => {
    expect(dates('The move follows similar increases earlier in the week by other banks.', '1987-04-02')).toEqual([['the week', '1987-W14']]);
    expect(dates('The index could continue to gain for the remainder of the week.', '2009-10-12')).toEqual([['the week', '2009-W42']]);
    expect(dates('The week before, shares fell.', '2009-10-12')).toEqual([]);
  });

  it('reads no unspecified past in "most recent"', () => {
    expect(dates('The antenna of their most recent model failed.')).toEqual([]);
  });

  it('leaves the year unknown without an anchor', () => {
    expect(dates('The forum opened on September 9.', null)).toEqual([['September 9', 'XXXX-09-09']]);
    expect(dates('The treaty was signed in Rome last October.', null)).toEqual([['last October', 'XXXX-10']]);
  });

  it('resolves against the date line under the headline when publishedAt names another day', () => {
    const doc = docOf('Dow Jones falls\nOctober 10, 2008\nFollowing a large fall at the start of the day, the Dow Jones rose.', '2008-10-20');
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([['the start of the day', '2008-10-10']]);
    expect(doc.anchor).toEqual({ kind: 'creationTime', value: '2008-10-10' });
    expect(doc.messages.map((m) => m.ruleId)).toContain('date.anchor-creation-time');
    expect(docOf('Dow Jones falls\nOctober 20, 2008\nThe Dow rose on the day.', '2008-10-20').anchor.kind).toBe('publishedAt');
  });

  it('keeps the date line under the headline out of the dates where metadata gives the publication date, and as a date where nothing else does (MEANTIME)', () => {
    const text = 'Airbus A380 test flight delayed after accident\nSeptember 01, 2007\nA test flight of the new Airbus A380 was delayed today.';
    expect(docOf(text, '2007-09-01').dates.map((d) => [d.text, d.value])).toEqual([['today', '2007-09-01']]);
    const own = docOf(text, null);
    expect(own.dates.map((d) => [d.text, d.value])).toEqual([['September 01, 2007', '2007-09-01'], ['today', '2007-09-01']]);
    expect(own.article.publishedAt).toBe('2007-09-01');
  });

  it('points a date ahead when a verb of a schedule governs it, whatever the tense of the sentence', () => {
    expect(kinds('The tender offer expires on April 9, the company said.')).toEqual([['April 9', 'date', '1987-04-09']]);
    expect(kinds('The fiscal year, which starts April 1, will bring cuts, he said.')).toEqual([['April 1', 'date', '1987-04-01']]);
    expect(dates('The council meets on Thursday, officials said.')).toEqual([['Thursday', '2013-03-28']]);
    expect(dates('Stock splits in April were approved, it said.', '1987-03-01')).toEqual([['April', '1986-04']]);
    // (past the hour of the day: "at midnight", "at 5 p.m.")
    expect(dates('The offer expires at midnight Friday. The second one expires at 5 p.m. on Friday, the company said.', '1989-11-02')).toEqual([
      ['Friday', '1989-11-03'],
      ['5 p.m.', '1989-11-03T17:00'],
      ['Friday', '1989-11-03'],
    ]);
  });

  it('points a date ahead that a meeting is set for: past an infinitive after the date ("will hold a meeting on July 28 to review"), and after "has scheduled" or "has called", not past "since" (Reuters)', () => {
    expect(dates('Woodstream Corp said its board will hold a special meeting on July 28 to review a "strategic plan" developed by management.', '1987-06-18')).toEqual([['July 28', '1987-07-28']]);
    expect(dates('Modulaire has scheduled a special shareholders meeting for July 15 to vote on the merger, it said.', '1987-06-01')).toEqual([['July 15', '1987-07-15']]);
    expect(dates("The country's labour unions have called a general strike for Wednesday to press for a suspension of the program.", '1987-03-19')).toEqual([['Wednesday', '1987-03-25']]);
    expect(dates('The rate is the 3.80 pct the bank has set since its monetary package at the end of January.', '1987-04-07')).toEqual([['the end of January', '1987-01']]);
  });

  it('points a date ahead after "would" in reported speech ("said the supervisory board would meet on April 9"), not a day\'s event named with a possessive or a name after it, nor "would have" (Reuters)', () => {
    expect(dates('The company spokesman said the supervisory board would meet on April 9 to examine the losses.', '1987-03-12')).toEqual([['April 9', '1987-04-09']]);
    expect(dates('A spokeswoman said details of the accord would be outlined at a news conference on Thursday in Milan.', '1987-03-02')).toEqual([['Thursday', '1987-03-05']]);
    expect(dates("Sea captains voiced fears that Iran would avenge Monday's U.S. raids.", '1987-10-20')).toEqual([["Monday", '1987-10-19']]);
    expect(dates('Baker said the U.S. would re-examine the February Louvre Accord.', '1987-10-19')).toEqual([['February', '1987-02']]);
    expect(dates('He said the board would have met on April 9 had the bid gone ahead.', '1987-06-12')).toEqual([['April 9', '1987-04-09']]);
  });

  it('reads no past in a base form ending in "-eed" after a modal ("will succeed John M. Henske as chief executive officer on April 30", Reuters)', () => {
    expect(dates('Olin Corp said John W. Johnstone Jr, 54, president and chief operating officer, will succeed John M. Henske as chief executive officer on April 30.', '1987-02-26')).toEqual([['April 30', '1987-04-30']]);
  });

  it('ends a range without a year of its own after its start', () => {
    const r = (text: string, published: string) => docOf(text, published).dates.filter((d) => d.kind === 'range').map((d) => [d.rangeStart, d.rangeEnd, d.value]);
    expect(r('Quotas applied between March 20 and April 5, it said.', '1987-03-25')).toEqual([['1987-03-20', '1987-04-05', 'P16D']]);
    expect(r('The season runs from November to February, he said.', '1987-03-25')).toEqual([['1987-11', '1988-02', 'P3M']]);
    expect(r('Talks ran from Sunday to Thursday, he said.', '1987-06-27')).toEqual([['1987-06-21', '1987-06-25', 'P4D']]);
    expect(r('Talks ran from Saturday to Thursday, he said.', '1987-06-29')).toEqual([['1987-06-20', '1987-06-25', 'P5D']]);
    expect(r('Talks will run from Sunday to Thursday, he said.', '1987-06-26')).toEqual([['1987-06-28', '1987-07-02', 'P4D']]);
  });

  it('points an underspecified date by tense', () => {
    expect(dates('The board will meet on Monday.')).toEqual([['Monday', '2013-03-25']]);
    expect(dates('The board met on Monday.')).toEqual([['Monday', '2013-03-18']]);
  });

  it('reads "132,000 week ago" in a table of figures as a week ago, not 132,000 weeks', () => {
    expect(dates('Slaughter was 128,000 head versus 132,000 week ago and 137,000 a year ago.', '1987-06-02')).toEqual([
      ['week ago', '1987-W22'],
      ['a year ago', '1986'],
    ]);
  });

  it('reads the days below ten written in words, as wire copy writes them', () => {
    expect(kinds('The dividend is payable May One to holders of record April Eight.')).toEqual([
      ['May One', 'date', '1987-05-01'],
      ['April Eight', 'date', '1987-04-08'],
    ]);
    expect(kinds('Alpha Corp said:\n    Qtly div 25 cts vs 25 cts prior\n    Pay June 15\n    Record May Eight\n').map((d) => d[2])).toEqual(['1987-06-15', '1987-05-08']);
    expect(kinds('In March one analyst said talks run from April one through July.').map((d) => d[0])).toEqual(['March', 'from April one through July', 'April one', 'July']);
  });

  it('reads ranges and flags one that ends before it starts', () => {
    const d = docOf('Deliveries run from 2009 to 2011.').dates;
    expect(d.map((x) => [x.text, x.kind, x.value])).toEqual([
      ['from 2009 to 2011', 'range', 'P2Y'],
      ['2009', 'date', '2009'],
      ['2011', 'date', '2011'],
    ]);
    const bad = docOf('From September 26 to 9, the forum was held.', null).dates[0];
    expect([bad.rangeStart, bad.rangeEnd, bad.warnings[0].ruleId]).toEqual(['XXXX-09-26', 'XXXX-09-09', 'date.range-ends-before-start']);
  });

  it('reads "the 1986 year" as the year, not a duration of 1,986 years', () => {
    expect(kinds('Net profit for the 1986 year rose, 1987 full year results will follow, and the plan runs for 5 years.')).toEqual([
      ['1986', 'date', '1986'],
      ['1987', 'date', '1987'],
      ['5 years', 'duration', 'P5Y'],
    ]);
  });

  it('reads a quarter named by its months, and a month of the year named after it', () => {
    expect(dates('Net profit for the April-June quarter rose from the January–March period, and Jio, launched in September last year, will meet on July 21 next year.', '2017-07-21')).toEqual([
      ['the April-June quarter', '2017-Q2'],
      ['the January–March period', '2017-Q1'],
      ['September last year', '2016-09'],
      ['July 21 next year', '2018-07-21'],
    ]);
  });

  it('reads "a year" taken or lasted as a duration, and "a year" of a rate as a frequency', () => {
    expect(kinds('Regulators could take up to a year to approve the deal, the review lasted a month, and he earns $5 a year.')).toEqual([
      ['up to a year', 'duration', 'P1Y'],
      ['a month', 'duration', 'P1M'],
      ['a year', 'set', 'P1Y'],
    ]);
    expect(kinds('Tesco seeks to save 300 million pounds ($392 million) a year.')).toEqual([['a year', 'set', 'P1Y']]);
  });

  it('reads wire copy\'s abbreviations: "nine mths", "36 hrs", "at 1530 hrs", "the 1986 qtr"', () => {
    expect(kinds('The strike began at 1530 hrs and lasted 36 hrs. Nine mths net fell, as it did in the corresponding 1986 period and the 1986 qtr.')).toEqual([
      ['1530 hrs', 'time', '1987-03-01T15:30'],
      ['36 hrs', 'duration', 'PT36H'],
      ['Nine mths', 'duration', 'P9M'],
      ['1986', 'date', '1986'],
      ['1986', 'date', '1986'],
    ]);
  });

  it('reads "the coming weeks" as the future and the part of a decade', () => {
    const got = docOf('Talks will resume in the coming weeks. In the late 1990s it grew.').dates.map((d) => [d.text, d.value, d.mod ?? null]);
    expect(got).toEqual([
      ['the coming weeks', 'FUTURE_REF', null],
      ['the late 1990s', '199', 'END'],
    ]);
  });

  it('reads a span of years written with a dash as a range', () => {
    const got = docOf('They signed an action plan for 2024-2026, a programme for 2019–2021 and one for the 2020-21 season.', '2024-03-01').dates;
    expect(got.filter((d) => d.kind === 'range').map((d) => [d.text, d.value, d.rangeStart, d.rangeEnd])).toEqual([
      ['2024-2026', 'P2Y', '2024', '2026'],
      ['2019–2021', 'P2Y', '2019', '2021'],
      ['2020-21', 'P1Y', '2020', '2021'],
    ]);
  });

  it('does not take counts, money or model numbers for years', () => {
    expect(dates('The firm cut 2000 jobs and paid $2010 for a Boeing 1990.')).toEqual([]);
  });

  it('reads days of a month written as one token ("May 11-21") as a range, and "60-90 days" as a duration between two lengths', () => {
    const d = docOf('The dividend is payable May 11-21. Wheat for June 1-15, 1987 shipment sold. Deposits of 60-90 days paid 4.33 pct, as they did 10-15 years ago.', '1987-03-01').dates;
    expect(d.map((x) => [x.text, x.kind, x.value, x.rangeStart, x.rangeEnd])).toEqual([
      ['May 11-21', 'range', 'P10D', '1987-05-11', '1987-05-21'],
      ['June 1-15, 1987', 'range', 'P14D', '1987-06-01', '1987-06-15'],
      ['60-90 days', 'duration', 'P60D', 'P60D', 'P90D'],
      ['10-15 years ago', 'date', 'PAST_REF', null, null],
    ]);
  });

  it('gives a range\'s start the year written after its end ("Between February and October of 1986", Reuters), not a year the start says', () => {
    const rows = docOf('Prices fell between February and October of 1986. Deliveries run from August this year to February, 1990.', '1987-03-04').dates;
    expect(rows.filter((d) => d.kind === 'range').map((d) => [d.rangeStart, d.rangeEnd])).toEqual([
      ['1986-02', '1986-10'],
      ['1987-08', '1990-02'],
    ]);
    // (and after a day that ends it alone: Reuters 8871, 15597)
    const days = docOf('The offer runs from September 1 to 30, 1987. Prices fell between Dec 23 and 31, 1986.', '1987-03-04').dates;
    expect(days.map((d) => [d.text, d.rangeStart, d.rangeEnd])).toEqual([
      ['from September 1 to 30, 1987', '1987-09-01', '1987-09-30'],
      ['between Dec 23 and 31, 1986', '1986-12-23', '1986-12-31'],
    ]);
  });

  it('takes the tense of the verb a date belongs to when a participle follows it, not of a later clause (Wikinews: "closed ... on Monday, amidst ... worries that the government will nationalize")', () => {
    expect(dates('Three major United States stock market indexes closed at their lowest levels in over a decade on Monday, amidst declining investor confidence and worries that the government will nationalize the banks.', '2009-02-24')).toContainEqual(['Monday', '2009-02-23']);
    expect(dates('The revision should be approved by parliament on March 3, abolishing the minimum interest rate.', '1987-02-26')).toContainEqual(['March 3', '1987-03-03']);
  });

  it('reads a quarter with the year named after it as one expression ("the fourth quarter last year"), and no length of time in "a year-on-year decline" (Reuters)', () => {
    expect(kinds('Earnings fell from 65 cts in the fourth quarter last year, after a year-on-year decline in January.')).toEqual([
      ['the fourth quarter last year', 'date', '1986-Q4'],
      ['January', 'date', '1987-01'],
    ]);
  });

  it('dates a quarter not yet begun that the past tense reports to last year, not one looked ahead to or a fiscal quarter named by its end; reads a year before the quarter with it (Reuters, Wikinews)', () => {
    expect(dates('GM reported losing US$ 4.8 billion in the fourth quarter. Fourth-quarter earnings fell from the 1985 fourth quarter.', '2006-01-27')).toEqual([
      ['the fourth quarter', '2005-Q4'],
      ['Fourth-quarter', '2005-Q4'],
      ['the 1985 fourth quarter', '1985-Q4'],
    ]);
    expect(dates('Ford has announced cuts, resulting in the closure of plants during the fourth quarter.', '2006-08-19')).toEqual([['the fourth quarter', '2006-Q4']]);
    expect(dates('The company said it expects to report a loss for the third quarter. It reported a profit for the second quarter ended February 28.', '1987-03-05')).toEqual([
      ['the third quarter', '1987-Q3'],
      ['the second quarter', '1987-Q2'],
      ['February 28', '1987-02-28'],
    ]);
    // (half of something else)
    expect(dates('Orders are taken in the final half hour, and the second half of the season starts soon.', '1987-03-05')).toEqual([]);
  });

  it('dates "the day before" and "the day after" from the day the sentence is about, or the report\'s (Reuters: "yesterday and the day before"), not before what they are before or after', () => {
    expect(dates('Volume was 150 million shares, up from 120 million shares the day before. On Tuesday it fell, after rising the day before.', '1989-11-02')).toEqual([
      ['the day before', '1989-11-01'],
      ['Tuesday', '1989-10-31'],
      ['the day before', '1989-10-30'],
    ]);
    expect(dates('"The events we sustained yesterday and the day before are a very serious setback," he said.', '1987-04-03')).toEqual([
      ['yesterday', '1987-04-02'],
      ['the day before', '1987-04-01'],
    ]);
    expect(dates('The interest is reset the day after each weekly T-bill auction.', '1987-04-03')).toEqual([['the day', '1987-04-03']]);
  });

  it('reads a season with its year, or after a preposition the nearest one the verb points to, and not a crop ("winter wheat")', () => {
    expect(dates('The plant will open in the spring. Exports slowed over the summer. The Bank expects a decision before summer.', '2005-11-17')).toEqual([
      ['the spring', '2006-SP'],
      ['the summer', '2005-SU'],
      ['summer', '2006-SU'],
    ]);
    expect(kinds('Prices peaked in the summer of 1986 and again in spring 1984, not since the Autumn of 1985.')).toEqual([
      ['the summer of 1986', 'date', '1986-SU'],
      ['spring 1984', 'date', '1984-SP'],
      ['the Autumn of 1985', 'date', '1985-FA'],
    ]);
    expect(kinds('Winter wheat plantings rose, and spring plantings and the fall in prices were reported.')).toEqual([]);
    // (a table's row is no season of the year 1639)
    expect(kinds('WINTER         1639').map((d) => d[2])).not.toContain('1639-WI');
  });

  it('reads "a year earlier" as "a year ago" is read, and "the same period last year" as one expression (Reuters, MEANTIME)', () => {
    expect(kinds('Profits rose 12 pct from a year earlier, and sales were higher than a month earlier.')).toEqual([
      ['a year earlier', 'date', '1986'],
      ['a month earlier', 'date', '1987-02'],
    ]);
    expect(kinds('Sales rose from the same period last year and from the same quarter a year ago.')).toEqual([
      ['the same period last year', 'date', '1986'],
      ['the same quarter a year ago', 'date', '1986'],
    ]);
  });

  it('dates "the same month/quarter/period last year" as the month or quarter the sentence named, a year before (Reuters: "revenues for February rose ... from the same month last year")', () => {
    expect(kinds('Knight-Ridder Inc said total revenues for February rose 12 pct from the same month last year.')).toEqual([
      ['February', 'date', '1987-02'],
      ['the same month last year', 'date', '1986-02'],
    ]);
    expect(kinds('Turnover for the whole of the first quarter was 2.87 mln contracts against 1.52 mln in the same period last year.').map((d) => d[2])).toEqual(['1987-Q1', '1986-Q1']);
    // (not a period the sentence names otherwise: "between the beginning of January and February 24")
    expect(kinds('Thailand exported 689,038 tonnes between the beginning of January and February 24, up from the same period last year.').pop()).toEqual(['the same period last year', 'date', '1986']);
  });

  it('reads "late March" and "early June 2004" as the part of the month, as "mid-March" is read', () => {
    expect(docOf('Shares fell in late March and rose in early June 2004.', '2005-11-17').dates.map((d) => [d.text, d.value, d.mod])).toEqual([
      ['late March', '2005-03', 'END'],
      ['early June 2004', '2004-06', 'START'],
    ]);
  });

  it('reads a date an appointment is set for as ahead ("is set for 9 a.m. on Wednesday", "is scheduled for Friday")', () => {
    expect(dates('The meeting is set for 9 a.m. EST on Wednesday. The vote is scheduled for Friday. The vote was scheduled for Friday.', '2005-11-17')).toEqual([
      ['9 a.m. EST', '2005-11-23T09:00'],
      ['Wednesday', '2005-11-23'],
      ['Friday', '2005-11-18'],
      ['Friday', '2005-11-11'],
    ]);
  });

  it('reads the part of the day of a trading session, on the day the article reports ("said on Tuesday ... rose in morning trading")', () => {
    const rows = docOf("Ford said on Tuesday that sales rose. Ford's stock rose to a five-year high in morning trading, and fell in early afternoon trading.", '2010-03-03').dates;
    expect(rows.map((d) => [d.text, d.value])).toEqual([
      ['Tuesday', '2010-03-02'],
      ['five-year', 'P5Y'],
      ['morning', '2010-03-02TMO'],
      ['afternoon', '2010-03-02TAF'],
    ]);
    expect(docOf('The morning was cold.').dates).toEqual([]);
  });

  it('reads "Today" or "Tomorrow" capitalised inside a sentence as a name ("USA Today", NBC\'s "Today" program, "Seeds of Tomorrow")', () => {
    expect(dates('Gannett Co\'s USA Today said it carried 957 pages. Miller said on NBC\'s "Today" program that he agreed.')).toEqual([]);
    expect(dates('The poll, published in "Today," showed support. It entered a joint venture with Seeds of Tomorrow to develop plants.')).toEqual([]);
    expect(dates('Overnight and tomorrow-next funds doubled.')).toEqual([]);
    // (a quoted sentence's first word is still the day)
    expect(dates('He said. "Today we still have lower interest rates," he added. Yesterday, USAir rejected the bid.')).toEqual([
      ['Today', '2013-03-22'],
      ['Yesterday', '2013-03-21'],
    ]);
  });

  it('reads days before their month as a range ("5-7 June 2024", "21-23 March") and "end-1986" as the end of a year', () => {
    const found = docOf('The talks run from 5-7 June 2024 and on 21-23 March; debt was 316.7 billion francs at end-1986.', '2024-06-01').dates.map((d) => [d.text, d.value, d.rangeStart ?? d.mod ?? null]);
    expect(found).toEqual([
      ['5-7 June 2024', 'P2D', '2024-06-05'],
      ['21-23 March', 'P2D', '2024-03-21'],
      ['end-1986', '1986', 'END'],
    ]);
  });

  it('reads "the end of the decade" as a part of the report\'s decade, as TimeML writes a decade ("202")', () => {
    const found = (text: string, at: string) => docOf(text, at).dates.map((d) => [d.text, d.value, d.mod]);
    expect(found('Volkswagen will cut more than 35,000 jobs in Germany by the end of the decade.', '2024-12-21')).toEqual([['the end of the decade', '202', 'END']]);
    expect(found('Output has fallen since the beginning of the decade.', '1987-03-20')).toEqual([['the beginning of the decade', '198', 'START']]);
  });

  it('reads "year-end" after a preposition or before a year as the end of a year: the one written, the report\'s for a deadline or ahead, the one just ended in the past tense (Reuters)', () => {
    const found = (text: string) => docOf(text, '1987-03-20').dates.map((d) => [d.text, d.value, d.mod]);
    // Reuters 4016, 2769, 891, 3338
    expect(found('Reserves fell from 1.12 billion barrels at year-end 1985.')).toEqual([['year-end 1985', '1985', 'END']]);
    expect(found('Colonial had assets at year-end of about 150 mln dlrs.')).toEqual([['year-end', '1986', 'END']]);
    expect(found('Bankers predict the dollar will rise by year-end.')).toEqual([['year-end', '1987', 'END']]);
    expect(found('Solomon forecast inflation at 4.5 pct by year-end.')).toEqual([['year-end', '1987', 'END']]);
    // (not a noun the year's end describes)
    expect(found('The company reported year-end results.')).toEqual([]);
  });

  it('reads a historic day news names bare as that year\'s ("the September 11 attacks" were in 2001), not the same day another year', () => {
    // (Wikinews 61327)
    expect(dates('The slip followed the re-opening of the markets following the September 11th terrorist attacks.', '2007-02-28')).toEqual([['September 11th', '2001-09-11']]);
    expect(dates('It was the biggest fall since the September 11 attacks.', '2006-05-22')).toEqual([['September 11', '2001-09-11']]);
    expect(dates('The board met on September 11 to discuss attacks on its policy.', '2006-10-02')).toEqual([['September 11', '2006-09-11']]);
  });

  it('reads numeric dates written day first or year first ("14/05/2023", "12.05.2023", "2023/05/14"), and 5/14/2023 month first', () => {
    expect(dates('It was signed on 12.05.2023, on 14/05/2023, on 5/14/2023 and on 2023/05/14.', '2024-06-01')).toEqual([
      ['12.05.2023', '2023-05-12'],
      ['14/05/2023', '2023-05-14'],
      ['5/14/2023', '2023-05-14'],
      ['2023/05/14', '2023-05-14'],
    ]);
  });

  it('reads "from 3 to 5 September" as one range of days, and no range in "rose 3 to 5 pct in September"', () => {
    const found = docOf('The forum will be held from 3 to 5 September in Vladivostok.', '2024-06-01').dates.map((d) => [d.text, d.value, d.rangeStart, d.rangeEnd]);
    expect(found).toEqual([['3 to 5 September', 'P2D', '2024-09-03', '2024-09-05']]);
    expect(docOf('Prices rose 3 to 5 pct in September.', '2024-11-28').dates.map((d) => d.text)).toEqual(['September']);
  });

  it('reads "every two years", "every 30 minutes" as sets, not durations', () => {
    expect(docOf('The memorandum will be reviewed every two years, and positions every 30 minutes.', '2024-11-28').dates.map((d) => [d.text, d.kind, d.value])).toEqual([
      ['every two years', 'set', 'P2Y'],
      ['every 30 minutes', 'set', 'PT30M'],
    ]);
  });

  it('gives a month joined by "to" or "through" to a month with its year the same year ("for January to March this year", "in January to September 1986"), with no "from" (Reuters)', () => {
    expect(dates('An average dollar rate of 2.07 guilders would take turnover for January to March this year to less than 13 billion guilders.', '1987-04-08')).toEqual([['January', '1987-01'], ['March this year', '1987-03']]);
    expect(dates('Labour productivity rose 3.7 pct in the first nine months against 4.8 pct growth in January to September 1986.', '1987-10-19')).toEqual([['the first nine months', 'P9M'], ['January', '1986-01'], ['September 1986', '1986-09']]);
  });

  it('reads two calendar days joined by a dash as a range ("Nov. 30-Dec. 1"), the year after the end the start\'s too ("May 15-June 15, 1987")', () => {
    const found = (text: string, pub: string) => docOf(text, pub).dates.filter((d) => d.kind === 'range').map((d) => [d.text, d.value, d.rangeStart, d.rangeEnd]);
    expect(found('The summit is scheduled for Nov. 30-Dec. 1 in Dubai.', '2024-11-20')).toEqual([['Nov. 30-Dec. 1', 'P1D', '2024-11-30', '2024-12-01']]);
    expect(found('The wheat flour is for delivery May 15-June 15, 1987, the department said.', '1987-04-20')).toEqual([['May 15-June 15, 1987', 'P31D', '1987-05-15', '1987-06-15']]);
  });

  it('reads a lone day beside a date as a date of its own, in the same month ("on March 26 and 27", "14 and 15 October"), not a number that counts ("June 1 and 2 million")', () => {
    expect(dates('Ministers will meet in Brussels on March 30 and 31 to discuss the farm budget.', '1987-03-20')).toEqual([['March 30', '1987-03-30'], ['31', '1987-03-31']]);
    expect(dates('Cox said it bought 278,000 shares on March 26 and 27 at prices ranging from 13.29 to 17.04 dlrs.', '1987-04-01')).toEqual([['March 26', '1987-03-26'], ['27', '1987-03-27']]);
    expect(dates('The investment forum takes place on 14 and 15 October in Astana.', '2025-05-12')).toEqual([['14', '2025-10-14'], ['15 October', '2025-10-15']]);
    expect(dates('Sales rose on June 1 and 2 million units were sold.', '2025-06-12')).toEqual([['June 1', '2025-06-01']]);
    expect(dates('The vote falls between 14 and 15 October.', '2025-05-12').map(([t]) => t)).not.toContain('14');
  });

  it('reads "takes place" before a date as a schedule, ahead ("The shareholders\' meeting takes place on May 22 in Hamburg")', () => {
    expect(dates("The shareholders' meeting takes place on May 22 in Hamburg.", '1987-03-20')).toEqual([['May 22', '1987-05-22']]);
  });

  it('reads a passive after "to be" as still to come ("The merger is expected to be completed in June", "a stock dividend to be distributed May 1")', () => {
    expect(dates('The merger is expected to be completed in June, they said.', '1987-03-31')).toEqual([['June', '1987-06']]);
    expect(dates('The board voted a 50 pct stock dividend to be distributed May 1, record April 15.', '1987-03-20')).toEqual([['May 1', '1987-05-01'], ['April 15', '1987-04-15']]);
    expect(dates('The takeover is expected to be completed by early February, subject to regulatory approval.', '2010-01-19')).toEqual([['early February', '2010-02']]);
  });

  it('reads dates ahead after "is to", "is expected", "is on", "does not expire until" and "has been set for" ("Closing is expected by May 15", "The offer does not expire until April 14")', () => {
    const pub = '1987-03-18';
    expect(dates('The Wagner and Brown-AFG offer does not expire until April 14, so shareholders have time to decide.', pub)).toEqual([['April 14', '1987-04-14']]);
    expect(dates('Closing is expected by May 15, subject to financing.', pub)).toEqual([['May 15', '1987-05-15']]);
    expect(dates('On June 30, Ontario is to introduce rules for the securities industry.', pub)).toEqual([['June 30', '1987-06-30']]);
    expect(dates('Vernitron said the record date for the meeting has been tentatively set for May 15.', pub)).toEqual([['May 15', '1987-05-15']]);
    expect(dates('The price is to be set on March 4, issue date is March 6 and redemption at par is on September 7.', '1987-03-03')).toEqual([['March 4', '1987-03-04'], ['March 6', '1987-03-06'], ['September 7', '1987-09-07']]);
    expect(dates('The sale was on May 1.', pub)).toEqual([['May 1', '1986-05-01']]);
  });

  it('reads dates ahead after "must", a present progressive and "is due" ("The warrants must be exercised by June 22", "it is launching in May", "Responses are due by April 3")', () => {
    expect(dates('The warrants must be exercised by June 22.', '1987-03-24')).toEqual([['June 22', '1987-06-22']]);
    expect(dates('Xerox Corp said it is launching in May a more powerful version of its workstation.', '1987-03-04')).toEqual([['May', '1987-05']]);
    expect(dates('Responses are due by April 3 and the financing is being arranged.', '1987-03-11')).toEqual([['April 3', '1987-04-03']]);
    // ("due" the tagger reads as an adjective: Reuters 19514, 13261)
    expect(dates('Payment is due on August 17.', '1987-06-29')).toEqual([['August 17', '1987-08-17']]);
    expect(dates('February consumer instalment credit numbers are due on Wednesday.', '1987-04-05')).toContainEqual(['Wednesday', '1987-04-08']);
  });

  it('reads the tense of a period ending or starting on a date from the verb before it ("Final closing is expected in the third fiscal quarter ending June 30")', () => {
    expect(dates('Final closing is expected in the third fiscal quarter ending June 30, the company said.', '1987-03-02')).toEqual([['June 30', '1987-06-30']]);
    expect(dates('Gross domestic product is expected to grow by 4.4 pct in the year ending June 30, Finance Minister Mohammad Syed said.', '1987-04-01')).toEqual([['June 30', '1987-06-30']]);
    expect(dates("Japan's plan to cut beef intervention prices for the fiscal year starting April 1 will not boost demand, traders said.", '1987-03-24')).toEqual([['April 1', '1987-04-01']]);
    expect(dates('Profits rose in the quarter ending June 30, the company said.', '1987-03-02')).toEqual([['June 30', '1986-06-30']]);
  });

  it('reads the tense of a weekday from the past verb before it, not from a relative clause after it ("signed ... on Tuesday that will cut tariffs"), unless the verb before plans', () => {
    expect(dates('Japan and Australia signed an economic partnership agreement on Tuesday that will cut tariffs on beef and cars.', '2014-03-03')).toEqual([['Tuesday', '2014-02-25']]);
    expect(dates('David Finch told the IMF executive board on Wednesday that he planned to leave by the end of next month.', '1987-03-19')[0]).toEqual(['Wednesday', '1987-03-18']);
    expect(dates('Canada plans a three part, one billion dlr issue Tuesday, which will be dated and delivered May 1, the finance department said.', '1987-04-10')[0]).toEqual(['Tuesday', '1987-04-14']);
  });

  it('reads the tense of a weekday from the past participle of the aside it is in, not from the main clause after the aside ("The agreement, signed in Beijing on Monday, will see ...")', () => {
    expect(dates('The agreement, signed in Beijing on Monday, will see China lend Pakistan $2bn.', '2005-03-10')).toEqual([['Monday', '2005-03-07']]);
    // Reuters 16864
    expect(dates('He said the resulting deal, which was announced by the banks on Wednesday, should put Argentina on the road to growth.', '1987-04-17')).toEqual([['Wednesday', '1987-04-15']]);
    // (not a passive after a modal: Reuters 7366)
    expect(dates('The merger, which may be finalized as early as May 1, will lower its cost of funding.', '1987-03-19')).toEqual([['May 1', '1987-05-01']]);
  });

  it('reads the tense of a clause, not of the ", the company said" that reports it ("scheduled to close in early July, the company said"), unless what was said goes on after it', () => {
    expect(dates('Canada plans an auction of three-year bonds March 31 and an auction of seven-year bonds April 1, the finance department said.', '1987-03-23')).toContainEqual(['April 1', '1987-04-01']);
    expect(dates('Initial 1987 crop estimates will probably be compiled\ntowards the end of May, he said.', '1987-04-08')).toEqual([['the end of May', '1987-05']]);
    expect(dates('The transaction is scheduled to close in early July, the company said.', '1987-06-18')).toEqual([['early July', '1987-07']]);
    // (a past clause stays past; "On Friday, Petricioli said" opens what he said)
    expect(dates('The company sold the unit in June, it said.', '1987-04-08')).toEqual([['June', '1986-06']]);
    expect(dates('On Friday, Petricioli said "We will be a lot more expeditious."', '1987-03-26')).toEqual([['Friday', '1987-03-20']]);
  });

  it('reads "last" and "next" before a weekday as the way it points, whatever the tense, and never as the report\'s own day', () => {
    expect(dates('Spot crude prices are now 80 cents higher than at the start of the OPEC meeting last Thursday and could continue their rise, they said.', '1987-06-29')).toContainEqual(['Thursday', '1987-06-25']);
    expect(dates('Hong Kong suspended trading until next Monday.', '1987-10-20')).toEqual([['Monday', '1987-10-26']]);
    expect(dates('Yields were unchanged from those on last Monday\'s offer, the bank said.', '1987-06-29')).toEqual([['Monday', '1987-06-22']]);
    expect(dates('The Federal Reserve will meet next Monday.', '1987-06-29')).toEqual([['Monday', '1987-07-06']]);
  });

  it('reads an infinitive before a date after a verb of expecting, hoping or planning as still to come ("expects to complete the acquisition in May")', () => {
    expect(dates('The company said it hopes to complete the acquisition in May.', '1987-03-30')).toEqual([['May', '1987-05']]);
    expect(dates('Eurotunnel officials expect work on the sites to start in December.', '1987-03-31')).toEqual([['December', '1987-12']]);
    expect(dates('Federal Aviation Administration chief Donald Engen said he plans to leave the government in July.', '1987-03-18')).toEqual([['July', '1987-07']]);
    // ... "due", "scheduled", "set" and "to be held" too
    expect(dates('The offer, which is due to expire April 14, is conditioned on receipt of financing.', '1987-03-18')).toEqual([['April 14', '1987-04-14']]);
    expect(dates('Party leaders, with an eye to general elections to be held by September, have rejected his calls.', '1987-03-18')).toEqual([['September', '1987-09']]);
    // (not a noun wink reads as a verb, nor a day's own event)
    expect(dates("The currency's decline was due to remarks on Sunday by U.S. Treasury Secretary James Baker.", '1987-10-19')).toEqual([['Sunday', '1987-10-18']]);
    expect(dates("Interest rates look set to move lower even after Monday's half-point cut in bank base rates.", '1987-03-11')).toEqual([['Monday', '1987-03-09']]);
  });

  it('gives a later month listed after one of the report\'s year that year too ("in late April or early May", "in May and June"), not in a past clause nor with a year of its own', () => {
    expect(dates('Nakasone hopes to meet President Reagan in late April or early May to prepare for the summit.', '1987-03-19')).toEqual([['late April', '1987-04'], ['early May', '1987-05']]);
    expect(dates('Malta is tendering to buy 3,000 tonnes white sugar today for arrival in two equal parts in May and June, traders said.', '1987-04-07')).toEqual([['today', '1987-04-07'], ['May', '1987-05'], ['June', '1987-06']]);
    expect(dates('Output rose in January and December.', '1987-03-11')).toEqual([['January', '1987-01'], ['December', '1986-12']]);
    expect(dates('The planes would be delivered in March and April next year.', '1987-04-17')).toContainEqual(['April next year', '1988-04']);
  });

  it('reads a trade\'s delivery as still to come ("for delivery between May 10 and October 10", "for arrival in June", "cargoes loading in April")', () => {
    expect(dates('Taiwan bought 462,000 tonnes of maize for delivery between May 10 and October 10, a committee spokesman said.', '1987-03-18')).toEqual([
      ['between May 10 and October 10', 'P153D'],
      ['May 10', '1987-05-10'],
      ['October 10', '1987-10-10'],
    ]);
    expect(dates('North Yemen has called a buying tender\nfor Saturday for the purchase of 30,000 tonnes of white sugar\nfor arrival in June, traders said.', '1987-04-08')).toEqual([['Saturday', '1987-04-11'], ['June', '1987-06']]);
    expect(dates('This move could inspire Iran to offer discounts on cargoes loading in April.', '1987-03-12')).toEqual([['April', '1987-04']]);
    // ... or named by the month before the word: "for April shipment", "for March 15/April 15 shipment"
    expect(dates('Canada sold 8,000 tonnes of rapeseed overnight for April shipment, trade sources said.', '1987-03-12')).toEqual([['April', '1987-04']]);
    expect(dates('The sugar is for March 15/April 15 shipment and bids are being sought.', '1987-03-03')).toEqual([['March 15', '1987-03-15'], ['April 15', '1987-04-15']]);
    expect(dates('Taiwan bought 54,000 tonnes of corn for November 25-December 10 delivery.', '1987-03-27')).toContainEqual(['November 25-December 10', 'P15D']);
    // (not a shipment reported: "shipments in January fell")
    expect(dates('Shipments in January fell 12 pct.', '1987-04-08')).toEqual([['January', '1987-01']]);
  });

  it('reads "about a quarter of the EU\'s gas" as a share, no length of time, and "for a quarter" as one', () => {
    expect(dates("Russia supplies about a quarter of the EU's gas.")).toEqual([]);
    expect(dates('Output fell for a quarter.')).toEqual([['a quarter', 'P1Q']]);
  });

  it('reads a length with "and a half" written with hyphens ("a four-and-a-half-year contract", "a two-and-a-half-week strike")', () => {
    expect(dates('The deal includes a 25% wage increase over the life of the four-and-a-half-year contract.')).toEqual([['four-and-a-half-year', 'P4.5Y']]);
    expect(dates('Workers ended a two-and-a-half-week engineering strike.')).toEqual([['two-and-a-half-week', 'P2.5W']]);
  });
});
