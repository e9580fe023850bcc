import "server-only";
import { and, asc, count, desc, eq, ilike, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/platform/db";
import { productImages, productRevisions, products, productVariants, sellers, users } from "@/models";
import { escapeLike, paginate } from "./rules";
import {
  adminSellerListSchema,
  sellerProductListSchema,
  type AdminSellerListInput,
  type ListPage,
  type ProductStatus,
  type SellerProductListInput,
  type SellerStatus,
} from "./schemas";

export interface SellerProfile {
  id: string;
  name: string;
  slug: string;
  status: SellerStatus;
  city: string;
  state: string;
  createdAt: Date;
}

export interface SellerProductCounts {
  total: number;
  active: number;
  pendingReview: number;
  draft: number;
  rejected: number;
  archived: number;
  /** Live products with a content change waiting for review (counted in `active` too). */
  pendingChange: number;
}

export interface SellerStockCounts {
  /** Active variants of products that are not archived. */
  variants: number;
  /** Variants with at least one sellable unit (includes low stock). */
  inStock: number;
  /** Variants with sellable units at or below their own low-stock threshold. */
  lowStock: number;
  outOfStock: number;
  unitsOnHand: number;
  unitsReserved: number;
  unitsAvailable: number;
}

export interface SellerProductRow {
  id: string;
  title: string;
  slug: string;
  status: ProductStatus;
  skuCount: number;
  minPricePaise: number | null;
  maxPricePaise: number | null;
  unitsAvailable: number;
  outOfStockSkus: number;
  /** Active variants still in stock but at or below their own low-stock alert level. */
  lowStockSkus: number;
  /** A content change of this (live) product is waiting for review. */
  pendingChange: boolean;
  /** Storage key of the product's first image, if it has one. */
  imageKey: string | null;
  updatedAt: Date;
}

export interface AdminSellerRow extends SellerProfile {
  ownerName: string;
  ownerEmail: string;
  productCount: number;
}

const profileColumns = {
  id: sellers.id,
  name: sellers.name,
  slug: sellers.slug,
  status: sellers.status,
  city: sellers.city,
  state: sellers.state,
  createdAt: sellers.createdAt,
};

const available = sql`(${productVariants.stockOnHand} - ${productVariants.stockReserved})`;
const hasPendingChange = sql`exists (select 1 from ${productRevisions} where ${productRevisions.productId} = ${products.id} and ${productRevisions.status} = 'pending')`;

/** The seller record behind a session's sellerId, or null when it does not exist. */
export async function getSellerProfile(sellerId: string): Promise<SellerProfile | null> {
  const db = await getDb();
  const [row] = await db
    .select(profileColumns)
    .from(sellers)
    .where(eq(sellers.id, sellerId))
    .limit(1);
  return row ?? null;
}

/**
 * The store a signed-in seller works on: the session's seller when it has one, otherwise the first
 * store the user owns (the session carries no sellerId for a suspended store). Both come from the
 * session, never from the request.
 */
export async function getOwnStore(actor: { id: string; sellerId: string | null }): Promise<SellerProfile | null> {
  if (actor.sellerId) return getSellerProfile(actor.sellerId);
  const db = await getDb();
  const [row] = await db
    .select(profileColumns)
    .from(sellers)
    .where(eq(sellers.ownerUserId, actor.id))
    .orderBy(asc(sellers.createdAt), asc(sellers.id))
    .limit(1);
  return row ?? null;
}

/** How many of the seller's products are in each status. */
export async function getSellerProductCounts(sellerId: string): Promise<SellerProductCounts> {
  const db = await getDb();
  const [rows, [changes]] = await Promise.all([
    db.select({ status: products.status, n: count() }).from(products).where(eq(products.sellerId, sellerId)).groupBy(products.status),
    db
      .select({ n: count() })
      .from(products)
      .where(and(eq(products.sellerId, sellerId), eq(products.status, "active"), hasPendingChange)),
  ]);
  const by = new Map(rows.map((r) => [r.status, r.n]));
  return {
    total: rows.reduce((sum, r) => sum + r.n, 0),
    active: by.get("active") ?? 0,
    pendingReview: by.get("pending_review") ?? 0,
    draft: by.get("draft") ?? 0,
    rejected: by.get("rejected") ?? 0,
    archived: by.get("archived") ?? 0,
    pendingChange: changes.n,
  };
}

/** Stock health across the seller's sellable variants (active variants of non-archived products). */
export async function getSellerStockCounts(sellerId: string): Promise<SellerStockCounts> {
  const db = await getDb();
  const [row] = await db
    .select({
      variants: count(),
      inStock: sql<number>`count(*) filter (where ${available} > 0)`.mapWith(Number),
      lowStock: sql<number>`count(*) filter (where ${available} between 1 and ${productVariants.lowStockThreshold})`.mapWith(Number),
      outOfStock: sql<number>`count(*) filter (where ${available} <= 0)`.mapWith(Number),
      unitsOnHand: sql<number>`coalesce(sum(${productVariants.stockOnHand}), 0)`.mapWith(Number),
      unitsReserved: sql<number>`coalesce(sum(${productVariants.stockReserved}), 0)`.mapWith(Number),
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(products.sellerId, sellerId), eq(productVariants.isActive, true), ne(products.status, "archived")));
  return { ...row, unitsAvailable: row.unitsOnHand - row.unitsReserved };
}

/**
 * One page of the seller's own products with per-product SKU count, price range and stock.
 * The seller id must come from the session, never from the request.
 */
export async function listSellerProducts(sellerId: string, input: SellerProductListInput = {}): Promise<ListPage<SellerProductRow>> {
  const filters = sellerProductListSchema.parse(input);
  const db = await getDb();
  const conditions: SQL[] = [eq(products.sellerId, sellerId)];
  if (filters.status === "pending_change") conditions.push(eq(products.status, "active"), hasPendingChange);
  else if (filters.status) conditions.push(eq(products.status, filters.status));
  if (filters.q) conditions.push(ilike(products.title, `%${escapeLike(filters.q)}%`));
  const where = and(...conditions);

  const [{ total }] = await db.select({ total: count() }).from(products).where(where);
  const { page, pageCount, offset } = paginate(total, filters.page, filters.pageSize);

  const activeVariant = sql`${productVariants.isActive}`;
  const unitsAvailable = sql<number>`coalesce(sum(${available}) filter (where ${activeVariant}), 0)`.mapWith(Number);
  const lastChange = sql<Date>`greatest(${products.updatedAt}, max(${productVariants.updatedAt}))`.mapWith(products.updatedAt);
  const order =
    filters.sort === "title"
      ? [asc(products.title), asc(products.id)]
      : filters.sort === "stock"
        ? [asc(unitsAvailable), asc(products.title), asc(products.id)]
        : [desc(lastChange), asc(products.id)];

  const items = await db
    .select({
      id: products.id,
      title: products.title,
      slug: products.slug,
      status: products.status,
      skuCount: sql<number>`count(${productVariants.id})`.mapWith(Number),
      minPricePaise: sql<number | null>`min(${productVariants.pricePaise}) filter (where ${activeVariant})`.mapWith(Number),
      maxPricePaise: sql<number | null>`max(${productVariants.pricePaise}) filter (where ${activeVariant})`.mapWith(Number),
      unitsAvailable,
      outOfStockSkus: sql<number>`count(${productVariants.id}) filter (where ${activeVariant} and ${available} <= 0)`.mapWith(Number),
      lowStockSkus: sql<number>`count(${productVariants.id}) filter (where ${activeVariant} and ${available} > 0 and ${available} <= ${productVariants.lowStockThreshold})`.mapWith(Number),
      pendingChange: sql<boolean>`${hasPendingChange}`.mapWith(Boolean),
      imageKey: sql<string | null>`(select ${productImages.storageKey} from ${productImages} where ${productImages.productId} = ${products.id} order by ${productImages.position}, ${productImages.id} limit 1)`,
      updatedAt: lastChange,
    })
    .from(products)
    .leftJoin(productVariants, eq(productVariants.productId, products.id))
    .where(where)
    .groupBy(products.id)
    .orderBy(...order)
    .limit(filters.pageSize)
    .offset(offset);

  return { items, total, page, pageSize: filters.pageSize, pageCount };
}

/** One page of all sellers for the admin table, with owner and product count. */
export async function listSellers(input: AdminSellerListInput = {}): Promise<ListPage<AdminSellerRow>> {
  const filters = adminSellerListSchema.parse(input);
  const db = await getDb();
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(eq(sellers.status, filters.status));
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    const match = or(ilike(sellers.name, pattern), ilike(sellers.city, pattern), ilike(users.name, pattern), ilike(users.email, pattern));
    if (match) conditions.push(match);
  }
  const where = conditions.length ? and(...conditions) : undefined;

  const [{ total }] = await db
    .select({ total: count() })
    .from(sellers)
    .innerJoin(users, eq(users.id, sellers.ownerUserId))
    .where(where);
  const { page, pageCount, offset } = paginate(total, filters.page, filters.pageSize);

  const items = await db
    .select({
      ...profileColumns,
      ownerName: users.name,
      ownerEmail: users.email,
      productCount: sql<number>`count(${products.id})`.mapWith(Number),
    })
    .from(sellers)
    .innerJoin(users, eq(users.id, sellers.ownerUserId))
    .leftJoin(products, eq(products.sellerId, sellers.id))
    .where(where)
    .groupBy(sellers.id, users.id)
    .orderBy(desc(sellers.createdAt), asc(sellers.id))
    .limit(filters.pageSize)
    .offset(offset);

  return { items, total, page, pageSize: filters.pageSize, pageCount };
}
