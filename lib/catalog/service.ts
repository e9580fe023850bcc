import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import {
  brands,
  categories,
  productImageFeatures,
  productImages,
  productOptions,
  products,
  productVariants,
  sellers,
  type ProductStatus,
  type ProductType,
  type SellerStatus,
  type Specifications,
} from "@/models";
import { shortHash, slugify } from "./slug";
import { chunks as inChunks } from "@/lib/platform/chunks";

/**
 * Catalogue writes that are safe to repeat: every upsert is keyed on a natural key (category path,
 * brand/seller slug, product externalRef, variant SKU), so running an import twice changes nothing.
 */

const excluded = (column: string): SQL => sql.raw(`excluded."${column}"`);
const CHUNK = 500;

const chunks = <T>(items: readonly T[]) => inChunks(items, CHUNK);

// ───────────────────────────── categories ─────────────────────────────

export const categoryKey = (names: readonly string[]) => names.join(" > ");

interface CategoryNode {
  key: string;
  name: string;
  parentKey: string | null;
  depth: number;
  segment: string;
  path: string;
}

function categoryNodes(paths: readonly (readonly string[])[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>();
  for (const names of paths) {
    let parent: CategoryNode | null = null;
    names.forEach((rawName, depth) => {
      const name = rawName.trim();
      const key = categoryKey([...names.slice(0, depth).map((n) => n.trim()), name]);
      let node = nodes.get(key);
      if (!node) {
        const segment = slugify(name) || shortHash(name, 6);
        node = { key, name, parentKey: parent?.key ?? null, depth, segment, path: parent ? `${parent.path}/${segment}` : segment };
        nodes.set(key, node);
      }
      parent = node;
    });
  }
  return [...nodes.values()];
}

/** Slug of a new category: its own segment near the root, "parent-child" deeper down ("men-t-shirts"). */
function preferredSlug(node: CategoryNode, byKey: Map<string, CategoryNode>): string {
  if (node.depth < 2 || !node.parentKey) return node.segment;
  return `${byKey.get(node.parentKey)?.segment ?? ""}-${node.segment}`.replace(/^-/, "");
}

/**
 * Ensures every category on the given name paths exists (e.g. ["Fashion", "Men", "T-Shirts"]) and returns
 * category ids keyed by "A > B > C" for every level. Existing categories (matched by slug path) are kept as
 * they are; new siblings are positioned by `topOrder` at the root and alphabetically below it.
 */
export async function upsertCategoryPaths(
  ex: Executor,
  paths: readonly (readonly string[])[],
  topOrder: readonly string[] = [],
): Promise<Map<string, string>> {
  const nodes = categoryNodes(paths);
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const ids = new Map<string, string>();
  const byPath = new Map<string, string>();
  for (const part of chunks(nodes.map((n) => n.path))) {
    const rows = await ex.select({ id: categories.id, path: categories.path }).from(categories).where(inArray(categories.path, part));
    for (const row of rows) byPath.set(row.path, row.id);
  }

  const maxDepth = Math.max(-1, ...nodes.map((n) => n.depth));
  for (let depth = 0; depth <= maxDepth; depth++) {
    const level = nodes.filter((n) => n.depth === depth);
    const missing = level.filter((n) => !byPath.has(n.path));
    if (missing.length) {
      const wanted = missing.map((n) => ({ node: n, slug: preferredSlug(n, byKey) }));
      const taken = new Set<string>();
      for (const part of chunks(wanted.map((w) => w.slug))) {
        const rows = await ex.select({ slug: categories.slug }).from(categories).where(inArray(categories.slug, part));
        for (const row of rows) taken.add(row.slug);
      }
      const siblingsOrder = (n: CategoryNode) => {
        const i = depth === 0 ? topOrder.indexOf(n.name) : -1;
        return i >= 0 ? String(i).padStart(4, "0") : `9999${n.name.toLowerCase()}`;
      };
      const ordered = [...level].sort((a, b) => siblingsOrder(a).localeCompare(siblingsOrder(b)));
      const position = new Map(ordered.map((n) => [n.key, ordered.filter((o) => o.parentKey === n.parentKey).indexOf(n)]));
      const values = wanted.map(({ node, slug }) => {
        const unique = taken.has(slug) ? `${slug}-${shortHash(node.path, 4)}` : slug;
        taken.add(unique);
        return {
          name: node.name,
          slug: unique,
          path: node.path,
          depth: node.depth,
          position: position.get(node.key) ?? 0,
          parentId: node.parentKey ? (ids.get(node.parentKey) ?? null) : null,
        };
      });
      for (const part of chunks(values)) await ex.insert(categories).values(part).onConflictDoNothing({ target: categories.path });
      for (const part of chunks(missing.map((n) => n.path))) {
        const rows = await ex.select({ id: categories.id, path: categories.path }).from(categories).where(inArray(categories.path, part));
        for (const row of rows) byPath.set(row.path, row.id);
      }
    }
    for (const node of level) {
      const id = byPath.get(node.path);
      if (!id) throw new Error(`category ${node.key} could not be created`);
      ids.set(node.key, id);
    }
  }
  return ids;
}

// ───────────────────────────── brands ─────────────────────────────

export function brandSlug(name: string): string {
  return slugify(name) || `brand-${shortHash(name, 6)}`;
}

/** Ensures a brand exists for every name (matched by slug) and returns brand ids keyed by the given names. */
export async function upsertBrands(ex: Executor, names: readonly string[]): Promise<Map<string, string>> {
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const clean = name.trim();
    if (clean && !bySlug.has(brandSlug(clean))) bySlug.set(brandSlug(clean), clean);
  }
  const slugIds = new Map<string, string>();
  for (const part of chunks([...bySlug.entries()])) {
    await ex
      .insert(brands)
      .values(part.map(([slug, name]) => ({ slug, name })))
      .onConflictDoNothing({ target: brands.slug });
    const rows = await ex.select({ id: brands.id, slug: brands.slug }).from(brands).where(inArray(brands.slug, part.map(([slug]) => slug)));
    for (const row of rows) slugIds.set(row.slug, row.id);
  }
  const ids = new Map<string, string>();
  for (const name of names) {
    const id = slugIds.get(brandSlug(name.trim()));
    if (id) ids.set(name, id);
  }
  return ids;
}

// ───────────────────────────── sellers ─────────────────────────────

export interface SellerUpsert {
  ownerUserId: string;
  name: string;
  slug: string;
  description: string | null;
  status: SellerStatus;
  city: string;
  state: string;
  pincode: string;
  gstin: string | null;
  ratingX100: number;
}

/** Creates the seller unless one with the slug exists (an existing seller, and its status, is left alone); returns its id. */
export async function upsertSeller(ex: Executor, input: SellerUpsert): Promise<string> {
  await ex.insert(sellers).values(input).onConflictDoNothing({ target: sellers.slug });
  const [row] = await ex.select({ id: sellers.id }).from(sellers).where(eq(sellers.slug, input.slug));
  if (!row) throw new Error(`seller ${input.slug} could not be created`);
  return row.id;
}

// ───────────────────────────── products ─────────────────────────────

export interface VariantUpsert {
  sku: string;
  title: string;
  optionValues: Record<string, string>;
  pricePaise: number;
  mrpPaise: number;
  /** Stock for a new variant; an existing variant's stock is never overwritten (orders may hold it). */
  stockOnHand: number;
}

export interface ImageUpsert {
  storageKey: string;
  alt: string;
  width: number;
  height: number;
}

export interface ProductUpsert {
  externalRef: string;
  sellerId: string;
  categoryId: string;
  brandId: string | null;
  title: string;
  /** Used when the product is created; an existing product keeps its slug so its URLs stay valid. */
  slug: string;
  description: string;
  /** Used when the product is created; an existing product keeps its status (moderation may have changed it). */
  status: ProductStatus;
  type: ProductType;
  specifications: Specifications;
  seoTitle: string | null;
  seoDescription: string | null;
  ratingX100: number;
  ratingCount: number;
  options: { name: string; values: string[] }[];
  variants: VariantUpsert[];
  images: ImageUpsert[];
}

export interface UpsertResult {
  created: number;
  updated: number;
  unchanged: number;
}

const PRODUCT_CONTENT = [
  ["sellerId", "seller_id"],
  ["categoryId", "category_id"],
  ["brandId", "brand_id"],
  ["title", "title"],
  ["description", "description"],
  ["type", "type"],
  ["specifications", "specifications"],
  ["seoTitle", "seo_title"],
  ["seoDescription", "seo_description"],
  ["ratingX100", "rating_x_100"],
  ["ratingCount", "rating_count"],
] as const;

/** `(t.a, t.b) is distinct from (excluded.a, excluded.b)`: only rows whose content changed get updated. */
function changed(table: string, columns: readonly string[]): SQL {
  const current = columns.map((c) => `"${table}"."${c}"`).join(", ");
  const incoming = columns.map((c) => `excluded."${c}"`).join(", ");
  return sql.raw(`(${current}) is distinct from (${incoming})`);
}

/**
 * Creates or updates products with their options, variants and images, keyed on externalRef (products),
 * product + option name (options), SKU (variants) and product + position (images). Runs in one transaction;
 * call it with batches of a few hundred products.
 */
export async function upsertProducts(ex: Executor, inputs: readonly ProductUpsert[]): Promise<UpsertResult> {
  if (inputs.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  return ex.transaction(async (tx) => {
    const set = Object.fromEntries([
      ...PRODUCT_CONTENT.map(([key, column]) => [key, excluded(column)]),
      ["updatedAt", sql`now()`],
    ]);
    const written = await tx
      .insert(products)
      .values(
        inputs.map((p) => ({
          externalRef: p.externalRef,
          sellerId: p.sellerId,
          categoryId: p.categoryId,
          brandId: p.brandId,
          title: p.title,
          slug: p.slug,
          description: p.description,
          status: p.status,
          type: p.type,
          specifications: p.specifications,
          seoTitle: p.seoTitle,
          seoDescription: p.seoDescription,
          ratingX100: p.ratingX100,
          ratingCount: p.ratingCount,
        })),
      )
      .onConflictDoUpdate({
        target: products.externalRef,
        set,
        setWhere: changed("products", PRODUCT_CONTENT.map(([, column]) => column)),
      })
      .returning({ id: products.id, externalRef: products.externalRef, inserted: sql<boolean>`(xmax = 0)` });

    const idByRef = new Map<string, string>();
    let created = 0;
    for (const row of written) {
      if (row.externalRef) idByRef.set(row.externalRef, row.id);
      if (row.inserted) created++;
    }
    const unchangedRefs = inputs.map((p) => p.externalRef).filter((ref) => !idByRef.has(ref));
    for (const part of chunks(unchangedRefs)) {
      const rows = await tx.select({ id: products.id, externalRef: products.externalRef }).from(products).where(inArray(products.externalRef, part));
      for (const row of rows) if (row.externalRef) idByRef.set(row.externalRef, row.id);
    }
    const productId = (ref: string) => {
      const id = idByRef.get(ref);
      if (!id) throw new Error(`product ${ref} was not written`);
      return id;
    };

    const options = inputs.flatMap((p) => p.options.map((o, position) => ({ productId: productId(p.externalRef), name: o.name, values: o.values, position })));
    for (const part of chunks(options)) {
      await tx
        .insert(productOptions)
        .values(part)
        .onConflictDoUpdate({
          target: [productOptions.productId, productOptions.name],
          set: { values: excluded("values"), position: excluded("position") },
          setWhere: changed("product_options", ["values", "position"]),
        });
    }

    const variants = inputs.flatMap((p) =>
      p.variants.map((v, position) => ({
        productId: productId(p.externalRef),
        sku: v.sku,
        title: v.title,
        optionValues: v.optionValues,
        pricePaise: v.pricePaise,
        mrpPaise: v.mrpPaise,
        stockOnHand: v.stockOnHand,
        position,
      })),
    );
    for (const part of chunks(variants)) {
      await tx
        .insert(productVariants)
        .values(part)
        .onConflictDoUpdate({
          target: productVariants.sku,
          set: {
            title: excluded("title"),
            optionValues: excluded("option_values"),
            pricePaise: excluded("price_paise"),
            mrpPaise: excluded("mrp_paise"),
            position: excluded("position"),
            updatedAt: sql`now()`,
          },
          setWhere: sql`${changed("product_variants", ["title", "option_values", "price_paise", "mrp_paise", "position"])} and "product_variants"."product_id" = excluded."product_id"`,
        });
    }

    await syncImages(tx, inputs.map((p) => ({ productId: productId(p.externalRef), images: p.images })));

    const updated = written.length - created;
    return { created, updated, unchanged: inputs.length - written.length };
  });
}

/** Makes each product's images at positions 0..n-1 match `images`, inserting or updating only what differs. */
async function syncImages(ex: Executor, items: { productId: string; images: ImageUpsert[] }[]): Promise<void> {
  const existing = new Map<string, { id: string; storageKey: string; alt: string; width: number; height: number }>();
  for (const part of chunks(items.map((i) => i.productId))) {
    const rows = await ex
      .select({
        id: productImages.id,
        productId: productImages.productId,
        position: productImages.position,
        storageKey: productImages.storageKey,
        alt: productImages.alt,
        width: productImages.width,
        height: productImages.height,
      })
      .from(productImages)
      .where(inArray(productImages.productId, part));
    for (const row of rows) existing.set(`${row.productId}:${row.position}`, row);
  }
  const inserts: (typeof productImages.$inferInsert)[] = [];
  for (const { productId, images } of items) {
    for (const [position, image] of images.entries()) {
      const current = existing.get(`${productId}:${position}`);
      if (!current) {
        inserts.push({ productId, position, ...image });
      } else if (
        current.storageKey !== image.storageKey ||
        current.alt !== image.alt ||
        current.width !== image.width ||
        current.height !== image.height
      ) {
        await ex
          .update(productImages)
          .set(image)
          .where(and(eq(productImages.id, current.id), eq(productImages.productId, productId)));
        // A new picture under the same image row: its visual-search features are stale (recomputed on product.changed).
        if (current.storageKey !== image.storageKey) await ex.delete(productImageFeatures).where(eq(productImageFeatures.imageId, current.id));
      }
    }
  }
  for (const part of chunks(inserts)) await ex.insert(productImages).values(part);
}
