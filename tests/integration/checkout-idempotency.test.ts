/**
 * Acceptance 2 — placing an order is idempotent on (customer, idempotency key): the same request sent
 * five times at once creates one order and every caller gets it; a retry after success (the cart is empty
 * by then) gets it too; the key reused for a different request is a clear conflict. Also: what placing
 * writes (parts per seller, line snapshots, timeline) and what it refuses (changed total, COD for digital).
 */
import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/platform/errors";
import { placeOrder, quoteCheckout } from "@/lib/workflows/checkout";
import { cartItems, carts, orderEvents, orderLines, orders, payments, subOrders } from "@/models";
import { checkoutWorld, fillCarts, makeBuyers, makeProduct, stockOf, type Buyer } from "../support/checkout-fixtures";
import { makeSeller, makeUser } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";

let world: Awaited<ReturnType<typeof checkoutWorld>>;

beforeAll(async () => {
  world = await checkoutWorld();
});

async function codRequest(buyer: Buyer) {
  const quote = await quoteCheckout(buyer, { addressId: buyer.addressId, paymentMethod: "cod" });
  expect(quote.canPlace).toBe(true);
  return { idempotencyKey: randomUUID(), addressId: buyer.addressId, paymentMethod: "cod" as const, expectedTotalPaise: quote.quote!.totalPaise };
}

async function ordersOf(customerId: string) {
  const db = await getDb();
  return db.select().from(orders).where(eq(orders.customerId, customerId));
}

describe("placeOrder idempotency (acceptance 2)", () => {
  it("the same request five times at once creates one order, and each caller gets it", async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, pricePaise: 30_000, stockOnHand: 20 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 2 }]);
    const request = await codRequest(buyer);

    const results = await Promise.all(Array.from({ length: 5 }, () => placeOrder(buyer, request)));

    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(results.every((r) => r.status === "placed" && r.number.startsWith("QL"))).toBe(true);
    expect(await ordersOf(buyer.id)).toHaveLength(1);
    expect(await stockOf(variant.id)).toEqual({ onHand: 18, reserved: 0 });

    // A retry after success: the cart was emptied by the order, the answer is still the same order.
    const db = await getDb();
    const left = await db.select().from(cartItems).innerJoin(carts, eq(carts.id, cartItems.cartId)).where(eq(carts.userId, buyer.id));
    expect(left).toHaveLength(0);
    const retry = await placeOrder(buyer, request);
    expect(retry).toMatchObject({ orderId: results[0].orderId, replayed: true });
  });

  it("the key reused for a different request is refused with a clear conflict and changes nothing", async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, pricePaise: 30_000, stockOnHand: 20 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 1 }]);
    const request = await codRequest(buyer);
    await placeOrder(buyer, request);
    await fillCarts([buyer.id], [{ variantId: variant.id, quantity: 3 }]);
    const other = await codRequest(buyer);

    const err = await rejectsWith(placeOrder(buyer, { ...other, idempotencyKey: request.idempotencyKey }), ConflictError);
    expect(err.message).toMatch(/already used for a different order/);
    expect(err.field).toBe("idempotencyKey");
    expect(await ordersOf(buyer.id)).toHaveLength(1);
    expect(await stockOf(variant.id)).toEqual({ onHand: 19, reserved: 0 });
  });

  it("splits a two-seller cart into one part per seller with line snapshots, GST and a timeline", async () => {
    const { seller: second } = await makeSeller("Second store");
    const { variant: a } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, title: "Kurta", pricePaise: 56_000, stockOnHand: 5 });
    const { variant: b } = await makeProduct({ sellerId: second.id, categoryId: world.category.id, title: "Mug", pricePaise: 22_400, stockOnHand: 5 });
    const [buyer] = await makeBuyers(1, [
      { variantId: a.id, quantity: 1 },
      { variantId: b.id, quantity: 2 },
    ]);
    const quote = await quoteCheckout(buyer, { addressId: buyer.addressId });
    expect(quote.shipments.map((s) => s.selected)).toEqual(["standard", "standard"]);
    const result = await placeOrder(buyer, { idempotencyKey: randomUUID(), addressId: buyer.addressId, paymentMethod: "cod", expectedTotalPaise: quote.quote!.totalPaise });

    const db = await getDb();
    const [order] = await db.select().from(orders).where(eq(orders.id, result.orderId));
    expect(order).toMatchObject({ status: "placed", paymentMethod: "cod", subtotalPaise: 56_000 + 44_800, totalPaise: quote.quote!.totalPaise });
    expect(order.shippingAddress?.pincode).toBe("411038");
    expect(order.placedAt).not.toBeNull();
    const parts = await db.select().from(subOrders).where(eq(subOrders.orderId, order.id)).orderBy(asc(subOrders.number));
    expect(parts.map((p) => p.number)).toEqual([`${order.number}-1`, `${order.number}-2`]);
    expect(parts.every((p) => p.status === "placed" && p.deliveryOption === "standard" && p.promisedBy !== null)).toBe(true);
    // Same state (Maharashtra → Maharashtra): CGST + SGST, no IGST; 12 % inclusive of ₹560 → ₹60 tax.
    const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.unitPricePaise));
    expect(lines.map((l) => [l.title, l.quantity, l.unitPricePaise, l.gstRateBp])).toEqual([
      ["Mug", 2, 22_400, 1200],
      ["Kurta", 1, 56_000, 1200],
    ]);
    const kurta = lines[1];
    expect(kurta).toMatchObject({ taxableValuePaise: 50_000, cgstPaise: 3_000, sgstPaise: 3_000, igstPaise: 0 });
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({ provider: "cod", status: "pending", amountPaise: order.totalPaise });
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(events.filter((e) => e.toStatus === "placed")).toHaveLength(3);
  });

  it("refuses a total that changed since the review, an empty cart, COD for digital goods and non-customers", async () => {
    const { variant } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, pricePaise: 30_000, stockOnHand: 20 });
    const [buyer] = await makeBuyers(1, [{ variantId: variant.id, quantity: 1 }]);
    const request = await codRequest(buyer);

    const changed = await rejectsWith(placeOrder(buyer, { ...request, expectedTotalPaise: request.expectedTotalPaise - 100 }), ConflictError);
    expect(changed.message).toMatch(/total changed/);
    expect(await ordersOf(buyer.id)).toHaveLength(0);

    const { variant: ebook } = await makeProduct({ sellerId: world.seller.id, categoryId: world.category.id, type: "digital", pricePaise: 19_900, stockOnHand: 1_000_000 });
    await fillCarts([buyer.id], [{ variantId: ebook.id, quantity: 1 }]);
    const quote = await quoteCheckout(buyer, { addressId: buyer.addressId, paymentMethod: "cod" });
    expect(quote.paymentMethods.find((m) => m.method === "cod")?.available).toBe(false);
    const cod = await rejectsWith(placeOrder(buyer, { ...request, idempotencyKey: randomUUID(), expectedTotalPaise: quote.quote!.totalPaise }), ValidationError);
    expect(cod.fieldErrors.paymentMethod?.[0]).toMatch(/Cash on delivery isn't available for digital goods/);

    await fillCarts([buyer.id], []);
    const empty = await rejectsWith(placeOrder(buyer, { ...request, idempotencyKey: randomUUID() }), ConflictError);
    expect(empty.message).toBe("Your cart is empty.");

    const seller = await makeUser("seller");
    await rejectsWith(placeOrder(seller, request), ForbiddenError);
    const bad = await rejectsWith(placeOrder(buyer, { ...request, idempotencyKey: "not-a-uuid" }), ValidationError);
    expect(bad.fieldErrors.idempotencyKey).toBeDefined();
  });
});
