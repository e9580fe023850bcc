import { boolean, customType, index, integer, jsonb, pgEnum, pgTable, real, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./identity";
import { productImages, products } from "./catalog";

/** PostgreSQL tsvector, written only by SQL (setweight/to_tsvector in lib/search/indexer). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * One row per findable product: only products on sale (active, seller active, some active variant)
 * have a row. Denormalised so a search reads this table alone: text, filters, facets, ranking and
 * the card a hit renders. Written by lib/search/indexer from product.changed events.
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    productId: uuid()
      .primaryKey()
      .references(() => products.id, { onDelete: "cascade" }),
    sellerId: uuid().notNull(),
    sellerSlug: text().notNull(),
    sellerName: text().notNull(),
    categoryId: uuid().notNull(),
    /** The category's path, e.g. "grocery/staples/atta"; subtree filter = path = x or path like 'x/%'. */
    categoryPath: text().notNull(),
    brandId: uuid(),
    brandSlug: text(),
    brandName: text(),
    slug: text().notNull(),
    title: text().notNull(),
    /** Lower-cased, unaccented "title brand" — trigram and prefix matching. */
    searchText: text().notNull(),
    /** Weighted: title A, brand B, category names C, attributes + description D. */
    document: tsvector().notNull(),
    /** Category attribute values (as products.attributes) for attribute facets. */
    attrs: jsonb().$type<Record<string, string | number | boolean>>().notNull().default({}),
    minPricePaise: integer().notNull(),
    maxPricePaise: integer().notNull(),
    /** MRP of the cheapest variant. */
    mrpPaise: integer().notNull(),
    currency: text().notNull().default("INR"),
    /** Best discount over active variants, whole percent 0–100. */
    discountPct: smallint().notNull().default(0),
    ratingX100: integer().notNull().default(0),
    ratingCount: integer().notNull().default(0),
    /** Units available over active variants (on hand − reserved). */
    available: integer().notNull().default(0),
    inStock: boolean().notNull().default(false),
    variantCount: integer().notNull().default(1),
    hasDeal: boolean().notNull().default(false),
    /** Non-negative popularity signal (ratings now; orders and clicks later), used in ranking. */
    popularity: real().notNull().default(0),
    imageKey: text(),
    imageAlt: text(),
    imageWidth: integer(),
    imageHeight: integer(),
    publishedAt: timestamp({ withTimezone: true }),
    indexedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("search_documents_document_idx").using("gin", t.document),
    index("search_documents_text_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    index("search_documents_category_path_idx").on(t.categoryPath.op("text_pattern_ops")),
    index("search_documents_brand_idx").on(t.brandId),
    index("search_documents_seller_idx").on(t.sellerId),
    index("search_documents_popularity_idx").on(t.popularity.desc(), t.productId),
    index("search_documents_price_idx").on(t.minPricePaise, t.productId),
    index("search_documents_published_idx").on(t.publishedAt.desc(), t.productId),
  ],
);

/** Distinct words of the findable catalogue with how many documents hold them: typo correction and "did you mean". */
export const searchTerms = pgTable(
  "search_terms",
  {
    term: text().primaryKey(),
    docCount: integer().notNull(),
  },
  (t) => [index("search_terms_trgm_idx").using("gin", t.term.op("gin_trgm_ops"))],
);

/**
 * Admin-managed synonyms. An equivalent group ("tv", "television") makes every phrase find the others;
 * a one-way rule makes only `terms[0]` also find the rest.
 */
export const searchSynonyms = pgTable("search_synonyms", {
  id: uuid().primaryKey().defaultRandom(),
  /** Lower-case phrases, at least two; phrases may have several words ("wheat flour"). */
  terms: text().array().notNull(),
  oneWay: boolean().notNull().default(false),
  createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Every search made on the storefront or the API (first page only; paging is not a new search). */
export const searchQueries = pgTable(
  "search_queries",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** As typed, cut to 200 characters. */
    query: text().notNull(),
    /** lib/search normalisation: lower-case, unaccented, single spaces. "" for browse-only. */
    normalized: text().notNull(),
    filters: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    sort: text().notNull(),
    resultCount: integer().notNull(),
    tookMs: integer().notNull(),
    /** Where it came from: "page", "api", "suggest-pick", "voice", "visual". */
    source: text().notNull().default("page"),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    sessionId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("search_queries_created_idx").on(t.createdAt), index("search_queries_normalized_idx").on(t.normalized, t.createdAt), index("search_queries_user_idx").on(t.userId, t.createdAt)],
);

export const SEARCH_INTERACTIONS = ["click", "add_to_cart"] as const;
export type SearchInteractionKind = (typeof SEARCH_INTERACTIONS)[number];
export const searchInteractionEnum = pgEnum("search_interaction", SEARCH_INTERACTIONS);

/** A click on a result (with its 1-based position) or an add-to-cart of a product reached from a search. */
export const searchInteractions = pgTable(
  "search_interactions",
  {
    id: uuid().primaryKey().defaultRandom(),
    queryId: uuid()
      .notNull()
      .references(() => searchQueries.id, { onDelete: "cascade" }),
    kind: searchInteractionEnum().notNull(),
    productId: uuid().notNull(),
    position: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("search_interactions_query_idx").on(t.queryId, t.kind), index("search_interactions_created_idx").on(t.createdAt)],
);

/**
 * Popular-query suggestions, rolled up from search_queries (only queries that found something).
 * Kept small and prefix-indexed so autocomplete reads it in a millisecond.
 */
export const searchPopularQueries = pgTable(
  "search_popular_queries",
  {
    normalized: text().primaryKey(),
    searches: integer().notNull(),
    lastResultCount: integer().notNull(),
    lastSearchedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("search_popular_queries_prefix_idx").on(t.normalized.op("text_pattern_ops")), index("search_popular_queries_trgm_idx").using("gin", t.normalized.op("gin_trgm_ops"))],
);

/** Visual features of one product image (lib/search/visual): compact vectors compared in memory. */
export const productImageFeatures = pgTable(
  "product_image_features",
  {
    imageId: uuid()
      .primaryKey()
      .references(() => productImages.id, { onDelete: "cascade" }),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    /** 64-bit perceptual hash as 16 hex characters. */
    hash: text().notNull(),
    /** Feature vector (lib/search/visual/features.ts, version below), float4 in a bytea. */
    vector: customType<{ data: Buffer }>({ dataType: () => "bytea" })().notNull(),
    version: smallint().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("product_image_features_product_idx").on(t.productId)],
);

export type SearchDocument = typeof searchDocuments.$inferSelect;
export type SearchSynonym = typeof searchSynonyms.$inferSelect;
export type SearchQueryLog = typeof searchQueries.$inferSelect;

/** When a customer last cleared their recent searches: older searches stay in the log for analytics but are no longer shown to them. */
export const searchHistoryClears = pgTable("search_history_clears", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  clearedAt: timestamp({ withTimezone: true }).notNull(),
});
