import "server-only";
import { cache } from "react";
import { cached } from "@/lib/platform/cache/tagged";
import { listCategoryAttributes, type CategoryAttributeDef } from "./attributes";
import { catalogTags } from "./cache-tags";
import type { FacetAttributeDef } from "./facets-types";
import { loadProductPage, productIdForSlug, type ProductPageDto } from "./product-page-queries";
import { listProductStrip } from "./queries";
import type { ProductCardDto } from "./types";

/**
 * The storefront's catalogue reads behind the shared tag-invalidated cache (Redis, or in-process when
 * embedded): a write anywhere invalidates the tags it touched through `invalidateCatalog`, and the
 * short TTLs only bound how long a missed invalidation could last. Nothing per visitor (session,
 * compare list, PIN code) is ever part of these values.
 */

export const CACHE_TTL = {
  product: 300,
  listing: 120,
  taxonomy: 600,
} as const;

/** The attributes of a category (its own and its ancestors'), changed only by taxonomy writes. */
export const getCategoryAttributes = cache(
  (categoryId: string): Promise<CategoryAttributeDef[]> =>
    cached(`attributes:${categoryId}`, () => listCategoryAttributes(categoryId), { tags: [catalogTags.taxonomy], ttlSeconds: CACHE_TTL.taxonomy }),
);

/** The attributes a category can be filtered by: select, number and yes/no ones marked filterable. */
export function facetAttributes(defs: readonly CategoryAttributeDef[]): FacetAttributeDef[] {
  return defs.flatMap((d) =>
    d.filterable && d.type !== "text" ? [{ key: d.key, label: d.label, type: d.type, unit: d.unit, options: d.options }] : [],
  );
}

/**
 * Everything the product page shows of a product on sale; null when it is not on sale. Tagged with the
 * product (its content, price, stock, deals) and the taxonomy (category names and attributes, brands),
 * not its category: other products' changes there do not touch this page.
 */
export const getProductPage = cache(async (slug: string): Promise<ProductPageDto | null> => {
  const id = await productIdForSlug(slug);
  if (!id) return null;
  const tags = [catalogTags.product(id), catalogTags.taxonomy];
  return cached(`product-page:${id}`, () => loadProductPage(id), { tags, ttlSeconds: CACHE_TTL.product });
});

/** "More from <category>" on a product page: a listing, so any catalogue write refreshes it. */
export async function getRelatedProducts(product: Pick<ProductPageDto, "id" | "category">, limit = 12): Promise<ProductCardDto[]> {
  return cached(
    `related:${product.id}:${limit}`,
    () => listProductStrip({ categoryPath: product.category.path, sort: "popular", limit, excludeProductId: product.id }),
    { tags: [catalogTags.category(product.category.id), catalogTags.listings], ttlSeconds: CACHE_TTL.listing },
  );
}
