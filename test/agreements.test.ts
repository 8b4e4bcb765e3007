// Agreements: who signed what with whom; proposals, negotiations and rejections produce no row.
import { describe, expect, it } from 'vitest';
import { docOf } from './helpers.js';

const agreements = (text: string) => docOf(text).agreements.map((a) => ({ kind: a.kind, status: a.status, parties: a.parties.map((p) => p.name), purpose: a.purpose }));
/** The party names of each agreement in the text, in order. */
const partiesOf = (text: string) => agreements(text).map((a) => a.parties);
/** The parties of each agreement in the text, each with who signed for it in brackets: "Busan (Park Heong-joon)". */
const signed = (text: string) => docOf(text).agreements.map((a) => a.parties.map((p) => (p.signatory ? `${p.name} (${p.signatory.name})` : p.name)));

describe('agreements', () => {
  it('reads subject, counterparty and purpose', () => {
    expect(agreements('Shell has signed a $6bn deal with the Middle Eastern sheikhdom of Qatar to supply liquid natural gas to Europe.')).toEqual([
      { kind: 'deal', status: 'signed', parties: ['Shell', 'Qatar'], purpose: 'to supply liquid natural gas to Europe' },
    ]);
  });

  it('reads "the Gujarat government" as the state\'s item of a list, and the purpose after it', () => {
    expect(agreements('Tata Motors on Tuesday signed an MoU with the Gujarat government to invest Rs 2,000 crore in a new plant at Sanand.')).toEqual([
      { kind: 'MoU', status: 'signed', parties: ['Tata Motors', 'Gujarat'], purpose: 'to invest Rs 2,000 crore in a new plant at Sanand' },
    ]);
  });

  it('reads settlements and ceasefires reached or agreed, "agreed to a deal", and hyphened kinds (Reuters)', () => {
    expect(agreements('Continental agreed to the settlement with the SEC, the bank said.')).toEqual([
      { kind: 'settlement', status: 'agreed', parties: ['Continental', 'Securities and Exchange Commission'], purpose: null },
    ]);
    expect(agreements('Iran and Iraq agreed to a cease-fire on Tuesday.').map((a) => [a.kind, a.parties])).toEqual([['cease-fire', ['Iran', 'Iraq']]]);
    expect(agreements('Malaysia agreed to the oil-for-bridges deal with Iraq.').map((a) => a.kind)).toEqual(['oil-for-bridges deal']);
    // damages a plaintiff won, and a company named Seal-It, are no agreements
    expect(agreements('The charge reflects a 50 mln dlr settlement won by Sealy licensee in Michigan.')).toEqual([]);
    expect(agreements('AutoSpa Franchising and Seal-It each will hold 50 pct of the joint venture.')).toEqual([]);
  });

  it('reads an order or a contract a seller received, and an alliance announced (Reuters)', () => {
    expect(agreements('Lotus Development Corp said it has received a 30 mln dlr order from Micro D Inc for a number of Lotus software products.').map((a) => [a.kind, a.status, a.parties])).toEqual([
      ['order', 'concluded', ['Lotus Development Corp', 'Micro D Inc']],
    ]);
    expect(agreements('Ford and Volkswagen announced a global alliance on Tuesday.').map((a) => [a.kind, a.parties])).toEqual([['global alliance', ['Ford', 'Volkswagen']]]);
    // a credit received under an agreement signed with a bank: the agreement is the signed one
    expect(agreements('Oil India Ltd said it received a 3.5 billion yen credit under an agreement signed with Dai Ichi Kangyo Bank last week.').map((a) => a.parties)).toEqual([
      ['Oil India Ltd', 'Dai Ichi Kangyo Bank'],
    ]);
    // a regulator's rate order, a court order, approval of a contract, orders as statistics: no agreement
    expect(agreements('Public Service recently received a disappointing rate order from the New Jersey Board of Public Utilities.')).toEqual([]);
    expect(agreements('The company received a court order requiring it to stop.')).toEqual([]);
    expect(agreements('Oxford Energy Co said it received final approval from the state of a power contract for its plant.')).toEqual([]);
    expect(agreements('Orders received by the industry rose 5 pct in March.')).toEqual([]);
  });

  it('reads a joint statement signed, not one issued', () => {
    expect(agreements('Russian President Vladimir Putin and Chinese President Xi Jinping signed a joint statement in Moscow.').map((a) => [a.kind, a.parties])).toEqual([
      ['joint statement', ['Russia', 'China']],
    ]);
    expect(agreements('The two leaders issued a joint statement after the talks.')).toEqual([]);
    // Reuters: the agent ends before a second verb
    const text = 'Angola and Uruguay have established diplomatic relations, according to a joint communique signed by their U.N. representatives and circulated here today.';
    // (and "their" representatives sign for the sides the sentence opens with)
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['joint communique', ['Angola', 'Uruguay']]]);
  });

  it('reports no agreement still to come after "after", "once" or "until" ("after the agreement ... is signed")', () => {
    expect(agreements('Egypt will seek loans immediately after the agreement with the IMF is signed, he said.')).toEqual([]);
    expect(agreements('Brazil will only lift the moratorium after an accord is reached with the private banks.')).toEqual([]);
  });

  it('dates an agreement by its sentence, not by the dateline of the report', () => {
    const text = 'NEW DELHI, Feb 20 (Reuters) - India and the United Arab Emirates signed a comprehensive economic partnership agreement on Friday, officials said.';
    expect(docOf(text).agreements.map((a) => a.date?.text)).toEqual(['Friday']);
  });

  it('reads more ways news reports a signing', () => {
    const parties = (t: string) => agreements(t).map((a) => a.parties);
    expect(parties('Nestle penned a deal with Starbucks to sell its coffee.')).toEqual([['Nestle', 'Starbucks']]);
    expect(parties('Nokia wins 5G deal from Vodafone')).toEqual([['Nokia', 'Vodafone']]);
    expect(parties('Boeing won a deal from Ryanair for 100 jets.')).toEqual([['Boeing', 'Ryanair']]);
    expect(parties('The deal between Disney and Pixar was sealed on Tuesday.')).toEqual([['Disney', 'Pixar']]);
    // a participle wink tags as an adjective after "have both"; a group no name was given for, as written
    expect(parties('Airbus and Boeing have both struck deals with Chinese airlines.')).toEqual([['Airbus', 'Boeing', 'Chinese airlines']]);
    expect(parties('A deal has been agreed between Unilever and the unions to end the strike.')).toEqual([['Unilever', 'the unions']]);
    // but "the signed agreement" has no verb, and "the Egyptian and Canadian governments" stand for their countries
    expect(agreements('The signed agreement was sent to Alpha Corp.')).toEqual([]);
  });

  it('reads "the deal signed with Maine" after another agreement as a deal of its own, "placed the order with Plessey" as the same', () => {
    const maine = 'The contract with the New England Power Pool was signed in 1985. Hydro-Quebec wants guaranteed contracts, such as the deal signed with Maine.';
    expect(agreements(maine).map((a) => a.parties)).toEqual([['New England Power Pool'], ['Maine']]);
    const plessey = 'Plessey Co Plc said it had won a 100 mln dlr telephone exchange order. The Post Office placed the order with Plessey last week.';
    // (one order, whose buyer the second sentence names)
    expect(agreements(plessey).map((a) => a.parties)).toEqual([['Plessey Co Plc', 'Post Office']]);
  });

  it('finds the buyer named in the purpose of a sale', () => {
    const text = 'Ford Motor Company has signed an agreement to sell its Swedish subsidiary Volvo Cars to China\'s Zhejiang Geely Holding Group for $1.8 billion.';
    expect(docOf(text).agreements.map((a) => a.parties.map((p) => `${p.name} (${p.role})`))).toEqual([['Ford Motor Company (subject)', 'Zhejiang Geely Holding Group (buyer in purpose)']]);
  });

  it('finds the seller named in the purpose when the purpose is wrapped across lines', () => {
    const text = 'Alpha Tools Corp said on Monday that it signed an agreement to acquire the\nwhole share capital of Sigma Engineering Co for 12.5 mln dlrs cash.\n';
    expect(docOf(text).agreements.map((a) => a.parties.map((p) => `${p.name} (${p.role})`))).toEqual([['Alpha Tools Corp (subject)', 'Sigma Engineering Co (seller in purpose)']]);
  });

  it('reads counterparties marked in angle brackets, as Reuters marks company names', () => {
    const text = 'Senior Tools Group Plc said it has reached agreement with <Cronus Industries Inc> and <Delta Holdings Corp> to sell its pumps unit for 12.5 mln dlrs cash.';
    expect(docOf(text).agreements.map((a) => a.parties.map((p) => `${p.name} (${p.role}, ${p.entityId ? 'linked' : 'as written'})`))).toEqual([
      ['Senior Tools Group Plc (subject, linked)', 'Cronus Industries Inc (counterparty, linked)', 'Delta Holdings Corp (counterparty, linked)'],
    ]);
  });

  it('takes "it" for the company of the sentence, not a place that describes it', () => {
    const text = 'Sweden\'s LM Ericsson Telephone Co said on Monday that it had signed an agreement with <Visa International> to supply switches.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['LM Ericsson Telephone Co', 'Visa International']]);
  });

  it('takes "The German firm said it" for the company the article is about, not the country', () => {
    const text = 'Deutsche Telekom has agreed to buy the remaining 16% of its mobile phone unit T-Mobile USA.\n\nThe German firm said it had reached an agreement with the minority shareholders to pay $2.2bn for the stake.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Deutsche Telekom', 'the minority shareholders']]);
  });

  it('keeps a company no rule typed, not the place it is from, as the counterparty', () => {
    const text = 'Cable News Network said it reached an agreement with Televerket Kabel TV of Sweden to broadcast news on its network.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Cable News Network', 'Televerket Kabel TV']]);
  });

  it('reads "An agreement between X and Y, also signed on Tuesday," as signed', () => {
    const text = 'An agreement between Tata Group and Rolls-Royce, also signed on Tuesday, covers engines for the A350 aircraft.';
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['agreement', ['Tata Group', 'Rolls-Royce']]]);
  });

  it('takes "the companies" for the two the article names first', () => {
    const text = 'Southwest Forest Industries said it and Stone Container Corp have complied with all federal waiting period requirements.\n    Southwest has 12.3 mln shares outstanding. The companies entered into a merger agreement on January 27.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Southwest Forest Industries', 'Stone Container Corp']]);
  });

  it('ends a list of counterparties where ", and the X inked" starts a clause of its own', () => {
    const text = 'China Development Bank signed a loan agreement with the Export-Import Bank of Malaysia, and the China Railway Construction Corporation inked a memorandum of understanding with the Ministry of Transport of Kazakhstan on a railway project.';
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([
      ['loan agreement', ['China Development Bank', 'Export-Import Bank of Malaysia']],
      ['memorandum of understanding', ['China Railway Construction Corporation', 'Ministry of Transport of Kazakhstan']],
    ]);
  });

  it('reads the signer before its short form in brackets, and no purpose in "signed on the occasion"', () => {
    const text = 'The National University of Sciences and Technology (NUST) also signed an MoU with Huawei Technologies to set up a training centre in Islamabad.';
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['MoU', ['National University of Sciences and Technology', 'Huawei Technologies']]]);
    expect(agreements('A trade deal was signed on the sidelines of the G20 summit by India and Japan to cut tariffs.')).toEqual([
      { kind: 'trade deal', status: 'signed', parties: ['India', 'Japan'], purpose: 'to cut tariffs' },
    ]);
  });

  it('reads a relative clause that says what the agreement will do as its purpose', () => {
    expect(agreements('Tesco has agreed a franchise deal with India\'s Tata Group that will see it supply stores run by Trent.')).toEqual([
      { kind: 'franchise deal', status: 'agreed', parties: ['Tesco', 'Tata Group'], purpose: 'that will see it supply stores run by Trent' },
    ]);
    // not one that says when or how it was made
    expect(agreements('Alpha Corp said it has signed the agreement that was drafted last year with Beta Inc.').map((a) => a.purpose)).toEqual([null]);
  });

  it('reads the company after "the London-based" as the counterparty, not the city', () => {
    const parties = (t: string) => agreements(t).map((a) => a.parties);
    expect(parties('Reuters Holdings said it had reached agreement with the London-based International Stock Exchange on the distribution of quotations.')).toEqual([['Reuters Holdings', 'International Stock Exchange']]);
    expect(parties('KPA signed an agreement with the Hamburg-based shipping line Unimar Seetransport to establish a shipping line.')).toEqual([['KPA', 'Unimar Seetransport']]);
  });

  it('reads the sides named before the noun: "the U.S.-China trade deal", "Britain\'s first post-Brexit trade deal"', () => {
    const parties = (t: string) => agreements(t).map((a) => [a.kind, a.parties]);
    expect(parties('The U.S.-China trade deal was signed in Washington on Wednesday.')).toEqual([['trade deal', ['U.S.', 'China']]]);
    expect(parties('The EU-Japan agreement was signed on Tuesday.')).toEqual([['agreement', ['European Union', 'Japan']]]);
    expect(parties("Britain's first post-Brexit trade deal was signed with Australia.")).toEqual([['post-Brexit trade deal', ['Britain', 'Australia']]]);
  });

  it('reads past the description in front of the second of two signers', () => {
    const text = 'Mitsubishi Corp and the Soviet Union\'s foreign trade organisation Technopromexport have signed a contract for the construction of a power station in Siberia.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Mitsubishi Corp', 'Technopromexport']]);
    expect(agreements('Nissan and its partner Renault signed a deal to share engines.').map((a) => a.parties)).toEqual([['Nissan', 'Renault']]);
  });

  it('reads the speaker Reuters marks in angle brackets, and past a ticker', () => {
    const parties = (t: string) => agreements(t).map((a) => a.parties);
    expect(parties('French computer services group <Cap Gemini Sogeti> said it has won a five mln franc contract to develop a data system.')).toEqual([['Cap Gemini Sogeti']]);
    expect(parties('Varian Associates Inc <VAR> and Siemens A.G. <SIEGn.F> said they signed a letter of intent to form a business.')).toEqual([['Varian Associates Inc', 'Siemens A.G.']]);
    // collateral is no signing: "secured by a charge"
    expect(agreements('Obligations under the swap agreement are secured by a charge on 97 mln dlrs of bonds.')).toEqual([]);
  });

  it('reads "X and its subsidiary, Y, announced that they have reached" as both companies (Reuters)', () => {
    const text = 'Fidata Corp <FID> and its subsidiary,\nFidata Trust Company New York <FTCNY>, announced that they have\nreached a preliminary settlement agreement in principle in the\nlawsuits.\n';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Fidata Corp', 'Fidata Trust Company New York']]);
  });

  it('reads "it and X ... said they signed" as both companies signing', () => {
    const text = 'Navistar International Corp said it and\nDina Camiones, a truck subsidiary of Diesel Nacional, a Mexican\ngovernment company, said they signed a technical assistance\nagreement.\n';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Navistar International Corp', 'Dina Camiones']]);
    // also past where the other is, between commas, and an article written with a capital (Reuters)
    const colonial = 'Colonial BancGroup said it and\nThe Liberty Bank of Pensacola, Fla., signed a letter of intent\nfor Colonial to acquire Liberty.\n';
    expect(agreements(colonial).map((a) => a.parties)).toEqual([['Colonial BancGroup', 'Liberty Bank of Pensacola']]);
    expect(agreements('Acme Corp said it and RCA Inc of Moorestown, N.J., signed an agreement to build radars.').map((a) => a.parties)).toEqual([['Acme Corp', 'RCA Inc']]);
    // and past another company's unit with its short name between commas (Reuters 4163)
    const kwu = 'Deutsche Babcock AG <DBCG.F> said it and Siemens AG <SIEG.F> subsidiary Kraftwerk Union AG <KAWG.F>, KWU, have won an order from the city of Munich for a plant.';
    expect(agreements(kwu).map((a) => a.parties)).toEqual([['Deutsche Babcock AG', 'Kraftwerk Union AG', 'Munich']]);
  });

  it('takes "it" for the company that said it, not one named in an apposition between', () => {
    const text = 'Alpha Canada Ltd, wholly\nowned by Alpha Corp, said it concluded an agreement with Sigma Motors Co Ltd to sell cars in Canada.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Alpha Canada Ltd', 'Sigma Motors Co Ltd']]);
  });

  it('takes "it" for the company before a relative clause wire copy left unclosed, not the owners named in it', () => {
    const text = 'ASTRONET Corp, which is jointly\nowned by <Mitsubishi Corp> and <Stromberg-Carlson Corp>  said\nit entered into three separate agreements to supply cellular\ntelephone systems in Roanoke, Va.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['ASTRONET Corp']]);
    const owned = 'Alpha Canada Ltd, wholly owned by Alpha Corp said it concluded an agreement with Sigma Motors Co Ltd to sell cars.';
    expect(agreements(owned).map((a) => a.parties)).toEqual([['Alpha Canada Ltd', 'Sigma Motors Co Ltd']]);
  });

  it('reads no agreement that the verb does not govern', () => {
    const fed = 'The Federal Reserve entered the\ngovernment securities market to arrange one billion dlrs of\ncustomer repurchase agreements, a spokesman said.';
    expect(agreements(fed)).toEqual([]);
    expect(agreements('The two countries enter the final year of their grains agreement.')).toEqual([]);
    const loi = 'Alpha Inc said it had signed a letter of intent with Sigma Corp to form a joint venture.';
    expect(agreements(loi).map((a) => [a.kind, a.parties])).toEqual([['letter of intent', ['Alpha Inc', 'Sigma Corp']]]);
    expect(agreements('Alpha Inc said it entered a new, unsecured revolving credit agreement with its banks.').map((a) => a.kind)).toEqual(['credit agreement']);
  });

  it('leaves the amount out of the kind and the place of a counterparty out of the parties', () => {
    const text = 'Krupp Industrietechnik GmbH has won a 130 mln marks joint order with Sumitomo Bakelite Co Ltd, Tokyo, Japan, for a steel works.';
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['joint order', ['Krupp Industrietechnik GmbH', 'Sumitomo Bakelite Co Ltd']]]);
  });

  it('reads passive agents after a place or a date, and a speaker no rule typed', () => {
    expect(agreements('The deal, signed in Beijing by Airbus and China Eastern, covers 100 jets.').map((a) => a.parties)).toEqual([['Airbus', 'China Eastern']]);
    expect(agreements('Under the agreement signed on Monday by Renault and Nissan, the firms will share engines.').map((a) => a.parties)).toEqual([['Renault', 'Nissan']]);
    expect(agreements('The contract, signed on Monday by Van Waters and Rogers Inc, runs for a year.').map((a) => a.parties)).toEqual([['Van Waters and Rogers Inc']]);
    expect(agreements('Ford said it had reached agreement with the United Auto Workers union on a new contract.')).toEqual([
      { kind: 'agreement', status: 'agreed', parties: ['Ford', 'United Auto Workers'], purpose: 'a new contract' },
    ]);
    expect(agreements('Officials said it had reached agreement with the union.').map((a) => a.parties)).toEqual([['the union']]);
    expect(agreements('Britain agreed a £2bn arms deal with Saudi Arabia on Tuesday.')[0].purpose).toBeNull();
  });

  it('reads the parties of "the agreement between X and Y was signed", and not of an active "has signed"', () => {
    expect(agreements('The agreement between Israel and the United Arab Emirates was signed at the White House.').map((a) => a.parties)).toEqual([['Israel', 'United Arab Emirates']]);
    const venture = 'Knight-Ridder Inc said its TKR Cable Co joint venture with Tele-communications Inc has signed a letter of intent to acquire cable systems.';
    expect(agreements(venture).map((a) => a.kind)).toEqual(['letter of intent']);
    const trafalgar = 'The company said earnings will be aided by an agreement it has signed with Trafalgar House PLC.';
    expect(agreements(trafalgar).map((a) => a.parties)).toEqual([['Trafalgar House PLC']]);
  });

  it('reads signers described before their names (for the country their title names), and a government for its country', () => {
    const kz = 'Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev signed a treaty on allied relations.';
    expect(agreements(kz)[0].parties).toEqual(['Kazakhstan', 'Uzbekistan']);
    expect(agreements('The agreement was signed by Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki in Jeddah.')[0].parties).toEqual(['Ethiopia', 'Eritrea']);
    // (a title that names no country leaves the person)
    expect(agreements("The agreement was reached last year between President Ronald Reagan and Indonesia's President Suharto.")[0].parties).toEqual(['Ronald Reagan', 'Indonesia']);
    expect(agreements('The accord was signed by Foreign Minister Wang Yi and his Cambodian counterpart Prak Sokhonn.')[0].parties).toEqual(['Wang Yi', 'Cambodia']);
    expect(agreements('The World Bank and the government of Nigeria signed a grant agreement worth $50 million.')[0].parties).toEqual(['World Bank', 'Nigeria']);
    const nile = "Egypt's President Abdel Fattah el-Sisi and his Sudanese counterpart Omar al-Bashir signed a declaration of principles.";
    expect(agreements(nile)).toEqual([{ kind: 'declaration of principles', status: 'signed', parties: ['Egypt', 'Sudan'], purpose: null }]);
    expect(agreements('Reliance Industries Ltd said it had signed a term sheet with Abu Dhabi Chemicals Derivatives Company to set up a plant in Ruwais.')).toEqual([
      { kind: 'term sheet', status: 'signed', parties: ['Reliance Industries Ltd', 'Abu Dhabi Chemicals Derivatives Company'], purpose: 'to set up a plant in Ruwais' },
    ]);
  });

  it('ends a purpose before the date it was signed and before a reporting clause', () => {
    expect(agreements('China and Pakistan signed 15 agreements on Monday covering energy, infrastructure and trade.')[0].purpose).toBe('covering energy, infrastructure and trade');
    expect(agreements('Japan and Britain have signed a memorandum on exchange of market information, Finance Ministry officials said.')[0].purpose).toBe('exchange of market information');
    expect(agreements('The seamen had signed an agreement with the shipping company on Saturday for a 120 pct salary rise.')[0].purpose).toBe('a 120 pct salary rise');
    // A date that belongs to the purpose stays; a clause after a comma that goes on with the sentence ends it.
    expect(agreements('Portugal signed an agreement to return Macao to Chinese control in 1999.')[0].purpose).toBe('to return Macao to Chinese control in 1999');
    expect(agreements('The two sides signed the Beijing Declaration and an action plan for 2020-2022.').map((a) => a.kind)).toEqual(['Beijing Declaration', 'action plan']);
    expect(docOf('The two sides signed the Beijing Declaration and an action plan for 2020-2022.').agreements.map((a) => a.date)).toEqual([null, null]);
    const mercosur = 'The European Union and Mercosur reached a political agreement on a free trade deal in Brussels on Friday after 20 years of talks.';
    expect(agreements(mercosur)[0].purpose).toBe('a free trade deal');
    // After "the Portuguese government", and before a speaker with his role; not inside a list of names.
    expect(agreements("Vinci signed a concession agreement with the Portuguese government to run Lisbon's airports.")[0]).toMatchObject({ parties: ['Vinci', 'Portugal'], purpose: "to run Lisbon's airports" });
    const lumber = 'The company has signed a contract with the Iraqi government to supply softwood lumber to Iraq, Edward Niedermeyer, president of the company, said.';
    expect(agreements(lumber)[0].purpose).toBe('to supply softwood lumber to Iraq');
    const jewels = 'Jewelmasters signed a licensing agreement with Walt Disney Co to sell jewelry featuring Mickey Mouse, Minnie Mouse and Goofy.';
    expect(agreements(jewels)[0].purpose).toBe('to sell jewelry featuring Mickey Mouse, Minnie Mouse and Goofy');
    const chrysler = 'Chrysler Corp, which signed a letter of intent on March 9 to acquire AMC, said progress has been made.';
    expect(agreements(chrysler)[0].purpose).toBe('to acquire AMC');
    expect(agreements('Wharf Resources Ltd reached an agreement with Nevada Packard for a joint venture to explore, evaluate and produce gold.')[0].purpose).toBe(
      'a joint venture to explore, evaluate and produce gold',
    );
    // a reporting clause that a comma ends, not the sentence ("..., the carrier said on Thursday, marking ...")
    const indigo = 'IndiGo has placed a firm order for 30 Airbus A350 widebody aircraft, the carrier said on Thursday, marking its first foray into long-haul flying.';
    expect(agreements(indigo)[0].purpose).toBe('30 Airbus A350 widebody aircraft');
    const reseller = 'Archive Corp said it signed an agreement under which Microamerica, a value-added reseller of personal computers, will distribute its drives.';
    expect(agreements(reseller)[0].purpose).toMatch(/^under which Microamerica, a value-added reseller of personal computers/);
  });

  it('reads a compound of agreement nouns once, and no agreement noun inside a clause of its own', () => {
    const serbia = 'A strategic partnership agreement was signed between Hebei Steel Group and the Serbian government.';
    expect(agreements(serbia).map((a) => [a.kind, a.parties])).toEqual([['strategic partnership agreement', ['Hebei Steel Group', 'Serbia']]]);
    const hutton = 'Emery Air Freight Corp said it has entered into an agreement with E.F. Hutton Group Inc under which Hutton will terminate its merger agreement with Purolator Courier Corp.';
    expect(agreements(hutton).map((a) => [a.kind, a.parties, a.purpose])).toEqual([
      ['agreement', ['Emery Air Freight Corp', 'E.F. Hutton Group Inc'], 'under which Hutton will terminate its merger agreement with Purolator Courier Corp'],
    ]);
    const formal = 'Leisure Concepts Inc said it has signed a definitive agreement to be licensing agent for Lorimar, formalizing a preliminary agreement reached in January.';
    expect(agreements(formal).map((a) => a.kind)).toEqual(['definitive agreement']);
  });

  it('reads a purpose after a comma that opens it', () => {
    expect(agreements('The two sides signed a total of 37 cooperation documents, covering trade, energy and culture.')).toEqual([
      { kind: 'cooperation document', status: 'signed', parties: ['The two sides'], purpose: 'covering trade, energy and culture' },
    ]);
    expect(agreements('Nissan signed an agreement with Renault, under which Renault will take a 36.8 percent stake.')[0].purpose).toBe('under which Renault will take a 36.8 percent stake');
  });

  it('reads orders a buyer signs or places, and one order it announces, not orders of a court or of a trader, nor one expected', () => {
    expect(agreements('Airbus said on Tuesday that IndiGo had signed a firm order for 250 A320neo jets.').map((a) => [a.kind, a.parties])).toEqual([['firm order', ['IndiGo']]]);
    expect(agreements('Swissair announced a firm order for six McDonnell Douglas Corp MD-11s, with an option for 12 more.').map((a) => a.parties)).toEqual([['Swissair', 'McDonnell Douglas Corp']]);
    expect(agreements('Emirates is expected to announce an order for 43 Airbus A380 superjumbos.')).toEqual([]);
    expect(agreements('Qantas Airways Ltd said it has placed a firm order with Boeing Co for four jets.').map((a) => a.parties)).toEqual([['Qantas Airways Ltd', 'Boeing Co']]);
    expect(agreements('President Reagan signed an order lifting the sanctions.')).toEqual([]);
    expect(agreements('Dealers said the central bank had placed buy orders for dollars.')).toEqual([]);
    expect(agreements('The merger took place after an agreement was reached with the Federal Trade Commission.').map((a) => a.parties)).toEqual([['Federal Trade Commission']]);
  });

  it('reads an order or a contract a seller clinches or bags, and from whom', () => {
    expect(agreements('Boeing, meanwhile, clinched an order from Air India for 20 more 737 MAX jets.').map((a) => [a.kind, a.parties])).toEqual([['order', ['Boeing', 'Air India']]]);
    expect(agreements('Larsen & Toubro has bagged a contract from the National Highways Authority of India to build a bridge.').map((a) => [a.kind, a.status, a.parties])).toEqual([
      ['contract', 'concluded', ['Larsen & Toubro', 'National Highways Authority of India']],
    ]);
  });

  it('reads "the firm" as the subject of the last sentence that names a company, not its last name', () => {
    // The shape of reuters-6910: the company the sentence before is about, not the ministry that told of it.
    const text = 'Boeing Military Airplane Co, a subsidiary of Boeing Co, is being awarded two contracts, the Defense Department said. It said the company was being awarded a 49.8 mln dlr contract for ten aircraft.';
    expect(agreements(text).map((a) => a.parties)).toContainEqual(['Boeing Military Airplane Co']);
    expect(agreements('Larsen & Toubro won an order from NHAI. The firm signed a contract with Tata Steel.').map((a) => a.parties)).toEqual([
      ['Larsen & Toubro', 'NHAI'],
      ['Larsen & Toubro', 'Tata Steel'],
    ]);
  });

  it('takes no date for when an agreement runs until, but the date a deal was "not sealed until"', () => {
    const date = (text: string) => docOf(text).agreements.map((a) => a.date?.text ?? null);
    expect(date('Manchester United renewed its kit deal with Adidas until 2035.')).toEqual([null]);
    expect(date('The first rescheduling was not sealed until mid-February this year, when Arabian Auto Agency reached agreement with 50 banks.')).toEqual(['mid-February']);
    expect(date("Yugoslavia won breathing space through yesterday's Paris Club refinancing agreement.")).toEqual(['yesterday']);
  });

  it('reads the company after a description in lower case, and after a country\'s name that describes it', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    expect(parties("Manchester United has signed a shirt sponsorship deal with technology firm Qualcomm's Snapdragon brand.")).toEqual([['Manchester United', 'Qualcomm']]);
    expect(parties('Ford signed a deal with state oil firm Petrobras and US chipmaker Nvidia.')).toEqual([['Ford', 'Petrobras', 'Nvidia']]);
    expect(parties('Ford signed a deal with the US on trade.')).toEqual([['Ford', 'US']]);
    // (the description wire copy capitalised after "U.S.": Reuters 9155)
    expect(parties('Madagascar extended its oil exploration agreement with the U.S. Firm Amoco Corp for 17 months.')).toEqual([['Madagascar', 'Amoco Corp']]);
  });

  it('reads the subject of the verb before a comma for the verb after it, when that subject opens the sentence', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    expect(parties('Vietnam, Japan upgrade ties, sign deals worth $3 billion\n\nHANOI - Vietnam and Japan upgraded ties on Monday.')).toEqual([['Vietnam', 'Japan']]);
    expect(parties('Toyota and Ford boosted output, signed a deal with Tesla and said more.')).toEqual([['Toyota', 'Ford', 'Tesla']]);
    // (a headline's comma joins a name and a side described: "China, Central Asian states sign")
    expect(parties('China, Central Asian states sign cooperation deals at Astana summit\n\nASTANA, June 17 (Xinhua) -- Leaders met on Tuesday.')).toEqual([['China', 'Central Asian states']]);
    // (not in a sentence: "Britain, the company said, signed")
    expect(parties('Britain, the company said, signed a deal with France.')).toEqual([['Britain', 'France']]);
    expect(parties('AirTanker Ltd, an EADS-led consortium, has signed a deal with the RAF.')).toEqual([['AirTanker Ltd', 'RAF']]);
  });

  it('reads the name a sentence opens with past a sentence adverb, for "under an agreement signed with"', () => {
    const text = 'Meanwhile, the African Development Bank (AfDB) approved a $50 million loan to Kenya for the Nairobi-Thika highway, under a financing agreement signed with the National Treasury.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['African Development Bank', 'National Treasury']]);
  });

  it('reads the country or the organisation a titled signer stands for as the party, and keeps the signer', () => {
    const rows = docOf('Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev signed a treaty on Monday. Tesla chief executive Elon Musk signed a deal with Panasonic. Peru\'s President Alan Garcia signed a trade pact with Mexico.').agreements;
    expect(rows.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]))).toEqual([
      [['Kazakhstan', 'Kassym-Jomart Tokayev'], ['Uzbekistan', 'Shavkat Mirziyoyev']],
      [['Tesla', 'Elon Musk'], ['Panasonic', null]],
      [['Peru', 'Alan Garcia'], ['Mexico', null]],
    ]);
    expect(agreements("Britain's Prime Minister Boris Johnson and his Japanese counterpart signed a trade deal on Friday.").map((a) => a.parties)).toEqual([['Britain', 'Japan']]);
    expect(agreements('Tracor Inc said its Tracor Aerospace Inc unit won three follow-up contracts worth 1.9 mln dlrs from the U.S. Air Force.').map((a) => a.parties)).toEqual([['Tracor Aerospace Inc', 'U.S. Air Force']]);
    // past where the unit is and what it is (Reuters)
    const senetek = "Senetek PLC said its\nSenetek A/S Danish subsidiary has signed a letter of intent to\nmarket <Diagnostic Biotechnology Co Pt Ltd> of Singapore's AIDS\nantibody tests.\n    The company said its 49 pct owned Tessek Ltd joint venture\naffiliate in Prague has also signed a letter of intent to\nmarket Diagnostics AIDS tests in Czechoslovakia.\n";
    expect(agreements(senetek).map((a) => a.parties)).toEqual([['Senetek A/S'], ['Tessek Ltd']]);
    // A person no title ties to a body signs as that person.
    expect(agreements('Mr Brown has signed a debt relief deal with Tanzania.').map((a) => a.parties)).toEqual([['Brown', 'Tanzania']]);
  });

  it('gives a headline\'s parties to no "similar deal" of the body', () => {
    const text = "Ghana signs cocoa financing deal with banks\n\nACCRA, Sept 23 (Reuters) - Ghana's cocoa regulator COCOBOD has signed a $1.3 billion syndicated loan agreement with a group of international banks.\n\nCote d'Ivoire, the world's top grower, signed a similar deal last month.";
    expect(agreements(text).map((a) => a.parties).pop()).toEqual(["Cote d'Ivoire"]);
  });

  it('reads the counterparty after an amount paid by the year', () => {
    expect(agreements("Alphabet's Google signed a licensing deal worth $60 million a year with Reddit Inc. to train its AI models.").map((a) => a.parties)).toEqual([['Google', 'Reddit Inc.']]);
  });

  it('reads "a logistics company from Kashgar" as the party, not the place it is from', () => {
    expect(agreements('In addition, a logistics company from Kashgar reached an agreement with a Pakistani trading firm to open a new freight route.').map((a) => a.parties)).toEqual([
      ['a logistics company from Kashgar', 'a Pakistani trading firm'],
    ]);
  });

  it('reads "it" after "awarded" and in "between it and X" as the company that says so', () => {
    // The shapes of reuters-16025 and reuters-3106.
    expect(agreements('Raytheon Co said the United States Navy awarded it a 215.3 mln dlr contract to produce missile guidance sections.').map((a) => a.parties)).toEqual([
      ['United States Navy', 'Raytheon Co'],
    ]);
    expect(agreements('Cambridge Medical Technology Corp said pursuant to a letter of intent signed between it and <Panbaxy Laboratories>, an AIDS test will be made.').map((a) => a.parties)).toEqual([
      ['Cambridge Medical Technology Corp', 'Panbaxy Laboratories'],
    ]);
  });

  it('reads the counterparty after what an agreement is for ("for its scanner with Xerox Corp.")', () => {
    expect(agreements('Datacopy Corp said it has signed a joint marketing agreement for its Model 730 office image scanner with Xerox Corp.')).toEqual([
      { kind: 'joint marketing agreement', status: 'signed', parties: ['Datacopy Corp', 'Xerox Corp.'], purpose: 'its Model 730 office image scanner' },
    ]);
    expect(agreements('ZIM Energy Corp said it entered into an agreement for a group to buy shares in association with Polo Energy Corp.')[0].parties).toEqual(['ZIM Energy Corp']);
  });

  it('reads the buyer, the partner or the customer a purpose names ("to be acquired by", "to merge with", "to supply X with")', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    expect(parties('Research-Cottrell Inc said it had entered into a definitive agreement to be acquired by R-C Acquisitions Inc for 43 dlrs per share.')).toEqual([['Research-Cottrell Inc', 'R-C Acquisitions Inc']]);
    expect(parties('Chatsworth Enterprises Inc said it signed a letter of intent to merge with <Lotoquik International Ltd>, a maker of video lottery machines.')).toEqual([['Chatsworth Enterprises Inc', 'Lotoquik International Ltd']]);
    expect(parties('Delmed Inc said it entered a five-year agreement to supply National Medical Care Inc with dialysis solutions.')).toEqual([['Delmed Inc', 'National Medical Care Inc']]);
  });

  it('reads whose products a distribution agreement is for, and no agreement that "strikes" as a noun governs from afar', () => {
    expect(agreements("Berkey Inc said it signed a long-term agreement to distribute Walt Disney Co's home video cassettes.").map((a) => a.parties)).toEqual([['Berkey Inc', 'Walt Disney Co']]);
    // reuters-11840
    expect(agreements('Lightning strikes hit the grain sector of the port of Rotterdam today after employers turned down union demands for shorter working hours in a new labour agreement, a union spokesman said.')).toEqual([]);
    expect(agreements('Boeing strikes deal with Airbus.').map((a) => a.parties)).toEqual([['Boeing', 'Airbus']]);
  });

  it('reads on past a ticker after a name, and "its affiliate" before one', () => {
    // The shapes of reuters-17094, reuters-933 and reuters-17548.
    expect(agreements('General Motors Corp said its Trucks unit has signed a memorandum of understanding with its affiliate Isuzu Motors Ltd <ISUM.T> to negotiate a van venture in Britain.')).toEqual([
      { kind: 'memorandum of understanding', status: 'signed', parties: ['its Trucks unit', 'Isuzu Motors Ltd'], purpose: 'to negotiate a van venture in Britain' },
    ]);
    expect(agreements('Airbus has already signed large deals with Pan Am Corp <PNN>, NWA Inc <NWA> and Eastern Airlines Inc <EALN>.')[0].parties).toEqual(['Airbus', 'Pan Am Corp', 'NWA Inc', 'Eastern Airlines Inc']);
    expect(agreements('Metro Airlines Inc has signed an agreement with Saab Scania AB <SABS ST> to buy 16 Saab SF340 aircraft.')[0].parties).toEqual(['Metro Airlines Inc', 'Saab Scania AB']);
  });

  it('reads both sides of "X and Y" when one of them is no name, and none under an earlier agreement', () => {
    expect(agreements('The union and management reached a tentative agreement late Sunday, ending a 40-day strike.')[0].parties).toEqual(['The union', 'management']);
    expect(agreements('Iran and world powers reached a nuclear deal in Vienna.')[0].parties).toEqual(['Iran', 'world powers']);
    expect(agreements("Russia's Gazprom and China's CNPC signed a 30-year gas supply deal.")[0].parties).toEqual(['Gazprom', 'CNPC']);
    // (nor the company that owns part of the second: "Teck's 22 pct-owned Lornex", Reuters)
    expect(agreements("Cominco Ltd said talks went on. Cominco and Teck's 22 pct-owned Lornex agreed in January 1986 to form the joint venture.")[0].parties).toEqual(['Cominco Ltd', 'Lornex']);
    expect(docOf('Egypt and Saudi Arabia signed 17 agreements and memorandums of understanding.').agreements.map((a) => [a.kind, a.plural])).toEqual([
      ['agreement', true],
      ['memorandum of understanding', true],
    ]);
    expect(agreements('Tata Motors completed its acquisition of Jaguar Land Rover under an agreement signed in March.')).toEqual([]);
  });

  it('reads coordinated signers and passive agents', () => {
    expect(agreements('Venezuela and China sign oil deal')[0].parties).toEqual(['Venezuela', 'China']);
    expect(agreements('The treaty was signed by all 25 current EU members in Rome.')[0].parties).toEqual(['all 25 current EU members']);
    // two kinds of one trade as one side, whichever wink tags a verb (Reuters)
    expect(agreements('Rubber producing and consuming countries, which agreed on the bases of a new International Natural Rubber Agreement (INRA) last weekend, are now putting the final touches to the future accord.')[0].parties).toEqual(['Rubber producing and consuming countries']);
    expect(agreements('The 35 rubber importing and exporting countries adopted a new International Natural Rubber Agreement.')[0].parties).toEqual(['The 35 rubber importing and exporting countries']);
  });

  it('reads the signers before the day they signed, and joint declarations that states sign', () => {
    expect(agreements('Egypt and Saudi Arabia on Sunday signed 17 agreements worth $21.5 billion.').map((a) => a.parties)).toEqual([['Egypt', 'Saudi Arabia']]);
    expect(agreements('Turkey, Azerbaijan and Georgia signed a trilateral declaration on energy security.')).toEqual([
      { kind: 'trilateral declaration', status: 'signed', parties: ['Turkey', 'Azerbaijan', 'Georgia'], purpose: 'energy security' },
    ]);
    // A declaration read out or issued binds no one.
    expect(agreements('Germany and Namibia issued a joint declaration on green hydrogen.')).toEqual([]);
  });

  it('reads a country for its delegation, a group for its leaders, a company for the country it is from', () => {
    const text = 'The accord was reached between Iranian Oil Minister Gholamreza Aqazadeh and a visiting Ghanaian delegation headed by Foreign Minister Obed Asamoah.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Iran', 'Ghana']]);
    expect(agreements('The company reached an agreement with a consortium led by Sino Land Co Ltd to buy a commercial complex.')).toEqual([
      { kind: 'agreement', status: 'agreed', parties: ['The company', 'Sino Land Co Ltd'], purpose: 'to buy a commercial complex' },
    ]);
    expect(agreements("Ina Werk signed a similar deal with West Germany's Hoechst AG.").map((a) => a.parties)).toEqual([['Ina Werk', 'Hoechst AG']]);
    // The list of signers ends at the comma after the pair "and" joins.
    expect(agreements('Under the accord, signed by Prime Minister Narendra Modi and President Emmanuel Macron, France will supply 26 jets.').map((a) => a.parties)).toEqual([
      ['Narendra Modi', 'Emmanuel Macron'],
    ]);
  });

  it('reads "and the" as the start of another party, an adverb in a passive, and no apposition as an agreement', () => {
    const text = 'The Ministry of Commerce of China and the Ministry of Economy of Uzbekistan signed a memorandum of understanding on e-commerce.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Ministry of Commerce of China', 'Ministry of Economy of Uzbekistan']]);
    expect(agreements('PetroVietnam and the Lao Ministry of Energy and Mines inked a memorandum on oil exploration.').map((a) => a.parties)).toEqual([['PetroVietnam', 'Lao Ministry of Energy and Mines']]);
    expect(agreements('A free trade agreement between the European Union and Mercosur was finally agreed in Montevideo.').map((a) => a.parties)).toEqual([['European Union', 'Mercosur']]);
    expect(agreements("Ghana and Cote d'Ivoire signed a joint declaration on cocoa pricing.").map((a) => a.parties)).toEqual([['Ghana', "Cote d'Ivoire"]]);
    expect(agreements('Airbus won an order from IndiGo for 500 A320neo aircraft, the largest order in its history.').map((a) => a.kind)).toEqual(['order']);
  });

  it('reads the buyer of a takeover the company taken over agrees to ("Deutsche Boerse\'s board has agreed to a takeover by the London Stock Exchange")', () => {
    expect(agreements("Deutsche Boerse's board has agreed to a takeover by the London Stock Exchange.").map((a) => a.parties)).toEqual([['Deutsche Boerse', 'London Stock Exchange']]);
  });

  it('reads a company no rule typed after the place it is from, and no purpose after the day', () => {
    expect(agreements("EVN signed a power purchase agreement with Laos' Xekong Power to import electricity.")).toEqual([
      { kind: 'power purchase agreement', status: 'signed', parties: ['EVN', 'Xekong Power'], purpose: 'to import electricity' },
    ]);
    // (an aside too long to walk back through, after the name that opens the sentence; "initialled" is agreed)
    expect(agreements("Alcatel CIT, the French subsidiary of <Alcatel NV> which groups the worldwide telecommunications business of ITT Corp <ITT.N> and France's state-owned Cie Generale d'Electricite <CGE>, has won a 15 mln French franc contract to supply transmission equipment to the Swedish Armed Forces.").map((a) => a.parties)).toEqual([['Alcatel CIT']]);
    expect(agreements('Pertamina has initialled a 20-year contract with Chinese Petroleum Corp <CPC> for the supply of LNG.').map((a) => [a.status, ...a.parties])).toEqual([['agreed', 'Pertamina', 'Chinese Petroleum Corp']]);
    // ("In a separate deal, X agreed with Y": the main clause's own subject; not the terms of one reported before)
    expect(agreements('In a separate deal, Unilever agreed with Procter & Gamble to swap brands.').map((a) => a.parties)).toEqual([['Unilever', 'Procter & Gamble']]);
    expect(agreements('Under the pact, Tokyo agreed to stop selling cut-price chips in world markets.')).toEqual([]);
    // ("have revised and extended their agreement": every name of the subject the second verb shares)
    expect(agreements('Taiwan and the U.S. Have revised and extended their textile export agreement after negotiations in Washington this week.').map((a) => a.parties)).toEqual([['Taiwan', 'U.S.']]);
    // ("X is to buy Y in a deal", as the BBC writes an agreed purchase; not "are to be spelled out in an agreement")
    expect(agreements('US drugs giant Pfizer is to buy rival Wyeth in a $68bn deal.')).toEqual([{ kind: 'deal', status: 'agreed', parties: ['Pfizer', 'Wyeth'], purpose: 'to buy rival Wyeth' }]);
    expect(agreements('The terms of participation are to be spelled out in a partnership agreement to be negotiated within 60 days.')).toEqual([]);
    // (a takeover agreed, with the company taken over; not one launched)
    expect(agreements('Kraft has agreed a £11.5bn takeover of Cadbury.')).toEqual([{ kind: 'takeover', status: 'agreed', parties: ['Kraft', 'Cadbury'], purpose: null }]);
    expect(agreements('Hanson launched a hostile takeover of Imperial Group.')).toEqual([]);
    // (past the words that say what the company taken over is, a nationality among them)
    expect(agreements('Telecoms group Telefonica has agreed a £17.7bn takeover of mobile phone operator O2.').map((a) => a.parties)).toEqual([['Telefonica', 'O2']]);
    expect(agreements('Kraft has agreed a takeover of British confectioner Cadbury.').map((a) => a.parties)).toEqual([['Kraft', 'Cadbury']]);
    // (and whose takeover a possessive says it is, in the passive)
    expect(agreements("Malcolm Glazer's takeover of Manchester United was agreed last month.").map((a) => a.parties)).toEqual([['Malcolm Glazer', 'Manchester United']]);
    // (the unit a company's possessive and a nationality describe)
    expect(agreements("Nissan signed a supply contract with Renault's Romanian unit Dacia.").map((a) => a.parties)).toEqual([['Nissan', 'Dacia']]);
    // (a company after the nationalities it joins is an item of the list "they" stands for)
    expect(agreements("Brazil's Petrobras and Anglo-Dutch Shell said they had signed a memorandum of understanding to explore a joint venture.").map((a) => a.parties)).toEqual([['Petrobras', 'Shell']]);
    // (the writer's judgement is no part of the kind)
    expect(agreements('The European Union and Japan signed a sweeping free trade agreement on Tuesday.').map((a) => a.kind)).toEqual(['free trade agreement']);
    // (a word of a name is no blocker: "Plan"; "agreed in principle to" is agreed)
    expect(agreements('Medivix Inc said its American Subscription Plan Inc subsidiary signed a contract with <Midwest Benefits Corp> to provide mail order prescription services.').map((a) => a.parties)).toEqual([['American Subscription Plan Inc', 'Midwest Benefits Corp']]);
    expect(agreements('CPC said it agreed in principle to sell its European business to Ferruzzi Group in a 630 mln dlr deal.')).toEqual([
      { kind: 'deal', status: 'agreed', parties: ['CPC', 'Ferruzzi Group'], purpose: 'to sell its European business to Ferruzzi Group' },
    ]);
    // (past the words that describe the company: "state-owned", "state-run")
    expect(agreements("Mitsubishi Heavy Industries signed a memorandum of understanding with Russia's state-owned Rosatom to co-operate on nuclear fuel.").map((a) => a.parties)).toEqual([['Mitsubishi Heavy Industries', 'Rosatom']]);
    expect(agreements("BP signed a contract with Iraq's state-run South Oil Company on Monday.").map((a) => a.parties)).toEqual([['BP', 'South Oil Company']]);
    expect(agreements('Vietnam and Laos signed 14 cooperation agreements on Monday during a visit by the Lao prime minister.')[0].purpose).toBeNull();
    // (nor a comment on the deal after the day and a comma, as without the day)
    expect(agreements('Indonesia and the European Union signed a comprehensive economic partnership agreement on Tuesday, ending nearly a decade of negotiations.')[0].purpose).toBeNull();
    expect(agreements('Indonesia and the European Union signed a comprehensive economic partnership agreement, ending nearly a decade of negotiations.')[0].purpose).toBeNull();
    expect(agreements('The two exchanges signed a memorandum of understanding on February 9 calling for a joint clearing system.')[0].purpose).toBe('calling for a joint clearing system');
  });

  it('reads who gave a contract after its amount, a hyphenated signer, and where it was signed', () => {
    expect(agreements('Rolls-Royce clinched a contract worth £1 billion from the British Ministry of Defence to supply engines.')).toEqual([
      { kind: 'contract', status: 'concluded', parties: ['Rolls-Royce', 'British Ministry of Defence'], purpose: 'to supply engines' },
    ]);
    expect(agreements('Harmon Industries said it signed a contract worth more than three mln dlrs with what it called a major railroad.').map((a) => a.parties)).toEqual([['Harmon Industries']]);
    expect(docOf('The EU and Vietnam signed a free trade agreement in Hanoi on June 30, 2019.').agreements.map((a) => a.place?.name)).toEqual(['Hanoi']);
    expect(docOf('Ministers from 12 countries sealed the Trans-Pacific Partnership trade deal in Atlanta on Monday.').agreements.map((a) => a.place?.name)).toEqual(['Atlanta']);
  });

  it('reads a purpose a participle opens', () => {
    expect(agreements('The Philippines and Japan signed a defence pact allowing troop deployments on each other\'s soil.')[0].purpose).toBe("allowing troop deployments on each other's soil");
  });

  it('reads a list of counterparties', () => {
    expect(agreements('Airbus Group has also inked recent deals with the Royal Australian Air Force, the Royal Saudi Air Force and the UAE Air Force.')[0].parties).toEqual([
      'Airbus Group',
      'Royal Australian Air Force',
      'Royal Saudi Air Force',
      'UAE Air Force',
    ]);
  });

  it('reads two signers no rule typed, a company after what it makes, a counterparty before what the deal is over', () => {
    expect(agreements('Nissan and Renault inked a pact on Friday to share engine technology.')[0].parties).toEqual(['Nissan', 'Renault']);
    expect(agreements('Glaxo has struck a deal with the Indian drugmaker Ranbaxy to develop new antibiotics.')[0].parties).toEqual(['Glaxo', 'Ranbaxy']);
    expect(agreements('BT reached an agreement with Ofcom over access to its network.')[0].parties).toEqual(['BT', 'Ofcom']);
  });

  it('takes no year that names another treaty as the day of signing', () => {
    const [a] = docOf('Germany and France signed a new friendship treaty in Aachen, renewing the 1963 Elysee Treaty.').agreements;
    expect([a.kind, a.date, a.place?.name]).toEqual(['friendship treaty', null, 'Aachen']);
    expect(docOf('The treaty was signed in 1963 by Germany and France.').agreements[0].date?.value).toBe('1963');
    // Nor the date of another event: after "since", or in a relative clause that is not the agreement's own.
    const date = (text: string) => docOf(text, '1987-03-20').agreements[0].date?.text ?? null;
    expect(date('The deal, signed in London by BP and TNK, is the largest investment in Russia since the fall of the Soviet Union in 1991.')).toBeNull();
    expect(date('Texscan Corp, which filed for bankruptcy in November 1985, said it reached an agreement with its banks.')).toBeNull();
    expect(date('Chrysler, which signed a letter of intent on March 9 to acquire AMC, said progress has been made.')).toBe('March 9');
    // (contracts signed since 1979 were signed over years that start in 1979, not in 1979)
    expect(date('China has signed 36 oil contracts with foreign companies since 1979.')).toBeNull();
  });

  it('reads who awards a contract and who is awarded it', () => {
    expect(agreements('Shell and BP have been awarded contracts by the Iraqi government to develop two large oil fields.')[0].parties).toEqual(['Shell', 'BP', 'Iraq']);
    // (a country's government is its country, as subject as after "by")
    expect(agreements('The Iraqi government awarded Shell a contract to develop the Majnoon field.')[0].parties).toEqual(['Iraq', 'Shell']);
    expect(agreements('The Pentagon awarded a $35bn contract to Boeing on Thursday.')[0]).toMatchObject({ parties: ['Pentagon', 'Boeing'], purpose: null });
    expect(agreements('The contract was awarded to Boeing by the Pentagon.')[0].parties).toEqual(['Boeing', 'Pentagon']);
    expect(agreements('Shell Oil Co of Houston has been awarded a 104.3 mln dlr contract for jet fuel.')[0].parties).toEqual(['Shell Oil Co']);
    // a name no rule typed, with its place; a unit's name with "and" in it
    expect(agreements('Delta Dental Plan of San Francisco has been awarded a 121.0 mln dlr contract.')[0].parties).toEqual(['Delta Dental Plan of San Francisco']);
    expect(agreements('Daniel Industries Inc said its Measurement and Control Division has been awarded a contract.')[0].parties).toEqual(['Measurement and Control Division']);
    // awards that are no agreements
    expect(agreements('Salary reviews awarded last year and new wage pacts will cost the firm 2 mln dlrs.')).toEqual([]);
    expect(agreements('The ship was struck while watching Warsaw Pact manoeuvres.')).toEqual([]);
  });

  it('names a capitalised agreement in full, and ends a purpose at a participle after a comma', () => {
    expect(docOf('Britain and Ireland signed the Good Friday Agreement in 1998.').agreements[0].kind).toBe('Good Friday Agreement');
    expect(docOf('Ministers from the 12 countries signed the Trans-Pacific Partnership in Auckland.').agreements[0].kind).toBe('Trans-Pacific Partnership');
    expect(agreements('Mittal Steel has agreed a deal to buy Arcelor for 26.9bn euros, ending a five-month takeover battle.')[0].purpose).toBe('to buy Arcelor for 26.9bn euros');
    // (wink tags "beating" a noun before a name)
    expect(agreements('US aircraft maker Boeing has won a $6bn order from Air India for 50 planes, beating European rival Airbus.')[0].purpose).toBe('50 planes');
    expect(agreements("Pacific Resources Inc signed an agreement with Shell Oil Co to buy Shell's marketing, terminaling and distribution assets in Hawaii.")[0].purpose).toBe("to buy Shell's marketing, terminaling and distribution assets in Hawaii");
  });

  it('keeps where a company is with the company, and its purpose after it', () => {
    expect(agreements('Utilicorp signed an agreement with Cominco Ltd of Vancouver to extend the deadline.')[0]).toMatchObject({ parties: ['Utilicorp', 'Cominco Ltd'], purpose: 'to extend the deadline' });
  });

  it('reads the subject of the main clause after "Under an agreement reached with ..."', () => {
    expect(agreements('Under an agreement reached with the World Bank last week, Pakistan will receive $500m.')[0].parties).toEqual(['World Bank', 'Pakistan']);
    expect(agreements('Under an agreement signed in 1985, Britain will return Hong Kong to China in 1997.')[0].parties).toEqual(['Britain']);
  });

  it('reads whose agreement it is, every country of "the ministers of ...", and a hyphenated kind', () => {
    expect(agreements("Boeing's deal with Ryanair was signed in Dublin.")[0].parties).toEqual(['Boeing', 'Ryanair']);
    expect(agreements('The memorandum, signed by the ministers of Egypt, Jordan and Iraq, covers electricity links.')[0].parties).toEqual(['Egypt', 'Jordan', 'Iraq']);
    expect(agreements('Exxon, Shell and BP have signed production-sharing agreements with Kazakhstan.')[0]).toMatchObject({ kind: 'production-sharing agreement', parties: ['Exxon', 'Shell', 'BP', 'Kazakhstan'] });
    expect(agreements('ARGOSystems Inc said it won a 15-mln-dlr contract with the U.S. Government.')[0].kind).toBe('contract');
  });

  it('takes no place of the purpose for where it was signed', () => {
    expect(docOf('BP also signed a memorandum of understanding with Gazprom to explore gas fields in Siberia.').agreements[0].place).toBeNull();
    // where it was signed, before when: neither is part of the purpose
    const [a] = docOf('Air India signed a contract for 20 jets in Paris on Monday.').agreements;
    expect([a.purpose, a.place?.name]).toEqual(['20 jets', 'Paris']);
  });

  it.each([
    'Boeing plans to sign a deal with Air China next year.',
    'Boeing is negotiating a contract with Air China.',
    'A US$ 14 billion bailout package deal for the automakers has been rejected in the United States Senate.',
    'Boeing and Air China failed to reach an agreement.',
    'Boeing would sign a deal with Air China if prices fall.',
    'We were about three words away from a deal.',
    'Iran has refused to sign the additional protocol.',
    'The UK has yet to sign the treaty.',
    'Talks on a free trade deal between the EU and India resumed on Monday.',
    'Brussels hopes to seal a deal with Washington before the summer.',
    'A spokesman for Toyota said no agreement had been signed.',
  ])('no agreement in: %s', (text) => {
    expect(agreements(text)).toEqual([]);
  });
  it('keeps a lead sentence\'s agreement beside a later one, but reads a headline\'s agreement once, from the body', () => {
    const lead = "Campeau Corp said its Allied Stores Corp entered into a definitive agreement to sell its Garfinckel's division to Raleigh Stores Corp for 95 mln dlrs. Campeau announced its first agreement to sell an Allied unit in April, the company said.";
    expect(agreements(lead).map((a) => a.kind)).toEqual(['definitive agreement', 'agreement']);
    const headline = 'EADS wins UK airtanker contract\n\nAirTanker Ltd. has signed a 27-year contract with the Defense Ministry to supply 14 airliners.';
    expect(agreements(headline).map((a) => a.parties)).toEqual([['AirTanker Ltd.', 'Defense Ministry']]);
    const mous = 'Pakistan, China sign six MoUs under CPEC\n\nISLAMABAD: Pakistan and China on Friday signed six memoranda of understanding (MoUs) to boost cooperation in agriculture.';
    expect(agreements(mous).map((a) => a.kind)).toEqual(['memorandum of understanding']);
  });

  it('reads an agreement announced as the verb\'s object, not one announced before or by someone else', () => {
    expect(agreements('Baxter and Carmark announced a definitive agreement for Baxter to acquire Carmark.').map((a) => a.parties)).toEqual([['Baxter', 'Carmark']]);
    expect(agreements('Dahlberg Inc said it completed a previously announced agreement with Sears, Roebuck and Co.').map((a) => a.status)).toEqual(['concluded']);
    expect(agreements('The Bundesbank announced a tender for a new securities repurchase pact.')).toEqual([]);
    expect(agreements('The deal, which was announced by the banks, was welcomed.')).toEqual([]);
    // "The company said ... it": the company the article is about, not the city where something happened to it.
    const sued = 'SciMed Life Systems Inc said Bristol-Myers Co is studying a lawsuit. The company said it was served the suit in Minneapolis on March 31, the day after it announced its definitive merger agreement with Bristol-Myers.';
    expect(agreements(sued).map((a) => a.parties)).toEqual([['SciMed Life Systems Inc', 'Bristol-Myers Co']]);
  });

  it('reads a joint venture or an alliance formed, and an agreement continued, renewed or extended', () => {
    expect(agreements('Texaco Inc and Honeywell Inc said they formed a joint venture to provide plant control systems.')).toEqual([
      { kind: 'joint venture', status: 'concluded', parties: ['Texaco Inc', 'Honeywell Inc'], purpose: 'to provide plant control systems' },
    ]);
    expect(agreements('Toyota Motor Corp and Suzuki Motor Corp said they have agreed to form a capital alliance.')).toEqual([
      { kind: 'capital alliance', status: 'agreed', parties: ['Toyota Motor Corp', 'Suzuki Motor Corp'], purpose: null },
    ]);
    const parties = (t: string) => agreements(t).map((a) => a.parties);
    expect(parties('Vodafone also renewed a framework agreement with Sweden\'s Ericsson last month.')).toEqual([['Vodafone', 'Ericsson']]);
    // an agreement that exists goes on whatever the modal ("will also continue"), not when negated
    expect(parties('Venezuela and China will also continue a joint venture agreement to produce fuel.')).toEqual([['Venezuela', 'China']]);
    expect(parties('Ford did not renew its contract with the union.')).toEqual([]);
  });

  it('reads no agreement in a firm formed, a deadline extended or an accord extended by someone else', () => {
    expect(agreements('Charterhouse Group said it has formed Charterhouse Mezzanine Partners, a limited partnership.')).toEqual([]);
    expect(agreements('Lynch Corp said it formed a general partnership with several investment groups.')).toEqual([]);
    expect(agreements('The union extended the deadline for the agreement to Friday.')).toEqual([]);
    expect(agreements('The accords have been extended by a series of presidential waiver orders.')).toEqual([]);
    // and "Renewed" as a modifier leaves the accord to the verb that governs it
    expect(agreements('Renewed optimism stems largely from the accord reached by OPEC last December to curb oil output.').map((a) => a.parties)).toEqual([['Organization of the Petroleum Exporting Countries']]);
  });

  it('reads an agreement that has a passive verb of its own after a coordinated clause, with that clause\'s date', () => {
    const eu = 'Meanwhile, the EU signed a digital trade agreement with Singapore in May, and an interim trade agreement with Chile was signed in December.';
    expect(docOf(eu).agreements.map((a) => [a.kind, a.parties.map((p) => p.name), a.date?.text])).toEqual([
      ['digital trade agreement', ['European Union', 'Singapore'], 'May'],
      ['interim trade agreement', ['European Union', 'Chile'], 'December'],
    ]);
  });

  it('dates an agreement by the date nearest its verb, and a date said in two parts by its first', () => {
    const date = (t: string) => docOf(t, '1987-04-10').agreements.map((a) => a.date?.text);
    expect(date('The Philippines on Wednesday said it wanted to renegotiate a debt restructuring accord it reached on March 27 with its bank advisory committee.')).toEqual(['March 27']);
    expect(date('Renewed optimism this year stems from the accord reached by OPEC last December to curb oil output.')).toEqual(['last December']);
    expect(date('The rescheduling was not sealed until mid-February this year when Arabian Auto Agency reached agreement to stretch out repayments.')).toEqual(['mid-February']);
  });

  it('reads a company named before the noun as a party, and keeps from a headline a party its body leaves out', () => {
    const parties = (t: string) => agreements(t).map((a) => a.parties);
    expect(parties('Pakistan signed the IMF deal on Friday.')).toEqual([['Pakistan', 'International Monetary Fund']]);
    expect(parties('General Motors Corp is being awarded a 97 mln dlr Air Force contract for 176 turboprop engines, the Defense Department said.')).toEqual([['General Motors Corp', 'Air Force']]);
    const indigo = 'Airbus lands $12 billion IndiGo order\n\nIndiGo, India\'s largest airline, has placed a firm order for 30 A350 widebody aircraft, the carrier said on Thursday.';
    expect(docOf(indigo).agreements.map((a) => a.parties.map((p) => `${p.name} (${p.role})`))).toEqual([['IndiGo (subject)', 'Airbus (from headline)']]);
  });

  it('reads the name a sentence opens with as a party of an agreement named in its middle, and a participle\'s date after it', () => {
    const vw = 'Volkswagen, Europe\'s largest carmaker, said it would cut 35,000 jobs in Germany by 2030 under a deal reached with the IG Metall union in December.';
    expect(docOf(vw).agreements.map((a) => [a.parties.map((p) => p.name), a.date?.text])).toEqual([[['Volkswagen', 'IG Metall'], 'December']]);
    // not the newspaper a report comes from
    const daily = 'China Daily said the factory used machinery donated by Rothmans under a co-operation agreement signed in 1985.';
    expect(agreements(daily)).toEqual([]);
  });

  it('reads a past month that ends the purpose of an agreement signed as when it was signed', () => {
    const exxon = 'Exxon Mobil Corp signed a definitive agreement to acquire Pioneer Natural Resources in October.';
    expect(docOf(exxon, '2023-11-20').agreements.map((a) => [a.purpose, a.date?.text])).toEqual([['to acquire Pioneer Natural Resources', 'October']]);
    // a past year right after what the agreement is on; not a year of what a participle says
    const tapi = 'Turkmenistan, Afghanistan, Pakistan and India signed an intergovernmental agreement on the TAPI gas pipeline in 2010.';
    expect(docOf(tapi, '2024-05-01').agreements.map((a) => [a.purpose, a.date?.value])).toEqual([['the TAPI gas pipeline', '2010']]);
    const down = 'Alpha Inc signed an agreement with the commission on the labeling of garments sold in 1978.';
    expect(docOf(down, '1987-04-13').agreements.map((a) => [a.purpose, a.date])).toEqual([['the labeling of garments sold in 1978', null]]);
    // not a year the purpose looks ahead to
    expect(docOf('Portugal signed an agreement to return Macao to Chinese control in 1999.', '1987-04-13').agreements.map((a) => [a.purpose, a.date])).toEqual([['to return Macao to Chinese control in 1999', null]]);
  });

  it('takes no date inside the purpose for the signing date, and adds a party a later report of the same agreement names', () => {
    const pemex = "Mexico's Pemex said it had reached an agreement with its suppliers to pay 90 billion pesos in overdue bills by the end of March.";
    expect(docOf(pemex).agreements.map((a) => [a.parties.map((p) => p.name), a.date])).toEqual([[['Pemex', 'its suppliers'], null]]);
    const ferruzzi = 'Agricola Finanziara SpA will pay 630 mln dlrs for the corn business of CPC International Inc under the agreement reached yesterday. CPC announced the agreement in Brussels.';
    expect(docOf(ferruzzi).agreements.map((a) => a.parties.map((p) => p.name))).toEqual([['Agricola Finanziara SpA', 'CPC International Inc']]);
  });

  it('reads MoUs exchanged, a purpose that ends where the circumstances of the signing begin, and "Under the terms of the agreement, signed ..."', () => {
    expect(agreements('India and the UAE exchanged MoUs on energy cooperation in the presence of the two leaders.')).toEqual([
      { kind: 'MoU', status: 'signed', parties: ['India', 'UAE'], purpose: 'energy cooperation' },
    ]);
    expect(agreements('Pakistan and China signed an agreement on the construction of a dam during the visit of the Chinese premier.')[0].purpose).toBe('the construction of a dam');
    expect(agreements('The two sides exchanged views on the deal.')).toEqual([]);
    expect(agreements('Pakistan and Sweden have signed a commodity exchange agreement for 88 mln dlrs each way.').map((a) => [a.kind, a.parties])).toEqual([['commodity exchange agreement', ['Pakistan', 'Sweden']]]);
    const terms = 'Under the terms of the agreement, signed in Doha on Sunday, Qatar will supply 2 million tonnes of LNG a year to Bangladesh.';
    expect(agreements(terms).map((a) => a.parties)).toEqual([['Qatar', 'Bangladesh']]);
  });

  it('reads "agreed to ... in a deal" as the deal agreed, with what was agreed as its purpose', () => {
    expect(agreements('Sony and Samsung have agreed to share patents in a cross-licensing deal.')).toEqual([
      { kind: 'cross-licensing deal', status: 'agreed', parties: ['Sony', 'Samsung'], purpose: 'to share patents' },
    ]);
    // not a holding in a venture, nor a deal only considered
    expect(agreements('Sterling Group has agreed to acquire the business, including its interest in a joint venture with du Pont Co.')).toEqual([]);
    expect(agreements('He agreed to consider the deal.')).toEqual([]);
  });

  it('reads no verb after the noun in the next clause "and" and a verb open ("towards a merger agreement and added that Japanese industry agreed with the government", Reuters 6428)', () => {
    expect(agreements('Watanabe said progress was being made towards a merger agreement and added that Japanese industry agreed with the government on having only one consortium.')).toEqual([]);
    // (but a participle after "and" is no clause: Reuters 5447)
    expect(agreements('The impact will be limited due to recent agreements on wages and working conditions agreed by employers and unions.').map((a) => a.parties)).toEqual([['employers', 'unions']]);
  });

  it('reads "agreed" past when it was agreed, before its "to ... in a deal" ("agreed on Friday to re-establish diplomatic relations in a deal brokered by China")', () => {
    expect(agreements('Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations in a deal brokered by China.')).toEqual([
      { kind: 'deal', status: 'agreed', parties: ['Saudi Arabia', 'Iran'], purpose: 'to re-establish diplomatic relations' },
    ]);
    expect(agreements('Sony and Samsung agreed last week to share patents in a cross-licensing deal.').map((a) => a.purpose)).toEqual(['to share patents']);
  });

  it('reads what "the treaty" is for from where the article named it just before', () => {
    const text = 'Ballot papers will ask: "Should the United Kingdom approve the treaty establishing a constitution for the European Union?" The government unveiled the question. The treaty was signed by all 25 current EU members in Rome last October.';
    expect(agreements(text)).toEqual([{ kind: 'treaty', status: 'signed', parties: ['all 25 current EU members'], purpose: 'establishing a constitution for the European Union' }]);
  });

  it('reads a headline\'s deal once when the body calls it an agreement, a miner after its country, and no comment as purpose', () => {
    const uk = 'UK and India sign free trade deal\n\nThe UK and India have signed a free trade agreement that will cut tariffs on whisky, in what Prime Minister Keir Starmer called "a landmark deal".';
    expect(agreements(uk)).toEqual([{ kind: 'free trade agreement', status: 'signed', parties: ['UK', 'India'], purpose: 'that will cut tariffs on whisky' }]);
    // (a deal the body dates before the report is another: "Last year Britain signed a £476m deal with Paris")
    const migrants = 'UK and France agree migrant returns deal\n\nThe UK and France have agreed a pilot scheme to return migrants who cross the Channel, Keir Starmer and Emmanuel Macron announced on Thursday.\n\nUnder the deal, which was agreed at a summit in London, France will take back some migrants.\n\nLast year Britain signed a £476m deal with Paris to fund more police patrols on French beaches.';
    expect(agreements(migrants).map((a) => [a.kind, ...a.parties])).toEqual([['migrant returns deal', 'UK', 'France'], ['deal', 'Britain', 'Paris']]);
    // (nor the deal named again after a comma, with what is said of it)
    const mars = 'Mars to buy Kellanova for $36 billion in snack mega-deal\n\nMars Inc has agreed to buy Pringles maker Kellanova for about $36 billion, the biggest deal of the year, as the M&M\'s maker seeks to expand its snacking business.\n\nKellanova\'s board unanimously approved the deal.';
    expect(agreements(mars).map((a) => a.purpose)).toEqual(['to buy Pringles maker Kellanova for about $36 billion']);
    // (nor what the deal means, "in a move" or "a move" after a comma)
    expect(agreements("Japanese carmakers Nissan and Honda have signed a memorandum of understanding to begin merger talks, in a move that would create the world's third-largest car group by sales.")[0].purpose).toBe('to begin merger talks');
    // (or what it is worth: Reuters, AP)
    expect(agreements('Vietnam Airlines signed a memorandum of understanding with Boeing for the planes, worth about $7.8 billion, the companies said.')[0].purpose).toBe('the planes');
    expect(agreements('Thorn Ericsson has received orders for more than 70,000 lines of AXE10 exchanges, valued at around eight mln stg.')[0].purpose).toBe('more than 70,000 lines of AXE10 exchanges');
    expect(agreements('Cigra Inc won a contract for a cargo of 56,000 tonnes, priced at 79.41 U.S. Dlrs per tonne fob pacific northwest port, for delivery on July 5.')[0].purpose).toBe('a cargo of 56,000 tonnes');
    // (or how it ranks: "in one of the largest orders in the carrier's history")
    expect(agreements("Turkish Airlines said it had signed a deal to buy up to 225 Boeing aircraft, in one of the largest orders in the carrier's history.")[0].purpose).toBe('to buy up to 225 Boeing aircraft');
    const rio = "Last year, Rio Tinto signed a memorandum of understanding with Chile's state copper miner Codelco to develop a lithium project.";
    expect(agreements(rio).map((a) => a.parties)).toEqual([['Rio Tinto', 'Codelco']]);
  });

  it('reads a headline\'s pact once when the body names it at length ("investment pact", "investment protection agreement")', () => {
    const text = 'Egypt and Saudi Arabia sign investment pact\n\nCAIRO, June 4 (Reuters) - Egypt and Saudi Arabia signed an investment protection agreement on Tuesday, the Egyptian cabinet said.';
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['investment protection agreement', ['Egypt', 'Saudi Arabia']]]);
    // A headline's pact of another sort stays a row of its own.
    const other = 'Egypt and Saudi Arabia sign energy pact\n\nCAIRO, June 4 (Reuters) - Egypt and Saudi Arabia signed an investment protection agreement on Tuesday, the Egyptian cabinet said.';
    expect(agreements(other).map((a) => a.kind)).toEqual(['energy pact', 'investment protection agreement']);
  });

  it('reads who is awarded a contract when the text calls it "the company" or names "the company\'s" unit', () => {
    const unit = "Ultrasystems Inc said the U.S. Defense Department awarded the company's Ultrasystems Defense and Space Inc unit several new contracts.";
    expect(agreements(unit).map((a) => a.parties)).toEqual([['U.S. Defense Department', 'Ultrasystems Defense and Space Inc']]);
    const company = 'Boeing Military Airplane Co won orders worth 53 mln dlrs. The department also said it awarded the company a 3.2 mln dlr increase to a contract for work on two aircraft.';
    expect(agreements(company).at(-1)?.parties).toContain('Boeing Military Airplane Co');
  });

  it('reports no agreement for futures traded ("reached a record 78,546 contracts") nor for what contracts secure', () => {
    expect(agreements('Eurodollar volume reached a record 78,546 contracts last month, the exchange said.')).toEqual([]);
    expect(agreements('The company sold 20 mln dlrs of notes secured by sales contracts.')).toEqual([]);
    // A count of agreements reached is still a row.
    expect(agreements('Poland reached two agreements with its creditors on Monday.').map((a) => a.parties)).toEqual([['Poland', 'its creditors']]);
  });

  it('reads the legal names of a merger agreement and a protocol whole, with the counterparty after them', () => {
    const merger = 'Quest Biotechnology Inc said its new subsidiary, Quest Blood Substitute Inc, signed the agreement and plan of merger with Hunt Research Corp and its affiliate, ICAS Corp.';
    expect(agreements(merger).map((a) => [a.kind, a.parties])).toEqual([['agreement and plan of merger', ['Quest Blood Substitute Inc', 'Hunt Research Corp']]]);
    const protocol = 'French bank Credit Lyonnais said it signed a protocol of agreement with the Soviet Union to establish a joint financial group.';
    expect(agreements(protocol).map((a) => [a.kind, a.parties, a.purpose])).toEqual([['protocol of agreement', ['Credit Lyonnais', 'Soviet Union'], 'to establish a joint financial group']]);
  });

  it('reads the customer a purpose names after what is supplied ("to supply coal to Niagara Mohawk Power Co")', () => {
    const text = 'Cyprus Minerals Co said it was awarded a five year contract to supply 360,000 tons of steam coal to Niagara Mohawk Power Co from 1988.';
    expect(docOf(text).agreements.map((a) => a.parties.map((p) => `${p.name} (${p.role})`))).toEqual([['Cyprus Minerals Co (subject)', 'Niagara Mohawk Power Co (customer in purpose)']]);
    // (customers that are no organisation are not parties)
    expect(agreements('Acme Corp signed a contract to provide services to customers in Texas.').map((a) => a.parties)).toEqual([['Acme Corp']]);
  });

  it('reads signers listed with a short form in brackets, the purpose after an amount, and the maker of what an order is for', () => {
    const adb = 'The Asian Development Bank (ADB) and Pakistan signed two loan agreements worth $500m for social protection and power sector reforms.';
    expect(agreements(adb)).toEqual([{ kind: 'loan agreement', status: 'signed', parties: ['Asian Development Bank', 'Pakistan'], purpose: 'social protection and power sector reforms' }]);
    const emirates = 'Emirates on Monday placed an order for 90 Boeing 777X jets worth $52 billion at list prices.';
    expect(agreements(emirates).map((a) => a.parties)).toEqual([['Emirates', 'Boeing']]);
    // (so of a memorandum counted in the models it is for; not of a deal counted in something else)
    expect(agreements('Emirates signed a memorandum of understanding for 70 Airbus A350s at the Dubai Airshow.').map((a) => a.parties)).toEqual([['Emirates', 'Airbus']]);
    expect(agreements('Sony signed a deal for 20 percent of Ericsson.').map((a) => a.parties)).toEqual([['Sony']]);
  });

  it('reads the bodies signers stand for ("on behalf of") as the parties, not the signers', () => {
    const mou = 'The MoU was signed by Ali Khan on behalf of the Ministry of Energy and John Smith on behalf of Siemens.';
    expect(agreements(mou)).toEqual([{ kind: 'MoU', status: 'signed', parties: ['Ministry of Energy', 'Siemens'], purpose: null }]);
    expect(docOf(mou).entities.map((e) => `${e.type}: ${e.name}`)).toEqual(['person: Ali Khan', 'organisation: Ministry of Energy', 'person: John Smith', 'organisation: Siemens']);
    expect(agreements('Ali Khan signed the agreement on behalf of the Ministry of Energy.').map((a) => a.parties)).toEqual([['Ministry of Energy']]);
  });

  it('reads a party no name was given for beside a named one ("The union and General Motors", "Iran and six world powers")', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    expect(parties('The union and General Motors signed a four-year contract on Friday.')).toEqual([['The union', 'General Motors']]);
    expect(parties("Nigeria's government and Shell signed a deal worth 1.2 billion dlrs to develop the Bonga field.")).toEqual([['Nigeria', 'Shell']]);
    expect(parties('The Philippine government and the Moro Islamic Liberation Front signed a peace agreement in Manila.')).toEqual([['Philippines', 'Moro Islamic Liberation Front']]);
    expect(parties('Under the accord, signed in Paris by Iran and six world powers, sanctions will be lifted.')).toEqual([['Iran', 'six world powers']]);
    expect(parties('The deal was signed by Exxon and three Japanese utilities.')).toEqual([['Exxon', 'three Japanese utilities']]);
    // not the object of a preposition before "and" (Reuters)
    const reflation = "Expectations were rising of a further half-point cut in the Japanese discount rate and Japan's ruling Liberal Democratic Party today announced an outline agreement on economic reflation.";
    expect(parties(reflation)).toEqual([['Liberal Democratic Party']]);
    // (a country's government after a demonym stands for the country: "between the Egyptian and Canadian governments")
    expect(parties('The bilateral air trade agreement was signed between the Egyptian and Canadian governments.')).toEqual([['Egypt', 'Canada']]);
  });

  it('reads a passive past an aside ("The contract, worth $2bn, was signed by ...") and an unnamed body that said it signed', () => {
    expect(agreements('The contract, worth $2bn, was signed by Siemens and Deutsche Bahn.').map((a) => a.parties)).toEqual([['Siemens', 'Deutsche Bahn']]);
    expect(agreements('The agreement, the first of its kind, was signed by Airbus and China Eastern in Beijing.').map((a) => a.parties)).toEqual([['Airbus', 'China Eastern']]);
    // (an aside with a verb is the participle itself, Reuters: "signed by two sides two weeks ago")
    const pact = 'The Canadian-U.S. pact, signed by two sides two weeks ago, has yet been approved by the U.S. Congress.';
    expect(agreements(pact).map((a) => a.parties)).toEqual([['two sides']]);
    const ministry = 'In a statement, the ministry said it had concluded a contract with Lockheed Martin for 12 F-16 jets.';
    expect(agreements(ministry).map((a) => a.parties)).toEqual([['the ministry', 'Lockheed Martin']]);
  });

  it('reads agreements signed as a series, descriptions joined by "and" as two sides, and stops a party at the next verb', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    expect(parties('China and Pakistan signed a series of agreements on the China-Pakistan Economic Corridor.')).toEqual([['China', 'Pakistan']]);
    // (a string of deals spoken of in general is none)
    expect(parties('After a string of deals in Asia, the company is cautious.')).toEqual([]);
    expect(parties("A deal has been reached between the government and the doctors' union.")).toEqual([['the government', "the doctors' union"]]);
    expect(parties('The agreement struck with the unions ends a two-week strike.')).toEqual([['the unions']]);
    // (a participle inside the party is no verb of the sentence, Reuters)
    expect(parties('Intel Corp said it has signed a letter of intent with privately-held Silicon Compiler Systems\nCorp under which Intel will become a silicon vendor.')).toEqual([['Intel Corp', 'Silicon Compiler Systems Corp']]);
  });

  it('finds the signer past a relative clause, a gerund or "the first country to sign", and the other side before the noun', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    expect(parties('The consortium, which includes Total and CNPC, signed the production-sharing contract with Iran.')).toEqual([['The consortium', 'Iran']]);
    // (Reuters)
    const fluor = 'Fluor Constructors Inc, which is owned by Fluor Corp, has received a 197.6 mln dlr contract for work on facilities.';
    expect(parties(fluor)).toEqual([['Fluor Constructors Inc']]);
    expect(parties('Microsoft agreed with the European Commission on a settlement over browser choice.')).toEqual([['Microsoft', 'European Commission']]);
    expect(parties('The pact with Chevron, signed last month, gives the company rights to explore offshore blocks.')).toEqual([['Chevron']]);
    // (the antecedent of a relative clause was signed, not the agreement inside it, Reuters)
    const virgin = 'The new agreement, which expands and replaces a prior agreement with the Virgin Islands, was signed on February 24, the Treasury said.';
    expect(parties(virgin)).toEqual([]);
    expect(parties("Italy joined China's Belt and Road Initiative by signing a memorandum of understanding in March 2019.")).toEqual([['Italy']]);
    expect(parties('Italy was the first G7 country to sign a memorandum with China.')).toEqual([['Italy', 'China']]);
    expect(parties('Kazakhstan will become the first country to sign the deal.')).toEqual([]);
  });

  it('reads the signers of an agreement in a relative clause after it ("the accord Venezuela signed a week ago")', () => {
    const parties = (text: string) => agreements(text).map((a) => [a.kind, ...a.parties]);
    expect(parties('The agreement, which Japan and South Korea signed in 2015, was meant to settle the dispute.')).toEqual([['agreement', 'Japan', 'South Korea']]);
    expect(parties('It was the third agreement the two companies have signed this year.')).toEqual([['agreement', 'the two companies']]);
    // (Reuters)
    expect(agreements('The 20.3 billion dlr debt rescheduling accord Venezuela signed a week ago will reduce its payments.').map((a) => a.parties)).toEqual([['Venezuela']]);
    expect(parties('The deal that Boeing struck with Ryanair covers 100 jets.')).toEqual([['deal', 'Boeing', 'Ryanair']]);
    // (not one still to be signed, nor one that was only reached)
    expect(parties('The accord, which the two sides will sign next week, covers trade.')).toEqual([]);
    expect(parties('The deal that has been reached is fragile.')).toEqual([]);
  });

  it('reads a signing spoken of as an event: witnessed, held as a ceremony, or taking place', () => {
    const parties = (text: string) => agreements(text).map((a) => [a.kind, a.status, ...a.parties]);
    expect(parties('Xi and Putin witnessed the signing of 20 cooperation agreements after the talks.')).toEqual([['cooperation agreement', 'signed', 'Xi', 'Putin']]);
    expect(parties('The signing ceremony of the strategic cooperation agreement between Tsinghua University and Siemens was held in Beijing.')).toEqual([['strategic cooperation agreement', 'signed', 'Tsinghua University', 'Siemens']]);
    expect(parties('The signing of the agreement between the two ministries took place in Tashkent.')).toEqual([['agreement', 'signed', 'the two ministries']]);
    // (Reuters)
    const altus = 'Altus, formerly known as First Southern Federal Savings and Loan Association, earlier announced the signing of a letter of intent to make the acquisition.';
    expect(parties(altus)).toEqual([['letter of intent', 'signed', 'Altus']]);
    // (a signing still to come is none)
    expect(parties('Xi and Putin will witness the signing of 20 agreements.')).toEqual([]);
    expect(parties('The two sides postponed the signing of the agreement.')).toEqual([]);
  });

  it('reads the subject before an aside that renames it, and no agreement in a clause agreed with (Reuters)', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    const aaa = 'The first major rescheduling was not sealed until mid-February this year when <Arabian Auto Agency>, known as AAA, reached agreement to stretch out repayments of 700 mln riyals of debt.';
    expect(parties(aaa)).toEqual([['Arabian Auto Agency']]);
    const inra = 'Gerard Guillonneau of France, who spoke for consumers, agreed that the current agreement had worked "relatively well."';
    expect(parties(inra)).toEqual([]);
  });

  it('reads an unnamed minister of a country as that country, signers on behalf of two universities, the close of a forum and a term', () => {
    expect(signed("Zambia's Finance Minister signed the loan agreement with the World Bank in Lusaka.")).toEqual([['Zambia (Finance Minister)', 'World Bank']]);
    const mou = docOf('The MoU was signed by Vice-Chancellor John Smith on behalf of the University of Leeds and Dean Li Wei on behalf of Tsinghua University.').agreements;
    expect(mou.map((a) => a.parties.map((p) => p.name))).toEqual([['University of Leeds', 'Tsinghua University']]);
    expect(mou[0].parties[0].signatory?.name).toBe('John Smith');
    expect(mou[0].parties[1].signatory?.name).toMatch(/Li Wei$/);
    // the forum is where they were signed, not a party
    expect(signed('The forum concluded with the signing of agreements between Kenya and Uganda.')).toEqual([['Kenya', 'Uganda']]);
    expect(agreements('Both countries renewed their currency swap agreement for another three years.').map((a) => a.purpose)).toEqual([null]);
  });

  it('reads the body a role after "by" is of as the party, and the holder named after a comma as its signatory ("by ... and the CEO of ACWA Power, Marco Arcelli")', () => {
    expect(signed('The memorandum was signed by the CEO of ACWA Power, Marco Arcelli.')).toEqual([['ACWA Power (Marco Arcelli)']]);
    expect(signed('The memorandum was signed by the Minister of Energy Almasadam Satkaliyev and the CEO of ACWA Power, Marco Arcelli.')).toEqual([['Almasadam Satkaliyev', 'ACWA Power (Marco Arcelli)']]);
    expect(signed('The memorandum was signed by Energy Minister Almasadam Satkaliyev and the President of the African Development Bank, Akinwumi Adesina.')).toEqual([['Almasadam Satkaliyev', 'African Development Bank (Akinwumi Adesina)']]);
    expect(signed('The memorandum was signed by the President of the African Development Bank, Akinwumi Adesina, and the Prime Minister of Kenya.')).toEqual([['African Development Bank (Akinwumi Adesina)', 'Kenya']]);
    expect(signed('The memorandum was signed by the CEO of ACWA Power Marco Arcelli.')).toEqual([['ACWA Power (Marco Arcelli)']]);
  });

  it('reads the country before a title in lower case that words in lower case describe as the party, the holder as its signatory ("Iranian oil minister Bijan Zanganeh")', () => {
    // (and the company a role in lower case is "of", named right before the holder)
    expect(signed('The deal was signed by the chief executive of Airbus Guillaume Faury and Air India.')).toEqual([['Airbus (Guillaume Faury)', 'Air India']]);
    expect(signed('The agreement was signed by Iranian oil minister Bijan Zanganeh and Indian oil minister Mani Shankar Aiyar.')).toEqual([['Iran (Bijan Zanganeh)', 'India (Mani Shankar Aiyar)']]);
    expect(signed("The agreement was signed by Iran's oil minister Bijan Zanganeh and his Indian counterpart Mani Shankar Aiyar.")).toEqual([['Iran (Bijan Zanganeh)', 'India (Mani Shankar Aiyar)']]);
    expect(signed("Japan's trade minister Shoichi Nakagawa and Indonesia's Mari Pangestu signed the memorandum.")).toEqual([['Japan (Shoichi Nakagawa)', 'Indonesia (Mari Pangestu)']]);
    // (a body's, too: "EU trade commissioner Maros Sefcovic", a role with its portfolio)
    expect(signed('The deal was signed by EU trade commissioner Maros Sefcovic and Indonesian Trade Minister Budi Santoso.')).toEqual([['European Union (Maros Sefcovic)', 'Indonesia (Budi Santoso)']]);
    expect(signed('The deal was signed by Indonesian Trade Minister Budi Santoso and EU trade commissioner Maros Sefcovic.')).toEqual([['Indonesia (Budi Santoso)', 'European Union (Maros Sefcovic)']]);
    // (or an executive vice-president's)
    expect(signed('The agreement was signed in Nairobi by Kenyan Trade Minister Rebecca Miano and EU Executive Vice-President Valdis Dombrovskis.')).toEqual([['Kenya (Rebecca Miano)', 'European Union (Valdis Dombrovskis)']]);
    // (Reuters: "between South Africa's chief debt negotiator Chris Stals, who chairs ...")
    expect(signed("Today's agreement was reached between South Africa's chief\ndebt negotiator Chris Stals, who chairs its Standstill\nCoordinating Commmittee and representatives of the 12 banks.")).toEqual([['South Africa (Chris Stals)']]);
  });

  it('takes "it" after a company described ("the agency said it", "the Chatsworth, Calif., computer disk drive concern said it") for the company the article is about, and a seller past its country or named by no rule', () => {
    const pbgc = 'The Pension Benefit Guaranty Corp, a\nfederal agency, said it took action to protect pensions of\nemployees and retirees of Kaiser Steel Corp, which filed for\nbankruptcy reorganization last month.\n    The agency said it entered into an agreement to terminate\nthe Kaiser plan, and was appointed its trustee.';
    expect(partiesOf(pbgc)).toEqual([['Pension Benefit Guaranty Corp']]);
    const disk = 'Computer Memories Inc said it would not oppose the group.\n    On March 12, the Chatsworth, Calif., computer disk drive\nconcern said it agreed in a letter of intent to exchange 80 pct\nof its stock for the assets of privately held Hemdale Film Corp.';
    expect(partiesOf(disk)).toEqual([['Computer Memories Inc']]);
    expect(partiesOf('Louisiana Pacific Corp said it\nreached a non-binding agreement in principle to buy a gypsum\nwallboard plant in Seattle from Norwest Gypsum.')).toEqual([['Louisiana Pacific Corp', 'Norwest Gypsum']]);
    const cranes = "Hutchison Whampoa Ltd said it has placed a 164 mln H.K. Dlr order for seven quayside container cranes of 800 tons each with Japan's Mitsui Engineering and Shipbuilding Co Ltd <MSET.T>.";
    expect(partiesOf(cranes)).toEqual([['Hutchison Whampoa Ltd', 'Mitsui Engineering and Shipbuilding Co Ltd']]);
  });

  it('reads a roadmap signed as an agreement, with each counterpart\'s country, but not one unveiled', () => {
    expect(signed('Kazakh Prime Minister Olzhas Bektenov and his Kyrgyz counterpart Akylbek Japarov signed a roadmap for expanding trade.')).toEqual([['Kazakhstan (Olzhas Bektenov)', 'Kyrgyzstan (Akylbek Japarov)']]);
    expect(agreements('Uzbekistan and Turkey signed a road map on trade cooperation for 2024-2026.').map((a) => [a.kind, a.purpose])).toEqual([['road map', 'trade cooperation for 2024-2026']]);
    expect(agreements('The ministry unveiled a roadmap for reform.')).toEqual([]);
  });

  it('reads an infinitive past an adverb as not yet signed ("would go to Peking next month to formally sign the agreement with China")', () => {
    expect(agreements('Cavaco Silva said he would go to Peking in the first half\nof next month to formally sign the agreement with China.')).toEqual([]);
    expect(agreements('Portugal travelled to Beijing last week to sign the agreement with China.')).toEqual([]);
  });

  it('takes whom the terms merge the signer with as its partner, a town\'s name that opens a company\'s read as the company after "merge ... with" ("which would merge CBC with Union")', () => {
    const cbc = '<CBC Bancorp Inc> said it will\nbe acquired by the Memphis-based Union Planters Corp <UPCM.O>\nin a merger agreement.\n    CBC said it has signed an agreement which would\nmerge CBC with Union, which has 2.2 billion dlrs in assets.';
    expect(docOf(cbc).agreements.map((a) => a.parties.map((p) => `${p.name} (${p.role})`))).toEqual([['CBC Bancorp Inc (subject)', 'Union Planters Corp (partner in purpose)']]);
  });

  it('takes a minister no country is given for, who signs the agreement reported before, as the signatory of its one country left ("The loan was signed by Finance Minister Jaime Ongpin and ...")', () => {
    const loan = 'The Philippines and the World Bank have\nsigned a 300 mln dlr loan to help Manila in its economic recovery efforts.\n    The loan was signed by Finance Minister Jaime Ongpin and A.\nKarasmasoglu, World Bank vice-president for East Asia.';
    expect(signed(loan)).toEqual([['Philippines (Jaime Ongpin)', 'World Bank']]);
    const ebrd = 'Kazakhstan and the European Bank for Reconstruction and Development (EBRD) signed a framework agreement on Thursday to finance renewable energy projects.\nThe agreement was signed by Deputy Prime Minister Serik Zhumangarin and EBRD President Odile Renaud-Basso.';
    expect(signed(ebrd)).toEqual([['Kazakhstan (Serik Zhumangarin)', 'European Bank for Reconstruction and Development (Odile Renaud-Basso)']]);
    // not who headed the talks an agreement was reached in
    const talks = 'Yugoslavia has reached an agreement with Western creditors on refinancing its debt.\n    The agreement was reached in Paris today in talks between a Yugoslav delegation headed by Finance Minister Svetozar Rikanovic and 16 Western creditor countries.';
    expect(signed(talks)).toEqual([['Yugoslavia', 'Western creditors']]);
  });

  it('reads the side before "and the leaders of" and its list ("Chinese President Xi Jinping and the leaders of Kazakhstan and Uzbekistan signed")', () => {
    expect(signed('Chinese President Xi Jinping and the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan also signed the Astana Declaration.')).toEqual([['China (Xi Jinping)', 'Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']]);
    expect(signed('China and the leaders of Kazakhstan and Uzbekistan signed the Astana Declaration.')).toEqual([['China', 'Kazakhstan', 'Uzbekistan']]);
  });

  it('reads the agreement named at the start of the next sentence, between the same sides, as the one reported before ("The Reciprocal Access Agreement (RAA) was signed by ...")', () => {
    const signed = (text: string) => docOf(text).agreements.map((a) => [a.kind, a.parties.map((p) => (p.signatory ? `${p.name} (${p.signatory.name})` : p.name)), a.place?.name]);
    const raa = "Japan and the Philippines signed a defence pact on Monday that will allow the deployment of troops on each other's soil.\n\nThe Reciprocal Access Agreement (RAA) was signed by Japanese Foreign Minister Yoko Kamikawa and Philippine Defence Secretary Gilberto Teodoro in Manila.";
    expect(signed(raa)).toEqual([['defence pact', ['Japan (Yoko Kamikawa)', 'Philippines (Gilberto Teodoro)'], 'Manila']]);
    // (not one between other sides)
    const other = 'Japan and the Philippines signed a defence pact on Monday.\n\nThe Reciprocal Access Agreement between Japan and Australia was signed in 2022.';
    expect(signed(other).map((r) => r[0])).toEqual(['defence pact', 'Reciprocal Access Agreement']);
  });

  it('reads documents signed or exchanged as agreements, not documents filed or a document scanning system, and no "both" in a written side', () => {
    expect(agreements('Kazakhstan and Uzbekistan signed 12 documents on cooperation in energy and trade.')).toEqual([
      { kind: 'document', status: 'signed', parties: ['Kazakhstan', 'Uzbekistan'], purpose: 'cooperation in energy and trade' },
    ]);
    expect(agreements('In documents filed with the Securities and Exchange Commission, the bank said profits fell.')).toEqual([]);
    const scan = 'Scan-Graphics Inc said it has received about 500,000 dlrs in orders for its new CF1000 Scanner and RAVE software, a document scanning and vectorizing system, from McDonnell Douglas Corp.';
    expect(partiesOf(scan)).toEqual([['Scan-Graphics Inc', 'McDonnell Douglas Corp.']]);
    const penalty = "The supplier will have to pay penalty according to a document signed\nby both the Food Ministry and the suppliers' agent in Dhaka, he told Reuters.";
    expect(partiesOf(penalty)).toEqual([['the Food Ministry', "the suppliers' agent"]]);
  });

  it('reads "struck" as concluding only the agreement it has for object (Reuters: "The UAW struck at three GM factories ... as labor contract talks broke down")', () => {
    expect(agreements('The UAW struck at three GM factories on Thursday as labor contract talks broke down.')).toEqual([]);
    expect(agreements('Boeing has struck a 2.5 billion dlr deal with Airbus.').map((a) => a.parties)).toEqual([['Boeing', 'Airbus']]);
  });

  it('reads the noun phrase a place opens as the party (Reuters: "with Jamaica\'s creditor banks", "from the Philadelphia board of education"), but a country\'s government or negotiator as the country', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    expect(parties("Seaga yesterday concluded an agreement with Jamaica's creditor banks to reschedule some 181 mln dlrs.")).toEqual([['Seaga', "Jamaica's creditor banks"]]);
    expect(parties('Prime Computer Inc said it received an order from the Philadelphia board of education for computer equipment.')).toEqual([['Prime Computer Inc', 'the Philadelphia board of education']]);
    expect(parties("Egypt signed an accord with Israel's government on Monday.")).toEqual([['Egypt', 'Israel']]);
    expect(parties('Washington signed a three-year accord with Taipei last year.')).toEqual([['Washington', 'Taipei']]);
  });

  it('reads "X Inc of <city>, <state>," before the verb as the company (Reuters: "Gulf Coast Grain Inc of Memphis, Tennessee, won a contract")', () => {
    expect(agreements('Gulf Coast Grain Inc of Memphis, Tennessee, won a contract for 27,000 tonnes at 100.75 dlrs a tonne.').map((a) => a.parties)).toEqual([['Gulf Coast Grain Inc']]);
  });

  it('reads "Name of <city>, <apposition>," before the verb as the company, not the city (Reuters: "Burlington Menswear of New York City")', () => {
    expect(agreements('Burlington Menswear of New York City, a division of Burlington Industries Inc, has received a 30.5 mln dlr defense contract for tropical cloth.').map((a) => a.parties)).toEqual([['Burlington Menswear']]);
    // (or of a town and its state)
    expect(agreements('RCA Inc of Moorestown, N.J., a division of General Electric, has been awarded a 133.0 mln dlr contract for work on the Aegis weapons system, the Navy said.').map((a) => a.parties)).toEqual([['RCA Inc', 'Navy']]);
  });

  it('reads the name before a wire ticker as the subject, and every name of a list with tickers (Reuters)', () => {
    const rows = (text: string) => agreements(text).map((a) => [a.kind, ...a.parties]);
    expect(rows('French heavy engineering group Alsthom <ALSF.PA> has won a 900 mln franc contract from Pakistan to supply four gas turbines.')).toEqual([['contract', 'Alsthom', 'Pakistan']]);
    expect(rows('Mazda Motor Corp <MAZT.T> and Ford Motor Co <F> have signed an agreement to set up a joint venture.')).toEqual([['agreement', 'Mazda Motor Corp', 'Ford Motor Co']]);
    expect(rows('The company said <Inelectra> received a contract from Corpoven S.A.')).toEqual([['contract', 'Inelectra', 'Corpoven S.A.']]);
    // a ticker and a short form both, and a description before a name in brackets
    expect(rows('Renison Goldfields Consolidated Ltd <RGFJ.S> (RGC) and explorer <City Resources Ltd> have agreed in principle on a joint venture to re-examine the Bulolo alluvial gold field in Papua New Guinea, City Resources said.')).toEqual([['joint venture', 'Renison Goldfields Consolidated Ltd', 'City Resources Ltd']]);
    // and the evidence opens with the bracket of a name Reuters marked
    expect(docOf('The company said <Inelectra> received a contract from Corpoven S.A.').agreements[0].evidence.text).toMatch(/^<Inelectra> received/);
  });

  it('reads a length or a currency after a number as no part of the kind ("a four year contract", "a 900 mln mark contract")', () => {
    const rows = (text: string) => agreements(text).map((a) => [a.kind, ...a.parties]);
    expect(rows('Versar Inc said it received a four year contract from the U.S. Air Force with a maximum value of 9.5 mln dlrs.')).toEqual([['contract', 'Versar Inc', 'U.S. Air Force']]);
    expect(rows('Hadron Inc said it has received a three-year one mln dlr contract from the U.S. Customs Service.')).toEqual([['contract', 'Hadron Inc', 'U.S. Customs Service']]);
    expect(rows('Borsig GmbH has won a 78 mln mark order to build a power station block.')).toEqual([['order', 'Borsig GmbH']]);
  });

  it('takes a company bought and a country supplied as the other side ("to buy Ralston Purina", "to supply gas to China")', () => {
    const rows = (text: string) => agreements(text).map((a) => a.parties);
    expect(rows('Nestle has clinched a deal to buy Ralston Purina for $10.3bn.')).toEqual([['Nestle', 'Ralston Purina']]);
    expect(rows('Tesco has signed an agreement to take over Dobbies Garden Centres.')).toEqual([['Tesco', 'Dobbies Garden Centres']]);
    expect(rows("Russia's Gazprom has signed a 30-year deal to supply gas to China, worth an estimated $400bn.")).toEqual([['Gazprom', 'China']]);
    // (not a country before what it owns, but the company it owns)
    expect(rows("Showa Denko Ltd said it won a 500 mln yen order to deliver 10 sets of casting equipment to Venezuela's Venalum.")).toEqual([['Showa Denko Ltd', 'Venalum']]);
  });

  it('reads "on the sidelines of the summit", "on the second day of the visit" as when, not what the deal is on', () => {
    const rows = (text: string) => agreements(text).map((a) => [a.parties, a.purpose]);
    expect(rows('China and Russia signed a gas deal on the sidelines of the summit.')).toEqual([[['China', 'Russia'], null]]);
    expect(rows('The two sides signed the agreement on the second day of the visit.')).toEqual([[['The two sides'], null]]);
    expect(rows('China and Russia signed a gas deal on the sidelines of the summit to supply gas for 30 years.')).toEqual([[['China', 'Russia'], 'to supply gas for 30 years']]);
    // and a time word ends a party's phrase (Reuters: "reached a pay deal with striking seamen late on Friday")
    expect(rows('Two small shipping companies reached a pay deal with striking seamen late on Friday.')).toEqual([[['Two small shipping companies', 'striking seamen'], null]]);
  });

  it('reads "accepted a pay deal" as agreed, the agreement its object; and a purpose past what a party is', () => {
    expect(agreements('The unions have accepted a pay deal offered by the company.').map((a) => [a.kind, a.status, ...a.parties])).toEqual([['pay deal', 'agreed', 'The unions']]);
    // (Reuters: not bids accepted at a tender for a pact)
    expect(agreements("The Bundesbank accepted bids for 6.5 billion marks at today's tender for a 28-day securities repurchase pact.")).toEqual([]);
    expect(agreements('Nigeria has signed a deal with the Paris Club of creditor nations to write off $18bn of its debt.').map((a) => [a.parties, a.purpose])).toEqual([[['Nigeria', 'Paris Club'], 'to write off $18bn of its debt']]);
  });

  it('reads "he" as the person last named and the body the person stands for, a name before its ticker as the speaker (Reuters)', () => {
    const rows = (text: string) => agreements(text).map((a) => a.parties);
    expect(rows('Former executive James Ammeen left Burlington in 1985. Burlington said he signed a contract promising never to divulge inside information.')).toEqual([['James Ammeen']]);
    expect(rows('Food and Agricultural Organisation (FAO) director Edouard Saouma arrived in Brazil on Monday. He said he signed three accords for technical projects.')).toEqual([['Food and Agricultural Organisation']]);
    expect(rows("Sweden's Telefon AB L.M. Ericsson <ERIC.ST> said it has won its third contract from U.S. West Co Inc <WST> for digital exchange equipment.")).toEqual([['Telefon AB L.M. Ericsson', 'U.S. West Co Inc']]);
    // "contract gas" is gas, no contract
    expect(rows("In peak demand season, Transco's contract gas reached as high as 4.30 dlrs per mln btu.")).toEqual([]);
  });

  it('reads a joint venture set up, established or created, or agreed to be, as one (not "set the price", "set up a company")', () => {
    const rows = (text: string) => agreements(text).map((a) => [a.kind, a.status, ...a.parties]);
    expect(rows('Sony and Samsung have agreed to set up a joint venture to make flat-screen displays.')).toEqual([['joint venture', 'agreed', 'Sony', 'Samsung']]);
    expect(rows('Varity Corp said it established a joint venture with Thomson-CSF.')).toEqual([['joint venture', 'concluded', 'Varity Corp', 'Thomson-CSF']]);
    expect(rows('The agreement set the price at 20 dlrs. They set up a company to make chips.')).toEqual([]);
  });

  it('reads a name wire copy puts in round brackets as the party, not the place after it (Reuters)', () => {
    const rows = (text: string) => agreements(text).map((a) => a.parties);
    expect(rows('Gas Clearinghouse Inc said it has reached agreement with (Pan-Alberta Gas Ltd) of Canada to import natural gas.')).toEqual([['Gas Clearinghouse Inc', 'Pan-Alberta Gas Ltd']]);
    expect(rows('(Canadian Airlines International Ltd) said it signed an agreement with (The Flying Tiger Line Inc), that will offer cargo service.')).toEqual([['Canadian Airlines International Ltd', 'Flying Tiger Line Inc']]);
  });

  it('takes "secured" before a noun as an adjective, and the phrase before "which" as the subject (Reuters)', () => {
    expect(agreements('Allegheny International Inc said a consortium of banks which entered into long term and short term secured revolving credit agreements with the company last year has agreed to extend a waiver.').map((a) => a.parties)).toEqual([['banks', 'Allegheny International Inc']]);
    // a future accord is not yet agreed
    expect(agreements('Producers and consumers have started work on the legal drafting of a future accord.')).toEqual([]);
  });

  it('takes the other side its purpose names: merged into, acquired, or to do the work (Reuters)', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    expect(parties('First Federal Bank FSB said it has entered into a letter of intent to merge into BankEast Corp for 60 dlrs per share.')).toEqual([['First Federal Bank FSB', 'BankEast Corp']]);
    expect(parties('Unicorp American Corp said it has signed a definitive agreement for the previously-announced acquisition of Lincoln Savings Bank.')).toEqual([['Unicorp American Corp', 'Lincoln Savings Bank']]);
    expect(parties('Savin Corp said it has reached an agreement for Sun Chemical Corp to study the potential of Savin infrared technology.')).toEqual([['Savin Corp', 'Sun Chemical Corp']]);
    // (what is sold is no party: "an agreement for the sale of its unit")
    expect(parties('Transamerica Life Cos said it has now signed a definitive agreement for the sale of its Occidental Life unit.')).toEqual([['Transamerica Life Cos']]);
  });

  it('reads no agreement of its own in what an agreement covers ("letters of intent covering the setting up of joint ventures", Reuters), but one a purpose lists beside it', () => {
    const rows = agreements('Pechiney said it signed two letters of intent with the Soviet Union covering the setting up of packaging and packaging materials joint ventures.');
    expect(rows.map((a) => [a.kind, a.parties])).toEqual([['letter of intent', ['Pechiney', 'Soviet Union']]]);
    const both = agreements('The two presidents, Alan Garcia of Peru and Miguel de la Madrid of Mexico, signed a variety of agreements aimed at boosting trade and tourism between their countries as well a number of technical cooperation pacts.');
    expect(both.map((a) => a.kind)).toEqual(['agreement', 'technical cooperation pact']);
  });

  it('keeps the lead\'s agreement when the lead ends with an abbreviation\'s full stop ("throughout the U.S.", Reuters): it is no headline', () => {
    const rows = agreements('Auxton Computer Enterprises Inc said it has entered into an agreement to provide cellular business office services to a carrier throughout the U.S.\n    It said it has also reached agreement to determine the process needed to install its software.');
    expect(rows.map((a) => a.purpose)).toEqual(['to provide cellular business office services to a carrier throughout the U.S', 'to determine the process needed to install its software']);
  });

  it('takes the names between dashes before the verb for its subject, and a unit past where it is based (Reuters)', () => {
    expect(agreements('The four -- Exxon Corp <XON>, Mobil Corp <MOB>, Texaco Inc <TX> and Chevron Corp <CHV> -- signed a long-term agreement last month to buy Saudi crude.').map((a) => a.parties)).toEqual([
      ['Exxon Corp', 'Mobil Corp', 'Texaco Inc', 'Chevron Corp'],
    ]);
    expect(agreements('Northrop Corp said its defense systems division based here, has been awarded production and development contracts totaling 469.6 mln dlrs.').map((a) => [a.kind, a.parties])).toEqual([
      ['production and development contract', ['Northrop Corp']],
    ]);
  });

  it('reads an agreement in words quoted after the subject, to the end of the quotation (Reuters: \'Pacad said it "has reached an agreement ...," adding\')', () => {
    const rows = agreements('Pacad Inc said it expects a written contract. Yesterday Pacad said it "has reached an agreement to enter into a contract with Okamoto Corp," adding "we expect sales to begin within 30 days."');
    expect(rows.map((a) => [a.parties, a.purpose])).toEqual([[['Pacad Inc', 'Okamoto Corp'], 'to enter into a contract with Okamoto Corp']]);
  });

  it('takes a name wire copy brackets at the sentence\'s start for the subject ("<Qantas Airways Ltd> has placed a firm order", Reuters)', () => {
    expect(agreements('<Qantas Airways Ltd> has placed a firm order with Boeing Co <BA> for four 747-400 aircraft.').map((a) => a.parties)).toEqual([['Qantas Airways Ltd', 'Boeing Co']]);
    expect(agreements('<Banco Santander> signed a letter of intent with Bank of America <BAC> to purchase its West German affiliate.').map((a) => a.parties)).toEqual([['Banco Santander', 'Bank of America']]);
  });

  it('reads no agreement where the verb\'s object is the negotiation ("have completed preliminary negotiations on forming a joint venture", Reuters)', () => {
    expect(agreements('Sandvik AB and Diamant Boart SA have completed preliminary negotiations on forming a joint venture.')).toEqual([]);
    // (negotiations that led to it do not block it)
    expect(agreements('EC farm ministers finally agreed after 36 hours of negotiations the fine details of an outline accord to cut milk output.').map((a) => a.kind)).toEqual(['outline accord']);
  });

  it('reads the purpose after "in principle" and the other party it names ("reached an agreement in principle to buy Oakleaf Corp", Reuters)', () => {
    expect(agreements('Convergent Technologies Inc said it has reached an agreement in principle to buy Oakleaf Corp for 20 mln dlrs.').map((a) => [a.parties, a.purpose])).toEqual([
      [['Convergent Technologies Inc', 'Oakleaf Corp'], 'to buy Oakleaf Corp for 20 mln dlrs'],
    ]);
    expect(agreements('CPC International Inc said it reached an agreement in principle to sell its European corn wet milling business to Agricola Finanziaria SpA.').map((a) => a.parties)).toEqual([['CPC International Inc', 'Agricola Finanziaria SpA']]);
  });

  it('takes who says an agreement was reached with another for its other side ("Ram Industries Inc said an agreement has been reached with <Treasure Valley Foods>", Reuters)', () => {
    expect(agreements('Ram Industries Inc, a unit of Cortez International Ltd., said an agreement has been reached with <Treasure Valley Foods> of Nampa, Idaho, to lease its buildings.').map((a) => a.parties)).toEqual([
      ['Ram Industries Inc', 'Treasure Valley Foods'],
    ]);
  });

  it('reads "The agreement between X and Y was announced" as agreed by both, not "a deal announced by the banks"', () => {
    expect(agreements('The agreement between Boeing and Embraer was announced on Tuesday.').map((a) => [a.status, a.parties])).toEqual([['agreed', ['Boeing', 'Embraer']]]);
    expect(agreements('The deal announced by the banks on Tuesday lifted shares.')).toEqual([]);
  });

  it('reads "agreed on Monday to form a joint venture" as "agreed to form" is read, past when it was agreed', () => {
    expect(docOf("Turkey's Tupras and Royal Dutch Shell agreed on Monday to form a joint venture to market fuel.").agreements.map((a) => [a.status, a.parties.map((p) => p.name), a.date?.text])).toEqual([
      ['agreed', ['Tupras', 'Royal Dutch Shell'], 'Monday'],
    ]);
    expect(agreements('Nokia Siemens Networks said it had clinched a deal worth $500m with China Mobile.').map((a) => a.parties)).toEqual([['Nokia Siemens Networks', 'China Mobile']]);
  });

  it('reads a purchase or a sale made in a deal as a deal concluded ("Jet Airways has bought 10 Boeing 777s in a deal worth $2.5bn", "Ford sold Volvo Cars to Geely in a deal"), not a holding bought in a venture', () => {
    expect(agreements('Indian carrier Jet Airways has bought 10 Boeing 777s in a deal worth $2.5bn.').map((a) => [a.status, a.parties])).toEqual([['concluded', ['Jet Airways', 'Boeing']]]);
    expect(agreements('The Reichmanns\' Gulf Canada Corp acquired 49 pct in an out-of-court pact after a hostile battle.').map((a) => [a.kind, a.status])).toEqual([['out-of-court pact', 'concluded']]);
    expect(agreements('Acme Corp bought shares in a joint venture last year.')).toEqual([]);
    // a sale too, with its buyer; not one made under an agreement there before
    expect(agreements('Ford sold Volvo Cars to Zhejiang Geely Holding Group in a 1.8 bln dlr deal.').map((a) => [a.status, a.parties])).toEqual([['concluded', ['Ford', 'Zhejiang Geely Holding Group']]]);
    expect(agreements('Chevron said it sold the shares for 11.88 dlrs each under an agreement it had with UNC.')).toEqual([]);
  });

  it('ends the purpose before how the agreement came about ("after four weeks of talks", "following five months of negotiations", Reuters)', () => {
    expect(agreements('The Philippines has reached agreement with its bank advisory committee on a debt-rescheduling agreement after four weeks of talks.').map((a) => a.purpose)).toEqual(['a debt-rescheduling agreement']);
  });

  it('reads "the treaty" after a contract as another agreement, and "the contract" after a distribution agreement as the same one', () => {
    const rows = agreements('The government has signed a contract with IBM worth 300 mln stg. Foreign Secretary Jack Straw signed the treaty on behalf of the UK.');
    expect(rows.map((a) => a.kind)).toEqual(['contract', 'treaty']);
    const same = agreements("VTX Electronics Corp said it signed a distribution agreement with American Telephone and Telegraph Co. Terms of the contract, reached with ATT's Network Systems Group, were not disclosed.");
    expect(same.map((a) => a.kind)).toEqual(['distribution agreement']);
  });

  it('reads the purpose past what the agreement is worth ("a contract with IBM worth 300 mln stg to run the new database"), not "up to" an amount', () => {
    expect(agreements('The government has signed a contract with IBM worth 300 mln stg to run the new ID card database.').map((a) => a.purpose)).toEqual(['to run the new ID card database']);
    expect(agreements('Masstor Systems Corp said it signed a volume purchase agreement with National Westminster Bank PLC worth up to 7.3 mln dlrs.').map((a) => a.purpose)).toEqual([null]);
    // (or what it is valued at, also between commas: Reuters)
    expect(agreements('Dataproducts Corp said it received a multi-year contract, valued at more than 30 mln dlrs, to supply band printers to <Siemens AG> of West Germany.')[0].purpose).toBe('to supply band printers to <Siemens AG> of West Germany');
    expect(agreements('Its Measurement and Control Division has been awarded a contract valued at about 7.5 mln dlrs by <SPIE Capag S.A.> for metering systems.').map((a) => [a.parties, a.purpose])).toEqual([[['Measurement and Control Division', 'SPIE Capag S.A.'], 'metering systems']]);
    // (and who gave it after what it is worth, the company its owner owns: Reuters)
    expect(agreements("General Motors' Hughes Aircraft Co said it was awarded a contract worth more than 20 mln dlrs by Boeing's Boeing Commercial Airplane Co to provide an advanced cabin system.")).toEqual([{ kind: 'contract', status: 'concluded', parties: ['Hughes Aircraft Co', 'Boeing Commercial Airplane Co'], purpose: 'to provide an advanced cabin system' }]);
  });

  it('ends the purpose before the part of the day it was agreed in ("a deal on gas prices late on Tuesday")', () => {
    expect(agreements('Russia and Ukraine reached a deal on gas prices late on Tuesday, ending a row that cut supplies to Europe.').map((a) => a.purpose)).toEqual(['gas prices']);
  });

  it('reads a deal "hammered out" or "thrashed out" as agreed, not shares "hammered"', () => {
    expect(agreements('Microsoft and Yahoo thrashed out an agreement over the weekend.').map((a) => [a.status, a.parties])).toEqual([['agreed', ['Microsoft', 'Yahoo']]]);
    expect(agreements('Negotiators hammered out a deal on farm subsidies in Geneva on Saturday.').map((a) => a.purpose)).toEqual(['farm subsidies']);
    expect(agreements('Shares of Acme were hammered on talk of a deal.')).toEqual([]);
  });

  it('takes the company or country the terms name first ("an agreement under which Libya would sell", "an agreement giving Kyowa exclusive rights", Reuters)', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    expect(parties("Eagle Telephonics Inc said it signed a two-year agreement under which Pacific Telesis Group's <PAC> Pacific Bell unit will buy its Eagle line of electronic key telephone systems.")).toEqual([['Eagle Telephonics Inc', 'Pacific Telesis Group']]);
    expect(parties('Fiat said it had reached an agreement under which Libya would sell its 15 pct stake.')).toEqual([['Fiat', 'Libya']]);
    expect(parties('Murex Corp said it signed an agreement giving Kyowa Hakko Kogyo Co Ltd exclusive rights in Japan to market certain Murex products.')).toEqual([['Murex Corp', 'Kyowa Hakko Kogyo Co Ltd']]);
    // the partner in what it sets up
    expect(parties('Infinite Graphics Inc said it signed a letter of intent to create a joint venture with <Computer Design Equipment Co> to expand sales of its equipment.')).toEqual([['Infinite Graphics Inc', 'Computer Design Equipment Co']]);
    expect(parties('Autospa Corp said it entered into an agreement to form a joint venture for franchising service centers with Seal-It Corp, a private company.')).toEqual([['Autospa Corp', 'Seal-It Corp']]);
    // past a wire bracket or "a subsidiary of"
    expect(parties("EMS Systems Ltd said it has signed an agreement for <Teleco USA Inc> to sell EMS' Six-Party Conference Bridge.")).toEqual([['EMS Systems Ltd', 'Teleco USA Inc']]);
    expect(parties('Equatorial said it has signed a memorandum of understanding for Contel Corp <CTC> to purchase 10 mln dlrs of Equatorial master earth stations.')).toEqual([['Equatorial', 'Contel Corp']]);
    expect(parties('Crime Control Inc said it reached a definitive agreement under which a subsidiary of Hawley Group Ltd will buy its assets.')).toEqual([['Crime Control Inc', 'Hawley Group Ltd']]);
    // a merger partner or a seller past its description or a wire bracket
    expect(parties('Porex Technologies Corp said it has agreed to merge with its partly-owned subsidiary Medco Containment Services Inc in a deal.')).toEqual([['Porex Technologies Corp', 'Medco Containment Services Inc']]);
    expect(parties("Allegheny International Inc said it has entered into an agreement to merge with an affiliate of First Boston Inc's <FPC> First Boston Corp.")).toEqual([['Allegheny International Inc', 'First Boston Inc']]);
    expect(parties('Mazda Motor Corp <MAZT.T> has signed an agreement to import coal from <Coalex Pty Ltd> of Australia.')).toEqual([['Mazda Motor Corp', 'Coalex Pty Ltd']]);
    // the buyer after a place's possessive, as written
    expect(parties("Germany's Siemens has signed a deal to sell its mobile phone business to Taiwan's BenQ.")).toEqual([['Siemens', 'BenQ']]);
    // who a contract went to, past its value; the maker of what a contract is for; a buyer's affiliate; a doer past where it is from
    expect(parties('McDonnell Douglas Corp said it awarded a contract valued at 28 mln dlrs to a unit of Grumman Corp to develop flight control surfaces.')).toEqual([['McDonnell Douglas Corp', 'Grumman Corp']]);
    expect(parties('Air Portugal said it signed a contract for three <Airbus Industrie> A310-300 aircraft.')).toEqual([['Air Portugal', 'Airbus Industrie']]);
    expect(parties('Oshkosh Truck Corp has been awarded a 189.3 mln dlr contract for 1,403 HEMTT 977 series trucks.')).toEqual([['Oshkosh Truck Corp']]);
    expect(parties('Bally Manufacturing Corp said it signed a definitive agreement to sell the stock of its Six Flags subsidiary to an affiliate of Wesray Capital Corp for 600 mln dlrs.')).toEqual([['Bally Manufacturing Corp', 'Wesray Capital Corp']]);
    expect(parties('Stansbury Mining Corp said it has also signed an agreement for Wright Engineers Ltd of British Columbia to recoup the cost of its services.')).toEqual([['Stansbury Mining Corp', 'Wright Engineers Ltd']]);
    // who it is built for
    expect(parties('BAE Systems has bagged a 2 bln stg contract to build warships for the Royal Navy.')).toEqual([['BAE Systems', 'Royal Navy']]);
    expect(parties('CAE Electronics Inc said it received a contract worth nine mln Canadian dlrs to design and manufacture a flight simulator for Lufthansa German Airlines.')).toEqual([['CAE Electronics Inc', 'Lufthansa German Airlines']]);
    // (past ten words of what is built or supplied: Reuters 14834)
    expect(parties('Nissho Iwai Corp and Kawasaki Heavy Industries Ltd received an order to build 200 subway cars worth about 200 mln dlrs for the Metropolitan Transportation Authority of New York.')).toEqual([['Nissho Iwai Corp', 'Kawasaki Heavy Industries Ltd', 'Metropolitan Transportation Authority of New York']]);
    expect(parties('Under the agreement signed on Tuesday, Gazprom will supply 38 billion cubic metres of gas a year to China.')).toEqual([['Gazprom', 'China']]);
    // (a customer after "for" when no "to": Reuters 9840)
    expect(parties("K mart Corp said it signed an agreement to supply merchandise for Entertainment Marketing Inc's home shopping subsidiary.")).toEqual([['K mart Corp', 'Entertainment Marketing Inc']]);
    // (a name that is not the subject of the clause is no party: "under which sales to Libya will grow")
    expect(parties('Fiat said it had reached an agreement under which sales to Libya would grow.')).toEqual([['Fiat']]);
  });

  it('takes no agreement that must or can be reached, nor one after a verb of saying and its colon (Reuters)', () => {
    expect(agreements('Clark said an initial agreement must be reached by late September or early October.')).toEqual([]);
    expect(agreements('Buyers and sellers can either agree on a price between them and register the deal with the Industrial and Commercial Bank.')).toEqual([]);
    expect(agreements('It concluded: "The nature, scope and technical construction of the deals suggest a manipulation."')).toEqual([]);
  });

  it('takes those a witnessed signing is between for its parties, not the witnesses ("The ministers witnessed the signing of a memorandum between Kenya Power and Siemens Energy")', () => {
    expect(agreements('The ministers witnessed the signing of a memorandum between Kenya Power and Siemens Energy.').map((a) => a.parties)).toEqual([['Kenya Power', 'Siemens Energy']]);
  });

  it('reads a limited partnership as a firm, not an agreement (Reuters: "... with <M-L Technology Ventures L.P.>, a research and development limited partnership")', () => {
    expect(agreements('Photon Technology International said it signed a research and development agreement with Acme Ventures, a research and development limited partnership sponsored by Merrill Lynch.').map((a) => a.parties)).toEqual([['Photon Technology International', 'Acme Ventures']]);
    expect(agreements('Rio Grande Video entered into a limited partnership agreement with a group of private investors.').map((a) => a.kind)).toEqual(['limited partnership agreement']);
    // nor one that a name stands beside ("Danners Inc said it has agreed in principle for Indian LP, a partnership")
    expect(agreements('Danners Inc said it has agreed in principle for Indian LP, a partnership associated with Sherman Clay Group, to purchase 100,000 shares of preferred stock.')).toEqual([]);
  });

  it('reads a party without the date before it, a purpose past where the other side is from or what it is part of, and no comparison in it (Reuters)', () => {
    expect(agreements('A British parliamentary report said that up to March British firms had been awarded just 34 mln dlrs worth of contracts for the Strategic Defence Initiative, compared with the 1.5 billion dlrs Britain had hoped to secure.')).toEqual([{ kind: 'contract', status: 'concluded', parties: ['British firms'], purpose: 'the Strategic Defence Initiative' }]);
    expect(agreements('Polysar Ltd said it agreed to form a joint venture with Raision Tehtaat, of Finland, to build a synthetic rubber latex plant in southern Finland.')[0].purpose).toBe('to build a synthetic rubber latex plant in southern Finland');
    // (or past where it is, or a description a place opens)
    expect(agreements('Biosensor Corp said it signed an agreement with Del Mar Avionics, Irvine, Calif., to market the Biosensor Multiday system.')[0].purpose).toBe('to market the Biosensor Multiday system');
    expect(agreements('Unicorp American Corp said it has formed a joint venture with Sybedon Corp, a New York real estate investment banking firm, to pursue real estate projects.')[0].purpose).toBe('to pursue real estate projects');
    // (or past the company it is part of)
    expect(agreements('Paradyne Corp said it signed a contract with Van Waters and Rogers Inc, a subsidiary of UNIVAR Corp, to supply a data communications network.')[0].purpose).toBe('to supply a data communications network');
    // (also after the bracket wire copy closes a name with)
    expect(agreements('Morton Thiokol Inc said its Morton Chemical Division entered into an agreement with <Mitsubishi Chemical Industries Ltd>, Japan, to market extrudable adhesive resins.')[0].purpose).toBe('to market extrudable adhesive resins');
    expect(agreements('Airship Industries Ltd said it entered into a joint venture with Westinghouse Electric Corp <WX>, a stockholder, to pursue military contracts.')[0].purpose).toBe('to pursue military contracts');
  });

  it('reads a partnership that two sides agree or reach ("The African Union and the European Union agreed a new partnership on migration")', () => {
    expect(agreements('The African Union and the European Union agreed a new partnership on migration.')).toEqual([{ kind: 'partnership', status: 'agreed', parties: ['African Union', 'European Union'], purpose: 'migration' }]);
  });

  it('takes no rate, price or amount for a party (Reuters: "the rate agreed in a rescheduling accord", "a contract with a ceiling price of 14.4 mln dlrs")', () => {
    const parties = (text: string) => agreements(text).map((a) => a.parties);
    expect(parties("Venezuela's new margin was only a 1/4 point drop from the rate agreed in a rescheduling accord in 1986, the bankers said.")).toEqual([]);
    expect(parties('The Fed said currencies agreed at last February\'s Louvre accord were stable.')).toEqual([]);
    expect(parties('Survival Technology Inc said it has received a U.S. Defense Department contract with a ceiling price of 14.4 mln dlrs for ComboPen injectors.')).toEqual([['Survival Technology Inc', 'U.S. Defense Department']]);
  });

  it('takes no agreement for a party ("The agreements signed on Friday include a deal", Reuters\' "the basic accord reached ... on a new International Natural Rubber Agreement")', () => {
    expect(agreements('The agreements signed on Friday include a deal on satellite launches.')).toEqual([]);
    expect(agreements('Malaysia welcomed the basic accord reached over the weekend in Geneva between producers and consumers on a new International Natural Rubber Agreement (INRA).').map((a) => a.parties)).toEqual([['producers', 'consumers']]);
  });

  it('takes "it" after a coordinated clause for the subject, not the company after a preposition, and leaves the next clause\'s date to it', () => {
    const rows = docOf("Rosneft has also agreed a deal with China's CNPC to supply crude oil, and in 2004 it signed a cooperation pact with Gazprom.").agreements;
    expect(rows.map((a) => [a.parties.map((p) => p.name), a.date?.text ?? null])).toEqual([
      [['Rosneft', 'CNPC'], null],
      [['Rosneft', 'Gazprom'], '2004'],
    ]);
    // Reuters: the one who said it, past the company an apposition names after "of"
    expect(agreements('AMEV Holdings Inc, the New York-based operating arm of NV AMEV and parent company of Security Mutual Finance Corp, said it reached a definitive agreement to sell Security Mutual to USA Financial Services Inc.').map((a) => a.parties[0])).toEqual(['AMEV Holdings Inc']);
  });

  it('names a country party as the text does, linked to the one entity of that country ("UK" and "Britain" are the United Kingdom)', () => {
    const doc = docOf('The UK and France have signed a deal on aircraft carriers. Britain and the US signed a pact on Monday.');
    const uk = doc.entities.find((e) => e.name === 'United Kingdom');
    expect(uk?.aliases).toEqual(['Britain', 'UK']);
    expect(doc.agreements.map((a) => a.parties.map((p) => [p.name, p.entityId === uk?.id]))).toEqual([
      [['UK', true], ['France', false]],
      [['Britain', true], ['US', false]],
    ]);
  });

  it('takes a person no title ties to a body, signing with a country, to sign for the country the article is about (BBC: "Mr Brown has signed a debt relief deal with Tanzania")', () => {
    const rows = docOf('The days of Britain having to apologise are over, Gordon Brown has said. The UK will pay. Mr Brown has signed a debt relief deal with Tanzania which could cost the UK 1bn. The UK has pledged more.').agreements;
    expect(rows.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]))).toEqual([[['UK', 'Gordon Brown'], ['Tanzania', null]]]);
    // no country the article names most: the person stays the party; nor with a company on the other side
    expect(agreements('Mr Smith has signed a deal with Tanzania. Kenya and Uganda were left out.').map((a) => a.parties)).toEqual([['Smith', 'Tanzania']]);
    expect(agreements('The UK will pay. The UK has pledged more. The UK is generous. Mr Brown has signed a supply deal with Acme Corp.').map((a) => a.parties)).toEqual([['Brown', 'Acme Corp.']]);
  });

  it('takes when and where from "The agreement, which ..., was signed" that names no party, for the agreement reported before (Reuters)', () => {
    const rows = docOf('The United States has signed a Public Law 480 agreement with Honduras to provide for the sale of wheat, the department said. The agreement, signed March 11, provides for the sale of about 75,000 tonnes of wheat.').agreements;
    expect(rows.map((a) => [a.parties.map((p) => p.name), a.date?.text ?? null])).toEqual([[['United States', 'Honduras'], 'March 11']]);
    const cargo = docOf('Air China and Lufthansa have struck a deal to cooperate on cargo flights. The agreement, which still needs regulatory approval, was signed in Frankfurt on Tuesday.').agreements;
    expect(cargo.map((a) => [a.parties.length, a.date?.text ?? null, a.place?.name ?? null])).toEqual([[2, 'Tuesday', 'Frankfurt']]);
    // a date of the main clause after a relative one is not when it was signed
    const jet = docOf('Pride Refining Co is being awarded a 75 mln dlr contract for jet fuel, the Defense Department said. It said work on the contract, which was awarded as part of a procurement program, is expected to be completed by April 30, 1988.').agreements;
    expect(jet.map((a) => a.date)).toEqual([null]);
  });

  it('takes a name no rule typed, right after a verb of buying in the purpose, for the company bought ("agreed to acquire Wyeth in a cash-and-stock deal"), not "Treasury bills"', () => {
    expect(agreements('Pfizer said it agreed to acquire Wyeth in a cash-and-stock deal valued at $68bn.').map((a) => a.parties)).toEqual([['Pfizer', 'Wyeth']]);
    expect(agreements('Pfizer signed an agreement to buy Treasury bills.').map((a) => a.parties)).toEqual([['Pfizer']]);
  });

  it('finds where an agreement was signed in a city news names in English ("in Gothenburg on Sunday")', () => {
    const rows = docOf('Chinese carmaker Geely has completed its purchase of Volvo from Ford, after the two firms signed the final agreement in Gothenburg on Sunday.').agreements;
    expect(rows.map((a) => a.place?.name ?? null)).toEqual(['Gothenburg']);
  });

  it('takes the city an "on ..." purpose ends with for where it was signed ("a memorandum on counter-narcotics co-operation in Tehran")', () => {
    const rows = docOf('Jack Straw and Kamal Kharrazi signed a memorandum on counter-narcotics co-operation in Tehran.').agreements;
    expect(rows.map((a) => [a.purpose, a.place?.name ?? null])).toEqual([['counter-narcotics co-operation', 'Tehran']]);
    // a region stays in the purpose
    expect(agreements('Shell signed an agreement on gas exploration in Siberia.').map((a) => a.purpose)).toEqual(['gas exploration in Siberia']);
  });

  it('takes a company before "of" and the place it is from for the party, in a subject list and after "with" (Reuters: "<Wrought Copper Ltd> of Chile", "privately-held Novopharm Ltd of Canada")', () => {
    expect(agreements("China's state-owned Beijing Non-Ferrous Metals Industrial Corp and <Wrought Copper Ltd> of Chile signed a contract to jointly build a copper tube plant.").map((a) => a.parties)).toEqual([
      ['Beijing Non-Ferrous Metals Industrial Corp', 'Wrought Copper Ltd'],
    ]);
    expect(agreements('LyphoMed Inc said it has tentatively agreed to form a joint venture with privately-held Novopharm Ltd of Canada.').map((a) => a.parties)).toEqual([['LyphoMed Inc', 'Novopharm Ltd']]);
  });

  it('takes "the two sides" for the two companies or the two countries named last, whichever the article names two of (Reuters)', () => {
    expect(agreements('Bond Corp Holdings Ltd and Atlas Mining Corp are still holding talks. A memorandum of understanding signed by the two sides in October last year said Bond would acquire the loans.').map((a) => a.parties)).toEqual([['Bond Corp Holdings Ltd', 'Atlas Mining Corp']]);
    expect(agreements('China has resumed repairs of Soviet ships after a break between the two countries. The New China News Agency said an agreement was signed by the two sides on Wednesday.').map((a) => a.parties)).toEqual([['China', 'Soviet Union']]);
  });

  it('takes the country or company a purchase is from for the seller ("a trade protocol to buy asbestos fibre from Zimbabwe", Reuters)', () => {
    expect(agreements('India has signed a trade protocol to buy up to 15,000 tonnes of asbestos fibre from Zimbabwe in exchange for Indian goods.').map((a) => a.parties)).toEqual([['India', 'Zimbabwe']]);
  });

  it('takes a country\'s government for the country ("Ukraine\'s new government has struck a deal", "Sudan\'s government and southern rebels signed")', () => {
    expect(agreements("Ukraine's new government has struck a deal with Russia over gas supplies.").map((a) => a.parties)).toEqual([['Ukraine', 'Russia']]);
    expect(agreements("Sudan's government and southern rebels signed a peace deal in Nairobi on Sunday.").map((a) => a.parties)).toEqual([['Sudan', 'southern rebels']]);
  });

  it('keeps a group named by where it is beside the side before "and" ("Indonesia and separatist rebels in Aceh signed a peace accord")', () => {
    expect(agreements('Indonesia and separatist rebels in Aceh signed a peace accord in Helsinki on Monday, ending nearly 30 years of conflict.').map((a) => a.parties)).toEqual([
      ['Indonesia', 'separatist rebels in Aceh'],
    ]);
  });

  it('takes the company a company owns after "with" ("a deal with Time Warner\'s AOL"; Reuters: "with Texas Air Corp\'s Continental Airlines Inc")', () => {
    expect(agreements("Google has signed a deal with Time Warner's AOL, which will see it invest $1bn in the internet firm.").map((a) => a.parties)).toEqual([['Google', 'AOL']]);
    expect(agreements("Singer Co said it has signed a\n12-year contract with Texas Air Corp's Continental Airlines Inc\nunit to lease Continental an aircraft simulator for flight crew\ntraining.").map((a) => a.parties)).toEqual([['Singer Co', 'Continental Airlines Inc']]);
    // (and the purpose after the word that says it is the owner's)
    expect(agreements("Singer Co said it has signed a 12-year contract with Texas Air Corp's Continental Airlines Inc unit to lease Continental an aircraft simulator for flight crew training.")[0].purpose).toBe('to lease Continental an aircraft simulator for flight crew training');
  });

  it('keeps a date a purpose runs from in the purpose, not as the signing\'s date ("to supply chips ... from next year")', () => {
    const rows = docOf('Intel has signed a deal with Apple to supply chips for its Macintosh computers from next year.').agreements;
    expect(rows.map((a) => [a.purpose, a.date?.text ?? null])).toEqual([['to supply chips for its Macintosh computers from next year', null]]);
    // or a time still to come that ends it (AFP style)
    const launch = docOf('The European Space Agency (ESA) has signed a contract with SpaceX to launch two of its Galileo navigation satellites next year, the agency said.').agreements;
    expect(launch.map((a) => [a.purpose, a.date?.text ?? null])).toEqual([['to launch two of its Galileo navigation satellites next year', null]]);
  });

  it('takes the city or state a demonym\'s country holds for the party ("with the Chinese city of Hangzhou", "with the Indian state of Jharkhand")', () => {
    expect(agreements('The Commonwealth Bank of Australia agreed a A$1bn deal with the Chinese city of Hangzhou.').map((a) => a.parties)).toEqual([['Commonwealth Bank of Australia', 'Hangzhou']]);
    expect(agreements('Mittal Steel has signed a $9bn agreement with the Indian state of Jharkhand to build a steel plant.').map((a) => [a.parties, a.purpose])).toEqual([
      [['Mittal Steel', 'Jharkhand'], 'to build a steel plant'],
    ]);
  });

  it('ends a party at "at" and finds the place past the occasion ("signed by the chief executives of both companies at a ceremony in Tokyo")', () => {
    const rows = docOf('Toyota and Peugeot will build cars together. The agreement was signed by the chief executives of both companies at a ceremony in Tokyo.').agreements;
    expect(rows.map((a) => [a.parties.map((p) => p.name), a.place?.name ?? null])).toEqual([[['Toyota', 'Peugeot'], 'Tokyo']]);
  });

  it('takes the company bought past the place it is from ("agreed a deal to buy Singapore\'s NatSteel")', () => {
    expect(agreements("India's Tata Steel has agreed a deal to buy Singapore's NatSteel for $486m.").map((a) => a.parties)).toEqual([['Tata Steel', 'NatSteel']]);
  });

  it('takes a company\'s management for the company, as subject and in a list ("Opel\'s management and unions agreed", "between Volkswagen\'s management and the IG Metall union")', () => {
    expect(agreements("After months of talks, Opel's management and unions agreed a deal to cut 9,500 jobs.").map((a) => a.parties)).toEqual([['Opel', 'unions']]);
    expect(agreements("Opel's management signed a deal with the unions to cut 9,500 jobs.").map((a) => a.parties)).toEqual([['Opel', 'the unions']]);
    expect(agreements("The deal was agreed between Volkswagen's management and the IG Metall union.").map((a) => a.parties)).toEqual([['Volkswagen', 'IG Metall']]);
    // (a union named before the trade it is of, a country's, after a dateline: AP, Reuters)
    expect(agreements("BERLIN, March 25 (Reuters) - Germany's GDL train drivers' union and national rail operator Deutsche Bahn reached an agreement on Monday to end a dispute over pay.").map((a) => a.parties)).toEqual([['GDL', 'Deutsche Bahn']]);
    expect(agreements("The GDL train drivers' union and Deutsche Bahn reached an agreement on Monday.").map((a) => a.parties)).toEqual([['GDL', 'Deutsche Bahn']]);
    expect(agreements("The ministers signed an accord with Kenya's government and the World Bank.").map((a) => a.parties)).toEqual([['The ministers', 'Kenya', 'World Bank']]);
  });

  it('takes the country a First Minister or a minister "of" a portfolio acts for, and reads the purpose after them ("Scotland\'s First Minister Jack McConnell signed a deal with China\'s minister of science to boost research links")', () => {
    expect(agreements("Scotland's First Minister Jack McConnell signed a deal with China's minister of science to boost research links.").map((a) => [a.parties, a.purpose])).toEqual([
      [['Scotland', 'China'], 'to boost research links'],
    ]);
    expect(agreements("Scotland's first minister signed a deal with China's science minister to boost research links.").map((a) => [a.parties, a.purpose])).toEqual([
      [['Scotland', 'China'], 'to boost research links'],
    ]);
  });

  it('takes the name of "its X unit" that no rule typed, as written (Reuters: "Gencorp said its RKO General unit signed")', () => {
    expect(agreements('Gencorp said its RKO General unit signed a definitive agreement to sell radio station KHJ to Fidelity Broadcasting Corp for 217 mln dlrs.').map((a) => a.parties)).toEqual([
      ['RKO General', 'Fidelity Broadcasting Corp'],
    ]);
  });

  it('takes "the French government" for France, as subject, beside "and" and after "with" past what the agreement is on (Reuters: "the British government reached an agreement on new traffic rights with the Japanese government which ...")', () => {
    expect(agreements('The French government and unions signed a pact on pension reform.').map((a) => a.parties)).toEqual([['France', 'unions']]);
    expect(agreements('The Mexican and US governments signed a border security pact on Tuesday.').map((a) => a.parties)).toEqual([['Mexico', 'US']]);
    expect(agreements('Shell signed a deal with the Nigerian government.').map((a) => a.parties)).toEqual([['Shell', 'Nigeria']]);
    expect(agreements('The British government reached an agreement on new traffic rights with the Japanese government which clears the way for non-stop flights between London and Tokyo.').map((a) => [a.parties, a.purpose])).toEqual([
      [['United Kingdom', 'Japan'], 'new traffic rights'],
    ]);
  });

  it('takes "the Chinese company" for a company, not China, and the name wire copy marks after a demonym\'s description (Reuters: "the Soviet Union\'s central bank <Gosbank>, and Foreign Trade Bank <Vneshtorgbank>")', () => {
    expect(agreements('An agreement between Volvo and the Chinese company was signed in Beijing.').map((a) => a.parties)).toEqual([['Volvo', 'Chinese company']]);
    expect(agreements("<Banque de l'Union Europeenne> said it\nsigned a cooperation agreement with the Soviet Union's central\nbank <Gosbank>, and Foreign Trade Bank <Vneshtorgbank>, with\nthe aim of creating a joint financial holding.").map((a) => a.parties)).toEqual([
      ["Banque de l'Union Europeenne", 'Gosbank', 'Foreign Trade Bank'],
    ]);
    expect(agreements('Asea Group AB <ASEAY> said it has been\nawarded a 110 mln dlr contract from the Swedish State Power\nBoard and the Finnish utility <Imitran Oma Oy>.\n    The company also said three other Asea companies; Asea\nTransmission, Ludvika Sweden and Strondberg Vaasa will take part.').map((a) => a.parties)).toEqual([
      ['Asea Group AB', 'Swedish State Power Board', 'Imitran Oma Oy'],
    ]);
  });

  it('reads the purpose past the event an agreement was signed at ("at the Paris Air Show for 60 A350s", "during the Dubai Airshow to buy 70 jets")', () => {
    expect(agreements('Qatar Airways signed a memorandum of understanding with Airbus at the Paris Air Show for 60 A350s.').map((a) => [a.parties, a.purpose])).toEqual([
      [['Qatar Airways', 'Airbus'], '60 A350s'],
    ]);
    expect(agreements('Emirates signed a deal with Airbus during the Dubai Airshow to buy 70 jets.').map((a) => a.purpose)).toEqual(['to buy 70 jets']);
  });

  it('reads the other side after "in principle" (Reuters: "entered into an agreement in principle with Dart Group Corp under which ...")', () => {
    expect(agreements('Supermarkets General Corp said it entered into an agreement in principle with Dart Group Corp under which Dart would acquire it.').map((a) => [a.parties, a.purpose])).toEqual([
      [['Supermarkets General Corp', 'Dart Group Corp'], 'under which Dart would acquire it'],
    ]);
  });

  it('reads "agreed to enter into a standstill agreement" as agreed (Reuters)', () => {
    expect(agreements('Harcourt Brace Jovanovich Inc said it agreed to enter into a standstill agreement with British Printing and Communication Corp.').map((a) => [a.status, a.kind])).toEqual([
      ['agreed', 'standstill agreement'],
    ]);
  });

  it('ends a party before a participle that opens a clause, which is the purpose (Reuters: "with five lenders providing for a credit facility"), not before one that describes ("tin producing countries")', () => {
    expect(agreements('British Columbia Resources Investment Corp said it reached agreement in principle with five lenders providing for a 360 mln dlr credit facility over a four year term.').map((a) => [a.parties, a.purpose])).toEqual([
      [['British Columbia Resources Investment Corp', 'five lenders'], 'providing for a 360 mln dlr credit facility over a four year term'],
    ]);
    expect(agreements('The agreement was reached last weekend by tin producing countries to limit group exports.').map((a) => a.parties)).toEqual([['tin producing countries']]);
  });

  it('takes the country or body whose negotiators or officials made a deal ("EU and US negotiators reached a deal", "US trade officials signed")', () => {
    expect(agreements('EU and US negotiators reached a deal on aircraft subsidies.').map((a) => a.parties)).toEqual([['European Union', 'US']]);
    expect(agreements('US trade officials signed an accord with Japan.').map((a) => a.parties)).toEqual([['US', 'Japan']]);
  });

  it('takes the subject that "the firms that signed" are said of ("Shell and BP were among the firms that signed deals with ...")', () => {
    expect(agreements("Shell and BP were among the firms that signed deals with Libya's National Oil Corporation.").map((a) => a.parties)).toEqual([['Shell', 'BP', 'National Oil Corporation']]);
  });

  it('reads the terms past what a deal is worth and a comma ("a deal with CNPC worth $6bn, under which China will receive ...")', () => {
    expect(agreements('Earlier, Rosneft had signed a long-term oil supply deal with CNPC worth $6bn, under which China will receive 48 million tonnes of crude.').map((a) => a.purpose)).toEqual([
      'under which China will receive 48 million tonnes of crude',
    ]);
  });

  it('reads a name after "the then" ("an association agreement with the then European Economic Community")', () => {
    expect(agreements('Ankara signed an association agreement with the then European Economic Community in 1963.').map((a) => a.parties)).toEqual([['Ankara', 'European Economic Community']]);
  });

  it('reads what an agreement covers past where and when it was signed and a comma ("in London last month, covering trade, defence and counter-terrorism")', () => {
    const rows = docOf('Mr Blair and Turkish Prime Minister Recep Tayyip Erdogan signed a strategic partnership in London last month, covering trade, defence and counter-terrorism.').agreements;
    expect(rows.map((a) => [a.purpose, a.place?.name ?? null])).toEqual([['covering trade, defence and counter-terrorism', 'London']]);
  });

  it('reads a deal struck at a price in symbols ("has struck a $19.5bn deal with Chinalco")', () => {
    expect(agreements('Rio Tinto has struck a $19.5bn deal with Chinalco, which will double its stake in the miner.').map((a) => [a.status, a.parties])).toEqual([['agreed', ['Rio Tinto', 'Chinalco']]]);
  });

  it('reads jets ordered in a deal, with the date and the city apart from what was bought, and no court order', () => {
    const rows = docOf('Ryanair ordered 100 Boeing 737 MAX jets on Monday in a deal worth $11bn.').agreements;
    expect(rows.map((a) => [a.status, a.parties.map((p) => p.name), a.purpose, a.date?.text ?? null])).toEqual([['concluded', ['Ryanair', 'Boeing'], '100 Boeing 737 MAX jets', 'Monday']]);
    expect(docOf('Jet Airways has bought 10 Boeing 777s in Paris in a deal worth $2.5bn.').agreements.map((a) => [a.purpose, a.place?.name ?? null])).toEqual([['10 Boeing 777s', 'Paris']]);
    expect(agreements('The judge ordered the company to pay damages in a ruling on a deal.')).toEqual([]);
  });

  it('reads "his Turkish counterpart" among those a deal was signed by', () => {
    expect(agreements('The deal was signed by Energy Minister Alexander Novak and his Turkish counterpart in Ankara.').map((a) => a.parties)).toEqual([['Alexander Novak', 'Turkey']]);
  });

  it('ends a purpose at the visit or the talks it came with, and takes the city before the visit as the place', () => {
    expect(agreements("Airbus and China Aviation Supplies Holding signed a general terms agreement for 140 aircraft during the French president's visit to Beijing.").map((a) => a.purpose)).toEqual(['140 aircraft']);
    expect(agreements('Ukraine and Russia reached a deal on gas supplies after talks brokered by the European Commission.').map((a) => a.purpose)).toEqual(['gas supplies']);
    const rows = docOf("Vietnam Airlines and Boeing signed a contract for eight 787-10 Dreamliners in Hanoi during Mr Trump's visit.").agreements;
    expect(rows.map((a) => [a.purpose, a.place?.name ?? null])).toEqual([['eight 787-10 Dreamliners', 'Hanoi']]);
  });

  it('reads "co-signed", and a mission with the country it is in as one party ("The Chinese Embassy in Kazakhstan and ...")', () => {
    expect(agreements('The Chinese Embassy in Kazakhstan and the Kazakh Ministry of Education co-signed a letter of intent on the Luban Workshop.').map((a) => [a.status, a.parties])).toEqual([
      ['signed', ['Chinese Embassy', 'Kazakh Ministry of Education']],
    ]);
  });

  it('takes no date that starts a period ("sister cities since 1982, and signed ... on Friday"), but the day of the clause before ("held talks on Monday, and ... witnessed the signing")', () => {
    const date = (text: string) => docOf(text).agreements.map((a) => a.date?.text ?? null);
    expect(date('Wuhan and Duisburg have been sister cities since 1982, and signed a new cooperation agreement on logistics on Friday.')).toEqual(['Friday']);
    expect(date('Madagascar has signed oil exploration agreements with four foreign oil companies since 1981.')).toEqual([null]);
    expect(date('Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Beijing on Monday, and the two heads of state witnessed the signing of 20 cooperation documents.')).toEqual(['Monday']);
  });

  it('reads the body whose role the words before a name between commas give ("The Director-General of the FAO, Edouard Saouma, signed")', () => {
    const rows = docOf('The Director-General of the Food and Agricultural Organisation (FAO), Edouard Saouma, signed an agreement with Peru.').agreements;
    expect(rows.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]))).toEqual([
      [['Food and Agricultural Organisation', 'Edouard Saouma'], ['Peru', null]],
    ]);
    expect(agreements('A lawyer for the head of Acme Corp, John Smith, signed an agreement with Peru.').map((a) => a.parties)).toEqual([['John Smith', 'Peru']]);
  });

  it('names the companies a possessive owns in a subject list, and the place a title is held in ("California governor Arnold Schwarzenegger")', () => {
    expect(agreements("France Telecom's Orange and Deutsche Telekom's T-Mobile signed the deal on Tuesday.").map((a) => a.parties)).toEqual([['Orange', 'T-Mobile']]);
    expect(agreements('Tony Blair and California governor Arnold Schwarzenegger have signed an agreement to work together on climate change.').map((a) => a.parties)).toEqual([['Tony Blair', 'California']]);
  });

  it('gives a headline\'s described sides, and its country, the names the body gives them, and takes a headline\'s pact for the body\'s agreement about it (BBC)', () => {
    expect(agreements("Telecom firms seal merger deal\nFrance Telecom's Orange and Deutsche Telekom's T-Mobile signed the deal on Tuesday, creating the UK's largest mobile operator.").map((a) => a.parties)).toEqual([['Orange', 'T-Mobile']]);
    expect(agreements('Mr Blair signs climate pact\nTony Blair and California governor Arnold Schwarzenegger have signed an agreement to work together on climate change.').map((a) => [a.kind, a.parties])).toEqual([
      ['agreement', ['Tony Blair', 'California']],
    ]);
    // (and a headline's country the body the article names "of" it: UzA)
    const uza = 'Uzbekistan and University of London sign memorandum\nTASHKENT, Jan 15 (UzA) -- The memorandum was signed between the Ministry of Higher Education, Science and Innovation of Uzbekistan and the University of London on Monday.';
    expect(agreements(uza).map((a) => a.parties)).toEqual([['Ministry of Higher Education, Science and Innovation of Uzbekistan', 'University of London']]);
  });

  it('reads the Navy whose contract a company is awarded ("a 120.3 mln dlr Navy contract")', () => {
    expect(agreements('IBM Corp is being awarded a 120.3 mln dlr Navy contract.').map((a) => a.parties)).toEqual([['IBM Corp', 'Navy']]);
  });

  it('reads a buyer no name was given for ("to sell its Hudson\'s Bay Wholesale unit to a private investment group")', () => {
    expect(agreements("<Hudson's Bay Co> said it signed a letter of intent to sell its Hudson's Bay Wholesale unit to a private investment group.").map((a) => a.parties)).toEqual([
      ["Hudson's Bay Co", 'a private investment group'],
    ]);
    expect(agreements('BancTEXAS Group Inc said it has signed a definitive agreement to sell its BancTEXAS Sulphur Springs affiliate to a group of local investors led by Gene Watson.').map((a) => a.parties)).toEqual([
      ['BancTEXAS Group Inc', 'a group of local investors'],
    ]);
  });

  it('reads the lender, the other side of a dispute, and the buyer past an infinitive in what an agreement is for (Reuters)', () => {
    expect(agreements("Indonesia signed an agreement to borrow up to 150 billion yen in an untied yen loan from Japan's governmental Export-Import Bank.").map((a) => a.parties)).toEqual([['Indonesia', 'Export-Import Bank']]);
    expect(agreements('Pre-Paid Legal Services Inc said it has signed a letter of intent under which it would receive financing from I.C.H. Corp.').map((a) => a.parties)).toEqual([['Pre-Paid Legal Services Inc', 'I.C.H. Corp.']]);
    expect(agreements('Public Service Co of Colorado said it has reached a preliminary agreement to resolve a territorial dispute with Union Rural Electric Association.').map((a) => a.parties)).toEqual([
      ['Public Service Co of Colorado', 'Union Rural Electric Association'],
    ]);
    expect(agreements('Environmental Power Corp said it has signed a 15-year contract to sell all power to be generated by the project to Carolina Power and Light Co <CPL>.').map((a) => a.parties)).toEqual([
      ['Environmental Power Corp', 'Carolina Power and Light Co'],
    ]);
  });

  it('reads the creditor of a rescheduled debt as the other side ("covering 120 mln dlrs in official debts to Britain", Reuters 18949)', () => {
    expect(agreements('Mexico signed a rescheduling accord covering 120 mln dlrs in official debts to Britain, the finance ministry said.').map((a) => a.parties)).toEqual([['Mexico', 'Britain']]);
    expect(agreements('Peru signed an accord to reschedule debts owed to the Paris Club of creditor nations.').map((a) => a.parties)).toEqual([['Peru', 'Paris Club']]);
    // (not a debt to a people: "its debt to French banks")
    expect(agreements('Peru signed an accord to reschedule its debt to French banks.').map((a) => a.parties)).toEqual([['Peru']]);
  });

  it('ends a purpose at the talks an agreement came after, and takes the city after them as the place ("after marathon talks in Brussels")', () => {
    const rows = docOf("EU leaders have agreed a deal on the bloc's budget for 2007-2013 after marathon talks in Brussels.").agreements;
    expect(rows.map((a) => [a.purpose, a.place?.name ?? null])).toEqual([["the bloc's budget for 2007-2013", 'Brussels']]);
  });

  it('takes institutions and the places they are from as one subject ("More than 50 enterprises from China and Central Asian countries signed")', () => {
    expect(agreements('More than 50 enterprises from China and Central Asian countries signed purchase agreements worth 2.3 billion yuan at the expo.').map((a) => a.parties)).toEqual([
      ['More than 50 enterprises from China and Central Asian countries'],
    ]);
    expect(agreements('Companies from France and Germany signed deals.').map((a) => a.parties)).toEqual([['Companies from France and Germany']]);
  });

  it('takes the year an agreement is named by as its date when no other is said ("a 1983 agreement that Canada signed")', () => {
    const date = (text: string) => docOf(text, '1987-03-20').agreements.map((a) => a.date?.text ?? null);
    expect(date('The new pact replaces a 1983 agreement that Canada signed with the European Community.')).toEqual(['1983']);
    expect(date('In January the two countries signed a 1987 agreement worth 30 billion markka.')).toEqual(['January']);
  });

  it('takes the company or country each signatory is of ("Airbus chief executive Tom Enders and AirAsia\'s Tony Fernandes", "Sergei Lavrov of Russia")', () => {
    expect(agreements("The deal was signed by Airbus chief executive Tom Enders and AirAsia's Tony Fernandes.").map((a) => a.parties)).toEqual([['Airbus', 'AirAsia']]);
    expect(agreements("Airbus chief executive Tom Enders and AirAsia's Tony Fernandes signed the deal.").map((a) => a.parties)).toEqual([['Airbus', 'AirAsia']]);
    expect(agreements('The deal was signed by Tom Enders of Airbus and Tony Fernandes of AirAsia.').map((a) => a.parties)).toEqual([['Airbus', 'AirAsia']]);
    expect(agreements('The accord was signed by foreign ministers Sergei Lavrov of Russia and Wang Yi of China.').map((a) => a.parties)).toEqual([['Russia', 'China']]);
    const rows = docOf('The accord was signed by Sergei Lavrov of Russia and Wang Yi of China.').agreements;
    expect(rows.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]))).toEqual([[['Russia', 'Sergei Lavrov'], ['China', 'Wang Yi']]]);
    // (as the subject too, Reuters: "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal signed")
    const macao = docOf('Prime Ministers Zhao Ziyang of China and\nAnibal Cavaco Silva of Portugal signed an agreement to end more\nthan four centuries of Portuguese rule over the territory of\nMacao.').agreements;
    expect(macao.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]))).toEqual([[['China', 'Zhao Ziyang'], ['Portugal', 'Anibal Cavaco Silva']]]);
    // (and a company of a country, before "and": "<China Sports Service Corp> of China and <Seylla Corp> of Hong Kong")
    expect(agreements('<China Sports Service Corp> of China and\n<Seylla Corp> of Hong Kong signed an agreement to borrow five\nbillion yen from an international syndicate of banks.').map((a) => a.parties)).toEqual([['China Sports Service Corp', 'Seylla Corp']]);
  });

  it('reads a body no name was given for beside a named one ("between the World Bank and the ministry"), and the name as recognised', () => {
    expect(agreements('A memorandum was signed between the World Bank and the ministry.').map((a) => a.parties)).toEqual([['World Bank', 'the ministry']]);
    const rows = docOf('A memorandum of understanding was signed between the ministry and the World Bank.').agreements;
    expect(rows.map((a) => a.parties.map((p) => [p.name, !!p.entityId]))).toEqual([[['the ministry', false], ['World Bank', true]]]);
  });

  it('takes the company after the words that say what it is ("with textiles concern GFT-Gruppo Finanziario Tessile Spa", "with privately held VMark Computer Inc")', () => {
    expect(agreements('Benetton said it reached agreement with textiles concern GFT-Gruppo Finanziario Tessile Spa for a joint venture.').map((a) => a.parties)).toEqual([['Benetton', 'GFT-Gruppo Finanziario Tessile Spa']]);
    // (after an article and before the name's short form: "with the four-nation European Free Trade Association (EFTA)")
    expect(agreements('India signed a free trade agreement with the four-nation European Free Trade Association (EFTA) on Sunday.').map((a) => a.parties)).toEqual([['India', 'European Free Trade Association']]);
    expect(agreements('Eagle Entertainment Inc said it signed a management agreement with 47.5 pct owned <Performance Guarantees Inc> to manage the business.').map((a) => a.parties)).toEqual([
      ['Eagle Entertainment Inc', 'Performance Guarantees Inc'],
    ]);
  });

  it('takes the unit a name before "subsidiary" or "unit" names as the subject (Reuters: "Borsig GmbH subsidiary has won a 78 mln mark order")', () => {
    expect(agreements('Borsig GmbH subsidiary has won a 78 mln mark order to build a power station block for Venezuela.').map((a) => a.parties[0])).toEqual(['Borsig GmbH']);
  });

  it('reads the company before what it is ("The European <Airbus Industrie> consortium has signed"), the company whose unit won ("said one of its units won"), and a ticker in square brackets', () => {
    expect(agreements('The European <Airbus Industrie> consortium has signed a one billion dlr contract to sell 10 A320 jets.').map((a) => a.parties[0])).toEqual(['Airbus Industrie']);
    expect(agreements("Sweden's Telefon AB L.M. Ericsson\n<ERIC ST> said one of its units won a contract worth 7.5 mln\ndlrs from the West German PTT.").map((a) => a.parties)).toEqual([
      ['Telefon AB L.M. Ericsson', 'the West German PTT'],
    ]);
    expect(agreements('Benetton Group Spa [BTOM.MI] said it reached agreement with Fininvest for a joint venture.').map((a) => a.parties)).toEqual([['Benetton Group Spa', 'Fininvest']]);
  });

  it('takes whom goods come from as the other side of the agreement they come under, and no deadline of its terms as its date', () => {
    expect(agreements('Bangladesh will import 60,000 tons of high speed diesel oil from the Soviet Union under a barter agreement signed here last week.').map((a) => a.parties)).toEqual([
      ['Bangladesh', 'Soviet Union'],
    ]);
    const rows = docOf('Volkswagen said it would cut 35,000 jobs by 2030 under a deal reached with the IG Metall union.').agreements;
    expect(rows.map((a) => [a.parties.map((p) => p.name), a.date?.text ?? null])).toEqual([[['Volkswagen', 'IG Metall'], null]]);
  });

  it('reads the partner of a combination an agreement is for ("for a proposed business combination with privately owned <DataGene ...>")', () => {
    expect(agreements('Microbiological Research Corp said it entered into a letter of intent for a proposed business combination with privately owned <DataGene Scientific Laboratories Inc>.').map((a) => a.parties)).toEqual([
      ['Microbiological Research Corp', 'DataGene Scientific Laboratories Inc'],
    ]);
  });

  it('reads a purchase agreed before as the deal the article goes on to name ("Microsoft has agreed to buy ... Skype ... The deal, which ...")', () => {
    expect(agreements("Microsoft has agreed to buy internet phone service Skype for $8.5bn in cash. The deal, which has been approved by both companies' boards, is its biggest.")).toEqual([
      { kind: 'deal', status: 'agreed', parties: ['Microsoft', 'Skype'], purpose: 'to buy internet phone service Skype for $8.5bn in cash' },
    ]);
    // (a purchase no agreement names is none)
    expect(agreements('Microsoft has agreed to buy internet phone service Skype for $8.5bn in cash.')).toEqual([]);
    expect(agreements('Sundance Inc said it agreed to buy a 45 pct interest in a company that will sell condoms produced by INKEY SA of Spain. The agreement is subject to approval.').map((a) => a.parties)).toEqual([]);
    // or a payment: to whom, or for whose shares (Reuters)
    const pfizer = 'Pfizer Inc has agreed to pay Jiangsu Hengrui Pharmaceuticals Co Ltd up to $1.5 billion for the rights to an experimental cancer drug outside China. Under the licensing agreement, Pfizer will make an upfront payment.';
    expect(docOf(pfizer).agreements.map((a) => a.parties.map((p) => [p.name, p.role]))).toEqual([[['Pfizer Inc', 'subject'], ['Jiangsu Hengrui Pharmaceuticals Co Ltd', 'payee in purpose']]]);
    const trump = "Developer Donald Trump has agreed to pay 101 mln dlrs for all of Resorts International Inc's class B shares. The agreement is subject to approval by the New Jersey Casino Control Commission.";
    expect(docOf(trump).agreements.map((a) => a.parties.map((p) => p.role))).toEqual([['subject', 'seller in purpose']]);
    // (not a payment of nothing named: "fees that Purolator agreed to pay if PC were unsuccessful")
    expect(agreements("Emery has agreed not to dispute PC Acquisition Corp's right to receive fees that Purolator Courier Corp agreed to pay if PC were unsuccessful. Emery has also agreed to pay expenses in connection with the merger agreement.")).toEqual([]);
  });
  it('reads a supply agreed before as the agreement the article goes on to name, with whom it goes to (Reuters: "said it agreed to supply 1.5 metric tons of metallurgical coal ... to Pohang Iron and Steel Co of Korea. ... the agreement is an extension")', () => {
    expect(agreements('Smoky River Coal Ltd said it agreed to supply 1.5 metric tons of metallurgical coal in the next five years to Pohang Iron and Steel Co of Korea. Smoky River said the agreement is an extension of the current contract.').map((a) => a.parties)).toEqual([['Smoky River Coal Ltd', 'Pohang Iron and Steel Co']]);
    expect(agreements("Petrobras agreed to supply 100,000 barrels a day of crude to China's Sinopec. The contract runs for ten years.").map((a) => a.parties)).toEqual([['Petrobras', 'Sinopec']]);
    expect(agreements('Petrobras agreed to supply crude to Sinopec.')).toEqual([]);
  });

  it('takes a headline\'s deal for the body\'s agreement whose purpose a modifier opens a word of ("rail deal", "to build a railway line")', () => {
    expect(agreements('Kenya and China seal rail deal\nKenya has signed an agreement with China to build a railway line from Mombasa to Nairobi.').map((a) => [a.kind, a.parties])).toEqual([
      ['agreement', ['Kenya', 'China']],
    ]);
  });

  it('takes the city a visit went to as where an agreement signed during it was signed ("during Premier Li Keqiang\'s visit to Astana")', () => {
    expect(docOf("Kazakhstan and China signed 22 deals worth $23bn during Premier Li Keqiang's visit to Astana.").agreements.map((a) => a.place?.name ?? null)).toEqual(['Astana']);
    expect(docOf("Airbus signed a general terms agreement for 140 aircraft during the French president's visit to Beijing.").agreements.map((a) => a.place?.name ?? null)).toEqual(['Beijing']);
  });

  it('reads the state after a town or county as where it is, not another party ("with Berks County, Pa.")', () => {
    expect(agreements('Ogden Martin System of Berks Inc subsidiary has signed a contract with Berks County, Pa.').map((a) => a.parties)).toEqual([['Ogden Martin System of Berks Inc', 'Berks County']]);
    expect(agreements('The company signed a deal with France, Germany and Italy.').map((a) => a.parties)).toEqual([['The company', 'France', 'Germany', 'Italy']]);
  });

  it('reads every seller of a purchase agreed before ("to buy 15 planes from Boeing and 25 from Airbus. The deal ...")', () => {
    expect(agreements('AMR agreed to buy 15 planes from Boeing and 25 from Airbus. The deal is worth 2.5 billion dlrs.').map((a) => a.parties)).toEqual([['AMR', 'Boeing', 'Airbus']]);
  });

  it('reads the two heads of state who witnessed a signing as their countries', () => {
    expect(agreements('Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev, and the two heads of state witnessed the signing of 20 cooperation documents.').map((a) => a.parties)).toEqual([
      ['China', 'Kazakhstan'],
    ]);
  });

  it('reads the seller after the company\'s former name, and ends a purpose before a ticker cut at its point', () => {
    expect(agreements('Deutsche Bank AG <DBKG.F> has agreed\nto take over the outstanding 25 pct in <Deutsche Bank (Asia)\nAG>, the former <European Asian Bank AG>, from\nCreditanstalt-Bankverein <CABV.VI>, Deutsche management board\njoint spokesman Alfred Herrhausen told a news conference.\n    The deal is subject to approval.')).toEqual([
      {
        kind: 'deal',
        status: 'agreed',
        parties: ['Deutsche Bank AG', 'Creditanstalt-Bankverein'],
        purpose: 'to take over the outstanding 25 pct in <Deutsche Bank (Asia) AG>, the former <European Asian Bank AG>, from Creditanstalt-Bankverein',
      },
    ]);
    expect(agreements('Cyprus Minerals Co said it was awarded a five year contract to supply 360,000 tons of steam coal to Niagara Mohawk Power Co <NMK>.').map((a) => a.purpose)).toEqual([
      'to supply 360,000 tons of steam coal to Niagara Mohawk Power Co',
    ]);
  });

  it('reads "it" opening a sentence as the "it" the sentence before opened with, or a country named since the last company\'s mention as an object', () => {
    const text = 'Western economists said Yugoslavia has had its way with the\nParis Club creditors.\n    Yugoslavia has refinanced its debt regularly since 1983.\n    In December 1985, it signed a deal with the International\nCoordinating Committee of 600 commercial banks to refinance\nmaturities.\n    It had signed bilateral refinancing agreements in March of\nthat year.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Yugoslavia', 'International Coordinating Committee'], ['Yugoslavia']]);
    expect(agreements('Colonial Bancgroup said it\nagreed to buy <First National Bank of Destin> for an\nundisclosed sum.\n    The company said if it is approved, the sale will mark its\nsecond move to acquire a Florida bank.\n    It said it signed a letter of intent to buy Liberty Bank of\nPensacola in April.').map((a) => a.parties)).toEqual([
      ['Colonial Bancgroup', 'Liberty Bank of Pensacola'],
    ]);
  });

  it('reads the two companies an unnamed pair stands for from the terms ("under which Samsung will provide memory chips to Apple")', () => {
    expect(agreements('The two companies inked a $2 billion supply pact on Tuesday, under which Samsung will provide memory chips to Apple through 2028.').map((a) => a.parties)).toEqual([
      ['Samsung', 'Apple'],
    ]);
    // (a named subject keeps the one other side the terms name)
    expect(agreements('Korea Electric Power Corp signed a contract under which Cameco Corp will supply uranium to Korea Hydro and Nuclear Power Co.').map((a) => a.parties)).toEqual([
      ['Korea Electric Power Corp', 'Cameco Corp'],
    ]);
  });

  it('reads a passive agreement whose topic or purpose comes between its parties and its verb ("An agreement between India and Japan on civil nuclear cooperation was signed")', () => {
    expect(agreements('An agreement between India and Japan on civil nuclear cooperation was signed in Tokyo on Friday.')).toEqual([
      { kind: 'agreement', status: 'signed', parties: ['India', 'Japan'], purpose: 'civil nuclear cooperation' },
    ]);
    expect(agreements('A deal between Boeing and Airbus for 20 jets that was reached on Friday was good.').map((a) => a.purpose)).toEqual(['20 jets']);
    // (or what it is for, in an infinitive)
    expect(agreements("A $700 million deal between India's Adani Group and the Sri Lanka Ports Authority to develop a container terminal in Colombo was signed last week, a government spokesman said.")).toEqual([
      { kind: 'deal', status: 'signed', parties: ['Adani Group', 'Sri Lanka Ports Authority'], purpose: 'to develop a container terminal in Colombo' },
    ]);
  });

  it('reads a purchase made or to be made in a deal, with a company named by one word ("Pfizer will acquire Seagen ... under a deal", "bought Seagen in a deal")', () => {
    expect(agreements('Pfizer will acquire Seagen for $43 billion under a deal announced on Monday.')).toEqual([
      { kind: 'deal', status: 'agreed', parties: ['Pfizer', 'Seagen'], purpose: 'acquire Seagen for $43 billion' },
    ]);
    expect(agreements('Pfizer bought Seagen in a deal worth $43 billion, the company said.').map((a) => [a.status, a.parties])).toEqual([['concluded', ['Pfizer', 'Seagen']]]);
    expect(agreements('Pfizer will buy shares in a deal.')).toEqual([]);
  });

  it('reads the company a stake is taken in, and control won in a deal as a purchase ("to take a 20 percent stake in Chrysler", "won control of Colombian brewer Bavaria in a deal")', () => {
    expect(agreements('Fiat signed a deal to take a 20 percent stake in Chrysler.').map((a) => a.parties)).toEqual([['Fiat', 'Chrysler']]);
    expect(agreements('SABMiller won control of Colombian brewer Bavaria in a deal worth $7.8bn.').map((a) => [a.status, a.parties])).toEqual([['concluded', ['SABMiller', 'Bavaria']]]);
    expect(agreements('Malcolm Glazer bought a controlling stake in Manchester United in a deal worth £790m.').map((a) => a.parties)).toEqual([['Malcolm Glazer', 'Manchester United']]);
  });

  it('reads a memorandum exchanged between its sides as signed ("The MoU was exchanged between officials of ... and Adani Power")', () => {
    expect(agreements('The MoU was exchanged between officials of the Bangladesh Power Development Board and Adani Power in Dhaka.').map((a) => [a.status, a.parties])).toEqual([
      ['signed', ['Bangladesh Power Development Board', 'Adani Power']],
    ]);
    expect(agreements('The deal was exchanged for shares.')).toEqual([]);
  });

  it('reads where a signing on the sidelines of a summit took place, and the body whose members signed', () => {
    const [a] = docOf('India and Brazil signed an agreement on the sidelines of the G20 summit in New Delhi.').agreements;
    expect(a.place?.name).toBe('New Delhi');
    expect(agreements('The Shanghai Cooperation Organisation (SCO) members signed the Astana Declaration on Thursday.').map((r) => r.parties)).toEqual([['Shanghai Cooperation Organisation']]);
  });

  it('reads the purpose past what an agreement is worth and when it was signed ("worth $500 million on Tuesday to modernise ...")', () => {
    expect(agreements('Uzbekistan and the Asian Development Bank signed a loan agreement worth $500 million on Tuesday to modernise the power grid.').map((a) => a.purpose)).toEqual([
      'to modernise the power grid',
    ]);
  });

  it('reads past the short form a party is given in brackets ("with China National Petroleum Corporation (CNPC) to explore oil")', () => {
    expect(agreements("Brazil's Petrobras has signed a partnership agreement with China National Petroleum Corporation (CNPC) to explore oil in the Amazon mouth basin.")).toEqual([
      { kind: 'partnership agreement', status: 'signed', parties: ['Petrobras', 'China National Petroleum Corporation'], purpose: 'to explore oil in the Amazon mouth basin' },
    ]);
    expect(agreements('An agreement with the U.S. Securities and Exchange Commission (SEC) was signed last September.').map((a) => a.parties)).toEqual([['U.S. Securities and Exchange Commission']]);
  });

  it('reads what a deal or venture is called as its name, not a side nor another agreement ("with the unions known as the Warwick agreement", "with Indo-Thai Synthetics called Thai Peroxide Co Ltd to build"; BBC, Reuters)', () => {
    expect(agreements('Labour has signed a pact with the unions known as the Warwick agreement.').map((a) => [a.kind, a.parties])).toEqual([['pact', ['Labour Party', 'the unions']]]);
    expect(agreements('The two countries signed a deal, dubbed the Paris accord, on Monday.').map((a) => a.kind)).toEqual(['deal']);
    const fmc = agreements('FMC Corp said it has entered into an equally owned joint venture with Indo-Thai Synthetics called Thai Peroxide Co Ltd to build a hydrogen peroxide plant north of Bangkok.');
    expect(fmc.map((a) => [a.parties, a.purpose])).toEqual([[['FMC Corp', 'Indo-Thai Synthetics'], 'to build a hydrogen peroxide plant north of Bangkok']]);
    // (and the other side after the name: Reuters)
    const sgc = agreements('Color Systems Technology Inc said it has completed formation of a joint venture called Screen Gems Classicolor with Coca-Cola Co to color and distribute feature films and television programs.');
    expect(sgc.map((a) => [a.parties, a.purpose])).toEqual([[['Color Systems Technology Inc', 'Coca-Cola Co'], 'to color and distribute feature films and television programs']]);
  });

  it('reads whom the main clause after "Under the deal" supplies, pays, licenses or works with as a party ("Norway will supply Germany with hydrogen", "Gazprom will supply gas to China", "BP will pay $2bn to TNK", "the Kenya Ports Authority will work with China Road and Bridge Corporation")', () => {
    expect(agreements('Under the pact, which was sealed in Brussels on Wednesday, Norway will supply Germany with hydrogen by 2030.').map((a) => a.parties)).toEqual([['Norway', 'Germany']]);
    expect(agreements('Under the deal, signed last week, Gazprom will supply gas to China.').map((a) => a.parties)).toEqual([['Gazprom', 'China']]);
    expect(agreements('Under the deal, signed last week, Gazprom will supply gas with Rosneft.').map((a) => a.parties)).toEqual([['Gazprom']]);
    // whom it pays after the sum, licenses or leases to
    expect(agreements('Under the deal, signed in London, BP will pay $2bn to TNK.').map((a) => a.parties)).toEqual([['BP', 'TNK']]);
    expect(agreements('Under the agreement signed on Monday, Sony will license its chip technology to Samsung.').map((a) => a.parties)).toEqual([['Sony', 'Samsung']]);
    expect(agreements('Under the deal, signed last week, Boeing will lease 20 aircraft to Iberia.').map((a) => a.parties)).toEqual([['Boeing', 'Iberia']]);
    // whom it will work with
    expect(agreements('Under a memorandum of understanding signed last week, the Kenya Ports Authority will work with China Road and Bridge Corporation on the expansion of Lamu port.').map((a) => a.parties)).toEqual([['Kenya Ports Authority', 'China Road and Bridge Corporation']]);
    expect(agreements('Under the accord, signed on Monday, Toyota will cooperate closely with Suzuki Motor Corp in India.').map((a) => a.parties)).toEqual([['Toyota', 'Suzuki Motor Corp']]);
  });

  it('reads the country a minister signs for from a country\'s name before the title, and a counterpart described by a country\'s name', () => {
    expect(agreements('Australian Foreign Minister Penny Wong and Papua New Guinea Foreign Minister Justin Tkatchenko signed the accord.').map((a) => a.parties)).toEqual([['Australia', 'Papua New Guinea']]);
    expect(agreements('Australian Foreign Minister Penny Wong and her Papua New Guinea counterpart Justin Tkatchenko signed the accord.').map((a) => a.parties)).toEqual([['Australia', 'Papua New Guinea']]);
    expect(agreements('The accord, signed by Foreign Minister Penny Wong and her Papua New Guinea counterpart, commits both countries to closer defence cooperation.').map((a) => a.parties)).toEqual([['Penny Wong', 'Papua New Guinea']]);
  });

  it('ends a purpose before a visit described at length ("during President William Ruto\'s state visit to Addis Ababa"), which gives the place', () => {
    const [a] = docOf("Kenya and Ethiopia on Friday signed seven bilateral agreements covering trade, energy and security during President William Ruto's state visit to Addis Ababa.").agreements;
    expect([a.purpose, a.place?.name]).toEqual(['covering trade, energy and security', 'Addis Ababa']);
  });

  it('reads talks concluded on an agreement as the agreement agreed ("concluded negotiations on a free trade agreement"), not talks begun', () => {
    expect(agreements('The European Union and Mercosur concluded negotiations on a free trade agreement after more than two decades of talks.')).toEqual([
      { kind: 'free trade agreement', status: 'agreed', parties: ['European Union', 'Mercosur'], purpose: null },
    ]);
    expect(agreements('Britain and India began negotiations on a free trade deal.')).toEqual([]);
    expect(agreements('The two companies have completed preliminary negotiations on forming a joint venture.')).toEqual([]);
  });

  it('reads whom an agreement won came from ("secured a $3 billion loan agreement from the International Monetary Fund")', () => {
    expect(agreements('Egypt secured a $3 billion loan agreement from the International Monetary Fund in December.').map((a) => a.parties)).toEqual([['Egypt', 'International Monetary Fund']]);
  });

  it('reads a customer whose name wire copy put in round brackets ("to supply steel trusses to (Canron Inc)")', () => {
    expect(agreements('Canam Steel Works received a contract valued at 8.5 mln dlrs to supply steel trusses to (Canron Inc) for a new car plant.').map((a) => a.parties)).toEqual([['Canam Steel Works', 'Canron Inc']]);
  });

  it('reads an agreement once when its short form follows in brackets, and each company whose officer signed ("Ethiopian Airlines CEO Mesfin Tasew and Boeing vice president Brad McMullen")', () => {
    expect(agreements('The Memorandum of Understanding (MoU) was signed by Ethiopian Airlines CEO Mesfin Tasew and Boeing vice president Brad McMullen.')).toEqual([
      { kind: 'Memorandum of Understanding', status: 'signed', parties: ['Ethiopian Airlines', 'Boeing'], purpose: null },
    ]);
  });

  it('reads "put pen to paper on" an agreement as signing it, and a count word as no part of the kind ("a dozen cooperation documents")', () => {
    expect(agreements('Britain and Mauritius put pen to paper on the accord on Thursday.')).toEqual([{ kind: 'accord', status: 'signed', parties: ['Britain', 'Mauritius'], purpose: null }]);
    expect(agreements('The two companies are expected to put pen to paper on the deal next week.')).toEqual([]);
    expect(agreements('China and Laos signed a dozen cooperation documents.').map((a) => a.kind)).toEqual(['cooperation document']);
  });

  it('reads wire copy\'s bracketed name with its short form as the subject, the company a country\'s name describes as the partner, and the purpose past a ticker', () => {
    const text = "<Syarikat Telekom Malaysia Bhd> (STM) signed an agreement\nto set up a joint venture company with Britain's Cable and\nWireless PLC <CAWL.L> to instal, maintain and operate the 1,500\nkms-long cable by 1989, it said.";
    const [a] = docOf(text).agreements;
    expect(a.parties.map((p) => p.name)).toEqual(['Syarikat Telekom Malaysia Bhd', 'Cable and Wireless PLC']);
    expect(a.purpose).toBe("to set up a joint venture company with Britain's Cable and Wireless PLC to instal, maintain and operate the 1,500 kms-long cable by 1989");
    expect(a.date).toBeNull();
  });

  it('reads the whole subject before an aside between commas: a list, or a name in wire brackets ("<Citibank NA> and <Tokyo Sogo Bank Ltd>, the largest ..., have signed")', () => {
    expect(agreements('<Citibank NA> and <Tokyo Sogo Bank Ltd>,\nthe largest mutual loan and savings bank in the Tokyo area,\nhave signed an agreement to cooperate on retail banking, a\nTokyo Sogo spokesman said.').map((a) => a.parties)).toEqual([['Citibank NA', 'Tokyo Sogo Bank Ltd']]);
    expect(agreements('<Enim Oil Co Ltd>, a wholly owned subsidiary of <Southern Cross Ltd> of Colorado, signed a production sharing contract with Pertamina.').map((a) => a.parties)).toEqual([['Enim Oil Co Ltd', 'Pertamina']]);
  });

  it('reads "U.S. And" (Reuters capitalised the word after "U.S.") as one sentence, and ends a subject agreement\'s purpose before the sentence\'s own verb', () => {
    const text = 'The agreement reached last month in Paris by six major industrial nations to cooperate in bringing about currency stability has prevented speculative concerns, he said. Since then finance ministers of Britain, Canada, France, Japan, the U.S. And West Germany reached the accord.';
    const doc = docOf(text);
    expect(doc.sentences.length).toBe(2);
    expect(doc.agreements.map((a) => [a.purpose, a.parties.map((p) => p.name)])).toEqual([
      ['to cooperate in bringing about currency stability', ['six major industrial nations', 'Britain', 'Canada', 'France', 'Japan', 'U.S.', 'West Germany']],
    ]);
  });

  it('reads what is won as the verb\'s object, not a noun behind "from" ("won permanent relief from ... the 1980 Order"), but the means "through" an agreement is', () => {
    expect(agreements('Tri-Star Pictures Inc said it won permanent relief from various provisions of the 1952 Consent Judgment and 1980 Order.')).toEqual([]);
    expect(agreements("Yugoslavia has won breathing space from its major official creditors through yesterday's Paris Club refinancing agreement.").map((a) => a.parties)).toEqual([['Yugoslavia', 'Paris Club']]);
  });

  it('leaves the date of a second verb of the subject\'s to it ("received an initial order ... and expects to begin shipments during its fourth quarter")', () => {
    const [a] = docOf('Cardiac Control Systems Inc said it received an initial order from Nippon Medical Co, which it did not name,\nfor about 2.2 mln dlrs and expects to begin shipments during its fourth quarter.').agreements;
    expect([a.parties.map((p) => p.name), a.date]).toEqual([['Cardiac Control Systems Inc', 'Nippon Medical Co'], null]);
  });

  it('reads a counterpart described by a demonym and then named as the country ("with his Chinese counterpart Jin Renqing")', () => {
    expect(agreements('Mr Brown signed the deal with his Chinese counterpart Jin Renqing in Beijing.').map((a) => a.parties)).toEqual([['Brown', 'China']]);
  });

  it('reads "his country" as the country of the leader who says so ("Kenya\'s President William Ruto said his country signed")', () => {
    expect(agreements("Kenya's President William Ruto said his country signed five agreements with China.").map((a) => a.parties)).toEqual([['Kenya', 'China']]);
    expect(agreements('Kenyan President William Ruto said that his country signed five agreements with China.').map((a) => a.parties)).toEqual([['Kenya', 'China']]);
    // (not a person no country is given for: the phrase, as written)
    expect(agreements('William Ruto said his country signed five agreements with China.').map((a) => a.parties)).toEqual([['his country', 'China']]);
  });

  it('leaves a date after a clause of its own to that clause ("the Hollywood studio it bought last year"), not one said of the signing ("it said on Monday")', () => {
    const [a] = docOf("Japan's Sony has signed a deal to distribute films made by MGM, the Hollywood studio it bought last year.").agreements;
    expect([a.purpose, a.date]).toEqual(['to distribute films made by MGM, the Hollywood studio it bought last year', null]);
    expect(docOf('Sony signed a deal with MGM, it said on Monday.').agreements[0].date?.text).toBe('Monday');
  });

  it('reads a company\'s unit named by what it is as the company ("Shell and Gazprom\'s oil arm signed")', () => {
    expect(agreements("Shell and Gazprom's oil arm signed a deal on Sakhalin-2.").map((a) => a.parties)).toEqual([['Shell', 'Gazprom']]);
  });

  it('reads "its West German subsidiary" as the company that said so, the demonym wrapped across lines', () => {
    const text = 'BMC Industries Inc said its West\nGerman subsidiary has received a contract valued at about eight\nmln dlrs from the Soviet Union to supply engineering and\nmanufacturing services to build a television parts plant.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['BMC Industries Inc', 'Soviet Union']]);
  });

  it('reads an alliance finalised, and a deal between two sides that a third approved (the approver no party), past what the first side is', () => {
    expect(agreements('Fiat and Chrysler finalised their alliance on Friday.').map((a) => a.parties)).toEqual([['Fiat', 'Chrysler']]);
    expect(agreements('The European Commission has approved a deal between Lufthansa and Swiss International Air Lines.')).toEqual([
      { kind: 'deal', status: 'agreed', parties: ['Lufthansa', 'Swiss International Air Lines'], purpose: null },
    ]);
    expect(agreements('The board approved plans for a deal between the two firms.')).toEqual([]);
    const stet = "Italy's Ministry of State Participation said it formally approved the telecommunications joint venture\nbetween STET, a subsidiary of the state holding company\n<Istituto per la Ricostruzione Industriale> (IRI) and Fiat Spa\n<FIAT.MI>.";
    expect(agreements(stet).map((a) => a.parties)).toEqual([['STET', 'Fiat Spa']]);
  });

  it('reads "under a deal announced by" as terms agreed, without the announcer, and the country whose debt the main clause is about', () => {
    expect(agreements("Britain will write off its share of Tanzania's debt under a deal announced by Gordon Brown.")).toEqual([
      { kind: 'deal', status: 'agreed', parties: ['Britain', 'Tanzania'], purpose: null },
    ]);
  });

  it('reads two demonyms of one group as one party, as written ("signed by Chinese and Uzbek companies")', () => {
    expect(agreements('Fifteen cooperation agreements were signed by Chinese and Uzbek companies during the visit.').map((a) => a.parties)).toEqual([['Chinese and Uzbek companies']]);
    expect(agreements('Chinese and Uzbek companies signed fifteen cooperation agreements.').map((a) => a.parties)).toEqual([['Chinese and Uzbek companies']]);
    // (also a continent's adjective, which names no country)
    expect(agreements('The forum closed with dozens of agreements signed between Chinese and African companies.').map((a) => a.parties)).toEqual([['Chinese and African companies']]);
  });

  it('reads both sides from a deal "that will see" one pay or supply the other, for an unnamed pair ("a framework deal that will see Britain pay Mauritius")', () => {
    expect(agreements('Both governments agreed to a framework deal that will see Britain pay Mauritius for the use of the base.').map((a) => a.parties)).toEqual([['Britain', 'Mauritius']]);
    expect(agreements('The two companies signed a deal that will see Nokia supply radio equipment to Deutsche Telekom.').map((a) => a.parties)).toEqual([['Nokia', 'Deutsche Telekom']]);
  });

  it('reads the sides of an agreement signed in an aside from the main clause after it ("The deal, which was signed on Wednesday, will see BT provide ... to the BBC")', () => {
    expect(agreements('The deal, which was signed on Wednesday, will see BT provide broadband services to the BBC.').map((a) => [a.status, a.parties])).toEqual([['signed', ['BT', 'BBC']]]);
    // (the evidence runs to the last side named)
    expect(docOf('The deal, which was signed on Wednesday, will see BT provide broadband services to the BBC. Shares rose.').agreements[0].evidence.text).toBe('deal, which was signed on Wednesday, will see BT provide broadband services to the BBC');
    expect(agreements('The agreement, signed in Beijing on Monday, will see China lend Pakistan $2bn.').map((a) => a.parties)).toEqual([['China', 'Pakistan']]);
    expect(agreements('The contract, signed on Friday, means that Alstom will build 20 trains.').map((a) => a.parties)).toEqual([['Alstom']]);
    // (not one the sentence names another way first)
    expect(agreements('Officials said the deal, which was signed on Wednesday, will see BT provide broadband services to the BBC.')).toEqual([]);
  });

  it('reads "on behalf of the bank" as the bank the article named', () => {
    const text = 'The World Bank approved a $300 million loan for Ethiopia. The agreement was signed on behalf of the Ethiopian government by Finance Minister Ahmed Shide and on behalf of the bank by its country director.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Ethiopia', 'World Bank']]);
  });

  it('reads whom the signer supplies in a deal "that will see it supply ... to" another', () => {
    expect(agreements('Nokia signed a deal that will see it supply radio equipment to Deutsche Telekom.').map((a) => a.parties)).toEqual([['Nokia', 'Deutsche Telekom']]);
  });

  it('reads no order a court gave, whatever the verb ("won a court order", "secured a temporary restraining order")', () => {
    expect(agreements('Police won a court order to evict the protesters.')).toEqual([]);
    expect(agreements('The SEC secured a temporary restraining order against the firm.')).toEqual([]);
    expect(agreements('Boeing won an order for 20 jets.').map((a) => a.parties)).toEqual([['Boeing']]);
  });

  it('reads no agreement a relative clause says is still to be signed ("the contract, which is expected to be signed next month")', () => {
    expect(agreements('Shares rose after the company won a bidding war for the contract, which is expected to be signed next month.')).toEqual([]);
    expect(agreements('Boeing won the contract, which was signed on Monday.').map((a) => a.parties)).toEqual([['Boeing']]);
  });

  it('takes the date of the agreement\'s own relative clause that says it was signed ("won the contract, which was signed on Monday")', () => {
    expect(docOf('Boeing won the contract, which was signed on Monday.').agreements[0].date?.text).toBe('Monday');
  });

  it('reads no agreement still to be signed in the passive ("a trade deal to be signed with China next month"), but "the first to be finalised" was', () => {
    expect(agreements('A trade deal to be signed with China next month will cut tariffs.')).toEqual([]);
    expect(agreements('The contract, to be signed by PDVSA and Champlin Petroleum, covers the refinery.')).toEqual([]);
    expect(agreements('The agreement is the first to be finalised between the government and nine new state-owned corporations.')).toHaveLength(1);
  });

  it('reads one who "signed off on" a deal as approving it, no party, and a merger agreement unveiled as agreed', () => {
    expect(agreements('Regulators signed off on a deal between Disney and Fox.')).toEqual([{ kind: 'deal', status: 'agreed', parties: ['Disney', 'Fox'], purpose: null }]);
    expect(agreements('The board signed off on the deal.')).toEqual([]);
    expect(agreements('Sony and Honda unveiled a joint venture agreement on Monday.').map((a) => [a.status, a.parties])).toEqual([['agreed', ['Sony', 'Honda']]]);
    expect(agreements('The government unveiled a plan for a trade deal.')).toEqual([]);
  });

  it('reads an agreement noun before a verb with an object of its own as the subject, not as signed ("BAE and Saab\'s joint venture signed a contract")', () => {
    expect(agreements("BAE and Saab's joint venture signed a contract with South Africa.")).toEqual([
      { kind: 'contract', status: 'signed', parties: ['BAE', 'Saab', 'South Africa'], purpose: null },
    ]);
    expect(agreements('The deal signed last year with Iran was worth $2bn.').map((a) => a.parties)).toEqual([['Iran']]);
  });

  it('reads a company by its name, not its ticker, and past the listings a press release puts after it', () => {
    expect(agreements('Acme Widgets Inc. (NASDAQ: ACME) today announced that it has entered into a definitive agreement to acquire Beta Systems Ltd. for $250 million in cash.')[0].parties).toEqual(['Acme Widgets Inc.', 'Beta Systems Ltd.']);
    expect(agreements('Barrick Gold Corporation (NYSE: GOLD; TSX: ABX) and Newmont Corp. (NYSE: NEM) signed a joint venture agreement on Nevada.')[0].parties).toEqual(['Barrick Gold Corporation', 'Newmont Corp.']);
  });

  it('ends a purpose at the news agency that reported it (", KUNA reported", ", Tanjug news agency reported")', () => {
    expect(agreements('Kuwait and Iraq signed a memorandum of understanding to settle their maritime border, state news agency KUNA reported on Monday.')[0].purpose).toBe('to settle their maritime border');
    expect(agreements('Abu Dhabi National Oil Company (ADNOC) and TotalEnergies have signed a strategic framework agreement to explore opportunities in low-carbon hydrogen, WAM reported.')[0].purpose).toBe('to explore opportunities in low-carbon hydrogen');
  });

  it('keeps whose an unnamed party is ("Qatar\'s state energy firm", "Taiwan\'s maize importers")', () => {
    expect(agreements("Qatar's state energy firm signed a 27-year deal to supply liquefied natural gas to China's Sinopec.")[0].parties).toEqual(["Qatar's state energy firm", 'Sinopec']);
    expect(agreements("Taiwan's soybean importers awarded a contract to Cargill Inc of Minneapolis.")[0].parties).toEqual(["Taiwan's soybean importers", 'Cargill Inc']);
    expect(agreements("China and Australia's Victoria state signed a joint venture contract for an aluminium plant.")[0].parties).toEqual(['China', "Australia's Victoria state"]);
  });

  it('reads a participle after the agreement as its purpose ("an agreement delineating their maritime boundaries"), not one that comments on it', () => {
    expect(docOf('Greece and Egypt signed an agreement delineating their maritime boundaries in August 2020.', '2020-09-01').agreements.map((a) => [a.purpose, a.date?.text])).toEqual([['delineating their maritime boundaries', 'August 2020']]);
    expect(agreements('McDonnell Douglas Corp and Siemens AG signed a memorandum of understanding dealing with the AH-64 Apache helicopter.')[0].purpose).toBe('dealing with the AH-64 Apache helicopter');
    expect(agreements('The two firms signed a deal marking the end of a long dispute.')[0].purpose).toBeNull();
  });

  it('gives two agreement nouns joined by "and" what follows the second ("15 agreements and MoUs with Chinese firms")', () => {
    expect(agreements('Saudi Aramco inked 15 agreements and MoUs with Chinese firms during the forum.').map((a) => a.parties)).toEqual([
      ['Aramco', 'Chinese firms'],
      ['Aramco', 'Chinese firms'],
    ]);
    expect(agreements('Brazil and China signed agreements and memorandums of understanding on trade and energy.').map((a) => a.purpose)).toEqual(['trade and energy', 'trade and energy']);
  });

  it('reads "the company" for the company named last and "the two companies" for the last two, never the dateline\'s news agency, and "the Venezuelan company" for the one tied to Venezuela', () => {
    expect(agreements('MUNICH, Dec 2 (Reuters) - Siemens Energy said on Monday it had won an order worth $1.6 billion.\nThe company signed the contract with Saudi Electricity Co (SEC), Siemens Energy said.')[1].parties).toEqual(['Siemens Energy', 'Saudi Electricity Co']);
    // (nor in "the two companies": "Foxconn ... with Nvidia", not "Reuters" and Foxconn)
    const foxconn = 'TAIPEI, Oct 18 (Reuters) - Foxconn said on Wednesday it had agreed with Nvidia to build data factories, the latest in a series of partnerships.\nThe two companies signed a memorandum of understanding at Foxconn\'s annual tech day in Taipei.';
    expect(agreements(foxconn).map((a) => a.parties)).toEqual([['Foxconn', 'Nvidia']]);
    const text = 'Union Pacific Corp said it has closed the partnership with Petroleos de Venezuela SA, Venezuela\'s national oil company, to own a refinery.\n' +
      'Union Pacific said the partnership will acquire the refining system owned by Union Pacific\'s Champlin Petroleum Co subsidiary. The Venezuelan company also signed a 25-year feedstock agreement with the partnership to supply crude oil.';
    expect(agreements(text).find((a) => a.kind === 'feedstock agreement')!.parties).toEqual(['Petroleos de Venezuela SA', 'the partnership']);
  });

  it('keeps the body\'s agreement when a headline named the same sides with a bare "deal"', () => {
    const text = 'Kenya, Tanzania sign deal to end border trade dispute\n\nNAIROBI, March 14 (Reuters) - Kenya and Tanzania on Thursday signed an agreement to remove 14 non-tariff barriers.\n\nTanzania in 2021 signed a separate deal with Uganda to build a pipeline.';
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([
      ['agreement', ['Kenya', 'Tanzania']],
      ['deal', ['Tanzania', 'Uganda']],
    ]);
    // or named by what it is for: "loan", then "loan agreement" (Xinhua)
    const loan = "Egypt, World Bank sign $500 million loan to support food security\n\nCAIRO, March 3 (Xinhua) -- Egypt and the World Bank on Sunday signed a 500-million-U.S.-dollar loan agreement to support the country's food security and resilience, the ministry said.\n\nThe loan will finance wheat imports.";
    expect(agreements(loan).map((a) => [a.kind, a.parties])).toEqual([['loan agreement', ['Egypt', 'World Bank']]]);
    // (not one loan and another agreement of the same sides)
    const two = 'Egypt, World Bank sign $500 million loan\n\nCAIRO, March 3 (Xinhua) -- Egypt and the World Bank on Sunday signed a trade agreement.';
    expect(agreements(two).map((a) => a.kind)).toEqual(['loan', 'trade agreement']);
    // (a long headline right above the dateline, no blank line between: one agreement, not the headline run into
    // the body's first sentence)
    const imf = 'Pakistan, IMF reach staff-level agreement on $7 billion loan\nISLAMABAD, July 12 (Reuters) - Pakistan has reached a staff-level agreement with the International Monetary Fund for a new 37-month loan program of about $7 billion, the lender said on Friday.\n';
    expect(agreements(imf).map((a) => [a.kind, a.parties, a.purpose])).toEqual([['staff-level agreement', ['Pakistan', 'International Monetary Fund'], 'a new 37-month loan program of about $7 billion']]);
  });

  it('adds who signed "together with", "along with" or "alongside" the subject', () => {
    expect(agreements("Nissan and Honda said so. The two companies, together with Nissan's alliance partner Mitsubishi Motors, signed a memorandum of understanding on Monday.")[0].parties).toEqual(['Nissan', 'Honda', 'Mitsubishi Motors']);
    expect(agreements('Nissan, along with Renault and Mitsubishi, signed a memorandum of understanding.')[0].parties).toEqual(['Nissan', 'Renault', 'Mitsubishi']);
    expect(agreements('Nissan along with Renault signed a memorandum of understanding.')[0].parties).toEqual(['Nissan', 'Renault']);
    expect(agreements('China, alongside Russia, signed the pact.')[0].parties).toEqual(['China', 'Russia']);
  });

  it('reads "the country", "the state" or "the province" that signed as the country or region named last', () => {
    expect(agreements('Kenya is growing fast. The country signed a deal with the IMF on Monday.')[0].parties).toEqual(['Kenya', 'International Monetary Fund']);
    expect(agreements('Tata Motors signed a memorandum with the Tamil Nadu government. Last year, the state had signed agreements worth Rs 6.64 lakh crore.')[1].parties).toEqual(['Tamil Nadu']);
    expect(agreements('Officials in Guangdong said the province signed 30 agreements with foreign firms.')[0].parties).toEqual(['Guangdong', 'foreign firms']);
  });

  it('leaves what an agreement with an article of its own is about to it ("a treaty and an agreement on payments")', () => {
    expect(agreements('India and the UAE signed a bilateral investment treaty and an agreement on an electronic payment system.').map((a) => a.purpose)).toEqual([null, 'an electronic payment system']);
  });

  it('reads two sides after "between" written as common nouns ("between the union and the company", "between management and unions")', () => {
    expect(agreements('A five-year deal was reached between the union and the company after months of negotiations.')[0].parties).toEqual(['the union', 'the company']);
    expect(agreements('The agreement between management and unions was signed on Monday.')[0].parties).toEqual(['management', 'unions']);
    expect(agreements('The agreement between oil and gas producers was signed.')[0].parties).toEqual(['oil and gas producers']);
  });

  it('reads a partnership struck as agreed ("struck a $5 billion partnership with Intel")', () => {
    expect(agreements('Nvidia said last week it had struck a $5 billion partnership with Intel.')).toEqual([{ kind: 'partnership', status: 'agreed', parties: ['Nvidia', 'Intel'], purpose: null }]);
  });

  it('reads no agreement into discussions entered into, and "the union" for no company', () => {
    expect(agreements('Imatron Inc said it has entered into preliminary discussions with Mitsui on the formation of a joint venture to finance development.')).toEqual([]);
    expect(agreements("Pepsico Inc said the company's contract with the union expired yesterday. He said the company reached a tentative agreement with the union Friday.")[0].parties).toEqual(['Pepsico Inc', 'the union']);
  });

  it('reads whom a purpose does something together with ("to co-finance ten motion pictures with Hemdale"), and two sides "by" whom', () => {
    expect(agreements('Nelson Entertainment Inc said it has entered an agreement to co-finance ten motion pictures with Hemdale Releasing Corp.')[0].parties).toEqual(['Nelson Entertainment Inc', 'Hemdale Releasing Corp.']);
    expect(agreements('Rotterdam today signed an agreement in principle to cooperate with the AOMI Cargo Distribution Centre in Tokyo.')[0].parties).toEqual(['Rotterdam', 'AOMI Cargo Distribution Centre']);
    expect(agreements('The minister praised the agreements on wages and working conditions agreed by employers and unions.')[0].parties).toEqual(['employers', 'unions']);
  });

  it('reads who an order or a contract won came from after what it is for, and ends the purpose there', () => {
    expect(agreements('Scan-Graphics Inc said it has received about 500,000 dlrs in orders for its new CF1000 Scanner and RAVE software, a document scanning and vectorizing system, from McDonnell Douglas Corp.')).toEqual([
      { kind: 'order', status: 'concluded', parties: ['Scan-Graphics Inc', 'McDonnell Douglas Corp.'], purpose: 'its new CF1000 Scanner and RAVE software, a document scanning and vectorizing system' },
    ]);
    expect(agreements('Airbus won an order for 60 A321neo jets from Saudi budget carrier Flynas.')[0].purpose).toBe('60 A321neo jets');
    expect(agreements('A-Com Inc said it has received a U.S. Army contract for the production and support of terminals capable of receiving messages from the Defense Satellite Communications System.')[0].parties).toEqual(['A-Com Inc', 'U.S. Army']);
  });

  it('keeps a gerund wink tags as a verb in the kind ("a production sharing contract", "a revolving credit agreement")', () => {
    expect(agreements('Eni and Sonatrach signed a production sharing contract for the Zemoul El Kbar area in Algeria.')[0].kind).toBe('production sharing contract');
    expect(agreements('Sudan reached a framework rescheduling agreement with the Soviet Union.')[0].kind).toBe('framework rescheduling agreement');
  });

  it('reads a collaboration entered into or signed as an agreement, not one announced or spoken of', () => {
    expect(agreements('Roche entered into a strategic collaboration with Alnylam to co-develop zilebesiran.')).toEqual([
      { kind: 'strategic collaboration', status: 'signed', parties: ['Roche', 'Alnylam'], purpose: 'to co-develop zilebesiran' },
    ]);
    expect(agreements('The collaboration between the two universities has produced results.')).toEqual([]);
  });

  it('reads an order awarded to a supplier, an agreement signed "here with" another, and a unit somewhere as the signer', () => {
    expect(agreements('Retail chain Montgomery Ward and Co Inc, a unit of Mobil Corp <MOB>, awarded a 100 mln dlr order to Nixdorf in July last year for point-of-sales computer terminals.')[0].parties).toEqual(['Montgomery Ward and Co Inc', 'Nixdorf']);
    expect(agreements('Renault said it signed the agreement here with the Soviet central bank (Gosbank).')[0].parties).toEqual(['Renault', 'Soviet central bank']);
    // (or past the day, also after "here")
    expect(agreements("Sri Lanka signed a $700 million agreement on Friday with India's Adani Ports to build a container terminal.")).toEqual([{ kind: 'agreement', status: 'signed', parties: ['Sri Lanka', 'Adani Ports'], purpose: 'to build a container terminal' }]);
    expect(agreements('Morocco reached an agreement here last week with the Paris Club of western creditor governments to reschedule its debt.')[0].parties).toEqual(['Morocco', 'Paris Club']);
    // (who helped is no side: "with the help of")
    expect(agreements('Boeing and the union reached the tentative agreement last week with the help of acting U.S. Labor Secretary Julie Su.')[0].parties).toEqual(['Boeing', 'the union']);
    // (a side described with a hyphenated word wink tags a verb: "state-run", Reuters "Portland-based")
    expect(agreements("Sri Lanka's state-run port authority signed an agreement with Adani Ports.")[0].parties).toEqual(["Sri Lanka's state-run port authority", 'Adani Ports']);
    expect(agreements('A Portland-based wood products company has signed a 13 mln dlr contract with the Iraqi government to supply lumber.')[0].parties).toEqual(['A Portland-based wood products company', 'Iraq']);
    expect(agreements("The company's Precision Etched Products unit in Munich, West Germany, signed the contract to provide services.")[0].parties).toEqual(['Precision Etched Products']);
    expect(agreements('Tessek Ltd joint venture affiliate in Prague has also signed a letter of intent to market AIDS tests.')[0].parties).toEqual(['Tessek Ltd']);
  });

  it('reads a participle clause after a main clause in the past as signed by its subject ("..., signing a pact on ...")', () => {
    expect(agreements('Japan and India agreed Thursday to strengthen defense cooperation, signing a pact on the reciprocal provision of supplies and services between their militaries.')).toEqual([
      { kind: 'pact', status: 'signed', parties: ['Japan', 'India'], purpose: 'the reciprocal provision of supplies and services between their militaries' },
    ]);
    expect(agreements('Japan and India met in Tokyo on Thursday, signing a pact on the reciprocal provision of supplies.')[0].parties).toEqual(['Japan', 'India']);
    // (a visit ahead, a plan or a speaker's words: nothing signed)
    expect(agreements('Japanese Prime Minister Fumio Kishida will visit New Delhi next week, signing a pact on defence supplies.')).toEqual([]);
    expect(agreements('Japan and India are expected to meet in Tokyo, signing a pact on defence supplies.')).toEqual([]);
  });

  it('reads a purpose past a bare weekday, early or late in it ("signed a reciprocal agreement Friday to send ...", "reached a tentative agreement early Wednesday to end ...") and ends it at the summit or the event it was signed at ("at the Dubai Airshow")', () => {
    expect(agreements('Kenya and Haiti signed a reciprocal agreement Friday to send Kenyan police officers to the Caribbean nation.')[0].purpose).toBe('to send Kenyan police officers to the Caribbean nation');
    expect(agreements('General Motors and the United Auto Workers reached a tentative agreement early Wednesday to end a two-day strike.')[0].purpose).toBe('to end a two-day strike');
    expect(agreements('Emirates signed a contract for 32 A380s worth $11.5bn at the Dubai Airshow on Sunday.')[0].purpose).toBe('32 A380s worth $11.5bn');
    expect(agreements('The African Union and the European Union signed a joint declaration on migration at the summit in Abidjan.')[0].purpose).toBe('migration');
    expect(agreements('The two leaders signed a memorandum on trade at the G20 summit.')[0].purpose).toBe('trade');
  });

  it('reads a country\'s official named no further as the country, beside "his Singaporean counterpart" ("Indonesia\'s trade minister", "the Singaporean ambassador")', () => {
    expect(agreements("The deal was inked on the sidelines of the ASEAN summit in Jakarta by Indonesia's trade minister and his Singaporean counterpart.")[0].parties).toEqual(['Indonesia', 'Singapore']);
    expect(agreements("Indonesia's trade minister and his Singaporean counterpart signed the deal.")[0].parties).toEqual(['Indonesia', 'Singapore']);
    expect(agreements('The agreement was signed by the Indonesian trade minister and the Singaporean ambassador.')[0].parties).toEqual(['Indonesia', 'Singapore']);
    expect(agreements('The Indonesian trade minister and the Singaporean ambassador signed the agreement on Monday.')[0].parties).toEqual(['Indonesia', 'Singapore']);
  });

  it('reads the place of signing past a date after the noun, and a purpose after a comma that says what the agreement allows, provides for or gives', () => {
    const usmca = docOf('Mexico, the United States and Canada signed the USMCA trade deal on November 30, 2018 in Buenos Aires.', '2024-11-28').agreements[0];
    expect([usmca.date?.value, usmca.place?.name]).toEqual(['2018-11-30', 'Buenos Aires']);
    expect(agreements("The Philippines and Japan signed a Reciprocal Access Agreement in Manila on July 8, allowing troops to train in each other's territory.")[0].purpose).toBe("allowing troops to train in each other's territory");
    expect(agreements("Computer Network Technology Corp said it has signed an OEM agreement with Cray Research Inc, allowing Cray to resell Computer Network's CHANNELink 5000 Series Channel processor.")[0].purpose).toBe("allowing Cray to resell Computer Network's CHANNELink 5000 Series Channel processor");
    // (also past where the other side is, between commas, and what the agreement provides for or gives; Reuters)
    expect(agreements("Federal Paperboard Co Inc said it has entered into an agreement with Ozaki Trading Co Ltd of Osaka, Japan, allowing Ozaki to represent Federal Paperboard's bleached paperboard sales in Japan.")[0].purpose).toBe("allowing Ozaki to represent Federal Paperboard's bleached paperboard sales in Japan");
    expect(agreements('Sheldahl Inc said it signed the previously announced agreements with Sumitomo Bakelite Co Ltd, Tokyo, Japan, providing for a joint participation program for manufacturing flexible circuits.')[0].purpose).toBe('providing for a joint participation program for manufacturing flexible circuits');
    expect(agreements('Adobe Systems Inc said it signed a contract with International Business Machines, giving IBM licensing rights to its PostScript page description language.')[0].purpose).toBe('giving IBM licensing rights to its PostScript page description language');
  });

  it('reads a declaration or an agreement adopted by countries, bodies or their leaders as agreed, not one a crowd adopts', () => {
    expect(agreements('Leaders of the BRICS nations adopted the Johannesburg II Declaration at the end of their summit on August 24.')).toEqual([
      { kind: 'Johannesburg II Declaration', status: 'agreed', parties: ['the BRICS nations'], purpose: null },
    ]);
    expect(agreements('A new International Natural Rubber Agreement, INRA, was formally adopted by a United Nations Conference today.')[0].parties).toEqual(['a United Nations Conference']);
    expect(agreements('At the rally, the demonstrators adopted a declaration demanding higher wages.')).toEqual([]);
  });

  it('reads an action plan or a work plan signed as an agreement, and no purpose in the years or months it runs for', () => {
    expect(agreements('The two sides signed an action plan for 2024-2026 on cultural exchanges.')).toEqual([
      { kind: 'action plan', status: 'signed', parties: ['The two sides'], purpose: 'cultural exchanges' },
    ]);
    expect(agreements('The Ministry of Health and UNICEF signed a work plan to improve immunisation coverage in rural districts.')[0].parties).toEqual(['Ministry of Health', 'UNICEF']);
    expect(agreements('The ministry announced an action plan to cut emissions.')).toEqual([]);
    expect(agreements('Madagascar extended its oil exploration agreement with the U.S. Firm Amoco Corp <AN> for 17 months to allow for further studies of the Morondava basin.')[0].purpose).toBe('to allow for further studies of the Morondava basin');
  });

  it('ends a purpose at ", with" and a clause of its own ("with a final agreement expected by June 2025")', () => {
    expect(agreements('Honda and Nissan signed a memorandum of understanding on Monday to begin merger talks, with a final agreement expected by June 2025.')[0].purpose).toBe('to begin merger talks');
    expect(agreements('Airbus signed a contract to supply 20 jets, with deliveries starting in 2026.')[0].purpose).toBe('to supply 20 jets');
    // (or a name and its participle: Reuters)
    expect(agreements("In February, state-owned Rover Group Plc formed a joint venture with <Van Doorne's Bedrijswagenfabriek Daf BV> for truck manufacture, with Daf owning 60 pct.")[0].purpose).toBe('truck manufacture');
    expect(agreements("French carmaker Renault and China's Zhejiang Geely Holding Group said on Tuesday they had signed an agreement to set up a joint venture to build hybrid powertrains, with each holding 50%.")[0].purpose).toBe('to set up a joint venture to build hybrid powertrains');
  });

  it('reads the body whose title opens a signer\'s name as the party, beside the other signer ("Vice Minister Tran Quoc Phuong and JICA Chief Representative Sugano Yuichi signed")', () => {
    expect(agreements('Vice Minister Tran Quoc Phuong and JICA Chief Representative Sugano Yuichi signed the loan agreement in Hanoi.')[0].parties).toEqual(['Tran Quoc Phuong', 'JICA']);
  });

  it('takes no date from what will come of an agreement ("will see QatarEnergy supply LNG from 2026") as its signing date', () => {
    expect(docOf('The deal signed between Qatar and Germany will see QatarEnergy supply 2 million tonnes of LNG a year from 2026.', '2024-11-28').agreements[0].date).toBeNull();
    expect(docOf('Under the accord, reached following U.S. complaints, the EC will import two mln tonnes of maize a year up to end of 1990.', '1987-03-20').agreements.map((a) => a.date)).toEqual([null]);
    expect(docOf('Qatar and Germany signed the deal in March, which will see supplies start in 2026.', '2024-11-28').agreements[0].date?.text).toBe('March');
  });

  it('reads two sides a headline joins with a hyphen as the subject ("India-UAE sign pact")', () => {
    expect(agreements('India-UAE sign pact on local currency trade settlement')).toEqual([
      { kind: 'pact', status: 'signed', parties: ['India', 'UAE'], purpose: 'local currency trade settlement' },
    ]);
    expect(agreements('Coca-Cola signed a distribution deal.')[0].parties).toEqual(['Coca-Cola']);
  });

  it('reads a headline\'s "X to buy Y in ... deal" as agreed, as "is to buy" is, without the article headlines drop', () => {
    expect(agreements('Exxon to buy Pioneer in $59.5 billion deal')).toEqual([
      { kind: 'deal', status: 'agreed', parties: ['Exxon', 'Pioneer'], purpose: 'to buy Pioneer' },
    ]);
    expect(agreements('Exxon Mobil to buy Pioneer Natural Resources in all-stock deal')[0].parties).toEqual(['ExxonMobil', 'Pioneer Natural Resources']);
    // (not inside a sentence: "voted for Exxon to buy Pioneer in a deal" is no agreement reported)
    expect(agreements('Shareholders voted for Exxon to buy Pioneer in a deal.')).toEqual([]);
  });

  it('reads an agreement renewed with its amount before it, and a purpose in a relative clause past a bare weekday', () => {
    expect(agreements('The two central banks renewed their 15 billion yuan currency swap agreement.')[0].kind).toBe('currency swap agreement');
    expect(agreements('Tylan Corp said it renewed its eight mln dlr annual credit agreement with Bank of America and First Los Angeles Bank.')[0].parties).toEqual(['Tylan Corp', 'Bank of America', 'First Los Angeles Bank']);
    expect(agreements('The European Union and Vietnam signed a free trade agreement Sunday that will eliminate 99% of tariffs.')[0].purpose).toBe('that will eliminate 99% of tariffs');
  });

  it('reads a tender won as a contract concluded, not one launched', () => {
    expect(agreements('A consortium led by Sinohydro won the tender to build the Caculo Cabaca hydropower plant in Angola.')).toEqual([
      { kind: 'tender', status: 'concluded', parties: ['Sinohydro'], purpose: 'to build the Caculo Cabaca hydropower plant in Angola' },
    ]);
    expect(agreements('The ministry launched a tender to build the plant.')).toEqual([]);
  });

  it('reads an agreement between two sides signed in a relative clause after them ("between India and Brazil on Social Security, which was signed in March 2017")', () => {
    const found = docOf('Cabinet gave its nod to the Agreement between India and Brazil on Social Security, which was signed in March 2017.', '2024-11-28').agreements;
    expect(found.map((a) => [a.status, a.parties.map((p) => p.name), a.purpose, a.date?.value])).toEqual([['signed', ['India', 'Brazil'], 'Social Security', '2017-03']]);
    expect(agreements('The agreement between India and Brazil, which was signed in March 2017, takes effect today.')[0].parties).toEqual(['India', 'Brazil']);
    expect(agreements('The deal with Chevron, which was announced in May, was criticised.')).toEqual([]);
  });

  it('reads "the government" as the country the article names most, three times at least, and leaves it as written otherwise', () => {
    const china = 'China has postponed plans to reform its economy, China watchers say. China is short of funds. More factories sign contracts with the government.';
    expect(agreements(china)[0].parties).toEqual(['More factories', 'China']);
    expect(agreements('Nigeria wants more investment. The government signed a deal with Shell on Monday.')[0].parties).toEqual(['The government', 'Shell']);
  });

  it('reads the short form in brackets as the subject when no rule typed the name before it ("Den Norske Stats Oljeselskap (Statoil) signed")', () => {
    expect(agreements("Egypt's Suez Canal Economic Zone (SCZone) signed contracts with Chinese companies worth $3 billion.")[0].parties).toEqual(['SCZone', 'Chinese companies']);
    expect(agreements('Den Norske Stats Oljeselskap (Statoil) signed contracts worth 1.5 billion crowns, Statoil said.')[0].parties).toEqual(['Statoil']);
  });

  it('ends a purpose at a short reporting clause that says only where and when ("KTZ said in a statement on 5 June")', () => {
    const text = "Kazakhstan's national railway company KTZ and Germany's Deutsche Bahn have concluded an agreement on developing the Trans-Caspian International Transport Route, KTZ said in a statement on 5 June.";
    expect(agreements(text)).toEqual([{ kind: 'agreement', status: 'concluded', parties: ['KTZ', 'Deutsche Bahn'], purpose: 'developing the Trans-Caspian International Transport Route' }]);
  });

  it("leaves the parties' own people out of the parties (\"signed on Monday by their vice-chancellors\")", () => {
    const text = 'The memorandum of understanding between the University of Nairobi and Zhejiang University was signed on Monday by their vice-chancellors, Professor Stephen Kiama and Professor Wu Zhaohui.';
    expect(agreements(text)[0].parties).toEqual(['University of Nairobi', 'Zhejiang University']);
    expect(agreements('The agreement was signed by their foreign ministers.')[0].parties).toEqual(['their foreign ministers']);
  });

  it('finds where it was signed on the sidelines of a meeting after its purpose, and reads "in the fields of" as the purpose', () => {
    const mou = docOf('Nigeria and Morocco signed a memorandum of understanding on the Nigeria-Morocco Gas Pipeline project on the sidelines of the Africa CEO Forum in Abidjan.').agreements[0];
    expect([mou.purpose, mou.place?.name]).toEqual(['the Nigeria-Morocco Gas Pipeline project', 'Abidjan']);
    const documents = 'HANOI, March 14 (VNA) - Vietnam and Laos on Thursday signed 12 cooperation documents in the fields of energy, transport and education, witnessed by Prime Ministers Pham Minh Chinh and Sonexay Siphandone.';
    expect(agreements(documents)).toEqual([{ kind: 'cooperation document', status: 'signed', parties: ['Vietnam', 'Laos'], purpose: 'energy, transport and education' }]);
  });

  it('ends a list of subjects at the comma that closes a phrase opening the sentence ("On the margins of the UN General Assembly, Saudi Arabia and Tajikistan signed")', () => {
    expect(agreements('On the margins of the UN General Assembly, Saudi Arabia and Tajikistan signed an agreement to avoid double taxation.')[0].parties).toEqual(['Saudi Arabia', 'Tajikistan']);
    expect(agreements('Egypt, Jordan and Iraq signed an agreement on electricity.')[0].parties).toEqual(['Egypt', 'Jordan', 'Iraq']);
  });

  it('reads the body whose summit in a city adopted a declaration, not the city ("The Shanghai Cooperation Organisation (SCO) summit in Astana adopted")', () => {
    expect(agreements('The Shanghai Cooperation Organisation (SCO) summit in Astana adopted the Astana Declaration.')).toEqual([{ kind: 'Astana Declaration', status: 'agreed', parties: ['Shanghai Cooperation Organisation'], purpose: null }]);
  });

  it('reads a programme or a credit facility signed as an agreement, past a modifier noun before it ("signed a $3 billion Extended Credit Facility programme with the IMF")', () => {
    expect(agreements('Ghana has signed a 3-year, $3 billion Extended Credit Facility programme with the IMF, Finance Minister Ken Ofori-Atta announced.')).toEqual([{ kind: 'programme', status: 'signed', parties: ['Ghana', 'International Monetary Fund'], purpose: null }]);
    expect(agreements('Raffles City Pte Ltd said it signed a 10 year note issuance facility on Monday.')[0].kind).toBe('note issuance facility');
    expect(agreements('The government launched a programme with the IMF.')).toEqual([]);
  });

  it('reads the names before "and" when the last side is a body of a place or "the city of" one ("The Xi\'an Municipal Government and the Akimat of Almaty inked")', () => {
    expect(agreements("The Xi'an Municipal Government and the Akimat of Almaty inked a friendship city agreement.")[0].parties).toEqual(["Xi'an Municipal Government", 'Akimat']);
    expect(agreements("The Xi'an Municipal Government and the city of Almaty inked a friendship city agreement.")[0].parties).toEqual(["Xi'an Municipal Government", 'Almaty']);
    expect(agreements('The Akimat of Almaty inked a friendship city agreement.')[0].parties).toEqual(['Akimat']);
  });

  it('reads no agreement that "any" or "no" opens ("denied that it had signed any agreement with Huawei")', () => {
    expect(agreements('The company denied that it had signed any agreement with Huawei.')).toEqual([]);
    expect(agreements('Nokia said it had signed an agreement with Huawei.')[0].parties).toEqual(['Nokia', 'Huawei']);
  });

  it('reads the bodies that the signers\' roles name, before or after their names, as the parties ("signed by the President of the African Development Bank, Akinwumi Adesina, and the Prime Minister of Cote d\'Ivoire, ...")', () => {
    const sides = ['African Development Bank', "Cote d'Ivoire"];
    expect(agreements("The memorandum was signed by the President of the African Development Bank, Akinwumi Adesina, and the Prime Minister of Cote d'Ivoire, Robert Beugre Mambe.")[0].parties).toEqual(sides);
    expect(agreements("The memorandum was signed by Akinwumi Adesina, President of the African Development Bank, and Robert Beugre Mambe, Prime Minister of Cote d'Ivoire.")[0].parties).toEqual(sides);
    const before = 'The bank announced the deal on Monday. ';
    expect(agreements(before + "The President of the African Development Bank, Akinwumi Adesina, and the Prime Minister of Cote d'Ivoire, Robert Beugre Mambe, signed the memorandum.")[1].parties).toEqual(sides);
    expect(agreements(before + "Akinwumi Adesina, president of the African Development Bank, and Robert Beugre Mambe, prime minister of Cote d'Ivoire, signed the memorandum.")[1].parties).toEqual(sides);
    expect(agreements("France and the Prime Minister of Cote d'Ivoire, Robert Beugre Mambe, signed the memorandum.")[0].parties).toEqual(['France', "Cote d'Ivoire"]);
    const signed = docOf("The memorandum was signed by Akinwumi Adesina, President of the African Development Bank, and Robert Beugre Mambe, Prime Minister of Cote d'Ivoire.").agreements[0];
    expect(signed.parties.map((p) => p.signatory?.name)).toEqual(['Akinwumi Adesina', 'Robert Beugre Mambe']);
  });

  it('reads a passive agreement past a long topic, and "the three countries" as the countries the sentence names ("A framework agreement on the establishment of a China-Kyrgyzstan-Uzbekistan railway company was signed ... by the transport ministers of the three countries")', () => {
    const text = 'A framework agreement on the establishment of a China-Kyrgyzstan-Uzbekistan railway company was signed in Bishkek on 6 June 2024 by the transport ministers of the three countries.';
    expect(agreements(text)).toEqual([{ kind: 'framework agreement', status: 'signed', parties: ['China', 'Kyrgyzstan', 'Uzbekistan'], purpose: 'the establishment of a China-Kyrgyzstan-Uzbekistan railway company' }]);
    expect(agreements('Vietnam and Laos held talks in Hanoi on Monday. The agreements were signed by the foreign ministers of the two countries.')[0].parties).toEqual(['Vietnam', 'Laos']);
    expect(agreements('The agreement was signed by the foreign ministers of the two countries.')[0].parties).toEqual(['the foreign ministers of the two countries']);
  });

  it('reads a partnership renewed, and a chief officer\'s company ("Airbus Chief Commercial Officer Christian Scherer signed")', () => {
    expect(agreements('Peking University and the University of Cambridge on Friday renewed a strategic partnership first signed in 2015.')[0].parties).toEqual(['Peking University', 'University of Cambridge']);
    const row = docOf('Qatar Airways Group Chief Executive Officer Akbar Al Baker and Airbus Chief Commercial Officer Christian Scherer signed the agreement in Doha.').agreements[0];
    expect(row.parties.map((p) => [p.name, p.signatory?.name])).toEqual([['Qatar Airways Group', 'Akbar Al Baker'], ['Airbus', 'Christian Scherer']]);
  });

  it('takes no signing place from the city a purpose that does something ends with ("a memorandum on establishing a Luban Workshop in Samarkand")', () => {
    const row = docOf('The Samarkand Institute of Economics and Service and the Chongqing Industry Polytechnic College signed a memorandum on establishing a Luban Workshop in Samarkand.').agreements[0];
    expect([row.purpose, row.place]).toEqual(['establishing a Luban Workshop in Samarkand', null]);
    expect(docOf('Iran and Afghanistan signed a memorandum on counter-narcotics co-operation in Tehran.').agreements[0].place?.name).toBe('Tehran');
  });

  it('reads the body a signer\'s title names in another mention of theirs ("Xi and Tokayev jointly witnessed the signing", after "Kazakh President Kassym-Jomart Tokayev"), and a signing ceremony further from the noun', () => {
    const text = 'Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Wednesday. After the talks, Xi and Tokayev jointly witnessed the signing of more than 20 cooperation documents.';
    expect(docOf(text).agreements[0].parties.map((p) => [p.name, p.signatory?.name])).toEqual([['China', 'Xi Jinping'], ['Kazakhstan', 'Kassym-Jomart Tokayev']]);
    expect(agreements('Presidents Ilham Aliyev and Recep Tayyip Erdogan attended the signing ceremony of the Igdir-Nakhchivan gas pipeline agreement.')[0].parties).toEqual(['Ilham Aliyev', 'Recep Tayyip Erdogan']);
  });

  it('splits a ministry from the company after "and" when a country\'s possessive or an acronym opens it ("Uzbekistan\'s Ministry of Energy and Saudi Arabia\'s ACWA Power signed")', () => {
    expect(agreements("Uzbekistan's Ministry of Energy and Saudi Arabia's ACWA Power signed investment agreements for three projects.")[0].parties).toEqual(['Ministry of Energy', 'ACWA Power']);
    expect(docOf('The Ministry of Energy and Mines said it would act.').entities.map((e) => e.name)).toEqual(['Ministry of Energy and Mines']);
    expect(docOf('The Bank of Bahrain and Kuwait said it would act.').entities.map((e) => e.name)).toEqual(['Bank of Bahrain and Kuwait']);
  });

  it('ties no signer to the country a courtesy title follows ("the relief deal with Tanzania Mr Brown said")', () => {
    const text = 'Chancellor Gordon Brown is visiting Africa. The UK will cancel debts, the UK Treasury said, and the UK hopes others follow. Mr Brown has signed a debt relief deal with Tanzania. On top of the relief deal with Tanzania Mr Brown said the UK would make similar offers.';
    expect(docOf(text).agreements[0].parties.map((p) => [p.name, p.signatory?.name ?? null])).toEqual([['UK', 'Gordon Brown'], ['Tanzania', null]]);
  });

  it('reads two names no rule typed joined by "and" as two subjects, the first of more than one word ("Siemens Gamesa and Orsted have finalised")', () => {
    expect(agreements('Siemens Gamesa and Orsted have finalised a deal for the supply of 100 wind turbines.')[0].parties).toEqual(['Siemens Gamesa', 'Orsted']);
  });

  it('reads an organ named by its head noun alone after a body\'s short form in brackets as the body ("The African Continental Free Trade Area (AfCFTA) Secretariat and Afreximbank signed")', () => {
    expect(agreements('The African Continental Free Trade Area (AfCFTA) Secretariat and Afreximbank signed a $10 billion adjustment facility agreement.')[0].parties).toEqual(['African Continental Free Trade Area', 'Afreximbank']);
    expect(agreements('The International Cocoa Organization (ICCO) Council reached agreement on buffer stock rules.')[0].parties).toEqual(['International Cocoa Organization']);
  });

  it('reads "won" after an amount as the Korean currency, not the verb ("Hyundai Rotem penned a 1.5 trillion won contract")', () => {
    expect(agreements('Hyundai Rotem penned a 1.5 trillion won contract with the Polish Armament Agency to supply 180 K2 tanks.')).toEqual([{ kind: 'contract', status: 'signed', parties: ['Hyundai Rotem', 'Polish Armament Agency'], purpose: 'to supply 180 K2 tanks' }]);
  });

  it('reads the other side after "agreed terms with" ("Volkswagen agreed terms with the IG Metall union on a new wage deal")', () => {
    expect(agreements('Volkswagen agreed terms with the IG Metall union on a new wage deal covering 120,000 workers.')[0].parties).toEqual(['Volkswagen', 'IG Metall']);
  });

  it('reads "the Government of Uzbekistan" as the country, and a name no rule typed with a glued hyphen whole ("Samruk-Kazyna and Masdar signed")', () => {
    expect(agreements('UNESCO and the Government of Uzbekistan signed a $10 million funds-in-trust agreement to preserve Silk Road heritage sites.')[0].parties).toEqual(['UNESCO', 'Uzbekistan']);
    expect(agreements("Kazakhstan's Samruk-Kazyna and Abu Dhabi's Masdar signed an agreement to build a 1 GW wind farm.")[0].parties).toEqual(['Samruk-Kazyna', 'Masdar']);
  });

  it('reads a passive whose parties come before a relative clause ("The agreement between Vodafone and Verizon, which has been under discussion for months, was finally signed")', () => {
    expect(agreements('The agreement between Vodafone and Verizon, which has been under discussion for months, was finally signed on Thursday.')).toEqual([{ kind: 'agreement', status: 'signed', parties: ['Vodafone', 'Verizon'], purpose: null }]);
  });

  it('ends a passive agent list at a present the tagger read as a noun, and splits a name from a description ("agreed by Glazer and the Manchester United board values the club")', () => {
    expect(agreements('The takeover deal agreed by Glazer and the Manchester United board values the club at £790m.')[0].parties).toEqual(['Glazer', 'the Manchester United board']);
  });

  it('reads the body or country a title names before a signer\'s name as the party, the person its signatory ("Rector of Seoul National University Ryu Hong-lim")', () => {
    expect(signed('Deputy Minister of Higher Education, Science and Innovation of Uzbekistan Odiljon Tojiev and Rector of Seoul National University Ryu Hong-lim signed a memorandum of understanding on academic exchange.')).toEqual([['Uzbekistan (Odiljon Tojiev)', 'Seoul National University (Ryu Hong-lim)']]);
    expect(signed('The memorandum was signed by President of the African Development Bank Akinwumi Adesina and Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov.')).toEqual([['African Development Bank (Akinwumi Adesina)', 'Uzbekistan (Bakhtiyor Saidov)']]);
  });

  it('reads a package agreed between two sides ("the government and the Post Office have agreed a £2bn rescue package"), not one a cabinet decides alone', () => {
    expect(agreements('Royal Mail and the Post Office have agreed a £2bn rescue package for rural branches.')[0].parties).toEqual(['Royal Mail', 'Post Office']);
    expect(agreements('Tanzania has started to overhaul inefficient government firms in line with a package agreed with the IMF.')[0].parties).toContain('International Monetary Fund');
    expect(agreements('The Spanish cabinet agreed a 223.33 billion peseta aid package for the steel industry.')).toEqual([]);
    expect(agreements('The government unveiled a £2bn rescue package for rural branches.')).toEqual([]);
  });

  it('reads a party led by a name glued to "-led" whole ("with the Citibank-led steering committee"), not cut at the hyphen', () => {
    expect(agreements('Argentina signed a deal with the Citibank-led steering committee in December.')[0].parties).toEqual(['Argentina', 'Citibank']);
  });

  it('reads two sides that joined in a deal ("Sony Ericsson has teamed up with Google in a deal to put its software on phones"), not in a protest', () => {
    expect(agreements('Sony Ericsson has teamed up with Google in a deal to put its software on phones.')).toEqual([{ kind: 'deal', status: 'concluded', parties: ['Sony Ericsson', 'Google'], purpose: 'to put its software on phones' }]);
    expect(agreements('Disney partnered with Pixar in a deal worth $7.4bn.')).toEqual([{ kind: 'deal', status: 'concluded', parties: ['Disney', 'Pixar'], purpose: null }]);
    expect(agreements('The team joined forces with fans in a protest.')).toEqual([]);
  });

  it('reads signed copies of an agreement the sides exchanged as the agreement signed ("the two sides exchanged signed copies of the agreement"), the sides from the talks before', () => {
    const doc = docOf('Vietnamese Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on Monday. After the talks, the two sides exchanged signed copies of the agreement on cooperation in education.');
    expect(doc.agreements.map((a) => [a.kind, a.status, a.parties.map((p) => p.name), a.purpose])).toEqual([['agreement', 'signed', ['Vietnam', 'Laos'], 'cooperation in education']]);
    expect(agreements('Vietnam and Laos exchanged views on the agreement.')).toEqual([]);
  });

  it('reads each document of a list of what was signed with its own sides ("Among the documents signed were an agreement between ... and a memorandum of understanding between ...")', () => {
    expect(agreements('Among the documents signed were an agreement between the governments of Kazakhstan and China on mutual visa exemption and a memorandum of understanding between the Ministry of Energy of Kazakhstan and China National Petroleum Corporation.')).toEqual([
      { kind: 'agreement', status: 'signed', parties: ['Kazakhstan', 'China'], purpose: 'mutual visa exemption' },
      { kind: 'memorandum of understanding', status: 'signed', parties: ['Ministry of Energy of Kazakhstan', 'China National Petroleum Corporation'], purpose: null },
    ]);
  });

  it('reads the sides of a signing witnessed in a second clause from the first ("... signed a joint statement and witnessed the signing of more than 30 cooperation documents")', () => {
    expect(agreements('Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping signed a joint statement and witnessed the signing of more than 30 cooperation documents.').map((a) => [a.kind, a.parties])).toEqual([
      ['joint statement', ['Kazakhstan', 'China']],
      ['cooperation document', ['Kazakhstan', 'China']],
    ]);
  });

  it('reads "the two sides" as two countries named together in one sentence, not the other sides of two deals named apart', () => {
    const text = 'ABU DHABI, 12th March, 2025 (WAM) -- The UAE and India signed a comprehensive economic partnership agreement in New Delhi on Friday.\n\nMasdar signed an agreement with the Government of Angola to develop solar projects.\n\nAbu Dhabi Ports Group has signed a 30-year concession agreement with the Republic of Congo to develop the port.\n\nThe two sides also signed memoranda of understanding in the fields of culture, education and health.';
    const rows = docOf(text, '2025-03-12').agreements;
    expect(rows.map((a) => a.parties.map((p) => p.name))).toEqual([['UAE', 'India'], ['Masdar', 'Angola'], ['Abu Dhabi Ports Group', 'Republic of Congo'], ['UAE', 'India']]);
    // (the day it was signed, not the dateline's)
    expect(rows[0].date?.value).toBe('2025-03-07');
  });

  it('reads each signer after a role between commas, and the country the role names ("signed by Thani Al Zeyoudi, UAE Minister of State for Foreign Trade, and Piyush Goyal, India\'s Minister of Commerce and Industry")', () => {
    expect(signed("The agreement was signed by Thani Al Zeyoudi, UAE Minister of State for Foreign Trade, and Piyush Goyal, India's Minister of Commerce and Industry.")).toEqual([['UAE (Thani Al Zeyoudi)', 'India (Piyush Goyal)']]);
    expect(signed("The agreement was signed by Thani Al Zeyoudi, Minister of State for Foreign Trade, and Piyush Goyal, India's Minister of Commerce and Industry.")).toEqual([['Thani Al Zeyoudi', 'India (Piyush Goyal)']]);
    expect(signed("Thani Al Zeyoudi, Minister of State for Foreign Trade, and Piyush Goyal, India's Minister of Commerce and Industry, signed the agreement.")).toEqual([['Thani Al Zeyoudi', 'India (Piyush Goyal)']]);
  });

  it('reads no agreement in a denial ("Gazprom denied reports it had signed a deal with China")', () => {
    expect(agreements('Gazprom denied reports it had signed a deal with China.')).toEqual([]);
    expect(agreements('Gazprom has denied that it signed a deal with China.')).toEqual([]);
  });

  it('reads "the two parties" as the first two named together, not a name that says whose the next is, nor the court ("The Beatles\' label Apple Corps lost its court case against Apple Computer today in the High Court")', () => {
    const text = "The Beatles' label Apple Corps lost its court case against Apple Computer today in the High Court.\nApple Corps argued that the iTunes Music Store was a breach of the 1991 settlement reached between the two parties.";
    expect(docOf(text, '2006-05-08').agreements.map((a) => a.parties.map((p) => p.name))).toEqual([['Apple Corps', 'Apple Computer']]);
  });

  it('reads the company an owner\'s name describes as the party ("with Kremlin-owned Unified Aircraft"), and no agreement in a habit or in a record something was entered into', () => {
    expect(agreements('Boeing has reached a deal with Kremlin-owned Unified Aircraft for general co-operation.')[0].parties).toEqual(['Boeing', 'Unified Aircraft']);
    expect(agreements('As well these two major automakers usually award US$ 1 billion contracts to auto parts suppliers.')).toEqual([]);
    expect(agreements('Emails exchanged among United States Air Force officials regarding a USD$ 23 billion dollar deal with aircraft manufacturer Boeing have been entered into the public record.')).toEqual([]);
  });

  it('reads a contract won over a rival ("have unexpectedly defeated Boeing for a US$ 40 billion contract to supply the United States Air Force"), with the customer of sellers who won together', () => {
    expect(agreements('Northrop Grumman and Airbus parent company EADS have unexpectedly defeated Boeing for a US$ 40 billion (GB # 20.1 billion) contract to supply the United States Air Force (USAF) with 179 new aerial refueling tankers.')).toEqual([
      { kind: 'contract', status: 'concluded', parties: ['Northrop Grumman', 'EADS', 'United States Air Force'], purpose: 'to supply the United States Air Force (USAF) with 179 new aerial refueling tankers' },
    ]);
    expect(agreements('The Yankees beat the Red Sox for the title.')).toEqual([]);
  });

  it('reads orders a maker announced from its customers as orders received ("Boeing announced 35 new orders from German airline Air Berlin and ALAFCO")', () => {
    expect(agreements('On Saturday, Boeing announced 35 new orders from German airline Air Berlin and ALAFCO Aviation Lease & Finance of Kuwait, bringing the total to 677 orders from 47 customers.')).toEqual([
      { kind: 'order', status: 'concluded', parties: ['Boeing', 'Air Berlin', 'ALAFCO Aviation Lease & Finance of Kuwait'], purpose: null },
    ]);
    expect(agreements('Boeing announced orders for 20 jets.')).toEqual([]);
  });

  it('reads the sides of a suit as the sides of the settlement that ends it ("IBM sued Papermaster ..., but a settlement was reached")', () => {
    const text = 'Mark Papermaster left IBM for Apple in 2008. IBM sued Papermaster in an attempt to block him from joining Apple, but a settlement was reached after he testified that no IBM corporate secrets had been disclosed to Apple.';
    expect(docOf(text).agreements.map((a) => [a.kind, a.status, a.parties.map((p) => p.name)])).toEqual([['settlement', 'agreed', ['IBM', 'Mark Papermaster']]]);
    expect(agreements('A settlement was reached on Monday.')).toEqual([]);
  });

  it('reads an agreement one side has with another as one in force ("Toshiba has an agreement with Motorola Inc to sell the U.S. firm\'s chips in Japan"), not one to come or denied', () => {
    expect(agreements("Toshiba has an agreement with Motorola Inc to sell the U.S. firm's chips in Japan.")).toEqual([{ kind: 'agreement', status: 'concluded', parties: ['Toshiba', 'Motorola Inc'], purpose: "to sell the U.S. firm's chips in Japan" }]);
    expect(agreements('Viacom has exclusive agreements with two studios and plans to sign a deal with a third company next month.')[0].parties).toEqual(['Viacom', 'two studios']);
    expect(agreements('The company does not have an agreement with Sony.')).toEqual([]);
    expect(agreements('Pacad Inc said it expects to have a written contract with Okamoto U.S.A. Inc to market condoms.')).toEqual([]);
  });

  it('reads how many agreements there were as no part of their kind ("signed various agreements", "numerous cooperation agreements")', () => {
    expect(agreements('Peru and Mexico signed various agreements on trade.')[0].kind).toBe('agreement');
    expect(agreements('Peru and Mexico signed numerous cooperation agreements.')[0].kind).toBe('cooperation agreement');
  });

  it('ends a purpose at a clause of its own about the deal ("a deal to tackle illegal migration across the Channel, under which Britain will pay £54m")', () => {
    expect(agreements('The UK and France have signed a deal to tackle illegal migration across the Channel, under which Britain will pay £54m.')[0].purpose).toBe('to tackle illegal migration across the Channel');
  });

  it('reads the last item of a list of fields after ", and", and the city after it as where the documents were signed ("covering areas such as ..., science and technology, and media in Islamabad")', () => {
    const doc = docOf('Chinese Premier Li Qiang and his Pakistani counterpart Shehbaz Sharif on Tuesday witnessed the signing of 13 cooperation documents covering areas such as the Belt and Road Initiative, agriculture, science and technology, and media in Islamabad.', '2024-10-16');
    expect(doc.agreements.map((a) => [a.parties.map((p) => p.name), a.purpose, a.place?.name])).toEqual([[['China', 'Pakistan'], 'covering areas such as the Belt and Road Initiative, agriculture, science and technology, and media', 'Islamabad']]);
    expect(docOf('Banca Cattolica del Veneto SpA said it had signed an accord with Manufacturers Hanover Trust Co of New York covering a 100 mln dlr certificates of deposit issue in London.').agreements[0].place).toBeNull();
  });

  it('reads the sides after when an agreement was reached ("Agreement was reached late on Friday between management and the unions"), and a name the tagger read as a verb ("between Ford and the UAW")', () => {
    expect(agreements('Agreement was reached late on Friday between management and the unions at the plant.')).toEqual([{ kind: 'agreement', status: 'agreed', parties: ['management', 'the unions'], purpose: null }]);
    expect(agreements('An agreement was reached between Ford and the UAW on Friday.')[0].parties).toEqual(['Ford', 'UAW']);
  });

  it('reads a headline\'s takeover and the body\'s deal to buy the same company as one agreement ("Kraft agrees £11.5bn takeover of Cadbury", then "Kraft has agreed a deal to buy British confectioner Cadbury")', () => {
    const text = 'Kraft agrees £11.5bn takeover of Cadbury\n\nUS food giant Kraft has agreed a deal to buy British confectioner Cadbury for about £11.5 billion (US$19 billion), ending a four-month battle for the company.';
    expect(docOf(text, '2010-01-19').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([['deal', ['Kraft', 'Cadbury']]]);
  });

  it('reads a headline\'s order and the body\'s deal to buy what was ordered as one agreement ("Airbus wins Chinese jet order", then "China has signed a deal to buy 150 Airbus A320 jets")', () => {
    const text = 'Airbus wins Chinese jet order\n\nChina has signed a deal to buy 150 Airbus A320 jets worth about $9bn, in the biggest single order the European planemaker has received from the country.\n\nRival Boeing won a separate order for 70 of its 737 jets last month.';
    expect(docOf(text, '2005-12-05').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([['deal', ['China', 'Airbus']], ['order', ['Boeing']]]);
  });

  it('reads the sides a signed agreement binds, and what to ("The deal, inked at the presidential palace on Tuesday, commits Petrobras and Sinopec to jointly develop two offshore blocks")', () => {
    expect(agreements('The deal, inked at the presidential palace on Tuesday, commits Petrobras and Sinopec to jointly develop two offshore blocks.')).toEqual([{ kind: 'deal', status: 'signed', parties: ['Petrobras', 'Sinopec'], purpose: 'to jointly develop two offshore blocks' }]);
    expect(agreements('The memorandum signed on Friday binds Toyota and Suzuki to share engine technology, the companies said.')).toEqual([{ kind: 'memorandum', status: 'signed', parties: ['Toyota', 'Suzuki'], purpose: 'to share engine technology' }]);
    expect(agreements('The accord obliges Iran and the IAEA to resolve outstanding questions within three months.')).toEqual([]);
  });

  it('reads the unions named before "unions" as the parties ("The Unite and GMB unions have accepted a pay deal"), not a company before its unions', () => {
    expect(agreements('The Unite and GMB unions have accepted a pay deal.')[0].parties).toEqual(['Unite', 'GMB']);
    expect(agreements('The Unite union has accepted a pay deal.')[0].parties).toEqual(['Unite']);
    expect(agreements("Ford's unions have accepted a pay deal.")[0].parties).toEqual(["Ford's unions"]);
  });

  it('reads talks concluded on a day on an agreement as an agreement reached, with the bloc a description names ("The European Union and the South American trade bloc Mercosur concluded negotiations on Friday on a free trade agreement")', () => {
    const text = 'EU and Mercosur seal trade pact after 25 years of talks\n\nMONTEVIDEO, Dec 6 (Reuters) - The European Union and the South American trade bloc Mercosur concluded negotiations on Friday on a free trade agreement that would create one of the world\'s largest free trade zones, European Commission President Ursula von der Leyen said.';
    const rows = docOf(text, '2024-12-06').agreements;
    expect(rows.map((a) => [a.kind, a.status, a.parties.map((p) => p.name), a.date?.value])).toEqual([['free trade agreement', 'agreed', ['European Union', 'Mercosur'], '2024-12-06']]);
  });

  it('reads the companies a country\'s possessive describes before "said they" ("Japan\'s Toyota Motor Corp and China\'s BYD Co said they had formed a joint venture")', () => {
    expect(agreements("Japan's Toyota Motor Corp and China's BYD Co said they had formed a joint venture to develop battery electric vehicles.")[0].parties).toEqual(['Toyota Motor Corp', 'BYD Co']);
    expect(agreements('Community Bank Systems Inc and\nthe <Nichols National Bank> said they have signed a definitive\nagreement for Nichols to become a member of the CBSI Group of\nbanks for an exchange of stock worth 2.8 mln dlrs.')[0].parties).toEqual(['Community Bank Systems Inc', 'Nichols National Bank']);
  });

  it('reads what signed documents include, each with the sides after what it is on ("The documents include an agreement on the 2024 cooperation plan between the two governments, a memorandum ... between EVN and EDL")', () => {
    const text = 'Vietnam and Laos signed 15 cooperation documents in various fields on January 9. The documents include an agreement on the 2024 cooperation plan between the two governments, a memorandum of understanding on electricity trade between Vietnam Electricity (EVN) and Electricite du Laos (EDL), and a contract on the construction of the Vientiane-Hanoi expressway.';
    expect(docOf(text, '2024-01-09').agreements.map((a) => [a.kind, a.status, a.parties.map((p) => p.name), a.purpose])).toEqual([
      ['cooperation document', 'signed', ['Vietnam', 'Laos'], null],
      ['agreement', 'signed', ['Vietnam', 'Laos'], 'the 2024 cooperation plan'],
      ['memorandum of understanding', 'signed', ['Vietnam Electricity', 'Electricite du Laos'], 'electricity trade'],
    ]);
    // (what a plan includes was signed by no one)
    expect(agreements('The government unveiled a plan on Monday. The documents include an agreement on tariffs between the two countries.')).toEqual([]);
  });

  it('ends a purpose at the agreement named again in apposition, and keeps a headline\'s sides for the body\'s agreement that names some of them with some of its words ("Ethiopia, Somaliland sign port access deal")', () => {
    const text = "Ethiopia, Somaliland sign port access deal\n\nADDIS ABABA, Jan 1 (Reuters) - Ethiopia signed a preliminary agreement on Monday to use Somaliland's Berbera port, a deal that Somalia's government described as an act of aggression.";
    expect(docOf(text, '2024-01-01').agreements.map((a) => [a.kind, a.parties.map((p) => p.name), a.purpose])).toEqual([['agreement', ['Ethiopia', 'Somaliland'], "to use Somaliland's Berbera port"]]);
  });

  it('reads the company two buyers agreed to buy, and a deal other companies agreed as another deal ("LNM Holdings and Ispat International merged and then agreed a $4.5bn deal to buy US firm International Steel Group")', () => {
    const text = 'The company was formed last year when LNM Holdings and Ispat International merged and then agreed a $4.5bn deal to buy US firm International Steel Group (ISG).\n\nMeanwhile, a Sony-led consortium has completed its $4.8bn takeover of Hollywood studio Metro-Goldwyn-Mayer (MGM). The consortium, which includes Comcast and private equity firms, agreed the deal in September.';
    expect(docOf(text, '2005-04-12').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([
      ['deal', ['LNM Holdings', 'Ispat International', 'International Steel Group']],
      ['deal', ['Sony']],
    ]);
  });

  it('reads "it" before a relative clause with no pronoun as whom the sentence names before ("an agreement it has signed with Trafalgar House PLC"), and ends an infinitive purpose at a past verb with its object ("and opened its home market")', () => {
    const text = "O'Brien Energy Systems Inc said it expects net income of 12 to 15 cts per share. The company said the earnings will be aided substantially be an agreement it has signed with Trafalgar House PLC <THSL.L>.";
    expect(agreements(text)[0].parties).toEqual(["O'Brien Energy Systems Inc", 'Trafalgar House PLC']);
    expect(agreements('He added the tariffs would be lifted once Japan honored the pact it signed last year to end dumping semiconductors in world markets and opened its home market to U.S. products.')).toEqual([{ kind: 'pact', status: 'signed', parties: ['Japan'], purpose: 'to end dumping semiconductors in world markets' }]);
    expect(agreements('United States Navy awarded it a 215.3 mln dlr contract to produce 1,927 Sparrow Missile Guidance and Control Sections and associated hardware.')[0].purpose).toBe('to produce 1,927 Sparrow Missile Guidance and Control Sections and associated hardware');
  });

  it('reads a company based in a city and its country ("with Madrid, Spain-based Ingenieria De Sistemas Electronics S.A."), and ends a purpose at a clause with its own subject and past verb or at the subject\'s next verb ("..., Fiat shares closed", "and has also contracted")', () => {
    expect(agreements('General Automation Inc said it signed a joint venture with Madrid, Spain-based Ingenieria De Sistemas Electronics S.A.')[0].parties).toEqual(['General Automation Inc', 'Ingenieria De Sistemas Electronics S.A.']);
    expect(agreements('On September 23, 1986, the day Fiat announced it had reached an agreement under which Libya would sell its 15 pct stake, Fiat shares closed in Milan at 16,600 lire.')[0].purpose).toBe('under which Libya would sell its 15 pct stake');
    expect(agreements('Mathematical Applications Group Inc said it has signed a letter of intent to sell all of its operating business and will propose a plan of liquidation following the sale.')[0].purpose).toBe('to sell all of its operating business');
  });

  it('reads past where a company is, between commas, to the next side ("awarded contracts to Philipp Brothers, N.Y., and Sidney Danziger")', () => {
    expect(agreements('The U.S. Mint said it awarded contracts to Philipp Brothers, N.Y., and Sidney Danziger, a New York metals merchant, to procure copper.')[0].parties).toEqual(['U.S. Mint', 'Philipp Brothers', 'Sidney Danziger']);
  });

  it('reads how much an agreement is for as no purpose ("signed foreign loan agreements for 6.94 billion dlrs last year"), and its clause\'s own date before the date of the report ("said last Friday that China signed ...")', () => {
    const rows = docOf('Zhang Haoruo, vice minister of Foreign Economic Relations and Trade, said last Friday that China signed foreign loan agreements for 6.94 billion dlrs last year, 96.6 pct up on 1985.', '1987-03-11').agreements;
    expect(rows.map((a) => [a.parties.map((p) => p.name), a.purpose, a.date?.text])).toEqual([[['China'], null, 'last year']]);
    expect(agreements('Stanford Telecommunications Inc said it was awarded a three-year contract for 2,945,052 dlrs to support the Goddard Space Flight Center.')[0].purpose).toBe('to support the Goddard Space Flight Center');
    expect(agreements('Amgen Inc said it signed a letter of intent for an estimated 75 mln dlr research and development limited partnership.')[0].purpose).toBe('an estimated 75 mln dlr research and development limited partnership');
    expect(docOf('Fairchild said earlier this month that it reached an agreement with the Air Force to stop production.', '1987-03-20').agreements[0].date?.text).toBe('earlier this month');
  });

  it('reads the company that said "it" signed, past the day it said so and an adverb that opens the sentence ("Separately, Hershey said on Wednesday it had signed")', () => {
    const text = 'Goldman Sachs advised Mars, while Kellanova was advised by Morgan Stanley. Separately, Hershey said on Wednesday it had signed a supply agreement with Cargill for cocoa.';
    expect(agreements(text).map((a) => a.parties)).toEqual([['Hershey', 'Cargill']]);
  });

  it('reads no agreement in a condition ("unless it has reached a tentative settlement", "if they sign up for the deal", "when it and the French government sign"), but one a condition only mentions ("If the agreement -- reached on Friday by Arthur Liman and John Nields -- is ratified")', () => {
    expect(agreements('The union has threatened to strike at 1000 hrs EDT on Thursday unless it has reached a tentative settlement with the automaker by then.')).toEqual([]);
    expect(agreements('Argentina is offering banks a 3/8 pct participation fee if they sign up for the deal within 30 days.')).toEqual([]);
    // (nor in a clause of time with a present verb, which says what is still to come)
    expect(agreements('Disney said the appointment becomes effective when it and the French government sign the definitive agreement for the new outdoor entertainment complex near Paris.')).toEqual([]);
    // nor in what is wanted or required (Reuters), though a "that" of what is said reports one
    expect(agreements('"I think it is preferable, if possible that the executive and legislative branches reach a budget deficit reduction package," he said.')).toEqual([]);
    expect(agreements('Among the conditions are that Santa Fe enter into an agreement to indemnify Kansas City.')).toEqual([]);
    expect(agreements('Analysts said that Ford and GM reach a deal today.').map((a) => a.parties)).toEqual([['Ford', 'GM']]);
    expect(agreements('The new market will start trading in May after President Wee Kim Wee signs the Development Loan Bill approved by parliament last week.')).toEqual([]);
    expect(agreements('After the talks, Xi and Lula signed 20 cooperation agreements.').map((a) => a.parties)).toEqual([['Xi', 'Lula']]);
    expect(agreements('If the agreement --reached on Friday by Arthur Liman and John Nields, chief legal advisors of the Senate and House committees respectively --is ratified as expected, the hearings will begin.')[0].parties).toEqual(['Arthur Liman', 'John Nields']);
  });

  it('reads the company that says a unit it describes in lower case won or signed ("General Instrument Corp said its government systems division was awarded", "Morrison Knudsen Corp said a unit was awarded")', () => {
    expect(agreements('General Instrument Corp said its government systems division was awarded a 4,900,000 contract by the U.S. Air Force for a surveillence and targeting system.')[0].parties).toEqual(['General Instrument Corp', 'U.S. Air Force']);
    expect(agreements('Morrison Knudsen Corp said a unit was awarded an 11-1/2-year contract totaling about 200 mln dlrs for the operation of a steam coal mine.')[0].parties).toEqual(['Morrison Knudsen Corp']);
  });

  it('reads the other side a later report of the same agreement names, past when and where it was signed, as a group with its members ("The agreement signed last Saturday in Hong Kong with a syndicate of eight Indian and foreign banks including ...")', () => {
    const text = "India's state-owned National Thermal Power Corp said it has signed an agreement to borrow 169.1 mln marks at a fixed annual 6.48 pct interest for 15 years and eight months, an NTPC official said.\n    The agreement signed last Saturday in Hong Kong with a syndicate of eight Indian and foreign banks including State Bank of India (London), Bankers Trust Co (Hong Kong) and Grindlays Bank Plc (London) fixes the draw-down period at 68 months, the official said.";
    const rows = docOf(text, '1987-03-25').agreements;
    expect(rows.map((a) => [a.parties.map((p) => p.name), a.date?.text, a.place?.name])).toEqual([[['National Thermal Power Corp', 'a syndicate of eight Indian and foreign banks'], 'Saturday', 'Hong Kong']]);
  });

  it('reads an accord reached "over the weekend" between its sides, and the main clause\'s subject after "Under a contract signed in February" with no comma', () => {
    expect(agreements('Malaysian Primary Industries Minister Lim Keng Yaik welcomed the basic accord reached over the weekend in Geneva between producers and consumers on a new International Natural Rubber Agreement (INRA).')[0].parties).toEqual(['producers', 'consumers']);
    expect(agreements('Under a 125,000 bpd contract signed in February the Saudis agreed to supply oil to Brazil until June.')[0].parties).toEqual(['Saudi Arabia', 'Brazil']);
  });

  it('reads a purchase agreed without an agreement noun, after an agreement already reported, as the agreement a later sentence names ("Separately, Air India agreed to buy 250 aircraft from European rival Airbus ... called the agreement")', () => {
    const text = 'Air India has signed a deal with Boeing for 220 firm orders of aircraft, the two companies announced on Tuesday.\n\nSeparately, Air India agreed to buy 250 aircraft from European rival Airbus, including 40 A350 widebody jets.\n\nAirbus chief executive Guillaume Faury called the agreement "a historic milestone".';
    expect(docOf(text, '2023-02-14').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([
      ['deal', ['Air India', 'Boeing']],
      ['agreement', ['Air India', 'Airbus']],
    ]);
    // (not the purchase the agreement reported in the same sentence says was agreed)
    const gillette = 'Under the agreement concluded last November between Waterman owners Francine Le Foyer-Gomez and the Gillette group, Gillette agreed to acquire 51.2 pct of the capital of Waterman at 700 francs a share.\n    Gillette is buying a total 180,000 shares, valuing the deal at 126 mln francs.';
    expect(docOf(gillette, '1987-03-16').agreements).toHaveLength(1);
  });

  it('reads what signed MoUs include ("The MoUs include an agreement between Mubadala Investment Company and the Indonesia Investment Authority (INA) to establish a $10 billion fund")', () => {
    const text = 'President Mohamed bin Zayed and Indonesian President Joko Widodo today witnessed the signing of the Comprehensive Economic Partnership Agreement (CEPA) between the two countries, in addition to 11 memoranda of understanding.\n\nThe MoUs include an agreement between Mubadala Investment Company and the Indonesia Investment Authority (INA) to establish a $10 billion fund, and a memorandum between Masdar and Pertamina Power Indonesia on renewable energy.';
    expect(docOf(text, '2022-07-01').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)]).slice(1)).toEqual([
      ['agreement', ['Mubadala Investment Company', 'Indonesia Investment Authority']],
      ['memorandum', ['Masdar', 'Pertamina Power Indonesia']],
    ]);
  });

  it('reads a purchase agreed without an agreement noun as the takeover a later sentence names ("SBC Communications has agreed to buy AT&T ... The takeover, which was approved by both boards")', () => {
    const text = "SBC to buy AT&T for $16bn\n\nUS phone company SBC Communications has agreed to buy AT&T, America's biggest long-distance telephone company, for $16bn (£8.5bn).\n\nThe takeover, which was approved by both boards on Sunday, will create the largest telecoms firm in the US.";
    expect(docOf(text, '2005-01-31').agreements.map((a) => [a.kind, a.status, a.parties.map((p) => p.name)])).toEqual([['takeover', 'agreed', ['SBC Communications', 'AT&T']]]);
  });

  it('reads a passive past a relative clause that says what is still to come of the agreement ("The treaty, which must now be ratified by all 25 member states, was signed")', () => {
    expect(agreements('The treaty, which must now be ratified by all 25 member states, was signed in Rome by European leaders.')).toEqual([{ kind: 'treaty', status: 'signed', parties: ['European leaders'], purpose: null }]);
    expect(agreements('The treaty was not signed, which must now be ratified.')).toEqual([]);
  });

  it('reads a passive agreement\'s other side past an adverb, and no later noun as the passive verb\'s object ("were reached recently with Chile and Venezuela, an accord with ...")', () => {
    const text = 'Financing agreements were reached recently with Chile and Venezuela, an accord with the Philippines seems to be close at hand, and a deal with Argentina on new loans could be reached in the next two weeks, bankers say.';
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['agreement', ['Chile', 'Venezuela']]]);
    expect(partiesOf('LTV Corp said it was awarded a five-year, 1.2 billion dlr procurement contract with the military.')).toEqual([['LTV Corp', 'the military']]);
  });

  it('reads no agreement in a rule about every agreement of a kind ("all contracts and agreements signed by the Community must contain")', () => {
    expect(agreements('Under the 1957 Treaty of Rome all contracts and agreements\nsigned by the Community must contain this territorial clause.')).toEqual([]);
    expect(agreements('Any agreement signed by the ministry must be ratified.')).toEqual([]);
    expect(agreements('All three agreements signed by the Community last week cover steel.').map((a) => a.parties)).toEqual([['the Community']]);
  });

  it('reads "joining" the others who signed as no purpose ("Tata Steel signed up to the deal on Friday, joining ArcelorMittal and Nippon Steel")', () => {
    expect(agreements('Tata Steel signed up to the deal on Friday, joining ArcelorMittal and Nippon Steel.')[0].purpose).toBeNull();
  });

  it('reads state energy companies news names alone ("Russia\'s Gazprom and Ukraine\'s Naftogaz reached an agreement")', () => {
    expect(agreements("Russia's Gazprom and Ukraine's Naftogaz reached an agreement late on Wednesday ending a row over gas prices.")[0].parties).toEqual(['Gazprom', 'Naftogaz']);
  });

  it('reads the side before "and" past the country whose company a name no rule typed is ("Russia\'s Gazprom and Ukraine\'s Zorvex reached an agreement")', () => {
    expect(agreements("Russia's Gazprom and Ukraine's Zorvex reached an agreement.")[0].parties).toEqual(['Gazprom', 'Zorvex']);
  });

  it('reads "the two sides" of an intergovernmental agreement as the countries, even after two companies were named ("the two sides signed an intergovernmental agreement on mutual visa exemption")', () => {
    const text = 'Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev on Monday witnessed the signing of more than 30 cooperation documents.\n\nChina National Petroleum Corporation (CNPC) and KazMunayGas signed a framework agreement on expanding an oil pipeline.\n\nEarlier on Monday, the two sides signed an intergovernmental agreement on mutual visa exemption.';
    const rows = docOf(text, '2024-06-17').agreements;
    expect(rows.map((a) => a.parties.map((p) => p.name).sort())).toEqual([['China', 'Kazakhstan'], ['China National Petroleum Corporation', 'KazMunayGas'], ['China', 'Kazakhstan']]);
  });

  it('reads who is to supply whom in what a contract is for, when no one else is named ("a contract signed in February for the Saudis to supply Brazil with 125,000 barrels per day")', () => {
    expect(agreements('The shipment was part of a contract signed in February for the Saudis to supply Brazil with 125,000 barrels per day until June.')[0].parties).toEqual(['Saudi Arabia', 'Brazil']);
  });
  it('reads a country after a company in a list of counterparties as a party of its own when the list goes on ("with Siemens, Egypt and the World Bank"), not as where the company is', () => {
    expect(agreements('Orascom Construction said on Monday it signed a deal with Siemens, Egypt and the World Bank.')[0].parties).toEqual(['Orascom Construction', 'Siemens', 'Egypt', 'World Bank']);
    expect(agreements('Airbus signed a cooperation deal with Boeing, France, and Germany on Tuesday.')[0].parties).toEqual(['Airbus', 'Boeing', 'France', 'Germany']);
  });
  it('reads the company bought from in the purchase a deal concluded ("Lenovo has completed its purchase of IBM\'s PC business, after the deal was cleared", "completed its acquisition of Singapore\'s NatSteel in a deal")', () => {
    expect(agreements("Chinese computer maker Lenovo has completed its purchase of IBM's PC business, after the deal was cleared by US regulators.")[0].parties).toEqual(['Lenovo', 'IBM']);
    expect(agreements("Tata Steel has completed its acquisition of Singapore's NatSteel in a deal worth $486m.")[0].parties).toEqual(['Tata Steel', 'NatSteel']);
  });
  it('reads an arrangement signed, reached, entered into or renewed ("India and Japan signed a $75 billion currency swap arrangement") but not one to be worked out', () => {
    expect(agreements('India and Japan on Monday signed a $75 billion currency swap arrangement, officials in New Delhi said.')).toMatchObject([{ kind: 'currency swap arrangement', status: 'signed', parties: ['India', 'Japan'] }]);
    expect(agreements('At the same time, the two sides reached a stopgap arrangement on the short-term trade and money-market credit lines.')).toMatchObject([{ kind: 'stopgap arrangement' }]);
    expect(agreements('The deal is subject to the completion of financing arrangements, and closing is expected by May 15.')).toEqual([]);
    // (or renewed, as an agreement is)
    expect(agreements('The Bank of Japan and the Reserve Bank of Australia renewed their bilateral currency swap arrangement on Monday.')).toMatchObject([{ kind: 'bilateral currency swap arrangement', parties: ['Bank of Japan', 'Reserve Bank of Australia'] }]);
  });
  it('takes "both sides" of an agreement for the sides of the one reported before, not the country it was signed in ("has been signed in Kenya ... initialled by both sides")', () => {
    const rows = agreements("A peace agreement between the Sudanese government and southern rebels has been signed in Kenya, ending Africa's longest-running civil war. Separately, an accord on sharing oil revenues was initialled by both sides last month.");
    expect(rows.map((r) => r.parties)).toEqual([['Sudan', 'southern rebels'], ['Sudan', 'southern rebels']]);
  });
  it('reads the signing an agreement\'s coming into force is followed by ("came into force on Saturday, after being signed last July", "took effect in 2005, having been signed"), not the coming into force alone', () => {
    expect(agreements('In Asia, a free trade agreement between Thailand and Australia came into force on Saturday, after being signed last July.')).toMatchObject([{ kind: 'free trade agreement', status: 'signed', parties: ['Thailand', 'Australia'] }]);
    expect(agreements('The treaty took effect in 2005, having been signed by the Czech Republic and Poland in 2004.')).toMatchObject([{ kind: 'treaty', status: 'signed', parties: ['Czech Republic', 'Poland'] }]);
    expect(agreements('A trade agreement between Thailand and Australia came into force on Saturday.')).toEqual([]);
  });
  it('keeps an agreement whose two named sides are neither of the one before as its own ("The contract, awarded to Halliburton by the Pentagon" after a deal between Yahoo and Alibaba)', () => {
    const rows = agreements('Yahoo has bought a stake in Chinese e-commerce firm Alibaba in a deal worth $1bn. The contract, awarded to Halliburton by the Pentagon without competition, has drawn criticism.');
    expect(rows.map((r) => r.parties)).toEqual([['Yahoo', 'Alibaba'], ['Halliburton', 'Pentagon']]);
  });
  it('reads a joint venture agreed in principle, and the other side after what the venture is or does ("agreed in principle to form a joint venture in factory automation with Matsushita", "a joint venture company with Bridgestone Corp")', () => {
    expect(agreements('Westinghouse Electric Corp said it agreed in principle to form a joint venture in factory automation with Matsushita Electric Industrial Co Ltd of Japan.')).toMatchObject([{ kind: 'joint venture', status: 'agreed', parties: ['Westinghouse Electric Corp', 'Matsushita Electric Industrial Co Ltd'] }]);
    expect(agreements('Clevite Industries Inc said it agreed in principle to form a joint venture company with Bridgestone Corp of Tokyo.')[0].parties).toEqual(['Clevite Industries Inc', 'Bridgestone Corp']);
    expect(agreements('Morton Thiokol Inc said it created a joint venture company with the Yokohama Rubber Co Ltd of Japan.')[0].parties).toEqual(['Morton Thiokol Inc', 'Yokohama Rubber Co Ltd']);
  });
  it('reads an agreement talks ended with as agreed by the sides of the talks ("Talks between Airbus and the Chinese government ended with an agreement for 150 A320 jets")', () => {
    expect(agreements('Talks between Airbus and the Chinese government ended with an agreement for 150 A320 jets, officials said.')).toMatchObject([{ kind: 'agreement', status: 'agreed', parties: ['Airbus', 'China'], purpose: '150 A320 jets' }]);
    expect(agreements('The talks ended with an agreement.')).toEqual([]);
  });
  it('reads "The order was signed ..." after a purchase order as that order, with the date it was signed ("Emirates has placed an order for 32 A380s ... The order was signed at the Dubai Airshow on Sunday")', () => {
    const d = docOf('Emirates has placed an order for 32 additional Airbus A380 superjumbos. The order was signed at the Dubai Airshow on Sunday by Emirates chairman Sheikh Ahmed and Airbus chief executive Tom Enders.', '2010-11-14');
    expect(d.agreements).toHaveLength(1);
    expect(d.agreements[0].date?.value).toBe('2010-11-14');
    expect(agreements('Reagan signed an order on Monday. The order was signed by the President.')).toEqual([]);
  });
  it('keeps the body\'s agreement over a headline\'s whose word shares its stem with the body\'s purpose ("UK and France agree on migrant deal", then "signed an agreement to tackle illegal immigration")', () => {
    const text = 'UK and France agree on migrant deal\n\nBritain and France have signed an agreement to tackle illegal immigration across the Channel, Home Secretary David Blunkett announced.';
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['agreement', ['Britain', 'France']]]);
  });
  it('reads the country goods bought are of as the seller, and not the scheme they are bought under ("a contract to buy 200,000 tonnes of U.S. soft red winter wheat under the Export Enhancement Program")', () => {
    expect(agreements('Egypt has signed a contract to buy 200,000 tonnes of U.S. soft red winter wheat under the Export Enhancement Program, U.S. Agriculture Department officials said.')[0].parties).toEqual(['Egypt', 'U.S.']);
  });
  it('reads an agreement a company or its board approved with another as agreed between them ("Lufthansa\'s board approved an agreement with Swiss International Air Lines"), not one its shareholders approved', () => {
    expect(agreements("Lufthansa's board approved an agreement with Swiss International Air Lines on Tuesday.")).toMatchObject([{ kind: 'agreement', status: 'agreed', parties: ['Lufthansa', 'Swiss International Air Lines'] }]);
    expect(agreements('An overwhelming majority of Hughes Tool Co shareholders approved a merger agreement with Baker International Corp based on revised terms.')).toEqual([]);
  });
  it('reads the sides of the talks an agreement was reached after ("The agreement was reached after two days of talks in Geneva between Iran and France")', () => {
    expect(agreements('The agreement was reached after two days of talks in Geneva between Iran and France.')).toMatchObject([{ kind: 'agreement', parties: ['Iran', 'France'] }]);
    expect(agreements('The deal was struck after marathon talks between Airbus and the unions.')[0].parties).toEqual(['Airbus', 'the unions']);
  });
  it('reads whom the main clause after "Under an agreement ...," buys from ("Under an agreement reached last week, Egypt will import 1 million tonnes of wheat from the United States")', () => {
    expect(agreements('Under an agreement reached last week, Egypt will import 1 million tonnes of wheat from the United States.')[0].parties).toEqual(['Egypt', 'United States']);
    expect(agreements('Bangladesh will import 60,000 tons of diesel oil from the Soviet Union under a barter agreement signed in Dhaka.')[0].parties).toEqual(['Bangladesh', 'Soviet Union']);
  });
  it('reads a company a country\'s possessive and a descriptor name as a side, with the name before "and" ("Oil giant BP and Russia\'s Alfa group signed an agreement")', () => {
    expect(agreements("Oil giant BP and Russia's Alfa group signed an agreement in 2003 to create TNK-BP, Russia's third-largest oil firm.")[0].parties).toEqual(['BP', 'Alfa']);
  });
  it('reads the country the terms bind as the side a person, an unnamed title or "the government" signed for ("Gordon Brown has signed a deal with Kenya under which Britain will pay 10% of the country\'s debts", "The chancellor announced a deal with Tanzania under which ...")', () => {
    expect(agreements("Gordon Brown has signed a deal with Kenya under which Britain will pay 10% of the country's debts to the World Bank.")[0].parties).toEqual(['Britain', 'Kenya']);
    expect(agreements('The chancellor announced a deal with Tanzania under which Britain will pay 10% of its debt to the World Bank.')[0].parties).toEqual(['Britain', 'Tanzania']);
    expect(agreements('The prime minister signed an agreement with Rwanda under which the UK will send asylum seekers to Kigali.')[0].parties).toEqual(['UK', 'Rwanda']);
  });
  it('reads the other side of a package past what it is of ("agreed a £50m package of aid with Ethiopia\'s prime minister Meles Zenawi")', () => {
    expect(agreements("Mr Brown also agreed a £50m package of aid with Ethiopia's prime minister Meles Zenawi during his visit to Addis Ababa.")[0].parties).toEqual(['Brown', 'Ethiopia']);
  });
  it('reads the country goods bought under an agreement are of as its other side ("The Soviet Union bought 20,000 tonnes of Malaysian palm oil under a barter deal signed last month")', () => {
    expect(agreements('The Soviet Union bought 20,000 tonnes of Malaysian palm oil under a barter deal signed last month, traders said.')[0].parties).toEqual(['Soviet Union', 'Malaysia']);
  });
  it('reads each signer\'s company when both are named with their roles ("Aeroflot general director Valery Okulov and Boeing vice president Marlin Dailey")', () => {
    expect(agreements('Aeroflot general director Valery Okulov and Boeing vice president Marlin Dailey signed the agreement.')[0].parties).toEqual(['Aeroflot', 'Boeing']);
    expect(agreements('The agreement was signed in Moscow by Aeroflot general director Valery Okulov and Boeing vice president Marlin Dailey.')[0].parties).toEqual(['Aeroflot', 'Boeing']);
  });

  it('takes the company aircraft are leased or bought from as the other side, not their maker ("to lease four Airbus A321 aircraft from International Lease Finance Corp")', () => {
    expect(agreements('Vietnam Airlines agreed to lease four Airbus A321 aircraft from International Lease Finance Corp under a deal worth about $150 million.').map((a) => a.parties)).toEqual([['Vietnam Airlines', 'International Lease Finance Corp']]);
    expect(agreements('Garuda signed a contract to buy six Boeing 737-800 jets from GE Commercial Aviation Services.').map((a) => a.parties)).toEqual([['Garuda', 'GE Commercial Aviation Services']]);
  });

  it('takes each name of the subject a sentence opens with when the agreement is named in the middle ("Nippon Steel and Posco will raise their cross-shareholdings under a strategic alliance signed on Friday")', () => {
    expect(agreements('Nippon Steel and Posco will raise their cross-shareholdings under a strategic alliance signed on Friday.').map((a) => a.parties)).toEqual([['Nippon Steel', 'Posco']]);
  });

  it('takes the company a leader\'s participle describes as the side ("with BP-led consortium AIOC"), and the leader when no name follows ("with the BP-led consortium")', () => {
    expect(agreements('Azerbaijan signed production-sharing agreements with BP-led consortium AIOC.').map((a) => a.parties)).toEqual([['Azerbaijan', 'AIOC']]);
    expect(agreements('Azerbaijan signed a deal with the BP-led consortium.').map((a) => a.parties)).toEqual([['Azerbaijan', 'BP']]);
  });

  it('takes no date a term starts at for the date of signing ("signed a code-share agreement with Thai Airways International, starting in March")', () => {
    const doc = docOf('Air New Zealand said it had signed a code-share agreement with Thai Airways International, starting in March.', '2004-11-19');
    expect(doc.agreements.map((a) => [a.parties.map((p) => p.name), a.date])).toEqual([[['Air New Zealand', 'Thai Airways International'], null]]);
  });

  it('takes the country whose state body is supplied as the customer ("a deal to supply locomotives to China\'s railways ministry"), not a country before what it owns', () => {
    expect(agreements("General Electric has clinched a $1.2bn deal to supply locomotives to China's railways ministry.").map((a) => a.parties)).toEqual([['General Electric', 'China']]);
    expect(agreements("Boeing signed a deal to supply tankers to Japan's air force.").map((a) => a.parties)).toEqual([['Boeing', 'Japan']]);
    expect(agreements("Alpha Corp signed a deal to supply bonds to Japan's government bond market.").map((a) => a.parties)).toEqual([['Alpha Corp']]);
  });

  it('reads the sides after "between" past where and when it was signed ("under an agreement signed here yesterday between the Indian Finance Ministry and ...")', () => {
    expect(agreements('It said a 31 mln stg grant would be disbursed over three to four years under an agreement signed here yesterday between the Indian Finance Ministry and the British Overseas Development Administration.').map((a) => a.parties)).toEqual([['Indian Finance Ministry', 'British Overseas Development Administration']]);
  });

  it('reads the countries of the teams that struck a deal ("between Iranian negotiators and diplomats from Britain, France and Germany", "and British diplomats")', () => {
    expect(agreements('The deal was struck between Iranian negotiators and diplomats from Britain, France and Germany.').map((a) => a.parties)).toEqual([['Iran', 'Britain', 'France', 'Germany']]);
    expect(agreements('The deal was struck between Iranian negotiators and British diplomats.').map((a) => a.parties)).toEqual([['Iran', 'United Kingdom']]);
  });
  it('keeps the name before "and the" in a subject that goes on in a description ("Iran and the European Union\'s three biggest powers reached a preliminary agreement")', () => {
    expect(agreements("Iran and the European Union's three biggest powers reached a preliminary agreement in Paris on Sunday on suspending uranium enrichment.").map((a) => a.parties)).toEqual([['Iran', "European Union's three biggest powers"]]);
  });

  it('takes the town of the summit an agreement was reached at as its place ("agreed on a ceasefire at a summit in Sharm el-Sheikh")', () => {
    const doc = docOf('Israeli Prime Minister Ariel Sharon and Palestinian leader Mahmoud Abbas agreed on a ceasefire at a summit in Sharm el-Sheikh on Tuesday.', '2005-06-29');
    expect(doc.agreements.map((a) => [a.parties.map((p) => p.name), a.place?.name])).toEqual([[['Israel', 'Palestine'], 'Sharm el-Sheikh']]);
  });

  it('reads a truce "in" a place as where the fighting stops, and ", in a deal" after it as the same agreement ("agreed to a four-day truce in Gaza ..., in a deal mediated by Qatar"; AFP)', () => {
    const text = 'Israel and Hamas agreed to a four-day truce in Gaza on Wednesday, in a deal mediated by Qatar, Egypt and the United States.\nUnder the accord, signed in Doha, Hamas will release 50 hostages.';
    expect(docOf(text, '2023-11-23').agreements.map((a) => [a.kind, a.parties.map((p) => p.name), a.date?.value, a.place?.name])).toEqual([['truce', ['Israel', 'Hamas'], '2023-11-22', 'Doha']]);
  });

  it('adds a side that "also signed the agreement" to the agreement reported before ("BASF\'s Wintershall unit also signed the agreement")', () => {
    const text = "Russian gas giant Gazprom and Germany's E.ON Ruhrgas signed a deal on Wednesday to build a gas pipeline under the Baltic Sea. BASF's Wintershall unit also signed the agreement, which was witnessed by President Vladimir Putin.";
    expect(agreements(text).map((a) => a.parties)).toEqual([['Gazprom', 'E.ON Ruhrgas', 'Wintershall']]);
  });

  it('ends a purpose before a condition on the deal ("a revenue-sharing pact on transatlantic routes, subject to regulatory approval")', () => {
    expect(agreements('British Airways and American Airlines have struck a revenue-sharing pact on transatlantic routes, subject to regulatory approval.').map((a) => a.purpose)).toEqual(['transatlantic routes']);
    expect(agreements('Alpha Corp said it signed an agreement to acquire Nucell Inc, subject to shareholder approval.').map((a) => a.purpose)).toEqual(['to acquire Nucell Inc']);
  });

  it('keeps the trade a gerund names in the kind ("a roaming agreement", "an operating agreement")', () => {
    expect(agreements("Kenya's Safaricom has signed a roaming agreement with Uganda's MTN, the companies said.").map((a) => [a.kind, a.parties])).toEqual([['roaming agreement', ['Safaricom', 'MTN']]]);
  });

  it('reads a long list of signers to its end ("signed in Hanoi by the bank\'s country director Klaus Rohland and Vietnamese Deputy Finance Minister Le Thi Bang Tam")', () => {
    expect(agreements("The credit agreement was signed in Hanoi by the bank's country director Klaus Rohland and Vietnamese Deputy Finance Minister Le Thi Bang Tam.").map((a) => a.parties)).toEqual([['Klaus Rohland', 'Vietnam']]);
  });

  it('reads what an agreement is "over" as its purpose ("reached an agreement over the price of natural gas"), not a time ("over the weekend")', () => {
    expect(agreements('The governments of Bolivia and Brazil have reached an agreement over the price of natural gas, ending a dispute.').map((a) => [a.parties, a.purpose])).toEqual([[['Bolivia', 'Brazil'], 'the price of natural gas']]);
    expect(agreements('Sears Roebuck and Co said it reached an out-of-court settlement with the Federal Trade Commission over the labeling of some down-filled garments sold in 1978 "to avoid further legal expenses."').map((a) => a.purpose)).toEqual(['the labeling of some down-filled garments sold in 1978']);
    expect(agreements('Alpha Corp and Beta Inc reached an agreement over the weekend.').map((a) => a.purpose)).toEqual([null]);
  });

  it('reads each signer whose mention opens with the country before the title ("by U.S. President George Bush and Mexican President Carlos Salinas", "by Thai Prime Minister Surayud Chulanont and ...")', () => {
    expect(agreements('The agreement was signed by U.S. President George Bush and Mexican President Carlos Salinas.').map((a) => a.parties)).toEqual([['U.S.', 'Mexico']]);
    expect(agreements('The Japan-Thailand Economic Partnership Agreement was signed in Tokyo on April 3 by Thai Prime Minister Surayud Chulanont and Japanese Prime Minister Shinzo Abe.').map((a) => a.parties)).toEqual([['Thailand', 'Japan']]);
  });

  it('leaves an age or length in a hyphenated compound out of the kind ("their 20-year-old joint venture")', () => {
    expect(agreements('General Motors Corp. and Toyota Motor Corp. said Wednesday they would extend their 20-year-old joint venture in Fremont, California.').map((a) => a.kind)).toEqual(['joint venture']);
  });

  it('keeps the officer named after a company\'s role as its signatory ("signed by Sinopec president Wang Tianpu and Aramco chief executive Abdallah Jumah", "Abdallah Jumah, chief executive of Aramco"), and gives the agreement reported before its signatories', () => {
    const signers = (text: string) => docOf(text).agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]));
    expect(signers('The agreement was signed by Sinopec president Wang Tianpu and Aramco chief executive Abdallah Jumah.')).toEqual([[['Sinopec', 'Wang Tianpu'], ['Aramco', 'Abdallah Jumah']]]);
    expect(signers('The agreement was signed by Wang Tianpu, president of Sinopec, and Abdallah Jumah, chief executive of Aramco.')).toEqual([[['Sinopec', 'Wang Tianpu'], ['Aramco', 'Abdallah Jumah']]]);
    const text = 'Sinopec said on Tuesday it had signed a memorandum of understanding with Saudi Aramco to build a refinery in Fujian. The agreement, signed by Sinopec president Wang Tianpu and Aramco chief executive Abdallah Jumah, follows two years of talks.';
    expect(signers(text)).toEqual([[['Sinopec', 'Wang Tianpu'], ['Aramco', 'Abdallah Jumah']]]);
  });

  it('reads the purpose past the words between commas that say what the party is ("with Rosoboronexport, Russia\'s state arms exporter, for the upgrade of ...") and past a worth with no comma before "under which"', () => {
    expect(agreements("The Indian government has signed a $2.2 billion contract with Rosoboronexport, Russia's state arms exporter, for the upgrade of the aircraft carrier Admiral Gorshkov.").map((a) => a.purpose)).toEqual(['the upgrade of the aircraft carrier Admiral Gorshkov']);
    expect(agreements('Acme signed a contract with IBM, the computer maker, to run the new database.').map((a) => a.purpose)).toEqual(['to run the new database']);
    expect(agreements('Russia and China have signed a deal worth $400bn (£238bn) under which Gazprom will supply natural gas to China for 30 years.').map((a) => a.purpose)).toEqual(['under which Gazprom will supply natural gas to China for 30 years']);
  });

  it('takes the sides of the meeting an agreement was reached at ("was reached at a meeting in Siem Reap between Thai Foreign Minister Kasit Piromya and his Cambodian counterpart Hor Namhong"), each signing for its country', () => {
    const rows = docOf('The agreement was reached at a meeting in Siem Reap between Foreign Minister Kasit Piromya of Thailand and his Cambodian counterpart Hor Namhong.').agreements;
    expect(rows.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]))).toEqual([[['Thailand', 'Kasit Piromya'], ['Cambodia', 'Hor Namhong']]]);
    expect(rows[0].place?.name).toBe('Siem Reap');
  });

  it('reads "the letter" after "a letter of intent" as the same agreement, which gives it where and by whom it was signed ("Pertamina president director Abdul Rachman Ramly")', () => {
    const text = 'Mitsubishi Corp said it signed a letter of intent with Pertamina, Indonesia\'s state oil company, to jointly develop a liquefied natural gas plant in East Kalimantan. The letter was signed in Jakarta by Mitsubishi president Shinroku Morohashi and Pertamina president director Abdul Rachman Ramly.';
    const rows = docOf(text).agreements;
    expect(rows.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]))).toEqual([[['Mitsubishi Corp', 'Shinroku Morohashi'], ['Pertamina', 'Abdul Rachman Ramly']]]);
    expect(rows[0].place?.name).toBe('Jakarta');
  });

  it('reads the signers after a venue no rule typed ("was signed at the Arava border crossing by Israeli Prime Minister Yitzhak Rabin and ...")', () => {
    const text = 'Israel and Jordan signed a peace treaty on October 26, 1994, ending 46 years of war. The treaty was signed at the Arava border crossing by Israeli Prime Minister Yitzhak Rabin and Jordanian Prime Minister Abdelsalam al-Majali, and witnessed by U.S. President Bill Clinton.';
    const rows = docOf(text).agreements;
    expect(rows.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]))).toEqual([[['Israel', 'Yitzhak Rabin'], ['Jordan', 'Abdelsalam al-Majali']]]);
  });

  it('reads one of the signed agreements a pronoun or "including" names, with its own sides ("signed nine agreements ... Among them was a memorandum of understanding ... between ONGC Videsh and Sistema")', () => {
    const signed = (text: string) => agreements(text).map((a) => `${a.kind}: ${a.parties.join(' + ')}`);
    expect(signed('India and Russia signed nine agreements on Monday. Among them was a memorandum of understanding on cooperation in the oil and gas sector between ONGC Videsh and Sistema.')).toEqual(['agreement: India + Russia', 'memorandum of understanding: ONGC Videsh + Sistema']);
    expect(signed('China and Russia signed 12 agreements on Tuesday. They include a memorandum of understanding between Gazprom and CNPC on gas supplies.')).toEqual(['agreement: China + Russia', 'memorandum of understanding: Gazprom + CNPC']);
    expect(signed('China and Russia signed 12 agreements on Tuesday, including a memorandum of understanding between Gazprom and CNPC on gas supplies.')).toEqual(['agreement: China + Russia', 'memorandum of understanding: Gazprom + CNPC']);
    // present tense, after a sentence that names the documents before the verb ("The documents were signed")
    expect(signed('China and Kenya signed eight agreements on Wednesday. The documents were signed in the presence of Xi Jinping. Among them is a memorandum of understanding between the China Road and Bridge Corporation and Kenya Railways to extend the railway.')).toEqual(['agreement: China + Kenya', 'memorandum of understanding: China Road and Bridge Corporation + Kenya Railways']);
    // a pronoun for anything else the sentence before names: none
    expect(signed('The ministers signed a statement on Monday. Among them was a deal between Gazprom and CNPC on gas supplies.')).toEqual([]);
  });

  it('reads the purpose past a description of the other side that a demonym or a hyphen is part of ("with Rover Group PLC, the British state-owned carmaker, covering production of ...")', () => {
    expect(agreements('Honda Motor Co Ltd signed a licensing agreement with Rover Group PLC, the British state-owned carmaker, covering production of a new executive car, Honda officials said.').map((a) => a.purpose)).toEqual(['covering production of a new executive car']);
    expect(agreements('Inelectra received a contract from Corpoven S.A., a Venezuelan-owned domestic oil company, to revamp and expand its El Palito Refinery.').map((a) => a.purpose)).toEqual(['to revamp and expand its El Palito Refinery']);
  });

  it('reads a side written as what it is with a hyphened word whole ("The low-cost carrier", not "cost carrier")', () => {
    expect(agreements('The low-cost carrier signed a memorandum of understanding with Boeing at the show.').map((a) => a.parties)).toEqual([['The low-cost carrier', 'Boeing']]);
  });

  it('reads a loan or a credit line signed as an agreement, and one taken or granted as none ("signed a €300m credit line with Ukreximbank", Reuters "signed yesterday a 250 mln dlr loan with the World Bank")', () => {
    expect(agreements('The European Bank for Reconstruction and Development (EBRD) also signed a €300m credit line with Ukreximbank, the state export-import bank, to support small businesses.')).toEqual([
      { kind: 'credit line', status: 'signed', parties: ['European Bank for Reconstruction and Development', 'Ukreximbank'], purpose: 'to support small businesses' },
    ]);
    expect(agreements('The Philippines signed a 310 mln dlr loan with the World Bank on Friday.').map((a) => a.parties)).toEqual([['Philippines', 'World Bank']]);
    expect(agreements('The Philippines took a 310 mln dlr loan from the World Bank. The bank granted a loan to Chile.')).toEqual([]);
    // months in lower case after "between" are a time, no side
    expect(agreements('The loans were signed between july 1984 and january 1985.')).toEqual([]);
  });

  it('reads "executed" an agreement as signed it, and "its board" as the company that says so (Reuters "its board executed a merger agreement with the <Bank of Sissonville>")', () => {
    expect(agreements('Epsilon Data Management Inc said it had executed a new revolving credit and term loan agreement with the Shawmut Bank N.A.')).toEqual([
      { kind: 'credit and term loan agreement', status: 'signed', parties: ['Epsilon Data Management Inc', 'Shawmut Bank N.A.'], purpose: null },
    ]);
    expect(agreements('Wesbanco Inc said its board executed a merger agreement with the Bank of Sissonville.').map((a) => a.parties)).toEqual([['Wesbanco Inc', 'Bank of Sissonville']]);
    // an order executed is a trade
    expect(agreements('The broker executed buy orders for 2 mln shares of IBM.')).toEqual([]);
  });

  it('reads the company a purchase is made from when the purpose names the purchase ("a letter of intent covering Camco\'s purchase from Baker International Corp of ...", Reuters)', () => {
    expect(agreements("Pearson Plc said Camco Inc, its 65.4 pct owned U.S. oil and oil services subsidiary, signed a letter of intent covering Camco's purchase from Baker International Corp of substantially all the business of Reed Tool Co.").map((a) => a.parties)).toEqual([['Camco Inc', 'Baker International Corp']]);
    expect(agreements('Camco Inc signed a letter of intent for the purchase of Reed Tool Co from Baker International Corp last week.').map((a) => a.parties)).toEqual([['Camco Inc', 'Reed Tool Co', 'Baker International Corp']]);
    // or what is acquired, from whom, also a name in wire brackets (Reuters)
    expect(agreements('Conseco Inc said it has signed a definitive agreement to acquire Western National Life Insurance Co from Beneficial Corp for 275 mln dlrs.').map((a) => a.parties)).toEqual([['Conseco Inc', 'Western National Life Insurance Co', 'Beneficial Corp']]);
    const transamerica = 'Transamerica Insurance Group said it signed a definitive agreement to acquire a newly-formed insurer, Commerical Risk Underwriters Insurance Co, from <Clarendon Group Ltd>.';
    expect(agreements(transamerica).map((a) => a.parties)).toEqual([['Transamerica Insurance Group', 'Commerical Risk Underwriters Insurance Co', 'Clarendon Group Ltd']]);
    expect(agreements('Energy Factors Inc said it has signed an agreement to acquire GWF Power Systems Co and Combustion Power Co Inc from Allied-Signal Inc for undisclosed terms.').map((a) => a.parties)).toEqual([['Energy Factors Inc', 'GWF Power Systems Co', 'Combustion Power Co Inc', 'Allied-Signal Inc']]);
    // (a radio band is no company: "KVIL AM/FM")
    expect(agreements('Infinity Broadcasting Corp said it entered an agreement to acquire radio stations KVIL AM/FM from Sconninx Broadcasting Co for 82 mln dlrs.').map((a) => a.parties)).toEqual([['Infinity Broadcasting Corp', 'Sconninx Broadcasting Co']]);
  });

  it('reads a list of sides a comma closes before the verb, with wire tickers, and "which" after a short form in brackets (Reuters)', () => {
    expect(agreements('The U.S. Postal Service said Unisys Corp <UIS>, Bell and Howell Co <BHW>, Recognition Equipment Inc <REC>, Toshiba and AEG, were awarded contracts for automating the mail sorting system.').map((a) => a.parties)).toEqual([['Unisys Corp', 'Bell and Howell Co', 'Recognition Equipment Inc', 'Toshiba', 'AEG']]);
    expect(agreements('They said the import would be financed by the Islamic Development Bank (IDB) which signed an agreement with Pakistan earlier this week in Jeddah.').map((a) => a.parties)).toEqual([['Islamic Development Bank', 'Pakistan']]);
  });

  it('reads the name a predicate is said of as the side that signed ("Egypt is the only Arab country which has signed", Reuters), not the predicate\'s noun', () => {
    expect(agreements('Egypt is the only Arab country which has signed a peace treaty with Israel.').map((a) => a.parties)).toEqual([['Egypt', 'Israel']]);
    expect(agreements('Exxon was the only company which signed a contract with Libya.').map((a) => a.parties)).toEqual([['Exxon', 'Libya']]);
    expect(agreements('Kazakhstan became one of the first countries that signed the agreement with Japan.').map((a) => a.parties)).toEqual([['Kazakhstan', 'Japan']]);
    // (not one of a kind: the phrase, as written)
    expect(agreements('The buyer was a bank which signed the loan agreement with Exxon.').map((a) => a.parties)).toEqual([['a bank', 'Exxon']]);
  });

  it('reads a group two demonyms describe as written, whatever it is ("with British and German interests", Reuters)', () => {
    expect(agreements('Kenya has signed an agreement with British and German interests to establish a shipping line.').map((a) => a.parties)).toEqual([['Kenya', 'British and German interests']]);
    expect(agreements('Iraq signed a contract with Turkish contractors to build a pipeline.').map((a) => a.parties)).toEqual([['Iraq', 'Turkish contractors']]);
  });

  it('reads "the company\'s X unit ... signed the contract" as the contract reported before, signed by a unit of its side (Reuters)', () => {
    const text = "BMC Industries Inc said its West German subsidiary has received a contract valued at about eight mln dlrs from the Soviet Union to supply engineering and manufacturing services to build a television parts plant. The company's Precision Etched Products unit in Muellheim, West Germany, signed the contract to provide services that will enable the Soviets to build a plant, it said.";
    expect(agreements(text).map((a) => a.parties)).toEqual([['BMC Industries Inc', 'Soviet Union']]);
  });

  it('reads a signer with a title in lower case between the country and the name as signing for the country ("US trade representative Robert Zoellick", "Chinese premier Wen Jiabao")', () => {
    const sides = (text: string) => docOf(text).agreements.map((a) => a.parties.map((p) => `${p.name}/${p.signatory?.name ?? ''}`));
    expect(sides('US trade representative Robert Zoellick and Japanese trade minister Shoichi Nakagawa signed a framework agreement in Geneva on Monday.')).toEqual([['US/Robert Zoellick', 'Japan/Shoichi Nakagawa']]);
    expect(sides('Chinese premier Wen Jiabao and Indian prime minister Manmohan Singh signed a deal on Monday.')).toEqual([['China/Wen Jiabao', 'India/Manmohan Singh']]);
  });

  it('leaves how long an agreement was coming out of its kind ("a long-delayed free trade agreement", "its previously-announced agreement"), and reads no verb in the compound', () => {
    expect(agreements('The European Union and Mercosur signed a long-delayed free trade agreement in Montevideo on Friday.')).toEqual([
      { kind: 'free trade agreement', status: 'signed', parties: ['European Union', 'Mercosur'], purpose: null },
    ]);
    expect(agreements('BellSouth Corp said it completed its previously-announced agreement to acquire Dataserv Inc for an exchange of shares.')).toEqual([
      { kind: 'agreement', status: 'concluded', parties: ['BellSouth Corp', 'Dataserv Inc'], purpose: 'to acquire Dataserv Inc for an exchange of shares' },
    ]);
    expect(agreements('Commodore said the deals join a similar previously-announced agreement with Bally Manufacturing Corp.').map((a) => a.status)).not.toContain('agreed');
  });

  it('reads no signed text in what the parties said something in ("the two carriers said in a joint statement")', () => {
    expect(agreements('Qantas Airways and Japan Airlines also signed a codeshare agreement covering flights between Sydney and Tokyo, the two carriers said in a joint statement.').map((a) => a.kind)).toEqual(['codeshare agreement']);
    expect(agreements('Putin and Xi signed a joint statement on deepening their partnership.').map((a) => a.kind)).toEqual(['joint statement']);
  });

  it('ends the purpose before a longer speaker with no verb of its own (", Japanese Prime Minister Shinzo Abe and his Australian counterpart Tony Abbott said after talks in Tokyo")', () => {
    expect(agreements('Japan and Australia signed an economic partnership agreement on Tuesday that will cut tariffs on beef and cars, Japanese Prime Minister Shinzo Abe and his Australian counterpart Tony Abbott said after talks in Tokyo.')).toEqual([
      { kind: 'economic partnership agreement', status: 'signed', parties: ['Japan', 'Australia'], purpose: 'that will cut tariffs on beef and cars' },
    ]);
  });

  it('reads no agreement in a kind of agreement ("the first such pact Japan has struck", "the credit risks inherent in such contracts")', () => {
    expect(agreements('The deal, the first such pact Japan has struck with a major agricultural exporter, was signed by Trade Minister Andrew Robb.')).toEqual([]);
    expect(agreements('The staff concluded, "The credit risks inherent in such contracts are high."')).toEqual([]);
  });

  it('reads a partnership expanded or deepened as one concluded or agreed ("agreed last month to expand their codeshare partnership"), not one only pledged', () => {
    expect(agreements('Kenya Airways and Delta Air Lines agreed last month to expand their codeshare partnership to 15 more routes.').map((a) => [a.kind, a.status, a.parties])).toEqual([
      ['codeshare partnership', 'agreed', ['Kenya Airways', 'Delta Air Lines']],
    ]);
    expect(agreements('Microsoft expanded its partnership with OpenAI on Monday.').map((a) => [a.kind, a.status, a.parties])).toEqual([['partnership', 'concluded', ['Microsoft', 'OpenAI']]]);
    expect(agreements('The two countries pledged to deepen their strategic partnership.')).toEqual([]);
    expect(agreements('Toyota expanded its order book.')).toEqual([]);
  });

  it('takes who signed for each side from the sentences after the agreement ("X signed for Kenya, while the bank\'s country director Y signed on its behalf", "by X on behalf of Kenya and Y on behalf of the World Bank", "and World Bank country director Y")', () => {
    expect(signed("The World Bank and the government of Kenya on Wednesday signed a $750 million financing agreement to support the country's budget. Treasury Cabinet Secretary Njuguna Ndung'u signed for Kenya, while the bank's country director Keith Hansen signed on its behalf.")).toEqual([
      ['World Bank (Keith Hansen)', "Kenya (Njuguna Ndung'u)"],
    ]);
    expect(signed("The World Bank and Kenya on Wednesday signed a $750 million financing agreement. The agreement was signed by Treasury Cabinet Secretary Njuguna Ndung'u on behalf of Kenya and country director Keith Hansen on behalf of the World Bank.")).toEqual([
      ['World Bank (Keith Hansen)', "Kenya (Njuguna Ndung'u)"],
    ]);
    // (and, after one "on behalf of", a second signer whose title names the body they sign for)
    expect(signed('The agreements were signed by Finance Minister Ali Khan on behalf of Kenya and World Bank country director Keith Hansen.')).toEqual([['Kenya (Ali Khan)', 'World Bank (Keith Hansen)']]);
    // (not one who signed for a side of no agreement reported)
    expect(signed('The World Bank and Kenya signed a financing agreement. Last year Keith Hansen signed for Uganda.')).toEqual([['World Bank', 'Kenya']]);
  });

  it('reads the body that reports a contract won, with no other side named, as the one that awarded it ("..., the Navy said"), not a news outlet', () => {
    expect(agreements('FMC Corp has received a 46.6 mln dlr contract for work on the MK-41 vertical launching system, the Navy said.').map((a) => a.parties)).toEqual([['FMC Corp', 'Navy']]);
    expect(agreements('Aker Verdal has been awarded a contract for the engineering of the steel jacket for the wellhead platform, Statoil said.').map((a) => a.parties)).toEqual([['Aker Verdal', 'Statoil']]);
    expect(agreements('Beijing Electric has won a contract to build a power plant, the China Daily said.').map((a) => a.parties)).toEqual([['Beijing Electric']]);
    // (a side named already: the reporter adds none)
    expect(agreements('Boeing Co has received a 20 mln dlr contract from the Air Force, the Defense Department said.').map((a) => a.parties)).toEqual([['Boeing Co', 'Air Force']]);
  });

  it('reads the company the signer or its unit merges with under the terms ("under which its ... unit will merge with <Second National Bank of Masontown>")', () => {
    expect(agreements('Union National Corp said it signed a definitive agreement under which its First National Bank and Trust Co of Washington unit will merge with <Second National Bank of Masontown>.').map((a) => a.parties)).toEqual([
      ['Union National Corp', 'Second National Bank of Masontown'],
    ]);
  });

  it('reads the sides "their representatives" signed for from the sentence\'s subject ("Angola and Uruguay have established diplomatic relations ..., according to a joint communique signed by their U.N. representatives")', () => {
    const rows = docOf('Angola and Uruguay have established diplomatic relations at the ambassadorial level, according to a joint communique signed by their U.N. representatives and circulated here today.').agreements;
    expect(rows.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([['joint communique', ['Angola', 'Uruguay']]]);
    expect(rows[0].evidence.text).toMatch(/^Angola and Uruguay/);
  });

  it('ends the purpose before the end of the meeting it was signed at ("at the end of the 12th Joint Ministerial Commission meeting"), not before the end of a month the purpose names', () => {
    expect(agreements('Ethiopia and Djibouti on Sunday signed seven agreements on trade, energy, transport and security at the end of the 12th Joint Ministerial Commission meeting held in Addis Ababa.').map((a) => a.purpose)).toEqual(['trade, energy, transport and security']);
    expect(agreements('Genex Corp said it signed an employment agreement with a senior executive to become president of Genex at the end of March.').map((a) => a.purpose)).toEqual(['to become president of Genex at the end of March']);
  });

  it('reads a list, what it is called between dashes, and one more added by "plus" as the subject ("... France and Britain -- the Group of Five -- plus Canada signed")', () => {
    expect(agreements('The United States, Japan, West Germany, France and Britain -- the Group of Five -- plus Canada signed the Louvre accord in Paris last month.').map((a) => a.parties)).toEqual([
      ['United States', 'Japan', 'West Germany', 'France', 'Britain', 'Canada'],
    ]);
  });

  it('reads no agreement in what the main verb after a participle\'s clause takes as its object ("The deal, agreed with the Commission after talks in Windsor, replaces the old contract")', () => {
    expect(agreements('The deal, agreed with the Commission after talks in Windsor, replaces the old contract.').map((a) => a.kind)).toEqual(['deal']);
    expect(agreements('The new framework, agreed with the Commission after talks in Windsor, replaces the Northern Ireland Protocol.')).toEqual([]);
  });

  it('leaves "equivalent" after an amount out of the kind ("a 40 billion Euroyen equivalent loan")', () => {
    expect(agreements('The Bulgarian Foreign Trade Bank has signed with a group of Japanese banks a 40 billion Euroyen equivalent loan.').map((a) => a.kind)).toEqual(['loan']);
  });

  it('reads what two named sides agreed to do as the agreement named "the accord" within the next two sentences ("Indonesia and Malaysia agreed on Monday to cut palm oil exports ... The accord, reached after ..."), not what "they" agreed or one named later', () => {
    const rows = docOf('Indonesia and Malaysia agreed on Monday to cut palm oil exports by 10 pct in the second half of the year, the two countries\' trade ministers said in a joint communique after a two-day meeting in Kuala Lumpur. The accord, reached after months of pressure from growers, will be reviewed in September.', '1987-06-15').agreements;
    expect(rows.map((a) => [a.kind, a.status, a.parties.map((p) => p.name), a.purpose, a.date?.value])).toEqual([
      ['accord', 'agreed', ['Indonesia', 'Malaysia'], 'to cut palm oil exports by 10 pct in the second half of the year', '1987-06-15'],
    ]);
    expect(agreements('Turkey and Greece agreed to hold talks. Prices fell. Oil rose. Gold slipped. Traders said the accord was fragile.')).toEqual([]);
    expect(agreements('The airlines were warned. Later they agreed to change practices. The accord was welcomed.')).toEqual([]);
  });

  it('reads where a visit went past who made it ("during a visit by Vladimir Putin to New Delhi", "by Prime Minister Narendra Modi to Kathmandu")', () => {
    const place = (text: string) => docOf(text).agreements.map((a) => a.place?.name ?? null);
    expect(place('India and Russia signed a defence pact during a visit by Vladimir Putin to New Delhi.')).toEqual(['New Delhi']);
    expect(place('Nepal and India signed three agreements during a visit by Prime Minister Narendra Modi to Kathmandu on Friday.')).toEqual(['Kathmandu']);
  });

  it('reads a second object of the verb after the first one\'s participle clause ("signed a supply agreement with Livent Corp ..., starting in 2025, and a memorandum with Glencore")', () => {
    expect(agreements('GM also signed a supply agreement with Livent Corp for lithium hydroxide, starting in 2025, and a memorandum with Glencore for cobalt from Australia.').map((a) => [a.kind, a.parties])).toEqual([
      ['supply agreement', ['GM', 'Livent Corp']],
      ['memorandum', ['GM', 'Glencore']],
    ]);
  });

  it('dates and places one of the documents signed together as the signing of them all ("signed nine agreements in New Delhi on Monday. Among them was ...")', () => {
    const rows = docOf('India and Russia signed nine agreements in New Delhi on Monday. Among them was a memorandum of understanding on cooperation in the oil and gas sector between ONGC Videsh and Sistema.', '2005-03-22').agreements;
    expect(rows.map((a) => [a.kind, a.date?.value, a.place?.name])).toEqual([
      ['agreement', '2005-03-21', 'New Delhi'],
      ['memorandum of understanding', '2005-03-21', 'New Delhi'],
    ]);
  });

  it('reads a side "led by" or "headed by" a person as the side, with that person its signatory (Reuters "Mexican officials, led by Finance Minister Gustavo Petricioli, signed")', () => {
    const sides = (text: string) => docOf(text).agreements.map((a) => a.parties.map((p) => `${p.name}${p.signatory ? ` (${p.signatory.name})` : ''}`));
    expect(sides('Mexican officials, led by Finance Minister Gustavo Petricioli, signed a 100 mln dlr loan with the Inter-American Development Bank to help finance the promotion of foreign tourism.')).toEqual([['Mexico (Gustavo Petricioli)', 'Inter-American Development Bank']]);
    expect(sides('A visiting Ghanaian delegation, headed by Foreign Minister Obed Asamoah, signed an agreement with Iran.')).toEqual([['Ghana (Obed Asamoah)', 'Iran']]);
    expect(sides('A Mexican delegation signed an agreement with Iran.')).toEqual([['Mexico', 'Iran']]);
    // a company led by a person is named as the company already
    expect(sides('A consortium led by Sino Land signed a contract with the government.')).toEqual([['Sino Land', 'the government']]);
  });

  it('reads a leader named beside "his Japanese counterpart" as the other country an earlier agreement pairs with Japan (BBC "Prime Minister Rishi Sunak and his Japanese counterpart Fumio Kishida signed")', () => {
    const text = 'The UK and Japan have signed a defence agreement that will allow the two countries to deploy forces on each other\'s soil. Prime Minister Rishi Sunak and his Japanese counterpart Fumio Kishida signed the Reciprocal Access Agreement at the Tower of London on Wednesday evening.';
    const rows = docOf(text).agreements;
    expect(rows.map((a) => a.parties.map((p) => `${p.name}${p.signatory ? ` (${p.signatory.name})` : ''}`))).toEqual([['UK', 'Japan'], ['UK (Rishi Sunak)', 'Japan (Fumio Kishida)']]);
    // with no earlier agreement between two countries, the leader stays as named
    expect(docOf(text.replace(/^.*?soil\. /, '')).agreements.map((a) => a.parties.map((p) => p.name))).toEqual([['Rishi Sunak', 'Japan']]);
  });

  it('reads a signing place after "the" ("at the Tower of London", "in the Netherlands"), not a place naming a plant', () => {
    expect(docOf('Britain and Japan signed a defence pact at the Tower of London on Wednesday.').agreements[0].place?.name).toBe('Tower of London');
    expect(docOf('Britain and Japan signed a defence pact in the Netherlands on Wednesday.').agreements[0].place?.name).toBe('Netherlands');
    expect(docOf('China and Kenya signed the deal at the Great Hall of the People in Beijing.').agreements[0].place?.name).toBe('Great Hall of the People');
    expect(docOf('The company said the agreement reached with Local 998 at the Oklahoma City tire plant was rejected.').agreements[0].place).toBeNull();
    expect(docOf('Ghana will import crude oil from Iran under an agreement reached in Tehran today.').agreements[0].place?.name).toBe('Tehran');
  });

  it('reads the bank whose president signs by its clipped name ("Ex-Im President Takashi Tanaka", Reuters 3523)', () => {
    const rows = docOf("Indonesia signed an agreement to borrow up to 150 billion yen in an untied yen loan from Japan's governmental Export-Import Bank, a bank spokesman said.\n    The accord on the loan for Indonesia's 21 development projects was signed by the visiting Indonesian Finance Minister\nRadius Prawiro and Ex-Im President Takashi Tanaka, the spokesman said.").agreements;
    expect(rows.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]))).toEqual([
      [['Indonesia', 'Radius Prawiro'], ['Export-Import Bank', 'Takashi Tanaka']],
      [['Indonesia', 'Radius Prawiro'], ['Export-Import Bank', 'Takashi Tanaka']],
    ]);
  });

  it('reads a commissioner who signs as the body of the title in apposition to his name (Reuters 11352)', () => {
    const rows = docOf('Willy de Clercq, External Relations Commissioner of the European Communities, told a news conference.\n    During his visit, De Clercq has met top Chinese leaders and today signed an agreement to open a European Community\nCommission office in Peking.').agreements;
    expect(rows.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]))).toEqual([[['European Communities', 'Willy de Clercq']]]);
  });

  it('reads the body of a role in apposition before the verb as the side, the person who holds it its signatory', () => {
    const sides = (text: string) => docOf(text).agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name ?? null]));
    expect(sides('Akinwumi Adesina, President of the African Development Bank, signed an agreement with Kenya on Monday.')).toEqual([
      [['African Development Bank', 'Akinwumi Adesina'], ['Kenya', null]],
    ]);
    expect(sides('John Smith, chief executive of Acme Corp, signed an agreement with Beta Inc on Monday.')).toEqual([[['Acme Corp', 'John Smith'], ['Beta Inc', null]]]);
    // a description of the company, not a person's role: no signatory
    expect(sides('Analysts said Acme Corp, the maker of widgets, signed an agreement with Beta Inc on Monday.')).toEqual([[['Acme Corp', null], ['Beta Inc', null]]]);
  });

  it('reads who the purpose has do it, a name no rule typed or each of a list, past where each is from (Reuters 4195, 19366)', () => {
    expect(agreements('MarkitStar Inc said it has signed an agreement for Orimedia of Paris to become a sales representative for MarkitStar products.').map((a) => a.parties)).toEqual([['MarkitStar Inc', 'Orimedia']]);
    expect(agreements('Rapitech Systems Inc said it has signed agreements for Alpha Corp of the Netherlands and Sages Group of France to represent its line.').map((a) => [a.parties, a.purpose])).toEqual([[['Rapitech Systems Inc', 'Alpha Corp', 'Sages Group'], 'to represent its line']]);
    // a name not followed by what it is to do names no doer
    expect(agreements('MarkitStar Inc said it has signed an agreement for Orimedia products.').map((a) => a.parties)).toEqual([['MarkitStar Inc']]);
  });

  it('reads a body described, not named, as the second side after "between X and" (Reuters 8239)', () => {
    const nigeria = agreements('Agreement also was reached in December between Nigeria and a\nsteering committee representing the commercial banks.');
    expect(nigeria.map((a) => a.parties)).toEqual([['Nigeria', 'a steering committee']]);
    // (whom the committee represents is no purpose of the agreement)
    expect(nigeria[0].purpose).toBeNull();
    expect(agreements('An agreement was reached between Nigeria and its bank advisory committee.').map((a) => a.parties)).toEqual([['Nigeria', 'its bank advisory committee']]);
    // not a description of something else: "between Nigeria and a new round of talks"
    expect(agreements('An agreement was reached between Nigeria and a new round of talks began.').map((a) => a.parties)).toEqual([['Nigeria']]);
  });

  it('ends a side written as a phrase before "such as" and its examples (Reuters 6429)', () => {
    expect(agreements('Lord Cockfield said contracts awarded by state-owned utilities such as\ntelecommunications, transport, energy and water would be opened.').map((a) => a.parties)).toEqual([['state-owned utilities']]);
  });

  it('reads a buyer no name was given for after "to be acquired by", also past what is acquired (Reuters 17835), and the company behind funds or an affiliate that buys', () => {
    expect(agreements('Liberty Savings Bank said it has signed a definitive agreement to be acquired by an investor group led by William Landa.').map((a) => a.parties)).toEqual([['Liberty Savings Bank', 'an investor group']]);
    expect(agreements('Financial Security Savings and Loan Association said it signed a letter of intent for a controlling interest to be acquired by an investor group led by South Florida developer William Landa.').map((a) => a.parties)).toEqual([
      ['Financial Security Savings and Loan Association', 'an investor group'],
    ]);
    // (a company behind the funds or the affiliate that buys, as press releases name it)
    const helix = 'Acme Robotics, Inc. (NASDAQ: ACMR), a leading provider of warehouse automation systems, today announced that it has entered into a definitive agreement to be acquired by funds managed by Helix Capital Partners in an all-cash transaction.';
    expect(agreements(helix).map((a) => a.parties)).toEqual([['Acme Robotics, Inc.', 'Helix Capital Partners']]);
    expect(agreements('Beta Corp said it signed a merger agreement to be acquired by an affiliate of Apollo Global Management Inc for 5 billion dlrs.').map((a) => a.parties)).toEqual([['Beta Corp', 'Apollo Global Management Inc']]);
  });

  it('reads a unit described after a company whose name holds a possessive (Reuters 14090)', () => {
    expect(agreements("Melridge Inc said its 50 pct owned Conroy's Inc subsidiarey, which franchises flower shops, has entered into an agreement with Public Storage Inc.").map((a) => a.parties)).toEqual([
      ["Conroy's Inc subsidiarey", 'Public Storage Inc.'],
    ]);
  });
it('ends a passive party phrase at a second "by" that names nobody', () => {
  // Reuters 19367
  const out = agreements('He described the present accord as a model for commodity agreements due to its being signed by nearly all producing and consuming countries and by virtue of its review systems and control over buffer stock management.');
  expect(out.map((a) => a.parties)).toEqual([['nearly all producing and consuming countries']]);
});
it('reads "the Commonwealth of Massachusetts" after "and" as the state, a further side', () => {
  // Reuters 1632
  const out = agreements('AVX Corp said it has entered a two mln dlr settlement with the U.S. government and the Commonwealth of Massachusetts to pay for damage claims against the company.');
  expect(out.map((a) => a.parties)).toEqual([['AVX Corp', 'U.S.', 'Massachusetts']]);
});
it('ends a described party before a clause\'s subject pronoun ("from a Japanese advertising agency it did not name")', () => {
  // Reuters 16534
  const out = agreements('Airship Industries Ltd said it has received a six mln stg contract from a Japanese advertising agency it did not name for a 12-month lease of one of its airships.');
  expect(out.map((a) => a.parties)).toEqual([['Airship Industries Ltd', 'a Japanese advertising agency']]);
});
it('reads names between commas after a plural noun as who the plural means ("two small companies ..., Global and Flumar, struck")', () => {
  // Reuters 4953
  const out = agreements('Yesterday two small companies specialised in the transport of chemicals, Global and Flumar, struck a pay accord with their seamen who have secured a 120 pct increase.');
  expect(out.map((a) => a.parties)).toEqual([['Global', 'Flumar', 'their seamen']]);
});
it('reads to whom a contract is awarded when the party is described ("awarded contracts to five U.S. Companies for seven shipments")', () => {
  // Reuters 10319, 17645
  expect(agreements('The joint committee of Taiwan\'s maize importers awarded contracts to five U.S. Companies for seven shipments totalling 340,000 tonnes of maize, a committee official said.').map((a) => a.parties)).toEqual([["Taiwan's maize importers", 'five U.S. Companies']]);
  // (not what the contract is to do: "awarded a contract to Richco Grain Ltd of New York to supply a cargo of U.S. Soybeans")
  expect(agreements('The joint committee of Taiwan\'s soybean importers awarded a contract to Richco Grain Ltd of New York to supply a 27,000-tonne cargo of U.S. Soybeans.').map((a) => a.parties)).toEqual([["Taiwan's soybean importers", 'Richco Grain Ltd']]);
});

  it('reads "they" after a plural subject that said so ("The two companies announced ... that they had signed", "The companies said last week they") as the two it stands for', () => {
    expect(partiesOf('Graphics Industries Inc said it terminated negotiations for the acquisition of <Holladay-Tyler\nPrinting Corp>, Rockville, Md.\n    The companies on March 10 announced that they had signed an\nagreement in principle for the acquisition.')).toEqual([['Graphics Industries Inc', 'Holladay-Tyler Printing Corp']]);
    // (not the unit one of them would sell)
    expect(partiesOf('Maxicare Health Plans Inc  said\nit ended negotiations to sell Maxicare Alabama L.P. to\n(Complete Health Inc).\n    The companies said last week they had reached agreement in\nprinciple for Complete Health to purchase the health\nmaintenance organization, the largest in Alabama.')).toEqual([['Maxicare Health Plans Inc', 'Complete Health Inc']]);
    // (past the owner's ticker: "Chevron Corp's <CHV> <Chevron Petroleum (U.K.) Ltd>" is the side, not Chevron Corp)
    expect(partiesOf("Chevron Corp's <CHV> <Chevron Petroleum\n(U.K.) Ltd> said it sold interests in two North Sea blocks and\npart of a third block to <Midland and Scottish Resources Ltd>.\n    The two firms said they have signed an agreement which\ntransfers Chevron's interests.")).toEqual([['Chevron Petroleum (U.K.) Ltd', 'Midland and Scottish Resources Ltd']]);
    expect(partiesOf('Sandvik AB <SVIK.ST> and Belgian group\n<Diamant Boart SA> have completed preliminary negotiations on\nforming a joint venture which will combine their oil and gas\ndrilling tools activities, Diamant Boart said in a statement.\n    The two companies announced in January that they had signed\na letter of intent to form a venture in which each would have\nequal stakes.')).toEqual([['Sandvik AB', 'Diamant Boart SA']]);
  });

  it('reads the customer of a purpose past a list of what is supplied ("to provide operations, maintenance and test support to the U.S. Air Force Weapons Laboratory")', () => {
    expect(partiesOf('BDM International Inc said it has received a 26.7 mln dlr contract to provide operations, maintenance and test support to the U.S. Air Force Weapons Laboratory Nuclear Simulator Test Facilities at Kirtland Air Force Base in Albuquerque, N.M.')).toEqual([['BDM International Inc', 'U.S. Air Force Weapons Laboratory Nuclear Simulator Test Facilities']]);
    // (not past a comma that ends what is supplied: the "to" after it is another purpose's)
    expect(partiesOf('Acme Corp said it has received a 20 mln dlr contract to supply spare parts, according to Boeing Co.')).toEqual([['Acme Corp']]);
  });

  it('splits a described list of names at the "and" between them, not at one inside a name ("with underwriters R.F. Lafferty and Co Inc and S.J. Bayern and Co Inc")', () => {
    expect(partiesOf('Integrated Generics Inc said its\nwholly-owned A.N.D.A. Development corp Subsidiary has signed a\nletter of intent with underwriters R.F. Lafferty and Co Inc and\nS.J. Bayern and Co Inc to raise three mln dlrs through a unit\noffering.')[0].slice(1)).toEqual(['R.F. Lafferty and Co Inc', 'S.J. Bayern and Co Inc']);
  });

  it('reads "its advanced products and electronics division" as a unit of the company that said so, though what it does joins two things with "and"', () => {
    expect(partiesOf('Tokheim Corp said its advanced\nproducts and electronics division has reached a four-year\nmanufacturing and marketing agreement with <TechVend>, a New\nJersey-based corporation.')).toEqual([['Tokheim Corp', 'TechVend']]);
  });

  it('reads a country a sale\'s purpose sells to as its buyer ("an agreement to sell 500 mini passenger cars to Hungary"), not a country before what it owns', () => {
    expect(partiesOf('India today signed an agreement to\nsell 500 mini passenger cars to Hungary, its first export\ncontract for cars, an industry ministry spokesman told Reuters.')).toEqual([['India', 'Hungary']]);
    expect(partiesOf('Canada signed an agreement to sell 500,000 tonnes of wheat to China\'s state grain company.')).toEqual([['Canada']]);
  });

  it('reads the side an agreement named only with its other side leaves out from the rest of the sentence or the one before', () => {
    // the company the sentence opens with, past the country whose it is, when the agreement is what it acts under
    expect(partiesOf("India's state-owned Oil India Ltd\n(OIL) said it received a 3.5 billion yen credit under an\nagreement signed with Dai Ichi Kangyo Bank of Tokyo last week.")).toEqual([['Oil India Ltd', 'Dai Ichi Kangyo Bank of Tokyo']]);
    // or in line with
    expect(partiesOf('Tanzania has devalued the shilling more than 65 pct in less than a year and has started to overhaul inefficient government firms in line with a package agreed with the IMF.')).toEqual([['Tanzania', 'International Monetary Fund']]);
    // "it" in a relative clause, past "in principle" and an adverb; the company that said "it" at the start of the sentence before
    expect(partiesOf('Elsinore Corp said it has guaranteed the payment of the bonds.\nThe interest payment is being made in line with the terms of a\npreviously announced agreement in principle it reached with an\nunofficial committee of senior bondholders.')).toEqual([['Elsinore Corp', 'an unofficial committee of senior bondholders']]);
    expect(partiesOf('Photronics Corp said it has\nreceived two mln dlrs in contracts from General Dynamics corp\nfor continued production of mirror assemblies for the Stinger-Post missile.\n    It said it signed an agreement with <Zenith Capital Inc> for the rights.')[1]).toEqual(['Photronics Corp', 'Zenith Capital Inc']);
  });

  it('reads "they" after a pair whose first name has an apposition or is a unit ("Dillard Department Stores Inc, based in Little Rock, Ark., and Allied Stores Corp jointly said they")', () => {
    expect(partiesOf("Dillard Department Stores Inc, based\nin Little Rock, Ark., and Allied Stores Corp jointly said they\nentered a definitive purchase agreement for the sale to Dillard\nof the Joske's and the Cain-Sloan divisions of Allied for 255\nmln dlrs cash, subject to certain closing adjustments.")).toEqual([['Dillard Department Stores Inc', 'Allied Stores Corp']]);
    // (or a unit, named before the word: "GTE Corp's GTE EFT Services Inc unit and Indiana National Corp said they")
    expect(partiesOf("GTE Corp's GTE EFT Services Inc\nunit and Indiana National Corp said they have signed an\nagreement where GTE will provide electronic funds transfer\nswitching services for Indiana National's networks.")).toEqual([['GTE EFT Services Inc', 'Indiana National Corp']]);
  });

  it('reads whose business a purpose to assume it names as the other side ("a letter of intent to assume <Liberty Life Insurance Co\'s> group insurance business")', () => {
    expect(partiesOf("Protective Life Corp said it has signed a letter of intent to assume <Liberty Life Insurance\nCo's> group insurance business.")).toEqual([['Protective Life Corp', 'Liberty Life Insurance Co']]);
  });

  it('reads whose rig or plant a contract\'s work is on as its other side ("a contract to convert Statoil\'s semisubmersible rig West Vision")', () => {
    expect(partiesOf("Kvaerner Industrier A/S won a 1.2 billion crown contract to convert Statoil's semisubmersible rig West Vision to a floating production platform.")).toEqual([['Kvaerner Industrier A/S', 'Statoil']]);
  });

  it('reads the company a sentence opens with as the side of agreements it acts under without an article ("will provide technical services under agreements signed with QTELC")', () => {
    expect(partiesOf('Cable and Wireless, which has operated in Qatar since 1951, will second expert staff and provide technical and computer services under agreements signed with QTELC.')).toEqual([['Cable and Wireless', 'QTELC']]);
  });

  it('reads the company a sentence opens with as the side of an agreement signed with another that it implements or submits, past the country and what it is ("Yugoslavia\'s top oil and natural gas producer <Ina-Naftaplin> has started to implement a cooperation contract signed last year with ...")', () => {
    expect(partiesOf("Yugoslavia's top oil and natural gas producer <Ina-Naftaplin> has started to implement a cooperation contract signed last year with the French petrochemical concern <Petro Chemie>, the official Tanjug news agency said.")).toEqual([['Ina-Naftaplin', 'Petro Chemie']]);
    expect(partiesOf('E-tron Corp said it will submit a settlement agreement reached with its former president to the bankruptcy court for approval.')).toEqual([['E-tron Corp', 'its former president']]);
  });

  it('reads the company after an opening phrase and its comma as the side of an agreement it acts in line with ("Despite the furore, Fujitsu will proceed ... in line with the basic agreement reached with Schlumberger")', () => {
    expect(partiesOf('Despite the furore, Fujitsu will proceed with talks on the acquisition in line with the basic agreement reached with Schlumberger last year, a Fujitsu spokeswoman told Reuters.')).toEqual([['Fujitsu', 'Schlumberger']]);
  });

  it('reads the company that reports an agreement reached with another as its other side, when nothing else says who reached it ("..., it said", "..., the company said", "..., Acme Corp said")', () => {
    expect(partiesOf('Hoechst Celanese Corp said it would sell its polyester textile fiber business.\n    Hoechst Celanese was formed Feb 27 by the merger of\nCelanese Corp and American Hoechst Corp. The merger took place\nafter an agreement was reached with the Federal Trade\nCommission that certain domestic polyester textile fiber assets\nof the combined companies would be divested, it said.')).toEqual([['Hoechst Celanese Corp', 'Federal Trade Commission']]);
    expect(partiesOf('Acme Corp makes steel. An agreement was reached with the union on Friday, the company said.')).toEqual([['Acme Corp', 'the union']]);
    expect(partiesOf('A settlement was reached with the Federal Trade Commission, Acme Corp said.')).toEqual([['Acme Corp', 'Federal Trade Commission']]);
    // (or opening the sentence: "The company said ... the agreement reached with Local 998 ... had been rejected")
    expect(partiesOf('Firestone Tire and Rubber Co said it would keep its plants open.\n    The company said it was notified by the union March one that\nthe agreement reached with Local 998 at the Oklahoma City tire\nplant had been rejected by union members at the other plants.')).toEqual([['Firestone Tire and Rubber Co', 'Local 998']]);
    // (not in an article about a country: "it" is the country's)
    expect(partiesOf('Japan wants lower tariffs. An agreement was reached with the Federal Trade Commission, it said.')).toEqual([['Federal Trade Commission']]);
  });

  it('finds who gave a contract past its worth and how long it runs ("worth 330 mln crowns over four years from General Electric Co")', () => {
    expect(partiesOf("Sweden's AB Volvo <VOLV.ST> said its\nsubsidiary Volvo Flygmotor had won a contract worth 330 mln\ncrowns over four years from General Electric Co <GE.N> to\nsupply flight engine components.")).toEqual([['Volvo Flygmotor', 'General Electric Co']]);
  });

  it('finds who announced, listed or disclosed an agreement reached with another as its side ("in which it listed several agreements reached with Baird"), past a name that only modifies a noun ("another SEC filing")', () => {
    expect(partiesOf('Mark IV Industries Inc <IV>, which\nhas said it may consider a bid to seek control of Baird Corp,\nsaid Baird has not agreed to hold off on any defensive measures.\n    In a filing with the Securities and Exchange Commission,\nMark IV corrected a statement it made yesterday in another SEC\nfiling in which it listed several agreements reached with\nBaird, including that Baird would not take any anti-takeover\nsteps.')).toEqual([['Mark IV Industries Inc', 'Baird Corp']]);
    expect(partiesOf('Mark IV Industries Inc announced an agreement reached with Baird Corp.')).toEqual([['Mark IV Industries Inc', 'Baird Corp.']]);
    expect(partiesOf('Mark IV Industries Inc disclosed an agreement signed with Baird Corp.')).toEqual([['Mark IV Industries Inc', 'Baird Corp.']]);
  });

  it('resolves "it" to a unit named before its descriptor ("Textron Inc\'s Avco Lycoming Textron\\nsubsidiary said it finalized"), not to its owner', () => {
    expect(partiesOf("Textron Inc's Avco Lycoming Textron\nsubsidiary said it finalized a 1.4 billion dlr five-year\ncontract with the U.S. Army for M1 Abrams main battle tank gas\nturbine engines.")).toEqual([['Avco Lycoming Textron', 'U.S. Army']]);
  });

  it('finds whom an agreement licenses or leases something to ("to license a smoking deterrent product to a unit of Pharmacia AB")', () => {
    const text = 'Advanced Tobacco Products Inc said it signed a letter of intent to license a smoking deterrent product to a unit of Pharmacia AB <PHABY> of Sweden.';
    expect(docOf(text).agreements.map((a) => a.parties.map((p) => `${p.name} (${p.role})`))).toEqual([['Advanced Tobacco Products Inc (subject)', 'Pharmacia AB (licensee in purpose)']]);
    expect(partiesOf('Acme Corp signed an agreement to lease two rigs to Statoil.')).toEqual([['Acme Corp', 'Statoil']]);
  });

  it('reads "protocols of intent" as one agreement noun, so what they are for names the other side ("to set up joint ventures with the Soviet Union")', () => {
    expect(agreements('French state-owned aluminium and special metals group Pechiney said it has signed two protocols of intent to set up joint ventures with the Soviet Union.')).toEqual([
      { kind: 'protocol of intent', status: 'signed', parties: ['Pechiney', 'Soviet Union'], purpose: 'to set up joint ventures with the Soviet Union' },
    ]);
  });

  it('finds the company a described noun stands beside as the subject of its relative clause ("Allegheny International Inc, the consumer products concern that today announced a merger agreement")', () => {
    expect(partiesOf('Allegheny International Inc, the consumer products concern that today announced a merger agreement with a First Boston Corp <FBC> affiliate in a deal worth about 500 mln dlrs, said it intends to divest more units.')).toEqual([['Allegheny International Inc', 'First Boston Corp']]);
  });

  it('reads "They" opening a sentence as the pair that acted in the sentence before ("Deere said it and GM began studying ... They signed a memorandum")', () => {
    expect(partiesOf('Deere and Co said it agreed with\nGeneral Motors Corp to discontinue negotiations.\n    Deere said it and GM began studying the feasibility of\nforming a diesel engine joint venture in March, 1985. They\nsigned a memorandum of understanding to combine the diesel\nengine operations of Deere and Detroit Diesel Allison in July\n1986.')).toEqual([['Deere and Co', 'General Motors Corp']]);
    // (not a pair no verb follows: places where something was done)
    expect(partiesOf('Utilicorp raised rates in Iowa, Minnesota and Kansas last year. They signed an agreement with Acme Corp on Monday.')).toEqual([['Utilicorp', 'Acme Corp']]);
  });

  it('reads whom a contract\'s purpose leases out to or pays, and the purpose past an adverb before the amount ("initially worth about 1,500,000 dlrs to supply")', () => {
    expect(partiesOf('Pacific Nuclear Systems Inc said it has received a contract to lease a nuclear packaging\nshipping cask to General Public Utilities <GPU>.')).toEqual([['Pacific Nuclear Systems Inc', 'General Public Utilities']]);
    expect(docOf('Pacific Nuclear Systems Inc said it has received a contract to lease a shipping cask to General Public Utilities <GPU>.').agreements[0].parties.map((p) => p.role)).toEqual(['subject', 'lessee in purpose']);
    expect(partiesOf('General Automation Inc said it has signed a definitive agreement to pay 4.5 mln dlrs to the Internal Revenue Service in taxes, interest and penalties.')).toEqual([['General Automation Inc', 'Internal Revenue Service']]);
    expect(partiesOf('Gull Inc said it has received a\ncontract initially worth about 1,500,000 dlrs to supply\nMcDonnell Douglas Corp with the control system for a new aircraft.')).toEqual([['Gull Inc', 'McDonnell Douglas Corp']]);
  });

  it('reads "in which" after an agreement as its terms, and the company that acts in them as the other side ("a merger agreement in which Chrysler will tender")', () => {
    const [a] = agreements('Chrysler Corp said Electrospace Systems\nInc agreed to be acquired under a merger agreement in which\nChrysler will tender 27 dlrs a share for 100 pct of the\nRichardson, Texas-based defense electronics contractor.');
    expect(a.parties).toEqual(['Electrospace Systems Inc', 'Chrysler Corp']);
    expect(a.purpose).toBe('in which Chrysler will tender 27 dlrs a share for 100 pct of the Richardson, Texas-based defense electronics contractor');
  });

  it('reads the seller an order is placed with past what is ordered ("placed orders for three ... ships with the state-owned <China Shipbuilding Corp>"), and McDonnell Douglas as a company', () => {
    expect(partiesOf('Liner shipping specialist <Evergreen Marine Corp> said it had doubled its capital to eight billion Taiwan dlrs since last August.\n    Evergreen has placed newbuilding orders for three 3,428-teu\n(twenty-foot equivalent unit) fully cellular container ships\nwith the state-owned <China Shipbuilding Corp> for delivery in\nlate 1988.')).toEqual([['Evergreen Marine Corp', 'China Shipbuilding Corp']]);
    expect(partiesOf('McDonnell Douglas said\nit signed a technical assistance agreement with the China Great\nWall Industries Co for possible use of its Payload Assist\nModule.')).toEqual([['McDonnell Douglas', 'China Great Wall Industries Co']]);
  });

  it('reads an order received to supply something or worth an amount ("received a 60 mln dlr order to provide CF6-80C2 engines", "orders totalling about 2.5 mln dlrs"), not one to stop production', () => {
    expect(agreements('General Electric Co said it has\nreceived a 60 mln dlr order to provide CF6-80C2 engines for\nthree <Airbus Industrie> A310-300 aircraft.').map((a) => [a.kind, a.parties, a.purpose])).toEqual([
      ['order', ['General Electric Co'], 'to provide CF6-80C2 engines for three <Airbus Industrie> A310-300 aircraft'],
    ]);
    expect(partiesOf('Orbit Instrument Corp said its\nunit, Orbit Semiconductor Inc, has received orders totalling\nabout 2.5 mln dlrs which puts its backlog at a record level.')).toEqual([['Orbit Semiconductor Inc']]);
    expect(partiesOf('Harlyn Products Inc said its Paramount Wedding Ring division has received an order of more than one mln dlrs from a major department store chain.')).toEqual([['Paramount Wedding Ring']]);
    expect(agreements('Acme Corp said it received an order to stop production from the regulator.')).toEqual([]);
  });

  it('reads "agreed with" a named side "to" do something as an agreement no noun names ("Airbus also agreed with the Chinese government to build ..."), not talks it ends or one not made', () => {
    expect(agreements('Airbus also agreed with the Chinese government to build a final assembly line for the A320 in Tianjin.')).toEqual([
      { kind: 'agreement', status: 'agreed', parties: ['Airbus', 'China'], purpose: 'to build a final assembly line for the A320 in Tianjin' },
    ]);
    expect(partiesOf('The CBOE and the Chicago Mercantile Exchange have agreed\nwith Morgan Stanley to trade options and futures on the capital\ninternational EAFE index.')).toEqual([['CBOE', 'Chicago Mercantile Exchange', 'Morgan Stanley']]);
    // named again later: the same agreement, which gains where it was signed
    const [a] = docOf('France had formally agreed with Gabon to reschedule bilateral unpaid debt. The agreement was signed in Paris.').agreements;
    expect([a.parties.map((p) => p.name), a.purpose, a.place?.name]).toEqual([['France', 'Gabon'], 'to reschedule bilateral unpaid debt', 'Paris']);
    expect(agreements('Deere and Co said it agreed with General Motors Corp to discontinue negotiations on a joint venture.')).toEqual([]);
    expect(agreements('Iran has not agreed with France to reschedule its debt.')).toEqual([]);
    expect(agreements('Analysts agreed with Salomon Brothers that prices would rise.')).toEqual([]);
  });

  it('reads a company a given name opens after what it is ("operator Oskar Mobil") as the one bought, and what was agreed past a semicolon in brackets', () => {
    const text = 'Vodafone has agreed to buy Czech mobile phone operator Oskar Mobil for 20 billion Czech crowns ($864m; £456m).\n\nThe UK firm said the acquisition would strengthen its position in central Europe.\n\nThe deal is expected to be completed in the summer.';
    expect(agreements(text)).toEqual([
      { kind: 'deal', status: 'agreed', parties: ['Vodafone', 'Oskar Mobil'], purpose: 'to buy Czech mobile phone operator Oskar Mobil for 20 billion Czech crowns ($864m; £456m)' },
    ]);
  });

  it('reads "the" and an agreement noun past its length or amount as the agreement just reported ("The 10-year contract, awarded by the NHS", "broke the five year agreement previously reached with Gull")', () => {
    const text = 'BT has won a £2.1bn contract to modernise IT systems in the NHS in London, the Department of Health said on Thursday.\nThe 10-year contract, awarded by the NHS\'s National Programme for IT, is one of the largest IT deals in Europe.';
    expect(partiesOf(text)).toEqual([['BT', 'NHS']]);
    expect(partiesOf('Gull Air said it reached a feeder agreement with Texas Air Corp in March 1986.\nThe company said Texas Air then broke the five year agreement previously reached with Gull.')).toEqual([['Gull Air', 'Texas Air Corp']]);
  });

  it('reads an agreement signed by the heads of the countries its sides belong to as the same agreement ("Brazil\'s state oil company Petrobras and Venezuela\'s PDVSA ... The memorandum was signed in Caracas by the presidents of the two countries")', () => {
    const text = 'Brazil\'s state oil company Petrobras and Venezuela\'s PDVSA have signed a memorandum of understanding to build an oil refinery.\nThe memorandum was signed in Caracas by the presidents of the two countries, Luiz Inacio Lula da Silva and Hugo Chavez.';
    expect(docOf(text).agreements.map((a) => [a.parties.map((p) => p.name), a.place?.name])).toEqual([[['Petrobras', 'PDVSA'], 'Caracas']]);
  });

  it('reads "the two carmakers" as the two companies named before it', () => {
    const text = 'Renault is to take a 36.8% stake in Nissan, after the two carmakers struck a deal worth $5.4bn on Saturday.';
    expect(partiesOf(text)).toEqual([['Renault', 'Nissan']]);
  });

  it('reads "The agreement was reached in X by ..." after what the same two sides agreed to do as that agreement, dated and placed, without the aside that ranks it', () => {
    const text = 'India and Pakistan have agreed to start a bus service across the ceasefire line in disputed Kashmir, the first such link in nearly 60 years.\nThe agreement was reached in Islamabad on Wednesday by Indian Foreign Minister Natwar Singh and his Pakistani counterpart, Khurshid Kasuri.';
    const rows = docOf(text, '2005-02-17').agreements;
    expect(rows.map((a) => [a.parties.map((p) => p.name), a.purpose, a.date?.text, a.place?.name])).toEqual([
      [['India', 'Pakistan'], 'to start a bus service across the ceasefire line in disputed Kashmir', 'Wednesday', 'Islamabad'],
    ]);
    expect(rows[0].parties[0].signatory?.name).toBe('Natwar Singh');
  });

  it('dates and places a sale agreed without an agreement noun by the sentence that names it "the deal" ("The deal was signed in London on Wednesday")', () => {
    const text = 'Ford Motor Company has agreed to sell its British luxury brands Jaguar and Land Rover to India\'s Tata Motors for $2.3 billion.\nThe deal was signed in London on Wednesday.';
    expect(docOf(text, '2008-03-26').agreements.map((a) => [a.parties.map((p) => p.name), a.date?.text, a.place?.name])).toEqual([[['Ford Motor Company', 'Tata Motors'], 'Wednesday', 'London']]);
  });

  it('reads a headline\'s "Germany\'s coalition deal" as the body\'s coalition agreement, and "The 190-page document was signed" as that agreement', () => {
    const text = 'Germany\'s coalition deal sealed\n\nGermany\'s Christian Democrats and Social Democrats have signed a coalition agreement, clearing the way for Angela Merkel to become chancellor.\n\nThe 190-page document was signed in Berlin on Friday by Mrs Merkel, SPD leader Matthias Platzeck and Edmund Stoiber of the Bavarian CSU.';
    expect(docOf(text, '2005-11-18').agreements.map((a) => [a.kind, a.parties.map((p) => p.name), a.place?.name])).toEqual([['coalition agreement', ['Christian Democrats', 'Social Democrats'], 'Berlin']]);
  });

  it('reads the company named after another\'s possessive and its tie between commas as the side ("with Chinese search engine Baidu\'s rival, Sina,"), and the purpose after it', () => {
    expect(agreements('Google has signed a deal with Chinese search engine Baidu\'s rival, Sina, to provide search results on Sina\'s websites.')).toEqual([
      { kind: 'deal', status: 'signed', parties: ['Google', 'Sina'], purpose: 'to provide search results on Sina\'s websites' },
    ]);
  });

  it('names a side described before ("southern rebels") by the body a later signing names beside a side named before ("John Garang, leader of the Sudan People\'s Liberation Movement"), a body no country it is named after', () => {
    const text = 'Sudan\'s government and southern rebels have signed a peace agreement in Kenya, formally ending Africa\'s longest-running civil war.\nThe agreement was signed in Nairobi on Sunday by Sudanese Vice-President Ali Osman Taha and John Garang, leader of the Sudan People\'s Liberation Movement.';
    const [a] = docOf(text, '2005-01-10').agreements;
    expect(a.parties.map((p) => [p.name, p.signatory?.name])).toEqual([['Sudan', 'Ali Osman Taha'], ['Sudan People\'s Liberation Movement', 'John Garang']]);
  });

  it('reads the bodies named before "in" and a place as the subject, not the place ("Labour and the Liberal Democrats in Wales have agreed a coalition deal")', () => {
    expect(partiesOf('Labour and the Liberal Democrats in Wales have agreed a coalition deal to run the Welsh Assembly Government.')).toEqual([['Labour Party', 'Liberal Democrats']]);
  });

  it('reads the side after a country\'s company and "and" ("between Russia\'s state-owned Gazprom and China National Petroleum Corporation")', () => {
    expect(partiesOf('The contract between Russia\'s state-owned Gazprom and China National Petroleum Corporation was signed in Shanghai on Wednesday.')).toEqual([['Gazprom', 'China National Petroleum Corporation']]);
  });

  it('reads "Under an agreement announced on Tuesday," opening a sentence as an agreement between the main clause\'s sides, not "Under the settlement announced today" named before', () => {
    expect(partiesOf('Under an agreement announced on Tuesday, Chrysler Corp will supply engines to Volvo AB\'s truck unit for five years, the companies said.')).toEqual([['Chrysler Corp', 'Volvo AB']]);
    expect(agreements('Under the settlement announced today, federal prosecutors agreed to defer all charges against Wiggins.')).toEqual([]);
  });

  it('ends a purpose before "after more than two weeks of talks", and places the deal where the talks were', () => {
    const [a] = docOf('Iran and six world powers have reached a deal on Iran\'s nuclear programme after more than two weeks of talks in Vienna.').agreements;
    expect([a.purpose, a.place?.name]).toEqual(['Iran\'s nuclear programme', 'Vienna']);
  });

  it('reads "Finance ministers from the G8 group of rich nations" as the G8, not the nations as written', () => {
    expect(partiesOf('Finance ministers from the G8 group of rich nations have agreed a deal to write off the debts of 18 of the world\'s poorest countries.')).toEqual([['Group of Eight']]);
  });

  it('reads "It was signed in Paris by ..." right after an agreement as where and by whom that agreement was signed', () => {
    const text = 'Air France-KLM and Delta Air Lines signed a transatlantic joint venture agreement on Wednesday.\nIt was signed in Paris by Air France-KLM chief executive Pierre-Henri Gourgeon and Delta chief executive Richard Anderson.';
    const rows = docOf(text, '2009-05-20').agreements;
    expect(rows.map((a) => [a.parties.map((p) => [p.name, p.signatory?.name]), a.place?.name])).toEqual([[[['Air France-KLM', 'Pierre-Henri Gourgeon'], ['Delta Air Lines', 'Richard Anderson']], 'Paris']]);
  });

  it('reads the company a demonym describes as the subject a second clause leaves out ("Australian airline Qantas has ordered ... and signed")', () => {
    expect(partiesOf('Australian airline Qantas has ordered 65 Boeing 787 Dreamliners and signed purchase rights for a further 50, in a deal worth about $10bn.')).toEqual([['Qantas']]);
  });

  it('reads a headline\'s deal as the body\'s first agreement when that names the headline\'s sides and more ("Wal-Mart signs Chinese supply deal", then "an agreement with the Chinese government")', () => {
    const text = 'Wal-Mart signs Chinese supply deal\n\nWal-Mart has signed an agreement with the Chinese government to buy more of its goods from China, officials in Beijing said.';
    expect(docOf(text, '2004-11-22').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([['agreement', ['Walmart', 'China']]]);
  });

  it('reads a tie-up sealed or announced as an agreement, not one talked about, and "agreed to jointly develop" named "the accord" after as one', () => {
    expect(partiesOf('BMW and Peugeot have sealed an engine tie-up. Honda announced a tie-up with Sony.')).toEqual([['BMW', 'Peugeot'], ['Honda', 'Sony']]);
    expect(agreements('BMW is in talks about a tie-up with Peugeot. The tie-up could save money.')).toEqual([]);
    expect(agreements('BMW and PSA Peugeot Citroen have agreed to jointly develop a new range of small petrol engines.\nThe two firms said the accord would cut development costs.')).toEqual([
      { kind: 'accord', status: 'agreed', parties: ['BMW', 'PSA Peugeot Citroen'], purpose: 'to jointly develop a new range of small petrol engines' },
    ]);
  });

  it('reads "the tie-up", a noun glued by its hyphen, as pointing back to what two sides agreed to do ("BMW and PSA Peugeot Citroen have agreed to jointly develop ...")', () => {
    expect(agreements('German carmaker BMW and France\'s PSA Peugeot Citroen have agreed to jointly develop a new range of small petrol engines.\nThe two firms said the tie-up would cut development costs.')).toEqual([
      { kind: 'tie-up', status: 'agreed', parties: ['BMW', 'PSA Peugeot Citroen'], purpose: 'to jointly develop a new range of small petrol engines' },
    ]);
  });

  it('reads a headline\'s deal as the memorandum or order the body names with all of its words ("Boeing and Embraer sign joint venture deal", "Rolls-Royce lands Emirates engine deal")', () => {
    const mou = 'Boeing and Embraer sign joint venture deal\n\nBoeing and Brazilian planemaker Embraer have signed a memorandum of understanding to form a joint venture covering Embraer\'s commercial aircraft business.';
    expect(docOf(mou, '2018-07-05').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([['memorandum of understanding', ['Boeing', 'Embraer']]]);
    const order = 'Rolls-Royce lands Emirates engine deal\n\nRolls-Royce has won a $9.2bn order from Emirates to supply Trent 900 engines for its Airbus A380 superjumbos.';
    expect(docOf(order, '2007-11-11').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([['order', ['Rolls-Royce', 'Emirates']]]);
  });

  it('reads "by Business and Trade Secretary Jonathan Reynolds and India\'s Commerce Minister Piyush Goyal" as the two signers, each for a side', () => {
    const text = 'The UK and India have signed a free trade agreement that will cut tariffs on whisky, cars and clothing.\nThe deal was signed in London on Thursday by Business and Trade Secretary Jonathan Reynolds and India\'s Commerce Minister Piyush Goyal.';
    expect(docOf(text, '2025-07-24').agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name]))).toEqual([[['UK', 'Jonathan Reynolds'], ['India', 'Piyush Goyal']]]);
  });

  it('reads who signed for each side from "Chinese vice-foreign minister Zhou Nan and the EC\'s external relations commissioner, Willy De Clercq, signed the accord"', () => {
    const text = 'China and the European Community (EC) signed an agreement on the establishment of an EC office here.\n    Chinese vice-foreign minister Zhou Nan and the EC\'s external relations commissioner, Willy De Clercq, signed the accord.';
    expect(docOf(text, '1987-04-14').agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name]))).toEqual([[['China', 'Zhou Nan'], ['European Community', 'Willy De Clercq']]]);
  });

  it('reads "Cable and Wireless Chairman and Chief Executive Eric Sharp" as signing for Cable and Wireless, past the first of his two titles', () => {
    const text = '<Syarikat Telekom Malaysia Bhd> (STM) signed an agreement to set up a joint venture company with Britain\'s Cable and Wireless PLC <CAWL.L> to lay the cable, it said.\n    STM Chairman Mohamed Rashdan Baba and Cable and Wireless Chairman and Chief Executive Eric Sharp signed the agreement.';
    expect(docOf(text, '1987-04-16').agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name]))).toEqual([[['Syarikat Telekom Malaysia Bhd', 'Mohamed Rashdan Baba'], ['Cable and Wireless PLC', 'Eric Sharp']]]);
  });

  it('reads a draft initialled as agreed, not one signed or handed over, and "Its negotiators" as the company "Its" stands for', () => {
    expect(agreements('Japan and the United States initialled a draft agreement on semiconductor trade, officials said.')).toEqual([{ kind: 'agreement', status: 'agreed', parties: ['Japan', 'United States'], purpose: 'semiconductor trade' }]);
    expect(agreements('The United States today handed Soviet arms negotiators a draft treaty which would eliminate all superpower missiles.')).toEqual([]);
    expect(agreements('The latest rescheduling is for the shipping-to-hotels conglomerate REDEC. Its negotiators have just initialled a draft accord to restructure payments on 1.3 billion riyals of bank debt.')).toEqual([
      { kind: 'accord', status: 'agreed', parties: ['REDEC'], purpose: 'to restructure payments on 1.3 billion riyals of bank debt' },
    ]);
  });

  it('reads a headline set in capitals as a line of its own, and its agreement\'s kind in lower case ("COMPUTER ASSOCIATES IN PACT WITH ZENITH")', () => {
    const text = 'COMPUTER ASSOCIATES IN PACT WITH ZENITH\nComputer Associates International Inc said it agreed to distribute Zenith Data Systems\' personal computers under a three-year agreement.';
    expect(partiesOf(text)).toEqual([['Computer Associates International Inc', 'Zenith Data Systems']]);
    expect(agreements('JAPAN AND CHINA SIGN TRADE PACT\nJapan and China signed a trade pact, officials said.').map((a) => a.kind)).toEqual(['trade pact']);
  });

  it('reads who signed for each side past lower-case words of a role ("EU trade commissioner Peter Mandelson"), a counterpart named after a comma, and "on behalf of the government"', () => {
    const signers = (text: string) => docOf(text, '2005-06-10').agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name]));
    expect(signers('EU trade commissioner Peter Mandelson and Chinese Commerce Minister Bo Xilai signed a textile deal after 10 hours of talks in Shanghai.')).toEqual([[['European Union', 'Peter Mandelson'], ['China', 'Bo Xilai']]]);
    expect(signers('China and Russia have signed an agreement ending a dispute over their border. The deal was signed in Beijing on Thursday by Russian Foreign Minister Sergei Lavrov and his Chinese counterpart, Li Zhaoxing, during a visit by President Vladimir Putin.')).toEqual([[['China', 'Li Zhaoxing'], ['Russia', 'Sergei Lavrov']]]);
    expect(signers("The World Bank has signed a $50m loan agreement with Kenya to improve roads in Nairobi. Kenya's Finance Minister David Mwiraria signed on behalf of the government, while the bank's country director Makhtar Diop signed for the World Bank.")).toEqual([[['World Bank', 'Makhtar Diop'], ['Kenya', 'David Mwiraria']]]);
  });

  it('reads "The deal was signed between" two bodies named after the two countries that signed as the same deal ("Gas Authority of India Limited", "National Iranian Gas Export Company")', () => {
    const text = 'India and Iran have signed a $40bn deal under which Iran will supply India with liquefied natural gas for 25 years. The deal was signed between the Gas Authority of India Limited (GAIL) and the National Iranian Gas Export Company.';
    expect(partiesOf(text)).toEqual([['India', 'Iran']]);
    // (not two companies of other countries)
    expect(partiesOf('India and Iran have signed a $40bn gas deal. The deal was signed between Shell and the National Iranian Gas Export Company.')).toHaveLength(2);
  });

  it('reads "US trade representative Robert Zoellick" in a list of signers as signing for the US', () => {
    const text = "Egypt, Israel and the US have signed a trade agreement. The deal was signed in Cairo by Egypt's trade minister Rachid Mohamed Rachid, Israel's Industry Minister Ehud Olmert and US trade representative Robert Zoellick.";
    expect(docOf(text, '2004-12-14').agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name]))).toEqual([[['Egypt', 'Rachid Mohamed Rachid'], ['Israel', 'Ehud Olmert'], ['US', 'Robert Zoellick']]]);
  });

  it('reads a headline\'s bare deal between sides it only describes as the body\'s next agreement ("Unions agree deal at Royal Mail")', () => {
    const text = 'Unions agree deal at Royal Mail\n\nThe Communication Workers Union (CWU) has reached an agreement with Royal Mail over pay and working conditions, ending a long-running dispute.';
    expect(docOf(text, '2007-10-12').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([['agreement', ['Communication Workers Union', 'Royal Mail']]]);
  });

  it('reads "The British and Irish prime ministers signed the deal" after "Tony Blair and Bertie Ahern have signed an agreement" as the countries they signed for, and the headline naming them as that agreement', () => {
    const text = 'Blair and Ahern sign Northern Ireland deal\n\nTony Blair and Bertie Ahern have signed an agreement setting out plans to restore power-sharing in Northern Ireland. The British and Irish prime ministers signed the deal at a ceremony in Scotland.';
    expect(docOf(text, '2006-10-13').agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name]))).toEqual([[['United Kingdom', 'Tony Blair'], ['Ireland', 'Bertie Ahern']]]);
  });

  it('reads no agreement in the making ("contracts currently being concluded with ...", Reuters)', () => {
    expect(agreements("It said the financing will take place upon execution of contracts currently being concluded with Peter Kiewit Sons Inc's Kiewit Mining Group unit.")).toEqual([]);
    expect(partiesOf('The contract was concluded with Peter Kiewit Sons Inc on Monday.')).toEqual([['Peter Kiewit Sons Inc']]);
  });

  it('reads "agreed to pay $6.75bn to form a joint venture with X" as agreed, and "signed the deal" after it as signing it', () => {
    const text = "BP has agreed to pay $6.75bn to form a joint venture with Russian firm TNK, creating Russia's third-largest oil company. BP chief executive Lord Browne signed the deal in London.";
    expect(agreements(text)).toEqual([{ kind: 'joint venture', status: 'signed', parties: ['BP', 'TNK'], purpose: null }]);
    expect(agreements('BP has not agreed to pay $6.75bn to form a joint venture with Russian firm TNK.')).toEqual([]);
    expect(agreements('The Airod spokesman said it won a contract from the U.S. Air Force to repair landing gear. The one-year contract was signed recently.').map((a) => a.status)).toEqual(['signed']);
  });

  it('reads "agreed to a takeover by X in a deal" as one takeover, X its buyer ("Cadbury agrees Kraft takeover")', () => {
    const text = 'Cadbury agrees Kraft takeover\n\nCadbury has agreed to a takeover by US food giant Kraft in a deal worth £11.5bn.';
    expect(docOf(text, '2010-01-19').agreements.map((a) => [a.kind, a.parties.map((p) => [p.name, p.role])])).toEqual([['takeover', [['Cadbury', 'subject'], ['Kraft', 'buyer']]]]);
  });

  it('reads "between Iran and the US, UK, France, China, Russia and Germany" whole, and those six as the "six world powers" named before', () => {
    expect(partiesOf('The agreement, reached between Iran and the US, UK, France, China, Russia and Germany, will lift sanctions.')).toEqual([['Iran', 'US', 'UK', 'France', 'China', 'Russia', 'Germany']]);
    const text = "Iran and six world powers have reached a deal on Tehran's nuclear programme after marathon talks in Vienna. The agreement, reached between Iran and the US, UK, France, China, Russia and Germany, will lift sanctions.";
    expect(partiesOf(text)).toEqual([['Iran', 'US', 'UK', 'France', 'China', 'Russia', 'Germany']]);
    // (a list after "and" that a comma closes stays closed: "signed by Narendra Modi and Emmanuel Macron, France said")
    expect(partiesOf('The deal was signed by Narendra Modi and Emmanuel Macron, France and India said.')).toEqual([['Narendra Modi', 'Emmanuel Macron']]);
  });

  it('reads "a treaty of friendship and cooperation, signed by ..." as signed, and "The most important was" one of the agreements just reported, signed when and where they were', () => {
    const text = 'China and Pakistan signed 13 agreements on Tuesday covering trade, energy and defence during a visit to Islamabad by Chinese Premier Wen Jiabao. The most important was a treaty of friendship and cooperation, signed by Mr Wen and Pakistani Prime Minister Shaukat Aziz.';
    const rows = docOf(text, '2005-04-05').agreements;
    expect(rows.map((a) => [a.kind, a.purpose, a.parties.map((p) => [p.name, p.signatory?.name]), a.date?.text, a.place?.name])).toEqual([
      ['agreement', 'covering trade, energy and defence', [['China', undefined], ['Pakistan', undefined]], 'Tuesday', 'Islamabad'],
      ['treaty', 'friendship and cooperation', [['China', 'Wen Jiabao'], ['Pakistan', 'Shaukat Aziz']], 'Tuesday', 'Islamabad'],
    ]);
  });

  it('reads a headline\'s ceasefire between sides it only describes as the body\'s ceasefire agreement ("Sri Lanka rebels agree ceasefire"), and "sold ... to British Land ... in a deal" with its buyer', () => {
    const text = "Sri Lanka rebels agree ceasefire\n\nSri Lanka's government and the Tamil Tiger rebels have signed a permanent ceasefire agreement brokered by Norway.";
    expect(docOf(text, '2002-02-22').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([['permanent ceasefire agreement', ['Sri Lanka', 'the Tamil Tiger rebels']]]);
    expect(partiesOf('Supermarket group J Sainsbury has sold a stake in 16 of its stores to British Land for £350m in a sale and leaseback deal.')).toEqual([['J Sainsbury', 'British Land']]);
  });

  it('reads "it" after "X, a subsidiary of Y said" as X, the company the wire opens with before a description it never closed with a comma (Reuters)', () => {
    expect(partiesOf('Enka BV, a subsidiary of Akzo NV <AKZO.AS> said it has concluded a licence agreement with the fibres division of <BASF Corp> of Delaware.')).toEqual([['Enka BV', 'BASF Corp']]);
    expect(partiesOf('CFM International, a joint venture of <SNECMA> of France and General Electric Co said it received an order for its engines from Airbus.')).toEqual([['CFM International', 'Airbus']]);
  });

  it('reads "The Philippine government and Muslim rebels of the Moro Islamic Liberation Front signed" as both sides, and no side in "for the Italian carmaker to take a stake"', () => {
    expect(partiesOf('The Philippine government and Muslim rebels of the Moro Islamic Liberation Front signed a peace agreement in Manila on Thursday.')).toEqual([['Philippines', 'Moro Islamic Liberation Front']]);
    expect(partiesOf('Chrysler LLC and Fiat SpA have signed a preliminary agreement for the Italian carmaker to take a 35% stake in the struggling US company.')).toEqual([['Chrysler LLC', 'Fiat SpA']]);
  });

  it('reads "The cross-licensing deal, signed on Tuesday" as what two companies agreed to do just before, named, signed and dated, and "the license agreement" after "entered into a license agreement" as the same one', () => {
    const text = "Japanese electronics giant Sony and South Korea's Samsung Electronics have agreed to share thousands of patents in a move to cut legal costs.\n\nThe cross-licensing deal, signed on Tuesday, covers 24,000 patents. The firms said the agreement would speed up the development of new products.";
    expect(docOf(text, '2004-12-15').agreements.map((a) => [a.kind, a.status, a.parties.map((p) => p.name), a.date?.text])).toEqual([['cross-licensing deal', 'signed', ['Sony', 'Samsung Electronics'], 'Tuesday']]);
    expect(partiesOf('Hoffmann-La Roche Inc said it entered into a license agreement with Eli Lilly and Co involving Humatrope. A statement from the companies said, "Lilly and Roche have entered into the license agreement as an alternative to litigation."')).toEqual([['Hoffmann-La Roche Inc', 'Eli Lilly and Co']]);
  });

  it('reads a headline\'s pact and the body\'s bare agreement between the same two sides as one ("UK and France sign Channel asylum pact")', () => {
    const text = 'UK and France sign Channel asylum pact\n\nHome Secretary David Blunkett and his French counterpart Nicolas Sarkozy have signed an agreement to close the Sangatte refugee camp near Calais.\n\nUnder the deal, signed in London on Monday, the UK will take in about 1,000 Iraqi Kurds from the camp.';
    expect(docOf(text, '2002-12-03').agreements.map((a) => [a.kind, a.parties.map((p) => [p.name, p.signatory?.name])])).toEqual([['agreement', [['UK', 'David Blunkett'], ['France', 'Nicolas Sarkozy']]]]);
  });

  it('reads a headline\'s accords and the body\'s next agreements between the same sides as one, whatever each says they are about ("Cuba and Venezuela sign trade accords", then "49 economic agreements")', () => {
    const text = 'Cuba and Venezuela sign trade accords\n\nCuban leader Fidel Castro and Venezuelan President Hugo Chavez have signed 49 economic agreements in Havana worth about $800m.\n\nThe deals cover oil, nickel, telecommunications and agriculture.';
    expect(docOf(text, '2005-04-29').agreements.map((a) => [a.kind, a.parties.map((p) => [p.name, p.signatory?.name]), a.place?.name])).toEqual([['economic agreement', [['Cuba', 'Fidel Castro'], ['Venezuela', 'Hugo Chavez']], 'Havana']]);
  });

  it('gives a memorandum the purpose the same sides agreed to in the sentence before ("have agreed to jointly develop a hybrid system ... The two automakers signed a memorandum of understanding")', () => {
    const text = 'Toyota Motor Corporation and Ford Motor Company announced on Monday that they have agreed to jointly develop a hybrid system for light trucks.\n\nThe two automakers signed a memorandum of understanding in Dearborn, Michigan.';
    expect(agreements(text).map((a) => [a.kind, a.parties, a.purpose])).toEqual([['memorandum of understanding', ['Toyota Motor Corporation', 'Ford Motor Company'], 'to jointly develop a hybrid system for light trucks']]);
  });

  it('reads "Mr Hoon and his Indian counterpart George Fernandes signed the deal" as who signed for each side of the agreement just reported, and a titled signer\'s body only in the title\'s sentence, not the headline\'s last word ("Brown in Africa")', () => {
    const text = 'UK and India sign defence deal\n\nBritain and India have signed a defence co-operation agreement during a visit to New Delhi by Defence Secretary Geoff Hoon.\n\nMr Hoon and his Indian counterpart George Fernandes signed the deal on Tuesday.';
    expect(docOf(text, '2004-11-02').agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name]))).toEqual([[['Britain', 'Geoff Hoon'], ['India', 'George Fernandes']]]);
    const brown = "Brown in Africa\n\nChancellor Gordon Brown has promised to double British aid. He signed an agreement with Tanzania's finance minister Basil Mramba to write off debts.";
    expect(docOf(brown, '2005-01-13').agreements.map((a) => a.parties.map((p) => p.name))).toEqual([['Gordon Brown', 'Tanzania']]);
  });

  it('reads "have agreed on a rescheduling of ... debt", named "the agreement" after, as what a country and its creditor banks agreed (Reuters)', () => {
    const text = "The Philippines and its creditor banks have agreed on a rescheduling of 9.4 billion dlrs of foreign debt, Finance Secretary Jaime Ongpin said.\n    Ongpin told reporters in New York the agreement, reached after three weeks of talks with the banks' advisory committee, would stretch repayments over 17 years.";
    expect(agreements(text)).toEqual([{ kind: 'agreement', status: 'agreed', parties: ['Philippines', 'its creditor banks'], purpose: 'a rescheduling of 9.4 billion dlrs of foreign debt' }]);
    // (not without "the agreement" after it, nor between sides no one named)
    expect(agreements('The Philippines and its creditor banks have agreed on a rescheduling of 9.4 billion dlrs of foreign debt.')).toEqual([]);
  });

  it('gives the one country left without a signer the minister the article titled before ("Riesenhuber" after "Research Minister Heinz Riesenhuber", Reuters)', () => {
    const text = 'West Germany and the Soviet Union signed an agreement on scientific and technological cooperation during a visit to Moscow by Research Minister Heinz Riesenhuber, the West German embassy said.\n    Riesenhuber and Soviet Deputy Prime Minister Guri Marchuk signed the accord.';
    expect(docOf(text, '1987-04-03').agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name]))).toEqual([[['West Germany', 'Heinz Riesenhuber'], ['Soviet Union', 'Guri Marchuk']]]);
  });

  it('reads "The £600m order was signed in Paris ... by" after "has won a contract" as the contract won, signed then and there, and its customer named after what it is ("the Channel Tunnel operator Eurostar")', () => {
    const text = 'A consortium led by French engineering group Alstom has won a contract to build 40 high-speed trains for the Channel Tunnel operator Eurostar.\n\nThe £600m order was signed in Paris on Thursday by Eurostar chief executive Richard Brown and Alstom chairman Patrick Kron.';
    expect(docOf(text, '2004-06-10').agreements.map((a) => [a.kind, a.status, a.parties.map((p) => [p.name, p.signatory?.name]), a.date?.text, a.place?.name])).toEqual([
      ['contract', 'signed', [['Alstom', 'Patrick Kron'], ['Eurostar', 'Richard Brown']], 'Thursday', 'Paris'],
    ]);
  });

  it('reads the company that leads a group of buyers as the buyer ("to sell its Linotype Group unit to a group of investors led by Commerzbank AG"), as in an agreement with a group it leads', () => {
    expect(partiesOf('Allied-Signal Inc said it reached an agreement in principle to sell its Linotype Group unit to a group of investors led by Commerzbank AG for about 100 mln dlrs.')).toEqual([['Allied-Signal Inc', 'Commerzbank AG']]);
    // (a person who leads it stands for no company: the group stays as written)
    expect(partiesOf('Allied-Signal Inc said it signed an agreement to sell its Linotype Group unit to a group of investors led by John Smith.')).toEqual([['Allied-Signal Inc', 'a group of investors']]);
  });

  it('reads "signed in the Kenyan capital, Nairobi, by ..." for where it was signed and who signed it, past the city named after what it is', () => {
    const text = "The Sudanese government and southern rebels have signed a final peace deal, ending Africa's longest-running civil war.\n\nThe agreement was signed in the Kenyan capital, Nairobi, by Sudanese Vice-President Ali Osman Taha and John Garang, leader of the Sudan People's Liberation Movement.";
    expect(docOf(text, '2005-01-09').agreements.map((a) => [a.parties.map((p) => [p.name, p.signatory?.name]), a.place?.name])).toEqual([[[['Sudan', 'Ali Osman Taha'], ["Sudan People's Liberation Movement", 'John Garang']], 'Nairobi']]);
    expect(docOf("China and Russia signed an energy deal in the Chinese city of Xi'an on Monday.").agreements.map((a) => a.place?.name)).toEqual(["Xi'an"]);
  });

  it('reads a headline whose sides it only describes ("Universities sign research pact") as the body\'s agreement about what it names, and "Under the memorandum, signed on 12 March" as that agreement dated', () => {
    const text = "Universities sign research pact\n\nThe University of Nairobi and Germany's Heidelberg University have signed a five-year agreement to exchange students and run joint research on tropical diseases.\n\nUnder the memorandum, signed on 12 March, up to 40 students a year will spend a semester at the partner institution.";
    expect(docOf(text, '2024-03-14').agreements.map((a) => [a.kind, a.parties.map((p) => p.name), a.date?.text])).toEqual([['agreement', ['University of Nairobi', 'Heidelberg University'], '12 March']]);
    // (a memorandum reported before is the one "the memorandum" names, not the agreement after it)
    const two = 'Acme Corp and Beta Inc signed a memorandum of understanding in May. Acme Corp and Gamma Ltd signed a supply agreement on Monday.\n\nThe memorandum was signed on 3 May.';
    expect(docOf(two, '2024-06-14').agreements.map((a) => [a.kind, a.date?.text])).toEqual([['memorandum of understanding', 'May'], ['supply agreement', 'Monday']]);
  });

  it('reads "X and Y, which governs the city, have signed" as both sides, past the relative clause on the last, and "signed at Number 10 Downing Street by" for who signed', () => {
    expect(partiesOf('Leeds City Council and Durban City Council, which governs the city, have signed a twinning agreement covering trade.')).toEqual([['Leeds City Council', 'Durban City Council']]);
    const text = 'Britain and China have signed an agreement covering trade.\n\nThe agreement was signed at Number 10 Downing Street by British Prime Minister Tony Blair and Chinese Premier Wen Jiabao.';
    expect(docOf(text).agreements.map((a) => a.parties.map((p) => [p.name, p.signatory?.name]))).toEqual([[['Britain', 'Tony Blair'], ['China', 'Wen Jiabao']]]);
  });

  it('reads a headline\'s sides that the body names more closely as the body\'s agreement: described ("with African states", then "with Nigeria, Kenya and Senegal") or a country by its body ("with Ethiopia", then "with Ethiopian Electric Power")', () => {
    const africa = 'China signs cooperation deals with African states at Beijing forum\n\nOn the sidelines of the summit, China signed cooperation agreements with Nigeria, Kenya and Senegal covering infrastructure, agriculture and digital trade.';
    expect(partiesOf(africa)).toEqual([['China', 'Nigeria', 'Kenya', 'Senegal']]);
    const power = 'Kenya Power signs deal with Ethiopia\n\nKenya Power and Lighting Company has signed a 25-year agreement with Ethiopian Electric Power to import 400 megawatts of electricity.';
    expect(partiesOf(power)).toEqual([['Kenya Power and Lighting Company', 'Ethiopian Electric Power']]);
    // (not a body's agreement with another country\'s body: the headline\'s stays)
    const other = 'Kenya Power signs deal with Ethiopia\n\nKenya Power and Lighting Company has signed a 25-year agreement with Uganda Electricity Transmission Company to import 400 megawatts of electricity.';
    expect(partiesOf(other)).toEqual([['Kenya Power and Lighting Company', 'Ethiopia'], ['Kenya Power and Lighting Company', 'Uganda Electricity Transmission Company']]);
  });

  it('reads "have agreed the terms of a $90bn merger", named "the revised deal" after, as the merger the two sides agreed (rule agreement.agreed-merger)', () => {
    const text = 'Commodities trader Glencore and mining group Xstrata have agreed the terms of a $90bn (£56bn) merger, ending months of uncertainty.\n\nUnder the revised deal, Xstrata shareholders will receive 3.05 Glencore shares for each share they own.';
    expect(agreements(text)).toEqual([{ kind: 'revised deal', status: 'agreed', parties: ['Glencore', 'Xstrata'], purpose: 'a $90bn (£56bn) merger' }]);
    // (not without the deal named after it)
    expect(agreements('Commodities trader Glencore and mining group Xstrata have agreed the terms of a $90bn (£56bn) merger.')).toEqual([]);
  });

  it('reads "signed here" as signed in the city of the article\'s dateline ("NEW DELHI, March 12 - ... under an agreement signed here today"), and nowhere without a dateline', () => {
    const text = 'SOVIET UNION, INDIA SIGN CREDIT DEAL\n\nNEW DELHI, March 12 - The Soviet Union has agreed to lend India 1.5 billion roubles for steel, power and oil projects under an agreement signed here today, officials said.';
    expect(docOf(text, '1987-03-12').agreements.map((a) => a.place?.name)).toEqual(['New Delhi']);
    expect(docOf('The Soviet Union has agreed to lend India 1.5 billion roubles under an agreement signed here today, officials said.', '1987-03-12').agreements.map((a) => a.place?.name ?? null)).toEqual([null]);
  });

  it('reads no date from a relative clause after the agreement ("ending a strike that began ten days ago", Reuters; "a partnership that began in 2019"), nor past its own date ("signed a supply agreement in January with Beta Inc, a company that began trading in 1985")', () => {
    const dated = (text: string) => docOf(text, '1987-02-26').agreements.map((a) => a.date?.text ?? null);
    expect(dated('Rohr Industries Inc said it has agreed on a three-year labor contract with the International Association of Machinists and Aerospace Workers, ending a strike that began ten days ago.')).toEqual([null]);
    expect(dated('Apple has reached an agreement with JPMorgan Chase to take over its credit card business from Goldman Sachs, ending a partnership that began in 2019.')).toEqual([null]);
    expect(dated('Acme Corp said it signed a supply agreement in January with Beta Inc, a company that began trading in 1985.')).toEqual(['January']);
  });

  it('reads "a ceasefire and hostage release deal" as one agreement of two kinds joined, and who "announced the agreement" after it as no side of another', () => {
    const text = "Israel and Hamas agree Gaza ceasefire\n\nIsrael and Hamas have agreed a ceasefire and hostage release deal, mediators Qatar and the United States said on Wednesday.\n\nQatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani announced the agreement at a news conference.";
    expect(docOf(text, '2025-01-15').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([['ceasefire and hostage release deal', ['Israel', 'Hamas']]]);
    // (two agreements, each with its article, stay two)
    expect(agreements('Israel and Hamas have agreed a ceasefire and a hostage release deal.').map((a) => a.kind)).toEqual(['ceasefire', 'hostage release deal']);
  });

  it('reads what signed projects include ("28 cooperation projects worth ... were signed. They include a memorandum of understanding between Alibaba Cloud and the Malaysian Digital Economy Corporation") as signed, between a name and a company named after "the", and "joint programs" that cooperation agreements are on as no agreement', () => {
    const forum = 'During the two-day event, 28 cooperation projects worth a total of 12.6 billion yuan (about 1.77 billion U.S. dollars) were signed, the organizers said. They include a memorandum of understanding between Alibaba Cloud and the Malaysian Digital Economy Corporation on building a data center in Kuala Lumpur.';
    expect(agreements(forum)).toEqual([{ kind: 'memorandum of understanding', status: 'signed', parties: ['Alibaba Cloud', 'Malaysian Digital Economy Corporation'], purpose: 'building a data center in Kuala Lumpur' }]);
    const alliance = "At the founding ceremony, Xinjiang Vocational University signed cooperation agreements with Kazakhstan's Astana IT University and Kyrgyzstan's Osh State University on teacher training and joint programs.";
    expect(agreements(alliance).map((a) => a.kind)).toEqual(['cooperation agreement']);
  });

  it('reads a headline\'s agreement and the body\'s next one for the same sum as one ("Egypt and World Bank sign $500m loan", then "a $500 million development policy financing agreement")', () => {
    const text = "Egypt and World Bank sign $500m loan for social protection\n\nEgypt's Ministry of International Cooperation and the World Bank signed on Sunday a $500 million development policy financing agreement to support the country's social protection programmes.";
    expect(partiesOf(text)).toEqual([['Ministry of International Cooperation', 'World Bank']]);
    // (not for another sum)
    const other = "Egypt and World Bank sign $500m loan for social protection\n\nEgypt's Ministry of International Cooperation and the World Bank signed on Sunday a $300 million development policy financing agreement to support the country's social protection programmes.";
    expect(partiesOf(other)).toHaveLength(2);
  });

  it('reads two signers whose titles name their cities, joined by "and", as signing for each city ("Busan Mayor Park Heong-joon and Kaohsiung Mayor Chen Chi-mai signed")', () => {
    const text = "South Korea's second-largest city Busan signed a sister city agreement with Kaohsiung in southern Taiwan on Tuesday.\n\nBusan Mayor Park Heong-joon and Kaohsiung Mayor Chen Chi-mai signed the agreement at Busan City Hall.";
    expect(signed(text)).toEqual([['Busan (Park Heong-joon)', 'Kaohsiung (Chen Chi-mai)']]);
  });

  it('reads "a joint communique of intent" as one agreement, its purpose ending before ", part of Berlin\'s plan", and a headline\'s deal as the body\'s communique that says its words ("Germany, Namibia sign green hydrogen deal")', () => {
    const text = "Germany, Namibia sign green hydrogen deal\n\nWINDHOEK, Dec 5 (Reuters) - Germany and Namibia signed a joint communique of intent on Monday to cooperate in producing green hydrogen, part of Berlin's plan to secure new energy supplies.";
    expect(docOf(text, '2022-12-05').agreements.map((a) => [a.kind, a.parties.map((p) => p.name), a.purpose])).toEqual([['joint communique of intent', ['Germany', 'Namibia'], 'to cooperate in producing green hydrogen']]);
    // (not what a company is part of: Reuters)
    const agip = "Westcoast Transmission Co Ltd said it agreed to acquire the Western Canada oil and gas reserves and properties of AGIP Canada Ltd, a subsidiary of AGIP SpA, part of Italy's ENI group, for 54 mln Canadian dlrs. The deal is subject to approval by both companies' directors.";
    expect(agreements(agip)[0].purpose).toMatch(/for 54 mln Canadian dlrs$/);
  });

  it('ends a purpose before "in a deal worth ..." and reads a headline\'s bare "deal" as the memorandum the same two sides signed ("Vietnam Airlines signs deal for 50 Boeing 737 MAX jets")', () => {
    const text = 'Vietnam Airlines signs deal for 50 Boeing 737 MAX jets\n\nHANOI, Sept 11 (Reuters) - Vietnam Airlines signed a memorandum of understanding with Boeing on Monday to buy 50 737 MAX jets in a deal worth about $10 billion, during a visit to Hanoi by U.S. President Joe Biden.';
    expect(docOf(text, '2023-09-11').agreements.map((a) => [a.kind, a.parties.map((p) => p.name), a.purpose])).toEqual([['memorandum of understanding', ['Vietnam Airlines', 'Boeing'], 'to buy 50 737 MAX jets']]);
    // (Reuters: "in a transaction valued at")
    expect(agreements('Baxter and Carmark announced a definitive agreement for Baxter to acquire Carmark in a stock transaction valued at 528 mln dlrs.')[0].purpose).toBe('Baxter to acquire Carmark');
  });

  it('reads a signer named between commas after the role ("The Minister of Education, Mallam Adamu Adamu, signed for the government") and the side whose name holds the noun "for the union" gives', () => {
    const text = 'The Federal Government and the Academic Staff Union of Universities (ASUU) on Thursday signed a new agreement to end the eight-month strike.\n\nThe Minister of Education, Mallam Adamu Adamu, signed for the government while ASUU President, Prof. Emmanuel Osodeke, signed for the union at the Federal Ministry of Education in Abuja.';
    expect(signed(text)).toEqual([['Federal Government (Adamu Adamu)', 'Academic Staff Union of Universities (Emmanuel Osodeke)']]);
  });

  it('reads "agreed on Wednesday to a permanent cessation of hostilities" past the date, and a group with the region it is from as a side ("rebel forces from the northern Tigray region")', () => {
    const text = "Ethiopia's government and rebel forces from the northern Tigray region agreed on Wednesday to a permanent cessation of hostilities, African Union mediators said.";
    expect(agreements(text)).toEqual([{ kind: 'permanent cessation of hostilities', status: 'agreed', parties: ['Ethiopia', 'rebel forces from the northern Tigray region'], purpose: null }]);
    expect(partiesOf('Indonesia and separatist rebels in Aceh signed a peace deal.')).toEqual([['Indonesia', 'separatist rebels in Aceh']]);
  });

  it('reads "the two NATO allies" as the two countries of the agreement before', () => {
    const text = 'Greek Prime Minister Kyriakos Mitsotakis and Turkish President Tayyip Erdogan signed a declaration on friendly relations in Athens on Thursday. The two NATO allies also signed about 15 memoranda of understanding on trade, energy and tourism.';
    expect(partiesOf(text)).toEqual([['Greece', 'Turkey'], ['Greece', 'Turkey']]);
  });

  it('ends a purpose before what the deal means, said of it in apposition (", a breakthrough after more than two years of bitter conflict")', () => {
    const text = 'Starbucks said Tuesday it had reached an agreement on a framework for negotiating a first labor contract, a breakthrough after more than two years of bitter conflict.';
    expect(agreements(text)[0].purpose).toBe('a framework for negotiating a first labor contract');
  });

  it('reads an agreement noun in apposition that ranks the one before (", the latest long-term contract signed by a Chinese buyer") as no agreement of its own', () => {
    const text = "Shell has struck a 20-year deal to supply liquefied natural gas to China's Zhejiang Energy Group, the companies said on Tuesday, the latest long-term contract signed by a Chinese buyer.";
    expect(agreements(text).map((a) => a.kind)).toEqual(['deal']);
  });

  it('reads the documents a list of ones signed together includes, with no sides of their own, as signed by those who signed them all ("The documents were exchanged ... They include a bilateral investment treaty and an agreement on ...")', () => {
    const text = 'The United Arab Emirates and India signed ten agreements and memoranda of understanding on Tuesday covering investment, energy and trade, during a visit by Indian Prime Minister Narendra Modi. The documents were exchanged in the presence of President Sheikh Mohamed bin Zayed Al Nahyan and Modi in Abu Dhabi. They include a bilateral investment treaty and an agreement on an intergovernmental framework for the India-Middle East-Europe Economic Corridor.';
    const rows = docOf(text, '2024-02-13').agreements;
    expect(rows.slice(2).map((a) => [a.kind, a.parties.map((p) => p.name), a.date?.text ?? null])).toEqual([
      ['bilateral investment treaty', ['United Arab Emirates', 'India'], 'Tuesday'],
      ['agreement', ['United Arab Emirates', 'India'], 'Tuesday'],
    ]);
  });

  it('reads a headline whose sides it only describes as the body\'s agreement by a group it describes too ("African leaders sign free trade pact", then "Leaders of 44 African countries ... signed an agreement"), and an alliance agreed on', () => {
    const text = 'African leaders sign free trade pact in Kigali\n\nKIGALI, March 21 (AFP) - Leaders of 44 African countries on Wednesday signed an agreement to create the African Continental Free Trade Area (AfCFTA) at a summit of the African Union in the Rwandan capital.';
    expect(docOf(text, '2018-03-21').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)])).toEqual([['agreement', ['44 African countries']]]);
    expect(partiesOf('Norway and the European Union agreed on a green alliance on Monday.')).toEqual([['Norway', 'European Union']]);
  });

  it('reads a body named before what it is as the side ("the National Liberation Army (ELN) guerrilla group signed"), and a purpose that ends before how it ranks (", the longest ever agreed")', () => {
    const text = "Colombia's government and the National Liberation Army (ELN) guerrilla group signed an agreement on Friday for a bilateral ceasefire of six months, the longest ever agreed with the rebels, at talks in Havana.";
    expect(agreements(text)).toEqual([{ kind: 'agreement', status: 'signed', parties: ['Colombia', 'National Liberation Army'], purpose: 'a bilateral ceasefire of six months' }]);
  });

  it('reads a headline\'s agreement as the body\'s when the body names it by its purpose ("agree six-month ceasefire", then "an agreement ... for a bilateral ceasefire"), as the contract for an order, or as the partnership for a bare deal', () => {
    const rows = (text: string) => docOf(text, '2023-06-09').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)]);
    expect(rows("Colombia and ELN rebels agree six-month ceasefire\n\nHAVANA, June 9 (Reuters) - Colombia's government and the National Liberation Army (ELN) guerrilla group signed an agreement on Friday for a bilateral ceasefire of six months.")).toEqual([['agreement', ['Colombia', 'National Liberation Army']]]);
    expect(rows("Siemens Energy wins $1.6 bln power plant order in Iraq\n\nBERLIN, Jan 12 - Siemens Energy AG said on Monday it had signed a contract with Iraq's Ministry of Electricity to build two gas-fired power plants with a combined capacity of 1,000 megawatts.")).toEqual([['contract', ['Siemens Energy AG', 'Ministry of Electricity']]]);
    expect(rows("Kenya signs $1 billion deal with Adani for power lines\n\nNAIROBI, Oct 11 - Kenya's state-owned Kenya Electricity Transmission Company (KETRACO) signed a 30-year public-private partnership with India's Adani Energy Solutions to build power lines, the energy ministry said on Friday.")).toEqual([['public-private partnership', ['Kenya Electricity Transmission Company', 'Adani Energy Solutions']]]);
  });

  it('reads a headline\'s capital as its country\'s government ("signs subsidy deal with Berlin", then "Intel Corp and the German government signed"), and the subject of a headline\'s second verb after a comma as its first verb\'s', () => {
    const body = '\n\nBERLIN, June 19 (Reuters) - Intel Corp and the German government signed an agreement on Monday under which Intel will invest 30 billion euros ($33 billion) in two chip plants in Magdeburg.';
    const rows = (text: string) => docOf(text, '2023-06-19').agreements.map((a) => [a.kind, a.parties.map((p) => p.name)]);
    expect(rows('Intel signs subsidy deal with Berlin' + body)).toEqual([['agreement', ['Intel Corp', 'Germany']]]);
    expect(rows('Intel picks Magdeburg for chip plant, signs subsidy deal with Berlin' + body)).toEqual([['agreement', ['Intel Corp', 'Germany']]]);
    expect(rows('Intel picks Magdeburg for chip plant, signs subsidy deal with Berlin\n\nThe plant will open in 2027.')).toEqual([['subsidy deal', ['Intel', 'Berlin']]]);
  });

  it('reads the sides after what a deal is worth, said of it and in two currencies ("worth a record 6.7 billion pounds ($8.46 billion) with Sky, TNT Sports and the BBC")', () => {
    const text = 'The Premier League has agreed a four-year domestic television rights deal worth a record 6.7 billion pounds ($8.46 billion) with Sky, TNT Sports and the BBC, the league said on Monday.';
    expect(partiesOf(text)).toEqual([['Premier League', 'Sky', 'TNT Sports', 'BBC']]);
  });

  it('reads a text that ends at the "and" between two sides without failing ("agreement between Boeing Boeing and")', () => {
    expect(() => docOf('agreement between Boeing Boeing and ')).not.toThrow();
  });

  it('reads the heads of two countries\' bodies who signed "the deal" as signing the agreement before for those countries ("ONHYM Director General Amina Benkhadra and Nigerian National Petroleum Company (NNPC) chief Mele Kyari signed the deal")', () => {
    const text = "RABAT, Sept 15 - Morocco and Nigeria signed a memorandum of understanding on Thursday to build a gas pipeline, Morocco's national hydrocarbons office ONHYM said. ONHYM Director General Amina Benkhadra and Nigerian National Petroleum Company (NNPC) chief Mele Kyari signed the deal in Rabat.";
    const rows = docOf(text, '2022-09-15').agreements;
    expect(rows.map((a) => [a.kind, a.parties.map((p) => `${p.name} [${p.signatory?.name ?? ''}]`), a.place?.name])).toEqual([['memorandum of understanding', ['Morocco [Amina Benkhadra]', 'Nigeria [Mele Kyari]'], 'Rabat']]);
  });

  it('reads the other side\'s signer after where it was signed ("signed the treaty in Kigali with Rwandan Foreign Minister Vincent Biruta")', () => {
    const text = 'KIGALI, Dec 5 (Reuters) - Britain and Rwanda signed a new treaty on Tuesday aimed at overcoming legal objections. British Home Secretary James Cleverly signed the treaty in Kigali with Rwandan Foreign Minister Vincent Biruta.';
    const rows = docOf(text, '2023-12-05').agreements;
    expect(rows.map((a) => [a.parties.map((p) => `${p.name} [${p.signatory?.name ?? ''}]`), a.place?.name])).toEqual([[['Britain [James Cleverly]', 'Rwanda [Vincent Biruta]'], 'Kigali']]);
  });

  it('reads the body named before what it is on the left of "and" too ("The Mercosur trade bloc and the European Free Trade Association (EFTA) concluded negotiations for a free trade agreement")', () => {
    const text = 'The Mercosur trade bloc and the European Free Trade Association (EFTA) concluded negotiations for a free trade agreement on Friday.';
    expect(partiesOf(text)).toEqual([['Mercosur', 'European Free Trade Association']]);
  });

  it('reads the signers of a body after a title with its portfolio ("by EU Fisheries Commissioner X and Mauritanian Fisheries Minister Y", "EU Commissioner for Environment, Oceans and Fisheries X")', () => {
    expect(signed('The protocol was signed by EU Fisheries Commissioner Virginijus Sinkevicius and Mauritanian Fisheries Minister Mohamed Ould Maayif.')).toEqual([['European Union (Virginijus Sinkevicius)', 'Mauritania (Mohamed Ould Maayif)']]);
    const text = 'The European Union and Mauritania signed a new protocol on Monday. The protocol was signed in Nouakchott by EU Commissioner for Environment, Oceans and Fisheries Virginijus Sinkevicius and Mauritanian Minister of Fisheries Mohamed Abidine Ould Maayif.';
    expect(signed(text)).toEqual([['European Union (Virginijus Sinkevicius)', 'Mauritania (Mohamed Abidine Ould Maayif)']]);
  });

  it('reads the agreement a protocol is added to as no purpose, and a headline\'s renewed partnership as the body\'s protocol to it ("EU and Mauritania renew fisheries partnership", then "a new five-year protocol to their Sustainable Fisheries Partnership Agreement on Monday, allowing ...")', () => {
    const body = 'BRUSSELS, July 15 - The European Union and Mauritania signed a new five-year protocol to their Sustainable Fisheries Partnership Agreement on Monday, allowing up to 87 European vessels to fish in Mauritanian waters.';
    expect(agreements(body).map((a) => [a.kind, a.purpose])).toEqual([['protocol', 'allowing up to 87 European vessels to fish in Mauritanian waters']]);
    expect(agreements('EU and Mauritania renew fisheries partnership\n\n' + body).map((a) => [a.kind, a.parties])).toEqual([['protocol', ['European Union', 'Mauritania']]]);
  });

  it('reads a payment agreed of an amount with its qualifier, named later by its kind as written ("had agreed to pay up to $2.1 billion to license ... from China\'s Hengrui Pharmaceuticals", then "Under the licensing agreement")', () => {
    const text = "NEW YORK, Jan 8 - Pfizer Inc said on Monday it had agreed to pay up to $2.1 billion to license an experimental obesity pill from China's Hengrui Pharmaceuticals. Under the licensing agreement, Pfizer will pay Hengrui $150 million upfront.";
    expect(agreements(text).map((a) => [a.kind, a.status, a.parties])).toEqual([['licensing agreement', 'agreed', ['Pfizer Inc', 'Hengrui Pharmaceuticals']]]);
  });

  it('reads the signers of two cities after a venue and a day, a title in apposition after the role, and a city\'s council as the city ("signed at Leeds Civic Hall on Tuesday by the Lord Mayor of Leeds, Councillor Al Garthwaite, and the Lord Mayor of Dortmund, Thomas Westphal")', () => {
    const text = 'Leeds City Council and the city of Dortmund have signed a twinning agreement to strengthen cultural and economic ties between the two cities.\n\nThe agreement was signed at Leeds Civic Hall on Tuesday by the Lord Mayor of Leeds, Councillor Al Garthwaite, and the Lord Mayor of Dortmund, Thomas Westphal.';
    expect(signed(text)).toEqual([['Leeds City Council (Al Garthwaite)', 'Dortmund (Thomas Westphal)']]);
  });

  it('joins a headline\'s pact between two countries to the body\'s next agreement between bodies named after them ("India and Japan sign pact on joint lunar mission", then "The Indian Space Research Organisation (ISRO) and the Japan Aerospace Exploration Agency (JAXA) on Friday signed ..."), not to one between other bodies', () => {
    const body = 'The Indian Space Research Organisation (ISRO) and the Japan Aerospace Exploration Agency (JAXA) on Friday signed an implementing arrangement for the Lunar Polar Exploration mission.';
    expect(partiesOf('India and Japan sign pact on joint lunar mission\n\n' + body)).toEqual([['Indian Space Research Organisation', 'Japan Aerospace Exploration Agency']]);
    expect(partiesOf('India and Japan sign pact on joint lunar mission\n\nThe Indian Space Research Organisation (ISRO) and NASA on Friday signed an implementing arrangement for a radar satellite.')).toHaveLength(2);
  });

  it('adds the other company of the pair that announced an agreement with one side ("Netflix has struck a 10-year deal ..., the streaming giant and TKO Group Holdings said on Tuesday"), not a company that spoke alone', () => {
    const text = "Netflix has struck a 10-year deal worth more than $5 billion to become the exclusive home of WWE's flagship weekly show Raw starting in January 2025, the streaming giant and TKO Group Holdings said on Tuesday.";
    expect(partiesOf(text)).toEqual([['Netflix', 'TKO Group Holdings']]);
    expect(partiesOf("Netflix has struck a 10-year deal worth more than $5 billion to become the exclusive home of WWE's flagship weekly show Raw, TKO Group Holdings said on Tuesday.")).toEqual([['Netflix']]);
  });

  it('ends a purpose before the ceremony the agreement was signed in ("aimed at ending decades of conflict in eastern Congo, in a ceremony hosted by U.S. Secretary of State Marco Rubio")', () => {
    const text = 'WASHINGTON, June 27 (Reuters) - The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday aimed at ending decades of conflict in eastern Congo, in a ceremony hosted by U.S. Secretary of State Marco Rubio.';
    expect(agreements(text).map((a) => a.purpose)).toEqual(['aimed at ending decades of conflict in eastern Congo']);
  });

  it('reads the company a description names after another name as the side ("with Premier League club Arsenal", "with Toyota unit Daihatsu"), and joins the headline\'s deal to it', () => {
    const body = 'LONDON, March 4 - German sportswear maker Adidas has signed a five-year extension of its kit supply agreement with Premier League club Arsenal, the two companies said on Monday.';
    expect(partiesOf(body)).toEqual([['Adidas', 'Arsenal']]);
    expect(partiesOf('Adidas and Arsenal extend kit deal to 2030\n\n' + body)).toEqual([['Adidas', 'Arsenal']]);
    expect(partiesOf('Shell Oil Co said it signed a supply agreement with Toyota Motor Corp unit Daihatsu Motor Co on Monday.')).toEqual([['Shell Oil Co', 'Daihatsu Motor Co']]);
  });

  it('joins a headline\'s declaration to the body\'s declaration of principles, and reads where it was signed past the date and the building ("signed the document at the presidential palace in Khartoum")', () => {
    const body = 'KHARTOUM, March 23 - The leaders of Egypt, Sudan and Ethiopia signed a declaration of principles on Monday on sharing the waters of the Nile.\n\nEgyptian President Abdel Fattah al-Sisi, Sudanese President Omar al-Bashir and Ethiopian Prime Minister Hailemariam Desalegn signed the document at the presidential palace in Khartoum.';
    const rows = docOf('Egypt, Sudan and Ethiopia sign declaration on Nile dam\n\n' + body).agreements;
    expect(rows.map((a) => [a.kind, a.place?.name])).toEqual([['declaration of principles', 'Khartoum']]);
    expect(docOf('Egypt and Sudan signed an agreement on Monday at the presidential palace in Khartoum.').agreements.map((a) => a.place?.name)).toEqual(['Khartoum']);
  });

  it('joins a headline\'s research pact between described sides to the body\'s memorandum, and reads a signer for the body named after the city his title names ("Melbourne Vice-Chancellor Duncan Maskell and IIT Delhi director Rangan Banerjee signed the agreement")', () => {
    const text = 'Australian and Indian universities sign research pact\n\nNEW DELHI, Feb 20 - The University of Melbourne and the Indian Institute of Technology Delhi signed a memorandum of understanding on Monday to set up a joint PhD programme in artificial intelligence.\n\nMelbourne Vice-Chancellor Duncan Maskell and IIT Delhi director Rangan Banerjee signed the agreement in the presence of Australian Education Minister Jason Clare.';
    expect(signed(text)).toEqual([['University of Melbourne (Duncan Maskell)', 'Indian Institute of Technology Delhi (Rangan Banerjee)']]);
  });

  it('reads the leaders of a group no name is given for beside the side named before it, and a named partnership whole ("Vietnam and a group of rich countries led by the European Union and Britain agreed ..., in a Just Energy Transition Partnership")', () => {
    const text = 'HANOI, Dec 14 - Vietnam and a group of rich countries led by the European Union and Britain agreed on Wednesday to mobilise $15.5 billion to help the Southeast Asian country move away from coal, in a Just Energy Transition Partnership (JETP).';
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['Just Energy Transition Partnership', ['Vietnam', 'European Union', 'Britain']]]);
  });

  it('reads a sentence that says how the agreement before ranks as no other agreement ("It is the biggest vaccine supply deal signed by the EU so far"; Reuters: "It was the second production sharing contract signed by Pertamina this year")', () => {
    const text = 'BRUSSELS, May 20 - The European Commission has signed a contract with Pfizer and BioNTech for up to 1.8 billion doses of their COVID-19 vaccine through 2023, Commission President Ursula von der Leyen said on Thursday.\n\nIt is the biggest vaccine supply deal signed by the EU so far.';
    expect(partiesOf(text)).toEqual([['European Commission', 'Pfizer', 'BioNTech']]);
  });

  it('reads what was agreed in a deal as its purpose, before what the deal goes on to do after a comma ("agreed to acquire Hess Corp for $53 billion in an all-stock deal on Monday, giving ...")', () => {
    const text = 'NEW YORK, Oct 23 (Reuters) - Chevron Corp agreed to acquire Hess Corp for $53 billion in an all-stock deal on Monday, giving the second-largest U.S. oil producer access to a lucrative oil field in Guyana.';
    expect(agreements(text).map((a) => [a.parties, a.purpose])).toEqual([[['Chevron Corp', 'Hess Corp'], 'to acquire Hess Corp for $53 billion']]);
  });

  it('takes where the signing ceremony a later sentence names was for the place of the agreement signed before it ("... said at the signing ceremony in Doha")', () => {
    const text = 'DOHA, Nov 21 (Reuters) - QatarEnergy has signed a 27-year agreement to supply liquefied natural gas to China\'s Sinopec, the Qatari state energy company said on Monday.\n\n"This is the longest LNG supply agreement in the history of the LNG industry," Qatar\'s Minister of State for Energy Affairs Saad al-Kaabi said at the signing ceremony in Doha.';
    expect(docOf(text).agreements.map((a) => [a.parties.map((p) => p.name), a.place?.name])).toEqual([[['QatarEnergy', 'Sinopec'], 'Doha']]);
  });

  it('joins a headline\'s deal to the body\'s agreement whose side only described ends in the same noun ("Zambia reaches debt restructuring deal with bondholders", then "with its international bondholders to restructure about $3 billion of Eurobonds")', () => {
    const text = 'Zambia reaches debt restructuring deal with bondholders\n\nLUSAKA, March 25 (Reuters) - Zambia has reached an agreement in principle with its international bondholders to restructure about $3 billion of Eurobonds, the finance ministry said on Monday.';
    expect(partiesOf(text)).toEqual([['Zambia', 'its international bondholders']]);
  });

  it('reads "the two countries" as the countries named, not through the adjectives that open the titles of the people who signed another agreement the sentence before ("British Home Secretary James Cleverly and Rwandan Foreign Minister Vincent Biruta signed the treaty", then "a memorandum of understanding agreed between the two countries in April 2022")', () => {
    const text = 'KIGALI, Dec 5 - Britain and Rwanda signed a new treaty on Tuesday.\n\nBritish Home Secretary James Cleverly and Rwandan Foreign Minister Vincent Biruta signed the treaty in Kigali.\n\nThe treaty replaces a memorandum of understanding agreed between the two countries in April 2022.';
    expect(signed(text)).toEqual([['Britain (James Cleverly)', 'Rwanda (Vincent Biruta)'], ['Britain', 'Rwanda']]);
  });

  it('takes no signatory from who only announced the agreement reported before ("European Commission President Ursula von der Leyen announced the deal")', () => {
    const text = 'MONTEVIDEO, Dec 6 - The European Union and the South American trade bloc Mercosur concluded negotiations on a free trade agreement on Friday.\n\nEuropean Commission President Ursula von der Leyen announced the deal at a Mercosur summit in Montevideo.';
    expect(signed(text)).toEqual([['European Union', 'Mercosur']]);
  });

  it('reads no place where a ceasefire joined to another kind applies ("agreed to a ceasefire and hostage release deal in Gaza")', () => {
    const text = 'DOHA, Jan 15 - Israel and Hamas have agreed to a ceasefire and hostage release deal in Gaza, mediator Qatar said on Wednesday.';
    expect(docOf(text).agreements.map((a) => [a.kind, a.place])).toEqual([['ceasefire and hostage release deal', null]]);
  });

  it('reads a vote to accept a contract as agreeing it, and the sides a later "The four-year deal between ..." names for the workers only described ("Boeing factory workers voted on Monday to accept a new contract")', () => {
    const text = 'SEATTLE, Nov 4 - Boeing factory workers voted on Monday to accept a new contract, ending a seven-week strike.\n\nThe four-year deal between Boeing and the International Association of Machinists and Aerospace Workers includes a 38 percent pay rise.';
    expect(agreements(text).map((a) => [a.kind, a.status, a.parties])).toEqual([['contract', 'agreed', ['Boeing', 'International Association of Machinists and Aerospace Workers']]]);
  });

  it('reads where an agreement was signed past an occasion named in capitals ("The MoU was signed at the Tamil Nadu Global Investors Meet in Chennai")', () => {
    const text = 'CHENNAI, Jan 8 - Tata Power Renewable Energy Ltd has signed a memorandum of understanding with the Tamil Nadu government to develop 10 gigawatts of solar and wind projects in the state, the company said on Monday.\n\nThe MoU was signed at the Tamil Nadu Global Investors Meet in Chennai in the presence of Chief Minister M.K. Stalin.';
    expect(docOf(text).agreements.map((a) => a.place?.name)).toEqual(['Chennai']);
  });

  it('joins a headline\'s deals to the body\'s "separate agreements" (separate from each other, not from the headline\'s), and takes the signing ceremony\'s city the gazetteer also has as a province ("attended the signing ceremony in Istanbul")', () => {
    const text = "Ukraine, Russia sign deals to resume grain exports\n\nISTANBUL, July 22 - Russia and Ukraine signed separate agreements with Turkey and the United Nations on Friday to reopen Ukraine's Black Sea ports for grain exports.\n\nU.N. Secretary-General Antonio Guterres and Turkish President Tayyip Erdogan attended the signing ceremony in Istanbul.";
    expect(docOf(text).agreements.map((a) => [a.parties.map((p) => p.name), a.place?.name])).toEqual([[['Russia', 'Ukraine', 'Turkey', 'United Nations'], 'Istanbul']]);
  });

  it('reads the signer of a country whose surname is double ("The agreement was signed in Baghdad by TotalEnergies chief executive Patrick Pouyanne and Iraqi Oil Minister Hayan Abdul-Ghani")', () => {
    const text = "BAGHDAD, July 10 (Reuters) - France's TotalEnergies signed a $27 billion deal with Iraq on Monday to build four oil, gas and renewables projects.\n\nThe agreement was signed in Baghdad by TotalEnergies chief executive Patrick Pouyanne and Iraqi Oil Minister Hayan Abdul-Ghani.";
    expect(signed(text)).toEqual([['TotalEnergies (Patrick Pouyanne)', 'Iraq (Hayan Abdul-Ghani)']]);
  });

  it('reads what a company extended in a deal as the deal\'s purpose, with the other side it names ("Visa Inc has extended its sponsorship of FIFA until 2030 in a deal worth $1 billion")', () => {
    const text = 'Visa Inc has extended its sponsorship of FIFA until 2030 in a deal worth $1 billion, the companies said on Friday.';
    expect(agreements(text).map((a) => [a.kind, a.status, a.parties, a.purpose])).toEqual([['deal', 'concluded', ['Visa Inc', 'FIFA'], 'its sponsorship of FIFA until 2030']]);
  });

  it('reads a place named after the country it is in as a side with the one before it ("Singapore and the Chinese city of Shenzhen signed six memorandums of understanding")', () => {
    const text = 'Singapore and the Chinese city of Shenzhen signed six memorandums of understanding on Monday covering smart city technology, finance and intellectual property.';
    expect(partiesOf(text)).toEqual([['Singapore', 'Shenzhen']]);
  });

  it('reads who signed from "The concession was signed by", the word that said the kind two sentences on, and gives the official no country is named for to the one country left ("Transport Cabinet Secretary Kipchumba Murkomen")', () => {
    const text = "NAIROBI, July 2 (Reuters) - Kenya's government signed a 30-year concession agreement with India's Adani Airport Holdings on Wednesday to expand and operate Jomo Kenyatta International Airport, the ministry said.\n\nUnder the $1.85 billion deal, Adani will build a new terminal and a second runway. The concession was signed by Transport Cabinet Secretary Kipchumba Murkomen and Adani Airport Holdings chief executive Arun Bansal.";
    expect(signed(text)).toEqual([['Kenya (Kipchumba Murkomen)', 'Adani Airport Holdings (Arun Bansal)']]);
  });

  it('reads who signed for a body the article names back by its noun ("The agreement was signed by the authority\'s director-general, Kelechi Ohiri, and the federation\'s president, Njide Ndili")', () => {
    const text = "ABUJA, Oct 3 - Nigeria's National Health Insurance Authority signed a memorandum of understanding with the Healthcare Federation of Nigeria on Tuesday to expand coverage to 20 million more people through private hospitals.\n\nThe agreement was signed by the authority's director-general, Kelechi Ohiri, and the federation's president, Njide Ndili, at a ceremony in Abuja.";
    expect(signed(text)).toEqual([['National Health Insurance Authority (Kelechi Ohiri)', 'Healthcare Federation of Nigeria (Njide Ndili)']]);
  });

  it('reads who signed past a long aside after the noun and past the place a venue is in ("The agreement, the largest foreign direct investment in Egypt\'s history, was signed at the cabinet headquarters in the New Administrative Capital by Madbouly and ...")', () => {
    const text = "CAIRO, Feb 23 (Reuters) - Egypt signed a $35 billion deal on Friday with Abu Dhabi's sovereign wealth fund ADQ to develop the Ras El-Hekma peninsula, Prime Minister Mostafa Madbouly said.\n\nThe agreement, the largest foreign direct investment in Egypt's history, was signed at the cabinet headquarters in the New Administrative Capital by Madbouly and ADQ chief executive Mohamed Hassan Alsuwaidi.";
    expect(signed(text)).toEqual([['Egypt (Mostafa Madbouly)', 'ADQ (Mohamed Hassan Alsuwaidi)']]);
  });

  it('dates a signed agreement by a later "was signed in Accra in 2020", not by the day the signing was reported ("..., the Swiss environment office said on Thursday"), and still joins the headline to it', () => {
    const text = "Switzerland and Ghana sign first carbon credit deal under Paris Agreement\n\nGENEVA, Nov 10 (Reuters) - Switzerland and Ghana have signed the first agreement to transfer carbon credits between countries under Article 6 of the Paris Agreement, the Swiss environment office said on Thursday.\n\nThe bilateral agreement was signed in Accra in 2020, but Thursday's authorisation of the first project makes it operational.";
    expect(docOf(text, '2022-11-10').agreements.map((a) => [a.kind, a.parties.map((p) => p.name), a.date?.value, a.place?.name])).toEqual([['agreement', ['Switzerland', 'Ghana'], '2020', 'Accra']]);
  });

  it('joins a headline\'s treaty to the body\'s agreement with the same sides and words ("France and Canada sign film co-production treaty update", then "signed an updated audiovisual co-production agreement ... allowing films"), and keeps the treaty signed in 1963 apart', () => {
    const text = 'France and Canada sign film co-production treaty update\n\nPARIS, May 15 - France and Canada signed an updated audiovisual co-production agreement on Monday, allowing films and series made jointly by producers in both countries to qualify for national funding and quotas.\n\nThe two countries first signed a co-production treaty in 1963, one of the oldest such accords in the world.';
    expect(docOf(text, '2023-05-15').agreements.map((a) => [a.kind, a.parties.map((p) => p.name), a.date?.value])).toEqual([
      ['audiovisual co-production agreement', ['France', 'Canada'], '2023-05-15'],
      ['co-production treaty', ['France', 'Canada'], '1963'],
    ]);
  });

  it('joins a headline\'s deal with a country to the body\'s contract with a company that country owns ("Poland signs deal with South Korea for K2 tanks", then "a $6.5 billion contract with South Korea\'s Hyundai Rotem")', () => {
    const text = "Poland signs deal with South Korea for K2 tanks\n\nWARSAW, Dec 2 (Reuters) - Poland signed a $6.5 billion contract with South Korea's Hyundai Rotem on Monday for 180 K2 tanks.\n\nDefence Minister Wladyslaw Kosiniak-Kamysz said the first tanks would be delivered in 2026.";
    expect(partiesOf(text)).toEqual([['Poland', 'Hyundai Rotem']]);
  });

  it('reads a past month that ends what a company agreed to do as when it agreed, not part of it ("Chevron agreed to buy Hess in October 2023. The deal gives Chevron a 30% stake")', () => {
    const text = 'HOUSTON, July 18 - Chevron Corp said on Friday it had completed its $53 billion acquisition of Hess Corp.\n\nChevron agreed to buy Hess in October 2023. The deal gives Chevron a 30% stake in the Stabroek block off Guyana.';
    expect(docOf(text, '2025-07-18').agreements.map((a) => [a.purpose, a.date?.value])).toEqual([['to buy Hess', '2023-10']]);
  });

  it('reads sides that "have agreed on" what they agreed, unarticled, named "the agreement" after, and ends what they agreed before a speaker whose name holds commas ("..., the Norwegian Ministry of Trade, Industry and Fisheries said on Friday")', () => {
    const text = 'OSLO, Dec 8 - Norway and the European Union have agreed on fishing quotas for shared stocks in the North Sea for next year, the Norwegian Ministry of Trade, Industry and Fisheries said on Friday.\n\nUnder the agreement, the total allowable catch for North Sea cod will be cut by 20%.';
    expect(agreements(text)).toEqual([{ kind: 'agreement', status: 'agreed', parties: ['Norway', 'European Union'], purpose: 'fishing quotas for shared stocks in the North Sea for next year' }]);
  });

  it('reads the names "with" ends what an agreement is on with as its other sides, when none was named ("signed a separate agreement on Skagerrak quotas with Sweden and Denmark")', () => {
    const text = 'The EU and Norway also signed a separate agreement on Skagerrak quotas with Sweden and Denmark.';
    expect(agreements(text)).toEqual([{ kind: 'agreement', status: 'signed', parties: ['European Union', 'Norway', 'Sweden', 'Denmark'], purpose: 'Skagerrak quotas' }]);
  });

  it('reads "The U.S. drugmaker" for the company named last when no company is tied to that country and its sentence names no other, and a name ending in "Pool" as a body ("the United Nations-backed Medicines Patent Pool (MPP)")', () => {
    const text = "Pfizer signs licensing deal with generic makers for COVID pill\n\nNov 16 (Reuters) - Pfizer Inc said on Tuesday it would allow generic drugmakers to produce versions of its experimental COVID-19 antiviral pill for use in 95 low- and middle-income countries.\n\nThe U.S. drugmaker signed a licensing agreement with the United Nations-backed Medicines Patent Pool (MPP), which will allow generic manufacturers to sub-license the pill, Paxlovid.";
    expect(partiesOf(text)).toEqual([['Pfizer Inc', 'Medicines Patent Pool']]);
  });

  it('reads the purpose past what the other side is a subsidiary of ("with Uranium One Group, a subsidiary of Russian nuclear agency Rosatom, to build"), and joins the headline\'s country to its state company ("Bolivia\'s state lithium company YLB")', () => {
    const text = "Bolivia signs lithium deal with Russia's Uranium One\n\nLA PAZ, Sept 12 (AP) - Bolivia's state lithium company YLB signed a $450 million contract with Uranium One Group, a subsidiary of Russian nuclear agency Rosatom, to build a lithium carbonate plant in the Potosi salt flats.";
    expect(agreements(text)).toEqual([{ kind: 'contract', status: 'signed', parties: ['YLB', 'Uranium One Group'], purpose: 'to build a lithium carbonate plant in the Potosi salt flats' }]);
  });

  it('joins a headline\'s bare deal to the body\'s order between the same two companies ("Qantas and Airbus sign deal for A350 jets", then "it had finalised an order with Airbus SE for 12 A350-1000 jets")', () => {
    const text = 'Qantas and Airbus sign deal for A350 jets\n\nSYDNEY, May 2 - Qantas Airways Ltd said on Monday it had finalised an order with Airbus SE for 12 A350-1000 jets to fly non-stop from Sydney to London and New York from late 2025.';
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['order', ['Qantas Airways Ltd', 'Airbus SE']]]);
  });

  it('joins a headline whose sides are countries to the body\'s agreement between bodies named after them ("China, Brazil central banks sign currency swap deal", then "The People\'s Bank of China and the Central Bank of Brazil signed")', () => {
    const text = "China, Brazil central banks sign currency swap deal\n\nBEIJING, March 26 (Reuters) - The People's Bank of China and the Central Bank of Brazil signed a bilateral currency swap agreement worth 190 billion yuan ($30 billion) on Monday, the Chinese central bank said.";
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['bilateral currency swap agreement', ["People's Bank of China", 'Central Bank of Brazil']]]);
  });

  it('reads a company\'s web name as one name that ends no sentence ("Pony.ai"), and no date still to come where the partnership starts as its date ("starting in the Middle East later this year")', () => {
    const text = 'SAN FRANCISCO, May 6 - Uber Technologies has struck a strategic partnership with Chinese autonomous driving company Pony.ai to deploy robotaxis on the Uber app, starting in the Middle East later this year, the companies said on Tuesday.';
    expect(docOf(text, '2025-05-06').agreements.map((a) => [a.parties.map((p) => p.name), a.purpose, a.date?.text])).toEqual([[['Uber Technologies', 'Pony.ai'], 'to deploy robotaxis on the Uber app', 'Tuesday']]);
  });
  it('ends the purpose at a speaker whose verb a comma sets off (", the Polish defence ministry said, including an offset agreement ...")', () => {
    const text = "WARSAW, Dec 1 (Reuters) - Poland signed a contract worth about $10 billion with South Korea's Hanwha Aerospace on Friday for 152 K9 self-propelled howitzers, the Polish defence ministry said, including an offset agreement under which part of the guns will be built in Poland.";
    expect(agreements(text).map((a) => [a.parties, a.purpose])).toEqual([[['Poland', 'Hanwha Aerospace'], '152 K9 self-propelled howitzers']]);
  });
  it('gives each airline its signer after a C-suite role ("signed in New Delhi by Lufthansa chief commercial officer Dieter Vranckx and Air India chief commercial officer Nipun Aggarwal")', () => {
    const text = "NEW DELHI, Jan 17 (Reuters) - Germany's Lufthansa and Air India signed an expanded codeshare agreement on Wednesday, the airlines said.\n\nThe agreement, signed in New Delhi by Lufthansa chief commercial officer Dieter Vranckx and Air India chief commercial officer Nipun Aggarwal, covers 26 routes in Europe and 19 in India.";
    expect(signed(text)).toEqual([['Lufthansa (Dieter Vranckx)', 'Air India (Nipun Aggarwal)']]);
  });
  it('reads the purpose past what the other side is the arm of in a country ("with Telkomsat, the satellite arm of Indonesia\'s state telecoms firm Telkom Indonesia, to bring broadband"), which joins the headline\'s "satellite broadband deal" to the body\'s distribution agreement', () => {
    const text = "Eutelsat's OneWeb signs satellite broadband deal with Indonesia's Telkomsat\n\nJAKARTA, March 12 (Reuters) - Eutelsat Group's low-earth-orbit unit OneWeb has signed a distribution agreement with Telkomsat, the satellite arm of Indonesia's state telecoms firm Telkom Indonesia, to bring broadband to remote islands, the companies said on Tuesday.";
    expect(agreements(text)).toEqual([{ kind: 'distribution agreement', status: 'signed', parties: ['OneWeb', 'Telkomsat'], purpose: 'to bring broadband to remote islands' }]);
  });
  it('joins a headline\'s country to the body\'s company whose one-word name the country\'s opens ("Qatar signs deal with Hudong-Zhonghua for LNG tankers", then "QatarEnergy signed an agreement with China\'s Hudong-Zhonghua Shipbuilding")', () => {
    const text = "Qatar signs deal with Hudong-Zhonghua for LNG tankers\n\nDOHA, Oct 12 (Reuters) - QatarEnergy signed an agreement with China's Hudong-Zhonghua Shipbuilding on Wednesday for the construction of 12 liquefied natural gas carriers, the state energy company said.";
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['agreement', ['QatarEnergy', 'Hudong-Zhonghua Shipbuilding']]]);
  });

  it('reads a signer before a clause on who they are ("Saad al-Kaabi, who is also Qatar\'s minister of state for energy affairs, signed for QatarEnergy"), and one who signed "for the shipyard" for the body their title names ("Hudong-Zhonghua president Chen Jianliang")', () => {
    const text = "DOHA, Oct 12 (Reuters) - QatarEnergy signed an agreement with China's Hudong-Zhonghua Shipbuilding on Wednesday for the construction of 12 liquefied natural gas carriers.\n\nQatarEnergy chief executive Saad al-Kaabi, who is also Qatar's minister of state for energy affairs, signed for QatarEnergy, and Hudong-Zhonghua president Chen Jianliang signed for the shipyard.";
    expect(signed(text)).toEqual([['QatarEnergy (Saad al-Kaabi)', 'Hudong-Zhonghua Shipbuilding (Chen Jianliang)']]);
  });
  it('joins a headline\'s partnership to the body\'s agreement of the same kind between the same sides ("Lufthansa, Air India deepen codeshare partnership", then "signed an expanded codeshare agreement")', () => {
    const text = "Lufthansa, Air India deepen codeshare partnership\n\nNEW DELHI, Jan 17 (Reuters) - Germany's Lufthansa and Air India signed an expanded codeshare agreement on Wednesday that will let passengers book flights across both networks on a single ticket, the airlines said.";
    expect(agreements(text).map((a) => [a.kind, a.status, a.parties])).toEqual([['codeshare agreement', 'signed', ['Lufthansa', 'Air India']]]);
  });
  it('reads the other side past the ceremony and where it was ("signed the deal at a ceremony in Warsaw with Hanwha Aerospace chief executive Son Jae-il")', () => {
    expect(signed('Polish Defence Minister Mariusz Blaszczak signed the deal at a ceremony in Warsaw with Hanwha Aerospace chief executive Son Jae-il.')).toEqual([['Poland (Mariusz Blaszczak)', 'Hanwha Aerospace (Son Jae-il)']]);
  });
  it('reads "Australian Resources Minister" as a minister of Australia, and "The memorandum of understanding was signed by" as the document the bare agreement just reported between the same sides is ("Vietnam and Australia signed an agreement on Thursday to cooperate on critical minerals")', () => {
    const text = "HANOI, March 7 (Reuters) - Vietnam and Australia signed an agreement on Thursday to cooperate on critical minerals, as Vietnamese Prime Minister Pham Minh Chinh visited Canberra.\n\nThe memorandum of understanding was signed by Australian Resources Minister Madeleine King and Vietnam's Minister of Natural Resources and Environment Dang Quoc Khanh.";
    expect(docOf(text).agreements.map((a) => [a.kind, a.parties.map((p) => (p.signatory ? `${p.name} (${p.signatory.name})` : p.name)), a.purpose])).toEqual([['memorandum of understanding', ['Vietnam (Dang Quoc Khanh)', 'Australia (Madeleine King)'], 'to cooperate on critical minerals']]);
  });
  it('takes the company a person owns as the side ("signed an agreement with Elon Musk\'s SpaceX to offer Starlink\'s satellite internet services")', () => {
    const text = "NEW DELHI, March 12 (Reuters) - Reliance Jio has signed an agreement with Elon Musk's SpaceX to offer Starlink's satellite internet services to customers in India.";
    expect(agreements(text)).toEqual([{ kind: 'agreement', status: 'signed', parties: ['Reliance Jio', 'SpaceX'], purpose: "to offer Starlink's satellite internet services to customers in India" }]);
  });
  it('reads the country whose minister is named after the comma ("by Nelson and Japan\'s education and science minister, Masahito Moriyama"), and gives the one country left the official of a body no side is ("NASA Administrator Bill Nelson")', () => {
    const text = "WASHINGTON, April 10 (Reuters) - The United States and Japan signed an agreement on Wednesday under which Japan will provide a pressurised lunar rover for NASA's Artemis programme, NASA Administrator Bill Nelson said.\n\nThe agreement was signed by Nelson and Japan's education and science minister, Masahito Moriyama, in Washington during a state visit by Japanese Prime Minister Fumio Kishida.";
    expect(signed(text)).toEqual([['United States (Bill Nelson)', 'Japan (Masahito Moriyama)']]);
  });
  it('joins the agreement the next sentence names as the object of the same sides\' signing ("Teodoro and Kamikawa signed the Reciprocal Access Agreement in Manila") to the pact just reported, not one it says is another ("also signed the ...")', () => {
    const text = "MANILA, July 8 (Reuters) - The Philippines and Japan signed a defence pact on Monday that allows the deployment of troops on each other's soil.\n\nPhilippine Defence Secretary Gilberto Teodoro and Japanese Foreign Minister Yoko Kamikawa signed the Reciprocal Access Agreement in Manila.";
    const rows = (t: string) => docOf(t).agreements.map((a) => [a.kind, a.parties.map((p) => (p.signatory ? `${p.name} (${p.signatory.name})` : p.name)), a.place?.name]);
    expect(rows(text)).toEqual([['defence pact', ['Philippines (Gilberto Teodoro)', 'Japan (Yoko Kamikawa)'], 'Manila']]);
    expect(rows(text.replace('Kamikawa signed the', 'Kamikawa also signed the'))).toHaveLength(2);
  });
  it('reads who signed for a side after the last sentence that names the agreement again ("The order, which includes 75 firm orders ..., was signed at a ceremony", then "Turkish Airlines chairman Ahmet Bolat signed for the carrier")', () => {
    const text = "Boeing wins 150-jet order from Turkish Airlines\n\nISTANBUL, Sept 12 (Reuters) - Turkish Airlines has agreed to buy up to 150 Boeing 737 MAX jets and 50 787 Dreamliners, the carrier said on Tuesday.\n\nThe order, which includes 75 firm orders and options for 75 more, was signed at a ceremony in Istanbul attended by President Tayyip Erdogan. Turkish Airlines chairman Ahmet Bolat signed for the carrier.";
    expect(signed(text)).toEqual([['Boeing', 'Turkish Airlines (Ahmet Bolat)']]);
  });
  it('takes the names between commas after a plural subject as the sides ("The central banks of the two countries, the RBI and the Central Bank of the UAE, also signed a memorandum of understanding")', () => {
    const text = "NEW DELHI, July 15 (Reuters) - India and the United Arab Emirates signed an agreement on Saturday to settle trade in their local currencies, the Reserve Bank of India said.\n\nThe central banks of the two countries, the RBI and the Central Bank of the UAE, also signed a memorandum of understanding to link their payment systems.";
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([
      ['agreement', ['India', 'United Arab Emirates']],
      ['memorandum of understanding', ['Reserve Bank of India', 'Central Bank of the UAE']],
    ]);
  });
  it('reads both sides of a headline\'s comma when the second is a name no rule typed ("Microsoft, G42 strike $1.5 billion AI partnership in UAE")', () => {
    const text = "Microsoft, G42 strike $1.5 billion AI partnership in UAE\n\nABU DHABI, April 16 (Reuters) - Microsoft Corp will invest $1.5 billion in Abu Dhabi-based artificial intelligence company G42, the two companies said on Tuesday.";
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['AI partnership', ['Microsoft Corp', 'G42']]]);
  });
  it('reads the names a sentence opens with past its dateline for an agreement it names in the middle ("DETROIT, June 13 (Reuters) - General Motors and South Korea\'s Samsung SDI said ... under a joint venture agreement signed in April"), not the dateline\'s city', () => {
    const text = "DETROIT, June 13 (Reuters) - General Motors and South Korea's Samsung SDI said on Tuesday they would invest more than $3 billion to build an electric vehicle battery plant in New Carlisle, Indiana, under a joint venture agreement signed in April.";
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['joint venture agreement', ['General Motors', 'Samsung SDI']]]);
  });
  it('knows Germany\'s Free Democrats by their party\'s name and "FDP", so a coalition agreement has three sides and "FDP leader Christian Lindner" signs for his party', () => {
    const text = "BERLIN, Dec 7 (Reuters) - Germany's Social Democrats, Greens and Free Democrats signed a coalition agreement on Tuesday, clearing the way for Olaf Scholz to be sworn in as chancellor on Wednesday.\n\nThe leaders of the three parties, including Scholz, Greens co-leader Robert Habeck and FDP leader Christian Lindner, signed the 177-page agreement at a ceremony in Berlin.";
    expect(signed(text)).toEqual([['Social Democrats', 'Greens', 'Free Democratic Party (Christian Lindner)']]);
  });
  it('reads a person named between commas after an officer\'s role (Reuters: "Time Inc\'s chief financial officer, Thayer Bigelow, told"), who signs for the company whose officer they are ("DP World\'s chief operating officer, Yuvraj Narayan")', () => {
    const text = "DAR ES SALAAM, Oct 22 (Reuters) - Tanzania signed three agreements with Dubai's DP World on Sunday giving the port operator a 30-year concession to run four berths at the Dar es Salaam port.\n\nThe agreements were signed by Tanzania Ports Authority director general Plasduce Mbossa and DP World's chief operating officer, Yuvraj Narayan, in the presence of President Samia Suluhu Hassan.";
    expect(signed(text)).toEqual([['Tanzania (Plasduce Mbossa)', 'DP World (Yuvraj Narayan)']]);
  });
  it('reads a partnership two named companies formed together, past an article\'s "new" that wink tags as an adverb ("A.P. Moller-Maersk and Germany\'s Hapag-Lloyd said on Wednesday they had agreed to form a new long-term operational partnership"); Reuters: "Hughes Aircraft Co subsidiary and Raytheon Co said they formed a joint-venture partnership"), but not a partnership one investor forms, a firm', () => {
    const text = "COPENHAGEN, Jan 17 (Reuters) - Danish shipping group A.P. Moller-Maersk and Germany's Hapag-Lloyd said on Wednesday they had agreed to form a new long-term operational partnership, named the Gemini Cooperation, starting in February 2025.";
    expect(agreements(text).map((a) => [a.kind, a.status, a.parties])).toEqual([['long-term operational partnership', 'agreed', ['A.P. Moller-Maersk', 'Hapag-Lloyd']]]);
    const reuters = "General Motors Corp's <GM>\nHughes Aircraft Co subsidiary and Raytheon Co said they formed\na joint-venture partnership to compete for the U.S. Navy's\nAdvanced Air-to-Air Missile program.";
    expect(agreements(reuters).map((a) => [a.kind, a.parties])).toEqual([['joint-venture partnership', ['Hughes Aircraft Co', 'Raytheon Co']]]);
    expect(agreements('Financier Asher Edelman said he formed a new partnership to buy shares of Datapoint Corp.')).toEqual([]);
  });
  it('joins a headline\'s deals with the body\'s agreements when the headline shortens a side\'s name ("NBA signs ... media rights deals with Disney, NBC and Amazon", then "with Walt Disney Co, Comcast\'s NBCUniversal and Amazon.com")', () => {
    const text = "NBA signs $76 billion media rights deals with Disney, NBC and Amazon\n\nJuly 24 (Reuters) - The National Basketball Association said on Wednesday it had signed 11-year media rights agreements with Walt Disney Co, Comcast's NBCUniversal and Amazon.com worth about $76 billion in total.";
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['media rights agreement', ['National Basketball Association', 'Walt Disney Co', 'NBCUniversal', 'Amazon']]]);
  });
  it('leaves a deal named as the object of an agreement\'s own verb in the present to that deal ("The agreement follows a deal struck last year with official creditors": struck is the deal\'s, not the agreement\'s)', () => {
    const text = "LUSAKA, March 25 (Reuters) - Zambia has reached an agreement in principle with a committee of its international bondholders to restructure about $3 billion of Eurobonds, the finance ministry said on Monday.\n\nThe agreement follows a deal struck last year with official creditors including China, Zambia's largest bilateral lender.";
    expect(agreements(text).map((a) => a.kind)).toEqual(['agreement', 'deal']);
  });
  it('ends a purpose at the agreement it was made in ("to reopen Ukraine\'s Black Sea ports for grain exports, in an agreement brokered by Turkey and the United Nations")', () => {
    const text = "ISTANBUL, July 22 (Reuters) - Russia and Ukraine signed a deal on Friday to reopen Ukraine's Black Sea ports for grain exports, in an agreement brokered by Turkey and the United Nations.";
    expect(agreements(text)[0].purpose).toBe("to reopen Ukraine's Black Sea ports for grain exports");
  });
  it('dates what was agreed by the report that ends its sentence ("Glencore has agreed to buy ..., the Canadian miner said on Tuesday"), unless the article dates the agreement itself (Reuters: "an official spokesman said Tuesday. ... the agreement had been reached during a visit to Moscow last week")', () => {
    const glencore = "Nov 14 (Reuters) - Glencore has agreed to buy a 77% stake in Teck Resources' steelmaking coal business for $6.93 billion in cash, the Canadian miner said on Tuesday.\n\nThe deal is expected to close in the third quarter of 2024.";
    expect(docOf(glencore).agreements.map((a) => [a.parties.map((p) => p.name), a.date?.text])).toEqual([[['Glencore', 'Teck Resources'], 'Tuesday']]);
    const reuters = "Iran and the Soviet Union have\nprovisionally agreed to hold talks on a possible exchange of\nIranian crude oil for finished Soviet oil products, an official\nspokesman said Tuesday.\n    Gennady Gerasimov, chief of the Soviet Foreign Ministry's\nInformation Directorate, told reporters the agreement had been\nreached during a visit to Moscow last week by Iran's Oil\nMinister Gholamreza Aqazadeh.";
    expect(docOf(reuters).agreements.map((a) => a.date?.text)).toEqual(['last week']);
  });
  it('reads both signers listed before "signed the deal" when the second\'s title opens with a rank before the country ("Kenyan Trade Minister Moses Kuria and Deputy U.S. Trade Representative Sarah Bianchi signed the deal")', () => {
    const text = "NAIROBI, Feb 20 (Reuters) - Kenya and the United States on Thursday signed an agreement to boost trade in agricultural products.\n\nKenyan Trade Minister Moses Kuria and Deputy U.S. Trade Representative Sarah Bianchi signed the deal in Nairobi.";
    expect(signed(text)).toEqual([['Kenya (Moses Kuria)', 'United States (Sarah Bianchi)']]);
  });
  it('ends what a purchase in a deal was before the report\'s clause between commas, whose day dates it ("Pfizer Inc will buy cancer drug developer Seagen Inc for $43 billion, the companies said on Monday, in a deal that bolsters its pipeline")', () => {
    const text = "Mar 13 (Reuters) - Pfizer Inc will buy cancer drug developer Seagen Inc for $43 billion, the companies said on Monday, in a deal that bolsters its pipeline as sales of its COVID-19 products decline.";
    expect(docOf(text).agreements.map((a) => [a.purpose, a.date?.text])).toEqual([['buy cancer drug developer Seagen Inc for $43 billion', 'Monday']]);
  });
  it('reads a company\'s officer named right after the role, past the country the role is for, and the next signer after "and" ("signed by Chevron\'s Venezuela manager Javier La Rosa and PDVSA president Asdrubal Chavez in Caracas")', () => {
    const text = "CARACAS, Dec 1 (Reuters) - Chevron Corp signed contracts with Venezuelan state oil company PDVSA on Saturday that will allow the U.S. company to expand its operations in the country.\n\nThe agreements were signed by Chevron's Venezuela manager Javier La Rosa and PDVSA president Asdrubal Chavez in Caracas, the oil ministry said.";
    expect(signed(text)).toEqual([['Chevron Corp (Javier La Rosa)', 'PDVSA (Asdrubal Chavez)']]);
    expect(docOf(text).agreements[0].place?.name).toBe('Caracas');
  });
  it('joins a headline\'s deal to the body\'s partnership between the same sides, takes no purpose from when it ends ("extend kit deal to 2030"), and dates it by the report past a relative clause ("a new long-term kit partnership that will run until ..., the Premier League club said on Friday")', () => {
    const text = "Adidas, Arsenal extend kit deal to 2030\n\nLONDON, Aug 5 (Reuters) - Arsenal and Adidas have agreed a new long-term kit partnership that will run until the end of the 2029-30 season, the Premier League club said on Friday.";
    expect(docOf(text).agreements.map((a) => [a.kind, a.parties.map((p) => p.name), a.date?.text])).toEqual([['long-term kit partnership', ['Arsenal', 'Adidas'], 'Friday']]);
    expect(agreements('Adidas, Arsenal extend kit deal to 2030').map((a) => a.purpose)).toEqual([null]);
  });
  it('joins a headline\'s bare order to the body\'s contract between the same two sides, the buyer named in the headline by the nationality its name opens with ("Fincantieri clinches $1.6 billion order for cruise ships from Norwegian", then "with Norwegian Cruise Line Holdings")', () => {
    const text = "Fincantieri clinches $1.6 billion order for cruise ships from Norwegian\n\nMILAN, April 11 (Reuters) - Italian shipbuilder Fincantieri has signed a contract with Norwegian Cruise Line Holdings to build four new cruise ships for its Oceania Cruises and Regent Seven Seas Cruises brands, the company said on Thursday.";
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['contract', ['Fincantieri', 'Norwegian Cruise Line Holdings']]]);
  });
  it('reads "The so-called 123 agreement was signed by ..." as the agreement just reported, whose signers it names', () => {
    const text = "SAN FRANCISCO, Nov 16 (Reuters) - The Philippines and the United States signed a civil nuclear cooperation agreement on Thursday on the sidelines of the Asia-Pacific Economic Cooperation summit in San Francisco.\n\nThe so-called 123 agreement was signed by U.S. Secretary of State Antony Blinken and Philippine Energy Secretary Raphael Lotilla.";
    expect(signed(text)).toEqual([['Philippines (Raphael Lotilla)', 'United States (Antony Blinken)']]);
  });
  it('reads a sale agreed before as the agreement the article names "The sale" later, from the body\'s report rather than its headline, past an aside on what is sold ("Unilever has agreed to sell its tea business, including brands such as Lipton and PG Tips, to private equity firm CVC Capital Partners"; Reuters: "Hudson\'s Bay Co said it agreed to sell ... The sale is subject to regulatory approvals")', () => {
    const text = "Unilever agrees to sell tea business to CVC for 4.5 billion euros\n\nLONDON, Nov 18 (Reuters) - Unilever has agreed to sell its tea business, including brands such as Lipton and PG Tips, to private equity firm CVC Capital Partners for 4.5 billion euros ($5.1 billion), the consumer goods giant said on Thursday.\n\nThe sale is expected to be completed in the second half of 2022.";
    expect(docOf(text).agreements.map((a) => [a.kind, a.status, a.parties.map((p) => p.name), a.date?.text])).toEqual([['sale', 'agreed', ['Unilever', 'CVC Capital Partners'], 'Thursday']]);
    const reuters = "Hudson's Bay Co said it agreed to sell\nits entire 54.5 pct interest in Canadian Roxy Petroleum Ltd, a\ntotal of about 7.5 mln shares, to Westcoast Transmission Co Ltd\n<WTC> for 11 dlrs a share.\n    Hudson's Bay said proceeds of about 82 mln dlrs will be\nused to reduce corporate debt.\n    The sale is subject to regulatory approvals.";
    expect(partiesOf(reuters)).toEqual([["Hudson's Bay Co", 'Westcoast Transmission Co Ltd']]);
    expect(partiesOf("Hudson's Bay Co said it plans to sell its stake in Canadian Roxy Petroleum Ltd.\n    The sale is subject to regulatory approvals.")).toEqual([]);
  });
  it('dates what was agreed by the report whose day a comma follows (", the companies said on Tuesday, ending a months-long pursuit of the Canadian miner")', () => {
    const text = "Nov 14 (Reuters) - Glencore Plc has agreed to buy a 77% stake in Teck Resources' steelmaking coal business for $6.9 billion in cash, the companies said on Tuesday, ending a months-long pursuit of the Canadian miner.\n\nThe deal values the coal business at $9 billion, Teck said.";
    expect(docOf(text).agreements.map((a) => a.date?.text)).toEqual(['Tuesday']);
  });
  it('gives no country the signature of a company\'s chief ("The contract was signed by Serbian Defence Minister Bratislav Gasic and Dassault Aviation Chief Executive Eric Trappier", for jets bought from France)', () => {
    const text = "Serbia signs deal to buy 12 Rafale jets from France\n\nBELGRADE, Aug 29 (Reuters) - Serbia signed a contract on Thursday to buy 12 Rafale fighter jets from France for 2.7 billion euros, during a visit to Belgrade by French President Emmanuel Macron.\n\nThe contract was signed by Serbian Defence Minister Bratislav Gasic and Dassault Aviation Chief Executive Eric Trappier.";
    expect(signed(text)).toEqual([['Serbia (Bratislav Gasic)', 'France']]);
  });
  it('names the country of a "Thai" signer Thailand, as "Cambodian" names Cambodia ("Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet signed the declaration")', () => {
    const text = "KUALA LUMPUR, Oct 26 (Reuters) - Thailand and Cambodia signed an expanded ceasefire agreement on Sunday in a ceremony attended by U.S. President Donald Trump.\n\nThai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet signed the declaration.";
    expect(signed(text).flat().filter((x) => x.includes('Anutin'))).toEqual(['Thailand (Anutin Charnvirakul)']);
  });
  it('reads the purchase a headline\'s order reports, signed, from "The agreement with Airbus was signed ... by ... and Airbus Chief Executive Guillaume Faury", whose officer signs for the side already named, and takes no kind from how the order ranks ("in one of the largest orders in its history")', () => {
    const text = "Airbus wins order for 100 jets from Turkish Airlines\n\nISTANBUL, Dec 14 (Reuters) - Turkish Airlines has agreed to buy 220 Airbus jets, including 150 firm orders, the carrier said on Thursday, in one of the largest orders in its history.\n\nThe agreement with Airbus was signed in Istanbul by Turkish Airlines chairman Ahmet Bolat and Airbus Chief Executive Guillaume Faury.";
    expect(docOf(text).agreements.map((a) => [a.kind, a.status, a.date?.text, a.place?.name])).toEqual([['agreement', 'signed', 'Thursday', 'Istanbul']]);
    expect(signed(text)).toEqual([['Turkish Airlines (Ahmet Bolat)', 'Airbus (Guillaume Faury)']]);
  });
  it('reads a headline\'s "Vale, Mitsui" as two sides, the first the company the body names "Vale SA", not the town a comma and a capital would make of it, and joins the headline\'s deal to the body\'s memorandum', () => {
    const text = "Vale, Mitsui sign deal on low-carbon iron ore products\n\nRIO DE JANEIRO, Nov 21 (Reuters) - Brazilian miner Vale SA and Japanese trading house Mitsui & Co signed a memorandum of understanding to study low-carbon iron ore products for steelmakers, Vale said on Tuesday.";
    expect(agreements(text).map((a) => [a.kind, a.parties])).toEqual([['memorandum of understanding', ['Vale SA', 'Mitsui & Co']]]);
    expect(docOf(text).entities.filter((e) => e.name.includes('Vale')).map((e) => `${e.type}: ${e.name} (${e.aliases.join(', ')})`)).toEqual(['organisation: Vale SA (Vale)']);
  });
  it('reads "The order, which comprises ..., was signed in Washington by ..." as the purchase agreed just before, which it places and whose signers it names ("Ryanair has agreed to buy up to 300 Boeing 737 MAX 10 jets in a deal")', () => {
    const text = "DUBLIN, May 9 (Reuters) - Ryanair has agreed to buy up to 300 Boeing 737 MAX 10 jets in a deal worth more than $40 billion at list prices, the Irish airline said on Tuesday.\n\nThe order, which comprises 150 firm orders and 150 options, was signed in Washington by Ryanair Chief Executive Michael O'Leary and Boeing Commercial Airplanes chief Stan Deal.";
    expect(docOf(text).agreements.map((a) => [a.status, a.place?.name])).toEqual([['signed', 'Washington']]);
    expect(signed(text)).toEqual([["Ryanair (Michael O'Leary)", 'Boeing (Stan Deal)']]);
  });
});
