/**
 * Category-page state in the URL (filters, sort, page), parsed with safe fallbacks: a bad or unknown
 * parameter is dropped, never an error, so a shared or hand-edited link always opens a page.
 *
 *   brand=amul&brand=nestle        brands (slugs), any of them
 *   price_min=100&price_max=500    price in whole rupees, both ends included
 *   rating=4                       4★ & up (also 3, 2)
 *   in_stock=1                     only what can be bought now
 *   discount=25                    25% off or more (also 10, 50)
 *   a.fabric=Cotton&a.fabric=Linen select attribute: any of the values
 *   a.weight.min=100&a.weight.max=500   number attribute range (in the attribute's unit)
 *   a.organic=1                    yes/no attribute: only "yes"
 *   sort=price_asc&page=2
 */
import { z } from "zod";
import type { AttributeType } from "@/models/catalog";
import { pageParamSchema, listingSortSchema } from "./schemas";
import type { ListingSort } from "./rules";

type RawParams = Record<string, string | string[] | undefined>;

export const RATING_STEPS = [4, 3, 2] as const;
export type RatingStep = (typeof RATING_STEPS)[number];
export const DISCOUNT_STEPS = [10, 25, 50] as const;
export type DiscountStep = (typeof DISCOUNT_STEPS)[number];

export const MAX_SELECTED_BRANDS = 20;
export const MAX_SELECTED_VALUES = 20;
/** Prices above this (₹1 crore) are not a filter anyone means. */
export const MAX_PRICE_RUPEES = 10_000_000;
export const ATTRIBUTE_PARAM_PREFIX = "a.";

export type AttributeFilter = { type: "select"; values: string[] } | { type: "number"; min: number | null; max: number | null } | { type: "boolean" };

export interface FacetFilters {
  /** Brand slugs, sorted. */
  brands: string[];
  /** Inclusive bounds in paise. */
  priceMin: number | null;
  priceMax: number | null;
  rating: RatingStep | null;
  inStock: boolean;
  discount: DiscountStep | null;
  /** By attribute key, keys sorted. */
  attributes: Record<string, AttributeFilter>;
}

export interface CategoryListingParams {
  filters: FacetFilters;
  sort: ListingSort;
  page: number;
}

/** What parsing needs to know of a filterable category attribute. */
export interface FilterableAttribute {
  key: string;
  type: AttributeType;
  options: readonly string[];
}

export const EMPTY_FILTERS: FacetFilters = { brands: [], priceMin: null, priceMax: null, rating: null, inStock: false, discount: null, attributes: {} };

/** Every value of a parameter (repeated or comma-separated brands arrive both ways). */
function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter(Boolean);
}

const first = (value: string | string[] | undefined) => all(value)[0];

const brandSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
const rupees = z.coerce.number().int().min(0).max(MAX_PRICE_RUPEES);
const finite = z.coerce.number().refine(Number.isFinite);
const TRUE_WORDS = new Set(["1", "true", "yes", "on"]);

function parseBrands(raw: string | string[] | undefined): string[] {
  const slugs = all(raw)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => brandSlug.safeParse(v).success);
  return [...new Set(slugs)].sort().slice(0, MAX_SELECTED_BRANDS);
}

function parseOrNull<T>(schema: z.ZodType<T>, value: string | undefined): T | null {
  if (value === undefined || value === "") return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Two optional bounds, swapped when given the wrong way round. */
function bounds(min: number | null, max: number | null): [number | null, number | null] {
  return min !== null && max !== null && min > max ? [max, min] : [min, max];
}

function step<T extends number>(steps: readonly T[], value: string | undefined): T | null {
  const n = Number(value);
  return steps.find((s) => s === n) ?? null;
}

function parseAttribute(def: FilterableAttribute, raw: RawParams): AttributeFilter | null {
  const name = `${ATTRIBUTE_PARAM_PREFIX}${def.key}`;
  switch (def.type) {
    case "select": {
      const wanted = all(raw[name]);
      const values = def.options.length
        ? def.options.filter((o) => wanted.some((w) => w.toLowerCase() === o.toLowerCase()))
        : [...new Set(wanted.filter((w) => w.length <= 100))].sort();
      return values.length ? { type: "select", values: values.slice(0, MAX_SELECTED_VALUES) } : null;
    }
    case "number": {
      const [min, max] = bounds(parseOrNull(finite, first(raw[`${name}.min`])), parseOrNull(finite, first(raw[`${name}.max`])));
      return min === null && max === null ? null : { type: "number", min, max };
    }
    case "boolean":
      return TRUE_WORDS.has((first(raw[name]) ?? "").toLowerCase()) ? { type: "boolean" } : null;
    default:
      return null;
  }
}

/** The category page's filters, sort and page from its query string; anything unusable falls back to "not set". */
export function parseCategoryListingParams(raw: RawParams, attributes: readonly FilterableAttribute[]): CategoryListingParams {
  const [min, max] = bounds(parseOrNull(rupees, first(raw.price_min)), parseOrNull(rupees, first(raw.price_max)));
  const parsed: Record<string, AttributeFilter> = {};
  for (const def of [...attributes].sort((a, b) => a.key.localeCompare(b.key))) {
    const filter = parseAttribute(def, raw);
    if (filter) parsed[def.key] = filter;
  }
  return {
    filters: {
      brands: parseBrands(raw.brand),
      priceMin: min === null ? null : min * 100,
      priceMax: max === null ? null : max * 100,
      rating: step(RATING_STEPS, first(raw.rating)),
      inStock: TRUE_WORDS.has((first(raw.in_stock) ?? "").toLowerCase()),
      discount: step(DISCOUNT_STEPS, first(raw.discount)),
      attributes: parsed,
    },
    sort: listingSortSchema.parse(raw.sort),
    page: pageParamSchema.parse(raw.page),
  };
}
