/**
 * A small RFC 4180 CSV parser for the offers import (standalone page and the report CLI).
 * - Fields separated by commas, or by semicolons or tabs where the header line uses them (Excel
 *   saves "CSV" with semicolons in locales whose decimal mark is a comma, and "Text" with tabs);
 *   records by CRLF, LF or a lone CR.
 * - A field in double quotes may hold commas, line breaks and doubled quotes ("" -> ").
 * - A leading UTF-8 byte order mark is dropped; a final line break does not start an empty record.
 * - Everything is text: "=HYPERLINK(...)" or "+cmd" come back as the literal string, to be written
 *   as text, never as a formula.
 * - Lenient where RFC 4180 is strict and real files are not: a quote inside an unquoted field
 *   (abc"def) is kept as a literal character.
 * Malformed input (text after a closing quote, an unclosed quote) throws CsvError with the 1-based line and column (field number) where it happened.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based physical line where the problem is. */
    public readonly line: number,
    /** 1-based field number within its record. */
    public readonly column: number,
  ) {
    super(message);
    this.name = "CsvError";
  }
}

export interface CsvRecord {
  /** The fields, as text. */
  readonly fields: string[];
  /** 1-based physical line on which the record starts. */
  readonly line: number;
}

export type Delimiter = "," | ";" | "\t";

/**
 * The separator the header line uses, outside quotes: the most frequent of comma, semicolon and
 * tab (a comma on a tie, so a one-column file stays a comma CSV).
 */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
    else if (!quoted && c === "\t") tabs++;
  }
  if (tabs > commas && tabs > semicolons) return "\t";
  return semicolons > commas ? ";" : ",";
}

/** Parses CSV text into records (each a list of fields with its starting line). */
export function parseCsvRecords(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvRecord[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: CsvRecord[] = [];
  const n = s.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    // One record.
    for (;;) {
      let field = "";
      if (s.charCodeAt(i) === 34 /* " */) {
        i++;
        const quoteLine = line;
        let closed = false;
        while (i < n) {
          const c = s[i];
          if (c === '"') {
            if (s[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n" || (c === "\r" && s[i + 1] !== "\n")) line++;
          field += c;
          i++;
        }
        if (!closed) {
          throw new CsvError(
            `a quoted field opened on line ${quoteLine} is never closed`,
            quoteLine,
            fields.length + 1,
          );
        }
        if (i < n && s[i] !== delimiter && s[i] !== "\r" && s[i] !== "\n") {
          throw new CsvError(`unexpected text after a closing quote`, line, fields.length + 1);
        }
      } else {
        let j = i;
        while (j < n) {
          const c = s[j];
          if (c === delimiter || c === "\r" || c === "\n") break;
          j++;
        }
        field = s.slice(i, j);
        i = j;
      }
      fields.push(field);
      if (i < n && s[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    // End of record: CRLF, LF, CR or end of text.
    if (s[i] === "\r") i += s[i + 1] === "\n" ? 2 : 1;
    else if (s[i] === "\n") i++;
    if (i <= n) line++;
    out.push({ fields, line: startLine });
  }
  return out;
}

/** Parses CSV text into rows of fields. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((r) => r.fields);
}
