"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { forceCancel } from "@/lib/orders/service";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";

/**
 * An admin cancels a whole order (every part not yet shipped) or one part, with a reason. The service
 * checks "order:force-cancel", releases stock and requests refunds.
 */
export async function forceCancelAction(input: unknown): Promise<ActionResult<{ cancelled: string[] }>> {
  try {
    const result = await forceCancel(await getActor(), actionInput(input));
    revalidatePath("/admin/orders");
    revalidatePath("/seller/orders");
    return actionOk({ cancelled: result.cancelled });
  } catch (err) {
    return actionError(err, "force-cancel order");
  }
}
