import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "@/lib/platform/db";
import { bundleItems, cartItems, categories, deals, productImages, productVariants, products, sellers } from "@/models";
import type { CartLine } from "./types";

/** GST rate used when no category up the tree sets one (18 %). */
export const DEFAULT_GST_RATE_BP = 1800;

/**
 * The effective GST rate of the category `categoryPath` (an SQL expression): the rate of the nearest
 * category up the tree (itself included) that sets one, else 18 %.
 */
export function effectiveGstRateSql(categoryPath: ReturnType<typeof sql>) {
  return sql`coalesce((
    select g.gst_rate_bp from ${categories} g
    where g.gst_rate_bp is not null and (${categoryPath} = g.path or ${categoryPath} like g.path || '/%')
    order by g.depth desc limit 1
  ), ${DEFAULT_GST_RATE_BP})`;
}

interface LineRow {
  cart_item_id: string;
  variant_id: string;
  product_id: string;
  slug: string;
  seller_id: string;
  seller_name: string;
  seller_state: string;
  seller_pincode: string;
  product_type: CartLine["productType"];
  title: string;
  variant_title: string;
  sku: string;
  image_key: string | null;
  quantity: number;
  variant_price: number;
  deal_id: string | null;
  deal_price: number | null;
  mrp_paise: number;
  price_when_added: number;
  available: number;
  category_id: string;
  category_path: string;
  gst_rate_bp: number;
  components: { variantId: string; quantity: number }[] | null;
  purchasable: boolean;
  saved_for_later: boolean;
  currency: string;
  added_at: Date | string;
}

/**
 * Every line of a cart with today's price, stock and availability, newest first. The price is the
 * best live deal on the variant when it has room for the line's quantity (the same test checkout's
 * recordDealSale applies), else the variant's price.
 */
export async function loadCartLines(ex: Executor, cartId: string, only?: { savedForLater: boolean }): Promise<CartLine[]> {
  const saved = only ? sql`and ci.saved_for_later = ${only.savedForLater}` : sql``;
  const rows = await queryRows<LineRow>(ex, sql`
    select ci.id as cart_item_id, v.id as variant_id, p.id as product_id, p.slug, s.id as seller_id, s.name as seller_name,
      s.state as seller_state, s.pincode as seller_pincode, p.type as product_type, p.title, v.title as variant_title, v.sku,
      img.storage_key as image_key, ci.quantity, v.price_paise as variant_price, d.id as deal_id, d.deal_price_paise as deal_price,
      v.mrp_paise, ci.price_paise_when_added as price_when_added,
      greatest(v.stock_on_hand - v.stock_reserved, 0) as available,
      c.id as category_id, c.path as category_path, ${effectiveGstRateSql(sql`c.path`)} as gst_rate_bp,
      case when p.type = 'bundle' then (
        select coalesce(json_agg(json_build_object('variantId', bi.component_variant_id, 'quantity', bi.quantity) order by bi.position), '[]'::json)
        from ${bundleItems} bi where bi.bundle_product_id = p.id
      ) end as components,
      (p.status = 'active' and v.is_active and s.status = 'active') as purchasable,
      ci.saved_for_later, v.currency, ci.added_at
    from ${cartItems} ci
    join ${productVariants} v on v.id = ci.variant_id
    join ${products} p on p.id = v.product_id
    join ${sellers} s on s.id = p.seller_id
    join ${categories} c on c.id = p.category_id
    left join lateral (
      select pi.storage_key from ${productImages} pi
      where pi.product_id = p.id order by pi.variant_id is distinct from v.id, pi.position, pi.id limit 1
    ) img on true
    left join lateral (
      select dl.id, dl.deal_price_paise from ${deals} dl
      where dl.variant_id = v.id and dl.cancelled_at is null and dl.starts_at <= now() and now() < dl.ends_at
        and dl.deal_price_paise < v.price_paise
        and (dl.quantity_cap is null or dl.sold_count + ci.quantity <= dl.quantity_cap)
      order by dl.deal_price_paise, dl.ends_at, dl.id limit 1
    ) d on true
    where ci.cart_id = ${cartId} ${saved}
    order by ci.added_at desc, ci.id
  `);
  return rows.map((r) => ({
    cartItemId: r.cart_item_id,
    variantId: r.variant_id,
    productId: r.product_id,
    slug: r.slug,
    sellerId: r.seller_id,
    sellerName: r.seller_name,
    sellerState: r.seller_state,
    sellerPincode: r.seller_pincode,
    productType: r.product_type,
    title: r.title,
    variantTitle: r.variant_title,
    sku: r.sku,
    imageKey: r.image_key,
    quantity: Number(r.quantity),
    unitPricePaise: Number(r.deal_price ?? r.variant_price),
    mrpPaise: Number(r.mrp_paise),
    dealId: r.deal_id,
    pricePaiseWhenAdded: Number(r.price_when_added),
    available: Number(r.available),
    categoryId: r.category_id,
    categoryPath: r.category_path,
    gstRateBp: Number(r.gst_rate_bp),
    components: r.product_type === "bundle" ? (r.components ?? []).map((c) => ({ variantId: c.variantId, quantity: Number(c.quantity) })) : null,
    purchasable: Boolean(r.purchasable),
    savedForLater: Boolean(r.saved_for_later),
    currency: r.currency,
    addedAt: new Date(r.added_at),
  }));
}

/** Today's unit price of a variant for `quantity` units (deal price when a live deal has room), with what the line needs to be added. */
export interface VariantForCart {
  variantId: string;
  productId: string;
  unitPricePaise: number;
  available: number;
  purchasable: boolean;
}

export async function loadVariantForCart(ex: Executor, variantId: string, quantity: number): Promise<VariantForCart | null> {
  const [row] = await queryRows<{ product_id: string; price: number; available: number; purchasable: boolean }>(ex, sql`
    select p.id as product_id,
      coalesce((
        select min(dl.deal_price_paise) from ${deals} dl
        where dl.variant_id = v.id and dl.cancelled_at is null and dl.starts_at <= now() and now() < dl.ends_at
          and dl.deal_price_paise < v.price_paise and (dl.quantity_cap is null or dl.sold_count + ${quantity} <= dl.quantity_cap)
      ), v.price_paise) as price,
      greatest(v.stock_on_hand - v.stock_reserved, 0) as available,
      (p.status = 'active' and v.is_active and s.status = 'active') as purchasable
    from ${productVariants} v
    join ${products} p on p.id = v.product_id
    join ${sellers} s on s.id = p.seller_id
    where v.id = ${variantId}
  `);
  if (!row) return null;
  return { variantId, productId: row.product_id, unitPricePaise: Number(row.price), available: Number(row.available), purchasable: Boolean(row.purchasable) };
}
