// Month, weekday, season and unit names from lexicons/calendar.json.
import { lexiconJson } from './lexicon.js';

interface Calendar {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  seasons: Record<string, string>;
  parts_of_day: Record<string, string>;
  units: Record<string, string>;
}

const cal = lexiconJson<Calendar>('calendar.json');
export const MONTHS = cal.months;
export const WEEKDAYS = cal.weekdays;
export const SEASONS = cal.seasons;
export const PARTS_OF_DAY = cal.parts_of_day;
export const TIME_UNITS = cal.units;
