import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { countSellerOrders, exportSellerOrders, getSellerOrderPart, listSellerOrders } from "@/lib/orders/seller-queries";
import { getDb } from "@/lib/platform/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/platform/errors";
import { orderEvents } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser, unique } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";
import { insertOrder } from "../support/seller-orders-fixtures";

type Seller = Awaited<ReturnType<typeof makeSeller>>;

describe("seller order queries", () => {
  let a: Seller;
  let b: Seller;
  let customer: Actor;
  let lineA: { productId: string; variantId: string; sku: string; title: string };
  let lineB: { productId: string; variantId: string; sku: string; title: string };

  beforeAll(async () => {
    a = await makeSeller("Orders A");
    b = await makeSeller("Orders B");
    customer = await makeUser("customer", "Kavya Menon");
    const cat = await makeCategory();
    const pa = await makeProduct({ sellerId: a.seller.id, categoryId: cat.id, title: "Brass diya" });
    const pb = await makeProduct({ sellerId: b.seller.id, categoryId: cat.id, title: "Cotton saree" });
    lineA = { productId: pa.product.id, variantId: pa.variant.id, sku: pa.variant.sku, title: "Brass diya" };
    lineB = { productId: pb.product.id, variantId: pb.variant.id, sku: pb.variant.sku, title: "Cotton saree" };
  });

  it("lists only the seller's own placed parts; the new queue is oldest first and counts cover every tab", async () => {
    const older = await insertOrder({ customerId: customer.id, placedAt: new Date(Date.now() - 3_600_000), parts: [{ sellerId: a.seller.id, lines: [{ ...lineA, quantity: 2 }] }, { sellerId: b.seller.id, lines: [lineB] }] });
    const newer = await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, lines: [lineA] }] });
    const packed = await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, status: "packed", lines: [lineA] }] });
    const unpaid = await insertOrder({ customerId: customer.id, placedAt: null, parts: [{ sellerId: a.seller.id, lines: [lineA] }] });

    const queue = await listSellerOrders(a.actor, a.seller.id, {});
    const ids = queue.items.map((r) => r.id);
    expect(ids.indexOf(older.parts[0].id)).toBeLessThan(ids.indexOf(newer.parts[0].id));
    expect(ids).not.toContain(older.parts[1].id); // seller B's part of the same order
    expect(ids).not.toContain(packed.parts[0].id); // not in the "new" tab
    expect(ids).not.toContain(unpaid.parts[0].id); // awaiting payment: not the seller's yet
    const row = queue.items.find((r) => r.id === older.parts[0].id);
    expect(row).toMatchObject({ number: `${older.order.number}-1`, orderNumber: older.order.number, status: "placed", itemCount: 1, units: 2, customerName: "Meera Iyer", city: "Bengaluru" });

    const all = await listSellerOrders(a.actor, a.seller.id, { tab: "all" });
    expect(all.items[0].placedAt.getTime()).toBeGreaterThanOrEqual(all.items[all.items.length - 1].placedAt.getTime());
    expect(all.items.map((r) => r.id)).toContain(packed.parts[0].id);

    const counts = await countSellerOrders(a.actor, a.seller.id, {});
    expect(counts.new).toBe(2);
    expect(counts.packed).toBe(1);
    expect(counts.all).toBe(3);
    expect((await countSellerOrders(b.actor, b.seller.id, {})).all).toBeGreaterThanOrEqual(1);
  });

  it("searches by part or order number, customer name and SKU, and filters by India-time dates", async () => {
    const s = await makeSeller("Orders search");
    const buyer = await makeUser("customer", "Gift buyer");
    const cat = await makeCategory();
    const p = await makeProduct({ sellerId: s.seller.id, categoryId: cat.id, title: "Kolhapuri chappal" });
    const line = { productId: p.product.id, variantId: p.variant.id, sku: p.variant.sku, title: "Kolhapuri chappal" };
    // 00:15 on 30 Nov in India is still 29 Nov in UTC.
    const early = await insertOrder({ customerId: buyer.id, placedAt: new Date("2026-11-29T18:45:00Z"), address: { fullName: "Farhan Qureshi" }, parts: [{ sellerId: s.seller.id, lines: [line] }] });
    const late = await insertOrder({ customerId: buyer.id, placedAt: new Date("2026-11-29T18:15:00Z"), parts: [{ sellerId: s.seller.id, lines: [line] }] });
    const list = (input: Record<string, string>) => listSellerOrders(s.actor, s.seller.id, { tab: "all", ...input }).then((r) => r.items.map((i) => i.id));

    expect(await list({ q: early.order.number })).toEqual([early.parts[0].id]);
    expect(await list({ q: early.parts[0].number.toLowerCase() })).toEqual([early.parts[0].id]);
    expect(await list({ q: "farhan" })).toEqual([early.parts[0].id]);
    expect((await list({ q: p.variant.sku })).sort()).toEqual([early.parts[0].id, late.parts[0].id].sort());
    expect(await list({ q: "chappal%" })).toEqual([]); // LIKE characters are literal
    expect(await list({ from: "2026-11-30", to: "2026-11-30" })).toEqual([early.parts[0].id]);
    expect(await list({ from: "2026-11-29", to: "2026-11-29" })).toEqual([late.parts[0].id]);
    // A reversed range is read the right way round; a malformed date is ignored.
    expect((await list({ from: "2026-11-30", to: "2026-11-29" })).length).toBe(2);
    expect((await list({ from: "2026-13-45" })).length).toBe(2);
  });

  it("shows the seller's part with lines, address, totals and only its own timeline", async () => {
    const { order, parts } = await insertOrder({ customerId: customer.id, parts: [{ sellerId: a.seller.id, shippingPaise: 4_000, lines: [{ ...lineA, quantity: 3, unitPricePaise: 11_800 }] }, { sellerId: b.seller.id, lines: [lineB] }] });
    const db = await getDb();
    await db.insert(orderEvents).values({ orderId: order.id, subOrderId: parts[1].id, fromStatus: "placed", toStatus: "accepted", actorKind: "seller" });
    const detail = await getSellerOrderPart(a.actor, parts[0].number);
    expect(detail.part).toMatchObject({ id: parts[0].id, subtotalPaise: 35_400, shippingPaise: 4_000, totalPaise: 39_400, taxPaise: 5_400, sellerId: a.seller.id });
    expect(detail.part.lines).toHaveLength(1);
    expect(detail.part.lines[0]).toMatchObject({ sku: lineA.sku, quantity: 3, unitPricePaise: 11_800, taxableValuePaise: 30_000 });
    expect(detail.order.address?.pincode).toBe("560038");
    expect(detail.order).not.toHaveProperty("customerEmail");
    expect(detail.timeline.map((e) => e.subOrderNumber)).toEqual([parts[0].number]);
    expect((await getSellerOrderPart(a.actor, parts[0].id)).part.number).toBe(parts[0].number);
  });

  it("refuses another seller's part, customers, anonymous and another store's list", async () => {
    const { parts } = await insertOrder({ customerId: customer.id, parts: [{ sellerId: b.seller.id, lines: [lineB] }] });
    await rejectsWith(getSellerOrderPart(a.actor, parts[0].number), NotFoundError);
    await rejectsWith(getSellerOrderPart(customer, parts[0].number), NotFoundError);
    await rejectsWith(getSellerOrderPart(null, parts[0].number), UnauthenticatedError);
    await rejectsWith(getSellerOrderPart(b.actor, unique("QL")), NotFoundError);
    await rejectsWith(listSellerOrders(a.actor, b.seller.id, {}), ForbiddenError);
    await rejectsWith(countSellerOrders(customer, b.seller.id, {}), ForbiddenError);
    await rejectsWith(exportSellerOrders(a.actor, b.seller.id, {}), ForbiddenError);
    const admin = await makeUser("admin");
    await rejectsWith(listSellerOrders(admin, b.seller.id, {}), ForbiddenError);
  });
});
