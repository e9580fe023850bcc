import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { formatMoney } from "@/lib/platform/money";

/**
 * Small PDF toolkit on pdfkit for invoices, packing slips and labels. Text is set in DejaVu Sans
 * (bundled in assets/fonts with its licence) because the PDF standard fonts have no ₹ glyph.
 * Usage: `const bytes = await renderPdf((doc) => { heading(doc, "Tax invoice"); drawTable(doc, …); })`.
 */

export type PdfDoc = PDFKit.PDFDocument;

const FONT_DIR = path.join(process.cwd(), "assets", "fonts");
const REGULAR_FILE = path.join(FONT_DIR, "DejaVuSans.ttf");
/** Font names for `doc.font(…)`: the regular face is the document's default font (keyed by its file). */
export const FONT_REGULAR = REGULAR_FILE;
export const FONT_BOLD = "bold";
const BOLD_FILE = path.join(FONT_DIR, "DejaVuSans-Bold.ttf");

export const PDF_COLORS = { text: "#111827", muted: "#4b5563", rule: "#d1d5db", headerFill: "#f3f4f6" } as const;

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
}

/** Renders a one-or-more page A4 document and resolves with its bytes. Errors thrown by `draw` reject. */
export function renderPdf(draw: (doc: PdfDoc) => void, info: PdfInfo = { title: "QuickLocal document" }): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    // `font` makes pdfkit start with our TTF instead of loading the Helvetica AFM files.
    const doc = new PDFDocument({
      size: "A4",
      margin: 40,
      font: REGULAR_FILE,
      info: { Title: info.title, Author: info.author ?? "QuickLocal", Subject: info.subject ?? info.title },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      doc.registerFont(FONT_BOLD, BOLD_FILE);
      doc.font(FONT_REGULAR).fontSize(10).fillColor(PDF_COLORS.text);
      draw(doc);
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}

/** "₹1,234.50" — the same format as the web pages. */
export function pdfMoney(paise: number): string {
  return formatMoney(paise);
}

/** Left edge and usable width of the current page. */
export function contentBox(doc: PdfDoc): { left: number; width: number; bottom: number } {
  const { margins, width, height } = doc.page;
  return { left: margins.left, width: width - margins.left - margins.right, bottom: height - margins.bottom };
}

export function heading(doc: PdfDoc, text: string, size = 16): void {
  doc.font(FONT_BOLD).fontSize(size).fillColor(PDF_COLORS.text).text(text, contentBox(doc).left);
  doc.font(FONT_REGULAR).fontSize(10).moveDown(0.3);
}

/** Muted small print, e.g. "Computer-generated invoice, no signature required." */
export function note(doc: PdfDoc, text: string): void {
  doc.font(FONT_REGULAR).fontSize(8).fillColor(PDF_COLORS.muted).text(text, contentBox(doc).left);
  doc.fontSize(10).fillColor(PDF_COLORS.text);
}

export function rule(doc: PdfDoc, gap = 6): void {
  const { left, width } = contentBox(doc);
  doc.moveDown(0.2);
  const y = doc.y + gap / 2;
  doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).strokeColor(PDF_COLORS.rule).stroke();
  doc.y = y + gap / 2;
}

/**
 * Two or more text columns side by side at the current line (e.g. "Sold by" | "Ship to"), each a list of
 * lines whose first is bold. Continues below the tallest column.
 */
export function columns(doc: PdfDoc, blocks: readonly (readonly string[])[]): void {
  const { left, width } = contentBox(doc);
  const gap = 16;
  const colWidth = (width - gap * (blocks.length - 1)) / blocks.length;
  const top = doc.y;
  let bottom = top;
  blocks.forEach((lines, i) => {
    const x = left + i * (colWidth + gap);
    doc.y = top;
    lines.forEach((line, j) => {
      doc.font(j === 0 ? FONT_BOLD : FONT_REGULAR).fontSize(j === 0 ? 9 : 10).fillColor(j === 0 ? PDF_COLORS.muted : PDF_COLORS.text);
      doc.text(line, x, doc.y, { width: colWidth });
    });
    bottom = Math.max(bottom, doc.y);
  });
  doc.font(FONT_REGULAR).fontSize(10).fillColor(PDF_COLORS.text);
  doc.x = left;
  doc.y = bottom + 6;
}

export interface TableColumn {
  header: string;
  /** Relative width; the columns share the page width in proportion. */
  weight: number;
  align?: "left" | "right" | "center";
}

export interface TableOptions {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  /** Rows drawn in bold after the body (totals). */
  footer?: readonly (readonly string[])[];
  fontSize?: number;
}

/** A ruled table that wraps cell text and breaks across pages, repeating the header row. */
export function drawTable(doc: PdfDoc, options: TableOptions): void {
  const { left, width } = contentBox(doc);
  const fontSize = options.fontSize ?? 9;
  const pad = 4;
  const total = options.columns.reduce((s, c) => s + c.weight, 0);
  const widths = options.columns.map((c) => (width * c.weight) / total);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));

  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - pad * 2 }))) + pad * 2;
  };
  const drawRow = (cells: readonly string[], font: string, fill?: string) => {
    const h = rowHeight(cells, font);
    const y = doc.y;
    if (fill) doc.rect(left, y, width, h).fill(fill);
    doc.font(font).fontSize(fontSize).fillColor(PDF_COLORS.text);
    cells.forEach((cell, i) => {
      doc.text(cell, xs[i] + pad, y + pad, { width: widths[i] - pad * 2, align: options.columns[i].align ?? "left" });
    });
    doc.moveTo(left, y + h).lineTo(left + width, y + h).lineWidth(0.5).strokeColor(PDF_COLORS.rule).stroke();
    doc.x = left;
    doc.y = y + h;
  };
  const header = options.columns.map((c) => c.header);
  const ensureRoom = (h: number) => {
    if (doc.y + h > contentBox(doc).bottom) {
      doc.addPage();
      drawRow(header, FONT_BOLD, PDF_COLORS.headerFill);
    }
  };

  ensureRoom(rowHeight(header, FONT_BOLD) * 2);
  drawRow(header, FONT_BOLD, PDF_COLORS.headerFill);
  for (const row of options.rows) {
    ensureRoom(rowHeight(row, FONT_REGULAR));
    drawRow(row, FONT_REGULAR);
  }
  for (const row of options.footer ?? []) {
    ensureRoom(rowHeight(row, FONT_BOLD));
    drawRow(row, FONT_BOLD);
  }
  doc.font(FONT_REGULAR).fontSize(10);
  doc.moveDown(0.5);
}

/** Label/value pairs right-aligned under a table (e.g. taxable value, CGST, SGST, total). */
export function summary(doc: PdfDoc, pairs: readonly { label: string; value: string; bold?: boolean }[]): void {
  const { left, width } = contentBox(doc);
  const labelX = left + width * 0.5;
  const colW = width * 0.25;
  for (const p of pairs) {
    const y = doc.y;
    doc.font(p.bold ? FONT_BOLD : FONT_REGULAR).fontSize(10).fillColor(PDF_COLORS.text);
    doc.text(p.label, labelX, y, { width: colW });
    doc.text(p.value, labelX + colW, y, { width: colW, align: "right" });
    doc.y = Math.max(doc.y, y + 14);
  }
  doc.font(FONT_REGULAR).x = left;
}
