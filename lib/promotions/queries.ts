import "server-only";
import { and, asc, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policies";
import { utcToIstLocal } from "@/lib/catalog/deals-rules";
import type { PricingCoupon } from "@/lib/checkout/pricing-rules";
import { getDb, type Executor } from "@/lib/platform/db";
import { NotFoundError } from "@/lib/platform/errors";
import { categories, couponRedemptions, coupons, products, sellers } from "@/models";
import { COUPON_MESSAGES, couponProblem, couponStatus, normalizeCouponCode, type CouponStatus, type CouponTiming } from "./rules";
import type { CouponFormFields } from "./schemas";

/** A coupon as checkout needs it: the pricing fields plus the time/usage fields couponProblem reads. */
export type CheckoutCoupon = PricingCoupon & CouponTiming;

export interface CouponRow {
  id: string;
  code: string;
  description: string;
  kind: "percent" | "flat";
  percentBp: number | null;
  flatPaise: number | null;
  maxDiscountPaise: number | null;
  minOrderPaise: number;
  startsAt: string;
  endsAt: string | null;
  usageLimit: number | null;
  perUserLimit: number;
  usedCount: number;
  /** Discount given by redemptions not released. */
  discountGivenPaise: number;
  fundedBy: "platform" | "seller";
  sellerId: string | null;
  sellerName: string | null;
  categoryName: string | null;
  active: boolean;
  status: CouponStatus;
}

export const COUPON_NOT_FOUND_MESSAGE = "We couldn't find that coupon. Refresh the page to see your coupons.";

const checkoutColumns = {
  id: coupons.id,
  code: coupons.code,
  kind: coupons.kind,
  percentBp: coupons.percentBp,
  flatPaise: coupons.flatPaise,
  maxDiscountPaise: coupons.maxDiscountPaise,
  minOrderPaise: coupons.minOrderPaise,
  sellerId: coupons.sellerId,
  categoryPath: categories.path,
  fundedBy: coupons.fundedBy,
  active: coupons.active,
  startsAt: coupons.startsAt,
  endsAt: coupons.endsAt,
  usageLimit: coupons.usageLimit,
  usedCount: coupons.usedCount,
  perUserLimit: coupons.perUserLimit,
};

/** The coupon with this code (typed in any case, spaces ignored), or null. */
export async function findCouponByCode(code: string, executor?: Executor): Promise<CheckoutCoupon | null> {
  const db = executor ?? (await getDb());
  const [row] = await db
    .select(checkoutColumns)
    .from(coupons)
    .leftJoin(categories, eq(categories.id, coupons.categoryId))
    .where(eq(coupons.code, normalizeCouponCode(code)))
    .limit(1);
  return row ? { ...row, categoryPath: row.categoryPath ?? null } : null;
}

/** How many times the user has used the coupon (redemptions not released). */
export async function countUserCouponUses(executor: Executor, couponId: string, userId: string): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(couponRedemptions)
    .where(and(eq(couponRedemptions.couponId, couponId), eq(couponRedemptions.userId, userId), isNull(couponRedemptions.releasedAt)));
  return Number(row?.n ?? 0);
}

/**
 * Checkout's look-up: the coupon for `code` if this user may use it now, else a message
 * (unknown code, inactive, not started, expired, fully used, per-user limit).
 */
export async function couponForCheckout(
  code: string,
  userId: string,
  { now = new Date(), executor }: { now?: Date; executor?: Executor } = {},
): Promise<{ coupon: CheckoutCoupon; error: null } | { coupon: null; error: string }> {
  const db = executor ?? (await getDb());
  const coupon = await findCouponByCode(code, db);
  if (!coupon) return { coupon: null, error: COUPON_MESSAGES.unknown(normalizeCouponCode(code) || "That code") };
  const problem = couponProblem(coupon, { now, userUses: await countUserCouponUses(db, coupon.id, userId) });
  return problem ? { coupon: null, error: problem } : { coupon, error: null };
}

/** Coupons for the lists: platform coupons (`scope: "platform"`), one seller's, or all; newest first. */
export async function listCoupons(scope: { sellerId: string } | "platform" | "all", { limit = 200, now = new Date() } = {}): Promise<CouponRow[]> {
  const db = await getDb();
  const where: SQL | undefined = scope === "all" ? undefined : scope === "platform" ? isNull(coupons.sellerId) : eq(coupons.sellerId, scope.sellerId);
  const given = sql<number>`(select coalesce(sum(${couponRedemptions.discountPaise}), 0)::int from ${couponRedemptions}
    where ${couponRedemptions.couponId} = ${coupons.id} and ${couponRedemptions.releasedAt} is null)`;
  const rows = await db
    .select({
      id: coupons.id,
      code: coupons.code,
      description: coupons.description,
      kind: coupons.kind,
      percentBp: coupons.percentBp,
      flatPaise: coupons.flatPaise,
      maxDiscountPaise: coupons.maxDiscountPaise,
      minOrderPaise: coupons.minOrderPaise,
      startsAt: coupons.startsAt,
      endsAt: coupons.endsAt,
      usageLimit: coupons.usageLimit,
      perUserLimit: coupons.perUserLimit,
      usedCount: coupons.usedCount,
      discountGivenPaise: given,
      fundedBy: coupons.fundedBy,
      sellerId: coupons.sellerId,
      sellerName: sellers.name,
      categoryName: categories.name,
      active: coupons.active,
    })
    .from(coupons)
    .leftJoin(sellers, eq(sellers.id, coupons.sellerId))
    .leftJoin(categories, eq(categories.id, coupons.categoryId))
    .where(where)
    .orderBy(desc(coupons.createdAt), asc(coupons.code))
    .limit(limit);
  return rows.map((r) => ({
    ...r,
    discountGivenPaise: Number(r.discountGivenPaise),
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt?.toISOString() ?? null,
    status: couponStatus(r, now),
  }));
}

const rupeesText = (paise: number | null) => (paise === null ? "" : paise % 100 === 0 ? String(paise / 100) : (paise / 100).toFixed(2));

/** The edit form's values for a coupon the actor may manage; another seller's coupon is "not found". */
export async function getCouponForEdit(actor: Actor | null, couponId: string): Promise<{ id: string; sellerId: string | null; usedCount: number; fields: CouponFormFields } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(couponId)) return null;
  const db = await getDb();
  const [c] = await db.select().from(coupons).where(eq(coupons.id, couponId)).limit(1);
  if (!c || !can(actor, "coupon:manage", { sellerId: c.sellerId })) return null;
  return {
    id: c.id,
    sellerId: c.sellerId,
    usedCount: c.usedCount,
    fields: {
      code: c.code,
      description: c.description,
      kind: c.kind,
      percent: c.percentBp === null ? "" : String(c.percentBp / 100),
      flatAmount: rupeesText(c.flatPaise),
      maxDiscount: rupeesText(c.maxDiscountPaise),
      minOrder: c.minOrderPaise === 0 ? "" : rupeesText(c.minOrderPaise),
      startsAt: utcToIstLocal(c.startsAt),
      endsAt: c.endsAt ? utcToIstLocal(c.endsAt) : "",
      usageLimit: c.usageLimit === null ? "" : String(c.usageLimit),
      perUserLimit: String(c.perUserLimit),
      categoryId: c.categoryId ?? "",
    },
  };
}

/** Throws NotFound unless getCouponForEdit finds it (pages use it to 404). */
export async function requireCouponForEdit(actor: Actor | null, couponId: string) {
  const found = await getCouponForEdit(actor, couponId);
  if (!found) throw new NotFoundError(COUPON_NOT_FOUND_MESSAGE);
  return found;
}

export interface CategoryOption {
  id: string;
  label: string;
}

/**
 * Categories a coupon can be limited to, in path order, labelled with their full path of names. For a
 * seller only the categories of its products and their ancestors (its coupons only cover its products).
 */
export async function listCouponCategoryOptions({ sellerId }: { sellerId?: string } = {}): Promise<CategoryOption[]> {
  const db = await getDb();
  const [rows, used] = await Promise.all([
    db.select({ id: categories.id, name: categories.name, parentId: categories.parentId }).from(categories).orderBy(asc(categories.path)),
    sellerId ? db.selectDistinct({ id: products.categoryId }).from(products).where(eq(products.sellerId, sellerId)) : Promise.resolve(null),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const label = (r: (typeof rows)[number]): string => {
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    return parent ? `${label(parent)} › ${r.name}` : r.name;
  };
  let allowed: Set<string> | null = null;
  if (used) {
    allowed = new Set<string>();
    for (const { id } of used) {
      for (let r = byId.get(id); r && !allowed.has(r.id); r = r.parentId ? byId.get(r.parentId) : undefined) allowed.add(r.id);
    }
  }
  return rows.filter((r) => !allowed || allowed.has(r.id)).map((r) => ({ id: r.id, label: label(r) }));
}
