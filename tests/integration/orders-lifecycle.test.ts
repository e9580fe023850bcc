import { asc, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getOrderDetail } from "@/lib/orders/queries";
import { cancelOrderByCustomer, forceCancel, transitionSubOrder } from "@/lib/orders/service";
import { getDb } from "@/lib/platform/db";
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/platform/errors";
import { coupons, deals, orderEvents, orderLines, orders, outboxEvents, productVariants, refunds, subOrders } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser } from "../support/fixtures";
import { makeCoupon, placeTestOrder } from "../support/orders-fixtures";
import { rejectsWith } from "../support/rejects";

type Variant = Awaited<ReturnType<typeof makeProduct>>["variant"];

let sellerA: Awaited<ReturnType<typeof makeSeller>>;
let sellerB: Awaited<ReturnType<typeof makeSeller>>;
let customer: Actor;
let otherCustomer: Actor;
let admin: Actor;
let courier: Actor;
let vA: Variant;
let vB: Variant;

beforeAll(async () => {
  const category = await makeCategory(null, "Groceries");
  sellerA = await makeSeller("Store A");
  sellerB = await makeSeller("Store B");
  customer = await makeUser("customer", "Asha");
  otherCustomer = await makeUser("customer", "Ravi");
  admin = await makeUser("admin", "Admin");
  courier = await makeUser("delivery", "Courier");
  vA = (await makeProduct({ sellerId: sellerA.seller.id, categoryId: category.id, pricePaise: 50_000, stockOnHand: 50 })).variant;
  vB = (await makeProduct({ sellerId: sellerB.seller.id, categoryId: category.id, pricePaise: 29_900, stockOnHand: 50 })).variant;
});

const twoSellerOrder = (opts: Parameters<typeof placeTestOrder>[2] = {}) =>
  placeTestOrder(
    customer.id,
    [
      { sellerId: sellerA.seller.id, items: [{ variant: vA, quantity: 2 }] },
      { sellerId: sellerB.seller.id, items: [{ variant: vB, quantity: 1 }] },
    ],
    opts,
  );

/** Everything a refused request must leave untouched. */
async function snapshot(orderId: string) {
  const db = await getDb();
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  const parts = await db.select().from(subOrders).where(eq(subOrders.orderId, orderId)).orderBy(asc(subOrders.number));
  const events = await db.select({ n: sql<number>`count(*)::int` }).from(orderEvents).where(eq(orderEvents.orderId, orderId));
  const outbox = await db.select({ n: sql<number>`count(*)::int` }).from(outboxEvents).where(inArray(outboxEvents.aggregateId, parts.map((p) => p.id)));
  const stock = await db.select({ id: productVariants.id, onHand: productVariants.stockOnHand, reserved: productVariants.stockReserved }).from(productVariants).where(inArray(productVariants.id, [vA.id, vB.id])).orderBy(asc(productVariants.id));
  const refundRows = await db.select({ n: sql<number>`count(*)::int` }).from(refunds).where(eq(refunds.orderId, orderId));
  return { order, parts, events: Number(events[0].n), outbox: Number(outbox[0].n), stock, refunds: Number(refundRows[0].n) };
}

async function refusedUnchanged(orderId: string, attempt: () => Promise<unknown>, type: new (...args: never[]) => AppError) {
  const before = await snapshot(orderId);
  const err = await rejectsWith(attempt(), type);
  expect(err.status).toBeGreaterThanOrEqual(400);
  expect(err.status).toBeLessThan(500);
  expect(await snapshot(orderId)).toEqual(before);
  return err;
}

async function stockOf(variantId: string) {
  const db = await getDb();
  const [v] = await db.select().from(productVariants).where(eq(productVariants.id, variantId));
  return { onHand: v.stockOnHand, reserved: v.stockReserved };
}

describe("order lifecycle", () => {
  it("walks a part from placed to delivered and completes the order when the rest is cancelled", async () => {
    const order = await twoSellerOrder();
    const [a, b] = order.subOrders;
    for (const to of ["accepted", "packed", "ready_to_ship"] as const) {
      expect((await transitionSubOrder(sellerA.actor, { subOrderId: a.id, to })).status).toBe(to);
    }
    await transitionSubOrder(sellerA.actor, { subOrderId: a.id, to: "shipped", carrier: "India Post", trackingNumber: "EE123" });
    await transitionSubOrder(courier, { subOrderId: a.id, to: "out_for_delivery" });
    const delivered = await transitionSubOrder(courier, { subOrderId: a.id, to: "delivered" });
    expect(delivered.orderStatus).toBe("placed");
    const rejected = await transitionSubOrder(sellerB.actor, { subOrderId: b.id, to: "cancelled", reason: "Out of stock at the shop" });
    expect(rejected.orderStatus).toBe("completed");

    const detail = await getOrderDetail(customer, order.number);
    expect(detail.status).toBe("completed");
    expect(detail.parts.map((p) => p.status)).toEqual(["delivered", "cancelled"]);
    expect(detail.parts[0]).toMatchObject({ carrier: "India Post", trackingNumber: "EE123" });
    expect(detail.parts[1]).toMatchObject({ cancelReason: "Out of stock at the shop", cancelledBy: "seller" });
    const labels = detail.timeline.map((t) => `${t.partNumber ?? "order"}:${t.label}`);
    expect(labels).toEqual(
      expect.arrayContaining([
        "order:Order placed",
        `${a.number}:Accepted by seller`,
        `${a.number}:Shipped`,
        `${a.number}:Delivered`,
        `${b.number}:Cancelled`,
        "order:Order completed",
      ]),
    );
    const db = await getDb();
    const published = await db.select().from(outboxEvents).where(eq(outboxEvents.aggregateId, a.id));
    expect(published.filter((e) => e.topic === "sub_order.changed").map((e) => e.payload.to)).toEqual([
      "accepted",
      "packed",
      "ready_to_ship",
      "shipped",
      "out_for_delivery",
      "delivered",
    ]);
  });

  it("refuses shipping before accepting (409) and changes nothing", async () => {
    const order = await twoSellerOrder();
    const err = await refusedUnchanged(order.id, () => transitionSubOrder(sellerA.actor, { subOrderId: order.subOrders[0].id, to: "shipped" }), ConflictError);
    expect(err.message).toMatch(/can't be moved/);
  });

  it("refuses a seller acting on another seller's part (403) and changes nothing", async () => {
    const order = await twoSellerOrder();
    await refusedUnchanged(order.id, () => transitionSubOrder(sellerB.actor, { subOrderId: order.subOrders[0].id, to: "accepted" }), ForbiddenError);
    await refusedUnchanged(order.id, () => transitionSubOrder(sellerB.actor, { subOrderId: order.subOrders[0].id, to: "cancelled", reason: "Not mine" }), ForbiddenError);
    await refusedUnchanged(order.id, () => transitionSubOrder(customer, { subOrderId: order.subOrders[0].id, to: "accepted" }), ForbiddenError);
  });

  it("refuses cancelling after delivery (409) and changes nothing", async () => {
    const order = await placeTestOrder(customer.id, [{ sellerId: sellerA.seller.id, items: [{ variant: vA, quantity: 1 }] }]);
    const id = order.subOrders[0].id;
    for (const to of ["accepted", "packed", "ready_to_ship", "shipped"] as const) await transitionSubOrder(sellerA.actor, { subOrderId: id, to });
    await transitionSubOrder(courier, { subOrderId: id, to: "delivered" });
    await refusedUnchanged(order.id, () => cancelOrderByCustomer(customer, { orderId: order.id, reason: "Changed my mind" }), ConflictError);
    await refusedUnchanged(order.id, () => transitionSubOrder(sellerA.actor, { subOrderId: id, to: "cancelled", reason: "Too late" }), ConflictError);
    await refusedUnchanged(order.id, () => forceCancel(admin, { orderId: order.id, reason: "Support request" }), ConflictError);
  });

  it("refuses a customer reading or cancelling another customer's order (404) and changes nothing", async () => {
    const order = await twoSellerOrder();
    await rejectsWith(getOrderDetail(otherCustomer, order.id), NotFoundError);
    await rejectsWith(getOrderDetail(otherCustomer, order.number), NotFoundError);
    await refusedUnchanged(order.id, () => cancelOrderByCustomer(otherCustomer, { orderId: order.id, reason: "Not mine" }), NotFoundError);
    // A seller of one part may read the order but sees only its own part, and may not cancel for the customer.
    const asSeller = await getOrderDetail(sellerB.actor, order.id);
    expect(asSeller.parts.map((p) => p.number)).toEqual([order.subOrders[1].number]);
    await refusedUnchanged(order.id, () => cancelOrderByCustomer(sellerB.actor, { orderId: order.id, reason: "Not mine" }), ForbiddenError);
  });

  it("refuses a delivery step from a seller and a reject without a reason", async () => {
    const order = await twoSellerOrder();
    await refusedUnchanged(order.id, () => transitionSubOrder(sellerA.actor, { subOrderId: order.subOrders[0].id, to: "delivered" }), ForbiddenError);
    const err = await refusedUnchanged(order.id, () => transitionSubOrder(sellerA.actor, { subOrderId: order.subOrders[0].id, to: "cancelled" }), ValidationError);
    expect((err as ValidationError).fieldErrors.reason).toBeDefined();
  });

  it("lets one of two identical concurrent moves win and refuses the other", async () => {
    const order = await twoSellerOrder();
    const id = order.subOrders[0].id;
    const results = await Promise.allSettled([
      transitionSubOrder(sellerA.actor, { subOrderId: id, to: "accepted" }),
      transitionSubOrder(sellerA.actor, { subOrderId: id, to: "accepted" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect(failed?.status === "rejected" && failed.reason).toBeInstanceOf(ConflictError);
    const db = await getDb();
    const accepted = await db.select().from(orderEvents).where(sql`${orderEvents.subOrderId} = ${id} and ${orderEvents.toStatus} = 'accepted'`);
    expect(accepted).toHaveLength(1);
  });
});

describe("cancellation", () => {
  it("gives stock back, records no refund for unpaid cash on delivery and releases the coupon", async () => {
    const coupon = await makeCoupon();
    const before = await stockOf(vA.id);
    const order = await twoSellerOrder({ couponId: coupon.id });
    expect((await stockOf(vA.id)).onHand).toBe(before.onHand - 2);
    const db = await getDb();
    expect((await db.select().from(coupons).where(eq(coupons.id, coupon.id)))[0].usedCount).toBe(1);

    const result = await cancelOrderByCustomer(customer, { orderId: order.id, reason: "Ordered by mistake" });
    expect(result).toMatchObject({ orderStatus: "cancelled", cancelled: order.subOrders.map((s) => s.number) });
    expect(await stockOf(vA.id)).toEqual(before);
    expect((await db.select().from(coupons).where(eq(coupons.id, coupon.id)))[0].usedCount).toBe(0);
    expect(await db.select().from(refunds).where(eq(refunds.orderId, order.id))).toHaveLength(0);
    const detail = await getOrderDetail(customer, order.id);
    expect(detail.status).toBe("cancelled");
    expect(detail.canCancel).toBe(false);
    expect(detail.timeline.filter((t) => t.label === "No refund due")).toHaveLength(2);
    await rejectsWith(cancelOrderByCustomer(customer, { orderId: order.id, reason: "Again" }), ConflictError);
  });

  it("gives a cancelled part's deal units back to its deal, so a capped deal can sell them again", async () => {
    const db = await getDb();
    const [deal] = await db
      .insert(deals)
      .values({ variantId: vA.id, sellerId: sellerA.seller.id, dealPricePaise: 45_000, startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000), quantityCap: 5, soldCount: 2 })
      .returning();
    const order = await twoSellerOrder();
    const partA = order.subOrders.find((p) => p.sellerId === sellerA.seller.id)!;
    await db.update(orderLines).set({ dealId: deal.id }).where(eq(orderLines.subOrderId, partA.id));

    await cancelOrderByCustomer(customer, { orderId: order.id, subOrderId: partA.id, reason: "Found it cheaper" });
    expect((await db.select().from(deals).where(eq(deals.id, deal.id)))[0].soldCount).toBe(0);
  });

  it("refunds a paid part cancelled on its own and keeps the coupon while the order goes on", async () => {
    const coupon = await makeCoupon();
    const order = await twoSellerOrder({ paymentMethod: "sandbox", couponId: coupon.id });
    const [a, b] = order.subOrders;
    await transitionSubOrder(sellerA.actor, { subOrderId: a.id, to: "accepted" });
    const result = await cancelOrderByCustomer(customer, { orderId: order.id, subOrderId: b.id, reason: "Found a better price elsewhere" });
    expect(result.orderStatus).toBe("placed");
    const db = await getDb();
    const rows = await db.select().from(refunds).where(eq(refunds.orderId, order.id));
    expect(rows).toMatchObject([{ subOrderId: b.id, amountPaise: b.totalPaise, status: "pending" }]);
    expect((await db.select().from(coupons).where(eq(coupons.id, coupon.id)))[0].usedCount).toBe(1);
    const detail = await getOrderDetail(customer, order.id);
    expect(detail.parts.map((p) => p.status)).toEqual(["accepted", "cancelled"]);
    expect(detail.canCancel).toBe(true);
  });

  it("refuses cancelling the whole order once a part has shipped, but cancels the rest by part", async () => {
    const order = await twoSellerOrder();
    const [a, b] = order.subOrders;
    for (const to of ["accepted", "packed", "ready_to_ship", "shipped"] as const) await transitionSubOrder(sellerA.actor, { subOrderId: a.id, to });
    const err = await refusedUnchanged(order.id, () => cancelOrderByCustomer(customer, { orderId: order.id, reason: "Too slow" }), ConflictError);
    expect(err.message).toMatch(/one by one/);
    await cancelOrderByCustomer(customer, { orderId: order.id, subOrderId: b.id, reason: "Too slow" });
    expect((await getOrderDetail(customer, order.id)).parts.map((p) => p.status)).toEqual(["shipped", "cancelled"]);
  });

  it("lets only admins force-cancel, skipping shipped parts", async () => {
    const order = await twoSellerOrder();
    const [a] = order.subOrders;
    for (const to of ["accepted", "packed", "ready_to_ship", "shipped"] as const) await transitionSubOrder(sellerA.actor, { subOrderId: a.id, to });
    await refusedUnchanged(order.id, () => forceCancel(sellerA.actor, { orderId: order.id, reason: "Fraud check" }), ForbiddenError);
    const result = await forceCancel(admin, { orderId: order.id, reason: "Fraud check" });
    expect(result.cancelled).toEqual([order.subOrders[1].number]);
    expect(result.orderStatus).toBe("placed");
  });
});
