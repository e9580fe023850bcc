import { z } from "zod";
import { PRODUCT_STATUSES, SELLER_STATUSES, type ProductStatus, type SellerStatus } from "@/models";

export { PRODUCT_STATUSES, SELLER_STATUSES, type ProductStatus, type SellerStatus };

export const LIST_PAGE_SIZE = 20;

/** Free-text search from the URL: trimmed, at most 100 characters, empty → undefined. */
const searchField = z
  .string()
  .optional()
  .transform((v) => v?.trim().slice(0, 100) || undefined)
  .catch(undefined);
const pageField = z.coerce.number().int().min(1).max(10_000).default(1).catch(1);
const pageSizeField = z.coerce.number().int().min(1).max(100).default(LIST_PAGE_SIZE).catch(LIST_PAGE_SIZE);

/**
 * Filters for a seller's own product table (/seller/products). Values come from the URL, so anything
 * malformed falls back to its default instead of failing the page.
 */
export const SELLER_PRODUCT_SORTS = ["updated", "title", "stock"] as const;
export type SellerProductSort = (typeof SELLER_PRODUCT_SORTS)[number];

/** A product status, or "pending_change": live products with a content change waiting for review. */
export const SELLER_PRODUCT_FILTERS = [...PRODUCT_STATUSES, "pending_change"] as const;
export type SellerProductFilter = (typeof SELLER_PRODUCT_FILTERS)[number];

export const sellerProductListSchema = z.object({
  q: searchField,
  status: z.enum(SELLER_PRODUCT_FILTERS).optional().catch(undefined),
  /** updated: most recently changed first; title: A–Z; stock: fewest sellable units first (restocking). */
  sort: z.enum(SELLER_PRODUCT_SORTS).default("updated").catch("updated"),
  page: pageField,
  pageSize: pageSizeField,
});
export type SellerProductListInput = z.input<typeof sellerProductListSchema>;
export type SellerProductListFilters = z.output<typeof sellerProductListSchema>;

/** Filters for the admin sellers table (/admin/sellers). */
export const adminSellerListSchema = z.object({
  q: searchField,
  status: z.enum(SELLER_STATUSES).optional().catch(undefined),
  page: pageField,
  pageSize: pageSizeField,
});
export type AdminSellerListInput = z.input<typeof adminSellerListSchema>;
export type AdminSellerListFilters = z.output<typeof adminSellerListSchema>;

/** One page of a server-paginated list. */
export interface ListPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}
