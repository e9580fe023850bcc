"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import { confirmSandboxPaymentAs, type SandboxResult } from "@/lib/payments";
import { placeOrder, quoteCheckout } from "@/lib/workflows/checkout";
import type { CheckoutQuote, PlaceOrderResult } from "@/lib/workflows/checkout-types";

/**
 * Checkout actions: public POST endpoints. The customer is always the session's; the workflow parses
 * the input with its schemas, checks "checkout:place" and does the work.
 */

export async function quoteCheckoutAction(input: unknown): Promise<ActionResult<CheckoutQuote>> {
  try {
    return actionOk(await quoteCheckout(await getActor(), actionInput(input)));
  } catch (err) {
    return actionError(err, "quote checkout");
  }
}

export async function placeOrderAction(input: unknown): Promise<ActionResult<PlaceOrderResult>> {
  try {
    const result = await placeOrder(await getActor(), actionInput(input));
    revalidatePath("/cart");
    revalidatePath("/account/orders");
    return actionOk(result);
  } catch (err) {
    return actionError(err, "place order");
  }
}

/** The SANDBOX payment page's Approve / Decline ({ paymentId, outcome }); only for the payment's own customer. */
export async function confirmSandboxPaymentAction(input: unknown): Promise<ActionResult<SandboxResult>> {
  try {
    const result = await confirmSandboxPaymentAs(await getActor(), actionInput(input));
    revalidatePath("/cart");
    revalidatePath("/account/orders");
    return actionOk(result);
  } catch (err) {
    return actionError(err, "confirm sandbox payment");
  }
}
