import { describe, expect, it } from "vitest";
import { discountPercent, formatMoney, toPaise } from "@/lib/platform/money";

describe("money", () => {
  it("formats paise with Indian digit grouping", () => {
    expect(formatMoney(12345600)).toBe("₹1,23,456.00");
    expect(formatMoney(12345600, "INR", { compact: true })).toBe("₹1,23,456");
    expect(formatMoney(19950, "INR", { compact: true })).toBe("₹199.50");
  });

  it("refuses fractional paise", () => {
    expect(() => formatMoney(10.5)).toThrow(TypeError);
  });

  it("converts rupees to paise without float drift", () => {
    expect(toPaise(199.99)).toBe(19999);
    expect(toPaise(0.1 + 0.2)).toBe(30);
    expect(toPaise(-2.5)).toBe(-250);
  });

  it("rounds discounts down and never goes negative", () => {
    expect(discountPercent(6699, 9999)).toBe(33);
    expect(discountPercent(10000, 10000)).toBe(0);
    expect(discountPercent(12000, 10000)).toBe(0);
    expect(discountPercent(100, 0)).toBe(0);
  });
});
