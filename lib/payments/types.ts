import type { PaymentMethod } from "@/models";

/**
 * A payment provider behind one interface: cash on delivery and the offline SANDBOX here; card/UPI
 * gateways (Razorpay, Stripe, PayPal) come with the payments issue as further implementations.
 */

export interface StartPaymentInput {
  paymentId: string;
  orderId: string;
  orderNumber: string;
  amountPaise: number;
  currency: string;
}

export interface StartPaymentResult {
  /** The provider's id of this payment, when it has one. */
  providerRef: string | null;
  /** Where the customer completes the payment; null when nothing is paid now (cash on delivery). */
  redirectUrl: string | null;
}

export interface RefundInput {
  refundId: string;
  paymentId: string;
  providerRef: string | null;
  amountPaise: number;
  /** Sent to the provider so a retried refund call is not paid twice. */
  idempotencyKey: string;
}

export type RefundResult = { status: "succeeded"; providerRef: string } | { status: "failed"; reason: string };

export interface PaymentProvider {
  readonly id: PaymentMethod;
  /** Shown to the customer at checkout. */
  readonly label: string;
  readonly description: string;
  /** A test provider: no real money moves. The UI must say so (SANDBOX). */
  readonly sandbox: boolean;
  /** True when the money is taken online before the order is placed; false for cash on delivery. */
  readonly paysOnline: boolean;
  start(input: StartPaymentInput): Promise<StartPaymentResult>;
  refund(input: RefundInput): Promise<RefundResult>;
}
