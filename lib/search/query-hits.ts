import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { imageDto } from "@/lib/catalog/image-url";
import { ratingFromX100 } from "@/lib/catalog/rules";
import { queryRows, type Executor } from "@/lib/platform/db";
import { afterCursor, orderBy, type SortSpec } from "./ranking";
import type { SearchHit } from "./types";

/** One page of hits (and its sort keys, for the next cursor) read from search_documents alone. */

export interface HitRow {
  product_id: string;
  slug: string;
  title: string;
  brand_name: string | null;
  rating_x_100: number;
  rating_count: number;
  min_price_paise: number;
  max_price_paise: number;
  mrp_paise: number;
  currency: string;
  available: number;
  variant_count: number;
  has_deal: boolean;
  image_key: string | null;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
  category_path: string;
  seller_slug: string;
  seller_name: string;
  keys: (number | string)[];
}

export interface HitsQuery {
  where: SQL;
  spec: SortSpec;
  after: { keys: number[]; id: string } | null;
  /** Rows to read (one more than the page, to know whether there is a next page). */
  take: number;
}

export async function queryHits(db: Executor, { where, spec, after, take }: HitsQuery): Promise<HitRow[]> {
  const conditions = after ? sql`${where} and ${afterCursor(spec, after.keys, after.id)}` : where;
  return queryRows<HitRow>(
    db,
    sql`select product_id, slug, title, brand_name, rating_x_100, rating_count, min_price_paise, max_price_paise, mrp_paise, currency,
        available, variant_count, has_deal, image_key, image_alt, image_width, image_height, category_path, seller_slug, seller_name,
        array[${sql.join(spec.keys.map((k) => sql`(${k})::float8`), sql`, `)}] as keys
      from search_documents where ${conditions}
      order by ${orderBy(spec)} limit ${take}`,
  );
}

export async function countMatches(db: Executor, where: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from search_documents where ${where}`);
  return Number(row?.n ?? 0);
}

export function hitFromRow(r: HitRow, highlightedTitle: string): SearchHit {
  return {
    id: r.product_id,
    slug: r.slug,
    title: r.title,
    brand: r.brand_name,
    rating: ratingFromX100(Number(r.rating_x_100)),
    ratingCount: Number(r.rating_count),
    minPricePaise: Number(r.min_price_paise),
    maxPricePaise: Number(r.max_price_paise),
    mrpPaise: Number(r.mrp_paise),
    currency: r.currency,
    available: Number(r.available),
    variantCount: Number(r.variant_count),
    image: imageDto({ storageKey: r.image_key, alt: r.image_alt, width: r.image_width, height: r.image_height }),
    hasDeal: Boolean(r.has_deal),
    highlightedTitle,
    categoryPath: r.category_path,
    seller: { slug: r.seller_slug, name: r.seller_name },
  };
}
