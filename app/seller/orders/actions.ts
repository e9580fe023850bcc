"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { transitionSubOrder } from "@/lib/orders/service";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, fieldErrorsFromIssues, isAppError, ValidationError, type ActionResult } from "@/lib/platform/errors";
import { handOverProblems } from "@/components/orders/seller-action-rules";

/**
 * The seller's fulfilment steps on one part (accept, reject with a reason, pack, ready to ship, hand
 * over with carrier and tracking number). A public POST endpoint: the actor comes from the session and
 * lib/orders/service checks that the part is theirs and that the move is allowed from its status now.
 */
export async function transitionPartAction(input: unknown): Promise<ActionResult<{ number: string; status: string }>> {
  try {
    const values = actionInput(input);
    const problems = handOverProblems(values);
    if (problems) throw new ValidationError(problems);
    const result = await transitionSubOrder(await getActor(), values);
    revalidatePath("/seller/orders");
    revalidatePath("/seller");
    return actionOk({ number: result.number, status: result.status });
  } catch (err) {
    return actionError(err, "order part transition");
  }
}

const bulkSchema = z.object({ subOrderIds: z.array(z.string()).min(1, { error: "Choose at least one order" }).max(50, { error: "Accept at most 50 orders at a time" }) });

/**
 * Accepts several new parts in one go (the "Accept all" of the new-orders queue). Each part goes
 * through the same checks as a single accept; the ones that fail (taken by a customer cancel in the
 * meantime, not this seller's) are reported by number and the rest are accepted.
 */
export async function acceptPartsAction(input: unknown): Promise<ActionResult<{ accepted: string[]; failed: { id: string; message: string }[] }>> {
  try {
    const parsed = bulkSchema.safeParse(actionInput(input));
    if (!parsed.success) throw new ValidationError(fieldErrorsFromIssues(parsed.error.issues));
    const actor = await getActor();
    const accepted: string[] = [];
    const failed: { id: string; message: string }[] = [];
    for (const subOrderId of new Set(parsed.data.subOrderIds)) {
      try {
        accepted.push((await transitionSubOrder(actor, { subOrderId, to: "accepted" })).number);
      } catch (err) {
        if (!isAppError(err)) throw err;
        failed.push({ id: subOrderId, message: err.message });
      }
    }
    revalidatePath("/seller/orders");
    revalidatePath("/seller");
    return actionOk({ accepted, failed });
  } catch (err) {
    return actionError(err, "bulk accept");
  }
}
