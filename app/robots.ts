import type { MetadataRoute } from "next";
import { countSitemapProducts, SITEMAP_CHUNK } from "@/lib/catalog/sitemap-queries";
import { absoluteUrl } from "@/lib/platform/site-url";

/** Built per request: it names this deployment's host and one sitemap per 5,000 products. */
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const chunks = Math.max(1, Math.ceil((await countSitemapProducts()) / SITEMAP_CHUNK));
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // Workspaces, personal pages and endpoints; search result pages (any query) and the compare page.
      disallow: ["/seller", "/admin", "/delivery", "/account", "/api/", "/cart", "/compare", "/search?"],
    },
    sitemap: [absoluteUrl("/sitemap/categories.xml"), ...Array.from({ length: chunks }, (_, i) => absoluteUrl(`/sitemap/products-${i}.xml`))],
  };
}
