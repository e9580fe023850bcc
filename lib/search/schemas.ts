/**
 * Search parameters from a URL. The public API is strict — a parameter that cannot mean anything is a
 * 400 naming it — while pages are lenient like category pages (a bad parameter is dropped, so a shared
 * or hand-edited link always opens). Both share the names and semantics of lib/catalog/facets-schemas.ts:
 *
 *   q=amul butter          free text (at most 200 characters are used; any length is accepted)
 *   category=grocery/dairy category path: the whole subtree
 *   brand=amul&brand=nestle / seller=fresh-mart   slugs, any of them (also comma-separated)
 *   price_min=100&price_max=500  whole rupees · rating=4 (4, 3, 2) · in_stock=1 · discount=25 (10, 25, 50)
 *   a.fabric=Cotton · a.weight.min=100&a.weight.max=500 · a.organic=1   category attributes
 *   sort=relevance|popular|price_asc|price_desc|rating|newest|discount · cursor=… · limit=1–60 (24)
 */
import { z } from "zod";
import {
  ATTRIBUTE_PARAM_PREFIX,
  DISCOUNT_STEPS,
  MAX_PRICE_RUPEES,
  MAX_SELECTED_BRANDS,
  MAX_SELECTED_VALUES,
  parseCategoryListingParams,
  RATING_STEPS,
  type AttributeFilter,
} from "@/lib/catalog/facets-schemas";
import { SEARCH_SORTS, type SearchSort } from "@/lib/catalog/rules";
import type { FieldErrors } from "@/lib/platform/errors";
import { decodeCursor } from "./cursor";
import { normalizeQuery, tokenize } from "./query-normalize";
import type { SearchRequest } from "./types";

type RawParams = Record<string, string | string[] | undefined>;

export const DEFAULT_LIMIT = 24;
export const MAX_LIMIT = 60;
export const MAX_SELECTED_SELLERS = 20;
const MAX_ATTRIBUTE_FILTERS = 20;

const slug = /^[a-z0-9][a-z0-9-]{0,99}$/;
const categoryPath = /^[a-z0-9][a-z0-9-]{0,99}(\/[a-z0-9][a-z0-9-]{0,99}){0,9}$/;
const attributeKey = /^[a-z0-9][a-z0-9_]{0,39}$/;
const TRUE_WORDS = new Set(["1", "true", "yes", "on"]);
const FALSE_WORDS = new Set(["0", "false", "no", "off"]);

/** "relevance" without any words to match means "popular" (the order a cursor is made for). */
export function effectiveSort(sort: SearchSort, q: string): SearchSort {
  return sort === "relevance" && tokenize(normalizeQuery(q)).length === 0 ? "popular" : sort;
}

function values(raw: RawParams, name: string): string[] {
  const v = raw[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map((s) => s.trim());
}

const first = (raw: RawParams, name: string) => values(raw, name).find((v) => v !== "");

function slugList(raw: RawParams, name: string): string[] {
  return values(raw, name).flatMap((v) => v.split(",")).map((v) => v.trim().toLowerCase()).filter(Boolean);
}

/** Attribute parameters, typed by their shape: a.key=v… (a choice or yes/no), a.key.min / a.key.max (a range). */
function attributeParams(raw: RawParams, strict: boolean, errors: Record<string, string>): Record<string, AttributeFilter> {
  const out: Record<string, AttributeFilter> = {};
  const keys = Object.keys(raw).filter((k) => k.startsWith(ATTRIBUTE_PARAM_PREFIX)).sort();
  for (const name of keys) {
    const rest = name.slice(ATTRIBUTE_PARAM_PREFIX.length);
    const bound = rest.endsWith(".min") ? "min" : rest.endsWith(".max") ? "max" : null;
    const key = bound ? rest.slice(0, -4) : rest;
    if (!attributeKey.test(key)) {
      if (strict) errors[name] = "Unknown attribute: use a.<key> with lower-case letters, digits and _";
      continue;
    }
    if (Object.keys(out).length >= MAX_ATTRIBUTE_FILTERS && !out[key]) {
      if (strict) errors[name] = `At most ${MAX_ATTRIBUTE_FILTERS} attribute filters`;
      continue;
    }
    if (bound) {
      const text = first(raw, name);
      if (text === undefined) continue;
      const n = Number(text);
      if (!Number.isFinite(n)) {
        if (strict) errors[name] = "Must be a number";
        continue;
      }
      const cur = out[key]?.type === "number" ? (out[key] as Extract<AttributeFilter, { type: "number" }>) : { type: "number" as const, min: null, max: null };
      out[key] = { ...cur, [bound]: n };
    } else {
      const picked = [...new Set(values(raw, name).filter(Boolean))];
      if (picked.some((v) => v.length > 100) || picked.length > MAX_SELECTED_VALUES) {
        if (strict) errors[name] = `At most ${MAX_SELECTED_VALUES} values of up to 100 characters`;
        continue;
      }
      if (picked.length && out[key]?.type !== "number") out[key] = { type: "select", values: picked.sort() };
    }
  }
  for (const [key, f] of Object.entries(out)) {
    if (f.type === "number" && f.min !== null && f.max !== null && f.min > f.max) {
      if (strict) errors[`${ATTRIBUTE_PARAM_PREFIX}${key}.max`] = "Must not be below the minimum";
      out[key] = { type: "number", min: f.max, max: f.min };
    }
  }
  return out;
}

function baseRequest(raw: RawParams, sort: SearchSort, attributes: Record<string, AttributeFilter>): Omit<SearchRequest, "cursor" | "limit"> {
  const listing = parseCategoryListingParams(raw, []);
  const path = first(raw, "category")?.toLowerCase().replace(/^\/+|\/+$/g, "") ?? "";
  return {
    q: first(raw, "q") ?? "",
    categoryPath: categoryPath.test(path) ? path : null,
    sellers: [...new Set(slugList(raw, "seller").filter((s) => slug.test(s)))].sort().slice(0, MAX_SELECTED_SELLERS),
    filters: { ...listing.filters, attributes },
    sort,
    withFacets: true,
  };
}

const sortSchema = z.enum(SEARCH_SORTS);

/** Lenient parsing for pages: anything unusable is "not set". */
export function parseSearchPageParams(raw: RawParams): SearchRequest {
  const sort = sortSchema.catch("relevance").parse(first(raw, "sort"));
  const base = baseRequest(raw, sort, attributeParams(raw, false, {}));
  const cursorText = first(raw, "cursor");
  const cursor = cursorText && decodeCursor(cursorText, effectiveSort(sort, base.q)) ? cursorText : null;
  const limit = z.coerce.number().int().min(1).max(MAX_LIMIT).catch(DEFAULT_LIMIT).parse(first(raw, "limit") ?? DEFAULT_LIMIT);
  return { ...base, cursor, limit };
}

export type ParsedSearchParams = { ok: true; request: SearchRequest } | { ok: false; fieldErrors: FieldErrors };

function fromSearchParams(params: URLSearchParams): RawParams {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length === 1 ? all[0] : all;
  }
  return raw;
}

/** Strict parsing for the public API: every parameter that cannot be used is reported by name. */
export function parseSearchApiParams(params: URLSearchParams): ParsedSearchParams {
  const raw = fromSearchParams(params);
  const errors: Record<string, string> = {};
  const check = (name: string, ok: (v: string) => boolean, message: string) => {
    const bad = values(raw, name).find((v) => v !== "" && !ok(v));
    if (bad !== undefined) errors[name] = message;
  };
  const category = first(raw, "category");
  if (category !== undefined && !categoryPath.test(category.toLowerCase().replace(/^\/+|\/+$/g, ""))) errors.category = "Must be a category path such as grocery/dairy";
  const brands = slugList(raw, "brand");
  if (brands.some((b) => !slug.test(b))) errors.brand = "Must be brand slugs (lower-case letters, digits and -)";
  else if (new Set(brands).size > MAX_SELECTED_BRANDS) errors.brand = `At most ${MAX_SELECTED_BRANDS} brands`;
  const sellers = slugList(raw, "seller");
  if (sellers.some((s) => !slug.test(s))) errors.seller = "Must be seller slugs (lower-case letters, digits and -)";
  else if (new Set(sellers).size > MAX_SELECTED_SELLERS) errors.seller = `At most ${MAX_SELECTED_SELLERS} sellers`;
  const rupees = (v: string) => /^\d+$/.test(v) && Number(v) <= MAX_PRICE_RUPEES;
  check("price_min", rupees, `Must be whole rupees from 0 to ${MAX_PRICE_RUPEES}`);
  check("price_max", rupees, `Must be whole rupees from 0 to ${MAX_PRICE_RUPEES}`);
  const min = first(raw, "price_min");
  const max = first(raw, "price_max");
  if (!errors.price_min && !errors.price_max && min !== undefined && max !== undefined && Number(min) > Number(max)) errors.price_max = "Must not be below price_min";
  check("rating", (v) => RATING_STEPS.some((s) => String(s) === v), `Must be one of ${RATING_STEPS.join(", ")}`);
  check("discount", (v) => DISCOUNT_STEPS.some((s) => String(s) === v), `Must be one of ${DISCOUNT_STEPS.join(", ")}`);
  check("in_stock", (v) => TRUE_WORDS.has(v.toLowerCase()) || FALSE_WORDS.has(v.toLowerCase()), "Must be 1 or 0");
  check("sort", (v) => sortSchema.safeParse(v).success, `Must be one of ${SEARCH_SORTS.join(", ")}`);
  check("limit", (v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_LIMIT, `Must be a whole number from 1 to ${MAX_LIMIT}`);
  const attributes = attributeParams(raw, true, errors);
  const sort = sortSchema.catch("relevance").parse(first(raw, "sort"));
  const base = baseRequest(raw, sort, attributes);
  const cursor = first(raw, "cursor") ?? null;
  if (cursor !== null && !decodeCursor(cursor, effectiveSort(sort, base.q))) errors.cursor = "Not a cursor of this search: use next_cursor from the previous page with the same sort";
  if (Object.keys(errors).length) return { ok: false, fieldErrors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, [v]])) };
  const limit = Number(first(raw, "limit") ?? DEFAULT_LIMIT);
  return { ok: true, request: { ...base, cursor, limit } };
}
