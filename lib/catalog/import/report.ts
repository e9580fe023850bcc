/**
 * The error report of an import: one CSV line per problem (a row can have several), with the row
 * number in the uploaded file, the column, the value found there and what to change. Opens in any
 * spreadsheet (UTF-8 with a byte-order mark, values quoted as needed, formula-like text defused).
 */
import type { RowIssue } from "./rows";

export interface RowFailure extends RowIssue {
  row: number;
}

const HEADER = ["row", "column", "value", "message"];

/** A CSV cell: quoted when it holds a separator, quote or line break; a leading = + - @ is prefixed with ' so spreadsheets don't run it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function errorReportCsv(failures: readonly RowFailure[]): Buffer {
  const lines = [HEADER.join(","), ...failures.map((f) => [f.row, f.column, f.value, f.message].map(csvCell).join(","))];
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
