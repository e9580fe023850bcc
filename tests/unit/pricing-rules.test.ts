import { describe, expect, it } from "vitest";
import { mulDivFloor, mulDivRound } from "@/lib/checkout/allocation";
import { isIntraState, splitGst } from "@/lib/checkout/gst";
import { priceOrder, type PricingCoupon, type PricingLine, type PricingShipment } from "@/lib/checkout/pricing-rules";

const line = (over: Partial<PricingLine> & { key: string }): PricingLine => ({
  sellerId: "s1",
  categoryPath: "grocery/snacks",
  unitPricePaise: 10_000,
  quantity: 1,
  gstRateBp: 500,
  ...over,
});
const ship = (over: Partial<PricingShipment> = {}): PricingShipment => ({
  sellerId: "s1",
  sellerState: "Karnataka",
  option: "standard",
  feePaise: 4_000,
  freeAbovePaise: 49_900,
  ...over,
});
const coupon = (over: Partial<PricingCoupon> = {}): PricingCoupon => ({
  id: "c1",
  code: "WELCOME10",
  kind: "percent",
  percentBp: 1000,
  flatPaise: null,
  maxDiscountPaise: 10_000,
  minOrderPaise: 29_900,
  sellerId: null,
  categoryPath: null,
  fundedBy: "platform",
  ...over,
});

describe("priceOrder — coupon caps and limits", () => {
  it("takes 10 % of the eligible value", () => {
    const q = priceOrder({ lines: [line({ key: "a", unitPricePaise: 40_000 })], shipments: [ship()], buyerState: "Karnataka", coupon: coupon() });
    expect(q.coupon).toEqual({ id: "c1", code: "WELCOME10", discountPaise: 4_000 });
    expect(q.discountPaise).toBe(4_000);
    expect(q.couponError).toBeNull();
  });

  it("caps a percent coupon at maxDiscount", () => {
    const q = priceOrder({ lines: [line({ key: "a", unitPricePaise: 500_000 })], shipments: [ship()], buyerState: "Karnataka", coupon: coupon() });
    expect(q.discountPaise).toBe(10_000);
  });

  it("floors percent discounts to the paisa", () => {
    const q = priceOrder({ lines: [line({ key: "a", unitPricePaise: 29_999 })], shipments: [ship()], buyerState: "Karnataka", coupon: coupon({ maxDiscountPaise: null }) });
    expect(q.discountPaise).toBe(2_999);
  });

  it("refuses below the minimum order, measured on eligible lines only", () => {
    const c = coupon({ categoryPath: "toys" });
    const q = priceOrder({
      lines: [line({ key: "a", unitPricePaise: 100_000 }), line({ key: "b", categoryPath: "toys/blocks", unitPricePaise: 20_000 })],
      shipments: [ship()],
      buyerState: "Karnataka",
      coupon: c,
    });
    expect(q.coupon).toBeNull();
    expect(q.discountPaise).toBe(0);
    expect(q.couponError).toBe("Add ₹99 more of eligible items to use WELCOME10 (minimum ₹299).");
  });

  it("accepts exactly the minimum order", () => {
    const q = priceOrder({ lines: [line({ key: "a", unitPricePaise: 29_900 })], shipments: [ship()], buyerState: "Karnataka", coupon: coupon() });
    expect(q.discountPaise).toBe(2_990);
  });

  it("caps a flat coupon at the eligible value", () => {
    const c = coupon({ code: "BIG", kind: "flat", percentBp: null, flatPaise: 100_000, maxDiscountPaise: null, minOrderPaise: 0, sellerId: "s2", fundedBy: "seller" });
    const q = priceOrder({
      lines: [line({ key: "a" }), line({ key: "b", sellerId: "s2", unitPricePaise: 30_000 })],
      shipments: [ship(), ship({ sellerId: "s2", sellerState: "Delhi" })],
      buyerState: "Karnataka",
      coupon: c,
    });
    expect(q.discountPaise).toBe(30_000);
    expect(q.parts[0].discountPaise).toBe(0);
    expect(q.parts[1].discountPaise).toBe(30_000);
    expect(q.parts[1].lines[0].totalPaise).toBe(0);
  });

  it("applies a seller coupon only to that seller's lines", () => {
    const c = coupon({ code: "SHOP20", percentBp: 2000, maxDiscountPaise: null, minOrderPaise: 0, sellerId: "s2", fundedBy: "seller" });
    const q = priceOrder({
      lines: [line({ key: "a", unitPricePaise: 50_000 }), line({ key: "b", sellerId: "s2", unitPricePaise: 25_000, quantity: 2 })],
      shipments: [ship(), ship({ sellerId: "s2" })],
      buyerState: "Karnataka",
      coupon: c,
    });
    expect(q.parts.map((p) => p.discountPaise)).toEqual([0, 10_000]);
  });

  it("category scope covers the subtree but not a sibling with the same prefix", () => {
    const c = coupon({ code: "TOYS", categoryPath: "toys", minOrderPaise: 0, maxDiscountPaise: null });
    const q = priceOrder({
      lines: [line({ key: "a", categoryPath: "toys/blocks" }), line({ key: "b", categoryPath: "toys-outlet/blocks" }), line({ key: "c", categoryPath: "toys" })],
      shipments: [ship()],
      buyerState: "Karnataka",
      coupon: c,
    });
    expect(q.parts[0].lines.map((l) => l.discountPaise)).toEqual([1_000, 0, 1_000]);
  });

  it("explains when no line is eligible", () => {
    const q = priceOrder({ lines: [line({ key: "a" })], shipments: [ship()], buyerState: "Karnataka", coupon: coupon({ sellerId: "s9", fundedBy: "seller", minOrderPaise: 0 }) });
    expect(q.couponError).toMatch(/applies only to items from the shop/);
    expect(q.totalPaise).toBe(14_000);
  });

  it("splits the discount pro rata and exactly (largest remainder)", () => {
    const c = coupon({ code: "FLAT100", kind: "flat", percentBp: null, flatPaise: 10_000, maxDiscountPaise: null, minOrderPaise: 0 });
    const q = priceOrder({
      lines: [line({ key: "a", unitPricePaise: 10_000 }), line({ key: "b", unitPricePaise: 10_000 }), line({ key: "c", unitPricePaise: 10_000 })],
      shipments: [ship()],
      buyerState: "Karnataka",
      coupon: c,
    });
    expect(q.parts[0].lines.map((l) => l.discountPaise)).toEqual([3_334, 3_333, 3_333]);
  });
});

describe("priceOrder — GST", () => {
  it("splits CGST/SGST within a state (odd paisa to SGST)", () => {
    const q = priceOrder({ lines: [line({ key: "a", unitPricePaise: 11_801, gstRateBp: 1800 })], shipments: [ship({ sellerState: "Karnataka" })], buyerState: "karnataka ", coupon: null });
    const l = q.parts[0].lines[0];
    expect(l.taxableValuePaise).toBe(10_001); // 11801 / 1.18 = 10000.85 → 10001
    expect([l.cgstPaise, l.sgstPaise, l.igstPaise]).toEqual([900, 900, 0]);
    expect(l.taxableValuePaise + l.cgstPaise + l.sgstPaise).toBe(11_801);
    const odd = priceOrder({ lines: [line({ key: "a", unitPricePaise: 1_050, gstRateBp: 500 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    expect(odd.taxableValuePaise).toBe(1_000);
    expect([odd.cgstPaise, odd.sgstPaise]).toEqual([25, 25]);
    const odd2 = priceOrder({ lines: [line({ key: "a", unitPricePaise: 1_051, gstRateBp: 500 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    expect([odd2.taxableValuePaise, odd2.cgstPaise, odd2.sgstPaise]).toEqual([1_001, 25, 25]);
    const odd3 = priceOrder({ lines: [line({ key: "a", unitPricePaise: 1_180, gstRateBp: 1800 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    expect([odd3.taxableValuePaise, odd3.cgstPaise, odd3.sgstPaise]).toEqual([1_000, 90, 90]);
    const odd4 = priceOrder({ lines: [line({ key: "a", unitPricePaise: 1_181, gstRateBp: 1800 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    expect([odd4.taxableValuePaise, odd4.cgstPaise, odd4.sgstPaise]).toEqual([1_001, 90, 90]);
    const odd5 = priceOrder({ lines: [line({ key: "a", unitPricePaise: 1_183, gstRateBp: 1800 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    expect([odd5.taxableValuePaise, odd5.cgstPaise, odd5.sgstPaise]).toEqual([1_003, 90, 90]);
    const odd6 = priceOrder({ lines: [line({ key: "a", unitPricePaise: 1_191, gstRateBp: 1800 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    expect([odd6.taxableValuePaise, odd6.cgstPaise, odd6.sgstPaise]).toEqual([1_009, 91, 91]);
  });

  it("gives the odd paisa of an odd tax to SGST", () => {
    const l = priceOrder({ lines: [line({ key: "a", unitPricePaise: 1_121, gstRateBp: 1200 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    // 1121 / 1.12 = 1000.89 → 1001; tax 120 → 60 + 60
    expect([l.taxableValuePaise, l.cgstPaise, l.sgstPaise]).toEqual([1_001, 60, 60]);
    const m = priceOrder({ lines: [line({ key: "a", unitPricePaise: 1_122, gstRateBp: 1200 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    // 1122 / 1.12 = 1001.79 → 1002; tax 120
    expect([m.taxableValuePaise, m.cgstPaise, m.sgstPaise]).toEqual([1_002, 60, 60]);
    const n = priceOrder({ lines: [line({ key: "a", unitPricePaise: 1_123, gstRateBp: 1200 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    // 1123 / 1.12 = 1002.68 → 1003; tax 120
    expect(n.cgstPaise + n.sgstPaise).toBe(n.totalPaise - n.taxableValuePaise);
    const o = priceOrder({ lines: [line({ key: "a", unitPricePaise: 1_125, gstRateBp: 1200 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    // 1125 / 1.12 = 1004.46 → 1004; tax 121 → CGST 60, SGST 61
    expect([o.taxableValuePaise, o.cgstPaise, o.sgstPaise]).toEqual([1_004, 60, 61]);
  });

  it("charges IGST across states", () => {
    const q = priceOrder({ lines: [line({ key: "a", unitPricePaise: 11_800, gstRateBp: 1800 })], shipments: [ship({ sellerState: "Maharashtra" })], buyerState: "Karnataka", coupon: null });
    const l = q.parts[0].lines[0];
    expect([l.taxableValuePaise, l.cgstPaise, l.sgstPaise, l.igstPaise]).toEqual([10_000, 0, 0, 1_800]);
    expect(q.parts[0]).toMatchObject({ taxPaise: 1_800, igstPaise: 1_800, cgstPaise: 0, sgstPaise: 0 });
  });

  it("mixes intra- and inter-state parts in one order", () => {
    const q = priceOrder({
      lines: [line({ key: "a", unitPricePaise: 10_500 }), line({ key: "b", sellerId: "s2", unitPricePaise: 11_200, gstRateBp: 1200 })],
      shipments: [ship(), ship({ sellerId: "s2", sellerState: "Tamil Nadu" })],
      buyerState: "Karnataka",
      coupon: null,
    });
    expect(q.parts[0]).toMatchObject({ cgstPaise: 250, sgstPaise: 250, igstPaise: 0, taxPaise: 500 });
    expect(q.parts[1]).toMatchObject({ cgstPaise: 0, sgstPaise: 0, igstPaise: 1_200, taxPaise: 1_200 });
    expect(q.taxPaise).toBe(1_700);
  });

  it("zero-rated goods carry no tax", () => {
    const l = priceOrder({ lines: [line({ key: "a", unitPricePaise: 4_999, gstRateBp: 0 })], shipments: [ship()], buyerState: "Karnataka", coupon: null }).parts[0].lines[0];
    expect([l.taxableValuePaise, l.cgstPaise, l.sgstPaise, l.igstPaise]).toEqual([4_999, 0, 0, 0]);
  });

  it("computes GST on the price after the coupon", () => {
    const q = priceOrder({ lines: [line({ key: "a", unitPricePaise: 59_000, gstRateBp: 1800 })], shipments: [ship()], buyerState: "Karnataka", coupon: coupon({ maxDiscountPaise: null }) });
    const l = q.parts[0].lines[0];
    expect(l.totalPaise).toBe(53_100);
    expect(l.taxableValuePaise).toBe(45_000);
    expect(l.cgstPaise + l.sgstPaise).toBe(8_100);
  });
});

describe("priceOrder — shipping", () => {
  it("charges the fee below the threshold and waives it at the threshold", () => {
    const below = priceOrder({ lines: [line({ key: "a", unitPricePaise: 49_899 })], shipments: [ship()], buyerState: "Karnataka", coupon: null });
    expect(below.parts[0]).toMatchObject({ shippingPaise: 4_000, freeShippingApplied: false, totalPaise: 53_899 });
    const at = priceOrder({ lines: [line({ key: "a", unitPricePaise: 49_900 })], shipments: [ship()], buyerState: "Karnataka", coupon: null });
    expect(at.parts[0]).toMatchObject({ shippingPaise: 0, freeShippingApplied: true, totalPaise: 49_900 });
  });

  it("measures the threshold after the discount", () => {
    const q = priceOrder({ lines: [line({ key: "a", unitPricePaise: 50_000 })], shipments: [ship()], buyerState: "Karnataka", coupon: coupon() });
    expect(q.parts[0]).toMatchObject({ discountPaise: 5_000, shippingPaise: 4_000, freeShippingApplied: false, totalPaise: 49_000 });
  });

  it("decides per seller part", () => {
    const q = priceOrder({
      lines: [line({ key: "a", unitPricePaise: 60_000 }), line({ key: "b", sellerId: "s2", unitPricePaise: 20_000 })],
      shipments: [ship(), ship({ sellerId: "s2", feePaise: 2_500 })],
      buyerState: "Karnataka",
      coupon: null,
    });
    expect(q.parts.map((p) => p.shippingPaise)).toEqual([0, 2_500]);
    expect(q.shippingPaise).toBe(2_500);
    expect(q.totalPaise).toBe(82_500);
  });

  it("never waives an option without a threshold", () => {
    const q = priceOrder({ lines: [line({ key: "a", unitPricePaise: 900_000 })], shipments: [ship({ option: "same_day", feePaise: 9_900, freeAbovePaise: null })], buyerState: "Karnataka", coupon: null });
    expect(q.parts[0]).toMatchObject({ shippingPaise: 9_900, freeShippingApplied: false });
  });

  it("does not call a zero fee 'free shipping applied'", () => {
    const q = priceOrder({ lines: [line({ key: "a" })], shipments: [ship({ feePaise: 0, freeAbovePaise: null })], buyerState: "Karnataka", coupon: null });
    expect(q.parts[0]).toMatchObject({ shippingPaise: 0, freeShippingApplied: false });
  });
});

describe("priceOrder — input checks", () => {
  it("needs a shipment per seller and no extra ones", () => {
    expect(() => priceOrder({ lines: [line({ key: "a" })], shipments: [], buyerState: "Karnataka", coupon: null })).toThrow(/no shipment/);
    expect(() => priceOrder({ lines: [line({ key: "a" })], shipments: [ship(), ship({ sellerId: "s2" })], buyerState: "Karnataka", coupon: null })).toThrow(/no lines/);
    expect(() => priceOrder({ lines: [line({ key: "a" })], shipments: [ship(), ship()], buyerState: "Karnataka", coupon: null })).toThrow(/two shipments/);
  });

  it("rejects fractional money, bad quantities, duplicate keys and bad rates", () => {
    const go = (l: PricingLine[]) => () => priceOrder({ lines: l, shipments: [ship()], buyerState: "Karnataka", coupon: null });
    expect(go([line({ key: "a", unitPricePaise: 10.5 })])).toThrow(/whole paise/);
    expect(go([line({ key: "a", quantity: 0 })])).toThrow(/quantity/);
    expect(go([line({ key: "a" }), line({ key: "a" })])).toThrow(/duplicate/);
    expect(go([line({ key: "a", gstRateBp: 5000 })])).toThrow(/GST rate/);
  });

  it("prices an empty order as zero", () => {
    expect(priceOrder({ lines: [], shipments: [], buyerState: "Karnataka", coupon: null })).toMatchObject({ totalPaise: 0, parts: [] });
  });
});

describe("GST helpers", () => {
  it("treats state names alike across case, spacing and '&'", () => {
    expect(isIntraState("Jammu & Kashmir", "jammu and  kashmir")).toBe(true);
    expect(isIntraState("Delhi", "Haryana")).toBe(false);
    expect(isIntraState("", "")).toBe(false);
    expect(splitGst(0, 1800, true)).toEqual({ taxableValuePaise: 0, cgstPaise: 0, sgstPaise: 0, igstPaise: 0, taxPaise: 0 });
  });

  it("rounds the taxable value half up", () => {
    expect(mulDivRound(5, 1, 2)).toBe(3);
    expect(mulDivRound(7, 1, 2)).toBe(4);
    expect(mulDivRound(1, 1, 3)).toBe(0);
    expect(mulDivFloor(9_007_199_254_740_991, 3, 3)).toBe(9_007_199_254_740_991);
  });
});
