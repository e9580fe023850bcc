import type { PaymentMethod } from "@/models";
import type { PaymentProvider } from "../types";
import { codProvider } from "./cod";
import { sandboxProvider } from "./sandbox";

const PROVIDERS: Record<PaymentMethod, PaymentProvider> = { cod: codProvider, sandbox: sandboxProvider };

export function paymentProvider(method: PaymentMethod): PaymentProvider {
  return PROVIDERS[method];
}

/** Every provider, in the order checkout offers them. */
export function paymentProviders(): PaymentProvider[] {
  return [codProvider, sandboxProvider];
}

export { SANDBOX_PAY_PATH } from "./sandbox";
