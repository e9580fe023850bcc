/**
 * Facet DTOs shared by the search engine (lib/search), the storefront's facet components and the API:
 * filterable attribute definitions and counts per facet value.
 */

export interface FacetAttributeDef {
  key: string;
  label: string;
  type: "select" | "number" | "boolean";
  unit: string | null;
  options: readonly string[];
}

export interface FacetValueCount {
  value: string;
  label: string;
  count: number;
}

export type AttributeFacet =
  | (FacetAttributeDef & { type: "select"; values: FacetValueCount[] })
  | (FacetAttributeDef & { type: "number"; count: number; min: number | null; max: number | null })
  | (FacetAttributeDef & { type: "boolean"; count: number });

export interface CategoryFacets {
  /** Products matching every filter. */
  total: number;
  /** Most products first (at most MAX_BRAND_FACETS), plus every selected brand. */
  brands: FacetValueCount[];
  price: { min: number | null; max: number | null; buckets: { min: number | null; max: number | null; count: number }[] };
  rating: { min: number; count: number }[];
  inStock: number;
  discount: { min: number; count: number }[];
  attributes: AttributeFacet[];
}

/** Brands listed in a brand facet at most (selected ones are always added). */
export const MAX_BRAND_FACETS = 60;
