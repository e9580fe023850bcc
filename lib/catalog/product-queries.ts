import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policies";
import { getDb, queryRows, type Executor } from "@/lib/platform/db";
import { NotFoundError } from "@/lib/platform/errors";
import {
  brands,
  bundleItems,
  categories,
  digitalFiles,
  productEvents,
  productImages,
  productOptions,
  productRevisions,
  products,
  productVariants,
  sellers,
  users,
  type ProductContent,
  type ProductEventKind,
  type ProductStatus,
  type ProductType,
} from "@/models";
import type { Role } from "@/models/identity";
import { attributeInputFromValues, formatAttributeValue } from "./attribute-rules";
import { listCategoryAttributes } from "./attributes";
import { getBundleContents, type BundleContentsDto } from "./bundles";
import { licenceKeyCounts, type LicenceKeyCounts } from "./digital-service";
import { imageDto, imageUrl } from "./image-url";
import { contentFromProduct, diffContent, measureInput, paiseToRupeesInput, type ContentField } from "./product-rules";
import { productIdSchema, type ProductEditorInput } from "./product-schemas";
import { parseProductId, PRODUCT_NOT_FOUND_MESSAGE, productImageList } from "./product-store";
import { pageCount, pageOffset } from "./rules";
import type { ImageDto, Paged } from "./types";

/** Reads of the product workflow for the seller's editor and the admin review queue. Instants are ISO strings. */

export interface ProductHistoryEntry {
  id: string;
  kind: ProductEventKind;
  fromStatus: ProductStatus | null;
  toStatus: ProductStatus | null;
  /** Null when the user was deleted. */
  actorName: string | null;
  actorRole: Role | null;
  reason: string | null;
  createdAt: string;
}

export interface ProductEditorData {
  id: string;
  slug: string;
  status: ProductStatus;
  type: ProductType;
  sellerId: string;
  publishedAt: string | null;
  /** The form's values; the reviewed fields show the pending change when there is one. */
  values: ProductEditorInput;
  pendingRevision: { id: string; submittedAt: string; changes: ContentField[] } | null;
  /** Why the last review rejected the product or its change; null once approved or resubmitted. */
  rejectionReason: string | null;
  licenceKeyCounts: LicenceKeyCounts;
  /** Names, prices and availability of the bundle's items (bundles only). */
  bundle: BundleContentsDto | null;
  history: ProductHistoryEntry[];
}

/** The product's history, newest first. Callers authorize (the editor and the review page do). */
export async function listProductHistory(productId: string, executor?: Executor): Promise<ProductHistoryEntry[]> {
  const db = executor ?? (await getDb());
  const rows = await db
    .select({
      id: productEvents.id,
      kind: productEvents.kind,
      fromStatus: productEvents.fromStatus,
      toStatus: productEvents.toStatus,
      actorName: users.name,
      actorRole: users.role,
      reason: productEvents.reason,
      createdAt: productEvents.createdAt,
    })
    .from(productEvents)
    .leftJoin(users, eq(users.id, productEvents.actorId))
    .where(eq(productEvents.productId, productId))
    .orderBy(desc(productEvents.createdAt), desc(productEvents.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function pendingRevisionRow(db: Executor, productId: string) {
  const [row] = await db
    .select()
    .from(productRevisions)
    .where(and(eq(productRevisions.productId, productId), eq(productRevisions.status, "pending")));
  return row ?? null;
}

/** Everything the seller's editor needs for one product; refuses other sellers' products (ForbiddenError). */
export async function getProductForEditor(actor: Actor | null, productId: string): Promise<ProductEditorData> {
  const id = parseProductId(productId);
  const db = await getDb();
  const [product] = await db.select().from(products).where(eq(products.id, id));
  if (!product) throw new NotFoundError(PRODUCT_NOT_FOUND_MESSAGE);
  assertCan(actor, "product:manage", { sellerId: product.sellerId });

  const [images, pending, options, variants, items, [file], keys, history] = await Promise.all([
    productImageList(db, id),
    pendingRevisionRow(db, id),
    db.select().from(productOptions).where(eq(productOptions.productId, id)).orderBy(asc(productOptions.position)),
    db
      .select()
      .from(productVariants)
      .where(and(eq(productVariants.productId, id), eq(productVariants.isActive, true)))
      .orderBy(asc(productVariants.position), asc(productVariants.createdAt)),
    db.select().from(bundleItems).where(eq(bundleItems.bundleProductId, id)).orderBy(asc(bundleItems.position)),
    db.select().from(digitalFiles).where(eq(digitalFiles.productId, id)),
    licenceKeyCounts(db, id),
    listProductHistory(id, db),
  ]);
  const live = contentFromProduct(product, images);
  const content = pending?.content ?? live;
  const values: ProductEditorInput = {
    type: product.type,
    title: content.title,
    description: content.description,
    categoryId: content.categoryId,
    brandId: content.brandId ?? "",
    attributes: attributeInputFromValues(content.attributes),
    seoTitle: content.seoTitle ?? "",
    seoDescription: content.seoDescription ?? "",
    images: content.images,
    options: options.map((o) => ({ name: o.name, values: o.values })),
    variants: variants.map((v) => ({
      id: v.id,
      optionValues: v.optionValues,
      sku: v.sku,
      price: paiseToRupeesInput(v.pricePaise),
      mrp: paiseToRupeesInput(v.mrpPaise),
      stock: String(v.stockOnHand),
      lowStockThreshold: String(v.lowStockThreshold),
      weightGrams: measureInput(v.weightGrams),
      lengthMm: measureInput(v.lengthMm),
      widthMm: measureInput(v.widthMm),
      heightMm: measureInput(v.heightMm),
    })),
    bundleItems: items.map((i) => ({ variantId: i.componentVariantId, quantity: String(i.quantity) })),
    digitalFile: file ? { storageKey: file.storageKey, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes, sha256: file.sha256 } : null,
    licenceKeys: "",
  };
  return {
    id,
    slug: product.slug,
    status: product.status,
    type: product.type,
    sellerId: product.sellerId,
    publishedAt: product.publishedAt?.toISOString() ?? null,
    values,
    pendingRevision: pending ? { id: pending.id, submittedAt: pending.submittedAt.toISOString(), changes: diffContent(live, pending.content) } : null,
    rejectionReason: product.rejectionReason,
    licenceKeyCounts: keys,
    bundle: product.type === "bundle" ? await getBundleContents(id, db) : null,
    history,
  };
}

/* ------------------------------------------------------------------ review queue */

export type ReviewKind = "new" | "change";

export interface ReviewQueueItem {
  productId: string;
  /** The proposed title for a change. */
  title: string;
  sellerName: string;
  kind: ReviewKind;
  submittedAt: string;
  imageUrl: string | null;
}

interface QueueRow {
  product_id: string;
  kind: ReviewKind;
  title: string;
  seller_name: string;
  submitted_at: Date | string;
  storage_key: string | null;
}

function queueSql(kind: ReviewKind | undefined) {
  const fresh = sql`
    select p.id as product_id, 'new' as kind, p.title, s.name as seller_name,
      coalesce((select max(e.created_at) from ${productEvents} e where e.product_id = p.id and e.kind = 'submitted'), p.updated_at) as submitted_at,
      (select pi.storage_key from ${productImages} pi where pi.product_id = p.id and pi.variant_id is null order by pi.position limit 1) as storage_key
    from ${products} p join ${sellers} s on s.id = p.seller_id
    where p.status = 'pending_review'`;
  const change = sql`
    select p.id as product_id, 'change' as kind, r.content->>'title' as title, s.name as seller_name, r.submitted_at,
      r.content->'images'->0->>'storageKey' as storage_key
    from ${productRevisions} r join ${products} p on p.id = r.product_id join ${sellers} s on s.id = p.seller_id
    where r.status = 'pending' and p.status = 'active'`;
  if (kind === "new") return fresh;
  if (kind === "change") return change;
  return sql`${fresh} union all ${change}`;
}

/** New products and changes waiting for review, oldest first. Callers authorize (admin pages). */
export async function listReviewQueue({ page = 1, kind, pageSize = 20 }: { page?: number; kind?: ReviewKind; pageSize?: number }): Promise<Paged<ReviewQueueItem>> {
  const db = await getDb();
  const [rows, [count]] = await Promise.all([
    queryRows<QueueRow>(db, sql`
      select * from (${queueSql(kind)}) q order by q.submitted_at, q.product_id
      limit ${pageSize} offset ${pageOffset(page, pageSize)}`),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${queueSql(kind)}) q`),
  ]);
  const total = Number(count?.n ?? 0);
  return {
    items: rows.map((r) => ({
      productId: r.product_id,
      title: r.title,
      sellerName: r.seller_name,
      kind: r.kind,
      submittedAt: new Date(r.submitted_at).toISOString(),
      imageUrl: r.storage_key ? imageUrl(r.storage_key, 160) : null,
    })),
    total,
    page,
    pageSize,
    pageCount: pageCount(total, pageSize),
  };
}

/* ------------------------------------------------------------------ review item */

export interface ProductContentView {
  title: string;
  description: string;
  categoryId: string;
  /** Category names from the root; empty when the category no longer exists. */
  categoryPath: string[];
  brandId: string | null;
  brandName: string | null;
  attributes: { key: string; label: string; value: string }[];
  seoTitle: string | null;
  seoDescription: string | null;
  images: (ImageDto & { storageKey: string })[];
}

async function contentView(db: Executor, content: ProductContent): Promise<ProductContentView> {
  const [path, [brand], defs] = await Promise.all([
    queryRows<{ name: string }>(db, sql`
      select c.name from ${categories} target
      join ${categories} c on target.path = c.path or target.path like c.path || '/%'
      where target.id = ${content.categoryId} order by c.depth`),
    content.brandId ? db.select({ name: brands.name }).from(brands).where(eq(brands.id, content.brandId)) : Promise.resolve([]),
    listCategoryAttributes(content.categoryId, db),
  ]);
  const defByKey = new Map(defs.map((d) => [d.key, d]));
  return {
    title: content.title,
    description: content.description,
    categoryId: content.categoryId,
    categoryPath: path.map((c) => c.name),
    brandId: content.brandId,
    brandName: brand?.name ?? null,
    attributes: Object.entries(content.attributes).map(([key, value]) => ({
      key,
      label: defByKey.get(key)?.label ?? key,
      value: formatAttributeValue(defByKey.get(key), value),
    })),
    seoTitle: content.seoTitle,
    seoDescription: content.seoDescription,
    images: content.images.flatMap((image) => {
      const dto = imageDto(image);
      return dto ? [{ ...dto, storageKey: image.storageKey }] : [];
    }),
  };
}

export interface ReviewItem {
  product: {
    id: string;
    slug: string;
    status: ProductStatus;
    type: ProductType;
    sellerId: string;
    sellerName: string;
    /** What waits for review; null when nothing does (already decided). */
    kind: ReviewKind | null;
    revisionId: string | null;
    submittedAt: string | null;
    variants: { id: string; title: string; sku: string; pricePaise: number; mrpPaise: number; stockOnHand: number }[];
  };
  /** The live content (changes only). */
  live: ProductContentView | null;
  proposed: ProductContentView;
  /** Fields a change alters (empty for a new product). */
  changes: ContentField[];
  bundle: BundleContentsDto | null;
  licenceKeyCounts: LicenceKeyCounts | null;
  history: ProductHistoryEntry[];
}

/** A product as the admin reviews it: the live and proposed content side by side. Null when unknown. Callers authorize. */
export async function getReviewItem(productId: string): Promise<ReviewItem | null> {
  const parsed = productIdSchema.safeParse(productId);
  if (!parsed.success) return null;
  const db = await getDb();
  const [row] = await db
    .select({ product: products, sellerName: sellers.name })
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .where(eq(products.id, parsed.data));
  if (!row) return null;
  const { product } = row;
  const [images, pending, variants, history] = await Promise.all([
    productImageList(db, product.id),
    pendingRevisionRow(db, product.id),
    db
      .select({
        id: productVariants.id,
        title: productVariants.title,
        sku: productVariants.sku,
        pricePaise: productVariants.pricePaise,
        mrpPaise: productVariants.mrpPaise,
        stockOnHand: productVariants.stockOnHand,
      })
      .from(productVariants)
      .where(and(eq(productVariants.productId, product.id), eq(productVariants.isActive, true)))
      .orderBy(asc(productVariants.position)),
    listProductHistory(product.id, db),
  ]);
  const current = contentFromProduct(product, images);
  const kind: ReviewKind | null = product.status === "pending_review" ? "new" : product.status === "active" && pending ? "change" : null;
  const submitted = kind === "new" ? history.find((h) => h.kind === "submitted")?.createdAt : pending?.submittedAt.toISOString();
  return {
    product: {
      id: product.id,
      slug: product.slug,
      status: product.status,
      type: product.type,
      sellerId: product.sellerId,
      sellerName: row.sellerName,
      kind,
      revisionId: kind === "change" ? (pending?.id ?? null) : null,
      submittedAt: submitted ?? null,
      variants,
    },
    live: kind === "change" ? await contentView(db, current) : null,
    proposed: await contentView(db, kind === "change" && pending ? pending.content : current),
    changes: kind === "change" && pending ? diffContent(current, pending.content) : [],
    bundle: product.type === "bundle" ? await getBundleContents(product.id, db) : null,
    licenceKeyCounts: product.type === "digital" ? await licenceKeyCounts(db, product.id) : null,
    history,
  };
}
