import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  char,
  index,
  integer,
  jsonb,
  pgEnum,
  primaryKey,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./identity";
import { sellers } from "./sellers";

export const PRODUCT_STATUSES = ["draft", "pending_review", "active", "rejected", "archived"] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
export const productStatusEnum = pgEnum("product_status", PRODUCT_STATUSES);

export const PRODUCT_TYPES = ["physical", "bundle", "digital"] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];
export const productTypeEnum = pgEnum("product_type", PRODUCT_TYPES);

export const categories = pgTable(
  "categories",
  {
    id: uuid().primaryKey().defaultRandom(),
    parentId: uuid().references((): AnyPgColumn => categories.id, { onDelete: "restrict" }),
    name: text().notNull(),
    slug: text().notNull().unique(),
    /** Slash-joined slugs from the root, e.g. "grocery/fruits-vegetables/fresh-fruits". */
    path: text().notNull().unique(),
    depth: integer().notNull().default(0),
    position: integer().notNull().default(0),
    /** GST rate in basis points (500 = 5 %); null inherits the parent's, 18 % at the root. */
    gstRateBp: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("categories_parent_idx").on(t.parentId),
    index("categories_path_prefix_idx").on(t.path.op("text_pattern_ops")),
    check("categories_gst_rate_range", sql`${t.gstRateBp} is null or ${t.gstRateBp} between 0 and 2800`),
  ],
);

export const brands = pgTable("brands", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Specifications = Record<string, string>;
export type AttributeValue = string | number | boolean;
export type AttributeValues = Record<string, AttributeValue>;

export const products = pgTable(
  "products",
  {
    id: uuid().primaryKey().defaultRandom(),
    sellerId: uuid()
      .notNull()
      .references(() => sellers.id, { onDelete: "restrict" }),
    categoryId: uuid()
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
    brandId: uuid().references(() => brands.id, { onDelete: "set null" }),
    title: text().notNull(),
    slug: text().notNull().unique(),
    description: text().notNull().default(""),
    status: productStatusEnum().notNull().default("draft"),
    type: productTypeEnum().notNull().default("physical"),
    specifications: jsonb().$type<Specifications>().notNull().default({}),
    seoTitle: text(),
    seoDescription: text(),
    /** Average rating × 100 (0–500), integer to keep arithmetic exact. */
    ratingX100: integer().notNull().default(0),
    ratingCount: integer().notNull().default(0),
    /** Values of the category attributes (see category_attributes), keyed by attribute key. */
    attributes: jsonb().$type<AttributeValues>().notNull().default({}),
    /** Why the last review rejected the product or its pending change; cleared on approval. */
    rejectionReason: text(),
    /** When the product first went live. */
    publishedAt: timestamp({ withTimezone: true }),
    /** Where a seeded or imported product came from, e.g. "bigbasket:123"; unique so imports are idempotent. */
    externalRef: text().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("products_seller_idx").on(t.sellerId),
    index("products_category_status_idx").on(t.categoryId, t.status),
    index("products_brand_idx").on(t.brandId),
    index("products_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    index("products_attributes_idx").using("gin", t.attributes.op("jsonb_path_ops")),
    check("products_rating_range", sql`${t.ratingX100} between 0 and 500`),
    check("products_rating_count_nonneg", sql`${t.ratingCount} >= 0`),
  ],
);

export const productOptions = pgTable(
  "product_options",
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    name: text().notNull(),
    values: jsonb().$type<string[]>().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [uniqueIndex("product_options_product_name_key").on(t.productId, t.name)],
);

export const productVariants = pgTable(
  "product_variants",
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    sku: text().notNull().unique(),
    title: text().notNull(),
    /** Option name → chosen value, e.g. { "Size": "M" }. Empty for a single-variant product. */
    optionValues: jsonb().$type<Record<string, string>>().notNull().default({}),
    pricePaise: integer().notNull(),
    mrpPaise: integer().notNull(),
    currency: char({ length: 3 }).notNull().default("INR"),
    stockOnHand: integer().notNull().default(0),
    stockReserved: integer().notNull().default(0),
    position: integer().notNull().default(0),
    isActive: boolean().notNull().default(true),
    /** The seller is warned when sellable stock falls to this level or below. */
    lowStockThreshold: integer().notNull().default(5),
    weightGrams: integer(),
    lengthMm: integer(),
    widthMm: integer(),
    heightMm: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("product_variants_product_idx").on(t.productId),
    check("product_variants_price_nonneg", sql`${t.pricePaise} >= 0`),
    check("product_variants_mrp_gte_price", sql`${t.mrpPaise} >= ${t.pricePaise}`),
    check("product_variants_stock_nonneg", sql`${t.stockOnHand} >= 0`),
    check("product_variants_reserved_nonneg", sql`${t.stockReserved} >= 0`),
    check("product_variants_reserved_lte_on_hand", sql`${t.stockReserved} <= ${t.stockOnHand}`),
    check("product_variants_low_stock_nonneg", sql`${t.lowStockThreshold} >= 0`),
    check(
      "product_variants_dimensions_positive",
      sql`coalesce(${t.weightGrams}, 1) > 0 and coalesce(${t.lengthMm}, 1) > 0 and coalesce(${t.widthMm}, 1) > 0 and coalesce(${t.heightMm}, 1) > 0`,
    ),
  ],
);

export const productImages = pgTable(
  "product_images",
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    variantId: uuid().references(() => productVariants.id, { onDelete: "cascade" }),
    /** Storage key, served under /media/<key>. */
    storageKey: text().notNull(),
    alt: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [uniqueIndex("product_images_product_position_key").on(t.productId, t.position)],
);

export type Category = typeof categories.$inferSelect;
export type Brand = typeof brands.$inferSelect;
export type Product = typeof products.$inferSelect;
export type ProductVariant = typeof productVariants.$inferSelect;
export type ProductOption = typeof productOptions.$inferSelect;
export type ProductImage = typeof productImages.$inferSelect;

/**
 * A time-boxed offer on one variant: live from startsAt (inclusive) to endsAt (exclusive), until
 * cancelled or until soldCount reaches quantityCap. sellerId is the variant's seller, denormalised
 * so seller lists and ownership checks need no join.
 */
export const deals = pgTable(
  "deals",
  {
    id: uuid().primaryKey().defaultRandom(),
    variantId: uuid()
      .notNull()
      .references(() => productVariants.id, { onDelete: "cascade" }),
    sellerId: uuid()
      .notNull()
      .references(() => sellers.id, { onDelete: "cascade" }),
    dealPricePaise: integer().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    quantityCap: integer(),
    soldCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("deals_variant_idx").on(t.variantId),
    index("deals_ends_at_idx").on(t.endsAt),
    check("deals_price_nonneg", sql`${t.dealPricePaise} >= 0`),
    check("deals_ends_after_starts", sql`${t.endsAt} > ${t.startsAt}`),
    check("deals_cap_positive", sql`${t.quantityCap} is null or ${t.quantityCap} > 0`),
    check("deals_sold_within_cap", sql`${t.soldCount} >= 0 and (${t.quantityCap} is null or ${t.soldCount} <= ${t.quantityCap})`),
  ],
);

export type Deal = typeof deals.$inferSelect;

export const ATTRIBUTE_TYPES = ["text", "number", "select", "boolean"] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];
export const attributeTypeEnum = pgEnum("attribute_type", ATTRIBUTE_TYPES);

/**
 * An attribute products of a category fill in (e.g. RAM in GB, fabric, pack size). A product sees the
 * attributes of its category and of every ancestor. `options` lists the allowed values of a select.
 */
export const categoryAttributes = pgTable(
  "category_attributes",
  {
    id: uuid().primaryKey().defaultRandom(),
    categoryId: uuid()
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    key: text().notNull(),
    label: text().notNull(),
    type: attributeTypeEnum().notNull().default("text"),
    unit: text(),
    options: jsonb().$type<string[]>().notNull().default([]),
    required: boolean().notNull().default(false),
    filterable: boolean().notNull().default(true),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("category_attributes_category_key").on(t.categoryId, t.key)],
);

export type CategoryAttribute = typeof categoryAttributes.$inferSelect;

/** One component of a bundle product: a variant of another product and how many of it. */
export const bundleItems = pgTable(
  "bundle_items",
  {
    bundleProductId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    componentVariantId: uuid()
      .notNull()
      .references(() => productVariants.id, { onDelete: "restrict" }),
    quantity: integer().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.bundleProductId, t.componentVariantId] }),
    index("bundle_items_component_idx").on(t.componentVariantId),
    check("bundle_items_quantity_positive", sql`${t.quantity} > 0`),
  ],
);

export type BundleItem = typeof bundleItems.$inferSelect;

/** The downloadable file of a digital product (served by a signed link after payment). */
export const digitalFiles = pgTable("digital_files", {
  productId: uuid()
    .primaryKey()
    .references(() => products.id, { onDelete: "cascade" }),
  storageKey: text().notNull(),
  fileName: text().notNull(),
  contentType: text().notNull(),
  sizeBytes: integer().notNull(),
  sha256: text().notNull(),
  uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type DigitalFile = typeof digitalFiles.$inferSelect;

/** A licence key of a digital product; handed out once, to one order line. */
export const licenceKeys = pgTable(
  "licence_keys",
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    key: text().notNull(),
    /** Set when the key is handed out (the orders issue links it to an order line). */
    assignedAt: timestamp({ withTimezone: true }),
    assignedRef: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("licence_keys_product_key").on(t.productId, t.key),
    index("licence_keys_available_idx").on(t.productId).where(sql`${t.assignedAt} is null`),
  ],
);

export type LicenceKey = typeof licenceKeys.$inferSelect;

export const REVISION_STATUSES = ["pending", "approved", "rejected", "withdrawn"] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];
export const revisionStatusEnum = pgEnum("revision_status", REVISION_STATUSES);

/** Reviewed content of a product: what a change to a live product proposes. */
export interface ProductContent {
  title: string;
  description: string;
  categoryId: string;
  brandId: string | null;
  attributes: AttributeValues;
  seoTitle: string | null;
  seoDescription: string | null;
  /** Storage keys of the images in display order, with alt text and size. */
  images: { storageKey: string; alt: string; width: number; height: number }[];
}

/**
 * A proposed change to the reviewed content of a live product. The live row keeps serving until an
 * admin approves; at most one change per product is pending.
 */
export const productRevisions = pgTable(
  "product_revisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    status: revisionStatusEnum().notNull().default("pending"),
    content: jsonb().$type<ProductContent>().notNull(),
    submittedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp({ withTimezone: true }),
    reason: text(),
  },
  (t) => [
    index("product_revisions_product_idx").on(t.productId),
    uniqueIndex("product_revisions_one_pending").on(t.productId).where(sql`${t.status} = 'pending'`),
  ],
);

export type ProductRevision = typeof productRevisions.$inferSelect;

export const PRODUCT_EVENT_KINDS = [
  "created",
  "submitted",
  "approved",
  "rejected",
  "change_submitted",
  "change_approved",
  "change_rejected",
  "change_withdrawn",
  "archived",
  "restored",
] as const;
export type ProductEventKind = (typeof PRODUCT_EVENT_KINDS)[number];
export const productEventKindEnum = pgEnum("product_event_kind", PRODUCT_EVENT_KINDS);

/** The history of a product's review: who did what, when and why. Visible to the seller and admins. */
export const productEvents = pgTable(
  "product_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    kind: productEventKindEnum().notNull(),
    fromStatus: productStatusEnum(),
    toStatus: productStatusEnum(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    reason: text(),
    revisionId: uuid().references(() => productRevisions.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("product_events_product_idx").on(t.productId, t.createdAt)],
);

export type ProductEvent = typeof productEvents.$inferSelect;

export const IMPORT_KINDS = ["products", "price_stock"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const importKindEnum = pgEnum("import_kind", IMPORT_KINDS);

export const IMPORT_STATUSES = ["queued", "running", "completed", "failed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const importStatusEnum = pgEnum("import_status", IMPORT_STATUSES);

/** A bulk import or bulk price/stock update run as a background job, with progress and an error report. */
export const catalogImports = pgTable(
  "catalog_imports",
  {
    id: uuid().primaryKey().defaultRandom(),
    sellerId: uuid()
      .notNull()
      .references(() => sellers.id, { onDelete: "cascade" }),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    kind: importKindEnum().notNull(),
    status: importStatusEnum().notNull().default("queued"),
    fileName: text().notNull(),
    /** Storage key of the uploaded file. */
    fileKey: text().notNull(),
    format: text().notNull(),
    /** Target field → source column, chosen in the mapping step. */
    mapping: jsonb().$type<Record<string, string>>().notNull().default({}),
    options: jsonb().$type<Record<string, string | boolean>>().notNull().default({}),
    totalRows: integer().notNull().default(0),
    processedRows: integer().notNull().default(0),
    createdCount: integer().notNull().default(0),
    updatedCount: integer().notNull().default(0),
    failedCount: integer().notNull().default(0),
    /** Storage key of the CSV listing each failed row and why. */
    errorReportKey: text(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("catalog_imports_seller_idx").on(t.sellerId, t.createdAt)],
);

export type CatalogImport = typeof catalogImports.$inferSelect;
