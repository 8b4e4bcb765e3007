// The CSV writer against csv-stringify (the reference implementation) on generated cells and records.
// One difference on purpose: a lone carriage return is quoted too (csv-stringify leaves it bare, and many
// readers take it for the end of a record), which the reference is asked for with quoted_match.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { csvLine } from '../src/write/csv.js';

const reference = (cells: unknown[], csvSafe: boolean) =>
  stringify([cells], { record_delimiter: 'unix', escape_formulas: csvSafe, quoted_match: /\r/, cast: { boolean: (b: boolean) => (b ? 'true' : 'false') } });

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', '＝', '€', '😀', "'") }),
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

describe('csv writer', () => {
  it('writes what csv-stringify writes, formulas neutralised or not', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), fc.boolean(), (cells, csvSafe) => {
        expect(csvLine(cells, csvSafe)).toBe(reference(cells, csvSafe));
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes a cell with a comma, a quote or a line break, and neutralises formulas', () => {
    expect(csvLine(['Boeing, Inc.', 'said "yes"', 'two\nlines', '=SUM(A1)', '-1', -1, null, true], true)).toBe(
      '"Boeing, Inc.","said ""yes""","two\nlines",\'=SUM(A1),\'-1,-1,,true\n',
    );
  });
});
