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
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
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
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("categories_parent_idx").on(t.parentId), index("categories_path_prefix_idx").on(t.path.op("text_pattern_ops"))],
);

export const brands = pgTable("brands", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Specifications = Record<string, string>;

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
