import "server-only";
import { cache } from "react";
import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import { getDb, queryRows, type Executor } from "@/lib/platform/db";
import { brands, categories, productImages, productOptions, productVariants, products, sellers } from "@/models";
import { firstImage, hasRunningDeal, variantSummary } from "./card-sql";
import { imageDto } from "./image-url";
import { assembleTree } from "./taxonomy-rules";
import { listedProduct, visibleProducts } from "./visibility";
import { homeRowSpecs, pageCount, pageOffset, PAGE_SIZE, ratingFromX100, type ListingSort, type SearchSort } from "./rules";
import type {
  CategoryDetail,
  CategoryLink,
  CategoryNode,
  CategoryTile,
  ImageDto,
  Paged,
  ProductCardDto,
  ProductDetailDto,
  ProductRow,
  SellerShopDto,
} from "./types";

/* ------------------------------------------------------------------ helpers */

/** Escapes LIKE wildcards so user text and slugs match literally. */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (m) => `\\${m}`);
}

const toLink = (c: CategoryLink): CategoryLink => ({ id: c.id, name: c.name, slug: c.slug, path: c.path, depth: c.depth });

/** Products whose category is one of `paths` or below it (uses the text_pattern_ops index on categories.path). */
function inCategorySubtree(db: Executor, ...paths: string[]): SQL {
  const subtree = db
    .select({ id: categories.id })
    .from(categories)
    .where(or(...paths.flatMap((path) => [eq(categories.path, path), like(categories.path, `${likeLiteral(path)}/%`)])));
  return inArray(products.categoryId, subtree);
}

/* ------------------------------------------------------------------ categories */

const loadCategories = cache(async (): Promise<(CategoryLink & { parentId: string | null; position: number })[]> => {
  const db = await getDb();
  return db
    .select({
      id: categories.id,
      parentId: categories.parentId,
      name: categories.name,
      slug: categories.slug,
      path: categories.path,
      depth: categories.depth,
      position: categories.position,
    })
    .from(categories)
    .orderBy(asc(categories.depth), asc(categories.position), asc(categories.name));
});

/** The whole category tree, roots first, children in display order. */
export const getCategoryTree = cache(async (): Promise<CategoryNode[]> => {
  const rows = await loadCategories();
  return assembleTree(rows, (r): CategoryNode => ({ ...toLink(r), parentId: r.parentId, children: [] }));
});

export async function listTopCategories(): Promise<CategoryLink[]> {
  const rows = await loadCategories();
  return rows.filter((r) => r.parentId === null).map(toLink);
}

/** A category with its ancestors (for breadcrumbs) and direct children (for chips); null when unknown. */
export const getCategoryBySlug = cache(async (slug: string): Promise<CategoryDetail | null> => {
  const rows = await loadCategories();
  const category = rows.find((r) => r.slug === slug);
  if (!category) return null;
  return { ...toLink(category), ancestors: ancestorsOf(rows, category.path), children: rows.filter((r) => r.parentId === category.id).map(toLink) };
});

function ancestorsOf(rows: readonly CategoryLink[], path: string): CategoryLink[] {
  const parts = path.split("/");
  const prefixes = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("/"));
  return prefixes.map((p) => rows.find((r) => r.path === p)).filter((r): r is CategoryLink => !!r).map(toLink);
}

interface TileRow {
  id: string;
  name: string;
  slug: string;
  path: string;
  depth: number;
  product_count: number;
  storage_key: string | null;
  alt: string | null;
  width: number | null;
  height: number | null;
}

/**
 * Categories at one depth that have products on sale (most products first, or in display order), each with
 * the picture of its most reviewed product (for home-page tiles).
 */
export async function listCategoryTiles({
  depth = 1,
  limit = 12,
  order = "count",
}: {
  depth?: number;
  limit?: number;
  /** "count": most products first; "position": the catalogue's own display order. */
  order?: "count" | "position";
} = {}): Promise<CategoryTile[]> {
  const db = await getDb();
  // One pass over the products on sale: each product's ancestor at `depth` is a prefix of its category path.
  const rows = await queryRows<TileRow>(db, sql`
    with v as (
      select array_to_string((string_to_array(d.path, '/'))[1:${depth + 1}], '/') as anc, p.id, p.rating_count
      from ${products} p
      join ${categories} d on d.id = p.category_id
      join ${sellers} s on s.id = p.seller_id
      where p.status = 'active' and s.status = 'active' and d.depth >= ${depth}
        and exists (select 1 from ${productVariants} pv where pv.product_id = p.id and pv.is_active)
    ),
    counts as (select anc, count(*)::int as product_count from v group by anc),
    top as (
      select distinct on (v.anc) v.anc, v.id
      from v
      where exists (select 1 from ${productImages} pi where pi.product_id = v.id)
      order by v.anc, v.rating_count desc, v.id
    )
    select c.id, c.name, c.slug, c.path, c.depth, counts.product_count, img.storage_key, img.alt, img.width, img.height
    from counts
    join ${categories} c on c.path = counts.anc
    left join top on top.anc = counts.anc
    left join lateral (
      select pi.storage_key, pi.alt, pi.width, pi.height
      from ${productImages} pi
      where pi.product_id = top.id
      order by pi.variant_id is not null, pi.position, pi.id
      limit 1
    ) img on true
    order by ${order === "count" ? sql`counts.product_count desc, c.position, c.name` : sql`c.position, c.name`}
    limit ${limit}
  `);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    path: r.path,
    depth: Number(r.depth),
    productCount: Number(r.product_count),
    image: imageDto({ storageKey: r.storage_key, alt: r.alt, width: r.width, height: r.height }),
  }));
}

/* ------------------------------------------------------------------ product cards */

interface CardQuery {
  where: SQL[];
  sort: SearchSort;
  limit: number;
  offset?: number;
  /** Extra ordering for relevance, most relevant first. */
  relevance?: SQL;
}

/** Price facts used only for ordering (cheaper than the full summary). */
function variantOrdering(db: Executor) {
  return db
    .select({
      minPrice: sql<number>`min(${productVariants.pricePaise})`.as("sort_min_price"),
      maxDiscount: sql<number>`max((${productVariants.mrpPaise} - ${productVariants.pricePaise})::float8 / greatest(${productVariants.mrpPaise}, 1))`.as(
        "sort_max_discount",
      ),
    })
    .from(productVariants)
    .where(and(eq(productVariants.productId, products.id), eq(productVariants.isActive, true)))
    .as("vs");
}

/**
 * Product cards in two steps: pick the page of ids (touching variants only when the order needs prices),
 * then summarise variants and fetch the first picture for just those ids.
 */
async function queryCards(db: Executor, q: CardQuery): Promise<ProductCardDto[]> {
  const byPrice = q.sort === "price_asc" || q.sort === "price_desc" || q.sort === "discount";
  const vs = variantOrdering(db);
  const order: Record<SearchSort, SQL[]> = {
    relevance: [...(q.relevance ? [q.relevance] : []), desc(products.ratingCount)],
    popular: [desc(products.ratingCount), desc(products.ratingX100)],
    price_asc: [asc(vs.minPrice), desc(products.ratingCount)],
    price_desc: [desc(vs.minPrice), desc(products.ratingCount)],
    rating: [desc(products.ratingX100), desc(products.ratingCount)],
    discount: [sql`${vs.maxDiscount} desc nulls last`, desc(products.ratingCount)],
    newest: [desc(products.createdAt)],
  };
  const base = db.select({ id: products.id }).from(products).innerJoin(sellers, eq(sellers.id, products.sellerId)).$dynamic();
  const picked = await (byPrice ? base.innerJoinLateral(vs, sql`true`) : base)
    .where(and(visibleProducts(), ...q.where))
    .orderBy(...order[q.sort], asc(products.id))
    .limit(q.limit)
    .offset(q.offset ?? 0);
  return cardsForIds(
    db,
    picked.map((r) => r.id),
  );
}

/** Product cards for these ids, in the same order (ids that are gone are left out). */
export async function cardsForIds(db: Executor, ids: readonly string[]): Promise<ProductCardDto[]> {
  if (ids.length === 0) return [];
  const v = variantSummary(db);
  const img = firstImage(db);
  const rows = await db
    .select({
      id: products.id,
      slug: products.slug,
      title: products.title,
      brand: brands.name,
      ratingX100: products.ratingX100,
      ratingCount: products.ratingCount,
      minPrice: v.minPrice,
      maxPrice: v.maxPrice,
      mrpAtMin: v.mrpAtMin,
      available: v.available,
      variantCount: v.variantCount,
      currency: v.currency,
      storageKey: img.storageKey,
      alt: img.alt,
      width: img.width,
      height: img.height,
      hasDeal: hasRunningDeal(),
    })
    .from(products)
    .leftJoin(brands, eq(brands.id, products.brandId))
    .innerJoinLateral(v, sql`true`)
    .leftJoinLateral(img, sql`true`)
    .where(inArray(products.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r): r is (typeof rows)[number] => r !== undefined)
    .map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      brand: r.brand,
      rating: ratingFromX100(r.ratingX100),
      ratingCount: r.ratingCount,
      minPricePaise: Number(r.minPrice),
      maxPricePaise: Number(r.maxPrice),
      mrpPaise: Number(r.mrpAtMin),
      currency: r.currency ?? "INR",
      available: Number(r.available),
      variantCount: Number(r.variantCount),
      image: imageDto(r),
      hasDeal: Boolean(r.hasDeal),
    }));
}

async function countProducts(db: Executor, where: SQL[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(and(visibleProducts(), ...where));
  return Number(row?.n ?? 0);
}

async function paged(db: Executor, where: SQL[], sort: SearchSort, page: number, pageSize: number, relevance?: SQL): Promise<Paged<ProductCardDto>> {
  const [total, items] = await Promise.all([
    countProducts(db, where),
    queryCards(db, { where, sort, limit: pageSize, offset: pageOffset(page, pageSize), relevance }),
  ]);
  return { items, total, page, pageSize, pageCount: pageCount(total, pageSize) };
}

/** One page of products on sale in a category and all its descendants. */
export async function listProductsInCategory({
  categoryPath,
  sort = "popular",
  page = 1,
  pageSize = PAGE_SIZE,
}: {
  categoryPath: string;
  sort?: ListingSort;
  page?: number;
  pageSize?: number;
}): Promise<Paged<ProductCardDto>> {
  const db = await getDb();
  return paged(db, [inCategorySubtree(db, categoryPath)], sort, page, pageSize);
}

/** One page of a seller's products on sale. */
export async function listProductsBySeller({
  sellerId,
  sort = "popular",
  page = 1,
  pageSize = PAGE_SIZE,
}: {
  sellerId: string;
  sort?: ListingSort;
  page?: number;
  pageSize?: number;
}): Promise<Paged<ProductCardDto>> {
  const db = await getDb();
  return paged(db, [eq(products.sellerId, sellerId)], sort, page, pageSize);
}

/** An active seller's shop front (name, place, rating, about); null when unknown or not active. */
export const getSellerShop = cache(async (slug: string): Promise<SellerShopDto | null> => {
  const db = await getDb();
  const [row] = await db
    .select({
      id: sellers.id,
      slug: sellers.slug,
      name: sellers.name,
      description: sellers.description,
      city: sellers.city,
      state: sellers.state,
      ratingX100: sellers.ratingX100,
    })
    .from(sellers)
    .where(and(eq(sellers.slug, slug), eq(sellers.status, "active")))
    .limit(1);
  if (!row) return null;
  const { ratingX100, ...shop } = row;
  return { ...shop, rating: ratingFromX100(ratingX100) };
});

/** Products for a strip: optionally within a category subtree, excluding one product (the one being viewed). */
export async function listProductStrip({
  categoryPath,
  categoryPaths,
  sort = "popular",
  limit = 12,
  excludeProductId,
}: {
  categoryPath?: string | null;
  /** Several subtrees at once (e.g. every grocery department). */
  categoryPaths?: string[] | null;
  sort?: ListingSort;
  limit?: number;
  excludeProductId?: string;
}): Promise<ProductCardDto[]> {
  const db = await getDb();
  const where: SQL[] = [];
  const paths = [...(categoryPath ? [categoryPath] : []), ...(categoryPaths ?? [])];
  if (paths.length > 0) where.push(inCategorySubtree(db, ...paths));
  if (excludeProductId) where.push(sql`${products.id} <> ${excludeProductId}`);
  return queryCards(db, { where, sort, limit });
}

/** The home page's rows ("Top rated in Grocery", "Fashion picks", …, "Best deals"), empty rows left out. */
export async function listProductRows({ perRow = 12 }: { perRow?: number } = {}): Promise<ProductRow[]> {
  const specs = homeRowSpecs(await listTopCategories());
  const rows = await Promise.all(
    specs.map(async (spec) => ({
      key: spec.key,
      title: spec.title,
      href: spec.href,
      items: await listProductStrip({ categoryPaths: spec.categoryPaths, sort: spec.sort, limit: perRow }),
    })),
  );
  return rows.filter((r) => r.items.length > 0);
}

/* ------------------------------------------------------------------ product page */

/** A product on sale with everything its page shows; null when unknown, not active, or its seller is not active. */
export const getProductBySlug = cache(async (slug: string): Promise<ProductDetailDto | null> => {
  const db = await getDb();
  const [p] = await db
    .select({
      id: products.id,
      slug: products.slug,
      title: products.title,
      description: products.description,
      type: products.type,
      specifications: products.specifications,
      seoTitle: products.seoTitle,
      seoDescription: products.seoDescription,
      ratingX100: products.ratingX100,
      ratingCount: products.ratingCount,
      categoryId: products.categoryId,
      brandName: brands.name,
      brandSlug: brands.slug,
      sellerName: sellers.name,
      sellerSlug: sellers.slug,
      sellerCity: sellers.city,
      sellerState: sellers.state,
    })
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(and(eq(products.slug, slug), listedProduct()))
    .limit(1);
  if (!p) return null;

  const [options, variants, images, allCategories] = await Promise.all([
    db
      .select({ name: productOptions.name, values: productOptions.values })
      .from(productOptions)
      .where(eq(productOptions.productId, p.id))
      .orderBy(asc(productOptions.position), asc(productOptions.name)),
    db
      .select({
        id: productVariants.id,
        sku: productVariants.sku,
        title: productVariants.title,
        optionValues: productVariants.optionValues,
        pricePaise: productVariants.pricePaise,
        mrpPaise: productVariants.mrpPaise,
        currency: productVariants.currency,
        available: sql<number>`greatest(${productVariants.stockOnHand} - ${productVariants.stockReserved}, 0)::int`,
      })
      .from(productVariants)
      .where(and(eq(productVariants.productId, p.id), eq(productVariants.isActive, true)))
      .orderBy(asc(productVariants.position), asc(productVariants.createdAt), asc(productVariants.sku)),
    db
      .select({ storageKey: productImages.storageKey, alt: productImages.alt, width: productImages.width, height: productImages.height })
      .from(productImages)
      .where(eq(productImages.productId, p.id))
      .orderBy(asc(productImages.position), asc(productImages.id)),
    loadCategories(),
  ]);
  if (variants.length === 0) return null;

  const category = allCategories.find((c) => c.id === p.categoryId);
  if (!category) return null;
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    description: p.description,
    type: p.type,
    brand: p.brandName && p.brandSlug ? { name: p.brandName, slug: p.brandSlug } : null,
    seller: { name: p.sellerName, slug: p.sellerSlug, city: p.sellerCity, state: p.sellerState },
    category: toLink(category),
    breadcrumbs: [...ancestorsOf(allCategories, category.path), toLink(category)],
    rating: ratingFromX100(p.ratingX100),
    ratingCount: p.ratingCount,
    specifications: p.specifications ?? {},
    seoTitle: p.seoTitle,
    seoDescription: p.seoDescription,
    options: options.map((o) => ({ name: o.name, values: o.values })),
    variants: variants.map((v) => ({ ...v, available: Number(v.available) })),
    images: images.map((i) => imageDto(i)).filter((i): i is ImageDto => i !== null),
  };
});
