import type { PaymentProvider } from "../types";

/**
 * Cash on delivery: nothing is taken at checkout, the order is placed at once and the payment stays
 * pending until the delivery partner collects the cash (the delivery issue records the collection).
 * Money is only ever refunded once collected, so the service never calls refund on an uncollected one.
 */
export const codProvider: PaymentProvider = {
  id: "cod",
  label: "Cash on delivery",
  description: "Pay in cash or UPI to the delivery partner when your order arrives.",
  sandbox: false,
  paysOnline: false,
  async start() {
    return { providerRef: null, redirectUrl: null };
  },
  async refund(input) {
    // A collected COD amount goes back as a bank transfer by the support team: recorded, with the payment's reference.
    return { status: "succeeded", providerRef: `cod_refund_${input.refundId}` };
  },
};
