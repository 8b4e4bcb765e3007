// Counts, money, percentages and measures, with the item counted and the qualifier.
import { describe, expect, it } from 'vitest';
import { docOf } from './helpers.js';

/** Each count as [text, kind, value, unit]. */
const amounts = (text: string) => docOf(text).counts.map((c) => [c.text, c.kind, c.value, c.unit]);
const counts = (text: string) => docOf(text).counts.map((c) => ({ text: c.text, kind: c.kind, value: c.value, unit: c.unit, item: c.item, qualifier: c.qualifier }));

describe('counts', () => {
  it('reads numbers in digits and words, with their item and qualifier', () => {
    expect(counts('Experts from nearly 25 vocational colleges and twenty-five firms met 1,200 guests.')).toEqual([
      { text: 'nearly 25 vocational colleges', kind: 'count', value: 25, unit: null, item: 'vocational colleges', qualifier: 'nearly' },
      { text: 'twenty-five firms', kind: 'count', value: 25, unit: null, item: 'firms', qualifier: null },
      { text: '1,200 guests', kind: 'count', value: 1200, unit: null, item: 'guests', qualifier: null },
    ]);
  });

  it("reads dollars named by their country, and containers counted in TEUs", () => {
    expect(counts('Trade reached 89.4 billion U.S. dollars, and the unit earned 5 million Hong Kong dollars moving 1.9 million TEUs.').map((c) => [c.text, c.kind, c.value, c.unit])).toEqual([
      ['89.4 billion U.S. dollars', 'money', 89400000000, 'USD'],
      ['5 million Hong Kong dollars', 'money', 5000000, 'HKD'],
      ['1.9 million TEUs', 'measure', 1900000, 'TEU'],
    ]);
  });

  it('reads more currencies written after the amount, and a country\'s dinars or shillings', () => {
    const text = 'It paid 2.3 billion Kuwaiti dinars, 600 mln bolivars, 47 billion forints, 21,250 dls and one ct a share; the rest, 90 mln dinars, is unclear.';
    expect(amounts(text)).toEqual([
      ['2.3 billion Kuwaiti dinars', 'money', 2_300_000_000, 'KWD'],
      ['600 mln bolivars', 'money', 600_000_000, 'VES'],
      ['47 billion forints', 'money', 47_000_000_000, 'HUF'],
      ['21,250 dls', 'money', 21_250, 'USD'],
      ['one ct', 'money', 0.01, 'USD'],
      // (whose dinars the text does not say)
      ['90 mln dinars', 'count', 90_000_000, null],
    ]);
  });

  it('reads no count in a ratio ("a two-for-one stock split", "a 3-for-2 split", "on a one-for-one basis")', () => {
    const text = 'The company declared a two-for-one stock split and a 3-for-2 split of its 20 mln shares, exchanged on a one-for-one basis.';
    expect(docOf(text).counts.map((c) => c.text)).toEqual(['20 mln shares']);
  });

  it('reads a count wrapped across lines, its qualifier as one line', () => {
    const got = counts('Alpha Tools Corp said on Monday that it had cut more\nthan 500 jobs this year, and that up to\n200 more could go by the end of next year.\n');
    expect(got[0]).toEqual({ text: 'more\nthan 500 jobs', kind: 'count', value: 500, unit: null, item: 'jobs', qualifier: 'more than' });
  });

  it('reads wire money: cents as "cts", currencies named with their country, exact scaled values', () => {
    const got = counts('It lost 1.07 billion in 1984, took a 69.7 mln French franc loan and a 250 mln guilder bond, and earned 75 cts a share; revenues were 37.4 mln vs 39.0 mln.');
    expect(got.map((c) => [c.text, c.kind, c.value, c.unit, c.item])).toEqual([
      ['1.07 billion', 'count', 1070000000, null, null],
      ['69.7 mln French franc', 'money', 69700000, 'FRF', null],
      ['250 mln guilder', 'money', 250000000, 'NLG', null],
      ['75 cts', 'money', 0.75, 'USD', null],
      ['37.4 mln', 'count', 37400000, null, null],
      ['39.0 mln', 'count', 39000000, null, null],
    ]);
  });

  it('reads amounts joined by a hyphen, ranges that share a scale or cents, and no count in a zero coupon bond', () => {
    expect(amounts('It set up a 500-mln dlr fund and a 60-mln-dlr loan for the 40,500-dlr car.')).toEqual([
      ['500-mln dlr', 'money', 500000000, 'USD'],
      ['60-mln-dlr', 'money', 60000000, 'USD'],
      ['40,500-dlr', 'money', 40500, 'USD'],
    ]);
    // (and the country whose dollar it is, glued too: Reuters)
    expect(amounts('It made a 300-mln-Canadian-dlr takeover and a 6-mln-U.S.-dlr loan.')).toEqual([
      ['300-mln-Canadian-dlr', 'money', 300000000, 'CAD'],
      ['6-mln-U.S.-dlr', 'money', 6000000, 'USD'],
    ]);
    expect(amounts('It expects 100 to 250 mln dlrs, or 12 to 15 cts a share, and sold a zero coupon eurobond.')).toEqual([
      ['100 to 250 mln dlrs', 'money', 100000000, 'USD'],
      ['12 to 15 cts', 'money', 0.12, 'USD'],
    ]);
    expect(amounts('The 14-bank committee met at 7-Eleven stores.')[0]).toEqual(['14-bank committee', 'count', 14, null]);
  });

  it('reads a bare number before "and" and an amount as money in the amount\'s currency ("denominations of 1,000 and 10,000 Canadian dlrs", "12 and 15 cts"), not before a scaled one (Reuters)', () => {
    expect(amounts('It is available in denominations of 1,000 and 10,000 Canadian dlrs.')).toEqual([
      ['1,000', 'money', 1000, 'CAD'],
      ['10,000 Canadian dlrs', 'money', 10000, 'CAD'],
    ]);
    expect(amounts('Shares rose 12 and 15 cts.')).toEqual([
      ['12', 'money', 0.12, 'USD'],
      ['15 cts', 'money', 0.15, 'USD'],
    ]);
    expect(amounts('It paid 1 and 2 mln dlrs.')[0]).toEqual(['1', 'count', 1, null]);
  });

  it('reads the dollars of "H.K." and "N.Z." as wire copy abbreviates them ("235 mln H.K. Dlrs", Reuters), and names no place or company in them', () => {
    const doc = docOf('It paid 235 mln H.K. Dlrs for the stake. NZI shares were at 2.18 N.Z. Dlrs, and it raised 40 mln Canadian dlrs.');
    expect(doc.counts.map((c) => [c.text, c.kind, c.value, c.unit])).toEqual([
      ['235 mln H.K. Dlrs', 'money', 235_000_000, 'HKD'],
      ['2.18 N.Z. Dlrs', 'money', 2.18, 'NZD'],
      ['40 mln Canadian dlrs', 'money', 40_000_000, 'CAD'],
    ]);
    expect(doc.entities.map((e) => e.name)).toEqual(['NZI']);
  });

  it('reads "rose X dlrs to Y" as the change and the level reached, the level in the change\'s currency', () => {
    // The shape of reuters-80: Reuters writes reserves and money supply so.
    expect(amounts('Reserves rose 356 mln dlrs to 66.19 billion in March.')).toEqual([
      ['356 mln dlrs', 'money', 356_000_000, 'USD'],
      ['66.19 billion', 'money', 66_190_000_000, 'USD'],
    ]);
    expect(amounts('Shares rose 15 cents to 3.20 dlrs.')).toEqual([
      ['15 cents', 'money', 0.15, 'USD'],
      ['3.20 dlrs', 'money', 3.2, 'USD'],
    ]);
    // a range of the change stays one
    expect(amounts('Prices rose 10 to 15 cents.')).toEqual([['10 to 15 cents', 'money', 0.1, 'USD']]);
    expect(amounts('Kenya Power will buy it at 7 US cents per kilowatt hour, or 20 euro cents.')).toEqual([
      ['7 US cents', 'money', 0.07, 'USD'],
      ['20 euro cents', 'money', 0.2, 'EUR'],
    ]);
  });

  it('reads an earnings table\'s amounts after its labels, a figure "vs" another in the same unit, and a unit written once as a change and a level (Reuters)', () => {
    expect(amounts('Shr 62 cts vs 56 cts\n    Final div 30 cents vs 10')).toEqual([
      ['62 cts', 'money', 0.62, 'USD'],
      ['56 cts', 'money', 0.56, 'USD'],
      ['30 cents', 'money', 0.3, 'USD'],
      ['10', 'money', 0.1, 'USD'],
    ]);
    // (a model number stays none: "Boeing 747 jets")
    expect(amounts('It flies Boeing 747 jets.')).toEqual([]);
    expect(amounts('Hutchison 1.50 dlrs to 54.50 and posted prices 25 cts to 1.75 dlrs a barrel.')).toEqual([
      ['1.50 dlrs', 'money', 1.5, 'USD'],
      ['54.50', 'count', 54.5, null],
      ['25 cts', 'money', 0.25, 'USD'],
      ['1.75 dlrs', 'money', 1.75, 'USD'],
    ]);
    // the unit written again closes a range
    expect(amounts('It expects 5 dlrs to 10 dlrs a share.')).toEqual([['5 dlrs to 10 dlrs', 'money', 5, 'USD']]);
  });

  it('reads pence glued to the number, and a share price reached after a change in pence in pence (British news, Reuters)', () => {
    expect(amounts('Bass shares dipped 13p to 879, while Beecham rose 12p to 521p.')).toEqual([
      ['13p', 'money', 0.13, 'GBP'],
      ['879', 'money', 8.79, 'GBP'],
      ['12p', 'money', 0.12, 'GBP'],
      ['521p', 'money', 5.21, 'GBP'],
    ]);
    expect(amounts('It pays a dividend of 10.5p. Its shares fell 8p to 245p.')).toEqual([
      ['10.5p', 'money', 0.105, 'GBP'],
      ['8p', 'money', 0.08, 'GBP'],
      ['245p', 'money', 2.45, 'GBP'],
    ]);
    // (a letter glued to digits is otherwise no amount: "150px", "B3p")
    expect(amounts('The 150px image of the B3p engine.')).toEqual([]);
  });

  it('reads "from X to Y" after a change as two amounts, each with the unit written after the second, and after "range" as one', () => {
    expect(amounts('The Fed increased its swap lines with the ECB from US$ 55 billion to US$ 110 billion.')).toEqual([
      ['US$ 55 billion', 'money', 55e9, 'USD'],
      ['US$ 110 billion', 'money', 110e9, 'USD'],
    ]);
    expect(amounts('The rate was raised from 35 to 36 pct.')).toEqual([
      ['35', 'percent', 35, '%'],
      ['36 pct', 'percent', 36, '%'],
    ]);
    expect(amounts('Prices range from $5 to $10, and the bonds bear interest of 4.03 to 5.12 pct.')).toEqual([
      ['$5 to $10', 'money', 5, 'USD'],
      ['4.03 to 5.12 pct', 'percent', 4.03, '%'],
    ]);
  });

  it('reads "pct." at the end of a sentence as a percentage, and "last year" as no item', () => {
    expect(counts('Sales rose 12.5 pct. It sold 5,000 last year.').map((c) => [c.text, c.kind, c.value, c.item])).toEqual([
      ['12.5 pct', 'percent', 12.5, null],
      ['5,000', 'count', 5000, null],
    ]);
  });

  it('reads money with its currency code and scale', () => {
    const got = counts('It won a US$ 40 billion (GB £ 20.1 billion) contract and a $15bn order worth 20 mln dlrs.');
    expect(got.map((c) => [c.text, c.kind, c.value, c.unit])).toEqual([
      ['US$ 40 billion', 'money', 40e9, 'USD'],
      ['GB £ 20.1 billion', 'money', 20.1e9, 'GBP'],
      ['$15bn', 'money', 15e9, 'USD'],
      ['20 mln dlrs', 'money', 20e6, 'USD'],
    ]);
  });

  it('reads an amount glued to its currency with a decimal and a scale, and the currencies of South and Southeast Asia', () => {
    const money = (text: string) => counts(text).map((c) => [c.text, c.value, c.unit]);
    expect(money('The plan costs Rs1.5bn and Rs.1.5 billion; Malaysia set aside RM1.2bn and RM 500 million, Bangladesh Tk 500 crore.')).toEqual([
      ['Rs1.5bn', 1.5e9, 'INR'],
      ['Rs.1.5 billion', 1.5e9, 'INR'],
      ['RM1.2bn', 1.2e9, 'MYR'],
      ['RM 500 million', 5e8, 'MYR'],
      ['Tk 500 crore', 5e9, 'BDT'],
    ]);
    expect(money('Indonesia spent 6.87 billion rupiah and Egypt EGP 3 billion.')).toEqual([
      ['6.87 billion rupiah', 6.87e9, 'IDR'],
      ['EGP 3 billion', 3e9, 'EGP'],
    ]);
    // a currency code is written in capitals
    expect(counts('I will try 5 times.').map((c) => [c.text, c.kind])).toEqual([['5 times', 'count']]);
  });

  it('reads money as British and Asian news writes it: a scale before the full stop, lakh and crore, HK$ and S$', () => {
    const money = (text: string) => counts(text).map((c) => [c.text, c.value, c.unit]);
    expect(money('The UK will pay €500m. India will invest Rs 5,000 crore.')).toEqual([
      ['€500m', 500000000, 'EUR'],
      ['Rs 5,000 crore', 50000000000, 'INR'],
    ]);
    // a currency's letters before three digits are no model's name ("Boeing 747")
    expect(money('Land costs Rs 900 per square metre; a ticket costs EUR 500.')).toEqual([
      ['Rs 900', 900, 'INR'],
      ['EUR 500', 500, 'EUR'],
    ]);
    expect(money('It cost HK$2bn, S$300m and R$10bn.')).toEqual([
      ['HK$2bn', 2000000000, 'HKD'],
      ['S$300m', 300000000, 'SGD'],
      ['R$10bn', 10000000000, 'BRL'],
    ]);
    // (MEANTIME: "a USD$ 23 billion dollar contract", the code glued to the sign)
    expect(money('Emails regarding a USD$ 23 billion dollar contract surfaced.')).toEqual([['USD$ 23 billion dollar', 23000000000, 'USD']]);
    expect(counts('The state holds 2.5 lakh tonnes.')[0]).toMatchObject({ value: 250000, unit: 'tonne' });
    // "3M." is a company, not three million
    expect(counts('Shares rose at 3M. Analysts were surprised.')).toEqual([]);
  });

  it('reads percentages and measures', () => {
    expect(counts('Sales rose 15 percent to 3.5 pct while output hit 120,000 barrels.').map((c) => [c.text, c.kind, c.value, c.unit])).toEqual([
      ['15 percent', 'percent', 15, '%'],
      ['3.5 pct', 'percent', 3.5, '%'],
      ['120,000 barrels', 'measure', 120000, 'barrel'],
    ]);
    expect(counts('It has a 5.25 inch drive and one megabyte of memory; rain was 20 mm.').map((c) => [c.text, c.kind, c.value, c.unit])).toEqual([
      ['5.25 inch', 'measure', 5.25, 'in'],
      ['one megabyte of memory', 'measure', 1, 'MB'],
      ['20 mm', 'measure', 20, 'mm'],
    ]);
    // clock speeds and line rates (MEANTIME: "a 2 GHz Intel Core Duo"; Reuters: "a 12 megahertz desktop")
    expect(counts('The iMac has a 2 GHz Intel Core Duo chip, and the modem runs at 54 Mbps.').map((c) => [c.text, c.kind, c.value, c.unit])).toEqual([
      ['2 GHz', 'measure', 2, 'GHz'],
      ['54 Mbps', 'measure', 54, 'Mbps'],
    ]);
  });

  it('skips ordinals, dates and model numbers', () => {
    expect(counts('The first Boeing 777 flew on March 3, 2013 in 2013.')).toEqual([]);
    // A model's number before its own name, but not a count before a name or a unit.
    const got = counts('Boeing has 400 orders for its 787 Dreamliner since 2004. Porsche raised the price of the 911 Coupe, and the 300 Americans bought a 115 MB disk.');
    expect(got.map((c) => c.text)).toEqual(['400 orders', '300', '115 MB']);
    // after "new", and after a count of what the model is (MEANTIME 73808: "unveiled their new 787 Dreamliner")
    expect(counts('Boeing unveiled their new 787 Dreamliner and signed for up to 39 787 Dreamliners and 20 more 737 MAX jets.').map((c) => c.text)).toEqual(['up to 39', '20']);
    // A building's number in its street, but not "200 High Street banks".
    const street = counts('Staff left the headquarters at 745 Seventh Avenue and 10 Downing Street, and 200 High Street banks closed.');
    expect(street.map((c) => c.text)).toEqual(['200']);
    // The tail of a number glued to its currency ("Rs20" then ",000") is no count of 0 crore.
    expect(counts('The state will spend Rs20,000 crore on roads.').filter((c) => c.value === 0)).toEqual([]);
    // the rupee's letters glued to the digits (one token to the tokenizer, cut at the comma)
    expect(counts('The firm will invest Rs500 billion and Rs20,000 crore; it paid Rs.15 lakh.').map((c) => [c.text, c.kind, c.value, c.unit])).toEqual([
      ['Rs500 billion', 'money', 500000000000, 'INR'],
      ['Rs20,000 crore', 'money', 200000000000, 'INR'],
      ['Rs.15 lakh', 'money', 1500000, 'INR'],
    ]);
  });

  it('reads no count in the name of a market index', () => {
    const got = counts("London's FTSE 100 closed down 5.5 percent, the CAC 40 in Paris lost 6.8 percent and Madrid's IBEX 35 fell.");
    expect(got.map((c) => c.text)).toEqual(['5.5 percent', '6.8 percent']);
  });

  it('reads a sum and checks it against the stated total', () => {
    const c = docOf('It built a "4+3+2+1" ten professional group layout and a "2+2" five unit plan.').counts;
    expect(c.map((x) => [x.value, x.parts, x.warnings.map((w) => w.ruleId)])).toEqual([
      [10, [4, 3, 2, 1], []],
      [5, [2, 2], ['count.parts-disagree']],
    ]);
    expect(c[0].item).toBe('professional groups');
  });

  it('reads a range written as one token ("15-20 mln dlrs") as its first number, and no range in a score or a model', () => {
    const text = 'It stands to lose 15-20 mln dlrs, output is 140-150,000 bpd, the chip is 15-20 pct faster and about 20-25 stores will close. The Senate passed it 89-6 and ordered four 747-400 aircraft.';
    expect(counts(text).map((c) => [c.text, c.kind, c.value, c.unit, c.item])).toEqual([
      ['15-20 mln dlrs', 'money', 15_000_000, 'USD', null],
      ['140-150,000 bpd', 'measure', 140_000, 'barrels per day', null],
      ['15-20 pct', 'percent', 15, '%', null],
      ['about 20-25 stores', 'count', 20, null, 'stores'],
      ['four', 'count', 4, null, null],
    ]);
  });

  it('reads no count in the number of a product named with a small letter first ("iPhone 4", "iPhone 3.0 software")', () => {
    expect(amounts('Apple will give owners of its new iPhone 4 a free case; the iPhone 4 antenna and the iPhone 3.0 software drew 1,200 complaints.')).toEqual([
      ['1,200 complaints', 'count', 1200, null],
    ]);
  });

  it('takes the currency said again after a dollar amount into the amount, and a bare "$" for the dollar it names ("around $9.99 US dollars", "$5 Canadian dollars")', () => {
    const rows = docOf('It sells for around $9.99 US dollars, or $5 Canadian dollars.').counts;
    expect(rows.map((c) => [c.text, c.unit])).toEqual([
      ['around $9.99 US dollars', 'USD'],
      ['$5 Canadian dollars', 'CAD'],
    ]);
  });

  it('reads a currency word several countries use as that of the country the article names most ("francs" in an article about France, "crowns" in one about Denmark), unless written with its country (Reuters)', () => {
    const units = (text: string) => docOf(text).counts.map((c) => [c.text, c.unit]);
    expect(units("France's government said the privatisation is worth between four and five billion francs, and it paid 1.8 billion Swiss francs for a stake.")).toEqual([
      ['between four and five billion francs', 'FRF'],
      ['1.8 billion Swiss francs', 'CHF'],
    ]);
    expect(units("Denmark's net official reserves rose to 36.34 billion crowns in February.")).toEqual([['36.34 billion crowns', 'DKK']]);
    // no country named: the list's first choice
    expect(units('The bond pays 500 mln francs.')).toEqual([['500 mln francs', 'CHF']]);
  });

  it('gives the figure compared with an amount the amount\'s currency ("rose to 54.9 mln stg from 33.4 mln", "36.7 mln dlrs against 34.1 mln", "compared with", Reuters)', () => {
    const rows = docOf('Pre-tax profit rose to 54.9 mln stg from 33.4 mln previously. Coal made 36.7 mln dlrs against 34.1 mln. Sales were 44.54 mln dlrs compared with 45.30 mln.').counts;
    expect(rows.map((c) => [c.text, c.kind, c.unit, c.value])).toEqual([
      ['54.9 mln stg', 'money', 'GBP', 54900000],
      ['33.4 mln', 'money', 'GBP', 33400000],
      ['36.7 mln dlrs', 'money', 'USD', 36700000],
      ['34.1 mln', 'money', 'USD', 34100000],
      ['44.54 mln dlrs', 'money', 'USD', 44540000],
      ['45.30 mln', 'money', 'USD', 45300000],
    ]);
  });

  it('reads pounds of weight as a measure, not sterling ("weighs 1.3 pounds (601 grams)", "a take-off weight of 870,000 pounds")', () => {
    const rows = (text: string) => docOf(text).counts.map((c) => [c.kind, c.text, c.unit]);
    expect(rows('The new tablet weighs 1.3 pounds (601 grams).')).toEqual([['measure', '1.3 pounds', 'lb'], ['measure', '601 grams', 'g']]);
    expect(rows('The 747-400 has a take-off weight of 870,000 pounds.')).toEqual([['measure', '870,000 pounds', 'lb']]);
    expect(rows('It costs 1.3 pounds.')).toEqual([['money', '1.3 pounds', 'GBP']]);
  });

  it('gives figures compared past their dates the currency of the first ("83.68 billion crowns in January, against 93.07 billion in December and 105.29 billion ...")', () => {
    const rows = docOf("Norway's reserves totalled 91.06 billion crowns in January, against 93.07 billion in December and 105.29 billion in January 1986.").counts;
    expect(rows.map((c) => [c.text, c.kind, c.unit])).toEqual([
      ['91.06 billion crowns', 'money', 'NOK'],
      ['93.07 billion', 'money', 'NOK'],
      ['105.29 billion', 'money', 'NOK'],
    ]);
  });

  it('reads an earnings table\'s bare figures as money in the currency of its share line, not its share counts', () => {
    const rows = docOf('Shr 33 cts vs 27 cts\nNet 3,588,000 vs 2,981,000\nRevs 37.8 mln vs 31.6 mln\nAvg shrs 10.8 mln vs 10.9 mln').counts;
    expect(rows.map((c) => [c.text, c.kind, c.unit])).toEqual([
      ['33 cts', 'money', 'USD'],
      ['27 cts', 'money', 'USD'],
      ['3,588,000', 'money', 'USD'],
      ['2,981,000', 'money', 'USD'],
      ['37.8 mln', 'money', 'USD'],
      ['31.6 mln', 'money', 'USD'],
      ['10.8 mln', 'count', null],
      ['10.9 mln', 'count', null],
    ]);
    expect(docOf('Shr 5.95p vs 4.41p\nTurnover 9.42 billion vs 8.1 billion').counts.map((c) => c.unit)).toEqual(['GBP', 'GBP', 'GBP', 'GBP']);
    // (a share line that opens with what its figures are: "Oper shr", "Group shr"; Reuters 1706, 7541)
    expect(docOf('Oper shr loss 16 cts vs loss 10 cts\n    Oper net loss 1,569,000 vs loss 990,000\n    Sales 50.3 mln vs 50.1 mln').counts.map((c) => [c.text, c.kind, c.unit])).toEqual([
      ['16 cts', 'money', 'USD'],
      ['10 cts', 'money', 'USD'],
      ['1,569,000', 'money', 'USD'],
      ['990,000', 'money', 'USD'],
      ['50.3 mln', 'money', 'USD'],
      ['50.1 mln', 'money', 'USD'],
    ]);
    expect(docOf('Group shr 17.68 yen vs 26.49\n     Net 14.70 billion vs 21.92 billion').counts.map((c) => c.unit)).toEqual(['JPY', 'JPY', 'JPY', 'JPY']);
    // (without a share line in money, the currency a line of money names, "vs" after it; Reuters 5257)
    expect(docOf('Final dividend 5.5p\n    Pre-tax profit 39.4 mln stg vs 29.7 mln.\n    Turnover 543.2 mln vs 481.5 mln').counts.filter((c) => !/p$/.test(c.text)).map((c) => [c.text, c.kind, c.unit])).toEqual([
      ['39.4 mln stg', 'money', 'GBP'],
      ['29.7 mln', 'money', 'GBP'],
      ['543.2 mln', 'money', 'GBP'],
      ['481.5 mln', 'money', 'GBP'],
    ]);
  });

  it('reads "half a million" as half the amount that follows', () => {
    const rows = docOf('Half a million people voted, and the deal is worth half a billion dlrs.').counts;
    expect(rows.map((c) => [c.text, c.kind, c.value])).toEqual([
      ['Half a million people', 'count', 500000],
      ['half a billion dlrs', 'money', 500000000],
    ]);
  });

  it('reads "a score of" as twenty, not a final score', () => {
    expect(docOf('The airline will buy a score of Airbus A320 passenger jets. The final score of 3-1 stood.').counts.map((c) => [c.text, c.value])).toEqual([['a score', 20]]);
  });

  it('ends an item at a verb after its plural noun ("15 cooperation documents covering trade", "10.1 mln shares changing hands")', () => {
    const items = (text: string) => docOf(text).counts.map((c) => c.item);
    expect(items('The two leaders witnessed the signing of 15 cooperation documents covering trade and aerospace.')).toEqual(['leaders', 'cooperation documents']);
    expect(items('Volume was 10.1 mln shares changing hands, and three firms started summary proceedings.')).toEqual(['shares', 'firms']);
    expect(items('It has 5 oil refining plants.')).toEqual(['oil refining plants']);
  });

  it('reads "pc" after a number as per cent, as British papers write it ("40pc", "9.1 pc"), not "PCs"', () => {
    expect(amounts('Some 40pc of staff agreed, the 9.1 pc rate held and they bought 40 PCs.').filter((c) => c[1] === 'percent')).toEqual([
      ['Some 40pc', 'percent', 40, '%'],
      ['9.1 pc', 'percent', 9.1, '%'],
    ]);
  });

  it('reads the rand\'s and the naira\'s single letter glued to millions or more ("R5 billion", "N200bn"), not "N95 masks"', () => {
    expect(amounts('Eskom needs R5 billion, Lagos approved N200bn and the firm paid R20 million.')).toEqual([
      ['R5 billion', 'money', 5000000000, 'ZAR'],
      ['N200bn', 'money', 200000000000, 'NGN'],
      ['R20 million', 'money', 20000000, 'ZAR'],
    ]);
    expect(amounts('Hospitals bought N95 masks and the R2 road was closed.')).toEqual([]);
  });

  it('reads "rose $2.50 to $115.20" as the change and the level reached, the currency written before both, and "ranged from $2.50 to $115.20" as a range', () => {
    expect(amounts('Crude oil futures rose $2.50 to $115.20 a barrel in New York on Monday.')).toEqual([['$2.50', 'money', 2.5, 'USD'], ['$115.20', 'money', 115.2, 'USD']]);
    expect(amounts('Prices ranged from $2.50 to $115.20.').map((c) => c[0])).toEqual(['$2.50 to $115.20']);
  });

  it('counts items a people\'s adjective opens ("thousands of Cuban doctors", "20,000 tonnes of Canadian rapeseed"), and reads a currency named by its country as money ("34 Canadian cts", "0.38 Egyptian pounds", "129.40 European currency units")', () => {
    expect(counts('Venezuela sends oil in return for the services of thousands of Cuban doctors.').map((c) => [c.text, c.item])).toEqual([['thousands of Cuban doctors', 'Cuban doctors']]);
    expect(counts('Japan bought 5,000 tonnes of Canadian rapeseed overnight.').map((c) => [c.text, c.item])).toEqual([['5,000 tonnes of Canadian rapeseed', 'Canadian rapeseed']]);
    expect(amounts('It raised the price by 34 Canadian cts a pound, at a rate of 0.38 Egyptian pounds to the dollar, and a rebate of 129.40 European currency units per tonne.')).toEqual([
      ['34 Canadian cts', 'money', 0.34, 'CAD'],
      ['0.38 Egyptian pounds', 'money', 0.38, 'EGP'],
      ['129.40 European currency units', 'money', 129.4, 'XEU'],
    ]);
  });

  it('counts items a maker and its model open ("150 Airbus jets", "500 Airbus A320neo family aircraft", "1.4 mln Reebok shares"), and leaves what a measure weighs as written ("6,000 tonnes of palm oil", not "palms")', () => {
    const items = (text: string) => docOf(text).counts.map((c) => [c.text, c.item]);
    expect(items('China bought 150 Airbus jets, and IndiGo ordered 500 Airbus A320neo family aircraft.')).toEqual([['150 Airbus jets', 'Airbus jets'], ['500 Airbus A320neo family aircraft', 'Airbus A320neo family aircraft']]);
    expect(items('Reebok International Ltd said it sold 1.4 mln Reebok shares.')).toEqual([['1.4 mln Reebok shares', 'Reebok shares']]);
    expect(items('Korean Airlines currently operates four McDonnell Douglas DC-10 jets.')).toEqual([['four McDonnell Douglas DC-10 jets', 'McDonnell Douglas DC-10 jets']]);
    expect(items('Malaysia sold 6,000 tonnes of palm oil and 100,000 tonnes of white crystal sugar.')).toEqual([['6,000 tonnes of palm oil', 'palm oil'], ['100,000 tonnes of white crystal sugar', 'white crystal sugar']]);
    // (not a model no lower-case noun follows: "20 Boeing 787 Dreamliners" counts the number alone, as before)
    expect(items('It will buy 20 Boeing 787 Dreamliners.')).toEqual([['20', null]]);
  });

  it('reads "and a half" into a number ("two and a half million people", "one-and-a-half to three per cent"), per cent in two words after a range, and no count in a compound that describes ("two-way trade", "a one-time charge", "a two-tier system")', () => {
    expect(amounts('About two and a half million people came.')).toEqual([['About two and a half million people', 'count', 2500000, null]]);
    // (Reuters)
    expect(amounts('According to state monitoring organs, the padding of figures makes up one-and-a-half to three per cent of the volume of production.')).toEqual([['one-and-a-half to three per cent', 'percent', 1.5, '%']]);
    expect(amounts('The EU is ASEAN\'s second largest trading partner, with two-way trade of 246.7 billion U.S. dollars in 2016.')).toEqual([['246.7 billion U.S. dollars', 'money', 246700000000, 'USD']]);
    expect(amounts('The company took a one-time charge and kept its two-tier wage system.')).toEqual([]);
    // (a count still: "a 15-fold increase", "one-stop flights")
    expect(amounts('Sales rose 15-fold.').map((c) => c[2])).toEqual([15]);
  });

  it('reads a currency word after a country\'s demonym as that country\'s money ("30 billion Indian rupees", "10 million Pakistani rupees", "5 billion Japanese yen")', () => {
    expect(amounts('India and the Maldives signed a currency swap agreement worth 400 million U.S. dollars and 30 billion Indian rupees.')).toEqual([['400 million U.S. dollars', 'money', 400000000, 'USD'], ['30 billion Indian rupees', 'money', 30000000000, 'INR']]);
    expect(amounts('It paid 10 million Pakistani rupees and 20 Sri Lankan rupees.').map((c) => c[3])).toEqual(['PKR', 'LKR']);
    // (Reuters)
    expect(amounts('Qatar General Petroleum Corp posted a profit of 93.1 mln Qatari riyals.')).toEqual([['93.1 mln Qatari riyals', 'money', 93100000, 'QAR']]);
  });

  it('reads a variant number after a model\'s word in capitals as part of the model ("Boeing 737 MAX 10 aircraft"), and "MAX" as no maker', () => {
    const doc = docOf('Ryanair has agreed to buy up to 300 Boeing 737 MAX 10 aircraft. Boeing said so.');
    expect(doc.counts.map((c) => [c.text, c.value])).toEqual([['up to 300', 300]]);
    expect(doc.entities.map((e) => e.name)).not.toContain('MAX');
  });
});
