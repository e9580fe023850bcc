import "server-only";
import { sql } from "drizzle-orm";
import { getDb, queryRows, type Executor } from "@/lib/platform/db";
import { bundleItems, productImages, productVariants, products, sellers } from "@/models";
import { bundleAvailability, bundleSumOfParts } from "./bundle-rules";
import { imageDto } from "./image-url";
import type { ImageDto } from "./types";

/** Bundle reads. The arithmetic lives in bundle-rules.ts (pure, importable by client components). */
export { bundleAvailability, bundleSumOfParts } from "./bundle-rules";

export interface BundleItemDto {
  variantId: string;
  productId: string;
  productTitle: string;
  productSlug: string;
  variantTitle: string;
  quantity: number;
  pricePaise: number;
  /** Units of the component that can be sold now; 0 when it, its product or its seller is not live. */
  available: number;
  imageUrl: string | null;
  image: ImageDto | null;
}

export interface BundleContentsDto {
  items: BundleItemDto[];
  /** How many bundles can be sold now. */
  available: number;
  sumOfPartsPaise: number;
}

interface ItemRow {
  variant_id: string;
  product_id: string;
  product_title: string;
  product_slug: string;
  variant_title: string;
  quantity: number;
  price_paise: number;
  available: number;
  storage_key: string | null;
  alt: string | null;
  width: number | null;
  height: number | null;
}

/** The components of a bundle product in display order, with its availability and sum of parts. */
export async function getBundleContents(productId: string, executor?: Executor): Promise<BundleContentsDto> {
  const db = executor ?? (await getDb());
  const rows = await queryRows<ItemRow>(db, sql`
    select v.id as variant_id, p.id as product_id, p.title as product_title, p.slug as product_slug, v.title as variant_title,
      bi.quantity, v.price_paise,
      case when v.is_active and p.status = 'active' and s.status = 'active'
        then greatest(v.stock_on_hand - v.stock_reserved, 0) else 0 end as available,
      img.storage_key, img.alt, img.width, img.height
    from ${bundleItems} bi
    join ${productVariants} v on v.id = bi.component_variant_id
    join ${products} p on p.id = v.product_id
    join ${sellers} s on s.id = p.seller_id
    left join lateral (
      select pi.storage_key, pi.alt, pi.width, pi.height from ${productImages} pi
      where pi.product_id = p.id order by pi.variant_id is not null, pi.position, pi.id limit 1
    ) img on true
    where bi.bundle_product_id = ${productId}
    order by bi.position, p.title
  `);
  const items = rows.map((r): BundleItemDto => {
    const image = imageDto({ storageKey: r.storage_key, alt: r.alt ?? r.product_title, width: r.width, height: r.height });
    return {
      variantId: r.variant_id,
      productId: r.product_id,
      productTitle: r.product_title,
      productSlug: r.product_slug,
      variantTitle: r.variant_title,
      quantity: Number(r.quantity),
      pricePaise: Number(r.price_paise),
      available: Number(r.available),
      imageUrl: image?.url ?? null,
      image,
    };
  });
  return { items, available: bundleAvailability(items), sumOfPartsPaise: bundleSumOfParts(items) };
}
