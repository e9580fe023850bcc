import "server-only";
import type { OrderDetail } from "@/lib/orders/order-dto";
import { buildInvoiceModel, type InvoiceModel } from "./invoice-model";
import { FONT_BOLD, FONT_REGULAR, columns, contentBox, drawTable, heading, note, renderPdf, rule, summary, type PdfDoc } from "./pdf";

/**
 * GST tax invoices as one PDF: one invoice per seller part (each seller invoices its own supply), each
 * starting on a new page. Only parts with an invoice (placed, not cancelled) are included.
 */

function drawInvoice(doc: PdfDoc, m: InvoiceModel): void {
  const { left, width } = contentBox(doc);
  heading(doc, "Tax Invoice");
  const top = doc.y;
  doc.font(FONT_REGULAR).fontSize(9);
  doc.text(`Invoice no: ${m.invoiceNumber}`, left, top);
  doc.text(`Invoice date: ${m.invoiceDate}`);
  doc.text(`Order no: ${m.orderNumber} (placed ${m.orderDate})`);
  const leftBottom = doc.y;
  doc.text(`Place of supply: ${m.placeOfSupply}`, left + width / 2, top, { width: width / 2, align: "right" });
  doc.text(m.interState ? "Inter-state supply (IGST)" : "Intra-state supply (CGST + SGST)", { width: width / 2, align: "right" });
  doc.text(`Payment: ${m.paymentLabel}`, { width: width / 2, align: "right" });
  doc.x = left;
  doc.y = Math.max(leftBottom, doc.y);
  rule(doc);
  columns(doc, [m.seller, m.buyer]);
  rule(doc);
  drawTable(doc, { columns: m.columns, rows: m.rows, footer: m.footer, fontSize: 8 });
  summary(doc, m.summary);
  doc.moveDown(0.5);
  doc.font(FONT_BOLD).fontSize(9).text(`Amount in words: ${m.amountInWords}`, left);
  doc.font(FONT_REGULAR).moveDown(0.8);
  note(doc, "Prices are inclusive of GST. Shipping charges are shown separately and carry no GST line on this invoice.");
  note(doc, "This is a computer-generated invoice and needs no signature. Sold through the QuickLocal marketplace.");
}

/** Invoices for `partNumbers` (all invoiceable parts when omitted). Throws if none is invoiceable. */
export async function renderInvoicesPdf(order: OrderDetail, partNumbers?: readonly string[]): Promise<Buffer> {
  const parts = order.parts.filter((p) => p.invoiceAvailable && (!partNumbers || partNumbers.includes(p.number)));
  if (parts.length === 0) throw new RangeError("no invoiceable part");
  return renderPdf(
    (doc) => {
      parts.forEach((part, i) => {
        if (i > 0) doc.addPage();
        drawInvoice(doc, buildInvoiceModel(order, part));
      });
    },
    { title: `Tax invoice ${order.number}`, subject: `GST invoices for order ${order.number}` },
  );
}
