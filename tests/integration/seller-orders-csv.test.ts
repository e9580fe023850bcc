import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { csvCell, csvDateTime, csvFileName, csvRupees, SELLER_ORDERS_CSV_HEADER, sellerOrdersCsv, toCsv } from "@/lib/orders/csv";
import { exportSellerOrders } from "@/lib/orders/seller-queries";
import { ForbiddenError } from "@/lib/platform/errors";
import { makeCategory, makeProduct, makeSeller, makeUser } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";
import { insertOrder } from "../support/seller-orders-fixtures";

/** Splits our CSV back into cells (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe("CSV encoding", () => {
  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("Sharma, Rakesh")).toBe('"Sharma, Rakesh"');
    expect(csvCell('12" pizza')).toBe('"12"" pizza"');
    expect(csvCell("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+91 98450")).toBe("'+91 98450");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell(-5)).toBe("-5"); // numbers are ours, not typed by users
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(() => csvCell(Number.NaN)).toThrow(TypeError);
  });

  it("writes a BOM, CRLF rows, rupees with two decimals and India times", () => {
    const text = toCsv(["a", "b"], [["x,y", 1]]);
    expect(text).toBe('\uFEFFa,b\r\n"x,y",1\r\n');
    expect(csvRupees(12_345_650)).toBe("123456.50");
    expect(csvRupees(5)).toBe("0.05");
    expect(csvRupees(0)).toBe("0.00");
    expect(() => csvRupees(1.5)).toThrow(TypeError);
    expect(csvDateTime(new Date("2026-11-29T18:45:00Z"))).toBe("2026-11-30 00:15");
    expect(csvDateTime(null)).toBe("");
    expect(csvFileName("quicklocal-orders", new Date("2026-11-29T20:00:00Z"))).toBe("quicklocal-orders-2026-11-30.csv");
  });
});

describe("seller order export", () => {
  let s: Awaited<ReturnType<typeof makeSeller>>;
  let other: Awaited<ReturnType<typeof makeSeller>>;
  let customer: Actor;
  let line: { productId: string; variantId: string; sku: string; title: string };

  beforeAll(async () => {
    s = await makeSeller("Export store");
    other = await makeSeller("Other export store");
    customer = await makeUser("customer");
    const cat = await makeCategory();
    const p = await makeProduct({ sellerId: s.seller.id, categoryId: cat.id });
    line = { productId: p.product.id, variantId: p.variant.id, sku: p.variant.sku, title: "Brass lamp" };
  });

  it("exports the filtered parts with escaped customer text, money and items", async () => {
    const tricky = await insertOrder({
      customerId: customer.id,
      placedAt: new Date("2026-11-29T18:45:00Z"),
      address: { fullName: '=cmd|"/c calc"!A1, Esq.', line1: "Flat 4, \"Sunrise\"", city: "Pune", state: "Maharashtra", pincode: "411001" },
      parts: [{ sellerId: s.seller.id, shippingPaise: 4_000, lines: [{ ...line, quantity: 2, unitPricePaise: 11_800 }, { ...line, sku: `${line.sku}-B`, quantity: 1, unitPricePaise: 5_000 }] }],
    });
    const packed = await insertOrder({ customerId: customer.id, placedAt: new Date("2026-11-20T06:00:00Z"), parts: [{ sellerId: s.seller.id, status: "packed", lines: [line] }] });

    const csv = sellerOrdersCsv(await exportSellerOrders(s.actor, s.seller.id, { tab: "all" }));
    const rows = parseCsv(csv.replace(/^\uFEFF/, ""));
    expect(rows[0]).toEqual([...SELLER_ORDERS_CSV_HEADER]);
    expect(rows).toHaveLength(3);
    const row = rows.find((r) => r[0] === tricky.parts[0].number);
    expect(row).toBeDefined();
    const cell = (name: (typeof SELLER_ORDERS_CSV_HEADER)[number]) => row![SELLER_ORDERS_CSV_HEADER.indexOf(name)];
    expect(cell("Customer")).toBe("'=cmd|\"/c calc\"!A1, Esq.");
    expect(cell("Placed at (IST)")).toBe("2026-11-30 00:15");
    expect(cell("Items")).toBe(`${line.sku} x 2; ${line.sku}-B x 1`);
    expect(cell("Units")).toBe("3");
    expect(cell("Subtotal (INR)")).toBe("286.00");
    expect(cell("Shipping (INR)")).toBe("40.00");
    expect(cell("Total (INR)")).toBe("326.00");
    expect(cell("Payment")).toBe("Cash on delivery");

    // The same filters as the page: tab, dates and search.
    const only = async (input: Record<string, string>) => (await exportSellerOrders(s.actor, s.seller.id, input)).map((r) => r.number);
    expect(await only({ tab: "packed" })).toEqual([packed.parts[0].number]);
    expect(await only({ tab: "all", from: "2026-11-30", to: "2026-11-30" })).toEqual([tricky.parts[0].number]);
    expect(await only({ tab: "all", q: `${line.sku}-B` })).toEqual([tricky.parts[0].number]);
    expect(await only({})).toEqual([tricky.parts[0].number]); // default tab: new
  });

  it("refuses another seller, customers and admins", async () => {
    await rejectsWith(exportSellerOrders(other.actor, s.seller.id, {}), ForbiddenError);
    await rejectsWith(exportSellerOrders(customer, s.seller.id, {}), ForbiddenError);
    await rejectsWith(exportSellerOrders(await makeUser("admin"), s.seller.id, {}), ForbiddenError);
    await rejectsWith(exportSellerOrders(null, s.seller.id, {}), Error);
  });
});
