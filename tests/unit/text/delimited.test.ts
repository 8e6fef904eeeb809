import { describe, expect, it } from 'vitest';
import { LIMITS, type Limits } from '../../../src/model/limits';
import { detectDelimiter, parseDelimited } from '../../../src/text/delimited';

/** The stated limits with some made small, so a test file can pass them. */
const small = (limits: Partial<Limits>): Limits => ({ ...LIMITS, ...limits });

describe('detectDelimiter', () => {
  it('finds the delimiter of the header line', () => {
    expect(detectDelimiter('Nom;Commune;Code postal\n')).toBe(';');
    expect(detectDelimiter('name,city,postal_code\n')).toBe(',');
    expect(detectDelimiter('name\tcity\tpostal_code\n')).toBe('\t');
  });

  it('looks only at the header line', () => {
    expect(detectDelimiter('a;b;c\n1,2,3,4,5,6,7\n')).toBe(';');
    expect(detectDelimiter('a,b\r\nx;y;z;w\r\n')).toBe(',');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('"Nom, prénom, titre";"Commune"\n')).toBe(';');
    expect(detectDelimiter('"a;b;c;d",e,f\n')).toBe(',');
    expect(detectDelimiter('"x;y"\t"z;w"\tv\n')).toBe('\t');
  });

  it('ignores a line end inside a quoted header', () => {
    expect(detectDelimiter('"Nom\ndu service";Commune;Code\n')).toBe(';');
  });

  it('falls back to a comma when the header has a single column', () => {
    expect(detectDelimiter('name\nCPAS\n')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('parseDelimited', () => {
  it('parses a semicolon file with its header and row numbers', () => {
    const parsed = parseDelimited('Nom;Commune\nCPAS de Liège;Liège\nCRI;Namur\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.header).toEqual(['Nom', 'Commune']);
    expect(parsed.rows).toEqual([
      { row: 2, values: ['CPAS de Liège', 'Liège'] },
      { row: 3, values: ['CRI', 'Namur'] },
    ]);
    expect(parsed.findings).toEqual([]);
  });

  it('parses comma and tab files', () => {
    expect(parseDelimited('name,city\nA,Namur\n')).toMatchObject({
      delimiter: ',',
      header: ['name', 'city'],
      rows: [{ row: 2, values: ['A', 'Namur'] }],
    });
    expect(parseDelimited('name\tcity\nA\tNamur\n')).toMatchObject({
      delimiter: '\t',
      header: ['name', 'city'],
      rows: [{ row: 2, values: ['A', 'Namur'] }],
    });
  });

  it('trims header names but not values', () => {
    const parsed = parseDelimited(' Nom ; Commune \n  a  ; b \n');
    expect(parsed.header).toEqual(['Nom', 'Commune']);
    expect(parsed.rows[0]?.values).toEqual(['  a  ', ' b ']);
  });

  it('reads a file without a final line end', () => {
    expect(parseDelimited('a;b\n1;2').rows).toEqual([{ row: 2, values: ['1', '2'] }]);
  });

  it('reads quoted fields with an embedded delimiter and doubled quotes', () => {
    const parsed = parseDelimited(
      'Nom;Description\n"CPAS; service social";"Dit ""bonjour"" à tous"\n',
    );
    expect(parsed.rows).toEqual([
      { row: 2, values: ['CPAS; service social', 'Dit "bonjour" à tous'] },
    ]);
    expect(parsed.findings).toEqual([]);
  });

  it('numbers rows by record, so a quoted line break does not shift them', () => {
    const parsed = parseDelimited('Nom,Adresse\nA,"Rue 1\n4000 Liège"\nB,Rue 2\n');
    expect(parsed.rows).toEqual([
      { row: 2, values: ['A', 'Rue 1\n4000 Liège'] },
      { row: 3, values: ['B', 'Rue 2'] },
    ]);
  });

  it('reads CRLF line ends without leaving carriage returns in values', () => {
    const parsed = parseDelimited('Nom;Commune\r\nA;Namur\r\nB;"Liège\r\nCentre"\r\nC;Eupen\r\n');
    expect(parsed.header).toEqual(['Nom', 'Commune']);
    expect(parsed.rows).toEqual([
      { row: 2, values: ['A', 'Namur'] },
      { row: 3, values: ['B', 'Liège\r\nCentre'] },
      { row: 4, values: ['C', 'Eupen'] },
    ]);
    expect(parsed.findings).toEqual([]);
  });

  it('skips blank lines but counts them in the row numbers', () => {
    const parsed = parseDelimited('a;b\n1;2\n\n3;4\n;\n  ;  \n5;6\n');
    expect(parsed.rows).toEqual([
      { row: 2, values: ['1', '2'] },
      { row: 4, values: ['3', '4'] },
      { row: 7, values: ['5', '6'] },
    ]);
    expect(parsed.findings).toEqual([]);
  });

  it('flags a row with too few or too many fields, naming the counts and the row', () => {
    const parsed = parseDelimited('a;b;c\n1;2;3\n4;5\n6;7;8;9\n10;11;12\n');
    expect(parsed.rows).toEqual([
      { row: 2, values: ['1', '2', '3'] },
      { row: 3, values: ['4', '5'], malformed: true },
      { row: 4, values: ['6', '7', '8', '9'], malformed: true },
      { row: 5, values: ['10', '11', '12'] },
    ]);
    expect(parsed.findings).toHaveLength(2);
    expect(parsed.findings[0]).toMatchObject({
      row: 3,
      field: null,
      severity: 'error',
      code: 'malformed_row',
    });
    expect(parsed.findings[0]?.message).toContain('3');
    expect(parsed.findings[0]?.message).toContain('2');
    expect(parsed.findings[0]?.message).toMatch(/semicolon/);
    expect(parsed.findings[1]).toMatchObject({ row: 4, severity: 'error', code: 'malformed_row' });
    expect(parsed.findings[1]?.message).toMatch(/Expected 3\b.*found 4\b/);
  });

  it('names the delimiter it expected in the message', () => {
    expect(parseDelimited('a,b\n1\n').findings[0]?.message).toMatch(/comma/);
    expect(parseDelimited('a\tb\n1\n').findings[0]?.message).toMatch(/tab/);
  });

  it('flags a row with an unclosed quote and still reads the rows after it', () => {
    const parsed = parseDelimited('a;b;c\n1;"oops;3\n4;5;6\n7;8;9\n');
    expect(parsed.rows).toEqual([
      { row: 2, values: [], malformed: true },
      { row: 3, values: ['4', '5', '6'] },
      { row: 4, values: ['7', '8', '9'] },
    ]);
    expect(parsed.findings).toEqual([
      expect.objectContaining({ row: 2, field: null, severity: 'error', code: 'malformed_row' }),
    ]);
  });

  it('keeps the row numbers of good rows before and after an unclosed quote', () => {
    const parsed = parseDelimited('a,b\r\n1,2\r\n"x\r\ny",3\r\n5,"bad\r\n6,7\r\n8,9\r\n');
    expect(parsed.rows).toEqual([
      { row: 2, values: ['1', '2'] },
      { row: 3, values: ['x\r\ny', '3'] },
      { row: 4, values: [], malformed: true },
      { row: 5, values: ['6', '7'] },
      { row: 6, values: ['8', '9'] },
    ]);
    expect(parsed.findings.map((finding) => finding.row)).toEqual([4]);
  });

  it('flags an unclosed quote on the last line', () => {
    const parsed = parseDelimited('a,b\n1,2\n"unclosed,2\n');
    expect(parsed.rows).toEqual([
      { row: 2, values: ['1', '2'] },
      { row: 3, values: [], malformed: true },
    ]);
    expect(parsed.findings).toEqual([
      expect.objectContaining({ row: 3, severity: 'error', code: 'malformed_row' }),
    ]);
  });

  it('returns no header and no rows for an empty text', () => {
    const parsed = parseDelimited('');
    expect(parsed.header).toEqual([]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.findings).toEqual([]);
  });

  it('reads on after many rows that each open a quote they never close, one finding each', () => {
    const bad = Array.from({ length: 20_000 }, (_, index) => `"Service ${index};x;y`);
    const parsed = parseDelimited(['a;b;c', ...bad, '1;2;3', 'ok;z;end'].join('\n'));
    expect(parsed.findings).toHaveLength(20_000);
    expect(parsed.findings.every((finding) => finding.code === 'malformed_row')).toBe(true);
    expect(parsed.rows.filter((row) => !row.malformed)).toEqual([
      { row: 20_002, values: ['1', '2', '3'] },
      { row: 20_003, values: ['ok', 'z', 'end'] },
    ]);
  });

  it('says how many lines a quote closed too late swallowed into its row', () => {
    const text = ['a;b;c', '1;"two;3', '4;5;6', '7;"8";9', '10;11;12'].join('\n');
    const parsed = parseDelimited(text);
    expect(parsed.rows.map((row) => [row.row, row.malformed ?? false])).toEqual([
      [2, true],
      [3, false],
    ]);
    expect(parsed.rows[1]?.values).toEqual(['10', '11', '12']);
    expect(parsed.findings[0]).toMatchObject({ row: 2, code: 'malformed_row' });
    expect(parsed.findings[0]?.message).toContain('next 2 lines');
  });

  it('rejects a row holding a cell past the limit, naming its column, and keeps the others', () => {
    const parsed = parseDelimited(
      `Nom;Description\nA;court\nB;${'x'.repeat(101)}\nC;court\n`,
      small({ fieldCharacters: 100 }),
    );
    expect(parsed.rows.map((row) => [row.row, row.malformed ?? false])).toEqual([
      [2, false],
      [3, true],
      [4, false],
    ]);
    expect(parsed.findings).toEqual([
      expect.objectContaining({ row: 3, field: 'Description', code: 'field_too_long' }),
    ]);
    expect(parsed.findings[0]?.message).toContain('101 characters');
  });

  it('refuses a file past the limit of rows, and reads one at the limit', () => {
    const rows = (count: number) =>
      ['a;b', ...Array.from({ length: count }, (_, index) => `${index};x`)].join('\n');
    const limits = small({ rows: 1000 });
    const atLimit = parseDelimited(`${rows(1000)}\n`, limits);
    expect(atLimit.refusal).toBeNull();
    expect(atLimit.rows).toHaveLength(1000);
    const over = parseDelimited(rows(1001), limits);
    expect(over.rows).toEqual([]);
    expect(over.refusal).toMatchObject({ severity: 'error', code: 'too_many_rows' });
    expect(over.refusal?.message).toContain('more than 1,000 rows');
    expect(over.refusal?.message).toContain('split it');
  });

  it('refuses a file past the limit of rows hidden after an unclosed quote', () => {
    const text = ['a;b', '"never closed;1', ...Array.from({ length: 50 }, () => '1;2')].join('\n');
    expect(parseDelimited(text, small({ rows: 40 })).refusal?.code).toBe('too_many_rows');
  });

  it('refuses a file past the limit of cells, or of columns', () => {
    const wide = ['a;b;c;d', ...Array.from({ length: 30 }, () => '1;2;3;4')].join('\n');
    expect(parseDelimited(wide, small({ cells: 100 })).refusal?.code).toBe('too_many_rows');
    expect(parseDelimited(wide, small({ cells: 200 })).refusal).toBeNull();
    expect(parseDelimited(wide, small({ columns: 3 })).refusal?.code).toBe('too_many_columns');
  });

  it('refuses a header whose column name passes the limit of one value', () => {
    const parsed = parseDelimited(`a;${'b'.repeat(101)}\n1;2\n`, small({ fieldCharacters: 100 }));
    expect(parsed.rows).toEqual([]);
    expect(parsed.refusal).toMatchObject({ code: 'field_too_long', field: null });
  });
});
