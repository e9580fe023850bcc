/**
 * npm run bench:checkout [-- options]   (= npm run bench -- checkout)
 * Placing orders on PostgreSQL (issue 5, acceptance 1 and 6), in a fresh database:
 *   1. the flash sale: --race customers (default 500) order the last --race-stock units (default 10) of one
 *      variant at the same moment — exactly that many orders, every other customer told "out of stock",
 *      stock ends at 0;
 *   2. throughput: --buyers concurrent customers (default 50) each repeat quote → place order for
 *      --duration seconds with 1–3 items from 1–2 sellers in the cart; place-order throughput and latency
 *      percentiles (the quote, which the checkout page shows before placing, is timed apart).
 * The workflow is called in-process (lib/workflows/checkout.ts, exactly what the checkout's server action
 * runs after reading the session): placing an order has no public HTTP endpoint to drive with autocannon
 * (it is a server action bound to a signed-in session), and what the acceptance measures is the
 * transaction — stock row locks, coupon and deal updates, order inserts — not page rendering. Jobs and
 * cache stay in-process (REDIS_URL is ignored) so the run touches no shared Redis.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { positive } from "./support/args";
import { createDatabase, DEFAULT_DATABASE_URL, dropDatabase } from "./support/database";
import { percentile } from "./support/load";

const HELP = `usage: npm run bench:checkout [-- options]
  --buyers N            concurrent customers in the throughput phase (default 50)
  --duration S          seconds of the throughput phase (default 30)
  --race N              customers in the flash-sale race (default 500)
  --race-stock N        units of the flash-sale variant (default 10)
  --payment M           cod | sandbox (sandbox: each order is also approved on the sandbox provider; default cod)
  --pool N              PostgreSQL connections of this process (DATABASE_POOL_MAX; default 20)
  --keep-database       keep the fresh database and print its URL
  --database-url URL    server to create the database on (default $DATABASE_URL or ${DEFAULT_DATABASE_URL})`;

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      buyers: { type: "string" },
      duration: { type: "string" },
      race: { type: "string" },
      "race-stock": { type: "string" },
      payment: { type: "string" },
      pool: { type: "string" },
      "keep-database": { type: "boolean", default: false },
      "database-url": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const payment = values.payment ?? "cod";
  if (payment !== "cod" && payment !== "sandbox") throw new Error(`--payment must be cod or sandbox, got ${JSON.stringify(payment)}`);
  return {
    help: values.help,
    buyers: positive("buyers", values.buyers, 50),
    duration: positive("duration", values.duration, 30),
    race: positive("race", values.race, 500),
    raceStock: positive("race-stock", values["race-stock"], 10),
    payment: payment as "cod" | "sandbox",
    pool: positive("pool", values.pool, 20),
    keepDatabase: values["keep-database"],
    server: values["database-url"] ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const latencyLine = (label: string, sorted: number[]) =>
  `  ${label.padEnd(12)} p50 ${ms(percentile(sorted, 50))} · p95 ${ms(percentile(sorted, 95))} · p99 ${ms(percentile(sorted, 99))} · max ${ms(sorted[sorted.length - 1] ?? 0)}`;

export async function run(args: string[]): Promise<void> {
  const opts = options(args);
  if (opts.help) {
    console.log(HELP);
    return;
  }
  const url = await createDatabase(opts.server, "ql_bench_checkout");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "ql-bench-checkout-"));
  delete process.env.REDIS_URL;
  Object.assign(process.env, { DATABASE_URL: url, DATA_DIR: dataDir, DATABASE_POOL_MAX: String(opts.pool), LOG_LEVEL: process.env.LOG_LEVEL ?? "warn", NODE_ENV: "production" });
  process.env.NEXTAUTH_SECRET ??= randomUUID() + randomUUID();
  const { closeDb, getDb } = await import("@/lib/platform/db");
  const { closeCache } = await import("@/lib/platform/cache");
  const { closeJobs, getJobs } = await import("@/lib/platform/jobs");
  const { raceForLastUnits, throughput } = await import("./support/checkout-load");
  const { seedWorld } = await import("./support/checkout-world");
  const { checkoutSlots } = await import("@/lib/workflows/checkout-gate");
  let failed = false;
  try {
    const db = await getDb();
    const started = performance.now();
    const world = await seedWorld(db, { sellerCount: 5, productsPerSeller: 40, hotStock: opts.raceStock });
    console.log(`checkout benchmark on a fresh PostgreSQL database (pool ${opts.pool}, ${checkoutSlots()} orders placed at once per process, jobs in-process)`);
    console.log(`  migrated and seeded ${world.variants.length + 1} variants in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    console.log(`\n1. flash sale: ${opts.race} customers order the last ${opts.raceStock} units at once`);
    const race = await raceForLastUnits(db, world.hot, opts.race);
    console.log(`  ${race.placed} placed · ${race.outOfStock} out of stock · ${race.otherErrors.length} other errors · ${race.seconds.toFixed(1)} s`);
    for (const message of race.otherErrors.slice(0, 5)) console.log(`    ${message}`);
    console.log(`  stock after: on hand ${race.stock.onHand}, reserved ${race.stock.reserved}`);
    const raceOk = race.placed === opts.raceStock && race.outOfStock === opts.race - opts.raceStock && race.stock.onHand === 0 && race.stock.reserved === 0;
    console.log(`  no oversell: ${raceOk ? "PASS" : "FAIL"}`);
    failed ||= !raceOk;

    console.log(`\n2. throughput: ${opts.buyers} concurrent customers, ${opts.duration} s, ${opts.payment === "cod" ? "cash on delivery" : "sandbox payment approved"}`);
    const load = await throughput(db, world.variants, { buyers: opts.buyers, seconds: opts.duration, payment: opts.payment });
    console.log(`  ${load.placed} orders placed · ${(load.placed / load.seconds).toFixed(1)} orders/s · ${load.errors.length} errors`);
    for (const message of [...new Set(load.errors)].slice(0, 5)) console.log(`    ${message}`);
    console.log(latencyLine("place order", load.place));
    console.log(latencyLine("quote", load.quote));
    if (load.pay.length) console.log(latencyLine("pay", load.pay));
    failed ||= load.errors.length > 0 || load.placed === 0;
    // The outbox notification is debounced: let it enqueue its dispatch, then let the jobs finish.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await getJobs().drain(60_000).catch(() => undefined);
  } finally {
    await closeJobs();
    await Promise.allSettled([closeDb(), closeCache()]);
    await rm(dataDir, { recursive: true, force: true });
    if (opts.keepDatabase) console.log(`database kept: ${url}`);
    else await dropDatabase(url);
  }
  if (failed) process.exitCode = 1;
}
