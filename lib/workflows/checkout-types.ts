import type { CheckoutLine } from "@/lib/cart/types";
import type { OrderQuote } from "@/lib/checkout/pricing-rules";
import type { DeliveryQuote } from "@/lib/shipping/rules";
import type { DeliveryOption, OrderStatus, PaymentMethod } from "@/models";

/** What quoteCheckout returns to the checkout pages and placeOrder returns to its caller (serialisable DTOs). */

export type CheckoutProblemKind =
  | "empty_cart"
  | "unavailable"
  | "out_of_stock"
  | "price_changed"
  | "too_many_items"
  | "address"
  | "not_serviceable"
  | "delivery_option"
  | "coupon"
  | "payment_method";

export interface CheckoutProblem {
  kind: CheckoutProblemKind;
  message: string;
  /** Placing the order is refused while a blocking problem remains. */
  blocking: boolean;
  /** The line (cart item) or seller part it is about, when it is about one. */
  cartItemId?: string;
  variantId?: string;
  sellerId?: string;
}

/** One seller's shipment: its lines, whether it ships, and the delivery options to the chosen address. */
export interface CheckoutShipment {
  sellerId: string;
  sellerName: string;
  /** False when every line of the part is digital: nothing ships, no delivery option. */
  requiresShipping: boolean;
  serviceable: boolean;
  /** Why the address cannot be served (null when serviceable or when no address is chosen yet). */
  message: string | null;
  quotes: DeliveryQuote[];
  /** The option in use: the one asked for when available, else the cheapest available; null when none. */
  selected: DeliveryOption | null;
  cartItemIds: string[];
}

export interface PaymentMethodOption {
  method: PaymentMethod;
  label: string;
  description: string;
  /** SANDBOX: a test provider, the UI labels it so. */
  sandbox: boolean;
  available: boolean;
  unavailableReason: string | null;
}

export interface CheckoutQuote {
  lines: CheckoutLine[];
  /** Null when the cart is empty or no address is chosen (totals need the buyer's state). */
  quote: OrderQuote | null;
  shipments: CheckoutShipment[];
  paymentMethods: PaymentMethodOption[];
  problems: CheckoutProblem[];
  /** No blocking problem: placeOrder with `quote.totalPaise` as expectedTotalPaise should succeed. */
  canPlace: boolean;
  addressId: string | null;
}

export interface PlaceOrderResult {
  orderId: string;
  number: string;
  status: OrderStatus;
  /** Sandbox: where the customer pays (the SANDBOX page); absent for cash on delivery. */
  paymentRedirectUrl?: string;
  /** True when this answers a repeated request (same idempotency key): the order was placed earlier. */
  replayed: boolean;
}
