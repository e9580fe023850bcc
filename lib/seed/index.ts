import { count, gte, sql } from "drizzle-orm";
import { z } from "zod";
import {
  categoryKey,
  upsertBrands,
  upsertCategoryPaths,
  upsertProducts,
  upsertSeller,
  type ProductUpsert,
  type UpsertResult,
} from "@/lib/catalog/service";
import { productSlug, slugify, fnv1a } from "@/lib/catalog/slug";
import { env } from "@/lib/platform/env";
import { databaseKind, getDb, type Db } from "@/lib/platform/db";
import { getStorage } from "@/lib/platform/storage";
import { ensureSearchIndex, reindexAll } from "@/lib/search/indexer";
import { backfillImageFeatures } from "@/lib/search/visual/backfill";
import { addresses, brands, categories, productImages, products, productVariants, sellers, users } from "@/models";
import { TOP_CATEGORY_ORDER } from "./categories";
import { loadCatalogue } from "./catalogue";
import { seedAttributes } from "./attributes";
import { seedDeals } from "./deals";
import { seedCoupons } from "./coupons";
import { seedOrders } from "./orders";
import { seedCatalogueExtras } from "./extras";
import { seedGstRates } from "./gst-rates";
import { seedShipping } from "./shipping";
import { demoLoginLines } from "./demo-logins";
import { generateImages, type ImageJob } from "./images/generate";
import { PICTURE_SIZE } from "./images/picture";
import { SEED_SELLERS, sellerRecord, sellersFor } from "./sellers";
import { initialsOf, seoDescriptionFor, seoTitleFor } from "./text";
import type { SeedDomain, SeedProduct } from "./types";
import { ensureCustomerAddress, ensureUsers, seedUsers } from "./users";
import { seedSearchHistory } from "./search-history";

export interface SeedOptions {
  /** How many products to seed (default 2,400 from the shared data, 300 generated); SEED_PRODUCTS sets it too. */
  products?: number;
  /** Receives progress and summary lines (default: console.log). */
  log?: (line: string) => void;
  /** Do nothing when the catalogue already has products (used by the start script). */
  ifEmpty?: boolean;
  /** End the summary with the demo logins (default true; the start script prints its own). */
  printLogins?: boolean;
}

export interface SeedResult {
  skipped: boolean;
  source: "shared-data" | "generated" | null;
  products: UpsertResult;
  images: { generated: number; existing: number };
  counts: Record<string, number>;
  elapsedMs: number;
}

/** Products written per transaction: large enough for few round trips, small enough to keep statements modest. */
const BATCH = 200;
/** Version of the picture style; bump it to re-render every picture on the next seed. */
const IMAGE_STYLE = "seed-v1";

const ProductsSetting = z.number().int().min(1).max(1_000_000);

function productsWanted(explicit: number | undefined): number | undefined {
  return explicit !== undefined ? ProductsSetting.parse(explicit) : env().SEED_PRODUCTS;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

async function tableCounts(db: Db): Promise<Record<string, number>> {
  const one = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  return {
    categories: await one(db.select({ n: count() }).from(categories)),
    "category levels": await one(db.select({ n: sql<number>`coalesce(max(${categories.depth}), -1)::int + 1` }).from(categories)),
    brands: await one(db.select({ n: count() }).from(brands)),
    sellers: await one(db.select({ n: count() }).from(sellers)),
    users: await one(db.select({ n: count() }).from(users)),
    addresses: await one(db.select({ n: count() }).from(addresses)),
    products: await one(db.select({ n: count() }).from(products)),
    variants: await one(db.select({ n: count() }).from(productVariants)),
    "variants in stock": await one(db.select({ n: count() }).from(productVariants).where(gte(productVariants.stockOnHand, 1))),
    images: await one(db.select({ n: count() }).from(productImages)),
  };
}

/** Deterministic shop for a product: products of a domain are spread over that domain's active sellers. */
function sellerSlugFor(product: SeedProduct): string {
  const shops = sellersFor(product.domain);
  return shops[fnv1a(product.externalRef) % shops.length].slug;
}

function imageJobsAndRows(product: SeedProduct, slug: string): { jobs: ImageJob[]; rows: ProductUpsert["images"] } {
  const top = slugify(product.categoryPath[0]);
  const initials = initialsOf(product.title.replace(product.brand && product.domain !== "fashion" ? product.brand : "", ""));
  const jobs: ImageJob[] = [];
  const rows: ProductUpsert["images"] = [];
  for (let view = 0; view < product.image.count; view++) {
    const key = `catalog/${IMAGE_STYLE}/${top}/${slug}-${view + 1}.webp`;
    jobs.push({
      key,
      input: {
        seed: product.externalRef,
        topCategory: product.categoryPath[0],
        shape: product.image.shape,
        glyph: product.image.glyph,
        itemColor: product.image.itemColor,
        labelText: product.image.labelText,
        initials,
        view,
      },
    });
    rows.push({ storageKey: key, alt: view === 0 ? product.title : `${product.title}, close-up`, width: PICTURE_SIZE, height: PICTURE_SIZE });
  }
  return { jobs, rows };
}

/**
 * Builds (or tops up) the demo marketplace on the configured database: users for every role, sellers,
 * a 3-level category tree, brands, products with variants and generated pictures. Idempotent.
 */
export async function seed(options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const elapsed = () => seconds(performance.now() - started);
  const wanted = productsWanted(options.products);
  const db = await getDb();
  const empty: SeedResult = { skipped: true, source: null, products: { created: 0, updated: 0, unchanged: 0 }, images: { generated: 0, existing: 0 }, counts: {}, elapsedMs: 0 };

  if (options.ifEmpty) {
    const [{ n }] = await db.select({ n: count() }).from(products);
    if (n > 0) {
      log(`catalogue already has ${n} products — skipping the seed`);
      // Idempotent top-ups: databases seeded before zones and GST rates existed get them.
      await seedShipping(db);
      await seedGstRates(db);
      await ensureSearchIndex(log);
      return { ...empty, elapsedMs: performance.now() - started };
    }
  }

  log(`database ready (${(await databaseKind()) === "pglite" ? "embedded PGlite" : "PostgreSQL"}) · ${elapsed()}`);
  const { SEED_DATA_DIR } = env();
  const catalogue = loadCatalogue(SEED_DATA_DIR, wanted);
  for (const note of catalogue.notes) log(note);
  const byDomain = (d: SeedDomain) => catalogue.products.filter((p) => p.domain === d).length;
  log(
    `read ${catalogue.products.length} products (${byDomain("grocery")} grocery, ${byDomain("fashion")} fashion, ${byDomain("toys")} toys) · ${elapsed()}`,
  );

  // People and shops.
  const { ids: userIds, created: usersCreated } = await ensureUsers(db, seedUsers());
  await ensureCustomerAddress(db, userIds.get("customer@quicklocal.test") as string);
  const sellerIds = new Map<string, string>();
  for (const s of SEED_SELLERS) {
    const id = await upsertSeller(db, sellerRecord(s, userIds.get(s.owner.email.toLowerCase()) as string));
    sellerIds.set(s.slug, id);
  }
  log(`users ${userIds.size} (${usersCreated} new) · sellers ${sellerIds.size} · ${elapsed()}`);

  // Tree and brands.
  const categoryIds = await upsertCategoryPaths(db, catalogue.products.map((p) => p.categoryPath), TOP_CATEGORY_ORDER);
  const brandIds = await upsertBrands(db, [...new Set(catalogue.products.flatMap((p) => (p.brand ? [p.brand] : [])))]);
  log(`categories ${categoryIds.size} · brands ${brandIds.size} · ${elapsed()}`);
  const gstRates = await seedGstRates(db);
  const shipping = await seedShipping(db);
  log(`GST rates on ${gstRates} categories · delivery zones ${shipping.zones} new · PIN prefixes ${shipping.prefixes} new · ${elapsed()}`);

  // Products and pictures, written side by side: the database on the main thread, sharp on its thread pool.
  const jobs: ImageJob[] = [];
  const rows: ProductUpsert[] = catalogue.products.map((p) => {
    const slug = productSlug(p.title, p.externalRef);
    const images = imageJobsAndRows(p, slug);
    jobs.push(...images.jobs);
    return {
      externalRef: p.externalRef,
      sellerId: sellerIds.get(sellerSlugFor(p)) as string,
      categoryId: categoryIds.get(categoryKey(p.categoryPath)) as string,
      brandId: p.brand ? (brandIds.get(p.brand) ?? null) : null,
      title: p.title,
      slug,
      description: p.description,
      status: "active",
      type: "physical",
      specifications: p.specifications,
      seoTitle: seoTitleFor(p.title),
      seoDescription: seoDescriptionFor(p.description),
      ratingX100: p.ratingX100,
      ratingCount: p.ratingCount,
      options: p.options,
      variants: p.variants,
      images: images.rows,
    };
  });

  const total = rows.length;
  const result: UpsertResult = { created: 0, updated: 0, unchanged: 0 };
  let productsDone = 0;
  let imagesDone = 0;
  let lastLine = 0;
  const report = (force = false) => {
    const now = performance.now();
    if (!force && now - lastLine < 1500) return;
    lastLine = now;
    const pct = total ? Math.floor((productsDone * 100) / total) : 100;
    log(`products ${productsDone}/${total} (${pct}%) · images ${imagesDone}/${jobs.length} · ${elapsed()}`);
  };

  const writeProducts = async () => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = await upsertProducts(db, rows.slice(i, i + BATCH));
      result.created += batch.created;
      result.updated += batch.updated;
      result.unchanged += batch.unchanged;
      productsDone = Math.min(total, i + BATCH);
      report();
    }
  };
  const images = (
    await Promise.all([
      writeProducts(),
      generateImages(jobs, getStorage(), {
        concurrency: 4,
        onProgress: (done) => {
          imagesDone = done;
          report();
        },
      }),
    ])
  )[1];
  report(true);
  const attributes = await seedAttributes(db, categoryIds, catalogue.products);
  log(`attributes ${attributes.definitions} defined · ${attributes.products} products filled · ${elapsed()}`);
  const dealsCreated = await seedDeals(db);
  log(`deals ${dealsCreated} new · ${elapsed()}`);
  const couponsCreated = await seedCoupons(db);
  log(`coupons ${couponsCreated} new · ${elapsed()}`);
  const extras = await seedCatalogueExtras(db, getStorage());
  log(`combos ${extras.bundles} · digital ${extras.digital} · for review ${extras.reviews} new products, ${extras.changes} change · ${elapsed()}`);
  const demoOrders = await seedOrders(db, log);
  log(`demo orders ${demoOrders} new · ${elapsed()}`);
  const search = await reindexAll();
  log(`search documents ${search.indexed} · ${elapsed()}`);
  log(`image features ${(await backfillImageFeatures()).computed} · ${elapsed()}`);
  const history = await seedSearchHistory(db);
  log(`search history ${history.searches} searches · ${history.interactions} clicks/add-to-carts · ${history.popular} popular · ${elapsed()}`);
  // Fresh statistics so the planner picks the catalogue indexes (PGlite never runs autovacuum).
  await db.execute(sql`analyze`);

  const counts = await tableCounts(db);
  const elapsedMs = performance.now() - started;
  log("");
  log(`Seeded the ${catalogue.source === "generated" ? "generated" : "shared-data"} catalogue in ${seconds(elapsedMs)}:`);
  log(`  products  ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged`);
  log(`  pictures  ${images.generated} rendered, ${images.existing} already stored`);
  log(`  database  ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(" · ")}`);
  if (options.printLogins !== false) {
    log("");
    log("Demo logins:");
    for (const line of demoLoginLines()) log(`  ${line}`);
  }
  return { skipped: false, source: catalogue.source, products: result, images, counts, elapsedMs };
}
