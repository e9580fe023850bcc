import "server-only";

/** Cross-domain writes. Checkout: quote and place orders; the unpaid-order expiry job; what runs once an order is paid. */
export { placeOrder, quoteCheckout, type CheckoutOptions } from "./checkout";
export type { CheckoutProblem, CheckoutProblemKind, CheckoutQuote, CheckoutShipment, PaymentMethodOption, PlaceOrderResult } from "./checkout-types";
export { placeOrderSchema, quoteCheckoutSchema, type PlaceOrderInput, type QuoteCheckoutInput } from "./checkout-schemas";
export { CHECKOUT_EXPIRY_JOB, releaseExpiredOrders, scheduleExpiredReleases } from "./checkout-expiry";
export { onOrderPaid, registerOrderPaidHook, type OrderPaidHook } from "./order-paid-hooks";
export { cancelUnpaidOrder, markOrderPaid } from "./order-payment";
export { RESERVATION_MINUTES } from "./checkout-rules";
