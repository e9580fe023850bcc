import { createHash } from "node:crypto";
import type { CheckoutLine } from "@/lib/cart/types";
import { MAX_ITEMS_PER_ORDER, MAX_UNITS_PER_ORDER, lineNotices } from "@/lib/cart/rules";
import type { PricingLine } from "@/lib/checkout/pricing-rules";
import type { DeliveryQuote } from "@/lib/shipping/rules";
import type { DeliveryOption, PaymentMethod } from "@/models";
import type { CheckoutProblem, PaymentMethodOption } from "./checkout-types";
import type { PlaceOrderInput } from "./checkout-schemas";

/** Pure checkout rules: problems of the cart lines, seller parts, delivery option choice, payment methods, request hash. */

export const RESERVATION_MINUTES = 15;
export const COD_DIGITAL_MESSAGE = "Cash on delivery isn't available for digital goods. Pay online to get them right away.";

/** What blocks (or should be seen before) placing an order, from the cart lines as priced now. */
export function lineProblems(lines: readonly CheckoutLine[]): CheckoutProblem[] {
  if (lines.length === 0) return [{ kind: "empty_cart", message: "Your cart is empty.", blocking: true }];
  const problems: CheckoutProblem[] = [];
  for (const line of lines) {
    for (const notice of lineNotices(line)) {
      const kind = notice.kind === "unavailable" ? "unavailable" : notice.kind === "price_up" || notice.kind === "price_down" ? "price_changed" : "out_of_stock";
      problems.push({ kind, message: `${line.title}: ${notice.message}`, blocking: notice.blocking, cartItemId: line.cartItemId, variantId: line.variantId });
    }
  }
  const units = lines.reduce((n, l) => n + l.quantity, 0);
  if (lines.length > MAX_ITEMS_PER_ORDER) {
    problems.push({ kind: "too_many_items", message: `An order can hold at most ${MAX_ITEMS_PER_ORDER} different items. Save some for later.`, blocking: true });
  } else if (units > MAX_UNITS_PER_ORDER) {
    problems.push({ kind: "too_many_items", message: `An order can hold at most ${MAX_UNITS_PER_ORDER} units. Lower some quantities.`, blocking: true });
  }
  return problems;
}

export interface SellerPart {
  sellerId: string;
  sellerName: string;
  sellerState: string;
  sellerPincode: string;
  requiresShipping: boolean;
  lines: CheckoutLine[];
}

/** The lines split per seller, in the order sellers first appear in the cart. */
export function sellerParts(lines: readonly CheckoutLine[]): SellerPart[] {
  const parts = new Map<string, SellerPart>();
  for (const line of lines) {
    let part = parts.get(line.sellerId);
    if (!part) {
      part = { sellerId: line.sellerId, sellerName: line.sellerName, sellerState: line.sellerState, sellerPincode: line.sellerPincode, requiresShipping: false, lines: [] };
      parts.set(line.sellerId, part);
    }
    part.lines.push(line);
    if (line.productType !== "digital") part.requiresShipping = true;
  }
  return [...parts.values()];
}

/** The option in use: the wanted one when it is available, else (nothing wanted) the cheapest available, else null. */
export function pickDeliveryOption(quotes: readonly DeliveryQuote[], wanted: DeliveryOption | undefined): DeliveryQuote | null {
  const available = quotes.filter((q) => q.available);
  if (wanted) return available.find((q) => q.option === wanted) ?? null;
  return [...available].sort((a, b) => a.feePaise - b.feePaise || a.promisedBy.getTime() - b.promisedBy.getTime())[0] ?? null;
}

export function pricingLines(lines: readonly CheckoutLine[]): PricingLine[] {
  return lines.map((l) => ({
    key: l.cartItemId,
    sellerId: l.sellerId,
    categoryPath: l.categoryPath,
    unitPricePaise: l.unitPricePaise,
    quantity: l.quantity,
    gstRateBp: l.gstRateBp,
  }));
}

/** Whether a payment method can be used for these lines (cash on delivery: no digital goods). */
export function paymentMethodProblem(method: PaymentMethod, lines: readonly CheckoutLine[]): string | null {
  if (method === "cod" && lines.some((l) => l.productType === "digital")) return COD_DIGITAL_MESSAGE;
  return null;
}

export function paymentMethodOptions(
  providers: readonly { id: PaymentMethod; label: string; description: string; sandbox: boolean }[],
  lines: readonly CheckoutLine[],
): PaymentMethodOption[] {
  return providers.map((p) => {
    const problem = paymentMethodProblem(p.id, lines);
    return { method: p.id, label: p.label, description: p.description, sandbox: p.sandbox, available: problem === null, unavailableReason: problem };
  });
}

/**
 * A fingerprint of what the customer asked for (not of the cart, which placing the order empties): a
 * retried request with the same key matches it; the key reused for another checkout does not.
 */
export function requestHash(input: PlaceOrderInput): string {
  const canonical = JSON.stringify([
    input.addressId,
    Object.entries(input.deliveryOptions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    input.paymentMethod,
    input.couponCode ? input.couponCode.toUpperCase().replace(/\s+/g, "") : null,
    input.expectedTotalPaise,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** When a pending-payment order's held stock is released. */
export function reservationExpiry(now: Date, minutes = RESERVATION_MINUTES): Date {
  return new Date(now.getTime() + minutes * 60_000);
}
