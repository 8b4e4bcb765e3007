// Word lists the entity rules share, loaded on first use.
import { lexiconSet } from '../../analyse/lexicon.js';

/** A model number after a maker's name: A380, 787, 747-400, A330-200. */
export const MODEL = /^[A-Z]{0,3}\d{2,4}(?:-\d{1,4}[A-Z]{0,3})?[A-Z]?$/;
/**
 * Particles and articles that open surnames, company names and places, kept when capitalised before a capitalised
 * word ("De Laurentiis", "Van Dyke", "Du Pont", "El Paso Electric Co", "Den Norske Creditbank").
 */
export const NAME_PARTICLE = /^(de|du|da|di|del|della|dos|van|von|el|la|le|les|der|den)$/;

export const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Plural words that describe the names after them as a list: "U.S. oil companies Tenneco Inc and Texas Eastern". */
export const PLURAL_DESCRIPTOR = /^(companies|firms|carriers|banks|airlines|groups|makers|manufacturers|producers|concerns|utilities|insurers|lenders|brokers|brokerages|retailers|operators|refiners|distributors|suppliers|exchanges|agencies|unions|automakers|carmakers|giants|rivals|conglomerates|houses)$/;

/** The word beside a company's name that says it is part of another: "Aramco's subsidiary Saudi Aramco Power Co". */
export const UNIT_NOUNS = /^(subsidiary|unit|affiliate|division|arm)$/;

/** The trade a company's full name gives between its short name and its legal form ("Toyota Motor Corp"). */
export const TRADE_WORDS = /^(motor|motors|electric|electronics|steel|chemical|chemicals|petroleum|oil|airlines|airways|aircraft|aerospace|pharmaceutical|pharmaceuticals|telecom|telecommunications|communications|computer|computers|foods|brewing|breweries|mining|shipbuilding|shipping|tobacco|textile|textiles|stores|systems|semiconductor|laboratories|pictures|software|networks|energy|gas|power|insurance|financial|metallurgical|metallurgy|metals|machinery|construction|petrochemical|petrochemicals|automotive|refining|consultants|engineers|contractors)$/;

/** Words a company's full name adds before its legal form that name no trade ("Viacom International Inc"). */
export const GROUP_WORDS = /^(international|industries|enterprises|holdings)$/;

/** A legal form written out, as a state company's own name writes it before its country: "State Grid Corporation of China". */
export const SPELLED_OUT_FORM = /^(corporation|company)$/;

/** A company's legal form proper: not "Group", "Holdings", "Trust" ("the Paris Group of Six"). */
export const CORPORATE_FORM = /^(inc|inc\.|incorporated|corp|corp\.|corporation|co|co\.|company|ltd|ltd\.|limited|llc|plc|ag|gmbh|sa|s\.a\.|nv|n\.v\.|bv|b\.v\.|ab|asa|a\/s|spa|s\.p\.a\.|pty|bhd|kk|k\.k\.)$/;

/** Word lists the context rules read, loaded once. */
export const sets = {
  state: lexiconSet('state-institutions.txt'),
  verbs: lexiconSet('org-verbs.txt'),
  modelStops: lexiconSet('model-name-stops.txt'),
  descriptors: lexiconSet('org-descriptors.txt'),
  speech: lexiconSet('speech-verbs.txt'),
  professions: lexiconSet('professions.txt'),
  vessels: lexiconSet('vessels.txt'),
  kin: lexiconSet('kin-nouns.txt'),
};
