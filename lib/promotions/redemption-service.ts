import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { ConflictError, ValidationError } from "@/lib/platform/errors";
import { couponRedemptions, coupons } from "@/models";
import { countUserCouponUses } from "./queries";
import { COUPON_MESSAGES, couponProblem } from "./rules";

/**
 * Coupon use by orders, inside the checkout transaction. The total limit holds under any
 * concurrency because the count moves with one conditional UPDATE; the per-user limit is checked
 * after that UPDATE, i.e. while this transaction holds the coupon's row lock, so two orders of the
 * same customer cannot both pass it.
 */

export interface RedeemCouponInput {
  couponId: string;
  userId: string;
  orderId: string;
  discountPaise: number;
}

/** Records one use of the coupon by the order; throws ConflictError (field "couponCode") when it cannot be used. */
export async function redeemCoupon(tx: Executor, input: RedeemCouponInput): Promise<void> {
  if (!Number.isSafeInteger(input.discountPaise) || input.discountPaise < 0) {
    throw new ValidationError({ discountPaise: ["The discount must be a whole number of paise, 0 or more"] });
  }
  const [claimed] = await tx
    .update(coupons)
    .set({ usedCount: sql`${coupons.usedCount} + 1` })
    .where(
      and(
        eq(coupons.id, input.couponId),
        eq(coupons.active, true),
        sql`${coupons.startsAt} <= now()`,
        sql`(${coupons.endsAt} is null or ${coupons.endsAt} > now())`,
        sql`(${coupons.usageLimit} is null or ${coupons.usedCount} < ${coupons.usageLimit})`,
      ),
    )
    .returning({ code: coupons.code, perUserLimit: coupons.perUserLimit });

  if (!claimed) {
    const [current] = await tx.select().from(coupons).where(eq(coupons.id, input.couponId)).limit(1);
    if (!current) throw new ConflictError("That coupon no longer exists.", "couponCode");
    throw new ConflictError(couponProblem(current, { now: new Date(), userUses: 0 }) ?? COUPON_MESSAGES.exhausted(current.code), "couponCode");
  }

  // We hold the coupon's row lock from here to commit: concurrent redemptions of it wait at the UPDATE above.
  const uses = await countUserCouponUses(tx, input.couponId, input.userId);
  if (uses >= claimed.perUserLimit) throw new ConflictError(COUPON_MESSAGES.perUser(claimed.code, claimed.perUserLimit), "couponCode");

  await tx.insert(couponRedemptions).values({
    couponId: input.couponId,
    userId: input.userId,
    orderId: input.orderId,
    discountPaise: input.discountPaise,
  });
}

/**
 * Gives back the coupon uses of an order (cancelled before anything shipped, or never paid): marks its
 * redemptions released and decrements the coupons' counts. Idempotent; returns how many were released.
 */
export async function releaseCouponForOrder(tx: Executor, orderId: string): Promise<number> {
  const released = await tx
    .update(couponRedemptions)
    .set({ releasedAt: sql`now()` })
    .where(and(eq(couponRedemptions.orderId, orderId), isNull(couponRedemptions.releasedAt)))
    .returning({ couponId: couponRedemptions.couponId });
  for (const { couponId } of released) {
    await tx
      .update(coupons)
      .set({ usedCount: sql`greatest(${coupons.usedCount} - 1, 0)` })
      .where(eq(coupons.id, couponId));
  }
  return released.length;
}
