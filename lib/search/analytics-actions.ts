"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/policies";
import { actionError } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import { flushSearchLog } from "./analytics-service";
import { rollupPopularQueries, type RollupResult } from "./popular-queries";

/** Admin "refresh suggestions now": writes the buffered search log, then runs the popular-query rollup at once. */
export async function refreshPopularQueriesAction(): Promise<ActionResult<RollupResult>> {
  try {
    await authorize("search:manage");
    await flushSearchLog();
    const result = await rollupPopularQueries();
    revalidatePath("/admin/search");
    return actionOk(result);
  } catch (err) {
    return actionError(err, "refresh popular searches");
  }
}
