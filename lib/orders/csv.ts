import type { SellerOrderExportRow } from "./seller-queries";

/**
 * CSV for spreadsheets (RFC 4180): fields with a comma, quote or line break are quoted and quotes
 * doubled; rows end with CRLF; a UTF-8 byte-order mark lets Excel read ₹ and Indian scripts.
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with an
 * apostrophe — customer names and addresses are typed by users.
 */
export type CsvCell = string | number | null | undefined;

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
    return String(value);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** Paise as plain rupees with two decimals ("1234.50"), the way spreadsheets sum them. */
export function csvRupees(paise: number): string {
  if (!Number.isInteger(paise)) throw new TypeError(`money must be integer paise, got ${paise}`);
  const sign = paise < 0 ? "-" : "";
  const abs = Math.abs(paise);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const istFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Kolkata",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-11-30 14:05" in India time: sortable, and unambiguous in a spreadsheet. */
export function csvDateTime(date: Date | null): string {
  if (!date) return "";
  const parts = Object.fromEntries(istFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export const SELLER_ORDERS_CSV_HEADER = [
  "Part number",
  "Order number",
  "Placed at (IST)",
  "Status",
  "Customer",
  "City",
  "State",
  "PIN code",
  "Items",
  "Units",
  "Subtotal (INR)",
  "Discount (INR)",
  "Shipping (INR)",
  "GST included (INR)",
  "Total (INR)",
  "Payment",
  "Delivery option",
  "Promised by (IST)",
  "Carrier",
  "Tracking number",
  "Cancel reason",
] as const;

/** The seller's filtered order list as a CSV file, one row per order part. */
export function sellerOrdersCsv(rows: readonly SellerOrderExportRow[]): string {
  return toCsv(
    SELLER_ORDERS_CSV_HEADER,
    rows.map((r) => [
      r.number,
      r.orderNumber,
      csvDateTime(r.placedAt),
      r.status,
      r.customerName,
      r.city,
      r.state,
      r.pincode,
      r.items.map((i) => `${i.sku} x ${i.quantity}`).join("; "),
      r.units,
      csvRupees(r.subtotalPaise),
      csvRupees(r.discountPaise),
      csvRupees(r.shippingPaise),
      csvRupees(r.taxPaise),
      csvRupees(r.totalPaise),
      r.paymentMethod === "cod" ? "Cash on delivery" : "Prepaid",
      r.deliveryOption,
      csvDateTime(r.promisedBy),
      r.carrier,
      r.trackingNumber,
      r.cancelReason,
    ]),
  );
}

/** "quicklocal-orders-2026-11-30.csv" (India date). */
export function csvFileName(prefix: string, now: Date = new Date()): string {
  return `${prefix}-${csvDateTime(now).slice(0, 10)}.csv`;
}
