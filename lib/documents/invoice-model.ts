/**
 * The content of a GST tax invoice for one seller's part of an order (pure: the PDF layout is in
 * invoice-pdf.ts). Prices are GST-inclusive; each line shows its taxable value and the tax in it, split
 * into CGST + SGST when the seller and the delivery address are in the same state, else IGST.
 */
import type { OrderDetail, OrderDetailPart } from "@/lib/orders/order-dto";
import { formatMoney } from "@/lib/platform/money";
import { rupeesInWords } from "./amount-words";

export interface InvoiceModel {
  invoiceNumber: string;
  invoiceDate: string;
  orderNumber: string;
  orderDate: string;
  placeOfSupply: string;
  interState: boolean;
  paymentLabel: string;
  seller: string[];
  buyer: string[];
  columns: { header: string; weight: number; align?: "left" | "right" }[];
  rows: string[][];
  footer: string[][];
  summary: { label: string; value: string; bold?: boolean }[];
  amountInWords: string;
}

const dateFormat = new Intl.DateTimeFormat("en-IN", { day: "numeric", month: "short", year: "numeric", timeZone: "Asia/Kolkata" });

/** "1,234.50" — table cells; the header says the currency. */
export function plainAmount(paise: number): string {
  return formatMoney(paise).replace(/^₹/, "");
}

export function percent(bp: number): string {
  const value = bp / 100;
  return `${Number.isInteger(value) ? value : value.toFixed(2)}%`;
}

const sameState = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

const showVariant = (title: string, variant: string) => Boolean(variant) && variant !== title && variant !== "Standard";

export function invoiceNumberFor(partNumber: string): string {
  return `INV-${partNumber}`;
}

export function buildInvoiceModel(order: OrderDetail, part: OrderDetailPart): InvoiceModel {
  const address = order.shippingAddress;
  const buyerState = address?.state ?? part.sellerState;
  const interState = part.igstPaise > 0 || (part.cgstPaise + part.sgstPaise === 0 && !sameState(part.sellerState, buyerState));
  const taxColumns = interState
    ? [{ header: "IGST (₹)", weight: 1.1, align: "right" as const }]
    : [
        { header: "CGST (₹)", weight: 1.1, align: "right" as const },
        { header: "SGST (₹)", weight: 1.1, align: "right" as const },
      ];
  const columns = [
    { header: "#", weight: 0.35 },
    { header: "Item", weight: 3.0 },
    { header: "Qty", weight: 0.55, align: "right" as const },
    { header: "Gross (₹)", weight: 1.15, align: "right" as const },
    { header: "Discount (₹)", weight: 1.15, align: "right" as const },
    { header: "Taxable (₹)", weight: 1.2, align: "right" as const },
    { header: "GST", weight: 0.8, align: "right" as const },
    ...taxColumns,
    { header: "Total (₹)", weight: 1.2, align: "right" as const },
  ];
  const taxCells = (l: { cgstPaise: number; sgstPaise: number; igstPaise: number }) =>
    interState ? [plainAmount(l.igstPaise)] : [plainAmount(l.cgstPaise), plainAmount(l.sgstPaise)];
  const rows = part.lines.map((l, i) => [
    String(i + 1),
    `${l.title}${showVariant(l.title, l.variantTitle) ? ` — ${l.variantTitle}` : ""}\nSKU ${l.sku} · ${formatMoney(l.unitPricePaise)} each`,
    String(l.quantity),
    plainAmount(l.lineSubtotalPaise),
    plainAmount(l.discountPaise),
    plainAmount(l.taxableValuePaise),
    percent(l.gstRateBp),
    ...taxCells(l),
    plainAmount(l.totalPaise),
  ]);
  const sum = (f: (l: OrderDetailPart["lines"][number]) => number) => part.lines.reduce((s, l) => s + f(l), 0);
  const taxable = sum((l) => l.taxableValuePaise);
  const footer = [
    [
      "",
      "Items total",
      String(sum((l) => l.quantity)),
      plainAmount(part.subtotalPaise),
      plainAmount(part.discountPaise),
      plainAmount(taxable),
      "",
      ...taxCells(part),
      plainAmount(part.subtotalPaise - part.discountPaise),
    ],
  ];
  const summary = [
    { label: "Taxable value", value: formatMoney(taxable) },
    ...(interState
      ? [{ label: "IGST", value: formatMoney(part.igstPaise) }]
      : [
          { label: "CGST", value: formatMoney(part.cgstPaise) },
          { label: "SGST", value: formatMoney(part.sgstPaise) },
        ]),
    { label: "Shipping charges", value: formatMoney(part.shippingPaise) },
    { label: "Invoice total", value: formatMoney(part.totalPaise), bold: true },
  ];
  const seller = [
    "Sold by",
    part.seller.name,
    `${part.seller.city}, ${part.seller.state} ${part.seller.pincode}`,
    part.seller.gstin ? `GSTIN: ${part.seller.gstin}` : "GSTIN: not registered (composition/exempt)",
  ];
  const buyer = address
    ? ["Bill to / Ship to", address.fullName, address.line1, ...(address.line2 ? [address.line2] : []), `${address.city}, ${address.state} ${address.pincode}`, `Phone: ${address.phone}`]
    : ["Bill to", "Digital delivery (no shipping address)"];
  return {
    invoiceNumber: invoiceNumberFor(part.number),
    invoiceDate: dateFormat.format(new Date(order.placedAt ?? part.createdAt)),
    orderNumber: order.number,
    orderDate: dateFormat.format(new Date(order.createdAt)),
    placeOfSupply: buyerState,
    interState,
    paymentLabel: order.paymentMethod === "cod" ? "Cash on delivery" : "Paid online (SANDBOX)",
    seller,
    buyer,
    columns,
    rows,
    footer,
    summary,
    amountInWords: rupeesInWords(part.totalPaise),
  };
}
