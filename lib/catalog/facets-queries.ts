import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb, queryRows, type Executor } from "@/lib/platform/db";
import { brands, categories, products, productVariants, sellers } from "@/models";
import { DISCOUNT_STEPS, RATING_STEPS, type AttributeFilter, type CategoryListingParams, type FacetFilters } from "./facets-schemas";
import { PRICE_BUCKETS } from "./facets-rules";
import { cardsForIds } from "./queries";
import { pageCount, pageOffset, PAGE_SIZE, type ListingSort } from "./rules";
import type { Paged, ProductCardDto } from "./types";

/**
 * Faceted listing of a category subtree. One statement materialises the products on sale in the
 * subtree with what the filters look at (brand, lowest price, best discount, stock, rating,
 * attributes), then counts every facet over it with all the *other* filters applied — the usual
 * faceted-search semantics, so picking a brand narrows the price counts but not the brand counts.
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

export interface CategoryListing {
  facets: CategoryFacets;
  products: Paged<ProductCardDto>;
}

export const MAX_BRAND_FACETS = 60;

type FilterKey = "brand" | "price" | "rating" | "stock" | "discount" | `attr:${string}`;

const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
const attr = (key: string) => sql`(attrs -> ${key}::text)`;
const attrText = (key: string) => sql`(attrs ->> ${key}::text)`;
const attrNumber = (key: string) => sql`(case when jsonb_typeof(attrs -> ${key}::text) = 'number' then (attrs ->> ${key}::text)::numeric end)`;

function attributeCondition(key: string, filter: AttributeFilter): SQL {
  if (filter.type === "select") return sql`${attrText(key)} in (${list(filter.values)})`;
  if (filter.type === "boolean") return sql`${attr(key)} = 'true'::jsonb`;
  const parts = [sql`${attrNumber(key)} is not null`];
  if (filter.min !== null) parts.push(sql`${attrNumber(key)} >= ${filter.min}`);
  if (filter.max !== null) parts.push(sql`${attrNumber(key)} <= ${filter.max}`);
  return sql.join(parts, sql` and `);
}

/** The WHERE fragment of each active filter, over the columns of `base`. */
function conditions(filters: FacetFilters): Map<FilterKey, SQL> {
  const out = new Map<FilterKey, SQL>();
  if (filters.brands.length) out.set("brand", sql`brand_slug in (${list(filters.brands)})`);
  if (filters.priceMin !== null || filters.priceMax !== null) {
    const parts: SQL[] = [];
    if (filters.priceMin !== null) parts.push(sql`min_price >= ${filters.priceMin}`);
    if (filters.priceMax !== null) parts.push(sql`min_price <= ${filters.priceMax}`);
    out.set("price", sql.join(parts, sql` and `));
  }
  if (filters.rating !== null) out.set("rating", sql`rating_count > 0 and rating >= ${filters.rating * 100}`);
  if (filters.inStock) out.set("stock", sql`available > 0`);
  if (filters.discount !== null) out.set("discount", sql`max_discount >= ${filters.discount}`);
  for (const [key, filter] of Object.entries(filters.attributes)) out.set(`attr:${key}`, attributeCondition(key, filter));
  return out;
}

/** `where` with every active filter except `skip`. */
function whereExcept(conds: Map<FilterKey, SQL>, skip?: FilterKey, ...extra: SQL[]): SQL {
  const parts = [...[...conds].filter(([k]) => k !== skip).map(([, c]) => c), ...extra];
  return parts.length ? sql`where ${sql.join(parts.map((p) => sql`(${p})`), sql` and `)}` : sql``;
}

/**
 * Products on sale in the subtree at `path`, one row each with what filters and sorting look at. The
 * variants of those products are summarised in one grouped pass (not one lookup per product).
 */
function baseCte(path: string): SQL {
  const below = `${path.replace(/[\\%_]/g, (m) => `\\${m}`)}/%`;
  return sql`subtree as (
    select c.id from ${categories} c where c.path = ${path} or c.path like ${below}
  ),
  base as materialized (
    select p.id, b.slug as brand_slug, b.name as brand_name, p.rating_x_100 as rating, p.rating_count, p.attributes as attrs, p.created_at,
      v.min_price, v.max_discount, v.available
    from ${products} p
    join ${sellers} s on s.id = p.seller_id
    left join ${brands} b on b.id = p.brand_id
    join (
      select pv.product_id,
        min(pv.price_paise) as min_price,
        max(((pv.mrp_paise - pv.price_paise) * 100) / greatest(pv.mrp_paise, 1)) as max_discount,
        sum(greatest(pv.stock_on_hand - pv.stock_reserved, 0)) as available
      from ${productVariants} pv
      join ${products} vp on vp.id = pv.product_id
      where pv.is_active and vp.status = 'active' and vp.category_id in (select id from subtree)
      group by pv.product_id
    ) v on v.product_id = p.id
    where p.status = 'active' and s.status = 'active' and p.category_id in (select id from subtree)
  )`;
}

interface FacetRow {
  facet: string;
  value: string | null;
  label: string | null;
  n: number;
  lo: string | number | null;
  hi: string | number | null;
}

function facetBranches(filters: FacetFilters, defs: readonly FacetAttributeDef[]): SQL[] {
  const conds = conditions(filters);
  const branches: SQL[] = [
    sql`select 'total' as facet, null::text as value, null::text as label, count(*)::int as n, null::numeric as lo, null::numeric as hi from base ${whereExcept(conds)}`,
    sql`(select 'brand', brand_slug, brand_name, count(*)::int, null, null from base ${whereExcept(conds, "brand", sql`brand_slug is not null`)}
      group by brand_slug, brand_name order by count(*) desc, brand_name limit ${MAX_BRAND_FACETS})`,
    sql`select 'price_range', null, null, count(*)::int, min(min_price), max(min_price) from base ${whereExcept(conds, "price")}`,
    sql`select 'in_stock', null, null, count(*)::int, null, null from base ${whereExcept(conds, "stock", sql`available > 0`)}`,
  ];
  if (filters.brands.length) {
    branches.push(sql`select 'brand_selected', slug, name, 0, null, null from ${brands} where slug in (${list(filters.brands)})`);
  }
  // Each stepped facet counts all its steps in one pass over the subtree.
  const buckets = sql.join(
    PRICE_BUCKETS.map((b, i) => sql`(${String(i)}::text, ${b.min}::int, ${b.max}::int)`),
    sql`, `,
  );
  branches.push(sql`select 'price', k.step, null, count(*)::int, null, null from base cross join (values ${buckets}) as k(step, lo, hi)
    ${whereExcept(conds, "price", sql`(k.lo is null or min_price >= k.lo) and (k.hi is null or min_price <= k.hi)`)} group by k.step`);
  const steps = (values: readonly number[]) => sql.join(values.map((v) => sql`(${v}::int)`), sql`, `);
  branches.push(sql`select 'rating', k.min::text, null, count(*)::int, null, null from base cross join (values ${steps(RATING_STEPS)}) as k(min)
    ${whereExcept(conds, "rating", sql`rating_count > 0 and rating >= k.min * 100`)} group by k.min`);
  branches.push(sql`select 'discount', k.min::text, null, count(*)::int, null, null from base cross join (values ${steps(DISCOUNT_STEPS)}) as k(min)
    ${whereExcept(conds, "discount", sql`max_discount >= k.min`)} group by k.min`);
  for (const def of defs) {
    const skip: FilterKey = `attr:${def.key}`;
    if (def.type === "select") {
      branches.push(sql`select 'attr', ${def.key}::text, ${attrText(def.key)}, count(*)::int, null, null from base
        ${whereExcept(conds, skip, sql`${attrText(def.key)} is not null`)} group by 3`);
    } else if (def.type === "number") {
      branches.push(sql`select 'attr', ${def.key}::text, null, count(*)::int, min(${attrNumber(def.key)}), max(${attrNumber(def.key)}) from base
        ${whereExcept(conds, skip, sql`${attrNumber(def.key)} is not null`)}`);
    } else {
      branches.push(sql`select 'attr', ${def.key}::text, null, count(*)::int, null, null from base ${whereExcept(conds, skip, sql`${attr(def.key)} = 'true'::jsonb`)}`);
    }
  }
  return branches;
}

const numberOrNull = (v: string | number | null) => (v === null ? null : Number(v));

function facetsFromRows(rows: FacetRow[], defs: readonly FacetAttributeDef[]): CategoryFacets {
  const of = (facet: string) => rows.filter((r) => r.facet === facet);
  const one = (facet: string) => of(facet)[0];
  const brandRows = of("brand").map((r) => ({ value: r.value as string, label: r.label ?? (r.value as string), count: Number(r.n) }));
  for (const r of of("brand_selected")) {
    if (!brandRows.some((b) => b.value === r.value)) brandRows.push({ value: r.value as string, label: r.label ?? (r.value as string), count: 0 });
  }
  const range = one("price_range");
  const attrRows = of("attr");
  return {
    total: Number(one("total")?.n ?? 0),
    brands: brandRows,
    price: {
      min: numberOrNull(range?.lo ?? null),
      max: numberOrNull(range?.hi ?? null),
      buckets: PRICE_BUCKETS.map((b, i) => ({ ...b, count: Number(of("price").find((r) => r.value === String(i))?.n ?? 0) })),
    },
    rating: RATING_STEPS.map((min) => ({ min, count: Number(of("rating").find((r) => r.value === String(min))?.n ?? 0) })),
    inStock: Number(one("in_stock")?.n ?? 0),
    discount: DISCOUNT_STEPS.map((min) => ({ min, count: Number(of("discount").find((r) => r.value === String(min))?.n ?? 0) })),
    attributes: defs.map((def): AttributeFacet => {
      const mine = attrRows.filter((r) => r.value === def.key);
      if (def.type === "select") {
        const counts = new Map(mine.map((r) => [r.label as string, Number(r.n)]));
        const known = def.options.filter((o) => counts.has(o)).map((o) => ({ value: o, label: o, count: counts.get(o) as number }));
        const other = [...counts.entries()].filter(([v]) => !def.options.includes(v)).map(([v, n]) => ({ value: v, label: v, count: n }));
        return { ...def, type: "select", values: [...known, ...other.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))] };
      }
      if (def.type === "number") return { ...def, type: "number", count: Number(mine[0]?.n ?? 0), min: numberOrNull(mine[0]?.lo ?? null), max: numberOrNull(mine[0]?.hi ?? null) };
      return { ...def, type: "boolean", count: Number(mine[0]?.n ?? 0) };
    }),
  };
}

const ORDER: Record<ListingSort, SQL> = {
  popular: sql`rating_count desc, rating desc`,
  price_asc: sql`min_price asc`,
  price_desc: sql`min_price desc`,
  rating: sql`rating desc, rating_count desc`,
  discount: sql`max_discount desc`,
  newest: sql`created_at desc`,
};

/** Facet counts and one page of product cards for a category subtree and a filter state (one pass over the subtree). */
export async function queryCategoryListing(
  categoryPath: string,
  defs: readonly FacetAttributeDef[],
  { filters, sort, page }: CategoryListingParams,
  { pageSize = PAGE_SIZE, executor }: { pageSize?: number; executor?: Executor } = {},
): Promise<CategoryListing> {
  const db = executor ?? (await getDb());
  const offset = pageOffset(page, pageSize);
  // The page's ids ride along as rows of their own, numbered in the chosen order.
  const pageRows = sql`select 'page', id::text, null, rn::int, null, null from (
    select id, row_number() over (order by ${ORDER[sort]}, id) as rn from base ${whereExcept(conditions(filters))}
  ) ranked where rn > ${offset} and rn <= ${offset + pageSize}`;
  const rows = await queryRows<FacetRow>(db, sql`with ${baseCte(categoryPath)} ${sql.join([...facetBranches(filters, defs), pageRows], sql` union all `)}`);
  const facets = facetsFromRows(rows, defs);
  const ids = rows
    .filter((r) => r.facet === "page")
    .sort((a, b) => Number(a.n) - Number(b.n))
    .map((r) => r.value as string);
  const items = await cardsForIds(db, ids);
  return { facets, products: { items, total: facets.total, page, pageSize, pageCount: pageCount(facets.total, pageSize) } };
}
