/**
 * Reading an import file row by row without holding its rows in memory. CSV goes through csv-parse
 * in 64 KB slices; a broken row (a quote opened and never closed, a stray quote, the wrong number of
 * values) becomes one failed row and reading carries on from the next line, so a single bad quote
 * cannot swallow the good rows after it. JSON Lines are read line by line; a JSON array is parsed
 * whole (files are capped at 50 MB). Row numbers are line numbers in the file (the CSV header is
 * line 1), or positions in a JSON array.
 */
import { setImmediate } from "node:timers/promises";
import { CsvError, parse, type Parser } from "csv-parse";
import type { ImportFormat } from "./formats";
import { flattenRecord, type SourceRecord } from "./values";

export type ParsedRow = { row: number; record: SourceRecord } | { row: number; error: string };

const SLICE = 64 * 1024;
const MAX_RECORD_BYTES = 1024 * 1024;
const DELIMITERS = [",", ";", "\t", "|"] as const;
const HEADER_SCAN_ROWS = 1000;
const YIELD_EVERY = 250;

export class ImportFileError extends Error {}

function* slices(bytes: Uint8Array, from: number): Generator<Uint8Array> {
  for (let at = from; at < bytes.length; at += SLICE) yield bytes.subarray(at, Math.min(bytes.length, at + SLICE));
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The separator of the header line: whichever of , ; tab | appears most often outside quotes. */
export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** What went wrong with a CSV row, in the seller's words. */
function csvProblem(err: CsvError): string {
  switch (err.code) {
    case "CSV_QUOTE_NOT_CLOSED":
    case "CSV_MAX_RECORD_SIZE":
      return "A quote (\") opens a value but never closes it";
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "A quote (\") in this row is not where a value starts or ends: put quotes around the whole value and double any quote inside it";
    case "INVALID_OPENING_QUOTE":
      return "A quote (\") appears inside a value that is not itself quoted";
    default:
      return `This row cannot be read as CSV (${err.message})`;
  }
}

/** Header names made unique and non-empty ("column 4", "price (2)"). */
function cleanHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((name, i) => {
    const base = name.trim() || `column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** `end`: bytes of input read when the record was complete, its record delimiter included. */
type CsvEvent = { record: string[]; end: number } | { error: CsvError };

/**
 * csv-parse driven slice by slice: every record and every skipped (broken) record is collected in
 * file order through its on_record/on_skip hooks, so a broken row never hides the rows read before it.
 */
function csvParser(delimiter: string, events: CsvEvent[]): Parser {
  return parse({
    delimiter,
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: (record: string[], context) => {
      events.push({ record, end: context.bytes });
      return null;
    },
    on_skip: (err) => {
      if (err) events.push({ error: err });
    },
  });
}

function newlines(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let at = bytes.indexOf(0x0a, from); at >= 0 && at < to; at = bytes.indexOf(0x0a, at + 1)) n++;
  return n;
}

function feed(parser: Parser, slice: Uint8Array | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: Error | null) => (err ? reject(err) : resolve());
    if (slice) parser.write(slice, done);
    else parser.end(done);
  });
}

async function* csvRows(bytes: Uint8Array): AsyncGenerator<ParsedRow> {
  let offset = startsWithBom(bytes) ? 3 : 0;
  const firstBreak = bytes.indexOf(0x0a, offset);
  const delimiter = sniffDelimiter(new TextDecoder().decode(bytes.subarray(offset, firstBreak < 0 ? bytes.length : firstBreak)));
  /** The line the next record starts on. */
  let next = 1;
  let headers: string[] | null = null;
  while (offset < bytes.length) {
    const events: CsvEvent[] = [];
    const parser = csvParser(delimiter, events);
    /** Where the next record starts. */
    let start = offset;
    let restartAt: number | null = null;
    try {
      for (const slice of [...slices(bytes, offset), null]) {
        await feed(parser, slice);
        for (const event of events.splice(0)) {
          const row = next;
          if ("error" in event) {
            if (!headers) throw new ImportFileError(`The header line cannot be read: ${csvProblem(event.error)}.`);
            yield { row, error: csvProblem(event.error) };
            const lineEnd = bytes.indexOf(0x0a, start);
            restartAt = lineEnd < 0 ? bytes.length : lineEnd + 1;
            next = row + 1;
            break;
          }
          const end = offset + event.end;
          next += newlines(bytes, start, end);
          const recordStart = start;
          start = end;
          const { record } = event;
          if (record.length === 1 && record[0].trim() === "") continue;
          if (!headers) {
            headers = cleanHeaders(record);
            if (headers.length < 2) throw new ImportFileError("The first line should name the columns, separated by commas, e.g. “sku,title,price”.");
            continue;
          }
          if (record.length !== headers.length) {
            yield { row, error: `This row has ${record.length} values but the header has ${headers.length} columns` };
            // A row that spans several lines and does not fit was most likely swallowed by a stray quote: re-read from its second line.
            if (next - row > 1) {
              restartAt = bytes.indexOf(0x0a, recordStart) + 1;
              next = row + 1;
              break;
            }
            continue;
          }
          yield { row, record: Object.fromEntries(headers.map((h, i) => [h, record[i]])) };
        }
        if (restartAt !== null) break;
      }
    } finally {
      parser.destroy();
    }
    if (restartAt === null) break;
    offset = restartAt;
  }
  if (!headers) throw new ImportFileError("This file is empty.");
}

function jsonObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

async function* jsonlRows(bytes: Uint8Array): AsyncGenerator<ParsedRow> {
  const decoder = new TextDecoder();
  let at = startsWithBom(bytes) ? 3 : 0;
  for (let row = 1; at < bytes.length; row++) {
    const end = bytes.indexOf(0x0a, at);
    const text = decoder.decode(bytes.subarray(at, end < 0 ? bytes.length : end)).trim();
    at = end < 0 ? bytes.length : end + 1;
    if (text === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { row, error: "This line is not valid JSON" };
      continue;
    }
    const object = jsonObject(value);
    yield object ? { row, record: flattenRecord(object) } : { row, error: "Each line must be a JSON object ({ … })" };
  }
}

/** The items of a JSON array file, or of the one array an exported object holds ({ "products": [ … ] }). */
function jsonItems(bytes: Uint8Array): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new ImportFileError(`This file is not valid JSON (${err instanceof Error ? err.message : "unreadable"}).`);
  }
  if (Array.isArray(value)) return value;
  const arrays = Object.values(jsonObject(value) ?? {}).filter(Array.isArray);
  if (arrays.length === 1) return arrays[0];
  throw new ImportFileError("A JSON file should hold an array of products ([{ … }, { … }]).");
}

async function* jsonRows(bytes: Uint8Array): AsyncGenerator<ParsedRow> {
  const items = jsonItems(bytes);
  for (const [i, item] of items.entries()) {
    const object = jsonObject(item);
    yield object ? { row: i + 1, record: flattenRecord(object) } : { row: i + 1, error: "This item is not a JSON object ({ … })" };
  }
}

/**
 * Every row of the file, in order; throws ImportFileError when the file as a whole cannot be read.
 * Reading is pure computation, so it gives the event loop a turn every few hundred rows: an import
 * running inside the web process (the embedded mode) must not stall the requests it serves.
 */
export async function* readRows(bytes: Uint8Array, format: ImportFormat): AsyncGenerator<ParsedRow> {
  const rows = format === "csv" ? csvRows(bytes) : format === "jsonl" ? jsonlRows(bytes) : jsonRows(bytes);
  let n = 0;
  for await (const row of rows) {
    yield row;
    if (++n % YIELD_EVERY === 0) await setImmediate();
  }
}

export interface FilePreview {
  headers: string[];
  sample: ParsedRow[];
}

/** The columns of the file and its first rows. JSON columns are those of the first rows, in order of appearance. */
export async function previewFile(bytes: Uint8Array, format: ImportFormat, sampleSize = 20): Promise<FilePreview> {
  const headers = new Set<string>();
  const sample: ParsedRow[] = [];
  let seen = 0;
  for await (const row of readRows(bytes, format)) {
    if ("record" in row) for (const key of Object.keys(row.record)) headers.add(key);
    if (sample.length < sampleSize) sample.push(row);
    seen++;
    // CSV rows all carry the header's columns; JSON objects may differ, so look a little further.
    if (seen >= (format === "csv" ? sampleSize : HEADER_SCAN_ROWS)) break;
  }
  if (headers.size === 0) throw new ImportFileError(sample.length ? "No row of this file could be read: check that it is well-formed." : "This file has no rows.");
  return { headers: [...headers], sample };
}

/** How many rows the file has (good and broken), read the same way the import reads them. */
export async function countRows(bytes: Uint8Array, format: ImportFormat): Promise<number> {
  const rows = readRows(bytes, format);
  let n = 0;
  while (!(await rows.next()).done) n++;
  return n;
}
