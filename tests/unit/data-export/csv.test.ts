import { describe, expect, it } from 'vitest';
import { buildCsv, csvField, parseCsv, type CsvColumn } from '../../../src/data-export/csv.ts';

describe('csvField (RFC 4180 §2.6–2.7)', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('Yerevan')).toBe('Yerevan');
    expect(csvField(44.5)).toBe('44.5');
    expect(csvField(true)).toBe('true');
  });
  it('writes null, undefined and non-finite numbers as empty fields', () => {
    expect([csvField(null), csvField(undefined), csvField(Number.NaN)]).toEqual(['', '', '']);
  });
  it('quotes fields with commas, quotes, CR or LF and doubles the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
});

describe('buildCsv', () => {
  type Row = { id: string; name: string; n?: number };
  const columns: CsvColumn<Row>[] = [
    { name: 'id', description: 'id', value: (r) => r.id },
    { name: 'name', description: 'name', value: (r) => r.name },
    { name: 'n', description: 'number', value: (r) => r.n },
  ];
  const rows: Row[] = [
    { id: 'stepanakert', name: 'Stepanakert / Khankendi, «Ստեփանակերտ», "Ханкенди"', n: 1 },
    { id: 'shusha', name: 'Şuşa\nՇուշի' },
  ];
  it('writes a header and CRLF-ended records', () => {
    const csv = buildCsv(columns, rows);
    expect(csv.startsWith('id,name,n\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('stepanakert,"Stepanakert / Khankendi, «Ստեփանակերտ», ""Ханкенди""",1\r\n');
  });
  it('starts with a byte-order mark when asked (spreadsheets then read UTF-8)', () => {
    expect(buildCsv(columns, rows, { bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(buildCsv(columns, rows).charCodeAt(0)).toBe(0x69);
  });
  it('parses back to the same cells', () => {
    expect(parseCsv(buildCsv(columns, rows, { bom: true }))).toEqual([
      ['id', 'name', 'n'],
      ['stepanakert', rows[0]!.name, '1'],
      ['shusha', rows[1]!.name, ''],
    ]);
  });
  it('refuses duplicate column names', () => {
    expect(() => buildCsv([columns[0]!, columns[0]!], rows)).toThrow(/Duplicate/);
  });
});

describe('parseCsv', () => {
  it('reads a file without a final CRLF and empty trailing fields', () => {
    expect(parseCsv('a,b\r\n1,')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });
  it('throws on an unterminated quote', () => {
    expect(() => parseCsv('a\r\n"open')).toThrow(/quoted/);
  });
});
