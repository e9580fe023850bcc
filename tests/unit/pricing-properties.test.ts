/**
 * Property-style checks of the pricing rules over many random orders from a seeded generator
 * (deterministic: a failure reproduces with the printed seed).
 */
import { describe, expect, it } from "vitest";
import { allocateLargestRemainder } from "@/lib/checkout/allocation";
import { isLineEligible } from "@/lib/checkout/coupon-discount";
import { priceOrder, type PricingCoupon, type PricingLine, type PricingShipment } from "@/lib/checkout/pricing-rules";
import { pick, randomInt, seededRandom } from "@/lib/seed/random";

const STATES = ["Karnataka", "Maharashtra", "Delhi", "Tamil Nadu"];
const PATHS = ["grocery", "grocery/snacks", "grocery/snacks/chips", "toys", "toys/blocks", "fashion/men/shirts"];
const RATES = [0, 500, 1200, 1800, 2800];
const SELLERS = ["s1", "s2", "s3"];

function randomCoupon(r: () => number): PricingCoupon | null {
  if (r() < 0.2) return null;
  const percent = r() < 0.5;
  const sellerId = r() < 0.3 ? pick(r, SELLERS) : null;
  return {
    id: "c",
    code: "RANDOM",
    kind: percent ? "percent" : "flat",
    percentBp: percent ? randomInt(r, 1, 10_000) : null,
    flatPaise: percent ? null : randomInt(r, 1, 200_000),
    maxDiscountPaise: r() < 0.5 ? randomInt(r, 1, 150_000) : null,
    minOrderPaise: r() < 0.5 ? randomInt(r, 0, 100_000) : 0,
    sellerId,
    categoryPath: r() < 0.3 ? pick(r, PATHS) : null,
    fundedBy: sellerId ? "seller" : "platform",
  };
}

function randomOrder(seed: string) {
  const r = seededRandom(seed);
  const lines: PricingLine[] = Array.from({ length: randomInt(r, 1, 12) }, (_, i) => ({
    key: `l${i}`,
    sellerId: pick(r, SELLERS),
    categoryPath: pick(r, PATHS),
    unitPricePaise: r() < 0.05 ? 0 : randomInt(r, 1, r() < 0.1 ? 50_000_000 : 300_000),
    quantity: randomInt(r, 1, 10),
    gstRateBp: pick(r, RATES),
  }));
  const shipments: PricingShipment[] = [...new Set(lines.map((l) => l.sellerId))].map((sellerId) => ({
    sellerId,
    sellerState: pick(r, STATES),
    option: pick(r, ["standard", "next_day", "same_day"] as const),
    feePaise: randomInt(r, 0, 15_000),
    freeAbovePaise: r() < 0.7 ? randomInt(r, 0, 200_000) : null,
  }));
  return { lines, shipments, buyerState: pick(r, STATES), coupon: randomCoupon(r) };
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe("priceOrder properties (2,000 seeded random orders)", () => {
  it("adds up to the paisa everywhere and respects every rule", () => {
    const failures: string[] = [];
    const check = (ok: boolean, ctx: string) => {
      if (!ok && failures.length < 20) failures.push(`${ctx}: ${new Error().stack?.split("\n")[2]?.trim()}`);
    };
    const same = (a: unknown, b: unknown, ctx: string) => check(a === b, `${ctx} (${String(a)} ≠ ${String(b)})`);
    let applied = 0;
    let refused = 0;
    for (let n = 0; n < 2_000; n++) {
      const seed = `pricing:${n}`;
      const input = randomOrder(seed);
      const q = priceOrder(input);
      const lines = q.parts.flatMap((p) => p.lines);
      const ctx = `seed ${seed}`;

      // Lines: total = subtotal − discount; taxable + GST = total; CGST/SGST or IGST by state.
      for (const l of lines) {
        const src = input.lines.find((x) => x.key === l.key) as PricingLine;
        same(l.lineSubtotalPaise, src.unitPricePaise * src.quantity, ctx);
        same(l.totalPaise, l.lineSubtotalPaise - l.discountPaise, ctx);
        check(l.discountPaise >= 0, ctx);
        same(l.taxableValuePaise + l.cgstPaise + l.sgstPaise + l.igstPaise, l.totalPaise, ctx);
        check(Math.abs(l.taxableValuePaise - (l.totalPaise * 10_000) / (10_000 + l.gstRateBp)) <= 0.5, ctx);
        const shipment = input.shipments.find((s) => s.sellerId === src.sellerId) as PricingShipment;
        if (shipment.sellerState === input.buyerState) {
          same(l.igstPaise, 0, ctx);
          check(l.sgstPaise - l.cgstPaise >= 0, ctx);
          check(l.sgstPaise - l.cgstPaise <= 1, ctx);
        } else {
          same(l.cgstPaise + l.sgstPaise, 0, ctx);
        }
      }

      // Parts add up from their lines; the order from its parts and from its lines.
      for (const p of q.parts) {
        same(p.subtotalPaise, sum(p.lines.map((l) => l.lineSubtotalPaise)), ctx);
        same(p.discountPaise, sum(p.lines.map((l) => l.discountPaise)), ctx);
        same(p.taxPaise, p.cgstPaise + p.sgstPaise + p.igstPaise, ctx);
        same(p.taxPaise, sum(p.lines.map((l) => l.cgstPaise + l.sgstPaise + l.igstPaise)), ctx);
        same(p.totalPaise, p.subtotalPaise - p.discountPaise + p.shippingPaise, ctx);
        const shipment = input.shipments.find((s) => s.sellerId === p.sellerId) as PricingShipment;
        const free = shipment.freeAbovePaise !== null && p.subtotalPaise - p.discountPaise >= shipment.freeAbovePaise;
        same(p.shippingPaise, free ? 0 : shipment.feePaise, ctx);
      }
      same(q.totalPaise, sum(lines.map((l) => l.totalPaise)) + q.shippingPaise, ctx);
      same(q.totalPaise, q.subtotalPaise - q.discountPaise + q.shippingPaise, ctx);
      same(q.totalPaise, sum(q.parts.map((p) => p.totalPaise)), ctx);
      same(q.taxPaise, sum(q.parts.map((p) => p.taxPaise)), ctx);
      same(lines.length, input.lines.length, ctx);

      // The coupon: only eligible lines, within caps, and the allocation sums to the discount.
      const c = input.coupon;
      if (c && q.coupon) applied += 1;
      else if (c) refused += 1;
      if (!c || !q.coupon) {
        same(q.discountPaise, 0, ctx);
        if (c) check(typeof q.couponError === "string", ctx);
        continue;
      }
      check(q.couponError === null, ctx);
      same(q.coupon.discountPaise, q.discountPaise, ctx);
      const eligible = input.lines.filter((l) => isLineEligible(c, l));
      const eligibleValue = sum(eligible.map((l) => l.unitPricePaise * l.quantity));
      check(eligibleValue >= c.minOrderPaise, ctx);
      check(q.discountPaise <= eligibleValue, ctx);
      if (c.maxDiscountPaise !== null) check(q.discountPaise <= c.maxDiscountPaise, ctx);
      if (c.kind === "percent") {
        same(q.discountPaise, Math.min(Math.floor((eligibleValue * (c.percentBp as number)) / 10_000), c.maxDiscountPaise ?? Infinity), ctx);
      } else {
        same(q.discountPaise, Math.min(c.flatPaise as number, c.maxDiscountPaise ?? Infinity, eligibleValue), ctx);
      }
      for (const l of lines) {
        const src = input.lines.find((x) => x.key === l.key) as PricingLine;
        if (!isLineEligible(c, src)) same(l.discountPaise, 0, ctx);
        else check(Math.abs(l.discountPaise - (q.discountPaise * l.lineSubtotalPaise) / eligibleValue) < 1, ctx);
      }
    }
    expect(failures).toEqual([]);
    // The generator exercises both outcomes often enough to mean something.
    expect(applied).toBeGreaterThan(400);
    expect(refused).toBeGreaterThan(100);
  }, 60_000);
});

describe("allocateLargestRemainder properties", () => {
  it("sums exactly, stays within a paisa of the exact share and never exceeds a weight", () => {
    const r = seededRandom("allocation");
    const failures: string[] = [];
    for (let n = 0; n < 3_000; n++) {
      const weights = Array.from({ length: randomInt(r, 1, 20) }, () => (r() < 0.15 ? 0 : randomInt(r, 1, r() < 0.1 ? 1_000_000_000 : 50_000)));
      const total = sum(weights);
      if (total === 0) continue;
      const amount = randomInt(r, 0, total);
      const shares = allocateLargestRemainder(amount, weights);
      const ok =
        sum(shares) === amount &&
        shares.every((s, i) => Number.isInteger(s) && s <= weights[i] && Math.abs(s - (amount * weights[i]) / total) < 1 && (weights[i] > 0 || s === 0));
      if (!ok && failures.length < 10) failures.push(JSON.stringify({ amount, weights, shares }));
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it("gives the extra paise to the largest remainders, earlier lines first on ties", () => {
    expect(allocateLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateLargestRemainder(10, [1, 2])).toEqual([3, 7]);
    expect(allocateLargestRemainder(5, [3, 0, 3])).toEqual([3, 0, 2]);
    expect(allocateLargestRemainder(0, [0, 0])).toEqual([0, 0]);
    expect(() => allocateLargestRemainder(1, [0])).toThrow(RangeError);
  });

  it("is exact for amounts whose products pass 2^53", () => {
    const shares = allocateLargestRemainder(999_999_999, [999_999_999, 999_999_998, 7]);
    expect(sum(shares)).toBe(999_999_999);
  });
});
