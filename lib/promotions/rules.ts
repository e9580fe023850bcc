/**
 * Pure coupon rules: code normalisation, time/usage checks at checkout and the status shown in lists.
 * Scope, minimum order and discount maths live in lib/checkout/pricing-rules.ts.
 */

export const COUPON_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,31}$/;

/** What a shopper types, as stored: trimmed, upper case, inner spaces removed. */
export function normalizeCouponCode(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, "");
}

export interface CouponTiming {
  code: string;
  active: boolean;
  startsAt: Date;
  endsAt: Date | null;
  usageLimit: number | null;
  usedCount: number;
  perUserLimit: number;
}

export const COUPON_MESSAGES = {
  inactive: (code: string) => `${code} is no longer available.`,
  notStarted: (code: string) => `${code} isn't valid yet.`,
  expired: (code: string) => `${code} has expired.`,
  exhausted: (code: string) => `${code} has been fully used.`,
  perUser: (code: string, limit: number) =>
    limit === 1 ? `You have already used ${code}.` : `You have already used ${code} ${limit} times, the most allowed.`,
  unknown: (code: string) => `${code} isn't a valid coupon code.`,
} as const;

/**
 * Why the coupon cannot be used now by a user who has used it `userUses` times (redemptions not
 * released), or null when it can. Order: switched off, not started, ended, total limit, per-user limit.
 */
export function couponProblem(coupon: CouponTiming, { now, userUses }: { now: Date; userUses: number }): string | null {
  if (!coupon.active) return COUPON_MESSAGES.inactive(coupon.code);
  if (now.getTime() < coupon.startsAt.getTime()) return COUPON_MESSAGES.notStarted(coupon.code);
  if (coupon.endsAt && now.getTime() >= coupon.endsAt.getTime()) return COUPON_MESSAGES.expired(coupon.code);
  if (coupon.usageLimit !== null && coupon.usedCount >= coupon.usageLimit) return COUPON_MESSAGES.exhausted(coupon.code);
  if (userUses >= coupon.perUserLimit) return COUPON_MESSAGES.perUser(coupon.code, coupon.perUserLimit);
  return null;
}

export type CouponStatus = "active" | "scheduled" | "expired" | "exhausted" | "inactive";

/** The status badge in the admin and seller lists. */
export function couponStatus(coupon: Omit<CouponTiming, "code" | "perUserLimit">, now: Date): CouponStatus {
  if (!coupon.active) return "inactive";
  if (coupon.endsAt && now.getTime() >= coupon.endsAt.getTime()) return "expired";
  if (coupon.usageLimit !== null && coupon.usedCount >= coupon.usageLimit) return "exhausted";
  if (now.getTime() < coupon.startsAt.getTime()) return "scheduled";
  return "active";
}

/** "10 % off, up to ₹100" / "₹50 off" — what a coupon gives, for lists and the checkout. */
export function describeCouponValue(
  coupon: { kind: "percent" | "flat"; percentBp: number | null; flatPaise: number | null; maxDiscountPaise: number | null },
  money: (paise: number) => string,
): string {
  if (coupon.kind === "percent") {
    const pct = (coupon.percentBp ?? 0) / 100;
    const base = `${Number.isInteger(pct) ? pct : pct.toFixed(2).replace(/0$/, "")} % off`;
    return coupon.maxDiscountPaise !== null ? `${base}, up to ${money(coupon.maxDiscountPaise)}` : base;
  }
  return `${money(coupon.flatPaise ?? 0)} off`;
}
