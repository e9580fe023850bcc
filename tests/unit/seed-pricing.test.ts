import { describe, expect, it } from "vitest";
import { ceilRetailRupees, GBP_TO_INR, gbpToInrPaise, mrpFor, roundRetailRupees } from "@/lib/seed/pricing";
import { seededRandom } from "@/lib/seed/random";

describe("retail price rounding", () => {
  it("rounds to the nearest ₹x9 below ₹1,000", () => {
    expect(roundRetailRupees(359.1)).toBe(359);
    expect(roundRetailRupees(363)).toBe(359);
    expect(roundRetailRupees(365)).toBe(369);
    expect(roundRetailRupees(99.5)).toBe(99);
    expect(roundRetailRupees(3)).toBe(9);
  });

  it("rounds to the nearest ₹x99 from ₹1,000", () => {
    expect(roundRetailRupees(1783.95)).toBe(1799);
    expect(roundRetailRupees(4198.95)).toBe(4199);
    expect(roundRetailRupees(256_191.6)).toBe(256_199);
  });

  it("never rounds an MRP below its input", () => {
    for (const r of [9.5, 101, 359.1, 999.2, 1000, 1783.95, 12_345]) {
      const mrp = ceilRetailRupees(r);
      expect(mrp).toBeGreaterThanOrEqual(r);
      expect(String(mrp).endsWith("9")).toBe(true);
    }
  });

  it("rejects non-positive amounts", () => {
    expect(() => roundRetailRupees(0)).toThrow(RangeError);
    expect(() => roundRetailRupees(Number.NaN)).toThrow(RangeError);
  });
});

describe("GBP → INR", () => {
  it("converts at the fixed documented rate to integer paise", () => {
    expect(GBP_TO_INR).toBe(105);
    expect(gbpToInrPaise(3.42)).toBe(35_900); // £3.42 × 105 = ₹359.10 → ₹359
    expect(gbpToInrPaise(16.99)).toBe(179_900); // ₹1,783.95 → ₹1,799
    expect(gbpToInrPaise(39.99)).toBe(419_900);
    expect(Number.isInteger(gbpToInrPaise(0.99))).toBe(true);
  });
});

describe("mrpFor", () => {
  it("is never below the price and is deterministic", () => {
    for (let i = 0; i < 200; i++) {
      const price = 1_000 + i * 3_700;
      const a = mrpFor(price, seededRandom(`p${i}`), 0.6);
      const b = mrpFor(price, seededRandom(`p${i}`), 0.6);
      expect(a).toBe(b);
      expect(a).toBeGreaterThanOrEqual(price);
      expect(a % 100).toBe(0);
    }
  });

  it("marks up roughly the requested share of products", () => {
    let above = 0;
    for (let i = 0; i < 1_000; i++) if (mrpFor(49_900, seededRandom(`s${i}`), 0.6) > 49_900) above++;
    expect(above).toBeGreaterThan(500);
    expect(above).toBeLessThan(700);
  });
});
