/**
 * Cell values of an import file and their clean-up before validation: text trimmed, rupee amounts
 * stripped of "₹", "Rs." and digit grouping, counts like "5 new" read as 5. The zod schemas of the
 * product editor then decide what is valid, so an import accepts exactly what the editor accepts.
 * Client-safe: the mapping preview runs the same code.
 */

export type SourceValue = string | number | boolean | null;
/** One row of the file: column → value (JSON files keep their numbers and booleans). */
export type SourceRecord = Record<string, SourceValue>;

/** The value as trimmed text; empty, whitespace and null become null. */
export function textOf(value: SourceValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value.replace(/\s+/g, " ").trim() : String(value);
  return text === "" ? null : text;
}

/** Text for the error report and the preview: the value as it was, shortened. */
export function displayValue(value: SourceValue | undefined, max = 120): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const CURRENCY = /^(?:₹|rs\.?|inr)\s*|\s*(?:\/-|inr|rs\.?)$/gi;
/** Digit grouping, western (12,345,678) or Indian (1,23,45,678): the last group has three digits. */
const GROUPED_DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d{1,2}(?:,\\d{2})*,\\d{3})";
const GROUPED = new RegExp(`^${GROUPED_DIGITS}(?:\\.\\d+)?$`);
const GROUPED_COUNT = new RegExp(`^${GROUPED_DIGITS}$`);

/**
 * A rupee amount as the editor's text ("1299.5"): numbers are rounded to paise, text loses its
 * currency sign and digit grouping. Anything else is returned as typed, for the schema to refuse.
 */
export function rupeesText(value: SourceValue | undefined): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : String(value);
  const text = textOf(value);
  if (text === null) return null;
  const bare = text.replace(CURRENCY, "").replace(/\s+/g, "");
  return GROUPED.test(bare) ? bare.replace(/,/g, "") : bare;
}

/**
 * A count as text ("1200"): grouping commas dropped, and a number followed by words ("5 new",
 * "12 units") read as the number. Decimals and anything else are returned for the schema to refuse.
 */
export function countText(value: SourceValue | undefined): string | null {
  if (typeof value === "number") return String(value);
  const text = textOf(value);
  if (text === null) return null;
  const words = /^(\d[\d,]*)\s+[a-z][a-z ]*$/i.exec(text);
  const bare = words ? words[1] : text;
  return GROUPED_COUNT.test(bare) ? bare.replace(/,/g, "") : bare;
}

/** A decimal number from a JSON number or plain text ("4.1"), else null. */
export function decimalOf(value: SourceValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = textOf(value);
  if (text === null || !/^-?\d+(?:\.\d+)?$/.test(text)) return null;
  return Number(text);
}

const MAX_DEPTH = 3;

/**
 * A JSON object as a flat row: nested objects become "parent.child" columns, lists of plain values
 * one comma-separated text; lists of objects (e.g. embedded reviews) are left out.
 */
export function flattenRecord(input: Record<string, unknown>, prefix = "", out: SourceRecord = {}, depth = 0): SourceRecord {
  for (const [key, value] of Object.entries(input)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) out[column] = null;
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[column] = value;
    else if (Array.isArray(value)) {
      if (value.every((v) => v === null || ["string", "number", "boolean"].includes(typeof v))) out[column] = value.filter((v) => v !== null).join(", ");
    } else if (typeof value === "object") {
      if (depth < MAX_DEPTH) flattenRecord(value as Record<string, unknown>, column, out, depth + 1);
      else out[column] = JSON.stringify(value);
    }
  }
  return out;
}
