"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { reorder } from "@/lib/orders/reorder";
import { cancelOrderByCustomer } from "@/lib/orders/service";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";

/**
 * The customer's order actions. Public POST endpoints: the actor comes from the session, the services
 * parse the input again and refuse (404) orders that are not the customer's own.
 */

export async function cancelOrderAction(input: unknown): Promise<ActionResult<{ cancelled: string[]; orderStatus: string }>> {
  try {
    const result = await cancelOrderByCustomer(await getActor(), actionInput(input));
    revalidatePath("/account/orders");
    revalidatePath("/account/orders/[number]", "page");
    return actionOk({ cancelled: result.cancelled, orderStatus: result.orderStatus });
  } catch (err) {
    return actionError(err, "cancel order");
  }
}

export async function reorderAction(input: unknown): Promise<ActionResult<{ added: number; skipped: { title: string; reason: string }[] }>> {
  try {
    const result = await reorder(await getActor(), actionInput(input));
    revalidatePath("/cart");
    return actionOk(result);
  } catch (err) {
    return actionError(err, "reorder");
  }
}
