import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/catalog/slug";
import { getDb } from "@/lib/platform/db";
import { couponForCheckout } from "@/lib/promotions";
import { DEMO_COUPON_CODES, DEMO_COUPON_SELLER_SLUG, seedCoupons } from "@/lib/seed/coupons";
import { TOYS_ROOT } from "@/lib/seed/categories";
import { categories, coupons, sellers } from "@/models";
import { makeUser } from "../support/fixtures";

describe("demo coupons seed", () => {
  it("creates the five demo coupons once, each usable or refused as described", async () => {
    const db = await getDb();
    const owner = await makeUser("seller", "Rakesh");
    const [seller] = await db
      .insert(sellers)
      .values({ ownerUserId: owner.id, name: "Sharma Kirana Store", slug: DEMO_COUPON_SELLER_SLUG, status: "active", city: "Jaipur", state: "Rajasthan", pincode: "302001" })
      .returning();
    const [toys] = await db.insert(categories).values({ name: TOYS_ROOT, slug: slugify(TOYS_ROOT), path: slugify(TOYS_ROOT) }).returning();

    expect(await seedCoupons(db)).toBe(5);
    expect(await seedCoupons(db)).toBe(0);

    const rows = await db.select().from(coupons).where(inArray(coupons.code, [...DEMO_COUPON_CODES]));
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get("WELCOME10")).toMatchObject({ kind: "percent", percentBp: 1000, maxDiscountPaise: 10_000, minOrderPaise: 29_900, fundedBy: "platform", sellerId: null });
    expect(byCode.get("FLAT50")).toMatchObject({ kind: "flat", flatPaise: 5_000, minOrderPaise: 49_900 });
    expect(byCode.get("SHARMA15")).toMatchObject({ sellerId: seller.id, fundedBy: "seller" });
    expect(byCode.get("TOYS20")).toMatchObject({ categoryId: toys.id, fundedBy: "platform" });

    const shopper = await makeUser("customer");
    for (const code of ["WELCOME10", "FLAT50", "SHARMA15", "TOYS20"]) expect((await couponForCheckout(code, shopper.id)).error).toBeNull();
    expect((await couponForCheckout("diwali25", shopper.id)).error).toBe("DIWALI25 has expired.");
  });
});
