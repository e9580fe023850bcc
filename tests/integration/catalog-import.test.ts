import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { MAX_IMPORT_BYTES } from "@/lib/catalog/import/formats";
import { SKU_OF_OTHER_SELLER } from "@/lib/catalog/import/product-writer";
import { NOT_YOUR_SKU } from "@/lib/catalog/import/price-stock-writer";
import { getImport, getImportErrorReport, listImports } from "@/lib/catalog/import/queries";
import { startImport, uploadImportFile } from "@/lib/catalog/import/service";
import { suggestMapping } from "@/lib/catalog/import/suggest";
import { MediaRejectedError } from "@/lib/media/errors";
import { getDb } from "@/lib/platform/db";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/platform/errors";
import { BullJobQueue } from "@/lib/platform/jobs/bullmq";
import { MemoryJobQueue } from "@/lib/platform/jobs/memory";
import type { JobQueue } from "@/lib/platform/jobs/types";
import { brands, productEvents, productRevisions, products, productVariants, type ImportKind } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser, unique } from "@/tests/support/fixtures";

const redisUrl = process.env.REDIS_URL;
// Its own queue name, so workers of other test files never pick these jobs up.
const queue: JobQueue = redisUrl ? new BullJobQueue(redisUrl, `test-import-${randomUUID()}`) : new MemoryJobQueue(10);
let stopWorker: () => Promise<void> = async () => undefined;

let sellerA: Awaited<ReturnType<typeof makeSeller>>;
let sellerB: Awaited<ReturnType<typeof makeSeller>>;
let snacks: { id: string; name: string };
let chips: { id: string; name: string };
let fallback: { id: string; name: string };

beforeAll(async () => {
  stopWorker = await queue.startWorker();
  sellerA = await makeSeller("Import store A");
  sellerB = await makeSeller("Import store B");
  snacks = await makeCategory(null, unique("Snacks"));
  chips = await makeCategory(snacks.id, unique("Chips & Crisps"));
  fallback = await makeCategory(null, unique("Everything else"));
});

afterAll(async () => {
  await stopWorker();
  await queue.close();
});

interface RunOptions {
  kind?: ImportKind;
  mapping?: Record<string, string>;
  defaultCategoryId?: string;
  submitForReview?: boolean;
}

const fileOf = (name: string, content: string | Uint8Array) => new File([typeof content === "string" ? content : new Uint8Array(content)], name);

async function runImport(actor: Actor, fileName: string, content: string | Uint8Array, options: RunOptions = {}) {
  const { uploadId } = await uploadImportFile(actor, { file: fileOf(fileName, content), fileName, sellerId: actor.sellerId as string });
  const kind = options.kind ?? "products";
  const { id } = await startImport(
    actor,
    { uploadId, kind, mapping: options.mapping, defaultCategoryId: options.defaultCategoryId ?? "", submitForReview: options.submitForReview ?? false },
    { jobs: queue },
  );
  await queue.drain(120_000);
  return getImport(actor, id);
}

async function reportRows(actor: Actor, importId: string): Promise<string[][]> {
  const report = await getImportErrorReport(actor, importId);
  if (!report) return [];
  const lines = report.bytes.toString("utf8").replace(/^\uFEFF/, "").trim().split("\r\n").slice(1);
  // Values in these tests hold no commas or quotes except the message, which is last.
  return lines.map((line) => {
    const [row, column, value, ...rest] = line.split(",");
    return [row, column, value, rest.join(",").replace(/^"|"$/g, "")];
  });
}

async function sellerProducts(sellerId: string) {
  const db = await getDb();
  return db
    .select({ id: products.id, title: products.title, status: products.status, categoryId: products.categoryId, brandId: products.brandId, specifications: products.specifications, updatedAt: products.updatedAt, sku: productVariants.sku, pricePaise: productVariants.pricePaise, mrpPaise: productVariants.mrpPaise, stockOnHand: productVariants.stockOnHand })
    .from(products)
    .innerJoin(productVariants, eq(productVariants.productId, products.id))
    .where(eq(products.sellerId, sellerId))
    .orderBy(asc(productVariants.sku));
}

const MAPPING = { sku: "sku", title: "title", price: "price", mrp: "mrp", stock: "stock", category: "category", brand: "brand", "spec:Pack size": "pack" };

describe("product import from CSV", () => {
  let otherSku: string;
  let csv: string;
  let sku: (n: number) => string;
  let firstImportId: string;

  beforeAll(async () => {
    const other = await makeProduct({ sellerId: sellerB.seller.id, categoryId: snacks.id, title: "B's chips" });
    otherSku = other.variant.sku;
    const prefix = unique("IMP").replace(/[^A-Za-z0-9-]/g, "");
    sku = (n: number) => `${prefix}-${n}`;
    csv = [
      "sku,title,price,mrp,stock,category,brand,pack",
      `${sku(1)},Salted Potato Chips,"₹1,299.50",1499,12,${snacks.name} > ${chips.name},Crunchy Co,200 g`,
      `${sku(2)},Masala Peanuts,45,,0,${snacks.name.toUpperCase()},,`,
      `${sku(3)},"Broken quote row,10,10,1,${snacks.name},X,`,
      `${sku(4)},Too many,10,10,1,${snacks.name},X,,extra`,
      `${sku(5)},Bad price,abc,10,1,${snacks.name},X,`,
      `${sku(6)},Cheaper MRP,100,90,1,${snacks.name},X,`,
      `${sku(7)},Lost category,100,100,1,Nowhere aisle,X,`,
      `${otherSku},Stolen SKU,100,100,1,${snacks.name},X,`,
      `${sku(1)},Same SKU again,100,100,1,${snacks.name},X,`,
      `${sku(8)},Roasted Makhana,"₹ 249",,"1,200",${chips.name},Crunchy Co,`,
    ].join("\n");
    firstImportId = (await runImport(sellerA.actor, "snacks.csv", csv, { mapping: MAPPING })).id;
  });

  it("imports the good rows as drafts, with their history, and reports every broken row", async () => {
    const result = await getImport(sellerA.actor, firstImportId);
    expect(result).toMatchObject({ status: "completed", totalRows: 10, processedRows: 10, createdCount: 3, updatedCount: 0, failedCount: 7, hasErrorReport: true });

    const rows = await sellerProducts(sellerA.seller.id);
    expect(rows.map((r) => [r.sku, r.title, r.status, r.pricePaise, r.mrpPaise, r.stockOnHand])).toEqual([
      [sku(1), "Salted Potato Chips", "draft", 129_950, 149_900, 12],
      [sku(2), "Masala Peanuts", "draft", 4_500, 4_500, 0],
      [sku(8), "Roasted Makhana", "draft", 24_900, 24_900, 1_200],
    ]);
    expect(rows[0].categoryId).toBe(chips.id);
    expect(rows[1].categoryId).toBe(snacks.id);
    expect(rows[0].specifications).toEqual({ "Pack size": "200 g" });
    const db = await getDb();
    const [brand] = await db.select().from(brands).where(eq(brands.id, rows[0].brandId as string));
    expect(brand.name).toBe("Crunchy Co");
    const events = await db.select().from(productEvents).where(inArray(productEvents.productId, rows.map((r) => r.id)));
    expect(events.map((e) => [e.kind, e.toStatus, e.actorId, e.reason])).toEqual(rows.map(() => ["created", "draft", sellerA.actor.id, "Imported from snacks.csv"]));

    const report = await reportRows(sellerA.actor, firstImportId);
    expect(report.map(([row, column]) => [row, column])).toEqual([
      ["4", ""],
      ["5", ""],
      ["6", "price"],
      ["7", "mrp"],
      ["8", "category"],
      ["9", "sku"],
      ["10", "sku"],
    ]);
    expect(report[0][3]).toMatch(/quote/);
    expect(report[1][3]).toBe("This row has 9 values but the header has 8 columns");
    expect(report[2].slice(2)).toEqual(["abc", "Enter the price in rupees, e.g. 249 or 249.50"]);
    expect(report[3][3]).toBe("The MRP cannot be below the price");
    expect(report[4][3]).toContain("No category matches “Nowhere aisle”");
    expect(report[5].slice(2)).toEqual([otherSku, SKU_OF_OTHER_SELLER]);
    expect(report[6][3]).toBe("The same SKU is on row 2: each row needs its own");
  });

  it("changes nothing of another seller's", async () => {
    const theirs = await sellerProducts(sellerB.seller.id);
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toMatchObject({ sku: otherSku, title: "B's chips", pricePaise: 50_000 });
  });

  it("is idempotent: the same file again creates and changes nothing", async () => {
    const before = await sellerProducts(sellerA.seller.id);
    const again = await runImport(sellerA.actor, "snacks.csv", csv, { mapping: MAPPING });
    expect(again).toMatchObject({ status: "completed", createdCount: 0, updatedCount: 0, failedCount: 7 });
    expect(await sellerProducts(sellerA.seller.id)).toEqual(before);
  });

  it("updates what changed on a later run, by SKU, and uses the default category for unknown ones", async () => {
    const changed = ["sku,title,price,category", `${sku(2)},Masala Peanuts (Large),55,Nowhere aisle`, `${sku(9)},New Trail Mix,80,Nowhere aisle`].join("\n");
    const result = await runImport(sellerA.actor, "update.csv", changed, { mapping: { sku: "sku", title: "title", price: "price", category: "category" }, defaultCategoryId: fallback.id });
    expect(result).toMatchObject({ createdCount: 1, updatedCount: 1, failedCount: 0, hasErrorReport: false });
    const rows = await sellerProducts(sellerA.seller.id);
    const peanuts = rows.find((r) => r.sku === sku(2));
    // The category stays: the file's category is unknown and the default only applies to new products.
    expect(peanuts).toMatchObject({ title: "Masala Peanuts (Large)", pricePaise: 5_500, mrpPaise: 5_500, stockOnHand: 0, categoryId: snacks.id });
    expect(rows.find((r) => r.sku === sku(9))).toMatchObject({ categoryId: fallback.id, status: "draft" });
  });

  it("lists the seller's imports, newest first, and only to that seller", async () => {
    const list = await listImports(sellerA.actor);
    expect(list.items.length).toBeGreaterThanOrEqual(3);
    expect(list.items.at(-1)?.id).toBe(firstImportId);
    expect((await listImports(sellerB.actor)).items.some((i) => i.id === firstImportId)).toBe(false);
  });
});

describe("workflow of imported products", () => {
  it("submits new and draft products for review when asked", async () => {
    const { actor, seller } = await makeSeller("Import submit store");
    const prefix = unique("SUB").replace(/[^A-Za-z0-9-]/g, "");
    const result = await runImport(actor, "submit.jsonl", `{"id":"a","name":"Ready Product","price":10}\n`, {
      mapping: { ref: "id", title: "name", price: "price" },
      defaultCategoryId: fallback.id,
      submitForReview: true,
    });
    expect(result).toMatchObject({ createdCount: 1, failedCount: 0 });
    const db = await getDb();
    const [product] = await db.select().from(products).where(eq(products.sellerId, seller.id));
    expect(product.status).toBe("pending_review");
    expect(product.externalRef).toBe(`import:${seller.id}:a`);
    const events = await db.select().from(productEvents).where(eq(productEvents.productId, product.id)).orderBy(asc(productEvents.createdAt));
    expect(events.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ["created", null, "draft"],
      ["submitted", "draft", "pending_review"],
    ]);
    expect(prefix).toBeTruthy();
  });

  it("sends a live product's new title to review while its price applies at once", async () => {
    const { actor, seller } = await makeSeller("Import live store");
    const { product, variant } = await makeProduct({ sellerId: seller.id, categoryId: snacks.id, title: "Live Chips", pricePaise: 10_000 });
    const file = ["sku,title,price,mrp", `${variant.sku},Live Chips Family Pack,120,150`].join("\n");
    const result = await runImport(actor, "live.csv", file, { mapping: { sku: "sku", title: "title", price: "price", mrp: "mrp" } });
    expect(result).toMatchObject({ createdCount: 0, updatedCount: 1, failedCount: 0 });
    const db = await getDb();
    const [live] = await db.select().from(products).where(eq(products.id, product.id));
    expect(live).toMatchObject({ title: "Live Chips", status: "active" });
    const [v] = await db.select().from(productVariants).where(eq(productVariants.id, variant.id));
    expect([v.pricePaise, v.mrpPaise]).toEqual([12_000, 15_000]);
    const [revision] = await db.select().from(productRevisions).where(and(eq(productRevisions.productId, product.id), eq(productRevisions.status, "pending")));
    expect(revision.content.title).toBe("Live Chips Family Pack");
    const kinds = await db.select({ kind: productEvents.kind }).from(productEvents).where(eq(productEvents.productId, product.id));
    expect(kinds.map((k) => k.kind)).toEqual(["change_submitted"]);

    const again = await runImport(actor, "live.csv", file, { mapping: { sku: "sku", title: "title", price: "price", mrp: "mrp" } });
    expect(again).toMatchObject({ updatedCount: 0 });
    const [{ n }] = await db.select({ n: count() }).from(productRevisions).where(eq(productRevisions.productId, product.id));
    expect(n).toBe(1);
  });
});

describe("price and stock update", () => {
  it("updates only the seller's own SKUs and refuses bad rows", async () => {
    const { actor, seller } = await makeSeller("Price store");
    const own = await makeProduct({ sellerId: seller.id, categoryId: snacks.id, pricePaise: 10_000, stockOnHand: 50 });
    const reserved = await makeProduct({ sellerId: seller.id, categoryId: snacks.id, pricePaise: 10_000, stockOnHand: 50 });
    const db = await getDb();
    await db.update(productVariants).set({ stockReserved: 8 }).where(eq(productVariants.id, reserved.variant.id));
    const theirs = await makeProduct({ sellerId: sellerB.seller.id, categoryId: snacks.id, pricePaise: 10_000, stockOnHand: 50 });
    const file = [
      "SKU,Price,MRP,Stock,Low stock alert",
      `${own.variant.sku},"₹ 89.50",120,75,3`,
      `${theirs.variant.sku},1,1,1,1`,
      `${reserved.variant.sku},,,5,`,
      `${reserved.variant.sku.toLowerCase()}-missing,10,10,10,1`,
      `${own.variant.sku}-x,100,50,,`,
    ].join("\n");
    const result = await runImport(actor, "prices.csv", file, {
      kind: "price_stock",
      mapping: { sku: "SKU", price: "Price", mrp: "MRP", stock: "Stock", lowStockThreshold: "Low stock alert" },
    });
    expect(result).toMatchObject({ status: "completed", totalRows: 5, createdCount: 0, updatedCount: 1, failedCount: 4 });
    const variants = await db.select().from(productVariants).where(inArray(productVariants.id, [own.variant.id, reserved.variant.id, theirs.variant.id]));
    const byId = new Map(variants.map((v) => [v.id, v]));
    expect(byId.get(own.variant.id)).toMatchObject({ pricePaise: 8_950, mrpPaise: 12_000, stockOnHand: 75, lowStockThreshold: 3 });
    expect(byId.get(theirs.variant.id)).toMatchObject({ pricePaise: 10_000, mrpPaise: 20_000, stockOnHand: 50 });
    expect(byId.get(reserved.variant.id)).toMatchObject({ stockOnHand: 50 });
    const report = await reportRows(actor, result.id);
    expect(report.map((r) => [r[0], r[1], r[3]])).toEqual([
      ["3", "SKU", NOT_YOUR_SKU],
      ["4", "Stock", "Stock cannot be below the 8 units reserved for open orders"],
      ["5", "SKU", NOT_YOUR_SKU],
      ["6", "MRP", "The MRP cannot be below the price"],
    ]);
  });

  it("refuses an MRP below the current price when only the MRP is given", async () => {
    const { actor, seller } = await makeSeller("MRP store");
    const own = await makeProduct({ sellerId: seller.id, categoryId: snacks.id, pricePaise: 10_000 });
    const result = await runImport(actor, "mrp.csv", `sku,mrp\n${own.variant.sku},80\n`, { kind: "price_stock", mapping: { sku: "sku", mrp: "mrp" } });
    expect(result).toMatchObject({ updatedCount: 0, failedCount: 1 });
    expect((await reportRows(actor, result.id))[0][3]).toBe("The MRP (₹80.00) cannot be below the price (₹100.00)");
  });
});

describe("refusals", () => {
  it("refuses files that are not CSV or JSON Lines, empty or over 50 MB", async () => {
    const { actor, seller } = sellerA;
    const upload = (name: string, content: string | Uint8Array) => uploadImportFile(actor, { file: fileOf(name, content), fileName: name, sellerId: seller.id });
    await expect(upload("shell.php", "<?php system($_GET['c']); ?>")).rejects.toMatchObject({ status: 415, message: expect.stringContaining("not a CSV or JSON Lines file") });
    await expect(upload("sheet.csv", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).rejects.toMatchObject({ status: 415 });
    await expect(upload("empty.csv", "")).rejects.toBeInstanceOf(MediaRejectedError);
    await expect(upload("huge.csv", new Uint8Array(MAX_IMPORT_BYTES + 1))).rejects.toMatchObject({ status: 413, message: expect.stringContaining("50 MB") });
  });

  it("lets only the store's own seller upload, start and read imports", async () => {
    const customer = await makeUser("customer");
    const admin = await makeUser("admin");
    const file = new File(["sku,price\nA,1\n"], "p.csv");
    await expect(uploadImportFile(null, { file, fileName: "p.csv", sellerId: sellerA.seller.id })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(uploadImportFile(customer, { file, fileName: "p.csv", sellerId: sellerA.seller.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(uploadImportFile(sellerB.actor, { file, fileName: "p.csv", sellerId: sellerA.seller.id })).rejects.toBeInstanceOf(ForbiddenError);

    const { uploadId } = await uploadImportFile(sellerA.actor, { file, fileName: "p.csv", sellerId: sellerA.seller.id });
    const start = { uploadId, kind: "price_stock", mapping: { sku: "sku", price: "price" } };
    await expect(startImport(sellerB.actor, start, { jobs: queue })).rejects.toMatchObject({ status: 404 });
    await expect(startImport(admin, start, { jobs: queue })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(startImport(sellerA.actor, { ...start, mapping: { sku: "sku", price: "cost" } }, { jobs: queue })).rejects.toBeInstanceOf(ValidationError);
    await expect(startImport(sellerA.actor, { ...start, kind: "products" }, { jobs: queue })).rejects.toMatchObject({ fieldErrors: { "mapping.title": expect.any(Array) } });

    const { id } = await startImport(sellerA.actor, start, { jobs: queue });
    expect(await startImport(sellerA.actor, start, { jobs: queue })).toEqual({ id });
    await queue.drain(60_000);
    await expect(getImport(sellerB.actor, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getImportErrorReport(sellerB.actor, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getImport(customer, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getImport(sellerA.actor, "not-a-uuid")).rejects.toMatchObject({ status: 404 });
  });
});

const SHARED = path.resolve(process.cwd(), "..", "shared", "data");
const SAMPLE_LINES = 300;
const DATASETS = [
  { folder: "bigbasket-grocery", file: "products.jsonl" },
  { folder: "amazon-uk-toys", file: "products.jsonl" },
  { folder: "myntra-fashion", file: "products.jsonl" },
  { folder: "dummyjson-products", file: "products.json" },
];
const haveShared = existsSync(SHARED);
if (!haveShared) console.warn(`catalog-import: ${SHARED} is absent — the shared-data import tests are skipped`);

describe.skipIf(!haveShared)("imports of the shared data files (first lines of each, unedited)", () => {
  /** Rows the data itself makes unimportable: no price, or a title the editor refuses. */
  function expectedFailures(records: Record<string, unknown>[], mapping: Record<string, string>): number {
    return records.filter((r) => {
      const price = r[mapping.price];
      const title = String(r[mapping.title] ?? "").replace(/\s+/g, " ").trim();
      return price === null || price === undefined || title.length < 3 || title.length > 200;
    }).length;
  }

  it.each(DATASETS)("$folder/$file imports with no unexpected failures", async ({ folder, file }) => {
    const bytes = readFileSync(path.join(SHARED, folder, file));
    let sample: Uint8Array;
    let records: Record<string, unknown>[];
    if (file.endsWith(".jsonl")) {
      const text = bytes.toString("utf8").split("\n").slice(0, SAMPLE_LINES).join("\n");
      sample = Buffer.from(text);
      records = text.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    } else {
      sample = bytes;
      records = JSON.parse(bytes.toString("utf8")) as Record<string, unknown>[];
    }
    const { actor } = await makeSeller(`Shared ${folder}`);
    const headers = [...new Set(records.flatMap((r) => Object.keys(r)))];
    const mapping = suggestMapping("products", headers);
    const result = await runImport(actor, file, sample, { mapping, defaultCategoryId: fallback.id });
    const failures = expectedFailures(records, mapping);
    expect(result).toMatchObject({ status: "completed", totalRows: records.length, processedRows: records.length, failedCount: failures });
    expect(result.createdCount).toBe(records.length - failures);
    const messages = new Set((await reportRows(actor, result.id)).map((r) => r[3]));
    for (const message of messages) expect(["Enter the price", "A title can be at most 200 characters"]).toContain(message);
  });
});
