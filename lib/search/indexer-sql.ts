/**
 * SQL of the search indexer. One statement per batch builds the documents of a set of products from
 * the catalogue (INSERT … SELECT … ON CONFLICT DO UPDATE), drops the rows of those no longer on sale
 * and, when asked, moves the search_terms counts by the difference of the words before and after.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db";
import { firstImage, hasRunningDeal, variantSummary } from "@/lib/catalog/card-sql";
import { visibleProducts } from "@/lib/catalog/visibility";
import { brands, categories, products, searchDocuments, searchTerms, sellers } from "@/models";
import { DESCRIPTION_MAX_CHARS, MIN_TERM_LENGTH } from "./indexer-rules";

/** Serialises index writes (search_terms counts stay exact, no deadlocks between batches). */
const INDEX_LOCK_ID = 724_312;

/** Columns written from the catalogue (all but product_id), in the order of the SELECT below. */
const COLUMNS = [
  "seller_id",
  "seller_slug",
  "seller_name",
  "category_id",
  "category_path",
  "brand_id",
  "brand_slug",
  "brand_name",
  "slug",
  "title",
  "search_text",
  "document",
  "attrs",
  "min_price_paise",
  "max_price_paise",
  "mrp_paise",
  "currency",
  "discount_pct",
  "rating_x_100",
  "rating_count",
  "available",
  "in_stock",
  "variant_count",
  "has_deal",
  "popularity",
  "image_key",
  "image_alt",
  "image_width",
  "image_height",
  "published_at",
  "indexed_at",
] as const;

/** The ids as one uuid[] parameter (not one parameter per id). */
function idArray(ids: readonly string[]): SQL {
  return sql`${sql.param([...ids])}::uuid[]`;
}

const columnList = sql.raw(["product_id", ...COLUMNS].join(", "));
const updateList = sql.raw(COLUMNS.map((c) => `${c} = excluded.${c}`).join(", "));
/** The columns a rebuild compares to decide whether a row changed (all but indexed_at), qualified by `table`. */
const changedColumns = (table: string) =>
  sql.raw(
    COLUMNS.filter((c) => c !== "indexed_at")
      .map((c) => `${table}.${c}`)
      .join(", "),
  );

/** Words of a search_text kept as terms: split on anything but letters and digits, ≥ 2 characters, with a letter. */
function wordsOf(text: SQL): SQL {
  return sql`select w.word from regexp_split_to_table(${text}, '[^[:alnum:]]+') as w(word) where length(w.word) >= ${MIN_TERM_LENGTH} and w.word ~ '[[:alpha:]]'`;
}

/** Same ranking signal as popularity() in indexer-rules.ts. */
const popularitySql = sql`ln(1 + greatest(${products.ratingCount}, 0)) * (1 + least(500, greatest(0, ${products.ratingX100})) / 500.0)`;

/** The names of a category and all its ancestors (by path prefix, through the unique path index), root first. */
function categoryWords(productIds: readonly string[]): SQL {
  return sql`select c.id, string_agg(a.name, ' ' order by a.depth) as names
    from ${categories} c
    join ${categories} a on a.path = any (array(
      select array_to_string((string_to_array(c.path, '/'))[1:n], '/') from generate_series(1, cardinality(string_to_array(c.path, '/'))) n
    ))
    where c.id in (select ${products.categoryId} from ${products} where ${products.id} = any(${idArray(productIds)}))
    group by c.id`;
}

/** The SELECT producing the document of every product of `productIds` that is on sale. */
function documentsSelect(db: Executor, productIds: readonly string[]): SQL {
  const v = variantSummary(db);
  const img = firstImage(db);
  return sql`select ${products.id}, ${sellers.id}, ${sellers.slug}, ${sellers.name}, c.id, c.path, b.id, b.slug, b.name,
      ${products.slug}, ${products.title},
      lower(ql_unaccent(${products.title} || ' ' || coalesce(b.name, ''))),
      setweight(to_tsvector('ql_search', ${products.title}), 'A')
        || setweight(to_tsvector('ql_search', coalesce(b.name, '')), 'B')
        || setweight(to_tsvector('ql_search', coalesce(cw.names, '')), 'C')
        || setweight(to_tsvector('ql_search',
             coalesce((select string_agg(e.value, ' ') from jsonb_each_text(${products.attributes}) e where e.value not in ('true', 'false')), '')
             || ' ' || left(${products.description}, ${DESCRIPTION_MAX_CHARS})), 'D'),
      ${products.attributes},
      v.min_price, v.max_price, v.mrp_at_min, coalesce(v.currency, 'INR'),
      least(100, greatest(0, floor(coalesce(v.max_discount, 0) * 100 + 1e-9)))::smallint, -- whole percent, rounded down like the category facets
      ${products.ratingX100}, ${products.ratingCount},
      v.available, v.available > 0, v.variant_count, ${hasRunningDeal()}, ${popularitySql},
      img.storage_key, img.alt, img.width, img.height, ${products.publishedAt}, now()
    from ${products}
    join ${sellers} on ${sellers.id} = ${products.sellerId}
    join ${categories} c on c.id = ${products.categoryId}
    left join ${brands} b on b.id = ${products.brandId}
    left join cw on cw.id = c.id
    join lateral ${v} on true
    left join lateral ${img} on true
    where ${products.id} = any(${idArray(productIds)}) and ${visibleProducts()}`;
}

/** Full rebuild: writes the documents of these products (all on sale), leaving rows that would not change untouched. */
export function rebuildDocumentsSql(db: Executor, productIds: readonly string[]): SQL {
  return sql`with cw as (${categoryWords(productIds)})
    insert into ${searchDocuments} (${columnList}) ${documentsSelect(db, productIds)}
    on conflict (product_id) do update set ${updateList}
    where (${changedColumns("search_documents")}) is distinct from (${changedColumns("excluded")})`;
}

/**
 * Builds the documents of these products (on sale → upserted, otherwise deleted) in one statement,
 * and moves search_terms by the words the documents lost and gained.
 */
export function upsertDocumentsSql(db: Executor, productIds: readonly string[]): SQL {
  const ids = sql`${searchDocuments.productId} = any(${idArray(productIds)})`;
  const upsert = sql`insert into ${searchDocuments} (${columnList}) ${documentsSelect(db, productIds)}
      on conflict (product_id) do update set ${updateList}`;
  return sql`with cw as (${categoryWords(productIds)}),
    old_words as (
      select w.word, -count(*) as n
      from ${searchDocuments} cross join lateral (select distinct x.word from (${wordsOf(sql`${searchDocuments.searchText}`)}) x) w
      where ${ids} group by w.word
    ),
    upserted as (${upsert} returning product_id, search_text),
    deleted as (delete from ${searchDocuments} where ${ids} and product_id not in (select product_id from upserted) returning product_id),
    new_words as (
      select w.word, count(*) as n
      from upserted u cross join lateral (select distinct x.word from (${wordsOf(sql`u.search_text`)}) x) w
      group by w.word
    ),
    delta as (
      select word, sum(n)::int as n from (select * from old_words union all select * from new_words) t group by word having sum(n) <> 0
    )
    insert into ${searchTerms} (term, doc_count) select word, n from delta
    on conflict (term) do update set doc_count = ${searchTerms.docCount} + excluded.doc_count`;
}

/** Deletes these documents and takes their words off search_terms. */
export function deleteDocumentsSql(productIds: readonly string[]): SQL {
  const ids = sql`${searchDocuments.productId} = any(${idArray(productIds)})`;
  return sql`with deleted as (delete from ${searchDocuments} where ${ids} returning search_text),
    delta as (
      select w.word, -count(*)::int as n
      from deleted d cross join lateral (select distinct x.word from (${wordsOf(sql`d.search_text`)}) x) w
      group by w.word
    )
    insert into ${searchTerms} (term, doc_count) select word, n from delta
    on conflict (term) do update set doc_count = ${searchTerms.docCount} + excluded.doc_count`;
}

/** Terms no document holds any more. */
export const pruneTermsSql = sql`delete from ${searchTerms} where doc_count <= 0`;

/** search_terms rebuilt from every document (after a full reindex). */
export const rebuildTermsSql = [
  sql`delete from ${searchTerms}`,
  sql`insert into ${searchTerms} (term, doc_count)
    select w.word, count(*)::int
    from ${searchDocuments} d cross join lateral (select distinct x.word from (${wordsOf(sql`d.search_text`)}) x) w
    group by w.word`,
];

/** Documents of products no longer on sale (a full reindex ends with this). */
export function deleteStaleDocumentsSql(): SQL {
  return sql`delete from ${searchDocuments} d where not exists (
    select 1 from ${products} join ${sellers} on ${sellers.id} = ${products.sellerId}
    where ${products.id} = d.product_id and ${visibleProducts()}
  )`;
}

/** The next `limit` ids of products on sale after `after` (keyset over products.id). */
export function visibleIdsAfterSql(after: string | null, limit: number): SQL {
  return sql`select ${products.id} as id from ${products} join ${sellers} on ${sellers.id} = ${products.sellerId}
    where ${visibleProducts()} ${after ? sql`and ${products.id} > ${after}` : sql``}
    order by ${products.id} limit ${limit}`;
}

export function countVisibleSql(): SQL {
  return sql`select count(*)::int as n from ${products} join ${sellers} on ${sellers.id} = ${products.sellerId} where ${visibleProducts()}`;
}

export function lockIndexSql(): SQL {
  return sql`select pg_advisory_xact_lock(${INDEX_LOCK_ID})`;
}
