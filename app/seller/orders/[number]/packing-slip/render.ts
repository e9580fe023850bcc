import "server-only";
import { columns, drawTable, heading, note, pdfMoney, renderPdf, rule } from "@/lib/documents/pdf";
import type { SellerOrderDetail } from "@/lib/orders/seller-queries";

const dateFormat = new Intl.DateTimeFormat("en-IN", { timeZone: "Asia/Kolkata", day: "numeric", month: "short", year: "numeric" });
const OPTION = { standard: "Standard", next_day: "Next day", same_day: "Same day" } as const;

/**
 * The packing slip that goes in the parcel: who it's from and to, what to pack (with tick boxes),
 * and how it's paid — the amount to collect for cash on delivery. No prices per line.
 */
export function renderPackingSlip({ order, part }: SellerOrderDetail): Promise<Buffer> {
  return renderPdf(
    (doc) => {
      heading(doc, "Packing slip", 18);
      doc.fontSize(11).text(`Part ${part.number} · Order ${order.number}`);
      doc.fontSize(10).text(`Placed ${order.placedAt ? dateFormat.format(order.placedAt) : "—"}`);
      rule(doc);
      const a = order.address;
      columns(doc, [
        ["SHIP FROM", part.sellerName, `${part.sellerCity}, ${part.sellerState} ${part.sellerPincode}`],
        a
          ? ["SHIP TO", a.fullName, a.line1, ...(a.line2 ? [a.line2] : []), ...(a.landmark ? [`Landmark: ${a.landmark}`] : []), `${a.city}, ${a.state} ${a.pincode}`, `Phone ${a.phone}`]
          : ["SHIP TO", order.customerName],
      ]);
      rule(doc);
      const units = part.lines.reduce((s, l) => s + l.quantity, 0);
      drawTable(doc, {
        columns: [
          { header: "#", weight: 0.5, align: "right" },
          { header: "Item", weight: 6 },
          { header: "SKU", weight: 3 },
          { header: "Qty", weight: 1, align: "right" },
          { header: "Packed", weight: 1.2, align: "center" },
        ],
        rows: part.lines.map((l, i) => [String(i + 1), l.variantTitle && l.variantTitle !== l.title ? `${l.title} — ${l.variantTitle}` : l.title, l.sku, String(l.quantity), "☐"]),
        footer: [["", `${part.lines.length} ${part.lines.length === 1 ? "item" : "items"}`, "", String(units), ""]],
      });
      doc.fontSize(11);
      if (order.paymentMethod === "cod") doc.text(`CASH ON DELIVERY — collect ${pdfMoney(part.totalPaise)} from the customer.`);
      else doc.text("PREPAID — nothing to collect.");
      doc.fontSize(10);
      if (part.deliveryOption) {
        doc.text(`Delivery: ${OPTION[part.deliveryOption]}${part.promisedBy ? `, promised by ${dateFormat.format(part.promisedBy)}` : ""}`);
      }
      if (part.carrier || part.trackingNumber) doc.text(`Carrier: ${part.carrier ?? "—"} · Tracking: ${part.trackingNumber ?? "—"}`);
      doc.moveDown(1);
      note(doc, "Packed by QuickLocal seller. The tax invoice is available to the customer in their account.");
    },
    { title: `Packing slip ${part.number}`, subject: `Order ${order.number}` },
  );
}
