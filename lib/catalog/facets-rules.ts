/**
 * Pure rules of category filters: the URL of any filter state (one canonical order, defaults left out),
 * toggling one filter, the active-filter chips, price buckets and what search engines should index.
 */
import { formatMoney } from "@/lib/platform/money";
import { ATTRIBUTE_PARAM_PREFIX, EMPTY_FILTERS, type AttributeFilter, type CategoryListingParams, type FacetFilters } from "./facets-schemas";
import type { ListingSort } from "./rules";

/* ---------------------------------------------------------------- URLs */

function appendAttribute(qs: URLSearchParams, key: string, filter: AttributeFilter) {
  const name = `${ATTRIBUTE_PARAM_PREFIX}${key}`;
  if (filter.type === "select") for (const v of filter.values) qs.append(name, v);
  else if (filter.type === "boolean") qs.set(name, "1");
  else {
    if (filter.min !== null) qs.set(`${name}.min`, String(filter.min));
    if (filter.max !== null) qs.set(`${name}.max`, String(filter.max));
  }
}

/** Query string (with "?", or "") of a listing state; the same state always gives the same string. */
export function listingSearch({ filters, sort, page }: CategoryListingParams): string {
  const qs = new URLSearchParams();
  for (const b of filters.brands) qs.append("brand", b);
  if (filters.priceMin !== null) qs.set("price_min", String(Math.floor(filters.priceMin / 100)));
  if (filters.priceMax !== null) qs.set("price_max", String(Math.floor(filters.priceMax / 100)));
  if (filters.rating !== null) qs.set("rating", String(filters.rating));
  if (filters.inStock) qs.set("in_stock", "1");
  if (filters.discount !== null) qs.set("discount", String(filters.discount));
  for (const key of Object.keys(filters.attributes).sort()) appendAttribute(qs, key, filters.attributes[key]);
  if (sort !== "popular") qs.set("sort", sort);
  if (page > 1) qs.set("page", String(page));
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/** The listing with `filters` changed: back to page 1, sort kept. */
export function withFilters(params: CategoryListingParams, filters: Partial<FacetFilters>): CategoryListingParams {
  return { filters: { ...params.filters, ...filters }, sort: params.sort, page: 1 };
}

export function withSort(params: CategoryListingParams, sort: ListingSort): CategoryListingParams {
  return { filters: params.filters, sort, page: 1 };
}

export function withPage(params: CategoryListingParams, page: number): CategoryListingParams {
  return { ...params, page };
}

export function toggleBrand(filters: FacetFilters, slug: string): Partial<FacetFilters> {
  const brands = filters.brands.includes(slug) ? filters.brands.filter((b) => b !== slug) : [...filters.brands, slug].sort();
  return { brands };
}

export function withAttribute(filters: FacetFilters, key: string, filter: AttributeFilter | null): Partial<FacetFilters> {
  const attributes = { ...filters.attributes };
  if (filter) attributes[key] = filter;
  else delete attributes[key];
  return { attributes };
}

export function toggleAttributeValue(filters: FacetFilters, key: string, value: string): Partial<FacetFilters> {
  const current = filters.attributes[key];
  const values = current?.type === "select" ? current.values : [];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return withAttribute(filters, key, next.length ? { type: "select", values: next } : null);
}

export function countActiveFilters(filters: FacetFilters): number {
  return (
    filters.brands.length +
    (filters.priceMin !== null || filters.priceMax !== null ? 1 : 0) +
    (filters.rating !== null ? 1 : 0) +
    (filters.inStock ? 1 : 0) +
    (filters.discount !== null ? 1 : 0) +
    Object.values(filters.attributes).reduce((n, f) => n + (f.type === "select" ? f.values.length : 1), 0)
  );
}

export function isFiltered(filters: FacetFilters): boolean {
  return countActiveFilters(filters) > 0;
}

/* ---------------------------------------------------------------- search engines */

export interface ListingIndexing {
  /** Path + query of the canonical URL. */
  canonical: string;
  index: boolean;
}

/**
 * Filtered or re-sorted listings are not indexed and point at the plain category; the plain pages
 * (1, 2, 3…) are indexed, each its own canonical.
 */
export function listingIndexing(basePath: string, params: CategoryListingParams): ListingIndexing {
  if (isFiltered(params.filters) || params.sort !== "popular") return { canonical: basePath, index: false };
  return { canonical: `${basePath}${listingSearch({ filters: EMPTY_FILTERS, sort: "popular", page: params.page })}`, index: true };
}

/* ---------------------------------------------------------------- price buckets */

/** Bucket edges in rupees: "Up to ₹100", "₹100 – ₹250", …, "₹50,000 and above". */
export const PRICE_EDGES_RUPEES = [100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000] as const;

export interface PriceBucket {
  /** Inclusive bounds in paise; null is open. */
  min: number | null;
  max: number | null;
}

export const PRICE_BUCKETS: PriceBucket[] = [
  { min: null, max: PRICE_EDGES_RUPEES[0] * 100 },
  ...PRICE_EDGES_RUPEES.slice(0, -1).map((lo, i) => ({ min: lo * 100, max: PRICE_EDGES_RUPEES[i + 1] * 100 })),
  { min: PRICE_EDGES_RUPEES[PRICE_EDGES_RUPEES.length - 1] * 100, max: null },
];

const rupeeText = (paise: number) => formatMoney(paise, "INR", { compact: true });

export function priceRangeLabel(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${rupeeText(min)} – ${rupeeText(max)}`;
  if (max !== null) return `Up to ${rupeeText(max)}`;
  if (min !== null) return `${rupeeText(min)} and above`;
  return "Any price";
}

export function isPriceBucketSelected(filters: FacetFilters, bucket: PriceBucket): boolean {
  return filters.priceMin === bucket.min && filters.priceMax === bucket.max;
}

/* ---------------------------------------------------------------- chips */

export interface FilterChip {
  key: string;
  label: string;
  /** The filters without this one. */
  without: Partial<FacetFilters>;
}

/** Names the chips need: brand names by slug, attribute labels and units by key. */
export interface ChipNames {
  brands: Record<string, string>;
  attributes: Record<string, { label: string; unit: string | null }>;
}

function numberRange(min: number | null, max: number | null, unit: string | null): string {
  const u = unit ? ` ${unit}` : "";
  const n = (v: number) => v.toLocaleString("en-IN", { maximumFractionDigits: 6 });
  if (min !== null && max !== null) return `${n(min)}–${n(max)}${u}`;
  return min !== null ? `${n(min)}${u} and more` : `Up to ${n(max as number)}${u}`;
}

/** One chip per active filter value, in the sidebar's order, each knowing the filters without it. */
export function filterChips(filters: FacetFilters, names: ChipNames): FilterChip[] {
  const chips: FilterChip[] = filters.brands.map((slug) => ({ key: `brand:${slug}`, label: names.brands[slug] ?? slug, without: toggleBrand(filters, slug) }));
  if (filters.priceMin !== null || filters.priceMax !== null) {
    chips.push({ key: "price", label: priceRangeLabel(filters.priceMin, filters.priceMax), without: { priceMin: null, priceMax: null } });
  }
  if (filters.rating !== null) chips.push({ key: "rating", label: `${filters.rating}★ & up`, without: { rating: null } });
  if (filters.inStock) chips.push({ key: "in_stock", label: "In stock", without: { inStock: false } });
  if (filters.discount !== null) chips.push({ key: "discount", label: `${filters.discount}% off or more`, without: { discount: null } });
  for (const [key, filter] of Object.entries(filters.attributes)) {
    const meta = names.attributes[key] ?? { label: key, unit: null };
    if (filter.type === "select") {
      for (const value of filter.values) chips.push({ key: `a:${key}:${value}`, label: value, without: toggleAttributeValue(filters, key, value) });
    } else if (filter.type === "boolean") {
      chips.push({ key: `a:${key}`, label: meta.label, without: withAttribute(filters, key, null) });
    } else {
      chips.push({ key: `a:${key}`, label: `${meta.label}: ${numberRange(filter.min, filter.max, meta.unit)}`, without: withAttribute(filters, key, null) });
    }
  }
  return chips;
}
