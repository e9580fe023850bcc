import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/platform/db";
import { cached } from "@/lib/platform/cache/tagged";
import { categories, products, sellers } from "@/models";
import { catalogTags } from "./cache-tags";
import { visibleProducts } from "./visibility";

/** URLs per sitemap file (the protocol allows 50,000; smaller files are quicker to build and fetch). */
export const SITEMAP_CHUNK = 5000;
const TTL = 3600;

export interface SitemapEntry {
  path: string;
  lastModified: Date | null;
}

/** How many products are on sale (each gets a URL in the product sitemaps). */
export async function countSitemapProducts(): Promise<number> {
  return cached(
    "sitemap:product-count",
    async () => {
      const db = await getDb();
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(products)
        .innerJoin(sellers, eq(sellers.id, products.sellerId))
        .where(visibleProducts());
      return Number(row?.n ?? 0);
    },
    { tags: [catalogTags.listings], ttlSeconds: TTL },
  );
}

/** One chunk of the products on sale, in a stable order (by id). */
export async function listSitemapProducts(chunk: number): Promise<{ slug: string; updatedAt: string }[]> {
  return cached(
    `sitemap:products:${chunk}`,
    async () => {
      const db = await getDb();
      const rows = await db
        .select({ slug: products.slug, updatedAt: products.updatedAt })
        .from(products)
        .innerJoin(sellers, eq(sellers.id, products.sellerId))
        .where(visibleProducts())
        .orderBy(asc(products.id))
        .limit(SITEMAP_CHUNK)
        .offset(chunk * SITEMAP_CHUNK);
      return rows.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt.toISOString() }));
    },
    { tags: [catalogTags.listings], ttlSeconds: TTL },
  );
}

/** Every category (their pages list what is on sale below them). */
export async function listSitemapCategories(): Promise<{ slug: string }[]> {
  return cached(
    "sitemap:categories",
    async () => {
      const db = await getDb();
      return db.select({ slug: categories.slug }).from(categories).orderBy(asc(categories.depth), asc(categories.position), asc(categories.name));
    },
    { tags: [catalogTags.taxonomy], ttlSeconds: TTL },
  );
}
