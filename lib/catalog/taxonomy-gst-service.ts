import "server-only";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb } from "@/lib/platform/db";
import { NotFoundError } from "@/lib/platform/errors";
import { categories } from "@/models";
import { invalidateTags } from "@/lib/platform/cache/tagged";
import { catalogTags } from "./cache-tags";
import { categoryGstSchema } from "./taxonomy-gst";
import { CATEGORY_NOT_FOUND, inSubtree, parseInput } from "./taxonomy-service";

/**
 * Sets (or clears, to inherit) a category's GST rate: admin-only ("taxonomy:manage"). Prices are
 * GST-inclusive, so shoppers' prices do not move; carts and checkout read the new rate for every line
 * in the category's subtree (those without a rate of their own) from then on. Orders already placed
 * keep the rate they were taxed at. No category.changed event: search documents carry no tax.
 */
export async function setCategoryGstRate(actor: Actor | null, input: unknown): Promise<{ id: string; name: string; gstRateBp: number | null }> {
  assertCan(actor, "taxonomy:manage");
  const values = parseInput(categoryGstSchema, input);
  const db = await getDb();
  const { category, subtree } = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(categories)
      .set({ gstRateBp: values.gstRateBp })
      .where(eq(categories.id, values.categoryId))
      .returning({ id: categories.id, name: categories.name, path: categories.path, gstRateBp: categories.gstRateBp });
    if (!row) throw new NotFoundError(CATEGORY_NOT_FOUND);
    const below = await tx.select({ id: categories.id }).from(categories).where(inSubtree(row.path));
    return { category: row, subtree: below.map((c) => c.id) };
  });
  // Cached taxonomy reads carry the rate; pages show GST-inclusive prices only, so none is re-rendered.
  await invalidateTags([catalogTags.taxonomy, ...subtree.map(catalogTags.category)]);
  return { id: category.id, name: category.name, gstRateBp: category.gstRateBp };
}
