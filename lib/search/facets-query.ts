import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { FacetAttributeDef } from "@/lib/catalog/facets-types";
import { attr, attrNumber, attrText } from "@/lib/catalog/facets-queries";
import { PRICE_EDGES_RUPEES } from "@/lib/catalog/facets-rules";
import { queryRows, type Executor } from "@/lib/platform/db";
import { allFilters, failMask, inSubtree, type ActiveFilter } from "./query-filters";

/**
 * Every facet's counts in one statement and one pass over the matching documents: each row carries the
 * bit mask of the filters it fails; rows failing two or more filters count nowhere and are dropped, and
 * one GROUPING SETS aggregate counts each facet's values per mask. A facet's count is then the rows that
 * fail nothing plus those that fail only that facet's own filter (added up in facets-rules.ts). With a
 * category selected the pass reads its subtree only (plus one small count for the ancestors).
 */

export const PRICE_EDGES_PAISE = PRICE_EDGES_RUPEES.map((r) => r * 100);

/** A grouping dimension: its name, the SQL of its value, and the extra column grouped with it (labels). */
interface Dimension {
  name: string;
  value: SQL;
  label?: SQL;
}

export interface FacetQueryInput {
  /** The text match (a condition over search_documents), or null for browsing. */
  match: SQL | null;
  active: readonly ActiveFilter[];
  categoryPath: string | null;
  defs: readonly FacetAttributeDef[];
}

export interface FacetRow {
  fail: number;
  dim: string | null;
  value: string | null;
  label: string | null;
  n: number;
  lo: number | string | null;
  hi: number | string | null;
}

/** Where a price falls among the bucket edges: even classes between edges, odd classes on an edge (buckets include both ends). */
function priceClass(): SQL {
  const whens = PRICE_EDGES_PAISE.map((e, i) => sql`when min_price_paise < ${e} then ${2 * i} when min_price_paise = ${e} then ${2 * i + 1}`);
  return sql`(case ${sql.join(whens, sql` `)} else ${2 * PRICE_EDGES_PAISE.length} end)`;
}

const ratingClass = sql`(case when rating_count = 0 then 0 when rating_x_100 >= 400 then 4 when rating_x_100 >= 300 then 3 when rating_x_100 >= 200 then 2 else 0 end)`;
const discountClass = sql`(case when discount_pct >= 50 then 50 when discount_pct >= 25 then 25 when discount_pct >= 10 then 10 else 0 end)`;

function segments(path: string): string[] {
  return path.split("/");
}

function categoryDimensions(categoryPath: string | null): Dimension[] {
  if (!categoryPath) return [{ name: "cat_child", value: sql`split_part(category_path, '/', 1)` }];
  const parts = segments(categoryPath);
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  const common = prefixes
    .map((p, i) => ({ p, depth: i + 1 }))
    .reverse()
    .map(({ p, depth }) => sql`when ${inSubtree(p)} then ${depth}`);
  return [
    {
      name: "cat_child",
      value: sql`(case when category_path like ${`${categoryPath.replace(/[\\%_]/g, (m) => `\\${m}`)}/%`} then split_part(category_path, '/', ${parts.length + 1}) end)`,
    },
    { name: "cat_common", value: sql`(case ${sql.join(common, sql` `)} else 0 end)` },
  ];
}

function dimensions({ categoryPath, defs }: FacetQueryInput): Dimension[] {
  const dims: Dimension[] = [
    ...categoryDimensions(categoryPath),
    { name: "brand", value: sql`brand_slug`, label: sql`brand_name` },
    { name: "seller", value: sql`seller_slug`, label: sql`seller_name` },
    { name: "price", value: priceClass() },
    { name: "rating", value: ratingClass },
    { name: "discount", value: discountClass },
    { name: "stock", value: sql`(case when in_stock then 1 else 0 end)` },
  ];
  defs.forEach((def, i) => {
    if (def.type === "select") dims.push({ name: `attr:${i}`, value: attrText(def.key) });
    else if (def.type === "boolean") dims.push({ name: `attr:${i}`, value: sql`(case when ${attr(def.key)} = 'true'::jsonb then 1 else 0 end)` });
  });
  return dims;
}

/**
 * The facet pass reads only the selected category's subtree; the ancestors' counts (drilling up) also
 * need the documents elsewhere under the top-level category that pass every other filter — one small
 * grouped count of them by how deep their path agrees with the selected one ("cat_common", as fail 0).
 */
function ancestorRows({ match, active, categoryPath }: FacetQueryInput): SQL | null {
  if (!categoryPath || !categoryPath.includes("/")) return null;
  const common = categoryDimensions(categoryPath).find((d) => d.name === "cat_common") as Dimension;
  const others = allFilters(active.filter((f) => f.key !== "category"));
  const where = [inSubtree(segments(categoryPath)[0]), sql`not ${inSubtree(categoryPath)}`, others, ...(match ? [match] : [])];
  return sql`select 0, 'cat_common', (${common.value})::text, null::text, count(*)::int, null::float8, null::float8
    from search_documents where ${sql.join(where, sql` and `)} group by 3`;
}

/**
 * Rows of (fail mask, dimension, value, label, count, min, max). The "" dimension is the per-mask total
 * with the lowest/highest price; number attributes come as "num:<i>" with their count, min and max.
 */
export async function queryFacetRows(db: Executor, input: FacetQueryInput): Promise<FacetRow[]> {
  const dims = dimensions(input);
  const numbers = input.defs.map((d, i) => ({ d, i })).filter(({ d }) => d.type === "number");
  const cols = dims.flatMap((d, i) => [sql`${d.value} as d${sql.raw(String(i))}`, ...(d.label ? [sql`${d.label} as l${sql.raw(String(i))}`] : [])]);
  const numCols = numbers.map(({ d, i }) => sql`${attrNumber(d.key)} as n${sql.raw(String(i))}`);
  const where: SQL[] = [];
  if (input.match) where.push(input.match);
  if (input.categoryPath) where.push(inSubtree(input.categoryPath));
  const inner = sql`select ${failMask(input.active)} as fail, min_price_paise, ${sql.join([...cols, ...numCols], sql`, `)}
    from search_documents ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}`;
  const ref = (i: number) => sql.raw(`d${i}`);
  const lab = (i: number) => sql.raw(`l${i}`);
  const sets = [sql`(fail)`, ...dims.map((d, i) => (d.label ? sql`(fail, ${ref(i)}, ${lab(i)})` : sql`(fail, ${ref(i)})`))];
  const grouping = sql`grouping(${sql.join(dims.map((_, i) => ref(i)), sql`, `)})`;
  const dimName = sql`(case ${grouping} ${sql.join(
    dims.map((d, i) => sql`when ${(2 ** dims.length - 1) ^ (2 ** (dims.length - 1 - i))} then ${d.name}`),
    sql` `,
  )} else '' end)`;
  const valueOf = sql`coalesce(${sql.join(dims.map((_, i) => sql`${ref(i)}::text`), sql`, `)})`;
  const labelOf = dims.some((d) => d.label) ? sql`coalesce(${sql.join(dims.flatMap((d, i) => (d.label ? [sql`${lab(i)}::text`] : [])), sql`, `)}, null)` : sql`null::text`;
  const aggregated = sql`select fail, ${dimName} as dim, ${valueOf} as value, ${labelOf} as label, count(*)::int as n,
      min(min_price_paise)::float8 as lo, max(min_price_paise)::float8 as hi
    from r group by grouping sets (${sql.join(sets, sql`, `)})`;
  const numberRows = numbers.map(
    ({ i }) => sql`select fail, ${`num:${i}`}::text, null::text, null::text, count(${sql.raw(`n${i}`)})::int, min(${sql.raw(`n${i}`)})::float8, max(${sql.raw(`n${i}`)})::float8
      from r group by fail`,
  );
  const ancestors = ancestorRows(input);
  const query = sql`with r as materialized (select * from (${inner}) x where fail & (fail - 1) = 0)
    ${sql.join([aggregated, ...numberRows, ...(ancestors ? [ancestors] : [])], sql` union all `)}`;
  const rows = await queryRows<FacetRow>(db, query);
  return rows.map((r) => ({ ...r, fail: Number(r.fail), n: Number(r.n) }));
}
