import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { NotFoundError } from "@/lib/platform/errors";
import { publishProductsChanged } from "@/lib/platform/events";
import { productEvents, productImages, productRevisions, products, type Product, type ProductContent, type ProductEventKind, type ProductRevision, type ProductStatus } from "@/models";
import { contentFromProduct } from "./product-rules";
import { productIdSchema } from "./product-schemas";

/** Row-level reads and writes shared by the product service's operations (always inside their transaction). */

export const PRODUCT_NOT_FOUND_MESSAGE = "We couldn't find that product. It may have been deleted.";

/** A product id from untrusted input; anything that is not a UUID is "not found". */
export function parseProductId(productId: unknown): string {
  const parsed = productIdSchema.safeParse(productId);
  if (!parsed.success) throw new NotFoundError(PRODUCT_NOT_FOUND_MESSAGE);
  return parsed.data;
}

/** The product row, locked for the rest of the transaction. */
export async function lockProduct(ex: Executor, productId: string): Promise<Product> {
  const [row] = await ex.select().from(products).where(eq(products.id, productId)).for("update");
  if (!row) throw new NotFoundError(PRODUCT_NOT_FOUND_MESSAGE);
  return row;
}

/** The product's own images (not variant images) in display order. */
export async function productImageList(ex: Executor, productId: string): Promise<ProductContent["images"]> {
  return ex
    .select({ storageKey: productImages.storageKey, alt: productImages.alt, width: productImages.width, height: productImages.height })
    .from(productImages)
    .where(and(eq(productImages.productId, productId), isNull(productImages.variantId)))
    .orderBy(asc(productImages.position), asc(productImages.id));
}

export async function liveContent(ex: Executor, product: Product): Promise<ProductContent> {
  return contentFromProduct(product, await productImageList(ex, product.id));
}

export async function pendingRevisionOf(ex: Executor, productId: string): Promise<ProductRevision | null> {
  const [row] = await ex
    .select()
    .from(productRevisions)
    .where(and(eq(productRevisions.productId, productId), eq(productRevisions.status, "pending")))
    .for("update");
  return row ?? null;
}

/** Writes reviewed content onto the product row and replaces its images. */
export async function writeContent(ex: Executor, productId: string, content: ProductContent): Promise<void> {
  await ex
    .update(products)
    .set({
      title: content.title,
      description: content.description,
      categoryId: content.categoryId,
      brandId: content.brandId,
      attributes: content.attributes,
      seoTitle: content.seoTitle,
      seoDescription: content.seoDescription,
      updatedAt: sql`now()`,
    })
    .where(eq(products.id, productId));
  await replaceImages(ex, productId, content.images);
}

/** Makes the product's own images exactly `images`, in order (variant images are left alone). */
export async function replaceImages(ex: Executor, productId: string, images: ProductContent["images"]): Promise<void> {
  await ex.delete(productImages).where(and(eq(productImages.productId, productId), isNull(productImages.variantId)));
  if (images.length) await ex.insert(productImages).values(images.map((image, position) => ({ productId, position, ...image })));
}

export interface ProductEventInput {
  productId: string;
  kind: ProductEventKind;
  actorId: string | null;
  fromStatus?: ProductStatus | null;
  toStatus?: ProductStatus | null;
  reason?: string | null;
  revisionId?: string | null;
}

/** Appends to the product's history. clock_timestamp() keeps several events of one transaction in order. */
export async function recordEvent(ex: Executor, event: ProductEventInput): Promise<void> {
  await ex.insert(productEvents).values({
    productId: event.productId,
    kind: event.kind,
    actorId: event.actorId,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus ?? null,
    reason: event.reason ?? null,
    revisionId: event.revisionId ?? null,
    createdAt: sql`clock_timestamp()`,
  });
}

/** Moves the product to `to` (the caller checked the move is legal) and records it. */
export async function moveStatus(
  ex: Executor,
  product: Product,
  to: ProductStatus,
  event: Omit<ProductEventInput, "productId" | "fromStatus" | "toStatus">,
  extra: Partial<Pick<Product, "rejectionReason" | "publishedAt">> = {},
): Promise<void> {
  await ex.update(products).set({ status: to, updatedAt: sql`now()`, ...extra }).where(eq(products.id, product.id));
  await recordEvent(ex, { ...event, productId: product.id, fromStatus: product.status, toStatus: to });
  // Going live or leaving it changes what search finds.
  if (product.status === "active" || to === "active") await publishProductsChanged(ex, [product.id], event.kind);
}
