"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import { cancelDeal, createDeal } from "./deals-service";

/**
 * Seller deal actions. Public POST endpoints: the actor always comes from the session; the service
 * parses the input with the form's schema and checks "deal:manage" on the variant's seller.
 */

function revalidateDeals() {
  revalidatePath("/seller/deals");
  revalidatePath("/deals");
  revalidatePath("/(storefront)/p/[slug]", "page");
}

export async function createDealAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const deal = await createDeal(await getActor(), actionInput(input));
    revalidateDeals();
    return actionOk({ id: deal.id });
  } catch (err) {
    return actionError(err, "create deal");
  }
}

export async function cancelDealAction(dealId: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const deal = await cancelDeal(await getActor(), dealId);
    revalidateDeals();
    return actionOk({ id: deal.id });
  } catch (err) {
    return actionError(err, "cancel deal");
  }
}
