"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import { createSynonym, deleteSynonym, updateSynonym } from "./synonym-service";

/**
 * Admin synonym actions (FormData or an object: terms = comma-separated phrases, oneWay = "on" or
 * absent, id for update/delete). The service authorizes ("search:manage"), writes and invalidates
 * search caches; here we only refresh the admin search pages.
 */

async function run<T>(what: string, write: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await write();
    revalidatePath("/admin/search", "layout");
    return actionOk(data);
  } catch (err) {
    return actionError(err, what);
  }
}

export async function createSynonymAction(input: unknown): Promise<ActionResult<{ id: string; terms: string[] }>> {
  return run("create synonym", async () => {
    const row = await createSynonym(await getActor(), actionInput(input));
    return { id: row.id, terms: row.terms };
  });
}

export async function updateSynonymAction(input: unknown): Promise<ActionResult<{ id: string; terms: string[] }>> {
  return run("update synonym", async () => {
    const row = await updateSynonym(await getActor(), actionInput(input));
    return { id: row.id, terms: row.terms };
  });
}

export async function deleteSynonymAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return run("delete synonym", async () => deleteSynonym(await getActor(), actionInput(input)));
}
