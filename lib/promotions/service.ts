import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, type Executor } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError, fieldErrorsFromIssues, isUniqueViolation, type FieldErrors } from "@/lib/platform/errors";
import { categories, coupons, products, type Coupon } from "@/models";
import { COUPON_NOT_FOUND_MESSAGE } from "./queries";
import { couponFormSchema, couponIdSchema, type CouponValues } from "./schemas";

/**
 * Writes to coupons (policy "coupon:manage"). Admins manage platform coupons (platform-funded,
 * any seller's items); a seller manages its own coupons, always seller-funded and limited to its
 * products. Admins may also edit or deactivate a seller's coupon; it stays that seller's.
 */

export interface CouponServiceOptions {
  db?: Executor;
  /** The clock (tests pass fixed instants). */
  now?: Date;
}

export const COUPON_CODE_TAKEN_MESSAGE = "A coupon with this code already exists. Pick another code.";

function parse(input: unknown): CouponValues {
  const parsed = couponFormSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
  return parsed.data;
}

/** Checks that need the database or the clock; throws field errors. */
async function checkValues(db: Executor, values: CouponValues, ctx: { sellerId: string | null; now: Date; existing?: Coupon }) {
  const errors: FieldErrors = {};
  const startsAt = values.startsAt ?? ctx.existing?.startsAt ?? ctx.now;
  // The form shows minutes: an end within the same minute as the stored one is unchanged (an expired coupon stays editable).
  const stored = ctx.existing?.endsAt ?? null;
  const endsChanged = !ctx.existing || (values.endsAt === null) !== (stored === null) || (values.endsAt !== null && stored !== null && Math.abs(values.endsAt.getTime() - stored.getTime()) >= 60_000);
  if (values.endsAt && values.endsAt.getTime() <= startsAt.getTime()) errors.endsAt = ["The coupon must end after it starts"];
  else if (values.endsAt && endsChanged && values.endsAt.getTime() <= ctx.now.getTime()) errors.endsAt = ["The end must be in the future"];
  if (ctx.existing && values.usageLimit !== null && values.usageLimit < ctx.existing.usedCount) {
    errors.usageLimit = [`It has already been used ${ctx.existing.usedCount} times: the limit can't be lower`];
  }
  if (values.categoryId) {
    const [category] = await db.select({ id: categories.id, path: categories.path }).from(categories).where(eq(categories.id, values.categoryId)).limit(1);
    if (!category) errors.categoryId = ["Choose a category from the list"];
    else if (ctx.sellerId) {
      const subtree = db.select({ id: categories.id }).from(categories).where(sql`${categories.path} = ${category.path} or ${categories.path} like ${`${category.path}/%`}`);
      const [own] = await db
        .select({ id: products.id })
        .from(products)
        .where(and(eq(products.sellerId, ctx.sellerId), inArray(products.categoryId, subtree)))
        .limit(1);
      if (!own) errors.categoryId = ["You have no products in this category"];
    }
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return startsAt;
}

async function insertCoupon(actor: Actor, input: unknown, sellerId: string | null, options: CouponServiceOptions): Promise<Coupon> {
  const values = parse(input);
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const startsAt = await checkValues(db, values, { sellerId, now });
  try {
    const [coupon] = await db
      .insert(coupons)
      .values({ ...values, startsAt, sellerId, fundedBy: sellerId ? "seller" : "platform", createdBy: actor.id })
      .returning();
    return coupon;
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(COUPON_CODE_TAKEN_MESSAGE, "code");
    throw err;
  }
}

/** A platform coupon (admins): platform-funded, on any seller's items unless limited to a category. */
export async function createPlatformCoupon(actor: Actor | null, input: unknown, options: CouponServiceOptions = {}): Promise<Coupon> {
  const who = assertCan(actor, "coupon:manage", { sellerId: null });
  return insertCoupon(who, input, null, options);
}

/** The signed-in seller's own coupon: seller-funded, on its products only. */
export async function createSellerCoupon(actor: Actor | null, input: unknown, options: CouponServiceOptions = {}): Promise<Coupon> {
  if (!actor) throw new UnauthenticatedError();
  if (!actor.sellerId) throw new ForbiddenError("Only a seller with an active store can create store coupons.");
  const who = assertCan(actor, "coupon:manage", { sellerId: actor.sellerId });
  return insertCoupon(who, input, actor.sellerId, options);
}

async function lockCoupon(tx: Executor, actor: Actor | null, couponId: unknown): Promise<Coupon> {
  const id = couponIdSchema.safeParse(couponId);
  if (!id.success) throw new NotFoundError(COUPON_NOT_FOUND_MESSAGE);
  const [coupon] = await tx.select().from(coupons).where(eq(coupons.id, id.data)).limit(1).for("update");
  if (!coupon) throw new NotFoundError(COUPON_NOT_FOUND_MESSAGE);
  assertCan(actor, "coupon:manage", { sellerId: coupon.sellerId });
  return coupon;
}

/** Edits a coupon (same form as create). Its owner and funding never change. */
export async function updateCoupon(actor: Actor | null, couponId: unknown, input: unknown, options: CouponServiceOptions = {}): Promise<Coupon> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      const existing = await lockCoupon(tx, actor, couponId);
      const values = parse(input);
      const startsAt = await checkValues(tx, values, { sellerId: existing.sellerId, now, existing });
      const [coupon] = await tx
        .update(coupons)
        .set({ ...values, startsAt, updatedAt: now })
        .where(eq(coupons.id, existing.id))
        .returning();
      return coupon;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(COUPON_CODE_TAKEN_MESSAGE, "code");
    throw err;
  }
}

/** Switches a coupon off: checkout refuses it from now on; orders that used it keep their discount. Idempotent. */
export async function deactivateCoupon(actor: Actor | null, couponId: unknown, options: CouponServiceOptions = {}): Promise<Coupon> {
  const db = options.db ?? (await getDb());
  return db.transaction(async (tx) => {
    const existing = await lockCoupon(tx, actor, couponId);
    if (!existing.active) return existing;
    const [coupon] = await tx
      .update(coupons)
      .set({ active: false, updatedAt: options.now ?? new Date() })
      .where(eq(coupons.id, existing.id))
      .returning();
    return coupon;
  });
}
