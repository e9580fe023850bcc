import "server-only";

/**
 * Payments: the PaymentProvider interface with cash on delivery and the offline SANDBOX provider,
 * payments of orders, refunds (requested in a cancellation's transaction, paid by a job after commit).
 */
export type { PaymentProvider, RefundInput, RefundResult, StartPaymentInput, StartPaymentResult } from "./types";
export { paymentProvider, paymentProviders, SANDBOX_PAY_PATH } from "./providers";
export { payRedirect, requestRefund, startPayment, type PaymentOrder, type RefundRequest, type StartedPayment } from "./service";
export { processPendingRefunds, processRefund, REFUNDS_JOB, scheduleRefunds } from "./refund-job";
export { confirmSandboxPayment, confirmSandboxPaymentAs, type SandboxOutcome, type SandboxResult } from "./sandbox";
export { getPaymentForCustomer, type PaymentDto } from "./queries";
