/**
 * Facet counts from the grouped rows of facets-query.ts (pure): a facet counts the rows failing no
 * filter plus those failing only its own. Category counts are hierarchical: the selected category's
 * ancestors (and itself) for drilling up, its children (or the top level) for drilling down.
 */
import { DISCOUNT_STEPS, RATING_STEPS } from "@/lib/catalog/facets-schemas";
import { PRICE_BUCKETS } from "@/lib/catalog/facets-rules";
import { MAX_BRAND_FACETS, type AttributeFacet, type FacetAttributeDef, type FacetValueCount } from "@/lib/catalog/facets-types";
import type { CategoryFacetNode, SearchFacets } from "./types";

export interface FacetRowLike {
  fail: number;
  dim: string | null;
  value: string | null;
  label: string | null;
  n: number;
  lo: number | string | null;
  hi: number | string | null;
}

export interface CategoryInfo {
  path: string;
  name: string;
  slug: string;
  depth: number;
  order: number;
}

export interface FacetContext {
  /** Bit of each active filter by key ("brand", "attr:<key>", …). */
  bits: ReadonlyMap<string, number>;
  categoryPath: string | null;
  categories: ReadonlyMap<string, CategoryInfo>;
  defs: readonly FacetAttributeDef[];
  selectedBrands: readonly FacetValueCount[];
  selectedSellers: readonly FacetValueCount[];
}

export const MAX_SELLER_FACETS = 60;

const num = (v: number | string | null) => (v === null ? null : Number(v));

function rowsFor(rows: readonly FacetRowLike[], dim: string, filterKey: string, bits: ReadonlyMap<string, number>): FacetRowLike[] {
  const own = bits.get(filterKey);
  return rows.filter((r) => r.dim === dim && (r.fail === 0 || (own !== undefined && r.fail === own)));
}

function sumBy(rows: readonly FacetRowLike[]): Map<string, { n: number; label: string | null }> {
  const out = new Map<string, { n: number; label: string | null }>();
  for (const r of rows) {
    if (r.value === null) continue;
    const cur = out.get(r.value);
    out.set(r.value, { n: (cur?.n ?? 0) + r.n, label: cur?.label ?? r.label });
  }
  return out;
}

function valueCounts(sums: Map<string, { n: number; label: string | null }>, selected: readonly FacetValueCount[], max: number): FacetValueCount[] {
  const all = [...sums].map(([value, { n, label }]) => ({ value, label: label ?? value, count: n })).filter((v) => v.count > 0);
  all.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const top = all.slice(0, max);
  for (const s of selected) {
    if (top.some((t) => t.value === s.value)) continue;
    const found = all.find((a) => a.value === s.value);
    top.push(found ?? { ...s, count: 0 });
  }
  return top;
}

function categoryNodes(rows: readonly FacetRowLike[], ctx: FacetContext): CategoryFacetNode[] {
  const node = (path: string, count: number): CategoryFacetNode | null => {
    const c = ctx.categories.get(path);
    return c ? { path, name: c.name, slug: c.slug, depth: c.depth, count } : null;
  };
  const children = sumBy(rowsFor(rows, "cat_child", "category", ctx.bits));
  const base = ctx.categoryPath ? `${ctx.categoryPath}/` : "";
  const below = [...children]
    .map(([seg, { n }]) => node(`${base}${seg}`, n))
    .filter((c): c is CategoryFacetNode => c !== null && c.count > 0)
    .sort((a, b) => (ctx.categories.get(a.path)?.order ?? 0) - (ctx.categories.get(b.path)?.order ?? 0));
  if (!ctx.categoryPath) return below;
  const parts = ctx.categoryPath.split("/");
  const common = rowsFor(rows, "cat_common", "category", ctx.bits);
  const above = parts
    .map((_, i) => {
      const depth = i + 1;
      const count = common.filter((r) => Number(r.value) >= depth).reduce((s, r) => s + r.n, 0);
      return node(parts.slice(0, depth).join("/"), count);
    })
    .filter((c): c is CategoryFacetNode => c !== null);
  return [...above, ...below];
}

function attributeFacets(rows: readonly FacetRowLike[], ctx: FacetContext): AttributeFacet[] {
  return ctx.defs.map((def, i): AttributeFacet => {
    const key = `attr:${def.key}`;
    if (def.type === "select") {
      const counts = sumBy(rowsFor(rows, `attr:${i}`, key, ctx.bits));
      const known = def.options.filter((o) => (counts.get(o)?.n ?? 0) > 0).map((o) => ({ value: o, label: o, count: counts.get(o)?.n ?? 0 }));
      const other = [...counts]
        .filter(([v, { n }]) => !def.options.includes(v) && n > 0)
        .map(([v, { n }]) => ({ value: v, label: v, count: n }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      return { ...def, type: "select", values: [...known, ...other] };
    }
    if (def.type === "number") {
      const mine = rowsFor(rows, `num:${i}`, key, ctx.bits);
      const los = mine.filter((r) => r.n > 0).map((r) => num(r.lo) as number);
      const his = mine.filter((r) => r.n > 0).map((r) => num(r.hi) as number);
      return {
        ...def,
        type: "number",
        count: mine.reduce((s, r) => s + r.n, 0),
        min: los.length ? Math.min(...los) : null,
        max: his.length ? Math.max(...his) : null,
      };
    }
    return { ...def, type: "boolean", count: sumBy(rowsFor(rows, `attr:${i}`, key, ctx.bits)).get("1")?.n ?? 0 };
  });
}

/** Bucket i spans the price classes between its edges (an edge belongs to both buckets it bounds). */
function priceBuckets(rows: readonly FacetRowLike[], bits: ReadonlyMap<string, number>) {
  const classes = sumBy(rowsFor(rows, "price", "price", bits));
  const count = (c: number) => classes.get(String(c))?.n ?? 0;
  const last = PRICE_BUCKETS.length - 1;
  return PRICE_BUCKETS.map((b, i) => {
    const from = i === 0 ? 0 : 2 * i - 1;
    const to = i === last ? 2 * last : 2 * i + 1;
    let n = 0;
    for (let c = from; c <= to; c++) n += count(c);
    return { ...b, count: n };
  });
}

export function assembleFacets(rows: readonly FacetRowLike[], ctx: FacetContext): SearchFacets {
  const totals = rows.filter((r) => r.dim === "");
  const priced = rowsFor(rows, "", "price", ctx.bits).filter((r) => r.n > 0);
  const rating = sumBy(rowsFor(rows, "rating", "rating", ctx.bits));
  const discount = sumBy(rowsFor(rows, "discount", "discount", ctx.bits));
  const atLeast = (sums: Map<string, { n: number }>, min: number) => [...sums].filter(([k]) => Number(k) >= min).reduce((s, [, v]) => s + v.n, 0);
  return {
    total: totals.find((r) => r.fail === 0)?.n ?? 0,
    brands: valueCounts(sumBy(rowsFor(rows, "brand", "brand", ctx.bits)), ctx.selectedBrands, MAX_BRAND_FACETS),
    sellers: valueCounts(sumBy(rowsFor(rows, "seller", "seller", ctx.bits)), ctx.selectedSellers, MAX_SELLER_FACETS),
    categories: categoryNodes(rows, ctx),
    price: {
      min: priced.length ? Math.min(...priced.map((r) => num(r.lo) as number)) : null,
      max: priced.length ? Math.max(...priced.map((r) => num(r.hi) as number)) : null,
      buckets: priceBuckets(rows, ctx.bits),
    },
    rating: RATING_STEPS.map((min) => ({ min, count: atLeast(rating, min) })),
    inStock: sumBy(rowsFor(rows, "stock", "stock", ctx.bits)).get("1")?.n ?? 0,
    discount: DISCOUNT_STEPS.map((min) => ({ min, count: atLeast(discount, min) })),
    attributes: attributeFacets(rows, ctx),
  };
}
