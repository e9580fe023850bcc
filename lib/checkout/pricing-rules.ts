/**
 * Order totals for checkout. Pure (no I/O), integer paise, prices GST-inclusive.
 *
 * - A coupon covers its eligible lines only (seller scope, category subtree by path prefix); the
 *   minimum order is checked against those lines' value; percent is capped by maxDiscount, flat by
 *   the eligible value. The discount is allocated over the eligible lines pro rata with the
 *   largest-remainder method, so it sums exactly.
 * - Each seller's part ships on its own: free when the part's value after discount reaches the
 *   option's freeAbovePaise (null = no free threshold). Shipping carries no GST line here.
 * - GST per line on its total after discount: taxable = round(total × 10000 / (10000 + rate)),
 *   CGST/SGST when the seller's and buyer's states match, IGST otherwise.
 * - Every sum adds up to the paisa: Σ lines = part, Σ parts = order (DB CHECKs enforce the same).
 *
 * Every seller with lines needs exactly one shipment (digital-only parts: feePaise 0,
 * freeAbovePaise null) — it carries the seller's state for GST.
 */
import type { DeliveryOption } from "@/models/orders";
import { allocateLargestRemainder } from "./allocation";
import { evaluateCoupon } from "./coupon-discount";
import { isIntraState, splitGst } from "./gst";

export interface PricingLine { key: string; sellerId: string; categoryPath: string; unitPricePaise: number; quantity: number; gstRateBp: number }
export interface PricingShipment {
  sellerId: string; sellerState: string; option: DeliveryOption;
  feePaise: number; freeAbovePaise: number | null; // null => no free threshold for this option
}
export interface PricingCoupon {
  id: string; code: string; kind: "percent" | "flat"; percentBp: number | null; flatPaise: number | null;
  maxDiscountPaise: number | null; minOrderPaise: number; sellerId: string | null; categoryPath: string | null;
  fundedBy: "platform" | "seller";
}
export interface LineQuote {
  key: string; lineSubtotalPaise: number; discountPaise: number; totalPaise: number; gstRateBp: number;
  taxableValuePaise: number; cgstPaise: number; sgstPaise: number; igstPaise: number;
}
export interface PartQuote {
  sellerId: string; subtotalPaise: number; discountPaise: number; shippingPaise: number; taxPaise: number;
  cgstPaise: number; sgstPaise: number; igstPaise: number; totalPaise: number;
  /** A positive shipping fee was waived because the part reached the free-shipping threshold. */
  freeShippingApplied: boolean;
  lines: LineQuote[];
}
export interface OrderQuote {
  subtotalPaise: number; discountPaise: number; shippingPaise: number; taxPaise: number; totalPaise: number;
  coupon: { id: string; code: string; discountPaise: number } | null;
  /** Why the coupon given could not apply (scope, minimum order, no discount); null when it applied or none was given. */
  couponError: string | null;
  parts: PartQuote[];
}

export interface PriceOrderInput { lines: PricingLine[]; shipments: PricingShipment[]; buyerState: string; coupon: PricingCoupon | null }

const isPaise = (v: number) => Number.isSafeInteger(v) && v >= 0;

function checkInput({ lines, shipments }: PriceOrderInput): Map<string, PricingShipment> {
  const keys = new Set<string>();
  for (const l of lines) {
    if (keys.has(l.key)) throw new TypeError(`duplicate line key ${l.key}`);
    keys.add(l.key);
    if (!isPaise(l.unitPricePaise)) throw new TypeError(`line ${l.key}: unit price must be whole paise ≥ 0`);
    if (!Number.isSafeInteger(l.quantity) || l.quantity < 1) throw new TypeError(`line ${l.key}: quantity must be a whole number ≥ 1`);
    if (!Number.isSafeInteger(l.unitPricePaise * l.quantity)) throw new RangeError(`line ${l.key}: amount too large`);
  }
  const bySeller = new Map<string, PricingShipment>();
  for (const s of shipments) {
    if (bySeller.has(s.sellerId)) throw new TypeError(`two shipments for seller ${s.sellerId}`);
    if (!isPaise(s.feePaise)) throw new TypeError(`shipment of ${s.sellerId}: fee must be whole paise ≥ 0`);
    if (s.freeAbovePaise !== null && !isPaise(s.freeAbovePaise)) throw new TypeError(`shipment of ${s.sellerId}: free threshold must be whole paise ≥ 0`);
    bySeller.set(s.sellerId, s);
  }
  const sellers = new Set(lines.map((l) => l.sellerId));
  for (const id of sellers) if (!bySeller.has(id)) throw new TypeError(`no shipment for seller ${id}`);
  for (const id of bySeller.keys()) if (!sellers.has(id)) throw new TypeError(`shipment for seller ${id} who has no lines`);
  return bySeller;
}

/** Per-line discounts: the coupon's discount spread over its eligible lines (zeros elsewhere). */
function lineDiscounts(input: PriceOrderInput, subtotals: number[]): { discounts: number[]; coupon: OrderQuote["coupon"]; couponError: string | null } {
  const none = subtotals.map(() => 0);
  const { coupon, lines } = input;
  if (!coupon) return { discounts: none, coupon: null, couponError: null };
  const evaluation = evaluateCoupon(coupon, lines.map((l, i) => ({ sellerId: l.sellerId, categoryPath: l.categoryPath, lineSubtotalPaise: subtotals[i] })));
  if (!evaluation.ok) return { discounts: none, coupon: null, couponError: evaluation.error };
  const weights = subtotals.map((s, i) => (evaluation.eligible[i] ? s : 0));
  return {
    discounts: allocateLargestRemainder(evaluation.discountPaise, weights),
    coupon: { id: coupon.id, code: coupon.code, discountPaise: evaluation.discountPaise },
    couponError: null,
  };
}

/** Prices an order: lines, per-seller parts (in first-seen order) and the order totals. */
export function priceOrder(input: PriceOrderInput): OrderQuote {
  const shipments = checkInput(input);
  const subtotals = input.lines.map((l) => l.unitPricePaise * l.quantity);
  const { discounts, coupon, couponError } = lineDiscounts(input, subtotals);

  const parts = new Map<string, PartQuote>();
  input.lines.forEach((l, i) => {
    const shipment = shipments.get(l.sellerId) as PricingShipment;
    const totalPaise = subtotals[i] - discounts[i];
    const gst = splitGst(totalPaise, l.gstRateBp, isIntraState(shipment.sellerState, input.buyerState));
    const line: LineQuote = {
      key: l.key, lineSubtotalPaise: subtotals[i], discountPaise: discounts[i], totalPaise, gstRateBp: l.gstRateBp,
      taxableValuePaise: gst.taxableValuePaise, cgstPaise: gst.cgstPaise, sgstPaise: gst.sgstPaise, igstPaise: gst.igstPaise,
    };
    let part = parts.get(l.sellerId);
    if (!part) {
      part = { sellerId: l.sellerId, subtotalPaise: 0, discountPaise: 0, shippingPaise: 0, taxPaise: 0, cgstPaise: 0, sgstPaise: 0, igstPaise: 0, totalPaise: 0, freeShippingApplied: false, lines: [] };
      parts.set(l.sellerId, part);
    }
    part.lines.push(line);
    part.subtotalPaise += line.lineSubtotalPaise;
    part.discountPaise += line.discountPaise;
    part.cgstPaise += line.cgstPaise;
    part.sgstPaise += line.sgstPaise;
    part.igstPaise += line.igstPaise;
    part.taxPaise += gst.taxPaise;
  });

  const order: OrderQuote = { subtotalPaise: 0, discountPaise: 0, shippingPaise: 0, taxPaise: 0, totalPaise: 0, coupon, couponError, parts: [...parts.values()] };
  for (const part of order.parts) {
    const shipment = shipments.get(part.sellerId) as PricingShipment;
    const value = part.subtotalPaise - part.discountPaise;
    const free = shipment.freeAbovePaise !== null && value >= shipment.freeAbovePaise;
    part.freeShippingApplied = free && shipment.feePaise > 0;
    part.shippingPaise = free ? 0 : shipment.feePaise;
    part.totalPaise = value + part.shippingPaise;
    order.subtotalPaise += part.subtotalPaise;
    order.discountPaise += part.discountPaise;
    order.shippingPaise += part.shippingPaise;
    order.taxPaise += part.taxPaise;
    order.totalPaise += part.totalPaise;
  }
  return order;
}
