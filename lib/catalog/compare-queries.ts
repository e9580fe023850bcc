import "server-only";
import { cache } from "react";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/lib/platform/db";
import { brands, categories, productImages, productVariants, products, sellers } from "@/models";
import { formatAttributeValue } from "./attribute-rules";
import { listCategoryAttributes } from "./attributes";
import { COMPARE_LIMIT, parseCompareCookie, type CompareProductDto } from "./compare-rules";
import { imageDto } from "./image-url";
import { listedProduct } from "./visibility";
import { ratingFromX100 } from "./rules";

/**
 * The products of a compare list, in the list's order. Unknown products, products that are not
 * active, whose seller is not active or that have no active variant are left out silently. Each
 * product shows its cheapest in-stock variant (or its cheapest variant when none is in stock).
 */
export async function getCompareProducts(ids: readonly string[]): Promise<CompareProductDto[]> {
  const wanted = [...new Set(ids)].slice(0, COMPARE_LIMIT);
  if (wanted.length === 0) return [];
  const db = await getDb();

  const rows = await db
    .select({
      id: products.id,
      slug: products.slug,
      title: products.title,
      specifications: products.specifications,
      attributes: products.attributes,
      categoryId: products.categoryId,
      ratingX100: products.ratingX100,
      ratingCount: products.ratingCount,
      brand: brands.name,
      seller: sellers.name,
      sellerCity: sellers.city,
      categoryName: categories.name,
      categorySlug: categories.slug,
      categoryPath: categories.path,
    })
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(and(inArray(products.id, wanted), listedProduct()));
  if (rows.length === 0) return [];
  const found = rows.map((r) => r.id);

  const available = sql<number>`greatest(${productVariants.stockOnHand} - ${productVariants.stockReserved}, 0)::int`;
  const [variants, images, tops] = await Promise.all([
    db
      .selectDistinctOn([productVariants.productId], {
        productId: productVariants.productId,
        sku: productVariants.sku,
        title: productVariants.title,
        pricePaise: productVariants.pricePaise,
        mrpPaise: productVariants.mrpPaise,
        currency: productVariants.currency,
        available,
      })
      .from(productVariants)
      .where(and(inArray(productVariants.productId, found), eq(productVariants.isActive, true)))
      .orderBy(
        productVariants.productId,
        sql`(${productVariants.stockOnHand} - ${productVariants.stockReserved} > 0) desc`,
        asc(productVariants.pricePaise),
        asc(productVariants.position),
        asc(productVariants.sku),
      ),
    db
      .selectDistinctOn([productImages.productId], {
        productId: productImages.productId,
        storageKey: productImages.storageKey,
        alt: productImages.alt,
        width: productImages.width,
        height: productImages.height,
      })
      .from(productImages)
      .where(inArray(productImages.productId, found))
      .orderBy(productImages.productId, sql`${productImages.variantId} is not null`, asc(productImages.position), asc(productImages.id)),
    db
      .select({ name: categories.name, slug: categories.slug, path: categories.path })
      .from(categories)
      .where(inArray(categories.path, [...new Set(rows.map((r) => r.categoryPath.split("/")[0]))])),
  ]);

  const categoryIds = [...new Set(rows.map((r) => r.categoryId))];
  const defsOf = new Map(await Promise.all(categoryIds.map(async (id) => [id, await listCategoryAttributes(id)] as const)));
  const variantOf = new Map(variants.map((v) => [v.productId, v]));
  const imageOf = new Map(images.map((i) => [i.productId, i]));
  const topOf = new Map(tops.map((t) => [t.path, t]));
  const byId = new Map(rows.map((r) => [r.id, r]));

  const result: CompareProductDto[] = [];
  for (const id of wanted) {
    const p = byId.get(id);
    const v = variantOf.get(id);
    if (!p || !v) continue;
    const img = imageOf.get(id);
    const top = topOf.get(p.categoryPath.split("/")[0]);
    result.push({
      id: p.id,
      slug: p.slug,
      title: p.title,
      brand: p.brand,
      category: { name: p.categoryName, slug: p.categorySlug },
      topCategory: top ? { name: top.name, slug: top.slug } : { name: p.categoryName, slug: p.categorySlug },
      image: img ? imageDto(img) : null,
      variantSku: v.sku,
      variantTitle: v.title,
      pricePaise: v.pricePaise,
      mrpPaise: v.mrpPaise,
      currency: v.currency,
      available: Number(v.available),
      rating: ratingFromX100(p.ratingX100),
      ratingCount: p.ratingCount,
      seller: `${p.seller}, ${p.sellerCity}`,
      attributes: (defsOf.get(p.categoryId) ?? []).flatMap((d) =>
        d.key in (p.attributes ?? {}) ? [{ key: d.key, label: d.label, value: formatAttributeValue(d, p.attributes[d.key]) }] : [],
      ),
      specifications: p.specifications ?? {},
    });
  }
  return result;
}

/** The visitor's compare list from the raw `ql_compare` cookie value (once per request: layout and page share it). */
export const getCompareList = cache(async (cookieValue: string | undefined): Promise<CompareProductDto[]> => getCompareProducts(parseCompareCookie(cookieValue)));
