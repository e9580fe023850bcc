/**
 * Which cart lines a coupon covers and how much it takes off them. Pure, integer paise. Time
 * window, activity and usage limits are checked elsewhere (lib/promotions/rules.ts couponProblem).
 */
import { formatMoney } from "@/lib/platform/money";
import { mulDivFloor } from "./allocation";

export interface CouponScope {
  code: string;
  kind: "percent" | "flat";
  percentBp: number | null;
  flatPaise: number | null;
  maxDiscountPaise: number | null;
  minOrderPaise: number;
  sellerId: string | null;
  categoryPath: string | null;
}

export interface ScopedLine {
  sellerId: string;
  categoryPath: string;
  lineSubtotalPaise: number;
}

/** Whether `path` is `ancestor` itself or lies in its subtree ("toys" covers "toys/blocks", not "toys-2"). */
export function inCategorySubtree(ancestor: string, path: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/** A line is eligible when it is the coupon's seller's (if scoped) and under its category (if scoped). */
export function isLineEligible(coupon: Pick<CouponScope, "sellerId" | "categoryPath">, line: Pick<ScopedLine, "sellerId" | "categoryPath">): boolean {
  if (coupon.sellerId !== null && line.sellerId !== coupon.sellerId) return false;
  if (coupon.categoryPath !== null && !inCategorySubtree(coupon.categoryPath, line.categoryPath)) return false;
  return true;
}

/**
 * The discount on an eligible value: percent → floor(value × bp / 10000) capped by maxDiscount;
 * flat → flatPaise (capped by maxDiscount when set); never more than the eligible value.
 */
export function couponDiscountOn(coupon: Pick<CouponScope, "kind" | "percentBp" | "flatPaise" | "maxDiscountPaise">, eligiblePaise: number): number {
  let discount: number;
  if (coupon.kind === "percent") {
    const bp = coupon.percentBp ?? 0;
    if (!Number.isSafeInteger(bp) || bp < 1 || bp > 10_000) throw new RangeError(`percent coupon needs 1–10000 basis points, got ${coupon.percentBp}`);
    discount = mulDivFloor(eligiblePaise, bp, 10_000);
  } else {
    const flat = coupon.flatPaise ?? 0;
    if (!Number.isSafeInteger(flat) || flat < 1) throw new RangeError(`flat coupon needs a positive amount, got ${coupon.flatPaise}`);
    discount = flat;
  }
  if (coupon.maxDiscountPaise !== null) discount = Math.min(discount, coupon.maxDiscountPaise);
  return Math.max(0, Math.min(discount, eligiblePaise));
}

export type CouponEvaluation =
  | { ok: true; eligible: boolean[]; eligiblePaise: number; discountPaise: number }
  | { ok: false; error: string };

/** Applies the coupon's scope and minimum order to the lines; a clear message when it cannot apply. */
export function evaluateCoupon(coupon: CouponScope, lines: readonly ScopedLine[]): CouponEvaluation {
  const eligible = lines.map((l) => isLineEligible(coupon, l));
  const eligiblePaise = lines.reduce((s, l, i) => (eligible[i] ? s + l.lineSubtotalPaise : s), 0);
  if (eligiblePaise === 0) {
    if (coupon.sellerId === null && coupon.categoryPath === null) return { ok: false, error: `There is nothing in your order to apply ${coupon.code} to.` };
    const scope = coupon.sellerId !== null ? "items from the shop that issued it" : "items in one category";
    return { ok: false, error: `${coupon.code} applies only to ${scope}, and none of your items qualify.` };
  }
  if (eligiblePaise < coupon.minOrderPaise) {
    const more = formatMoney(coupon.minOrderPaise - eligiblePaise, "INR", { compact: true });
    const min = formatMoney(coupon.minOrderPaise, "INR", { compact: true });
    return { ok: false, error: `Add ${more} more of eligible items to use ${coupon.code} (minimum ${min}).` };
  }
  const discountPaise = couponDiscountOn(coupon, eligiblePaise);
  if (discountPaise === 0) return { ok: false, error: `${coupon.code} gives no discount on these items.` };
  return { ok: true, eligible, eligiblePaise, discountPaise };
}
