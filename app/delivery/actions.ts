"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { transitionSubOrder } from "@/lib/orders/service";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, fieldErrorsFromIssues, ValidationError, type ActionResult } from "@/lib/platform/errors";

/** Only the delivery steps go through this endpoint, whatever else the caller sends. */
const deliverySchema = z.object({ subOrderId: z.string(), to: z.enum(["out_for_delivery", "delivered"]) });

/**
 * A delivery partner marks a shipped part out for delivery, or delivered. lib/orders/service checks
 * "suborder:deliver" and that the part is in a status this move starts from.
 */
export async function deliveryStepAction(input: unknown): Promise<ActionResult<{ number: string; status: string }>> {
  try {
    const parsed = deliverySchema.safeParse(actionInput(input));
    if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues), "Choose out for delivery or delivered.");
    const result = await transitionSubOrder(await getActor(), parsed.data);
    revalidatePath("/delivery");
    return actionOk({ number: result.number, status: result.status });
  } catch (err) {
    return actionError(err, "delivery step");
  }
}
