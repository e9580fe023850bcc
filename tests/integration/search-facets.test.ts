/**
 * Acceptance 2 (issue 4): facet counts equal a brute-force count over the same documents. 200 random
 * filter combinations (fixed seed) over a varied imported catalogue; for each, every facet value's
 * count is recomputed in JS from the documents with all the *other* filters applied.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DISCOUNT_STEPS, RATING_STEPS, type AttributeFilter, type FacetFilters } from "@/lib/catalog/facets-schemas";
import { PRICE_BUCKETS } from "@/lib/catalog/facets-rules";
import { getDb, queryRows } from "@/lib/platform/db";
import { getSearchEngine } from "@/lib/search";
import type { SearchFacets, SearchRequest } from "@/lib/search/types";
import { importSearchCatalogue } from "../support/search-catalogue";
import { pick, seededRandom } from "@/lib/seed/random";
import { sample } from "../support/search-random";

interface Doc {
  id: string;
  path: string;
  brand: string | null;
  seller: string;
  price: number;
  rating: number;
  ratings: number;
  inStock: boolean;
  discount: number;
  attrs: Record<string, string | number | boolean>;
}

type Key = "category" | "brand" | "seller" | "price" | "rating" | "stock" | "discount" | `attr:${string}`;

const inSubtree = (path: string, root: string) => path === root || path.startsWith(`${root}/`);

function attrMatches(value: string | number | boolean | undefined, f: AttributeFilter): boolean {
  if (f.type === "select") return value !== undefined && f.values.includes(String(value));
  if (f.type === "boolean") return value === true;
  return typeof value === "number" && (f.min === null || value >= f.min) && (f.max === null || value <= f.max);
}

/** The brute-force predicate of each active filter. */
function predicates(r: SearchRequest): Map<Key, (d: Doc) => boolean> {
  const f = r.filters;
  const out = new Map<Key, (d: Doc) => boolean>();
  if (r.categoryPath) out.set("category", (d) => inSubtree(d.path, r.categoryPath as string));
  if (f.brands.length) out.set("brand", (d) => d.brand !== null && f.brands.includes(d.brand));
  if (r.sellers.length) out.set("seller", (d) => r.sellers.includes(d.seller));
  if (f.priceMin !== null || f.priceMax !== null) out.set("price", (d) => (f.priceMin === null || d.price >= f.priceMin) && (f.priceMax === null || d.price <= f.priceMax));
  if (f.rating !== null) out.set("rating", (d) => d.ratings > 0 && d.rating >= (f.rating as number) * 100);
  if (f.inStock) out.set("stock", (d) => d.inStock);
  if (f.discount !== null) out.set("discount", (d) => d.discount >= (f.discount as number));
  for (const [key, af] of Object.entries(f.attributes)) out.set(`attr:${key}`, (d) => attrMatches(d.attrs[key], af));
  return out;
}

function except(docs: readonly Doc[], preds: Map<Key, (d: Doc) => boolean>, skip?: Key): Doc[] {
  const list = [...preds].filter(([k]) => k !== skip).map(([, p]) => p);
  return docs.filter((d) => list.every((p) => p(d)));
}

function check(docs: readonly Doc[], r: SearchRequest, facets: SearchFacets, label: string) {
  const preds = predicates(r);
  const count = (skip: Key | undefined, extra: (d: Doc) => boolean) => except(docs, preds, skip).filter(extra).length;
  expect(facets.total, `${label} total`).toBe(except(docs, preds).length);
  for (const b of facets.brands) expect(b.count, `${label} brand ${b.value}`).toBe(count("brand", (d) => d.brand === b.value));
  const brandValues = new Set(except(docs, preds, "brand").flatMap((d) => (d.brand ? [d.brand] : [])));
  if (brandValues.size <= 60) expect(facets.brands.filter((b) => b.count > 0).length, `${label} brand values`).toBe(brandValues.size);
  for (const s of facets.sellers) expect(s.count, `${label} seller ${s.value}`).toBe(count("seller", (d) => d.seller === s.value));
  for (const c of facets.categories) expect(c.count, `${label} category ${c.path}`).toBe(count("category", (d) => inSubtree(d.path, c.path)));
  const childBase = r.categoryPath ? `${r.categoryPath}/` : "";
  const children = new Set(
    except(docs, preds, "category")
      .filter((d) => d.path.startsWith(childBase))
      .map((d) => childBase + d.path.slice(childBase.length).split("/")[0]),
  );
  children.delete(r.categoryPath ?? "");
  expect(facets.categories.filter((c) => c.path.startsWith(childBase) && c.path !== r.categoryPath).map((c) => c.path).sort(), `${label} category children`).toEqual([...children].sort());
  facets.price.buckets.forEach((b, i) => {
    expect(b, `${label} bucket ${i}`).toMatchObject(PRICE_BUCKETS[i]);
    expect(b.count, `${label} price bucket ${i}`).toBe(count("price", (d) => (b.min === null || d.price >= b.min) && (b.max === null || d.price <= b.max)));
  });
  const priced = except(docs, preds, "price").map((d) => d.price);
  expect(facets.price.min, `${label} price min`).toBe(priced.length ? Math.min(...priced) : null);
  expect(facets.price.max, `${label} price max`).toBe(priced.length ? Math.max(...priced) : null);
  expect(facets.rating.map((x) => x.min)).toEqual([...RATING_STEPS]);
  for (const x of facets.rating) expect(x.count, `${label} rating ${x.min}`).toBe(count("rating", (d) => d.ratings > 0 && d.rating >= x.min * 100));
  expect(facets.discount.map((x) => x.min)).toEqual([...DISCOUNT_STEPS]);
  for (const x of facets.discount) expect(x.count, `${label} discount ${x.min}`).toBe(count("discount", (d) => d.discount >= x.min));
  expect(facets.inStock, `${label} in stock`).toBe(count("stock", (d) => d.inStock));
  for (const a of facets.attributes) {
    const key: Key = `attr:${a.key}`;
    if (a.type === "select") {
      for (const v of a.values) expect(v.count, `${label} ${a.key}=${v.value}`).toBe(count(key, (d) => d.attrs[a.key] !== undefined && String(d.attrs[a.key]) === v.value));
    } else if (a.type === "boolean") {
      expect(a.count, `${label} ${a.key}`).toBe(count(key, (d) => d.attrs[a.key] === true));
    } else {
      const nums = except(docs, preds, key).flatMap((d) => (typeof d.attrs[a.key] === "number" ? [d.attrs[a.key] as number] : []));
      expect(a.count, `${label} ${a.key} count`).toBe(nums.length);
      expect(a.min, `${label} ${a.key} min`).toBe(nums.length ? Math.min(...nums) : null);
      expect(a.max, `${label} ${a.key} max`).toBe(nums.length ? Math.max(...nums) : null);
    }
  }
}

const base = (over: Partial<SearchRequest>): SearchRequest => ({
  q: "",
  categoryPath: null,
  sellers: [],
  filters: { brands: [], priceMin: null, priceMax: null, rating: null, inStock: false, discount: null, attributes: {} },
  sort: "relevance",
  cursor: null,
  limit: 60,
  withFacets: true,
  ...over,
});

describe("search facets (acceptance 2)", () => {
  let docs: Doc[];
  beforeAll(async () => {
    await importSearchCatalogue(Number(process.env.SEARCH_FACET_PRODUCTS ?? 900));
    const db = await getDb();
    const rows = await queryRows<Record<string, unknown>>(
      db,
      sql`select product_id, category_path, brand_slug, seller_slug, min_price_paise, rating_x_100, rating_count, in_stock, discount_pct, attrs from search_documents`,
    );
    docs = rows.map((r) => ({
      id: r.product_id as string,
      path: r.category_path as string,
      brand: (r.brand_slug as string | null) ?? null,
      seller: r.seller_slug as string,
      price: Number(r.min_price_paise),
      rating: Number(r.rating_x_100),
      ratings: Number(r.rating_count),
      inStock: Boolean(r.in_stock),
      discount: Number(r.discount_pct),
      attrs: (r.attrs ?? {}) as Doc["attrs"],
    }));
  }, 600_000);

  /** All the documents a query matches, collected through the engine's pages (keyset cursors). */
  async function universe(q: string): Promise<Doc[]> {
    if (!q) return docs;
    const ids = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await getSearchEngine().search(base({ q, cursor, withFacets: false }));
      for (const h of page.hits) {
        expect(ids.has(h.id), `page repeats ${h.id}`).toBe(false);
        ids.add(h.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    return docs.filter((d) => ids.has(d.id));
  }

  it("counts every facet as a brute-force count with the other filters, for 200 random filter combinations", async () => {
    const random = seededRandom("search-facets-4242");
    const paths = [...new Set(docs.flatMap((d) => d.path.split("/").map((_, i, parts) => parts.slice(0, i + 1).join("/"))))];
    const queries = ["", "", "", "tomato", "shirt", "chocolate", "organic", "toy car"];
    const universes = new Map<string, Doc[]>();
    for (const q of new Set(queries)) universes.set(q, await universe(q));
    let withResults = 0;
    for (let i = 0; i < 200; i++) {
      const q = pick(random, queries);
      const pool = universes.get(q) as Doc[];
      const anchor = pool.length ? pick(random, pool) : pick(random, docs);
      const categoryPath = random() < 0.5 ? (random() < 0.7 ? anchor.path.split("/").slice(0, 1 + Math.floor(random() * anchor.path.split("/").length)).join("/") : pick(random, paths)) : null;
      const filters: FacetFilters = { brands: [], priceMin: null, priceMax: null, rating: null, inStock: false, discount: null, attributes: {} };
      if (random() < 0.35) filters.brands = [...new Set([anchor.brand, pick(random, docs).brand].filter((b): b is string => b !== null).slice(0, 1 + Math.floor(random() * 2)))].sort();
      const sellers = random() < 0.2 ? [anchor.seller] : [];
      if (random() < 0.35) {
        const edge = pick(random, [null, 10_000, 25_000, 50_000, 100_000, anchor.price]);
        filters.priceMin = edge;
        filters.priceMax = random() < 0.6 ? (edge ?? 0) + pick(random, [15_000, 50_000, 200_000]) : null;
      }
      if (random() < 0.3) filters.rating = pick(random, RATING_STEPS);
      if (random() < 0.3) filters.inStock = true;
      if (random() < 0.25) filters.discount = pick(random, DISCOUNT_STEPS);
      let request = base({ q, categoryPath, sellers, filters });
      if (categoryPath) {
        // Attribute filters from the category's own definitions (the engine reports them in the facets).
        const probe = await getSearchEngine().search(base({ q, categoryPath, limit: 1 }));
        for (const def of sample(random, probe.facets?.attributes ?? [], 2)) {
          if (random() < 0.5) continue;
          if (def.type === "select" && def.values.length) filters.attributes[def.key] = { type: "select", values: sample(random, def.values, 1 + Math.floor(random() * 2)).map((v) => v.value).sort() };
          else if (def.type === "boolean") filters.attributes[def.key] = { type: "boolean" };
          else if (def.type === "number" && def.min !== null && def.max !== null) filters.attributes[def.key] = { type: "number", min: def.min, max: Math.round((def.min + def.max) / 2) };
        }
        request = base({ q, categoryPath, sellers, filters });
      }
      const res = await getSearchEngine().search(request);
      expect(res.facets).not.toBeNull();
      check(pool, request, res.facets as SearchFacets, `#${i} ${JSON.stringify({ q, categoryPath, sellers, filters })}`);
      expect(res.total).toBe(res.facets?.total);
      if (res.total > 0) withResults += 1;
    }
    console.log(`facets: 200 combinations checked, ${withResults} with results`);
    expect(withResults).toBeGreaterThan(60);
  }, 600_000);
});
