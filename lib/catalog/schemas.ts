/**
 * Zod schemas for storefront inputs: listing/search query params (which fall back to defaults
 * instead of failing — a bad ?page never breaks a page) and the delivery PIN code.
 */
import { z } from "zod";
import { LISTING_SORTS, SEARCH_SORTS } from "./rules";

type RawParams = Record<string, string | string[] | undefined>;

/** Repeated query params (?page=1&page=2) arrive as arrays: take the first. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const MAX_PAGE = 1000;
export const MAX_QUERY_LENGTH = 100;

export const pageParamSchema = z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE)).catch(1);

export const listingSortSchema = z.preprocess(first, z.enum(LISTING_SORTS)).catch("popular");
export const searchSortSchema = z.preprocess(first, z.enum(SEARCH_SORTS)).catch("relevance");

export const searchQuerySchema = z
  .preprocess(first, z.string())
  .transform((q) => q.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH))
  .catch("");

export const listingParamsSchema = z.object({ page: pageParamSchema, sort: listingSortSchema });
export type ListingParams = z.infer<typeof listingParamsSchema>;

export const searchParamsSchema = z.object({ q: searchQuerySchema, page: pageParamSchema, sort: searchSortSchema });
export type SearchParams = z.infer<typeof searchParamsSchema>;

export function parseListingParams(raw: RawParams): ListingParams {
  return listingParamsSchema.parse({ page: raw.page, sort: raw.sort });
}

export function parseSearchParams(raw: RawParams): SearchParams {
  return searchParamsSchema.parse({ q: raw.q, page: raw.page, sort: raw.sort });
}
