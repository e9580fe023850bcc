/**
 * npm run bench -- import [options]
 * The bulk catalogue import through its real path (issue 3, acceptance 2: the 27,555-row BigBasket file in
 * under 3 minutes on PostgreSQL): a fresh PostgreSQL database is migrated and given the file's category
 * tree and one seller; the file is accepted and queued with the suggested mapping as the upload and start
 * actions do (intake.ts, without the session check), and run by the "catalog.import" job — on BullMQ (a private queue, worker in this process)
 * when REDIS_URL is set, else on the in-process queue. A progress bar follows the import's counters.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDatabase, DEFAULT_DATABASE_URL, dropDatabase } from "./support/database";

const TARGET_SECONDS = 180;
const DEFAULT_FILE = path.join("..", "shared", "data", "bigbasket-grocery", "products.jsonl");

const HELP = `usage: npm run bench -- import [options]
  --file PATH           the file to import (default ${DEFAULT_FILE})
  --rerun               import the same file a second time (idempotent: nothing created or changed)
  --keep-database       keep the fresh database and print its URL
  --database-url URL    server to create the database on (default $DATABASE_URL or ${DEFAULT_DATABASE_URL})`;

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: "string" },
      rerun: { type: "boolean", default: false },
      "keep-database": { type: "boolean", default: false },
      "database-url": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  return {
    help: values.help,
    file: path.resolve(values.file ?? DEFAULT_FILE),
    rerun: values.rerun,
    keepDatabase: values["keep-database"],
    server: values["database-url"] ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  };
}

const number = (n: number) => n.toLocaleString("en-IN");

/** One terminal line: bar, percentage, rows and rate (redrawn in place on a terminal, printed every few seconds otherwise). */
function progressLine(done: number, total: number, seconds: number): string {
  const width = 30;
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(fraction * width);
  const rate = seconds > 0 ? Math.round(done / seconds) : 0;
  return `  [${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%  ${number(done)}/${number(total)} rows  ${seconds.toFixed(1)} s  ${number(rate)} rows/s`;
}

/** A category tree and one seller, as a marketplace has before a seller imports. */
async function minimalSeed(file: string): Promise<{ sellerId: string; userId: string }> {
  const { getDb } = await import("@/lib/platform/db");
  const { upsertCategoryPaths, upsertSeller } = await import("@/lib/catalog/service");
  const { users } = await import("@/models");
  const db = await getDb();
  const paths = new Map<string, string[]>();
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Record<string, unknown>;
    const levels = [row.category, row.sub_category, row.type].filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
    if (levels.length) paths.set(levels.join(">"), levels);
  }
  await upsertCategoryPaths(db, [...paths.values()]);
  const [user] = await db.insert(users).values({ email: `bench-${randomUUID()}@example.test`, name: "Bench seller", role: "seller" }).returning();
  const sellerId = await upsertSeller(db, {
    ownerUserId: user.id,
    name: "Bench Grocers",
    slug: `bench-grocers-${randomUUID().slice(0, 8)}`,
    description: null,
    status: "active",
    city: "Bengaluru",
    state: "Karnataka",
    pincode: "560001",
    gstin: null,
    ratingX100: 0,
  });
  return { sellerId, userId: user.id };
}

async function importOnce(seller: { sellerId: string; userId: string }, file: string, jobs: import("@/lib/platform/jobs").JobQueue) {
  const { acceptUpload, queueImport } = await import("@/lib/catalog/import/intake");
  const { suggestMapping } = await import("@/lib/catalog/import/suggest");
  const { readUpload } = await import("@/lib/catalog/import/files");
  const { getDb } = await import("@/lib/platform/db");
  const { catalogImports } = await import("@/models");
  const { eq } = await import("drizzle-orm");
  const db = await getDb();
  const started = performance.now();
  const { uploadId } = await acceptUpload(seller.sellerId, seller.userId, path.basename(file), await readFile(file));
  const upload = await readUpload(seller.sellerId, uploadId);
  if (!upload) throw new Error("the upload was not stored");
  const mapping = suggestMapping("products", upload.headers);
  console.log(`  mapping: ${Object.entries(mapping).map(([target, column]) => `${target} ← ${column}`).join(", ")}`);
  const { id } = await queueImport(seller.sellerId, seller.userId, { uploadId, kind: "products", mapping, defaultCategoryId: null, submitForReview: false }, jobs);

  const tty = process.stdout.isTTY;
  let lastPrinted = 0;
  for (;;) {
    const [view] = await db.select().from(catalogImports).where(eq(catalogImports.id, id));
    const seconds = (performance.now() - started) / 1000;
    const done = view.status === "completed" || view.status === "failed";
    const line = progressLine(view.processedRows, view.totalRows, seconds);
    if (tty) process.stdout.write(`\r${line}`);
    else if (seconds - lastPrinted >= 5 || done) {
      console.log(line);
      lastPrinted = seconds;
    }
    if (done) {
      if (tty) process.stdout.write("\n");
      return { view, seconds };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function run(args: string[]): Promise<void> {
  const opts = options(args);
  if (opts.help) {
    console.log(HELP);
    return;
  }
  const url = await createDatabase(opts.server, "ql_bench_import");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "ql-bench-import-"));
  Object.assign(process.env, { DATABASE_URL: url, DATA_DIR: dataDir, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn", NODE_ENV: "production" });
  process.env.NEXTAUTH_SECRET ??= randomUUID() + randomUUID();
  const { closeDb } = await import("@/lib/platform/db");
  const { closeCache } = await import("@/lib/platform/cache");
  const { BullJobQueue } = await import("@/lib/platform/jobs/bullmq");
  const { MemoryJobQueue } = await import("@/lib/platform/jobs/memory");
  const redisUrl = process.env.REDIS_URL;
  const jobs = redisUrl ? new BullJobQueue(redisUrl, `bench-import-${randomUUID()}`) : new MemoryJobQueue();
  const stopWorker = await jobs.startWorker();
  try {
    console.log(`import benchmark: ${path.relative(process.cwd(), opts.file)} into a fresh PostgreSQL database (jobs: ${redisUrl ? "BullMQ on Redis" : "in-process"})`);
    const seeded = performance.now();
    const { sellerId, userId } = await minimalSeed(opts.file);
    console.log(`  migrated and seeded categories and one seller in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
    const runs = opts.rerun ? ["first run", "re-run"] : ["first run"];
    let first: Awaited<ReturnType<typeof importOnce>> | null = null;
    for (const label of runs) {
      console.log(`\n${label}:`);
      const result = await importOnce({ sellerId, userId }, opts.file, jobs);
      first ??= result;
      const { view, seconds } = result;
      if (view.errorReportKey) {
        const { getStorage } = await import("@/lib/platform/storage");
        const report = (await getStorage().get(view.errorReportKey))?.bytes.toString("utf8").replace(/^\uFEFF/, "").trim().split("\r\n") ?? [];
        console.log(`  error report ${view.errorReportKey} (${report.length - 1} ${report.length === 2 ? "line" : "lines"}):`);
        for (const line of report.slice(0, 6)) console.log(`    ${line}`);
      }
      console.log(
        `  ${view.status}: rows ${number(view.totalRows)} · created ${number(view.createdCount)} · updated ${number(view.updatedCount)} · failed ${number(view.failedCount)} · ${seconds.toFixed(1)} s · ${number(Math.round(view.totalRows / seconds))} rows/s${view.error ? ` · ${view.error}` : ""}`,
      );
    }
    if (first) {
      const pass = first.view.status === "completed" && first.seconds < TARGET_SECONDS;
      console.log(`\nimport of ${number(first.view.totalRows)} rows: ${first.seconds.toFixed(1)} s (target < ${TARGET_SECONDS} s) — ${pass ? "PASS" : "FAIL"}`);
      if (!pass) process.exitCode = 1;
    }
  } finally {
    await stopWorker();
    await jobs.close();
    await Promise.allSettled([closeDb(), closeCache()]);
    await rm(dataDir, { recursive: true, force: true });
    if (opts.keepDatabase) console.log(`database kept: ${url}`);
    else await dropDatabase(url);
  }
}
