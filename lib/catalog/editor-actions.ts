"use server";

import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/auth/policies";
import { actionError } from "@/lib/platform/action-helpers";
import { actionOk, ValidationError, type ActionResult } from "@/lib/platform/errors";
import { listCategoryAttributes } from "./attributes";
import { searchSellerVariants, type AttributeField, type SellerVariantOption } from "./editor-queries";

/**
 * Reads the seller's product editor makes as the seller types: the attributes of the chosen
 * category, and the seller's own variants to put in a bundle. Public POST endpoints: the actor comes
 * from the session and must be a seller with a store.
 */

export async function categoryAttributesAction(categoryId: unknown): Promise<ActionResult<AttributeField[]>> {
  try {
    assertCan(await getActor(), "product:create");
    const id = z.uuid().safeParse(categoryId);
    if (!id.success) throw new ValidationError({ categoryId: ["Choose a category"] });
    const defs = await listCategoryAttributes(id.data);
    return actionOk(defs.map((d) => ({ key: d.key, label: d.label, type: d.type, unit: d.unit, options: d.options, required: d.required })));
  } catch (err) {
    return actionError(err, "load category attributes");
  }
}

export async function searchSellerVariantsAction(q: unknown): Promise<ActionResult<SellerVariantOption[]>> {
  try {
    return actionOk(await searchSellerVariants(await getActor(), typeof q === "string" ? q : ""));
  } catch (err) {
    return actionError(err, "search variants");
  }
}
