/**
 * npm run bench -- product [options]
 * Product pages of a production build under load (issue 3, acceptance 5: p95 < 50 ms at 20 connections,
 * warm cache), plus a category-page figure. Builds the app into .next-bench (or reuses --build-dir), makes
 * a fresh PostgreSQL database seeded with the full seed (or reuses --database-url), starts `next start` with
 * REDIS_URL, warms every URL, then runs autocannon through ~200 product URLs.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { positive } from "./support/args";
import { createDatabase, DEFAULT_DATABASE_URL, dropDatabase, query, seedDatabase } from "./support/database";
import { formatResult, load, warm, type LoadResult } from "./support/load";
import { productionBuild, startServer } from "./support/processes";

const TARGET_P95_MS = 50;

const HELP = `usage: npm run bench -- product [options]
  --build-dir DIR       reuse the production build in DIR (default: build into .next-bench)
  --database-url URL    reuse a seeded PostgreSQL database (default: a fresh one, seeded, dropped afterwards)
  --keep-database       keep the fresh database and print its URL (for --database-url next time)
  --products N          products to seed into a fresh database (default 6000)
  --urls N              distinct product URLs to rotate through (default 200)
  --connections N       concurrent connections (default 20)
  --duration S          seconds of load per run (default 20)
  --redis-url URL       Redis for the app's cache (default $REDIS_URL or redis://127.0.0.1:6379)`;

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      "build-dir": { type: "string" },
      "database-url": { type: "string" },
      "keep-database": { type: "boolean", default: false },
      products: { type: "string" },
      urls: { type: "string" },
      connections: { type: "string" },
      duration: { type: "string" },
      "redis-url": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  return {
    help: values.help,
    buildDir: values["build-dir"],
    databaseUrl: values["database-url"],
    keepDatabase: values["keep-database"],
    products: positive("products", values.products, 6000),
    urls: positive("urls", values.urls, 200),
    connections: positive("connections", values.connections, 20),
    duration: positive("duration", values.duration, 20),
    redisUrl: values["redis-url"] ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  };
}

const VISIBLE = `p.status = 'active' and s.status = 'active'
  and exists (select 1 from product_variants v where v.product_id = p.id and v.is_active)`;

/** A deterministic spread of product pages on sale (md5 order, so a rerun on the same data asks for the same pages). */
async function productPaths(databaseUrl: string, limit: number): Promise<string[]> {
  const rows = await query<{ slug: string }>(
    databaseUrl,
    `select p.slug from products p join sellers s on s.id = p.seller_id where ${VISIBLE} order by md5(p.slug) limit $1`,
    [limit],
  );
  return rows.map((r) => `/p/${encodeURIComponent(r.slug)}`);
}

/** The biggest categories, plainly and with a brand filter and a sort (the shapes shoppers share). */
async function categoryPaths(databaseUrl: string): Promise<string[]> {
  const rows = await query<{ slug: string; brand: string | null }>(
    databaseUrl,
    `select c.slug, (
        select b.slug from products p join sellers s on s.id = p.seller_id join brands b on b.id = p.brand_id
        where p.category_id = c.id and ${VISIBLE} group by b.slug order by count(*) desc, b.slug limit 1
      ) as brand
     from categories c
     where exists (select 1 from products p where p.category_id = c.id)
     order by (select count(*) from products p where p.category_id = c.id) desc, c.slug
     limit 20`,
  );
  return rows.flatMap((r) => {
    const base = `/c/${encodeURIComponent(r.slug)}`;
    return [base, `${base}?sort=price_asc`, ...(r.brand ? [`${base}?brand=${encodeURIComponent(r.brand)}`] : [])];
  });
}

export async function run(args: string[]): Promise<void> {
  const opts = options(args);
  if (opts.help) {
    console.log(HELP);
    return;
  }
  const started = performance.now();
  const since = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

  const distDir = await productionBuild(opts.buildDir, ".next-bench", since);

  let databaseUrl = opts.databaseUrl;
  let fresh = false;
  const dataDir = path.join(".data", "bench");
  if (!databaseUrl) {
    databaseUrl = await createDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, "ql_bench");
    fresh = true;
    console.log(`seeding ${opts.products} products into ${new URL(databaseUrl).pathname.slice(1)} …`);
    await seedDatabase(databaseUrl, opts.products, dataDir);
    console.log(`seeded · ${since()}`);
  }

  const results: LoadResult[] = [];
  try {
    const [[{ n }], products, categories] = await Promise.all([
      query<{ n: number }>(databaseUrl, "select count(*)::int as n from products"),
      productPaths(databaseUrl, opts.urls),
      categoryPaths(databaseUrl),
    ]);
    const server = await startServer(distDir, {
      DATABASE_URL: databaseUrl,
      REDIS_URL: opts.redisUrl,
      DATA_DIR: dataDir,
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
      LOG_LEVEL: "warn",
    });
    try {
      console.log(`next start at ${server.url} · ${n} products in the catalogue · ${since()}`);
      // Categories first, products last, so every product page is fresh in the page cache when the load starts.
      console.log(`warming ${categories.length} category and ${products.length} product URLs …`);
      await warm(server.url, [...categories, ...products], 2);
      const common = { baseUrl: server.url, connections: opts.connections, durationSeconds: opts.duration };
      results.push(await load({ ...common, title: `product pages (${products.length} URLs, ${opts.connections} connections, ${opts.duration} s)`, paths: products }));
      console.log(formatResult(results[0]));
      results.push(await load({ ...common, title: `category pages (${categories.length} URLs, ${opts.connections} connections, ${opts.duration} s)`, paths: categories }));
      console.log(formatResult(results[1]));
    } finally {
      await server.stop();
    }
  } finally {
    if (fresh && !opts.keepDatabase) await dropDatabase(databaseUrl);
    else if (fresh) console.log(`kept the database: --database-url ${databaseUrl}`);
  }

  const product = results[0];
  const failures = product.errors + product.timeouts + product.non2xx;
  const pass = product.p95 < TARGET_P95_MS && failures === 0;
  console.log(
    `\n${pass ? "PASS" : "FAIL"}: product page p95 ${product.p95.toFixed(1)} ms (target < ${TARGET_P95_MS} ms)` +
      `${failures ? `, ${failures} failed requests` : ""} · category page p95 ${results[1].p95.toFixed(1)} ms · total ${since()}`,
  );
  if (!pass) process.exitCode = 1;
}
