import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { categories } from "./catalog";
import { users } from "./identity";
import { sellers } from "./sellers";

export const COUPON_KINDS = ["percent", "flat"] as const;
export type CouponKind = (typeof COUPON_KINDS)[number];
export const couponKindEnum = pgEnum("coupon_kind", COUPON_KINDS);

export const COUPON_FUNDERS = ["platform", "seller"] as const;
export type CouponFunder = (typeof COUPON_FUNDERS)[number];
export const couponFunderEnum = pgEnum("coupon_funder", COUPON_FUNDERS);

/**
 * A coupon code. `percent` takes `percentBp` basis points (1000 = 10 %) capped at `maxDiscountPaise`;
 * `flat` takes `flatPaise`. It applies to the eligible lines only: those of `sellerId` when set (a
 * seller's own coupon, always seller-funded) and under `categoryId`'s subtree when set; `minOrderPaise`
 * is checked against the eligible lines' value. `usedCount` moves with a conditional UPDATE, so the
 * total limit holds under concurrency.
 */
export const coupons = pgTable(
  "coupons",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Upper case, letters/digits/dash. */
    code: text().notNull(),
    description: text().notNull().default(""),
    kind: couponKindEnum().notNull(),
    percentBp: integer(),
    flatPaise: integer(),
    maxDiscountPaise: integer(),
    minOrderPaise: integer().notNull().default(0),
    startsAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp({ withTimezone: true }),
    usageLimit: integer(),
    perUserLimit: integer().notNull().default(1),
    usedCount: integer().notNull().default(0),
    fundedBy: couponFunderEnum().notNull().default("platform"),
    sellerId: uuid().references(() => sellers.id, { onDelete: "cascade" }),
    categoryId: uuid().references(() => categories.id, { onDelete: "cascade" }),
    active: boolean().notNull().default(true),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("coupons_code_key").on(t.code),
    index("coupons_seller_idx").on(t.sellerId),
    check("coupons_code_format", sql`${t.code} ~ '^[A-Z0-9][A-Z0-9-]{2,31}$'`),
    check(
      "coupons_kind_value",
      sql`(${t.kind} = 'percent' and ${t.percentBp} between 1 and 10000 and ${t.flatPaise} is null) or (${t.kind} = 'flat' and ${t.flatPaise} > 0 and ${t.percentBp} is null)`,
    ),
    check("coupons_max_discount_positive", sql`${t.maxDiscountPaise} is null or ${t.maxDiscountPaise} > 0`),
    check("coupons_min_order_nonneg", sql`${t.minOrderPaise} >= 0`),
    check("coupons_window", sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`),
    check("coupons_limits_positive", sql`(${t.usageLimit} is null or ${t.usageLimit} > 0) and ${t.perUserLimit} > 0`),
    check("coupons_used_within_limit", sql`${t.usedCount} >= 0 and (${t.usageLimit} is null or ${t.usedCount} <= ${t.usageLimit})`),
    check("coupons_seller_funds_own", sql`${t.sellerId} is null or ${t.fundedBy} = 'seller'`),
  ],
);

export type Coupon = typeof coupons.$inferSelect;

/**
 * One use of a coupon by one order. Released (releasedAt set, coupons.usedCount decremented) when the
 * whole order is cancelled before anything shipped or its payment never completes.
 */
export const couponRedemptions = pgTable(
  "coupon_redemptions",
  {
    id: uuid().primaryKey().defaultRandom(),
    couponId: uuid()
      .notNull()
      .references(() => coupons.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** orders.id (no FK: promotions does not depend on orders). */
    orderId: uuid().notNull(),
    discountPaise: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    releasedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("coupon_redemptions_coupon_order_key").on(t.couponId, t.orderId),
    index("coupon_redemptions_user_idx").on(t.couponId, t.userId).where(sql`${t.releasedAt} is null`),
    check("coupon_redemptions_discount_nonneg", sql`${t.discountPaise} >= 0`),
  ],
);

export type CouponRedemption = typeof couponRedemptions.$inferSelect;
