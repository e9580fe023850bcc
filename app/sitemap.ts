import type { MetadataRoute } from "next";
import { countSitemapProducts, listSitemapCategories, listSitemapProducts, SITEMAP_CHUNK } from "@/lib/catalog/sitemap-queries";
import { categoryHref, productHref } from "@/lib/catalog/rules";
import { absoluteUrl } from "@/lib/platform/site-url";

/** Sitemaps are built per request from cached catalogue data (the build has no database). */
export const dynamic = "force-dynamic";

const CATEGORY_SITEMAP = "categories";
const productSitemap = (chunk: number) => `products-${chunk}`;

/** /sitemap/categories.xml (home, deals, every category) and /sitemap/products-<n>.xml, 5,000 products on sale each. */
export async function generateSitemaps(): Promise<{ id: string }[]> {
  if (process.env.NEXT_PHASE === "phase-production-build") return [];
  const chunks = Math.max(1, Math.ceil((await countSitemapProducts()) / SITEMAP_CHUNK));
  return [{ id: CATEGORY_SITEMAP }, ...Array.from({ length: chunks }, (_, i) => ({ id: productSitemap(i) }))];
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const name = await id;
  if (name === CATEGORY_SITEMAP) {
    const list = await listSitemapCategories();
    return [
      { url: absoluteUrl("/"), changeFrequency: "daily", priority: 1 },
      { url: absoluteUrl("/deals"), changeFrequency: "hourly", priority: 0.8 },
      ...list.map((c) => ({ url: absoluteUrl(categoryHref(c.slug)), changeFrequency: "daily" as const, priority: 0.7 })),
    ];
  }
  const chunk = Number(/^products-(\d+)$/.exec(name)?.[1] ?? Number.NaN);
  if (!Number.isInteger(chunk)) return [];
  const list = await listSitemapProducts(chunk);
  return list.map((p) => ({ url: absoluteUrl(productHref(p.slug)), lastModified: p.updatedAt, changeFrequency: "weekly" as const, priority: 0.6 }));
}
