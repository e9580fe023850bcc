import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/platform/db";
import { deals, productImages, productVariants, products, sellers } from "@/models";
import { dealStatus, type DealStatus } from "./deals-rules";
import { imageDto } from "./image-url";
import { listedProduct } from "./visibility";
import { pageCount, pageOffset } from "./rules";
import type { ImageDto, Paged } from "./types";

/** A live deal as the storefront shows it (serialisable: instants are ISO strings). */
export interface LiveDealDto {
  id: string;
  variantId: string;
  productSlug: string;
  productTitle: string;
  variantTitle: string;
  variantSku: string;
  dealPricePaise: number;
  pricePaise: number;
  mrpPaise: number;
  currency: string;
  endsAt: string;
  /** Units left at the deal price; null when uncapped. */
  remaining: number | null;
  image: ImageDto | null;
}

/** The live deal on one variant, for the product page. */
export interface VariantDealDto {
  id: string;
  variantId: string;
  dealPricePaise: number;
  endsAt: string;
  remaining: number | null;
}

export interface SellerDealRow {
  id: string;
  productTitle: string;
  variantTitle: string;
  variantSku: string;
  dealPricePaise: number;
  pricePaise: number;
  currency: string;
  startsAt: string;
  endsAt: string;
  quantityCap: number | null;
  soldCount: number;
  status: DealStatus;
}

export interface SellerVariantOption {
  id: string;
  label: string;
  sku: string;
  pricePaise: number;
}

export const DEALS_PAGE_SIZE = 24;

/** Live right now (same rule as isLive), on an active variant of an active product of an active seller. */
function liveOnSale(): SQL {
  return and(
    isNull(deals.cancelledAt),
    sql`${deals.startsAt} <= now() and now() < ${deals.endsAt}`,
    sql`(${deals.quantityCap} is null or ${deals.soldCount} < ${deals.quantityCap})`,
    sql`${deals.dealPricePaise} < ${productVariants.pricePaise}`,
    eq(productVariants.isActive, true),
    listedProduct(),
  ) as SQL;
}

const remainingOf = (cap: number | null, sold: number) => (cap === null ? null : Math.max(0, cap - sold));

/** One page of live deals, ending soonest first. */
export async function listLiveDeals({ page = 1, pageSize = DEALS_PAGE_SIZE }: { page?: number; pageSize?: number } = {}): Promise<Paged<LiveDealDto>> {
  const db = await getDb();
  const img = db
    .select({ storageKey: productImages.storageKey, alt: productImages.alt, width: productImages.width, height: productImages.height })
    .from(productImages)
    .where(eq(productImages.productId, products.id))
    .orderBy(sql`${productImages.variantId} is distinct from ${productVariants.id}`, asc(productImages.position), asc(productImages.id))
    .limit(1)
    .as("img");
  const [[counted], rows] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(deals)
      .innerJoin(productVariants, eq(productVariants.id, deals.variantId))
      .innerJoin(products, eq(products.id, productVariants.productId))
      .innerJoin(sellers, eq(sellers.id, products.sellerId))
      .where(liveOnSale()),
    db
      .select({
        id: deals.id,
        variantId: deals.variantId,
        productSlug: products.slug,
        productTitle: products.title,
        variantTitle: productVariants.title,
        variantSku: productVariants.sku,
        dealPricePaise: deals.dealPricePaise,
        pricePaise: productVariants.pricePaise,
        mrpPaise: productVariants.mrpPaise,
        currency: productVariants.currency,
        endsAt: deals.endsAt,
        quantityCap: deals.quantityCap,
        soldCount: deals.soldCount,
        storageKey: img.storageKey,
        alt: img.alt,
        width: img.width,
        height: img.height,
      })
      .from(deals)
      .innerJoin(productVariants, eq(productVariants.id, deals.variantId))
      .innerJoin(products, eq(products.id, productVariants.productId))
      .innerJoin(sellers, eq(sellers.id, products.sellerId))
      .leftJoinLateral(img, sql`true`)
      .where(liveOnSale())
      .orderBy(asc(deals.endsAt), asc(deals.id))
      .limit(pageSize)
      .offset(pageOffset(page, pageSize)),
  ]);
  const total = Number(counted?.n ?? 0);
  return {
    items: rows.map((r) => ({
      id: r.id,
      variantId: r.variantId,
      productSlug: r.productSlug,
      productTitle: r.productTitle,
      variantTitle: r.variantTitle,
      variantSku: r.variantSku,
      dealPricePaise: r.dealPricePaise,
      pricePaise: r.pricePaise,
      mrpPaise: r.mrpPaise,
      currency: r.currency,
      endsAt: r.endsAt.toISOString(),
      remaining: remainingOf(r.quantityCap, r.soldCount),
      image: imageDto(r),
    })),
    total,
    page,
    pageSize,
    pageCount: pageCount(total, pageSize),
  };
}

/** The best (lowest-price) live deal of each of `variantIds`, keyed by variant id. */
export async function liveDealsForVariants(variantIds: readonly string[]): Promise<Record<string, VariantDealDto>> {
  if (variantIds.length === 0) return {};
  const db = await getDb();
  const rows = await db
    .select({
      id: deals.id,
      variantId: deals.variantId,
      dealPricePaise: deals.dealPricePaise,
      endsAt: deals.endsAt,
      quantityCap: deals.quantityCap,
      soldCount: deals.soldCount,
    })
    .from(deals)
    .innerJoin(productVariants, eq(productVariants.id, deals.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(and(inArray(deals.variantId, [...variantIds]), liveOnSale()))
    .orderBy(asc(deals.dealPricePaise), asc(deals.endsAt));
  const out: Record<string, VariantDealDto> = {};
  for (const r of rows) {
    if (out[r.variantId]) continue;
    out[r.variantId] = {
      id: r.id,
      variantId: r.variantId,
      dealPricePaise: r.dealPricePaise,
      endsAt: r.endsAt.toISOString(),
      remaining: remainingOf(r.quantityCap, r.soldCount),
    };
  }
  return out;
}

/** A seller's deals, newest first (at most `limit`), with their status now. */
export async function listSellerDeals(sellerId: string, { limit = 200 }: { limit?: number } = {}): Promise<SellerDealRow[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: deals.id,
      productTitle: products.title,
      variantTitle: productVariants.title,
      variantSku: productVariants.sku,
      dealPricePaise: deals.dealPricePaise,
      pricePaise: productVariants.pricePaise,
      currency: productVariants.currency,
      startsAt: deals.startsAt,
      endsAt: deals.endsAt,
      quantityCap: deals.quantityCap,
      soldCount: deals.soldCount,
      cancelledAt: deals.cancelledAt,
    })
    .from(deals)
    .innerJoin(productVariants, eq(productVariants.id, deals.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(deals.sellerId, sellerId))
    .orderBy(desc(deals.createdAt), desc(deals.id))
    .limit(limit);
  const now = new Date();
  return rows.map(({ cancelledAt, ...r }) => ({
    ...r,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    status: dealStatus({ ...r, cancelledAt }, now),
  }));
}

/** The seller's active variants a deal can be put on, for the form's searchable select. */
export async function listSellerDealVariants(sellerId: string, { limit = 2000 }: { limit?: number } = {}): Promise<SellerVariantOption[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: productVariants.id, productTitle: products.title, variantTitle: productVariants.title, sku: productVariants.sku, pricePaise: productVariants.pricePaise })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(products.sellerId, sellerId), eq(productVariants.isActive, true), sql`${products.status} <> 'archived'`, sql`${productVariants.pricePaise} > 0`))
    .orderBy(asc(products.title), asc(productVariants.position), asc(productVariants.sku))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    label: r.variantTitle && r.variantTitle !== r.productTitle ? `${r.productTitle} — ${r.variantTitle}` : r.productTitle,
    sku: r.sku,
    pricePaise: r.pricePaise,
  }));
}
