// Month, weekday, season and unit names from lexicons/calendar.json.
import { lexiconJson } from './lexicon.js';

interface Calendar {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  seasons: Record<string, string>;
  parts_of_day: Record<string, string>;
  units: Record<string, string>;
  holidays: Record<string, Holiday | string>;
  historic_days: Record<string, HistoricDay | string>;
}

/** A day news names bare that means one year's ("the September 11 attacks"): the year, and the words one of which follows. */
export interface HistoricDay {
  year: number;
  after: string[];
}

/** A holiday: a fixed month and day, days after Easter Sunday, or the n-th weekday (1 = Monday) of a month. */
export interface Holiday {
  month?: number;
  day?: number;
  easter?: number;
  weekday?: number;
  n?: number;
}

const cal = lexiconJson<Calendar>('calendar.json');
export const MONTHS = cal.months;
export const WEEKDAYS = cal.weekdays;
export const SEASONS = cal.seasons;
export const PARTS_OF_DAY = cal.parts_of_day;
export const TIME_UNITS = cal.units;
export const HOLIDAYS: Record<string, Holiday> = Object.fromEntries(Object.entries(cal.holidays).filter((e): e is [string, Holiday] => typeof e[1] === 'object'));
/** Historic days by "month-day" ("9-11"). */
export const HISTORIC_DAYS: Record<string, HistoricDay> = Object.fromEntries(Object.entries(cal.historic_days).filter((e): e is [string, HistoricDay] => typeof e[1] === 'object'));
