/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF, a header record first; a field that holds
 * a comma, a double quote, CR or LF is enclosed in double quotes and its quotes doubled. Output is a
 * JS string to be served as UTF-8 (with a byte-order mark when `bom` is set, which spreadsheet
 * programs need to read Armenian and Cyrillic correctly).
 */

/** A CSV cell value; null and undefined are written as empty fields. */
export type CsvValue = string | number | boolean | null | undefined;

/** One column: its header, what it holds (for the data page) and how a row fills it. */
export interface CsvColumn<Row> {
  name: string;
  description: string;
  value: (row: Row) => CsvValue;
}

/** Quotes one field when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Builds a CSV document: the header record, then one record per row, each ended by CRLF. */
export function buildCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], options: { bom?: boolean } = {}): string {
  const names = new Set<string>();
  for (const c of columns) {
    if (names.has(c.name)) throw new Error(`Duplicate CSV column "${c.name}"`);
    names.add(c.name);
  }
  const lines = [columns.map((c) => csvField(c.name)), ...rows.map((r) => columns.map((c) => csvField(c.value(r))))];
  return `${options.bom ? '\uFEFF' : ''}${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV back into records (used by tests and checks; tolerates a BOM and a missing final CRLF). */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && s[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}
