/**
 * Pure catalogue rules: stock messages, price display, the variant availability matrix, pagination
 * math, sort orders and URLs. No I/O — safe for server and client components, unit-tested.
 */
import { discountPercent } from "@/lib/platform/money";
import type { CategoryLink, ProductOptionDto, ProductVariantDto } from "./types";

/* ---------------------------------------------------------------- URLs */

export const categoryHref = (slug: string) => `/c/${encodeURIComponent(slug)}`;
export const sellerHref = (slug: string) => `/shop/${encodeURIComponent(slug)}`;
export const productHref = (slug: string, sku?: string | null) =>
  `/p/${encodeURIComponent(slug)}${sku ? `?variant=${encodeURIComponent(sku)}` : ""}`;

/** A slug from a route segment, percent-decoded; a malformed encoding is kept as it came (and finds nothing). */
export function decodeSlug(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/* ---------------------------------------------------------------- stock */

/** At or below this many units a product says "Only N left". */
export const LOW_STOCK_THRESHOLD = 5;

export function availableStock(stockOnHand: number, stockReserved: number): number {
  return Math.max(0, stockOnHand - stockReserved);
}

export type StockKind = "in_stock" | "low" | "out";
export interface StockStatus {
  kind: StockKind;
  available: number;
  label: string;
}

export function stockStatus(available: number): StockStatus {
  if (available <= 0) return { kind: "out", available: 0, label: "Out of stock" };
  if (available <= LOW_STOCK_THRESHOLD) return { kind: "low", available, label: `Only ${available} left` };
  return { kind: "in_stock", available, label: "In stock" };
}

/* ---------------------------------------------------------------- prices */

export interface PriceDisplay {
  pricePaise: number;
  /** Null when there is nothing to strike through (MRP not above the price). */
  mrpPaise: number | null;
  discountPercent: number;
  /** True when variants differ in price and the price shown is the lowest ("From ₹…"). */
  from: boolean;
}

export function priceDisplay(pricePaise: number, mrpPaise: number, from = false): PriceDisplay {
  const discount = discountPercent(pricePaise, mrpPaise);
  return { pricePaise, mrpPaise: discount > 0 ? mrpPaise : null, discountPercent: discount, from };
}

export interface PricedVariant {
  pricePaise: number;
  mrpPaise: number;
}

/** Lowest price (with that variant's MRP) and highest price of a product's variants; null when none. */
export function priceRange(variants: readonly PricedVariant[]) {
  if (variants.length === 0) return null;
  let cheapest = variants[0];
  let max = variants[0].pricePaise;
  for (const v of variants) {
    if (v.pricePaise < cheapest.pricePaise || (v.pricePaise === cheapest.pricePaise && v.mrpPaise > cheapest.mrpPaise)) cheapest = v;
    if (v.pricePaise > max) max = v.pricePaise;
  }
  return { minPricePaise: cheapest.pricePaise, maxPricePaise: max, mrpPaise: cheapest.mrpPaise };
}

/** What a product card shows: the lowest price, its MRP and discount, "From" when prices vary. */
export function cardPrice(p: { minPricePaise: number; maxPricePaise: number; mrpPaise: number }): PriceDisplay {
  return priceDisplay(p.minPricePaise, p.mrpPaise, p.maxPricePaise > p.minPricePaise);
}

/** Rating × 100 (integer) → a 0–5 number with at most one decimal, for display. */
export function ratingFromX100(x100: number): number {
  return Math.round(Math.min(500, Math.max(0, x100)) / 10) / 10;
}

/* ---------------------------------------------------------------- variants */

type VariantLike = Pick<ProductVariantDto, "sku" | "optionValues" | "available">;

/**
 * State of one option value given the values chosen for the other options:
 * - available: the exact combination exists and is in stock
 * - out_of_stock: the exact combination exists but has no stock (shown struck through)
 * - other_combination: this value exists only with other choices; picking it switches them
 * - unavailable: no variant has this value at all (disabled)
 */
export type OptionValueState = "available" | "out_of_stock" | "other_combination" | "unavailable";

export interface OptionValueCell {
  value: string;
  state: OptionValueState;
  selected: boolean;
  /** The variant that choosing this value leads to; null when unavailable. */
  targetSku: string | null;
}

export interface OptionRow {
  name: string;
  selectedValue: string | null;
  values: OptionValueCell[];
}

function matches(v: VariantLike, wanted: Record<string, string>, names: readonly string[]) {
  return names.every((n) => v.optionValues[n] === wanted[n]);
}

/** For every option and value: whether the combination with the current selection exists / is in stock. */
export function variantMatrix(options: readonly ProductOptionDto[], variants: readonly VariantLike[], selected: VariantLike | null): OptionRow[] {
  const names = options.map((o) => o.name);
  const current = selected?.optionValues ?? {};
  return options.map((option) => {
    const others = names.filter((n) => n !== option.name);
    const values = option.values.map((value): OptionValueCell => {
      const wanted = { ...current, [option.name]: value };
      const exact = variants.find((v) => matches(v, wanted, names));
      if (exact) {
        return {
          value,
          state: exact.available > 0 ? "available" : "out_of_stock",
          selected: current[option.name] === value,
          targetSku: exact.sku,
        };
      }
      // Closest variant with this value: most other options kept, then in stock, then listing order.
      let best: VariantLike | null = null;
      let bestScore = -1;
      for (const v of variants) {
        if (v.optionValues[option.name] !== value) continue;
        const score = others.filter((n) => v.optionValues[n] === current[n]).length * 2 + (v.available > 0 ? 1 : 0);
        if (score > bestScore) {
          best = v;
          bestScore = score;
        }
      }
      return {
        value,
        state: best ? "other_combination" : "unavailable",
        selected: current[option.name] === value,
        targetSku: best?.sku ?? null,
      };
    });
    return { name: option.name, selectedValue: current[option.name] ?? null, values };
  });
}

/** The variant shown when the URL names none: the first in stock, else the first. */
export function defaultVariant<V extends VariantLike>(variants: readonly V[]): V | null {
  return variants.find((v) => v.available > 0) ?? variants[0] ?? null;
}

/**
 * Resolves the selected variant from URL params: `?variant=<sku>` first, then option names
 * (`?Size=M&Colour=Blue`, partial allowed — completed with the first in-stock match), else the default.
 */
export function resolveVariant<V extends VariantLike>(
  variants: readonly V[],
  options: readonly ProductOptionDto[],
  params: Record<string, string | string[] | undefined>,
): V | null {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const sku = one(params.variant);
  if (sku) {
    const bySku = variants.find((v) => v.sku === sku);
    if (bySku) return bySku;
  }
  const wanted: Record<string, string> = {};
  for (const o of options) {
    const value = one(params[o.name]);
    if (value && o.values.includes(value)) wanted[o.name] = value;
  }
  const names = Object.keys(wanted);
  if (names.length > 0) {
    const candidates = variants.filter((v) => matches(v, wanted, names));
    const picked = defaultVariant(candidates);
    if (picked) return picked;
  }
  return defaultVariant(variants);
}

/* ---------------------------------------------------------------- pagination */

export const PAGE_SIZE = 24;

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / pageSize));
}

export function pageOffset(page: number, pageSize: number): number {
  return (Math.max(1, Math.floor(page)) - 1) * pageSize;
}

/** Page numbers to show around the current one, with "gap" for elided ranges: 1 … 4 5 6 … 20. */
export function pageWindow(current: number, count: number, siblings = 1): (number | "gap")[] {
  const pages = new Set<number>([1, count]);
  for (let p = current - siblings; p <= current + siblings; p++) if (p >= 1 && p <= count) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (typeof prev === "number" && p - prev === 2) out.push(prev + 1);
    else if (typeof prev === "number" && p - prev > 2) out.push("gap");
    out.push(p);
  }
  return out;
}

/** "Showing 25–48 of 130" numbers; zeros when the page is past the end. */
export function pageRange(page: number, pageSize: number, total: number) {
  const start = pageOffset(page, pageSize) + 1;
  if (start > total) return { start: 0, end: 0 };
  return { start, end: Math.min(total, start + pageSize - 1) };
}

/* ---------------------------------------------------------------- sorting */

export const LISTING_SORTS = ["popular", "price_asc", "price_desc", "rating", "discount", "newest"] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];
export const SEARCH_SORTS = ["relevance", ...LISTING_SORTS] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SORT_LABELS: Record<SearchSort, string> = {
  relevance: "Relevance",
  popular: "Popularity",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  rating: "Customer rating",
  discount: "Discount",
  newest: "Newest first",
};

/** Query string for a listing URL, dropping defaults so canonical URLs stay short. */
export function listingQuery(params: { sort?: string; page?: number; q?: string }, defaultSort: SearchSort = "popular"): string {
  const qs = new URLSearchParams();
  if (params.q) qs.set("q", params.q);
  if (params.sort && params.sort !== defaultSort) qs.set("sort", params.sort);
  if (params.page && params.page > 1) qs.set("page", String(params.page));
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/* ---------------------------------------------------------------- home page rows */

export interface HomeRowSpec {
  key: string;
  title: string;
  /** Category subtrees the row draws from; null for the whole store. */
  categoryPaths: string[] | null;
  sort: ListingSort;
  /** "See all" target; null when the row spans several top categories with no page of their own. */
  href: string | null;
}

const FASHION = /fashion|cloth|apparel/i;
const TOYS = /toy|game/i;
const GROCERY = /grocer|kirana/i;

/**
 * The home page's product rows from the top-level categories that exist: grocery rated best, fashion and
 * toys by popularity, then best deals overall. When there is no "Grocery" root (the catalogue puts
 * grocery departments such as "Fruits & Vegetables" at the top), every top category that is neither
 * fashion nor toys makes up the grocery row.
 */
export function homeRowSpecs(topCategories: readonly Pick<CategoryLink, "name" | "slug" | "path">[]): HomeRowSpec[] {
  const is = (re: RegExp) => (c: Pick<CategoryLink, "name" | "slug">) => re.test(c.slug) || re.test(c.name);
  const rows: HomeRowSpec[] = [];
  const single = (c: Pick<CategoryLink, "name" | "slug" | "path">, title: string, sort: ListingSort): HomeRowSpec => ({
    key: c.slug,
    title,
    categoryPaths: [c.path],
    sort,
    href: `${categoryHref(c.slug)}${listingQuery({ sort })}`,
  });

  const grocery = topCategories.find(is(GROCERY));
  const others = topCategories.filter((c) => !is(FASHION)(c) && !is(TOYS)(c));
  if (grocery) rows.push(single(grocery, `Top rated in ${grocery.name}`, "rating"));
  else if (others.length === 1) rows.push(single(others[0], `Top rated in ${others[0].name}`, "rating"));
  else if (others.length > 1)
    rows.push({ key: "grocery", title: "Top rated in Grocery", categoryPaths: others.map((c) => c.path), sort: "rating", href: null });

  const fashion = topCategories.find(is(FASHION));
  if (fashion) rows.push(single(fashion, "Fashion picks", "popular"));
  const toys = topCategories.find(is(TOYS));
  if (toys) rows.push(single(toys, "Toys and games", "popular"));
  if (grocery) {
    for (const c of others.filter((o) => o !== grocery).slice(0, 2)) rows.push(single(c, `Popular in ${c.name}`, "popular"));
  }
  rows.push({ key: "best-deals", title: "Best deals", categoryPaths: null, sort: "discount", href: `/search${listingQuery({ sort: "discount" }, "relevance")}` });
  return rows;
}
