import "server-only";
import { sql } from "drizzle-orm";
import { getDb, queryRows } from "@/lib/platform/db";
import { hitFromRow, type HitRow } from "../query-hits";
import type { SearchHit } from "../types";

/** Cards of the products among `productIds` that are on sale (have a search document), keyed by id. */
export async function cardsOnSale(productIds: readonly string[]): Promise<Map<string, SearchHit>> {
  if (productIds.length === 0) return new Map();
  const db = await getDb();
  const rows = await queryRows<HitRow>(
    db,
    sql`select product_id, slug, title, brand_name, rating_x_100, rating_count, min_price_paise, max_price_paise, mrp_paise, currency,
        available, variant_count, has_deal, image_key, image_alt, image_width, image_height, category_path, seller_slug, seller_name,
        array[]::float8[] as keys
      from search_documents where product_id in (${sql.join(productIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
  );
  return new Map(rows.map((r) => [r.product_id, hitFromRow(r, r.title)]));
}
