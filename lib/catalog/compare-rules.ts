/**
 * Pure rules of product comparison: the visitor's list (kept in a cookie, at most four product ids)
 * and the comparison matrix the compare page shows. No I/O — safe for server and client code.
 */
import { z } from "zod";
import { formatMoney } from "@/lib/platform/money";
import { priceDisplay, stockStatus } from "./rules";
import type { ImageDto } from "./types";

export const COMPARE_COOKIE = "ql_compare";
export const COMPARE_LIMIT = 4;
export const COMPARE_LIMIT_MESSAGE = `You can compare up to ${COMPARE_LIMIT} products — remove one first`;
export const COMPARE_HREF = "/compare";

export const compareIdSchema = z.uuid();

/* ---------------------------------------------------------------- the list */

/**
 * The ids in the cookie (comma-separated): anything that is not a UUID is dropped, duplicates are
 * dropped, and at most four are kept. Unknown or inactive products are dropped later, by the query.
 */
export function parseCompareCookie(value: string | undefined | null): string[] {
  if (!value) return [];
  const ids: string[] = [];
  for (const part of value.split(",")) {
    const parsed = compareIdSchema.safeParse(part.trim().toLowerCase());
    if (parsed.success && !ids.includes(parsed.data)) ids.push(parsed.data);
    if (ids.length === COMPARE_LIMIT) break;
  }
  return ids;
}

export function serializeCompareIds(ids: readonly string[]): string {
  return ids.slice(0, COMPARE_LIMIT).join(",");
}

export type CompareListResult = { ok: true; ids: string[] } | { ok: false; ids: string[]; error: string };

/** Adds a product to the end of the list; adding one already there changes nothing; a fifth is refused. */
export function addToCompareList(ids: readonly string[], id: string): CompareListResult {
  if (ids.includes(id)) return { ok: true, ids: [...ids] };
  if (ids.length >= COMPARE_LIMIT) return { ok: false, ids: [...ids], error: COMPARE_LIMIT_MESSAGE };
  return { ok: true, ids: [...ids, id] };
}

export function removeFromCompareList(ids: readonly string[], id: string): string[] {
  return ids.filter((x) => x !== id);
}

/* ---------------------------------------------------------------- the matrix */

/** What the compare page knows of one product (its cheapest in-stock variant, or cheapest at all). */
export interface CompareProductDto {
  id: string;
  slug: string;
  title: string;
  brand: string | null;
  category: { name: string; slug: string };
  /** The product's top-level category (a department such as "Grocery"). */
  topCategory: { name: string; slug: string };
  image: ImageDto | null;
  variantSku: string;
  variantTitle: string;
  pricePaise: number;
  mrpPaise: number;
  currency: string;
  /** Units of the shown variant available to buy. */
  available: number;
  rating: number;
  ratingCount: number;
  seller: string;
  /** The product's category attributes, formatted with units ("500 g"), in the category's order. */
  attributes: { key: string; label: string; value: string }[];
  specifications: Record<string, string>;
}

export const MISSING_VALUE = "—";

export interface CompareRow {
  key: string;
  label: string;
  /** One cell per product, in the products' order; "—" when the product has no value. */
  values: string[];
  /** True when the values are not all equal (only with two or more products). */
  different: boolean;
  kind: "core" | "attribute" | "spec";
}

export interface Comparison {
  rows: CompareRow[];
  /** True when the products come from more than one top-level category. */
  mixedCategories: boolean;
}

const normalise = (value: string) => value.replace(/\s+/g, " ").trim().toLowerCase();

function allEqual(values: readonly string[]): boolean {
  return values.every((v) => normalise(v) === normalise(values[0]));
}

function ratingText(p: CompareProductDto): string {
  if (p.ratingCount === 0) return "No ratings yet";
  return `${p.rating.toFixed(1)} ★ (${p.ratingCount.toLocaleString("en-IN")} ${p.ratingCount === 1 ? "rating" : "ratings"})`;
}

const CORE_ROWS: { key: string; label: string; value: (p: CompareProductDto) => string | null }[] = [
  { key: "price", label: "Price", value: (p) => formatMoney(p.pricePaise, p.currency) },
  { key: "mrp", label: "MRP", value: (p) => formatMoney(p.mrpPaise, p.currency) },
  {
    key: "discount",
    label: "Discount",
    value: (p) => {
      const d = priceDisplay(p.pricePaise, p.mrpPaise).discountPercent;
      return d > 0 ? `${d}% off` : null;
    },
  },
  { key: "rating", label: "Rating", value: ratingText },
  { key: "brand", label: "Brand", value: (p) => p.brand ?? specValue(p, "brand") },
  { key: "availability", label: "Availability", value: (p) => stockStatus(p.available).label },
  { key: "seller", label: "Sold by", value: (p) => p.seller },
];

const CORE_LABELS = new Set(CORE_ROWS.map((r) => normalise(r.label)).concat(["seller", "sold by", "brand"]));

function specValue(p: CompareProductDto, key: string): string | null {
  const wanted = normalise(key);
  for (const [k, v] of Object.entries(p.specifications)) if (normalise(k) === wanted && v.trim()) return v.trim();
  return null;
}

/**
 * Rows for the compare table: price, MRP, discount, rating, brand, availability and seller first,
 * then the category attributes (in their categories' order), then the specification keys every
 * product has, then those only some have (most common first); keys keep the order they first appear
 * in, and a specification named like an attribute is left to the attribute. A missing value shows as "—".
 */
export function buildComparison(items: readonly CompareProductDto[]): Comparison {
  const compared = items.length >= 2;
  const row = (key: string, label: string, kind: CompareRow["kind"], cells: (string | null)[]): CompareRow => {
    const values = cells.map((v) => (v && v.trim() ? v.trim() : MISSING_VALUE));
    return { key, label, values, different: compared && !allEqual(values), kind };
  };

  const rows = CORE_ROWS.map((r) => row(r.key, r.label, "core", items.map(r.value)));

  // Category attributes by key, labelled as the first product's category names them.
  const attributeLabels = new Map<string, string>();
  for (const p of items) for (const a of p.attributes) if (!attributeLabels.has(a.key)) attributeLabels.set(a.key, a.label);
  for (const [key, label] of attributeLabels) {
    if (CORE_LABELS.has(normalise(label))) continue;
    rows.push(row(`attr:${key}`, label, "attribute", items.map((p) => p.attributes.find((a) => a.key === key)?.value ?? null)));
  }
  const taken = new Set([...CORE_LABELS, ...[...attributeLabels.values()].map(normalise)]);

  // Specification keys, matched case-insensitively, labelled as first written.
  const keys = new Map<string, { label: string; count: number; first: number }>();
  let order = 0;
  for (const p of items) {
    for (const [k, v] of Object.entries(p.specifications)) {
      const id = normalise(k);
      if (!id || !v.trim() || taken.has(id)) continue;
      const seen = keys.get(id);
      if (seen) seen.count += 1;
      else keys.set(id, { label: k.trim(), count: 1, first: order++ });
    }
  }
  const specKeys = [...keys.entries()].sort(([, a], [, b]) => b.count - a.count || a.first - b.first);
  for (const [id, meta] of specKeys) rows.push(row(`spec:${id}`, meta.label, "spec", items.map((p) => specValue(p, id))));

  const tops = new Set(items.map((p) => p.topCategory.slug));
  return { rows, mixedCategories: tops.size > 1 };
}

/** Only the rows whose values differ (the "Show only differences" view). */
export function differingRows(rows: readonly CompareRow[]): CompareRow[] {
  return rows.filter((r) => r.different);
}

/** `?diff=1` (or true/yes/on) turns on the differences-only view. */
export const diffParamSchema = z
  .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(["1", "true", "yes", "on"]))
  .transform(() => true)
  .catch(false);
