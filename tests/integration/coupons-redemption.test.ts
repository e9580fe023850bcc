import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/platform/db";
import { ConflictError, ValidationError } from "@/lib/platform/errors";
import { couponForCheckout, listCoupons, redeemCoupon, releaseCouponForOrder } from "@/lib/promotions";
import { couponRedemptions, coupons, type Coupon } from "@/models";
import { makeUser, unique } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";

const HOUR = 3_600_000;

async function makeCoupon(over: Partial<typeof coupons.$inferInsert> = {}): Promise<Coupon> {
  const db = await getDb();
  const [c] = await db
    .insert(coupons)
    .values({ code: unique("RDM").toUpperCase().replace(/[^A-Z0-9-]/g, "").slice(0, 32), kind: "flat", flatPaise: 5_000, startsAt: new Date(Date.now() - HOUR), ...over })
    .returning();
  return c;
}

async function usedCount(id: string) {
  const db = await getDb();
  const [row] = await db.select({ n: coupons.usedCount }).from(coupons).where(eq(coupons.id, id));
  return row.n;
}

/** One redemption in its own transaction, as checkout does it: "ok" or the conflict message. */
async function redeem(couponId: string, userId: string, orderId = randomUUID()): Promise<string> {
  const db = await getDb();
  try {
    await db.transaction((tx) => redeemCoupon(tx, { couponId, userId, orderId, discountPaise: 5_000 }));
    return "ok";
  } catch (err) {
    if (err instanceof ConflictError) return err.message;
    throw err;
  }
}

describe("coupon redemption", () => {
  let shoppers: Actor[];

  beforeAll(async () => {
    shoppers = [];
    for (let i = 0; i < 12; i++) shoppers.push(await makeUser("customer", `Shopper ${i}`));
  });

  it("counts a use and records the order's discount", async () => {
    const c = await makeCoupon({ usageLimit: 5 });
    const orderId = randomUUID();
    expect(await redeem(c.id, shoppers[0].id, orderId)).toBe("ok");
    expect(await usedCount(c.id)).toBe(1);
    const db = await getDb();
    const rows = await db.select().from(couponRedemptions).where(eq(couponRedemptions.couponId, c.id));
    expect(rows).toMatchObject([{ userId: shoppers[0].id, orderId, discountPaise: 5_000, releasedAt: null }]);
    const [row] = (await listCoupons("platform")).filter((r) => r.id === c.id);
    expect(row).toMatchObject({ usedCount: 1, discountGivenPaise: 5_000 });
  });

  it("refuses once the total limit is reached, and changes nothing", async () => {
    const c = await makeCoupon({ usageLimit: 1 });
    expect(await redeem(c.id, shoppers[0].id)).toBe("ok");
    expect(await redeem(c.id, shoppers[1].id)).toBe(`${c.code} has been fully used.`);
    expect(await usedCount(c.id)).toBe(1);
    expect((await couponForCheckout(c.code, shoppers[2].id)).error).toBe(`${c.code} has been fully used.`);
  });

  it("enforces the per-user limit", async () => {
    const c = await makeCoupon({ perUserLimit: 2 });
    expect(await redeem(c.id, shoppers[0].id)).toBe("ok");
    expect(await redeem(c.id, shoppers[0].id)).toBe("ok");
    expect(await redeem(c.id, shoppers[0].id)).toBe(`You have already used ${c.code} 2 times, the most allowed.`);
    expect(await usedCount(c.id)).toBe(2);
    expect((await couponForCheckout(c.code, shoppers[0].id)).error).toMatch(/already used/);
    expect(await redeem(c.id, shoppers[1].id)).toBe("ok");
  });

  it("refuses expired, future and deactivated coupons at redemption too", async () => {
    const expired = await makeCoupon({ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) });
    expect(await redeem(expired.id, shoppers[0].id)).toBe(`${expired.code} has expired.`);
    const future = await makeCoupon({ startsAt: new Date(Date.now() + HOUR) });
    expect(await redeem(future.id, shoppers[0].id)).toBe(`${future.code} isn't valid yet.`);
    const off = await makeCoupon({ active: false });
    expect(await redeem(off.id, shoppers[0].id)).toBe(`${off.code} is no longer available.`);
    expect(await redeem(randomUUID(), shoppers[0].id)).toBe("That coupon no longer exists.");
    for (const c of [expired, future, off]) expect(await usedCount(c.id)).toBe(0);
  });

  it("rejects a fractional or negative discount", async () => {
    const c = await makeCoupon();
    const db = await getDb();
    await rejectsWith(db.transaction((tx) => redeemCoupon(tx, { couponId: c.id, userId: shoppers[0].id, orderId: randomUUID(), discountPaise: 1.5 })), ValidationError);
    expect(await usedCount(c.id)).toBe(0);
  });

  it("releasing an order gives its use back, once", async () => {
    const c = await makeCoupon({ usageLimit: 1 });
    const orderId = randomUUID();
    expect(await redeem(c.id, shoppers[3].id, orderId)).toBe("ok");
    const db = await getDb();
    expect(await db.transaction((tx) => releaseCouponForOrder(tx, orderId))).toBe(1);
    expect(await db.transaction((tx) => releaseCouponForOrder(tx, orderId))).toBe(0);
    expect(await usedCount(c.id)).toBe(0);
    expect(await redeem(c.id, shoppers[3].id)).toBe("ok");
    expect(await usedCount(c.id)).toBe(1);
  });

  it("a rolled-back checkout leaves no trace", async () => {
    const c = await makeCoupon({ usageLimit: 3 });
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        await redeemCoupon(tx, { couponId: c.id, userId: shoppers[0].id, orderId: randomUUID(), discountPaise: 100 });
        throw new Error("payment step failed");
      }),
    ).rejects.toThrow("payment step failed");
    expect(await usedCount(c.id)).toBe(0);
  });

  it("12 shoppers racing for a 3-use coupon: exactly 3 succeed", async () => {
    const c = await makeCoupon({ usageLimit: 3 });
    const results = await Promise.all(shoppers.map((s) => redeem(c.id, s.id)));
    expect(results.filter((r) => r === "ok")).toHaveLength(3);
    expect(results.filter((r) => r !== "ok").every((r) => r === `${c.code} has been fully used.`)).toBe(true);
    expect(await usedCount(c.id)).toBe(3);
  });

  it("one shopper racing 6 orders on a once-per-customer coupon: exactly one succeeds", async () => {
    const c = await makeCoupon({ perUserLimit: 1 });
    const results = await Promise.all(Array.from({ length: 6 }, () => redeem(c.id, shoppers[5].id)));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r !== "ok").every((r) => r === `You have already used ${c.code}.`)).toBe(true);
    expect(await usedCount(c.id)).toBe(1);
  });
});
