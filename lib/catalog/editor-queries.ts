import "server-only";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb } from "@/lib/platform/db";
import { ForbiddenError } from "@/lib/platform/errors";
import { brands, categories, productImages, productVariants, products } from "@/models";
import type { CategoryAttributeDef } from "./attribute-rules";
import { imageUrl } from "./image-url";

/**
 * Reference data for the seller's product editor: the category and brand pickers, and the seller's
 * own variants to put in a bundle. Not cached: the editor is opened rarely and these are small,
 * indexed reads, so an admin's taxonomy change shows at once. Variant searches are always scoped to
 * the actor's own store.
 */

export interface CategoryOption {
  id: string;
  /** The category's own name, e.g. "Fresh Fruits". */
  name: string;
  /** Its ancestors' names from the root, e.g. "Grocery › Fruits & Vegetables"; empty for a root. */
  parents: string;
  /** Whether no category sits below it. */
  isLeaf: boolean;
}

export interface BrandOption {
  id: string;
  name: string;
}

/** A category attribute as the editor's form renders it. */
export type AttributeField = Pick<CategoryAttributeDef, "key" | "label" | "type" | "unit" | "options" | "required">;

/** One of the seller's variants as the bundle picker shows it. */
export interface SellerVariantOption {
  id: string;
  productTitle: string;
  /** "Red / M"; "Standard" for a product without options. */
  variantTitle: string;
  sku: string;
  pricePaise: number;
  /** Sellable units (on hand minus reserved). */
  available: number;
  /** A 160-px thumbnail of the product's first image. */
  thumbUrl: string | null;
}

const VARIANT_SEARCH_LIMIT = 20;

/** Every category, ordered by path, each named leaf-first with its ancestors for context. */
export async function listCategoryOptions(): Promise<CategoryOption[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: categories.id, parentId: categories.parentId, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.path));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const parentIds = new Set(rows.map((r) => r.parentId).filter((id): id is string => id !== null));
  const ancestors = (parentId: string | null): string[] => {
    const names: string[] = [];
    for (let id = parentId; id && names.length < 20; id = byId.get(id)?.parentId ?? null) {
      const parent = byId.get(id);
      if (parent) names.unshift(parent.name);
    }
    return names;
  };
  return rows.map((r) => ({ id: r.id, name: r.name, parents: ancestors(r.parentId).join(" › "), isLeaf: !parentIds.has(r.id) }));
}

/** Every brand, A–Z. */
export async function listBrandOptions(): Promise<BrandOption[]> {
  const db = await getDb();
  return db.select({ id: brands.id, name: brands.name }).from(brands).orderBy(asc(sql`lower(${brands.name})`), asc(brands.id));
}

function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (m) => `\\${m}`);
}

const available = sql<number>`(${productVariants.stockOnHand} - ${productVariants.stockReserved})`.mapWith(Number);
const firstImage = sql<string | null>`(select ${productImages.storageKey} from ${productImages} where ${productImages.productId} = ${products.id} order by ${productImages.position} limit 1)`;

/**
 * The seller's active variants of live physical products (what a bundle may hold) whose product
 * title, variant title or SKU contains every word of `q` (at most VARIANT_SEARCH_LIMIT), for picking
 * bundle components. Only a seller with a store may search, and only its own catalogue: another
 * seller's variants never appear.
 */
export async function searchSellerVariants(actor: Actor | null, q: string): Promise<SellerVariantOption[]> {
  const { sellerId } = assertCan(actor, "product:create");
  if (!sellerId) throw new ForbiddenError();
  const words = q.trim().slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 6);
  const matches = words.map((w) => {
    const pattern = `%${likeLiteral(w)}%`;
    return or(ilike(products.title, pattern), ilike(productVariants.title, pattern), ilike(productVariants.sku, pattern));
  });
  const db = await getDb();
  const rows = await db
    .select({
      id: productVariants.id,
      productTitle: products.title,
      variantTitle: productVariants.title,
      sku: productVariants.sku,
      pricePaise: productVariants.pricePaise,
      available,
      imageKey: firstImage,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(
      and(
        eq(products.sellerId, sellerId),
        eq(products.status, "active"),
        eq(products.type, "physical"),
        eq(productVariants.isActive, true),
        ...matches,
      ),
    )
    .orderBy(asc(products.title), asc(productVariants.position), asc(productVariants.sku))
    .limit(VARIANT_SEARCH_LIMIT);
  return rows.map(({ imageKey, ...row }) => ({ ...row, thumbUrl: imageKey ? imageUrl(imageKey, 160) : null }));
}
