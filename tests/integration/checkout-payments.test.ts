/**
 * Online payment through the SANDBOX provider: the order waits for payment with its stock held for
 * 15 minutes; Approve places it (stock committed, cart emptied, onOrderPaid hooks), Decline cancels it;
 * the checkout.release-expired job gives back the stock, coupon use and deal units of orders never paid.
 * Refunds: idempotent per part, nothing due for uncollected cash on delivery, paid by the job after commit.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { addLicenceKeys, syncDigitalStock } from "@/lib/catalog/digital-service";
import { processPendingRefunds, requestRefund } from "@/lib/payments";
import { confirmSandboxPayment, confirmSandboxPaymentAs } from "@/lib/payments/sandbox";
import { getDb } from "@/lib/platform/db";
import { NotFoundError } from "@/lib/platform/errors";
import { runJob } from "@/lib/platform/jobs";
import { placeOrder, quoteCheckout } from "@/lib/workflows/checkout";
import { CHECKOUT_EXPIRY_JOB, releaseExpiredOrders } from "@/lib/workflows/checkout-expiry";
import { registerOrderPaidHook, unregisterOrderPaidHook } from "@/lib/workflows/order-paid-hooks";
import { cartItems, carts, coupons, deals, digitalEntitlements, orderEvents, orderLines, orders, outboxEvents, payments, refunds, stockReservations, subOrders } from "@/models";
import { checkoutWorld, makeBuyers, makeCoupon, makeProduct, stockOf, type Buyer } from "../support/checkout-fixtures";
import { rejectsWith } from "../support/rejects";

let world: Awaited<ReturnType<typeof checkoutWorld>>;
const MINUTE = 60_000;

beforeAll(async () => {
  world = await checkoutWorld();
});

afterEach(() => unregisterOrderPaidHook("test.paid"));

async function sandboxOrder(buyer: Buyer, couponCode?: string) {
  const quote = await quoteCheckout(buyer, { addressId: buyer.addressId, paymentMethod: "sandbox", couponCode });
  expect(quote.problems.filter((p) => p.blocking)).toEqual([]);
  const placed = await placeOrder(buyer, {
    idempotencyKey: randomUUID(),
    addressId: buyer.addressId,
    paymentMethod: "sandbox",
    couponCode,
    expectedTotalPaise: quote.quote!.totalPaise,
  });
  const paymentId = placed.paymentRedirectUrl?.split("/").pop() as string;
  return { ...placed, paymentId };
}

async function orderRow(id: string) {
  const db = await getDb();
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  const parts = await db.select({ status: subOrders.status }).from(subOrders).where(eq(subOrders.orderId, id));
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, id));
  return { order, parts: parts.map((p) => p.status), payment };
}

async function cartSize(userId: string) {
  const db = await getDb();
  const rows = await db.select({ id: cartItems.id }).from(cartItems).innerJoin(carts, eq(carts.id, cartItems.cartId)).where(eq(carts.userId, userId));
  return rows.length;
}

describe("sandbox payment", () => {
  it("holds the stock for 15 minutes, and Approve places the order, commits the stock and empties the cart", async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, pricePaise: 45_000, stockOnHand: 5 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 2 }]);
    const paidHookSaw: string[] = [];
    registerOrderPaidHook("test.paid", async (tx, orderId) => {
      const [o] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
      paidHookSaw.push(o.status);
    });

    const before = Date.now();
    const placed = await sandboxOrder(buyer);
    expect(placed.status).toBe("pending_payment");
    expect(placed.paymentRedirectUrl).toBe(`/checkout/pay/${placed.paymentId}`);
    const pending = await orderRow(placed.orderId);
    expect(pending.parts).toEqual(["pending_payment"]);
    expect(pending.payment).toMatchObject({ provider: "sandbox", status: "pending", amountPaise: pending.order.totalPaise });
    const expiresIn = pending.order.reservationExpiresAt!.getTime() - before;
    expect(expiresIn).toBeGreaterThan(14 * MINUTE);
    expect(expiresIn).toBeLessThan(16 * MINUTE);
    expect(await stockOf(variant.id)).toEqual({ onHand: 5, reserved: 2 });
    expect(await cartSize(buyer.id)).toBe(1);

    const approved = await confirmSandboxPayment(placed.paymentId, "approve");
    expect(approved).toMatchObject({ status: "captured", orderId: placed.orderId });
    const paid = await orderRow(placed.orderId);
    expect(paid.order.status).toBe("placed");
    expect(paid.order.placedAt).not.toBeNull();
    expect(paid.order.reservationExpiresAt).toBeNull();
    expect(paid.parts).toEqual(["placed"]);
    expect(paid.payment).toMatchObject({ status: "captured", capturedPaise: paid.order.totalPaise });
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 0 });
    expect(await cartSize(buyer.id)).toBe(0);
    expect(paidHookSaw).toEqual(["placed"]);
    const db = await getDb();
    const placedEvents = await db.select().from(outboxEvents).where(and(eq(outboxEvents.topic, "order.placed"), eq(outboxEvents.aggregateId, placed.orderId)));
    expect(placedEvents).toHaveLength(1);

    // A second click answers the same; nothing moves twice.
    expect((await confirmSandboxPayment(placed.paymentId, "decline")).status).toBe("captured");
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 0 });
    // Someone else cannot pay (or see) this payment.
    const [stranger] = await makeBuyers(1, []);
    await rejectsWith(confirmSandboxPaymentAs(stranger, { paymentId: placed.paymentId, outcome: "approve" }), NotFoundError);
  });

  it("Decline cancels the order and releases its stock and coupon; the cart keeps the items", async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, pricePaise: 60_000, stockOnHand: 4 });
    const coupon = await makeCoupon({ usageLimit: 10 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 1 }]);
    const placed = await sandboxOrder(buyer, coupon.code);
    const db = await getDb();
    expect((await db.select().from(coupons).where(eq(coupons.id, coupon.id)))[0].usedCount).toBe(1);

    const declined = await confirmSandboxPaymentAs(buyer, { paymentId: placed.paymentId, outcome: "decline" });
    expect(declined.status).toBe("declined");
    const row = await orderRow(placed.orderId);
    expect(row.order.status).toBe("cancelled");
    expect(row.parts).toEqual(["cancelled"]);
    expect(row.payment.status).toBe("failed");
    expect(await stockOf(variant.id)).toEqual({ onHand: 4, reserved: 0 });
    expect((await db.select().from(coupons).where(eq(coupons.id, coupon.id)))[0].usedCount).toBe(0);
    expect(await cartSize(buyer.id)).toBe(1);
    const nothingToRefund = await db.select().from(refunds).where(eq(refunds.orderId, placed.orderId));
    expect(nothingToRefund).toHaveLength(0);
  });
});

describe("digital goods", () => {
  it("once paid, a licence key is handed out (onOrderPaid) and the stock follows the key pool", async () => {
    const db = await getDb();
    const { product, variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, type: "digital", title: "Photo editor licence", pricePaise: 99_900, stockOnHand: 0 });
    await addLicenceKeys(db, product.id, ["KEY-AAAA-0001", "KEY-AAAA-0002", "KEY-AAAA-0003"]);
    await syncDigitalStock(db, product.id);
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 0 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 1 }]);

    const placed = await sandboxOrder(buyer);
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 1 });
    await confirmSandboxPayment(placed.paymentId, "approve");

    const [line] = await db.select({ id: orderLines.id }).from(orderLines).where(eq(orderLines.orderId, placed.orderId));
    const entitlements = await db.select().from(digitalEntitlements).where(eq(digitalEntitlements.orderLineId, line.id));
    expect(entitlements.map((e) => e.kind)).toEqual(["licence_key"]);
    expect(await stockOf(variant.id)).toEqual({ onHand: 2, reserved: 0 });
  });
});

describe("checkout.release-expired", () => {
  it("releases the held stock, coupon use and deal units of orders not paid in time; a late approval takes nothing", async () => {
    const db = await getDb();
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, pricePaise: 50_000, stockOnHand: 3 });
    const [deal] = await db
      .insert(deals)
      .values({ variantId: variant.id, sellerId: world.seller.id, dealPricePaise: 40_000, startsAt: sql`now() - interval '1 hour'`, endsAt: sql`now() + interval '1 day'`, quantityCap: 5 })
      .returning();
    const coupon = await makeCoupon({ usageLimit: 1 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 2, pricePaise: 40_000 }]);
    const placed = await sandboxOrder(buyer, coupon.code);
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 2 });
    expect((await db.select().from(deals).where(eq(deals.id, deal.id)))[0].soldCount).toBe(2);

    // Not yet due: nothing happens.
    expect(await releaseExpiredOrders({ now: new Date(Date.now() + 5 * MINUTE) })).toEqual([]);
    expect(await releaseExpiredOrders({ now: new Date(Date.now() + 16 * MINUTE) })).toEqual([placed.orderId]);

    const row = await orderRow(placed.orderId);
    expect(row.order.status).toBe("cancelled");
    expect(row.parts).toEqual(["cancelled"]);
    expect(row.payment.status).toBe("cancelled");
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 0 });
    const reservations = await db.select({ status: stockReservations.status }).from(stockReservations).where(eq(stockReservations.orderId, placed.orderId));
    expect(reservations.map((r) => r.status)).toEqual(["released"]);
    expect((await db.select().from(coupons).where(eq(coupons.id, coupon.id)))[0].usedCount).toBe(0);
    expect((await db.select().from(deals).where(eq(deals.id, deal.id)))[0].soldCount).toBe(0);
    const timeline = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, placed.orderId), eq(orderEvents.toStatus, "cancelled")));
    expect(timeline.some((e) => e.actorKind === "system" && e.note === "Payment not completed in time")).toBe(true);

    // The payment page approved too late: refused, nothing taken or moved.
    expect((await confirmSandboxPayment(placed.paymentId, "approve")).status).toBe("expired");
    expect(await stockOf(variant.id)).toEqual({ onHand: 3, reserved: 0 });
    // Running the release again (the job) finds nothing more.
    await runJob(CHECKOUT_EXPIRY_JOB, {});
    expect((await orderRow(placed.orderId)).order.status).toBe("cancelled");
  });
});

describe("refunds", () => {
  it("nothing is due for uncollected cash on delivery, recorded on the timeline once", async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, pricePaise: 30_000, stockOnHand: 5 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 1 }]);
    const quote = await quoteCheckout(buyer, { addressId: buyer.addressId, paymentMethod: "cod" });
    const placed = await placeOrder(buyer, { idempotencyKey: randomUUID(), addressId: buyer.addressId, paymentMethod: "cod", expectedTotalPaise: quote.quote!.totalPaise });
    const db = await getDb();
    const [part] = await db.select().from(subOrders).where(eq(subOrders.orderId, placed.orderId));
    for (let i = 0; i < 2; i++) {
      const result = await db.transaction((tx) => requestRefund(tx, { orderId: placed.orderId, subOrderId: part.id, amountPaise: part.totalPaise, reason: "Changed my mind" }));
      expect(result.status).toBe("not_required");
    }
    const notes = await db.select().from(orderEvents).where(and(eq(orderEvents.subOrderId, part.id), eq(orderEvents.toStatus, "refund_not_required")));
    expect(notes).toHaveLength(1);
    expect(await db.select().from(refunds).where(eq(refunds.orderId, placed.orderId))).toHaveLength(0);
  });

  it("a paid part is refunded once, by the job after the commit", async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, pricePaise: 30_000, stockOnHand: 5 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 1 }]);
    const placed = await sandboxOrder(buyer);
    await confirmSandboxPayment(placed.paymentId, "approve");
    const db = await getDb();
    const [part] = await db.select().from(subOrders).where(eq(subOrders.orderId, placed.orderId));
    const ask = () => db.transaction((tx) => requestRefund(tx, { orderId: placed.orderId, subOrderId: part.id, amountPaise: part.totalPaise, reason: "Out of stock at the seller" }));
    const first = await ask();
    const second = await ask();
    expect(first).toMatchObject({ status: "requested", amountPaise: part.totalPaise });
    expect(second).toEqual(first);
    expect((await db.select().from(refunds).where(eq(refunds.orderId, placed.orderId)))[0].status).toBe("pending");

    expect(await processPendingRefunds()).toMatchObject({ succeeded: 1, failed: 0 });
    const [refund] = await db.select().from(refunds).where(eq(refunds.orderId, placed.orderId));
    expect(refund.status).toBe("succeeded");
    expect(refund.providerRef).toMatch(/^sandbox_rfnd_/);
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, placed.orderId));
    expect(payment).toMatchObject({ status: "refunded", refundedPaise: part.totalPaise });
    // Asking again after it was paid changes nothing.
    expect(await ask()).toEqual(first);
    expect(await processPendingRefunds()).toMatchObject({ succeeded: 0 });
  });
});
