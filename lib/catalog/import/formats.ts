/**
 * Which files an import accepts: CSV (comma, semicolon, tab or pipe separated, with a header row),
 * JSON Lines (one object per line) and JSON (an array of objects, or an object holding one such
 * array, as API exports look), up to 50 MB. Client-safe: the upload form checks early.
 */

import { IMPORT_KINDS, type ImportKind } from "@/models/catalog";

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const IMPORT_FORMATS = ["csv", "jsonl", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const EXTENSIONS: Record<string, ImportFormat> = { csv: "csv", tsv: "csv", txt: "csv", jsonl: "jsonl", ndjson: "jsonl", json: "json" };

/** For <input accept>: a hint to the file picker, never trusted by the server. */
export const IMPORT_ACCEPT = ".csv,.tsv,.txt,.jsonl,.ndjson,.json,text/csv,application/json";
export const IMPORT_FORMAT_LABEL = "CSV or JSON Lines (.csv, .jsonl; .json arrays work too)";

export function formatForFileName(fileName: string): ImportFormat | null {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? (EXTENSIONS[fileName.slice(dot + 1).toLowerCase()] ?? null) : null;
}

/** The first character that is not whitespace or a byte-order mark. */
function firstSignificant(head: string): string {
  return head.replace(/^[\uFEFF\s]+/, "").charAt(0);
}

/**
 * The format of an upload from its name and its first bytes, or why it is refused. A file must be
 * text (no NUL bytes) and look like what its name says: a JSON file starts with "[" or "{".
 */
export function detectFormat(fileName: string, head: Uint8Array): { format: ImportFormat } | { error: string } {
  const byName = formatForFileName(fileName);
  if (!byName) return { error: `“${fileName}” is not a CSV or JSON Lines file. Export your sheet as CSV (or JSON Lines) and upload that.` };
  if (head.length === 0) return { error: "This file is empty." };
  if (head.includes(0)) return { error: "This file is not text (it looks like a spreadsheet or another binary file). Save it as CSV and upload that." };
  const text = new TextDecoder().decode(head);
  const first = firstSignificant(text);
  if (byName === "jsonl" && first !== "{") return { error: "A JSON Lines file has one JSON object per line, starting with “{”." };
  if (byName === "json" && first !== "[" && first !== "{") return { error: "This .json file does not hold JSON: it should start with “[” or “{”." };
  // A .json file holding one object per line is JSON Lines whatever its name says.
  if (byName === "json" && first === "{" && /^\s*\{.*\}\s*\r?\n\s*\{/.test(text.replace(/^\uFEFF/, ""))) return { format: "jsonl" };
  return { format: byName };
}

/** The kinds of import, as the seller reads them. */
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = { products: "New or updated products", price_stock: "Price and stock update" };
export { IMPORT_KINDS };
