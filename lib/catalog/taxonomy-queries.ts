import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, ne, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/platform/db";
import { escapeLike, paginate } from "@/lib/sellers/rules";
import { brands, categories, categoryAttributes, products } from "@/models";
import type { CategoryAttributeDef } from "./attribute-rules";
import { listCategoryAttributes } from "./attributes";
import { effectiveGstRate, type EffectiveGstRate } from "./taxonomy-gst";
import { ancestorPaths, assembleTree, rollUpCounts } from "./taxonomy-rules";
import { brandListSchema } from "./taxonomy-schemas";
import type { Paged } from "./types";

/**
 * Reads for the admin taxonomy screens: the category tree with product counts, one category with
 * its own and inherited attributes, and the brand list. Admin pages call these after
 * requirePageRole("admin"); nothing here is cached, so admins always see their last write.
 */

export interface AdminCategoryNode {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  path: string;
  depth: number;
  /** Products filed directly in this category (any status). */
  ownProducts: number;
  /** Products in this category and everything below it. */
  totalProducts: number;
  /** Attributes defined on this category itself. */
  attributeCount: number;
  children: AdminCategoryNode[];
}

/** The whole tree, roots first, siblings in display order, with product and attribute counts. */
export async function getAdminCategoryTree(): Promise<AdminCategoryNode[]> {
  const db = await getDb();
  const [rows, productCounts, attributeCounts] = await Promise.all([
    db
      .select({ id: categories.id, parentId: categories.parentId, name: categories.name, slug: categories.slug, path: categories.path, depth: categories.depth })
      .from(categories)
      .orderBy(asc(categories.depth), asc(categories.position), asc(categories.name)),
    db.select({ id: products.categoryId, n: count() }).from(products).groupBy(products.categoryId),
    db.select({ id: categoryAttributes.categoryId, n: count() }).from(categoryAttributes).groupBy(categoryAttributes.categoryId),
  ]);
  const own = new Map(productCounts.map((r) => [r.id, Number(r.n)]));
  const attrs = new Map(attributeCounts.map((r) => [r.id, Number(r.n)]));
  const totals = rollUpCounts(rows, own);
  return assembleTree(rows, (r): AdminCategoryNode => ({
    ...r,
    ownProducts: own.get(r.id) ?? 0,
    totalProducts: totals.get(r.id) ?? 0,
    attributeCount: attrs.get(r.id) ?? 0,
    children: [],
  }));
}

export interface AdminCategoryDetail {
  id: string;
  parentId: string | null;
  name: string;
  slug: string;
  path: string;
  depth: number;
  /** Root first, the category itself excluded. */
  ancestors: { id: string; name: string }[];
  ownProducts: number;
  /** The category's own GST rate (null: inherited) and the rate its products are taxed at. */
  gstRateBp: number | null;
  gstRate: EffectiveGstRate;
  /** Attributes defined on this category. */
  attributes: CategoryAttributeDef[];
  /** Attributes its products inherit, grouped by the ancestor that defines them (root first). */
  inherited: { category: { id: string; name: string }; attributes: CategoryAttributeDef[] }[];
}

/** One category with its ancestors and attributes (own and inherited); null when unknown. */
export async function getAdminCategory(categoryId: string): Promise<AdminCategoryDetail | null> {
  const db = await getDb();
  const [category] = await db
    .select({ id: categories.id, parentId: categories.parentId, name: categories.name, slug: categories.slug, path: categories.path, depth: categories.depth, gstRateBp: categories.gstRateBp })
    .from(categories)
    .where(eq(categories.id, categoryId));
  if (!category) return null;
  const paths = ancestorPaths(category.path);
  const ancestors = paths.length
    ? await db.select({ id: categories.id, name: categories.name, path: categories.path, gstRateBp: categories.gstRateBp }).from(categories).where(inArray(categories.path, paths))
    : [];
  ancestors.sort((a, b) => a.path.length - b.path.length);
  const [attributes, [own]] = await Promise.all([
    listCategoryAttributes(category.id, db),
    db.select({ n: count() }).from(products).where(eq(products.categoryId, category.id)),
  ]);
  return {
    ...category,
    ancestors: ancestors.map((a) => ({ id: a.id, name: a.name })),
    ownProducts: Number(own?.n ?? 0),
    gstRate: effectiveGstRate(category.gstRateBp, ancestors),
    attributes: attributes.filter((a) => a.categoryId === category.id),
    inherited: ancestors
      .map((a) => ({ category: { id: a.id, name: a.name }, attributes: attributes.filter((attr) => attr.categoryId === a.id) }))
      .filter((group) => group.attributes.length > 0),
  };
}

export interface AdminBrandRow {
  id: string;
  name: string;
  slug: string;
  productCount: number;
  createdAt: Date;
}

export const BRAND_PAGE_SIZE = 25;

/** Brands with how many products use each (A–Z, most used or unused first); `q` matches the name or slug. */
export async function listAdminBrands(input: { q?: string; page?: number | string; sort?: string } = {}): Promise<Paged<AdminBrandRow>> {
  const { q, page: requested, sort } = brandListSchema.parse(input);
  const db = await getDb();
  const where = q ? or(ilike(brands.name, `%${escapeLike(q)}%`), ilike(brands.slug, `%${escapeLike(q)}%`)) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(brands).where(where);
  const { page, pageCount, offset } = paginate(total, requested, BRAND_PAGE_SIZE);
  const items = await db
    .select({
      id: brands.id,
      name: brands.name,
      slug: brands.slug,
      createdAt: brands.createdAt,
      productCount: sql<number>`count(${products.id})`.mapWith(Number),
    })
    .from(brands)
    .leftJoin(products, eq(products.brandId, brands.id))
    .where(where)
    .groupBy(brands.id)
    .orderBy(...(sort === "products" ? [desc(count(products.id))] : sort === "unused" ? [asc(count(products.id))] : []), asc(sql`lower(${brands.name})`), asc(brands.id))
    .limit(BRAND_PAGE_SIZE)
    .offset(offset);
  return { items, total, page, pageSize: BRAND_PAGE_SIZE, pageCount };
}

export interface BrandChoice {
  id: string;
  name: string;
  productCount: number;
}

/** Up to `limit` brands whose name matches `q` (best first: starts-with before contains), for pickers. */
export async function searchBrands(q: string, { excludeId, limit = 8 }: { excludeId?: string; limit?: number } = {}): Promise<BrandChoice[]> {
  const text = q.trim().slice(0, 100);
  if (!text) return [];
  const db = await getDb();
  return db
    .select({ id: brands.id, name: brands.name, productCount: sql<number>`count(${products.id})`.mapWith(Number) })
    .from(brands)
    .leftJoin(products, eq(products.brandId, brands.id))
    .where(and(ilike(brands.name, `%${escapeLike(text)}%`), excludeId ? ne(brands.id, excludeId) : undefined))
    .groupBy(brands.id)
    .orderBy(sql`not starts_with(lower(${brands.name}), lower(${text}))`, asc(sql`lower(${brands.name})`))
    .limit(limit);
}

/** Counts for the catalogue section's tabs. */
export async function getTaxonomyCounts(): Promise<{ categories: number; brands: number }> {
  const db = await getDb();
  const [[c], [b]] = await Promise.all([db.select({ n: count() }).from(categories), db.select({ n: count() }).from(brands)]);
  return { categories: Number(c.n), brands: Number(b.n) };
}
