import { inArray } from "drizzle-orm";
import { getDb } from "@/lib/platform/db";
import { logger } from "@/lib/platform/logger";
import { products } from "@/models";
import { productHref } from "./rules";

/**
 * Product pages are served from Next's page cache. A catalogue write made inside a request (a server
 * action or route handler: seller edits, approvals, taxonomy changes) marks the pages it touched stale
 * here, so the next visitor gets a fresh render. Writes outside a request (jobs, scripts) cannot reach
 * Next's cache: the pages' revalidation period bounds those. The data behind the pages is always
 * fresh after a write (lib/catalog/cache-tags.ts).
 */
export async function revalidateCatalogPages({ productIds = [], taxonomy = false }: { productIds?: readonly string[]; taxonomy?: boolean }): Promise<void> {
  let next: typeof import("next/cache");
  try {
    next = await import("next/cache");
    // Throws outside a request: then there is no page cache to reach from here.
    next.revalidateTag("catalog-pages-probe", "max");
  } catch {
    return;
  }
  try {
    if (taxonomy) {
      // Names in the header menu and breadcrumbs of every page may have changed.
      next.revalidatePath("/", "layout");
      return;
    }
    if (productIds.length === 0) return;
    const db = await getDb();
    const rows = await db
      .select({ slug: products.slug })
      .from(products)
      .where(inArray(products.id, [...productIds]));
    for (const { slug } of rows) next.revalidatePath(productHref(slug));
  } catch (err) {
    logger.warn({ err }, "could not revalidate cached product pages");
  }
}
