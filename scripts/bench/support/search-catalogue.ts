/**
 * The 100,000-product catalogue of the search benchmark, built on PostgreSQL from the shared data:
 *   1. the ordinary seed (users, sellers, category tree, brands, attributes, deals, pictures) with a small base;
 *   2. every other usable row of ../shared/data (BigBasket, Myntra, Amazon toys — ~50k products) written with the
 *      catalogue's batched upsertProducts, reusing the seeded pictures of the same top category;
 *   3. variants of those real products until the target is reached, made in SQL (INSERT … SELECT in chunks):
 *      pack sizes for grocery, colourways for fashion, editions for toys, each sold by another shop of the
 *      same trade with its own price (jitter), rating and stock;
 *   4. search documents (lib/search/indexer reindexAll) and VACUUM ANALYZE (statistics and the visibility map).
 * Each step is skipped when already done, so a kept database is reused as it is.
 */
import pg from "pg";
import { seedDatabase } from "./database";

export interface CatalogueOptions {
  url: string;
  target: number;
  /** Base products of the ordinary seed (pictures are rendered for these only). */
  baseProducts: number;
  dataDir: string;
  /** Rebuild the search documents even when the catalogue is complete (after an indexer change). */
  reindex?: boolean;
  log: (line: string) => void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const number = (n: number) => n.toLocaleString("en-IN");

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function scalar(client: pg.Client, text: string, values: unknown[] = []): Promise<number> {
  const { rows } = await client.query<{ n: string | number | null }>(text, values);
  return Number(rows[0]?.n ?? 0);
}

async function tableExists(client: pg.Client, name: string): Promise<boolean> {
  return (await scalar(client, "select count(*) as n from pg_tables where schemaname = 'public' and tablename = $1", [name])) > 0;
}

/** Step 2: all usable rows of the shared data, through the catalogue's own batched writer. */
async function loadRealProducts(opts: CatalogueOptions): Promise<void> {
  const started = performance.now();
  const { loadCatalogue } = await import("@/lib/seed/catalogue");
  const { sellersFor } = await import("@/lib/seed/sellers");
  const { seedAttributes } = await import("@/lib/seed/attributes");
  const { TOP_CATEGORY_ORDER } = await import("@/lib/seed/categories");
  const { seoDescriptionFor, seoTitleFor } = await import("@/lib/seed/text");
  const { categoryKey, upsertBrands, upsertCategoryPaths, upsertProducts } = await import("@/lib/catalog/service");
  const { fnv1a, productSlug, slugify } = await import("@/lib/catalog/slug");
  const { env } = await import("@/lib/platform/env");
  const { getDb } = await import("@/lib/platform/db");
  const db = await getDb();

  // Every usable row when the target is larger than the data (the usual case), else `target` of them.
  const catalogue = loadCatalogue(env().SEED_DATA_DIR, opts.target);
  opts.log(`  read ${number(catalogue.products.length)} products from ${env().SEED_DATA_DIR} · ${seconds(performance.now() - started)}`);

  const existing = await withClient(opts.url, async (c) => {
    const refs = await c.query<{ ref: string }>("select external_ref as ref from products where external_ref is not null");
    const sellers = await c.query<{ id: string; slug: string }>("select id, slug from sellers");
    const pictures = await c.query<{ top: string; key: string; width: number; height: number }>(
      `select split_part(c.path, '/', 1) as top, i.storage_key as key, i.width, i.height
       from product_images i join products p on p.id = i.product_id join categories c on c.id = p.category_id
       where i.position = 0 and i.storage_key like 'catalog/%' order by i.storage_key`,
    );
    const picturesByTop = new Map<string, { storageKey: string; width: number; height: number }[]>();
    for (const r of pictures.rows) {
      const list = picturesByTop.get(r.top) ?? [];
      list.push({ storageKey: r.key, width: r.width, height: r.height });
      picturesByTop.set(r.top, list);
    }
    return { refs: new Set(refs.rows.map((r) => r.ref)), sellerIds: new Map(sellers.rows.map((r) => [r.slug, r.id])), picturesByTop };
  });

  const todo = catalogue.products.filter((p) => !existing.refs.has(p.externalRef));
  if (todo.length === 0) return;
  const categoryIds = await upsertCategoryPaths(db, catalogue.products.map((p) => p.categoryPath), TOP_CATEGORY_ORDER);
  const brandIds = await upsertBrands(db, [...new Set(catalogue.products.flatMap((p) => (p.brand ? [p.brand] : [])))]);
  opts.log(`  ${number(categoryIds.size)} categories · ${number(brandIds.size)} brands · writing ${number(todo.length)} products · ${seconds(performance.now() - started)}`);

  const BATCH = 500;
  let lastLine = performance.now();
  for (let i = 0; i < todo.length; i += BATCH) {
    const rows = todo.slice(i, i + BATCH).map((p) => {
      const shops = sellersFor(p.domain);
      const sellerId = existing.sellerIds.get(shops[fnv1a(p.externalRef) % shops.length].slug);
      const categoryId = categoryIds.get(categoryKey(p.categoryPath));
      if (!sellerId || !categoryId) throw new Error(`no seller or category for ${p.externalRef}`);
      const pictures = existing.picturesByTop.get(slugify(p.categoryPath[0])) ?? [];
      const picture = pictures.length ? pictures[fnv1a(`${p.externalRef}:picture`) % pictures.length] : null;
      return {
        externalRef: p.externalRef,
        sellerId,
        categoryId,
        brandId: p.brand ? (brandIds.get(p.brand) ?? null) : null,
        title: p.title,
        slug: productSlug(p.title, p.externalRef),
        description: p.description,
        status: "active" as const,
        type: "physical" as const,
        specifications: p.specifications,
        seoTitle: seoTitleFor(p.title),
        seoDescription: seoDescriptionFor(p.description),
        ratingX100: p.ratingX100,
        ratingCount: p.ratingCount,
        options: p.options,
        variants: p.variants,
        images: picture ? [{ ...picture, alt: p.title }] : [],
      };
    });
    await upsertProducts(db, rows);
    if (performance.now() - lastLine > 3000 || i + BATCH >= todo.length) {
      lastLine = performance.now();
      opts.log(`  products ${number(Math.min(todo.length, i + BATCH))}/${number(todo.length)} · ${seconds(performance.now() - started)}`);
    }
  }
  const attributes = await seedAttributes(db, categoryIds, todo);
  opts.log(`  attributes filled on ${number(attributes.products)} products · ${seconds(performance.now() - started)}`);
  await withClient(opts.url, (c) => c.query("update products set published_at = now() - interval '30 days' * random() where status = 'active' and published_at is null"));
}

/** Title, attributes and price factor of the k-th variant of a source product, by its seller's trade. */
const VARIANT_SQL = `
  with src as (
    select p.id, p.title, p.attributes, p.seller_id, p.external_ref, d.domain, d.idx, d.cnt,
           row_number() over (order by md5(p.external_ref)) as r
    from products p join bench_seller_domains d on d.seller_id = p.seller_id
    where p.status = 'active' and p.type = 'physical' and p.external_ref is not null and p.external_ref not like '%#v%'
  ), pairs as (
    select s.*, k, row_number() over (order by k, s.r) as n,
           ('x' || substr(md5(s.external_ref || '#' || k), 1, 7))::bit(28)::int as h
    from src s cross join generate_series(1, $2::int) as k
  ), chosen as (
    select pr.*,
      (array['Black','Blue','Navy','White','Grey','Charcoal','Red','Maroon','Pink','Green','Yellow','Mustard','Olive',
             'Peach','Brown','Beige','Khaki','Purple','Lavender','Teal'])[1 + (pr.h % 20)] as colour,
      (array[2, 3, 4, 6, 2, 3])[1 + (pr.h % 6)] as pack,
      (array['Gift Set', 'Deluxe Edition', 'Starter Kit', 'Travel Edition', 'Combo', 'Classic Edition', 'Mini', 'Jumbo'])[1 + (pr.h % 8)] as edition
    from pairs pr where pr.n <= $1
  )
  insert into bench_clone_map (n, src, id, k, seller_id, title, attrs, price_factor, oos, h)
  select c.n, c.id, gen_random_uuid(), c.k,
    (select d2.seller_id from bench_seller_domains d2 where d2.domain = c.domain and d2.idx = (c.idx + c.k) % c.cnt),
    case c.domain
      when 'grocery' then c.title || ' (Pack of ' || c.pack || ')'
      when 'fashion' then case
        when c.attributes ? 'colour' and c.title ~* ('\\m' || (c.attributes->>'colour') || '\\M') and lower(c.attributes->>'colour') <> lower(c.colour)
          then regexp_replace(c.title, '\\m' || (c.attributes->>'colour') || '\\M', c.colour, 'i')
        else c.title || ' - ' || c.colour end
      else c.title || ' ' || c.edition end,
    case c.domain
      when 'grocery' then c.attributes || jsonb_build_object('pack_of', c.pack)
      when 'fashion' then c.attributes || jsonb_build_object('colour', c.colour)
      else c.attributes end,
    (case c.domain when 'grocery' then c.pack * 0.95 else 1 end) * (0.85 + (c.h % 300) / 1000.0),
    c.h % 16 = 0,
    c.h
  from chosen c`;

const CLONE_SQL = [
  `insert into products (id, seller_id, category_id, brand_id, title, slug, description, status, type, specifications, seo_title,
     seo_description, rating_x_100, rating_count, attributes, published_at, external_ref, created_at, updated_at)
   select m.id, m.seller_id, p.category_id, p.brand_id, m.title, p.slug || '-v' || m.k, p.description, p.status, p.type, p.specifications,
     left(m.title, 70), p.seo_description,
     case when p.rating_x_100 = 0 then 0 else least(500, greatest(100, p.rating_x_100 + (m.h % 61) - 30)) end,
     case when p.rating_count = 0 then 0 else greatest(1, (p.rating_count * (m.h % 150)) / 100) end,
     m.attrs, coalesce(p.published_at, now()) - ((m.h % 90) || ' days')::interval, p.external_ref || '#v' || m.k, now(), now()
   from bench_clone_map m join products p on p.id = m.src where m.n between $1 and $2`,
  `insert into product_options (product_id, name, values, position)
   select m.id, o.name, o.values, o.position from bench_clone_map m join product_options o on o.product_id = m.src where m.n between $1 and $2`,
  `insert into product_variants (product_id, sku, title, option_values, price_paise, mrp_paise, currency, stock_on_hand, stock_reserved,
     position, is_active, low_stock_threshold, weight_grams, length_mm, width_mm, height_mm)
   select m.id, v.sku || '-V' || m.k, v.title, v.option_values,
     greatest(100, round(v.price_paise * m.price_factor))::int,
     greatest(greatest(100, round(v.price_paise * m.price_factor)), round(v.mrp_paise * m.price_factor))::int,
     v.currency, case when m.oos then 0 else v.stock_on_hand end, 0, v.position, v.is_active, v.low_stock_threshold,
     v.weight_grams, v.length_mm, v.width_mm, v.height_mm
   from bench_clone_map m join product_variants v on v.product_id = m.src where m.n between $1 and $2`,
  `insert into product_images (product_id, storage_key, alt, width, height, position)
   select m.id, i.storage_key, m.title, i.width, i.height, i.position
   from bench_clone_map m join product_images i on i.product_id = m.src where m.n between $1 and $2`,
];

/** Step 3: variants of the real products, in SQL, until `target` products exist. */
async function addVariants(opts: CatalogueOptions, sellerDomains: { id: string; domain: string }[]): Promise<void> {
  const started = performance.now();
  await withClient(opts.url, async (c) => {
    const have = await scalar(c, "select count(*) as n from products");
    const needed = opts.target - have;
    if (needed <= 0) return;
    const sources = await scalar(c, "select count(*) as n from products where status = 'active' and type = 'physical' and external_ref is not null and external_ref not like '%#v%'");
    if (sources === 0) throw new Error("no source products to vary");
    const rounds = Math.ceil(needed / sources);
    opts.log(`  ${number(have)} products · adding ${number(needed)} variants of ${number(sources)} real products (up to ${rounds} each)`);
    await c.query("create temp table bench_seller_domains (seller_id uuid, domain text, idx int, cnt int)");
    const byDomain = new Map<string, string[]>();
    for (const s of sellerDomains) byDomain.set(s.domain, [...(byDomain.get(s.domain) ?? []), s.id]);
    for (const [domain, ids] of byDomain) {
      for (const [idx, id] of ids.entries()) await c.query("insert into bench_seller_domains values ($1, $2, $3, $4)", [id, domain, idx, ids.length]);
    }
    await c.query(
      "create temp table bench_clone_map (n bigint primary key, src uuid, id uuid, k int, seller_id uuid, title text, attrs jsonb, price_factor numeric, oos boolean, h int)",
    );
    await c.query(VARIANT_SQL, [needed, rounds]);
    opts.log(`  planned ${number(needed)} variants · ${seconds(performance.now() - started)}`);
    const CHUNK = 10_000;
    for (let from = 1; from <= needed; from += CHUNK) {
      const to = Math.min(needed, from + CHUNK - 1);
      await c.query("begin");
      for (const statement of CLONE_SQL) await c.query(statement, [from, to]);
      await c.query("commit");
      opts.log(`  variants ${number(to)}/${number(needed)} · ${seconds(performance.now() - started)}`);
    }
  });
}

/** Step 4: search documents for everything on sale, then fresh planner statistics and visibility map. */
async function indexAll(opts: CatalogueOptions): Promise<void> {
  const started = performance.now();
  let indexer: { reindexAll: (onProgress?: (done: number, total: number) => void) => Promise<{ indexed: number }> };
  try {
    indexer = await import("@/lib/search/indexer");
  } catch (err) {
    throw new Error(`lib/search/indexer (reindexAll) is not available yet: ${err instanceof Error ? err.message : String(err)}`);
  }
  let lastLine = 0;
  const { indexed } = await indexer
    .reindexAll((done, total) => {
      const now = performance.now();
      if (now - lastLine < 3000 && done < total) return;
      lastLine = now;
      opts.log(`  search documents ${number(done)}/${number(total)} · ${seconds(now - started)}`);
    })
    .catch((err: unknown) => {
      // Database errors arrive wrapped with the whole statement and its parameters: keep the cause.
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : null;
      throw new Error(`reindexAll failed: ${cause ?? (err instanceof Error ? err.message.split("\n")[0] : String(err))}`);
    });
  // Autocomplete's popular searches: the seed's demo search history (skipped when searches are logged) and its rollup.
  const { seedSearchHistory } = await import("@/lib/seed/search-history");
  const { rollupPopularQueries } = await import("@/lib/search/popular-queries");
  const { getDb } = await import("@/lib/platform/db");
  const history = await seedSearchHistory(await getDb());
  const popular = await rollupPopularQueries();
  opts.log(`  search history ${number(history.searches)} new searches · ${number(popular.kept)} popular queries · ${seconds(performance.now() - started)}`);
  await withClient(opts.url, async (c) => {
    // reindexAll covered every product: events queued by the bulk writes need no second pass by the server.
    if (await tableExists(c, "outbox_events")) await c.query("update outbox_events set processed_at = now() where processed_at is null");
    await c.query("vacuum analyze");
  });
  opts.log(`  indexed ${number(indexed)} products and analysed · ${seconds(performance.now() - started)}`);
}

export interface CatalogueSummary {
  products: number;
  documents: number;
  sellers: number;
  brands: number;
  categories: number;
}

async function summary(url: string): Promise<CatalogueSummary> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<Record<keyof CatalogueSummary, number>>(`select
      (select count(*) from products)::int as products,
      (select count(*) from search_documents)::int as documents,
      (select count(distinct seller_id) from search_documents)::int as sellers,
      (select count(distinct brand_id) from search_documents)::int as brands,
      (select count(distinct category_id) from search_documents)::int as categories`);
    return rows[0];
  });
}

/**
 * Builds (or finishes) the catalogue on `opts.url`; DATABASE_URL and DATA_DIR of this process must already
 * point at it, since steps 2 and 4 run the app's own code in-process.
 */
export async function buildSearchCatalogue(opts: CatalogueOptions): Promise<CatalogueSummary> {
  const started = performance.now();
  const since = () => seconds(performance.now() - started);
  const state = await withClient(opts.url, async (c) => {
    const migrated = await tableExists(c, "products");
    return {
      products: migrated ? await scalar(c, "select count(*) as n from products") : 0,
      documents: (await tableExists(c, "search_documents")) ? await scalar(c, "select count(*) as n from search_documents") : 0,
    };
  });
  if (state.products >= opts.target && state.documents > 0) {
    if (opts.reindex) {
      opts.log("rebuilding the search documents (--reindex) …");
      await indexAll(opts);
      const { closeDb } = await import("@/lib/platform/db");
      await closeDb();
    }
    return summary(opts.url);
  }

  opts.log(`building a ${number(opts.target)}-product catalogue …`);
  if (state.products === 0) {
    opts.log(`  seeding the base marketplace (${number(opts.baseProducts)} products with pictures) …`);
    await seedDatabase(opts.url, opts.baseProducts, opts.dataDir);
    opts.log(`  seeded · ${since()}`);
  }
  if (state.products < opts.target) await loadRealProducts(opts);
  const { SEED_SELLERS } = await import("@/lib/seed/sellers");
  const sellerRows = await withClient(opts.url, (c) => c.query<{ id: string; slug: string }>("select id, slug from sellers where status = 'active'"));
  const sellerDomains = sellerRows.rows.flatMap((r) => {
    const seeded = SEED_SELLERS.find((s) => s.slug === r.slug);
    return seeded ? [{ id: r.id, domain: seeded.domain }] : [];
  });
  await addVariants(opts, sellerDomains);
  await indexAll(opts);
  const { closeDb } = await import("@/lib/platform/db");
  await closeDb();
  opts.log(`catalogue ready · ${since()}`);
  return summary(opts.url);
}
