import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/text/decode';
import { parseDelimited } from '../../../src/text/delimited';
import { neutralizeFormula, toCsv, unneutralizeFormula } from '../../../src/text/write_csv';

describe('toCsv', () => {
  it('writes CRLF line ends, a final line end and no BOM unless asked', () => {
    expect(toCsv(['a', 'b'], [['1', '2']], { delimiter: ',', bom: false })).toBe('a,b\r\n1,2\r\n');
    expect(toCsv(['a', 'b'], [['1', '2']], { delimiter: ';', bom: false })).toBe('a;b\r\n1;2\r\n');
    expect(toCsv(['a', 'b'], [['1', '2']], { delimiter: '\t', bom: false })).toBe(
      'a\tb\r\n1\t2\r\n',
    );
  });

  it('starts with a UTF-8 BOM when asked, so Excel reads accents', () => {
    const csv = toCsv(['Commune'], [['Liège']], { delimiter: ';', bom: true });
    expect(csv).toBe('\uFEFFCommune\r\nLiège\r\n');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeText(bytes)).toEqual({
      text: 'Commune\r\nLiège\r\n',
      encoding: 'utf-8',
      bom: true,
      findings: [],
    });
  });

  it('quotes cells holding a delimiter, a quote or a line break', () => {
    const rows = [['a;b', 'say "hi"', 'line\nbreak', 'cr\rhere', 'a,b', 'a\tb']];
    expect(toCsv(['1', '2', '3', '4', '5', '6'], rows, { delimiter: ';', bom: false })).toBe(
      '1;2;3;4;5;6\r\n"a;b";"say ""hi""";"line\nbreak";"cr\rhere";"a,b";"a\tb"\r\n',
    );
    expect(toCsv(['x'], [['a,b']], { delimiter: ',', bom: false })).toBe('x\r\n"a,b"\r\n');
  });

  it('quotes the other delimiters too, so a reader detects the right one from the header', () => {
    const cases: [string[], ',' | ';' | '\t'][] = [
      [['Nom, prénom', 'Commune'], ';'],
      [['a,b,c', 'd'], ';'],
      [['a;b;c', 'd'], ','],
      [['a\tb\tc', 'd'], ';'],
      [['a;b', 'c,d,e'], '\t'],
      [['1,5', 'a'], ';'],
      [['1,5', '2,5', 'a'], ';'],
    ];
    for (const [header, delimiter] of cases) {
      const row = header.map((_, index) => String(index + 1));
      const parsed = parseDelimited(toCsv(header, [row], { delimiter, bom: false }));
      expect(parsed.delimiter).toBe(delimiter);
      expect(parsed.header).toEqual(header);
      expect(parsed.rows).toEqual([{ row: 2, values: row }]);
      expect(parsed.findings).toEqual([]);
    }
  });

  it('leaves a decimal-comma number bare in a semicolon file, so a spreadsheet reads a number', () => {
    expect(toCsv(['lat', 'lon'], [['50,4', '-3,5']], { delimiter: ';', bom: false })).toBe(
      'lat;lon\r\n50,4;-3,5\r\n',
    );
    expect(toCsv(['lat'], [['50,4']], { delimiter: ',', bom: false })).toBe('lat\r\n"50,4"\r\n');
    const parsed = parseDelimited(
      toCsv(['lat', 'lon'], [['50,4', '-3,5']], { delimiter: ';', bom: false }),
    );
    expect(parsed.rows).toEqual([{ row: 2, values: ['50,4', '-3,5'] }]);
  });

  it('quotes cells with leading or trailing spaces so they survive', () => {
    expect(toCsv(['x', 'y'], [[' a', 'b ']], { delimiter: ',', bom: false })).toBe(
      'x,y\r\n" a","b "\r\n',
    );
  });

  it('neutralises formulas in the cells it writes', () => {
    expect(
      toCsv(['x', 'y'], [['=HYPERLINK("http://evil")', '-4.5']], { delimiter: ';', bom: false }),
    ).toBe('x;y\r\n"\'=HYPERLINK(""http://evil"")";-4.5\r\n');
  });

  it('writes a header without rows', () => {
    expect(toCsv(['a', 'b'], [], { delimiter: ',', bom: false })).toBe('a,b\r\n');
  });
});

describe('neutralizeFormula', () => {
  it.each([
    '=HYPERLINK("x")',
    '=1+1',
    '+32 81 24 60 11',
    '@SUM(A1)',
    '-cmd',
    '-2+3',
    '+',
    '\tTAB',
    '\rCR',
  ])('puts an apostrophe before %j', (value) => {
    expect(neutralizeFormula(value)).toBe(`'${value}`);
  });

  it.each([
    '-4.5',
    '+32',
    '-3,5',
    '-0',
    '+1e5',
    '-.5',
    '50.4',
    'CPAS de Liège',
    'a=b',
    '',
    "'",
    "l'accueil",
    "'abc",
  ])('leaves %j as it is', (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });

  it('escapes a value that already looks neutralised, so it reads back whole', () => {
    expect(neutralizeFormula("'=x")).toBe("''=x");
    expect(unneutralizeFormula(neutralizeFormula("'=x"))).toBe("'=x");
    expect(neutralizeFormula("''+1")).toBe("'''+1");
    expect(unneutralizeFormula(neutralizeFormula("''+1"))).toBe("''+1");
  });
});

describe('unneutralizeFormula', () => {
  it('removes the apostrophe that neutralisation added', () => {
    expect(unneutralizeFormula('\'=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(unneutralizeFormula("'+32 81 24 60 11")).toBe('+32 81 24 60 11');
    expect(unneutralizeFormula("'@SUM(A1)")).toBe('@SUM(A1)');
  });

  it('leaves other values alone', () => {
    for (const value of ["l'accueil", "'abc", "'", '-4.5', '=x', '']) {
      expect(unneutralizeFormula(value)).toBe(value);
    }
  });

  it('undoes neutralizeFormula for any value', () => {
    fc.assert(
      fc.property(cell, (value) => unneutralizeFormula(neutralizeFormula(value)) === value),
    );
  });

  it('never leaves a formula start in a neutralised value', () => {
    fc.assert(
      fc.property(cell, (value) => {
        const safe = neutralizeFormula(value);
        return !/^[=+\-@\t\r]/.test(safe) || /^[+-]?[\d.,]/.test(safe);
      }),
    );
  });
});

/** Cells rich in the characters that matter to CSV: quotes, delimiters, line ends, formula starts. */
const cell = fc.oneof(
  fc.string(),
  fc.string({
    unit: fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      '"',
      "'",
      ',',
      ';',
      ' ',
      'a',
      '1',
      '.',
      'é',
      '€',
    ),
  }),
  fc.string({ unit: 'binary' }),
);

describe('toCsv then parseDelimited', () => {
  it('gives back every cell', () => {
    const table = fc.integer({ min: 2, max: 5 }).chain((width) =>
      fc.record({
        // The reader trims header names, so these have no surrounding spaces.
        header: fc.array(
          fc.oneof(
            cell.filter((name) => name === name.trim()),
            fc.constantFrom('1,5', '-3,5', '50.4', '2024'),
          ),
          { minLength: width, maxLength: width },
        ),
        rows: fc.array(
          fc
            .array(cell, { minLength: width, maxLength: width })
            .filter((row) => row.some((value) => value.trim() !== '')),
          { maxLength: 8 },
        ),
      }),
    );
    fc.assert(
      fc.property(table, fc.constantFrom<',' | ';'>(',', ';'), ({ header, rows }, delimiter) => {
        const parsed = parseDelimited(toCsv(header, rows, { delimiter, bom: false }));
        expect(parsed.delimiter).toBe(delimiter);
        expect(parsed.findings).toEqual([]);
        expect(parsed.header.map(unneutralizeFormula)).toEqual(header);
        expect(parsed.rows.map((row) => row.values.map(unneutralizeFormula))).toEqual(rows);
        expect(parsed.rows.map((row) => row.row)).toEqual(rows.map((_, index) => index + 2));
      }),
      { numRuns: 300 },
    );
  });

  it('reads back a file written with a BOM through decodeText', () => {
    const rows = [
      ['CPAS de Liège', '=HYPERLINK("x")', '+32 81 24 60 11'],
      ["'=x", 'Rue "Haute"; 1\r\n4000 Liège', '-4.5'],
    ];
    const csv = toCsv(['Nom', 'Site web', 'Téléphone'], rows, { delimiter: ';', bom: true });
    const { text, bom } = decodeText(new TextEncoder().encode(csv));
    expect(bom).toBe(true);
    const parsed = parseDelimited(text);
    expect(parsed.header).toEqual(['Nom', 'Site web', 'Téléphone']);
    expect(parsed.rows.map((row) => row.values.map(unneutralizeFormula))).toEqual(rows);
  });
});
