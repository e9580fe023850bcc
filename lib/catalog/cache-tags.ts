/**
 * Cache tags of catalogue data. Every write that changes what shoppers see invalidates the tags it
 * touches (through `invalidateCatalog`), so cached pages data is fresh on the next request. Such a write
 * also publishes catalogue events in its transaction (lib/platform/events); invalidateCatalog, called
 * after the commit, has them delivered (search index) soon.
 */
import { invalidateTags } from "@/lib/platform/cache/tagged";
import { notifyOutbox } from "@/lib/platform/events";
import { revalidateCatalogPages } from "./page-revalidation";

export const catalogTags = {
  /** Everything about one product: content, variants, price, stock, images, deals. */
  product: (productId: string) => `product:${productId}`,
  /** Listings of a category (and its ancestors' listings, which include it). */
  category: (categoryId: string) => `category:${categoryId}`,
  /** The category tree, attributes and brands. */
  taxonomy: "taxonomy",
  /** Cross-cutting listings: home rows, deals page, sitemap. */
  listings: "listings",
} as const;

export interface CatalogChange {
  productIds?: readonly string[];
  categoryIds?: readonly string[];
  taxonomy?: boolean;
}

export async function invalidateCatalog({ productIds = [], categoryIds = [], taxonomy = false }: CatalogChange): Promise<void> {
  notifyOutbox();
  await invalidateTags([
    ...productIds.map(catalogTags.product),
    ...categoryIds.map(catalogTags.category),
    ...(taxonomy ? [catalogTags.taxonomy] : []),
    catalogTags.listings,
  ]);
  await revalidateCatalogPages({ productIds, taxonomy });
}
