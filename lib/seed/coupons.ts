import { eq } from "drizzle-orm";
import { slugify } from "@/lib/catalog/slug";
import type { Executor } from "@/lib/platform/db";
import { categories, coupons, sellers } from "@/models";
import { TOYS_ROOT } from "./categories";

const DAY = 24 * 3_600_000;

/** The demo seller whose store coupon is seeded (the seller@quicklocal.test login). */
export const DEMO_COUPON_SELLER_SLUG = "sharma-kirana-store";

type CouponSeed = typeof coupons.$inferInsert;

/**
 * Demo coupons: WELCOME10 (10 % off up to ₹100 on ₹299+, once per customer), FLAT50 (₹50 off on
 * ₹499+), SHARMA15 (the demo seller's own, seller-funded: 15 % off its products up to ₹150 on ₹199+),
 * TOYS20 (20 % off Toys & Games up to ₹200, platform-funded) and DIWALI25 (ended last month, to show
 * the "expired" message). Idempotent: a code that exists is left as it is. Returns how many were created.
 */
export async function seedCoupons(db: Executor, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  const [seller] = await db.select({ id: sellers.id }).from(sellers).where(eq(sellers.slug, DEMO_COUPON_SELLER_SLUG)).limit(1);
  const [toys] = await db.select({ id: categories.id }).from(categories).where(eq(categories.path, slugify(TOYS_ROOT))).limit(1);
  const since = new Date(now.getTime() - DAY);
  const rows: CouponSeed[] = [
    { code: "WELCOME10", description: "10 % off your order, up to ₹100, on ₹299 or more. Once per customer.", kind: "percent", percentBp: 1000, maxDiscountPaise: 10_000, minOrderPaise: 29_900, perUserLimit: 1, startsAt: since },
    { code: "FLAT50", description: "₹50 off orders of ₹499 or more.", kind: "flat", flatPaise: 5_000, minOrderPaise: 49_900, perUserLimit: 3, usageLimit: 10_000, startsAt: since },
    {
      code: "DIWALI25",
      description: "Diwali sale: 25 % off up to ₹250 (ended).",
      kind: "percent",
      percentBp: 2500,
      maxDiscountPaise: 25_000,
      startsAt: new Date(now.getTime() - 45 * DAY),
      endsAt: new Date(now.getTime() - 30 * DAY),
    },
  ];
  if (seller) {
    rows.push({
      code: "SHARMA15",
      description: "Sharma Kirana Store: 15 % off our products, up to ₹150, on ₹199 or more.",
      kind: "percent",
      percentBp: 1500,
      maxDiscountPaise: 15_000,
      minOrderPaise: 19_900,
      perUserLimit: 2,
      sellerId: seller.id,
      fundedBy: "seller",
      startsAt: since,
    });
  }
  if (toys) {
    rows.push({
      code: "TOYS20",
      description: "20 % off Toys & Games, up to ₹200.",
      kind: "percent",
      percentBp: 2000,
      maxDiscountPaise: 20_000,
      categoryId: toys.id,
      perUserLimit: 2,
      startsAt: since,
      endsAt: new Date(now.getTime() + 60 * DAY),
    });
  }
  const created = await db
    .insert(coupons)
    .values(rows)
    .onConflictDoNothing({ target: coupons.code })
    .returning({ id: coupons.id });
  return created.length;
}

/** Codes the seed writes (for tests and the demo notes). */
export const DEMO_COUPON_CODES = ["WELCOME10", "FLAT50", "SHARMA15", "TOYS20", "DIWALI25"] as const;
