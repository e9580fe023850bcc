"use server";

import { revalidatePath } from "next/cache";
import { assertCan } from "@/lib/auth/policies";
import { getActor } from "@/lib/auth/session";
import { actionError, actionInput } from "@/lib/platform/action-helpers";
import { actionOk, type ActionResult } from "@/lib/platform/errors";
import { createAttribute, deleteAttribute, updateAttribute } from "./taxonomy-attribute-service";
import { createBrand, deleteBrand, mergeBrands, renameBrand } from "./taxonomy-brand-service";
import { setCategoryGstRate } from "./taxonomy-gst-service";
import { searchBrands, type BrandChoice } from "./taxonomy-queries";
import { brandIdSchema } from "./taxonomy-schemas";
import { createCategory, deleteCategory, moveCategory, renameCategory, reorderCategory, type CategoryRef } from "./taxonomy-service";

/**
 * Admin taxonomy actions: thin wrappers that take the actor from the session, let the service parse,
 * authorize ("taxonomy:manage") and write, then refresh the admin catalogue pages. The services
 * invalidate the storefront's cached catalogue data themselves.
 */

async function run<T>(what: string, write: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await write();
    revalidatePath("/admin/catalogue", "layout");
    return actionOk(data);
  } catch (err) {
    return actionError(err, what);
  }
}

export async function createCategoryAction(input: unknown): Promise<ActionResult<CategoryRef>> {
  return run("create category", async () => createCategory(await getActor(), actionInput(input)));
}

export async function renameCategoryAction(input: unknown): Promise<ActionResult<CategoryRef>> {
  return run("rename category", async () => renameCategory(await getActor(), actionInput(input)));
}

export async function moveCategoryAction(input: unknown): Promise<ActionResult<CategoryRef>> {
  return run("move category", async () => moveCategory(await getActor(), actionInput(input)));
}

export async function reorderCategoryAction(input: unknown): Promise<ActionResult<CategoryRef>> {
  return run("reorder category", async () => reorderCategory(await getActor(), actionInput(input)));
}

export async function deleteCategoryAction(categoryId: unknown): Promise<ActionResult<CategoryRef>> {
  return run("delete category", async () => deleteCategory(await getActor(), categoryId));
}

export async function setCategoryGstRateAction(input: unknown): Promise<ActionResult<{ id: string; name: string; gstRateBp: number | null }>> {
  return run("set GST rate", async () => setCategoryGstRate(await getActor(), actionInput(input)));
}

export async function createAttributeAction(input: unknown): Promise<ActionResult<{ id: string; key: string }>> {
  return run("create attribute", async () => {
    const attribute = await createAttribute(await getActor(), actionInput(input));
    return { id: attribute.id, key: attribute.key };
  });
}

/** Values are shown as text ("true", "12") in the report of values the change no longer allows. */
export async function updateAttributeAction(input: unknown): Promise<ActionResult<{ noLongerAllowed: { value: string; products: number }[] }>> {
  return run("update attribute", async () => {
    const change = await updateAttribute(await getActor(), actionInput(input));
    return { noLongerAllowed: change.noLongerAllowed.map((u) => ({ value: String(u.value), products: u.products })) };
  });
}

export async function deleteAttributeAction(attributeId: unknown): Promise<ActionResult<{ productsWithValue: number }>> {
  return run("delete attribute", async () => {
    const { productsWithValue } = await deleteAttribute(await getActor(), attributeId);
    return { productsWithValue };
  });
}

export async function createBrandAction(input: unknown): Promise<ActionResult<{ id: string; name: string }>> {
  return run("create brand", async () => {
    const brand = await createBrand(await getActor(), actionInput(input));
    return { id: brand.id, name: brand.name };
  });
}

export async function renameBrandAction(input: unknown): Promise<ActionResult<{ id: string; name: string; slug: string }>> {
  return run("rename brand", async () => {
    const brand = await renameBrand(await getActor(), actionInput(input));
    return { id: brand.id, name: brand.name, slug: brand.slug };
  });
}

export async function mergeBrandsAction(input: unknown): Promise<ActionResult<{ movedProducts: number; targetName: string }>> {
  return run("merge brands", async () => {
    const result = await mergeBrands(await getActor(), actionInput(input));
    return { movedProducts: result.movedProducts, targetName: result.target.name };
  });
}

/** Brands matching `q` for the merge dialog's picker (admins only). */
export async function searchBrandsAction(q: unknown, excludeId: unknown): Promise<ActionResult<BrandChoice[]>> {
  try {
    assertCan(await getActor(), "taxonomy:manage");
    const exclude = brandIdSchema.safeParse(excludeId);
    return actionOk(await searchBrands(typeof q === "string" ? q : "", { excludeId: exclude.success ? exclude.data : undefined }));
  } catch (err) {
    return actionError(err, "search brands");
  }
}

export async function deleteBrandAction(brandId: unknown): Promise<ActionResult<{ name: string }>> {
  return run("delete brand", async () => {
    const brand = await deleteBrand(await getActor(), brandId);
    return { name: brand.name };
  });
}
