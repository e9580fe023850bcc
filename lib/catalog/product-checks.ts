import "server-only";
import { eq } from "drizzle-orm";
import { isSellerDigitalKey, isSellerImageKey } from "@/lib/media/keys";
import type { Executor } from "@/lib/platform/db";
import type { FieldErrors } from "@/lib/platform/errors";
import { getStorage } from "@/lib/platform/storage";
import { brands, categories, type AttributeValues, type ProductType } from "@/models";
import { parseAttributeValues } from "./attribute-rules";
import { listCategoryAttributes } from "./attributes";
import { checkBundleItems } from "./bundle-service";
import type { ProductEditorValues } from "./product-schemas";

/**
 * The checks of a save that need the database or storage (everything else is in the editor schema):
 * category, brand and attribute values; images and the digital file the seller really uploaded;
 * bundle components; what a digital product sells. Returns field errors keyed like the form's fields.
 */

export interface EditorContext {
  sellerId: string;
  /** The product's current type (null when creating). */
  currentType: ProductType | null;
  /** Images the product already uses (live or in its pending change): allowed even if the seller did not upload them (seeded, imported). */
  knownImageKeys: ReadonlySet<string>;
  knownDigitalKey: string | null;
  existingLicenceKeys: number;
}

export const DIGITAL_NEEDS_CONTENT = "Upload a file or add licence keys for a digital product";
export const KEYS_NEED_ONE_VARIANT = "A product sold with licence keys has a single variant: remove its options, or make one product per edition";

async function checkImages(sellerId: string, images: ProductEditorValues["images"], known: ReadonlySet<string>): Promise<string | null> {
  const keys = images.map((i) => i.storageKey);
  if (new Set(keys).size !== keys.length) return "The same image is added twice";
  const storage = getStorage();
  for (const key of keys) {
    if (known.has(key)) continue;
    if (!isSellerImageKey(sellerId, key)) return "An image was not uploaded for this store: remove it and upload it again";
    if (!(await storage.exists(key))) return "An image could not be found: upload it again";
  }
  return null;
}

async function checkDigitalFile(sellerId: string, file: ProductEditorValues["digitalFile"], known: string | null): Promise<string | null> {
  if (!file || file.storageKey === known) return null;
  if (!isSellerDigitalKey(sellerId, file.storageKey)) return "The file was not uploaded for this store: upload it again";
  if (!(await getStorage().exists(file.storageKey))) return "The file could not be found: upload it again";
  return null;
}

export async function checkEditor(ex: Executor, values: ProductEditorValues, ctx: EditorContext): Promise<{ errors: FieldErrors; attributes: AttributeValues }> {
  const errors: FieldErrors = {};
  const add = (key: string, message: string | null) => {
    if (message) (errors[key] ??= []).push(message);
  };
  if (ctx.currentType && ctx.currentType !== values.type) add("type", "The product type cannot change once the product exists");

  let attributes: AttributeValues = {};
  const [category] = await ex.select({ id: categories.id }).from(categories).where(eq(categories.id, values.categoryId));
  if (!category) add("categoryId", "Choose a category from the list");
  else {
    const parsed = parseAttributeValues(await listCategoryAttributes(values.categoryId, ex), values.attributes);
    if ("errors" in parsed) for (const [key, message] of Object.entries(parsed.errors)) add(`attributes.${key}`, message);
    else attributes = parsed.values;
  }
  if (values.brandId) {
    const [brand] = await ex.select({ id: brands.id }).from(brands).where(eq(brands.id, values.brandId));
    if (!brand) add("brandId", "Choose a brand from the list");
  }

  add("images", await checkImages(ctx.sellerId, values.images, ctx.knownImageKeys));
  add("digitalFile", await checkDigitalFile(ctx.sellerId, values.digitalFile, ctx.knownDigitalKey));
  if (values.type === "digital") {
    const keys = ctx.existingLicenceKeys + values.licenceKeys.length;
    if (!values.digitalFile && keys === 0) add("digitalFile", DIGITAL_NEEDS_CONTENT);
    if (keys > 0 && values.variants.length > 1) add("options", KEYS_NEED_ONE_VARIANT);
  }
  Object.assign(errors, await checkBundleItems(ex, ctx.sellerId, values.bundleItems));
  return { errors, attributes };
}
