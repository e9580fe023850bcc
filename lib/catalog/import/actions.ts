"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import { startImport } from "./service";

/** Starts an import from the mapping step. A public POST endpoint: the seller comes from the session, the input is parsed again. */
export async function startImportAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const started = await startImport(await getActor(), actionInput(input));
    revalidatePath("/seller/products/import");
    return actionOk(started);
  } catch (err) {
    return actionError(err, "start import");
  }
}
