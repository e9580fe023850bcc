import { describe, expect, it } from "vitest";
import { couponDiscountOn, evaluateCoupon, inCategorySubtree, isLineEligible } from "@/lib/checkout/coupon-discount";
import { formatMoney } from "@/lib/platform/money";
import { couponProblem, couponStatus, describeCouponValue, normalizeCouponCode, type CouponTiming } from "@/lib/promotions/rules";
import { couponCodeSchema, couponFormSchema } from "@/lib/promotions/schemas";

const now = new Date("2026-11-30T06:00:00Z");
const timing = (over: Partial<CouponTiming> = {}): CouponTiming => ({
  code: "WELCOME10",
  active: true,
  startsAt: new Date("2026-11-01T00:00:00Z"),
  endsAt: null,
  usageLimit: null,
  usedCount: 0,
  perUserLimit: 1,
  ...over,
});

describe("couponProblem", () => {
  it("accepts a live coupon the user has not used", () => {
    expect(couponProblem(timing(), { now, userUses: 0 })).toBeNull();
  });

  it("reports inactive, not started, expired, exhausted and per-user limits in that order", () => {
    expect(couponProblem(timing({ active: false, usageLimit: 1, usedCount: 1 }), { now, userUses: 5 })).toBe("WELCOME10 is no longer available.");
    expect(couponProblem(timing({ startsAt: new Date("2026-12-01T00:00:00Z") }), { now, userUses: 0 })).toBe("WELCOME10 isn't valid yet.");
    expect(couponProblem(timing({ endsAt: now }), { now, userUses: 0 })).toBe("WELCOME10 has expired.");
    expect(couponProblem(timing({ endsAt: new Date(now.getTime() + 1) }), { now, userUses: 0 })).toBeNull();
    expect(couponProblem(timing({ usageLimit: 100, usedCount: 100 }), { now, userUses: 0 })).toBe("WELCOME10 has been fully used.");
    expect(couponProblem(timing({ usageLimit: 100, usedCount: 99 }), { now, userUses: 0 })).toBeNull();
    expect(couponProblem(timing(), { now, userUses: 1 })).toBe("You have already used WELCOME10.");
    expect(couponProblem(timing({ perUserLimit: 3 }), { now, userUses: 2 })).toBeNull();
    expect(couponProblem(timing({ perUserLimit: 3 }), { now, userUses: 3 })).toBe("You have already used WELCOME10 3 times, the most allowed.");
  });

  it("starts exactly at startsAt", () => {
    expect(couponProblem(timing({ startsAt: now }), { now, userUses: 0 })).toBeNull();
  });
});

describe("couponStatus", () => {
  it("labels each state", () => {
    expect(couponStatus(timing(), now)).toBe("active");
    expect(couponStatus(timing({ active: false }), now)).toBe("inactive");
    expect(couponStatus(timing({ endsAt: new Date(now.getTime() - 1) }), now)).toBe("expired");
    expect(couponStatus(timing({ usageLimit: 2, usedCount: 2 }), now)).toBe("exhausted");
    expect(couponStatus(timing({ startsAt: new Date(now.getTime() + 1) }), now)).toBe("scheduled");
  });
});

describe("coupon helpers", () => {
  it("normalises typed codes", () => {
    expect(normalizeCouponCode("  welcome 10 ")).toBe("WELCOME10");
    expect(couponCodeSchema.parse(" flat-50 ")).toBe("FLAT-50");
    expect(couponCodeSchema.safeParse("   ").success).toBe(false);
  });

  it("describes the value", () => {
    const money = (p: number) => formatMoney(p, "INR", { compact: true });
    expect(describeCouponValue({ kind: "percent", percentBp: 1000, flatPaise: null, maxDiscountPaise: 10_000 }, money)).toBe("10 % off, up to ₹100");
    expect(describeCouponValue({ kind: "percent", percentBp: 1250, flatPaise: null, maxDiscountPaise: null }, money)).toBe("12.5 % off");
    expect(describeCouponValue({ kind: "flat", percentBp: null, flatPaise: 5_000, maxDiscountPaise: null }, money)).toBe("₹50 off");
  });

  it("matches category subtrees by path segment", () => {
    expect(inCategorySubtree("toys", "toys")).toBe(true);
    expect(inCategorySubtree("toys", "toys/blocks/lego")).toBe(true);
    expect(inCategorySubtree("toys", "toys-outlet")).toBe(false);
    expect(isLineEligible({ sellerId: "s1", categoryPath: "toys" }, { sellerId: "s2", categoryPath: "toys" })).toBe(false);
    expect(isLineEligible({ sellerId: null, categoryPath: null }, { sellerId: "s2", categoryPath: "x" })).toBe(true);
  });

  it("computes discounts with caps", () => {
    const pct = { kind: "percent" as const, percentBp: 1000, flatPaise: null, maxDiscountPaise: 10_000 };
    expect(couponDiscountOn(pct, 99_999)).toBe(9_999);
    expect(couponDiscountOn(pct, 200_000)).toBe(10_000);
    expect(couponDiscountOn({ ...pct, percentBp: 10_000, maxDiscountPaise: null }, 12_345)).toBe(12_345);
    const flat = { kind: "flat" as const, percentBp: null, flatPaise: 5_000, maxDiscountPaise: null };
    expect(couponDiscountOn(flat, 4_000)).toBe(4_000);
    expect(couponDiscountOn(flat, 49_900)).toBe(5_000);
    expect(() => couponDiscountOn({ ...pct, percentBp: 0 }, 100)).toThrow(RangeError);
    expect(() => couponDiscountOn({ ...flat, flatPaise: null }, 100)).toThrow(RangeError);
  });

  it("FLAT50 on ₹499: refused at ₹498.99, accepted at ₹499", () => {
    const flat50 = { code: "FLAT50", kind: "flat" as const, percentBp: null, flatPaise: 5_000, maxDiscountPaise: null, minOrderPaise: 49_900, sellerId: null, categoryPath: null };
    expect(evaluateCoupon(flat50, [{ sellerId: "s", categoryPath: "a", lineSubtotalPaise: 49_899 }])).toEqual({ ok: false, error: "Add ₹0.01 more of eligible items to use FLAT50 (minimum ₹499)." });
    expect(evaluateCoupon(flat50, [{ sellerId: "s", categoryPath: "a", lineSubtotalPaise: 49_900 }])).toMatchObject({ ok: true, discountPaise: 5_000 });
    expect(evaluateCoupon(flat50, [])).toEqual({ ok: false, error: "There is nothing in your order to apply FLAT50 to." });
  });
});

describe("couponFormSchema", () => {
  const base = { code: "welcome10", kind: "percent", percent: "10", maxDiscount: "100", minOrder: "299", startsAt: "2026-12-01T09:00", endsAt: "", usageLimit: "", perUserLimit: "1", categoryId: "", flatAmount: "", description: "" };

  it("turns rupees into paise, percent into basis points and India time into UTC", () => {
    expect(couponFormSchema.parse(base)).toEqual({
      code: "WELCOME10",
      description: "",
      kind: "percent",
      percentBp: 1000,
      flatPaise: null,
      maxDiscountPaise: 10_000,
      minOrderPaise: 29_900,
      startsAt: new Date("2026-12-01T03:30:00Z"),
      endsAt: null,
      usageLimit: null,
      perUserLimit: 1,
      categoryId: null,
    });
  });

  it("drops the max discount of a flat coupon and the percent of a flat one", () => {
    const v = couponFormSchema.parse({ ...base, kind: "flat", flatAmount: "49.50", percent: "10" });
    expect(v).toMatchObject({ kind: "flat", flatPaise: 4_950, percentBp: null, maxDiscountPaise: null });
  });

  it("reports field errors", () => {
    const r = couponFormSchema.safeParse({ ...base, code: "ab", percent: "0", endsAt: "2026-11-30T09:00", usageLimit: "0" });
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["code", "percent", "usageLimit"]));
    const order = couponFormSchema.safeParse({ ...base, endsAt: "2026-11-30T09:00" });
    expect(order.success ? [] : order.error.issues.map((i) => i.message)).toEqual(["The coupon must end after it starts"]);
  });
});
