import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadCheckoutLines, type CheckoutLine } from "@/lib/cart";
import { priceOrder, type OrderQuote, type PricingCoupon, type PricingShipment } from "@/lib/checkout/pricing-rules";
import { getAddress, type AddressDto } from "@/lib/identity/address-queries";
import { paymentProviders } from "@/lib/payments/providers";
import type { Executor } from "@/lib/platform/db";
import { couponForCheckout } from "@/lib/promotions";
import { quoteDelivery } from "@/lib/shipping/serviceability";
import type { DeliveryQuote } from "@/lib/shipping/rules";
import type { DeliveryOption, PaymentMethod } from "@/models";
import { lineProblems, paymentMethodOptions, paymentMethodProblem, pickDeliveryOption, pricingLines, sellerParts, type SellerPart } from "./checkout-rules";
import type { CheckoutProblem, CheckoutQuote, CheckoutShipment } from "./checkout-types";

/**
 * Everything checkout needs before it writes: the cart lines priced now, the address, each seller's
 * delivery quotes and chosen option, the coupon and the order's totals — with every problem found.
 * quoteCheckout shows it; placeOrder refuses while a blocking problem remains.
 */

export interface PreparedPart extends SellerPart {
  delivery: DeliveryQuote | null;
}

export interface PreparedCheckout {
  view: CheckoutQuote;
  parts: PreparedPart[];
  address: AddressDto | null;
  coupon: PricingCoupon | null;
}

export interface PrepareInput {
  addressId?: string;
  deliveryOptions: Record<string, DeliveryOption>;
  paymentMethod?: PaymentMethod;
  couponCode?: string;
}

export async function prepareCheckout(actor: Actor, input: PrepareInput, db: Executor, now: Date = new Date()): Promise<PreparedCheckout> {
  const lines = await loadCheckoutLines(actor.id, db);
  const problems = lineProblems(lines);
  const address = input.addressId ? await getAddress(actor, input.addressId, db) : null;
  if (input.addressId && !address) problems.push({ kind: "address", message: "That address is no longer in your address book. Choose another.", blocking: true });
  if (!input.addressId) problems.push({ kind: "address", message: "Choose a delivery address.", blocking: true });

  const parts = await Promise.all(sellerParts(lines).map((part) => deliveryFor(part, address, input.deliveryOptions[part.sellerId], now)));
  for (const { problem } of parts) if (problem) problems.push(problem);

  if (input.paymentMethod) {
    const problem = paymentMethodProblem(input.paymentMethod, lines);
    if (problem) problems.push({ kind: "payment_method", message: problem, blocking: true });
  }

  const coupon = input.couponCode ? await loadCoupon(db, input.couponCode, actor.id, now, problems) : null;
  const quote = address && lines.length > 0 ? priceFor(lines, parts.map((p) => p.part), address.state, coupon) : null;
  if (quote?.couponError) problems.push({ kind: "coupon", message: quote.couponError, blocking: true });

  const view: CheckoutQuote = {
    lines,
    quote,
    shipments: parts.map(({ part, shipment }) => shipment ?? digitalShipment(part)),
    paymentMethods: paymentMethodOptions(paymentProviders(), lines),
    problems,
    canPlace: quote !== null && !problems.some((p) => p.blocking),
    addressId: address?.id ?? null,
  };
  return { view, parts: parts.map((p) => p.part), address, coupon: quote?.coupon ? coupon : null };
}

async function deliveryFor(
  part: SellerPart,
  address: AddressDto | null,
  wanted: DeliveryOption | undefined,
  now: Date,
): Promise<{ part: PreparedPart; shipment: CheckoutShipment | null; problem: CheckoutProblem | null }> {
  if (!part.requiresShipping || !address) return { part: { ...part, delivery: null }, shipment: null, problem: null };
  const base = { sellerId: part.sellerId, sellerName: part.sellerName, requiresShipping: true, cartItemIds: part.lines.map((l) => l.cartItemId) };
  const result = await quoteDelivery({ buyerPincode: address.pincode, sellerPincode: part.sellerPincode, now });
  if (!result.serviceable) {
    const problem: CheckoutProblem = { kind: "not_serviceable", message: `${part.sellerName}: ${result.message}`, blocking: true, sellerId: part.sellerId };
    return { part: { ...part, delivery: null }, shipment: { ...base, serviceable: false, message: result.message, quotes: [], selected: null }, problem };
  }
  const delivery = pickDeliveryOption(result.quotes, wanted);
  const problem: CheckoutProblem | null = delivery
    ? null
    : {
        kind: "delivery_option",
        message: wanted
          ? `${part.sellerName}: ${result.quotes.find((q) => q.option === wanted)?.unavailableReason ?? "that delivery option isn't available"}. Choose another.`
          : `${part.sellerName}: no delivery option is available to this address.`,
        blocking: true,
        sellerId: part.sellerId,
      };
  return { part: { ...part, delivery }, shipment: { ...base, serviceable: true, message: null, quotes: result.quotes, selected: delivery?.option ?? null }, problem };
}

function digitalShipment(part: SellerPart): CheckoutShipment {
  return {
    sellerId: part.sellerId,
    sellerName: part.sellerName,
    requiresShipping: part.requiresShipping,
    serviceable: true,
    message: null,
    quotes: [],
    selected: null,
    cartItemIds: part.lines.map((l) => l.cartItemId),
  };
}

async function loadCoupon(db: Executor, code: string, userId: string, now: Date, problems: CheckoutProblem[]): Promise<PricingCoupon | null> {
  const found = await couponForCheckout(code, userId, { now, executor: db });
  if (found.error !== null) problems.push({ kind: "coupon", message: found.error, blocking: true });
  return found.coupon;
}

/** Totals of the lines; a part whose shipment has no option yet is priced as if shipping were free (its problem blocks placing). */
function priceFor(lines: CheckoutLine[], parts: PreparedPart[], buyerState: string, coupon: PricingCoupon | null): OrderQuote {
  const shipments: PricingShipment[] = parts.map((part) => ({
    sellerId: part.sellerId,
    sellerState: part.sellerState,
    option: part.delivery?.option ?? "standard",
    feePaise: part.delivery?.feePaise ?? 0,
    freeAbovePaise: part.delivery?.freeAbovePaise ?? null,
  }));
  return priceOrder({ lines: pricingLines(lines), shipments, buyerState, coupon });
}
