import { randomBytes } from "node:crypto";
import type { PaymentProvider } from "../types";

/**
 * SANDBOX: an offline test gateway so the whole checkout runs without a real provider. The customer is
 * sent to /checkout/pay/<paymentId>, a page clearly labelled SANDBOX with Approve and Decline buttons
 * (confirmSandboxPayment). No money moves; refunds always succeed.
 */
export const SANDBOX_PAY_PATH = "/checkout/pay";

export const sandboxProvider: PaymentProvider = {
  id: "sandbox",
  label: "Sandbox payment (test)",
  description: "SANDBOX — a test payment page where you approve or decline. No real money moves.",
  sandbox: true,
  paysOnline: true,
  async start(input) {
    return { providerRef: `sandbox_pay_${randomBytes(8).toString("hex")}`, redirectUrl: `${SANDBOX_PAY_PATH}/${input.paymentId}` };
  },
  async refund() {
    return { status: "succeeded", providerRef: `sandbox_rfnd_${randomBytes(8).toString("hex")}` };
  },
};
