// Relations between the entities of an article: roles, locations, membership.
import { describe, expect, it } from 'vitest';
import { docOf } from './helpers.js';

const relations = (text: string) => docOf(text).relations.map((x) => [x.kind, x.subject.name, x.object.name, x.detail]);

describe('relations', () => {
  it('reads a role in apposition, written as one line wherever the text wrapped', () => {
    const text = 'Shares of Delta Trading Co rose 12 pct on Tuesday after the company named a new board.\n    John Smith, managing\ndirector of Delta Trading Co, said the company would cut costs.\n';
    expect(relations(text)).toEqual([['role', 'John Smith', 'Delta Trading Co', 'managing director']]);
  });

  it('reads a role before the name, after a determiner or an organisation, and two roles joined by "and"', () => {
    expect(relations('Boeing Co chief executive Frank Shrontz said sales rose.')).toEqual([['role', 'Frank Shrontz', 'Boeing Co', 'chief executive']]);
    expect(relations("Nokia's chief executive Stephen Elop announced the partnership in London.")).toEqual([['role', 'Stephen Elop', 'Nokia', 'chief executive']]);
    expect(relations('Frank Shrontz, the new chairman of Boeing Co, said so.')).toEqual([['role', 'Frank Shrontz', 'Boeing Co', 'chairman']]);
    expect(relations('Gerald Greenwald, Chrysler Corp vice chairman, said so.')).toEqual([['role', 'Gerald Greenwald', 'Chrysler Corp', 'vice chairman']]);
    expect(relations('Texaco Inc said so. Richard Brinkman, Texaco\'s chief financial officer, said sales rose.')).toEqual([['role', 'Richard Brinkman', 'Texaco Inc', 'chief financial officer']]);
    expect(relations('The plan was backed by Frank Shrontz, president and chief executive officer of Boeing Co.')).toEqual([
      ['role', 'Frank Shrontz', 'Boeing Co.', 'president and chief executive officer'],
    ]);
  });

  it('reads the body a quoted person speaks for in "X of Y", with the profession before the name', () => {
    const text = '"Rates will rise," said analyst Jeffrey Leeds of Chemical Bank. Robert Solomon of the Brookings Institution agreed, and Prince Charles of Britain visited.';
    expect(relations(text)).toEqual([
      ['role', 'Jeffrey Leeds', 'Chemical Bank', 'analyst'],
      ['role', 'Robert Solomon', 'Brookings Institution', null],
    ]);
  });

  it('reads where an event opened or took place, "here" as the dateline\'s place, and no place in a quoted theme', () => {
    const text = 'The 8th China-South Asia Expo opened in Kunming on Sunday. The expo, themed "Unity and Coordination for Common Development", was organized by the Ministry of Commerce.';
    expect(relations(text).map(([kind, , object]) => [kind, object])).toEqual([
      ['held_in', 'Kunming'],
      ['held_on', 'Sunday'],
      ['organised_by', 'Ministry of Commerce'],
    ]);
    expect(docOf(text).entities.map((e) => e.name)).not.toContain('Unity');
    expect(relations('The World Economic Forum took place in Davos in January.').map(([kind, , object]) => [kind, object])).toContainEqual(['held_in', 'Davos']);
    // "here": the dateline's place
    expect(relations('Astana, June 14 (Xinhua) -- The third China-Central Asia Cooperation Forum opened here on Tuesday.').map(([kind, , object]) => [kind, object])).toContainEqual(['held_in', 'Astana']);
    // the day it opened, not the year of the edition's name (unless no other date is given)
    const edition = (t: string) => relations(t).filter(([kind]) => kind === 'held_on').map(([, , object]) => object);
    expect(edition('The 2024 China-Arab States Expo opened in Yinchuan on Thursday.')).toEqual(['Thursday']);
    expect(edition('The 1988 Olympic Games will be held in Seoul.')).toEqual(['1988']);
  });

  it('reads who co-hosts "the three-day forum", and no earlier edition as the same event', () => {
    const text = 'The second China-Africa Agricultural Cooperation Forum opened on Tuesday in Nairobi. The three-day forum, co-hosted by the Kenyan Ministry of Agriculture and the Chinese Academy of Agricultural Sciences, focuses on irrigation. The first forum was held in Sanya in December 2021.';
    expect(relations(text).map(([kind, , object]) => [kind, object])).toEqual([
      ['held_on', 'Tuesday'],
      ['organised_by', 'Kenyan Ministry of Agriculture'],
      ['organised_by', 'Chinese Academy of Agricultural Sciences'],
    ]);
  });

  it('reads who organised an event in the active voice and where, a country that hosts it, and the dates of a range it was held over', () => {
    expect(relations('The Ministry of Education and UNESCO jointly organized the International Forum on AI and Education in Beijing.').map(([kind, , object]) => [kind, object])).toEqual([
      ['organised_by', 'Ministry of Education'],
      ['organised_by', 'UNESCO'],
      ['held_in', 'Beijing'],
    ]);
    expect(relations('Hosted by Kazakhstan, the Astana International Forum brought together 5,000 participants.')).toEqual([['organised_by', 'Astana International Forum', 'Kazakhstan', null]]);
    // (not a country a demonym names, nor one that organises)
    expect(relations('Organised by Kazakhstan, the Astana International Forum brought together 5,000 participants.')).toEqual([]);
    expect(relations('The 15th BRICS Summit was held in Johannesburg from August 22 to 24, 2023.')).toContainEqual(['held_on', 'BRICS Summit', 'from August 22 to 24, 2023', '2023-08-22/2023-08-24']);
  });

  it('reads the country whose name or demonym opens a person\'s title as the body of the role ("Kenyan President William Ruto", "Haiti\'s Prime Minister Ariel Henry")', () => {
    expect(relations("Kenyan President William Ruto met Haiti's Prime Minister Ariel Henry and British Foreign Secretary Sir Geoffrey Howe.")).toEqual([
      ['role', 'William Ruto', 'Kenya', 'President'],
      ['role', 'Ariel Henry', 'Haiti', 'Prime Minister'],
      ['role', 'Geoffrey Howe', 'United Kingdom', 'Foreign Secretary'],
    ]);
    // (a title no country opens, none)
    expect(relations('President William Ruto met Prime Minister Ariel Henry.')).toEqual([]);
  });

  it('reads a country\'s office in an apposition when the country ends it ("Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE,"), not a body the country opens', () => {
    expect(relations('Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received him. William Ruto, the president of Kenya, said so.')).toEqual([
      ['role', 'Mohamed bin Zayed Al Nahyan', 'United Arab Emirates', 'President'],
      ['role', 'William Ruto', 'Kenya', 'president'],
    ]);
    expect(relations('Helmut Geiger, president of the West German savings banks association, spoke.')).toEqual([]);
  });

  it('reads the role a title of a body gives, written before the name ("Rector of Seoul National University Ryu Hong-lim") or between commas after it ("Shinji Fukukawa, Vice Minister of the International Trade and Industry Ministry")', () => {
    expect(relations('Rector of Seoul National University Ryu Hong-lim visited Tashkent on Monday to sign a memorandum with the ministry.')).toEqual([['role', 'Ryu Hong-lim', 'Seoul National University', 'Rector']]);
    expect(relations('Shinji Fukukawa, Vice Minister of the International Trade and Industry Ministry, told reporters the talks would resume.')).toEqual([['role', 'Shinji Fukukawa', 'International Trade and Industry Ministry', 'Vice Minister']]);
  });

  it('reads a title after its portfolio, a body read inside the title, and the body an owner\'s possessive names (Reuters)', () => {
    expect(relations('Willy de Clercq, External Relations Commissioner of the European Communities, told a news conference.')).toEqual([
      ['role', 'Willy de Clercq', 'European Communities', 'External Relations Commissioner'],
    ]);
    expect(relations("Recovery is slow, Adebayo Adedji, Executive Secretary\nof the U.N.'s Economic Commission for Africa said.")).toEqual([
      ['role', 'Adebayo Adedji', 'Economic Commission for Africa', 'Executive Secretary'],
    ]);
  });
});
