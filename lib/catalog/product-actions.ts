"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import type { ProductEditorInput } from "./product-schemas";
import {
  archiveProduct,
  createProduct,
  restoreProduct,
  reviewProducts,
  submitForReview,
  updateProduct,
  withdrawChange,
  type ReviewOutcome,
  type SaveProductResult,
} from "./product-service";

/**
 * Product workflow actions. Public POST endpoints: the actor always comes from the session and the
 * service parses the input again with the editor's schema and checks the policy ("product:create",
 * "product:manage" on the product's seller, "products:review" for admins). Refusals come back as
 * ActionResult codes ("forbidden" is the 403), field errors keyed like the form ("variants.2.sku").
 */

function revalidateProductPages(): void {
  revalidatePath("/seller/products", "layout");
  revalidatePath("/admin/catalogue", "layout");
}

export async function saveProductAction(productId: string | null, input: ProductEditorInput): Promise<ActionResult<SaveProductResult>> {
  try {
    const actor = await getActor();
    const data: SaveProductResult =
      productId === null ? { ...(await createProduct(actor, actionInput(input))), review: "none" } : await updateProduct(actor, productId, actionInput(input));
    revalidateProductPages();
    return actionOk(data);
  } catch (err) {
    return actionError(err, "save product");
  }
}

/** Runs a status change and reports it (no data on success). */
async function statusAction(what: string, run: () => Promise<void>): Promise<ActionResult> {
  try {
    await run();
    revalidateProductPages();
    return actionOk();
  } catch (err) {
    return actionError(err, what);
  }
}

export async function submitProductAction(productId: string): Promise<ActionResult> {
  return statusAction("submit product", async () => submitForReview(await getActor(), productId));
}

export async function withdrawChangeAction(productId: string): Promise<ActionResult> {
  return statusAction("withdraw product change", async () => withdrawChange(await getActor(), productId));
}

export async function archiveProductAction(productId: string): Promise<ActionResult> {
  return statusAction("archive product", async () => archiveProduct(await getActor(), productId));
}

export async function restoreProductAction(productId: string): Promise<ActionResult> {
  return statusAction("restore product", async () => restoreProduct(await getActor(), productId));
}

export async function reviewProductsAction(decision: unknown): Promise<ActionResult<ReviewOutcome>> {
  try {
    const outcome = await reviewProducts(await getActor(), actionInput(decision));
    revalidateProductPages();
    return actionOk(outcome);
  } catch (err) {
    return actionError(err, "review products");
  }
}
