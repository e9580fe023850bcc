import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/platform/db";
import { digitalFiles, licenceKeys, products, sellers } from "@/models";
import { formatAttributeValue } from "./attribute-rules";
import { listCategoryAttributes } from "./attributes";
import { getBundleContents, type BundleContentsDto } from "./bundles";
import { getProductBySlug } from "./queries";
import { ratingFromX100 } from "./rules";
import type { ProductDetailDto } from "./types";

/** A category attribute as the spec table and comparison show it. */
export interface AttributeRowDto {
  key: string;
  label: string;
  /** Formatted with its unit: "500 g", "Yes", "Cotton". */
  value: string;
}

export interface ProductPageDto extends ProductDetailDto {
  attributes: AttributeRowDto[];
  sellerCard: { name: string; slug: string; city: string; state: string; rating: number };
  /** Set for bundles: the components, how many bundles can be sold and what the parts cost separately. */
  bundle: BundleContentsDto | null;
  /** Set for digital products: what the buyer receives. */
  digital: { fileName: string | null; sizeBytes: number | null; licenceKeys: boolean } | null;
}

/** The product behind a slug, whatever its status (whether it is on sale is the page's business); null when unknown. */
export async function productIdForSlug(slug: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ id: products.id }).from(products).where(eq(products.slug, slug)).limit(1);
  return row?.id ?? null;
}

/** Attribute values in the category's order, formatted; values of attributes the category no longer has are left out. */
async function attributeRows(categoryId: string, values: Record<string, string | number | boolean>): Promise<AttributeRowDto[]> {
  if (Object.keys(values).length === 0) return [];
  const defs = await listCategoryAttributes(categoryId);
  return defs.flatMap((d) => (d.key in values ? [{ key: d.key, label: d.label, value: formatAttributeValue(d, values[d.key]) }] : []));
}

/** Everything the product page shows of a product on sale; null when it is not on sale. */
export async function loadProductPage(productId: string): Promise<ProductPageDto | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      slug: products.slug,
      attributes: products.attributes,
      categoryId: products.categoryId,
      sellerRatingX100: sellers.ratingX100,
    })
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(eq(products.id, productId));
  if (!row) return null;
  const detail = await getProductBySlug(row.slug);
  if (!detail) return null;

  const [attributes, bundle, digital] = await Promise.all([
    attributeRows(row.categoryId, row.attributes ?? {}),
    detail.type === "bundle" ? getBundleContents(productId) : Promise.resolve(null),
    detail.type === "digital" ? digitalSummary(productId) : Promise.resolve(null),
  ]);
  return {
    ...detail,
    attributes,
    sellerCard: { ...detail.seller, rating: ratingFromX100(row.sellerRatingX100) },
    bundle,
    digital,
  };
}

async function digitalSummary(productId: string): Promise<ProductPageDto["digital"]> {
  const db = await getDb();
  const [[file], [keys]] = await Promise.all([
    db.select({ fileName: digitalFiles.fileName, sizeBytes: digitalFiles.sizeBytes }).from(digitalFiles).where(eq(digitalFiles.productId, productId)),
    db.select({ n: sql<number>`count(*)::int` }).from(licenceKeys).where(eq(licenceKeys.productId, productId)),
  ]);
  return { fileName: file?.fileName ?? null, sizeBytes: file?.sizeBytes ?? null, licenceKeys: Number(keys?.n ?? 0) > 0 };
}
