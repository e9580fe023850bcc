import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { numberInWords, rupeesInWords } from "@/lib/documents/amount-words";
import { buildInvoiceModel } from "@/lib/documents/invoice-model";
import { renderInvoicesPdf } from "@/lib/documents/invoice-pdf";
import type { OrderDetail, OrderDetailPart } from "@/lib/orders/order-dto";
import { pdfText } from "../support/orders-pdf-text";

const line = (over: Partial<OrderDetailPart["lines"][number]>): OrderDetailPart["lines"][number] => ({
  id: "l1",
  productId: "p1",
  variantId: "v1",
  productType: "physical",
  title: "Basmati rice",
  variantTitle: "5 kg",
  sku: "RICE-5",
  imageKey: null,
  quantity: 2,
  unitPricePaise: 52_500,
  mrpPaise: 60_000,
  lineSubtotalPaise: 105_000,
  discountPaise: 5_000,
  gstRateBp: 500,
  taxableValuePaise: 95_238,
  cgstPaise: 2_381,
  sgstPaise: 2_381,
  igstPaise: 0,
  totalPaise: 100_000,
  ...over,
});

function part(over: Partial<OrderDetailPart>): OrderDetailPart {
  return {
    id: "s1",
    number: "QL100001-1",
    status: "placed",
    requiresShipping: true,
    deliveryOption: "standard",
    promisedBy: null,
    seller: { name: "Pune Grocers", slug: "pune-grocers", city: "Pune", state: "Maharashtra", pincode: "411001", gstin: "27ABCDE1234F1Z5" },
    sellerState: "Maharashtra",
    subtotalPaise: 105_000,
    discountPaise: 5_000,
    shippingPaise: 4_000,
    taxPaise: 4_762,
    cgstPaise: 2_381,
    sgstPaise: 2_381,
    igstPaise: 0,
    totalPaise: 104_000,
    carrier: null,
    trackingNumber: null,
    cancelReason: null,
    cancelledBy: null,
    createdAt: "2026-11-30T05:00:00.000Z",
    shippedAt: null,
    deliveredAt: null,
    lines: [line({})],
    customerActions: [],
    invoiceAvailable: true,
    ...over,
  };
}

const order = (parts: OrderDetailPart[]): OrderDetail => ({
  id: "o1",
  number: "QL100001",
  status: "placed",
  paymentMethod: "cod",
  couponCode: null,
  shippingAddress: { fullName: "Asha Rao", phone: "9876543210", line1: "12 MG Road", line2: null, landmark: null, city: "Pune", state: "Maharashtra", pincode: "411001" },
  createdAt: "2026-11-30T05:00:00.000Z",
  placedAt: "2026-11-30T05:00:00.000Z",
  subtotalPaise: 0,
  discountPaise: 0,
  shippingPaise: 0,
  taxPaise: 0,
  totalPaise: 0,
  isCustomer: true,
  canCancel: true,
  payUrl: null,
  parts,
  timeline: [],
});

const interPart = part({
  id: "s2",
  number: "QL100001-2",
  seller: { name: "Fluffy Office Toys", slug: "fluffy-office-toys", city: "Bengaluru", state: "Karnataka", pincode: "560001", gstin: null },
  sellerState: "Karnataka",
  subtotalPaise: 59_900,
  discountPaise: 0,
  shippingPaise: 0,
  taxPaise: 9_137,
  cgstPaise: 0,
  sgstPaise: 0,
  igstPaise: 9_137,
  totalPaise: 59_900,
  lines: [line({ id: "l2", title: "Wooden train", variantTitle: "Wooden train", sku: "TOY-1", quantity: 1, unitPricePaise: 59_900, lineSubtotalPaise: 59_900, discountPaise: 0, gstRateBp: 1800, taxableValuePaise: 50_763, cgstPaise: 0, sgstPaise: 0, igstPaise: 9_137, totalPaise: 59_900 })],
});

describe("amount in words", () => {
  it("uses Indian grouping", () => {
    expect(numberInWords(0)).toBe("Zero");
    expect(numberInWords(105)).toBe("One Hundred Five");
    expect(numberInWords(120_050)).toBe("One Lakh Twenty Thousand Fifty");
    expect(numberInWords(12_345_678)).toBe("One Crore Twenty Three Lakh Forty Five Thousand Six Hundred Seventy Eight");
    expect(rupeesInWords(104_000)).toBe("Rupees One Thousand Forty Only");
    expect(rupeesInWords(123_450)).toBe("Rupees One Thousand Two Hundred Thirty Four and Fifty Paise Only");
  });
});

describe("GST invoice model", () => {
  it("splits CGST and SGST within a state", () => {
    const m = buildInvoiceModel(order([part({})]), part({}));
    expect(m.interState).toBe(false);
    expect(m.columns.map((c) => c.header)).toContain("CGST (₹)");
    expect(m.columns.map((c) => c.header)).not.toContain("IGST (₹)");
    expect(m.rows[0]).toEqual(["1", "Basmati rice — 5 kg\nSKU RICE-5 · ₹525.00 each", "2", "1,050.00", "50.00", "952.38", "5%", "23.81", "23.81", "1,000.00"]);
    expect(m.summary.at(-1)).toEqual({ label: "Invoice total", value: "₹1,040.00", bold: true });
    expect(m.invoiceNumber).toBe("INV-QL100001-1");
  });

  it("charges IGST across states", () => {
    const m = buildInvoiceModel(order([interPart]), interPart);
    expect(m.interState).toBe(true);
    expect(m.columns.map((c) => c.header)).toContain("IGST (₹)");
    expect(m.summary.map((s) => s.label)).toEqual(["Taxable value", "IGST", "Shipping charges", "Invoice total"]);
    expect(m.seller.at(-1)).toMatch(/not registered/);
  });
});

describe("invoice PDF", () => {
  it("renders one tax invoice per seller part with the ₹ sign and GST split", async () => {
    const bytes = await renderInvoicesPdf(order([part({}), interPart]));
    if (process.env.ORDERS_PDF_OUT) writeFileSync(process.env.ORDERS_PDF_OUT, bytes);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text.match(/Tax Invoice/g)).toHaveLength(2);
    expect(text).toContain("Invoice no: INV-QL100001-1");
    expect(text).toContain("Invoice no: INV-QL100001-2");
    expect(text).toContain("GSTIN: 27ABCDE1234F1Z5");
    expect(text).toContain("Intra-state supply (CGST + SGST)");
    expect(text).toContain("Inter-state supply (IGST)");
    expect(text).toContain("₹1,040.00");
    expect(text).toContain("₹91.37");
    expect(text).toContain("Rupees Five Hundred Ninety Nine Only");
    // Ligature glyphs ("ff", "ffi") read back as their letters.
    expect(text).toContain("Fluffy Office Toys");
  });

  it("leaves out cancelled parts and refuses when nothing is invoiceable", async () => {
    const cancelled = part({ status: "cancelled", invoiceAvailable: false });
    const text = pdfText(await renderInvoicesPdf(order([cancelled, interPart])));
    expect(text).not.toContain("INV-QL100001-1");
    await expect(renderInvoicesPdf(order([cancelled]))).rejects.toThrow(RangeError);
  });
});
