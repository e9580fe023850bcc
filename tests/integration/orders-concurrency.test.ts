import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { orderStatusFromParts } from "@/lib/orders/rules";
import { cancelOrderByCustomer, transitionSubOrder } from "@/lib/orders/service";
import { getDb } from "@/lib/platform/db";
import { ConflictError } from "@/lib/platform/errors";
import { orders, productVariants, subOrders } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser } from "../support/fixtures";
import { placeTestOrder } from "../support/orders-fixtures";

/**
 * Races on one order (meaningful on PostgreSQL, serialised on PGlite): sellers acting on their parts
 * while the customer cancels must neither deadlock nor leave the order's status out of step with its
 * parts, and stock must end where the outcome says.
 */

type Variant = Awaited<ReturnType<typeof makeProduct>>["variant"];
let a: Awaited<ReturnType<typeof makeSeller>>;
let b: Awaited<ReturnType<typeof makeSeller>>;
let customer: Actor;
let vA: Variant;
let vB: Variant;

beforeAll(async () => {
  const category = await makeCategory(null, "Race");
  a = await makeSeller("Race A");
  b = await makeSeller("Race B");
  customer = await makeUser("customer", "Racer");
  vA = (await makeProduct({ sellerId: a.seller.id, categoryId: category.id, stockOnHand: 500 })).variant;
  vB = (await makeProduct({ sellerId: b.seller.id, categoryId: category.id, stockOnHand: 500 })).variant;
});

async function state(orderId: string) {
  const db = await getDb();
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  const parts = await db.select().from(subOrders).where(eq(subOrders.orderId, orderId)).orderBy(asc(subOrders.number));
  return { status: order.status, parts: parts.map((p) => p.status) };
}

async function onHand(variantId: string) {
  const db = await getDb();
  return (await db.select().from(productVariants).where(eq(productVariants.id, variantId)))[0].stockOnHand;
}

describe("concurrent moves on one order", () => {
  it("keeps the order status consistent while both sellers accept and the customer cancels at once", async () => {
    for (let round = 0; round < 8; round++) {
      const startA = await onHand(vA.id);
      const order = await placeTestOrder(customer.id, [
        { sellerId: a.seller.id, items: [{ variant: vA, quantity: 1 }] },
        { sellerId: b.seller.id, items: [{ variant: vB, quantity: 1 }] },
      ]);
      const [pa, pb] = order.subOrders;
      const results = await Promise.allSettled([
        transitionSubOrder(a.actor, { subOrderId: pa.id, to: "accepted" }),
        transitionSubOrder(b.actor, { subOrderId: pb.id, to: "accepted" }),
        cancelOrderByCustomer(customer, { orderId: order.id, reason: "Changed my mind" }),
      ]);
      for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
      const after = await state(order.id);
      expect(after.status).toBe(orderStatusFromParts(after.parts));
      const cancelled = results[2].status === "fulfilled";
      expect(after.parts).toEqual(cancelled ? ["cancelled", "cancelled"] : after.parts.map(() => "accepted"));
      expect(await onHand(vA.id)).toBe(cancelled ? startA : startA - 1);
    }
  });
});
