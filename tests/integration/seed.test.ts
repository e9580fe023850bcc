import { compare } from "bcryptjs";
import { and, eq, inArray, like, or } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/platform/db";
import { getStorage } from "@/lib/platform/storage";
import { seed, type SeedResult } from "@/lib/seed";
import { SEED_SELLERS } from "@/lib/seed/sellers";
import { getBundleContents } from "@/lib/catalog/bundles";
import { licenceKeyCounts } from "@/lib/catalog/digital-service";
import { listReviewQueue } from "@/lib/catalog/product-queries";
import { addresses, categories, digitalFiles, productEvents, productImages, productRevisions, products, productVariants, searchDocuments, sellers, users } from "@/models";

// Pictures go to in-memory storage even when the tests run against PostgreSQL (DATA_DIR would be the dev folder).
process.env.DATA_DIR = "memory://";

const seededRefs = or(
  like(products.externalRef, "bigbasket:%"),
  like(products.externalRef, "myntra:%"),
  like(products.externalRef, "amazon-uk:%"),
  like(products.externalRef, "generated:%"),
);

async function snapshot() {
  const db = await getDb();
  const productRows = await db.select().from(products).where(seededRefs).orderBy(products.id);
  const ids = productRows.map((p) => p.id);
  const variants = await db.select().from(productVariants).where(inArray(productVariants.productId, ids)).orderBy(productVariants.sku);
  const images = await db.select().from(productImages).where(inArray(productImages.productId, ids)).orderBy(productImages.id);
  const shopRows = await db.select().from(sellers).where(inArray(sellers.slug, SEED_SELLERS.map((s) => s.slug))).orderBy(sellers.slug);
  return { products: productRows, variants, images, sellers: shopRows };
}

describe("seed", () => {
  let first: SeedResult;
  let before: Awaited<ReturnType<typeof snapshot>>;
  const lines: string[] = [];
  let extrasBefore: { products: number; revisions: number };

  beforeAll(async () => {
    first = await seed({ products: 60, log: (line) => lines.push(line) });
    before = await snapshot();
  }, 180_000);

  it("reports progress, a summary and the demo logins", () => {
    expect(first.skipped).toBe(false);
    expect(lines.some((l) => /^products \d+\/\d+ \(\d+%\)/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes("customer@quicklocal.test / Demo@1234"))).toBe(true);
  });

  it("creates the requested number of active products, each with variants and pictures", async () => {
    expect(before.products).toHaveLength(60);
    expect(before.products.every((p) => p.status === "active" && p.type === "physical")).toBe(true);
    for (const p of before.products) {
      const own = before.variants.filter((v) => v.productId === p.id);
      expect(own.length, p.title).toBeGreaterThanOrEqual(1);
      for (const v of own) {
        expect(v.mrpPaise).toBeGreaterThanOrEqual(v.pricePaise);
        expect(v.stockOnHand).toBeGreaterThanOrEqual(v.stockReserved);
      }
      expect(before.images.filter((i) => i.productId === p.id).length, p.title).toBeGreaterThanOrEqual(1);
      expect(p.seoTitle).toBeTruthy();
      expect(p.description.length).toBeGreaterThan(20);
    }
    const storage = getStorage();
    for (const image of before.images) expect(await storage.exists(image.storageKey), image.storageKey).toBe(true);
    expect(before.variants.some((v) => v.optionValues.Size)).toBe(true);
  });

  it("builds the search documents of every seeded product on sale", async () => {
    const db = await getDb();
    const docs = await db.select({ id: searchDocuments.productId }).from(searchDocuments).where(inArray(searchDocuments.productId, before.products.map((p) => p.id)));
    expect(docs).toHaveLength(before.products.length);
    expect(lines.some((l) => /^search documents \d+/.test(l))).toBe(true);
  });

  it("files every product in a category three levels deep", async () => {
    const db = await getDb();
    const all = await db.select().from(categories);
    const byId = new Map(all.map((c) => [c.id, c]));
    for (const p of before.products) {
      const leaf = byId.get(p.categoryId);
      expect(leaf?.depth).toBe(2);
      const parent = byId.get(leaf?.parentId ?? "");
      const root = byId.get(parent?.parentId ?? "");
      expect(parent?.depth).toBe(1);
      expect(root?.depth).toBe(0);
      expect(root?.parentId).toBeNull();
      expect(leaf?.path.startsWith(`${root?.path}/${parent?.path.split("/")[1]}/`)).toBe(true);
    }
  });

  it("creates the shops and one login per role", async () => {
    expect(before.sellers.filter((s) => s.status === "active").length).toBeGreaterThanOrEqual(8);
    expect(before.sellers.filter((s) => s.status === "pending")).toHaveLength(1);
    const db = await getDb();
    for (const role of ["customer", "seller", "admin", "support", "delivery"] as const) {
      const [user] = await db.select().from(users).where(eq(users.email, `${role}@quicklocal.test`));
      expect(user?.role).toBe(role);
      expect(await compare("Demo@1234", user?.passwordHash ?? "")).toBe(true);
    }
    const [seller] = await db.select({ id: users.id }).from(users).where(eq(users.email, "seller@quicklocal.test"));
    const owned = before.sellers.find((s) => s.ownerUserId === seller.id);
    expect(owned?.name).toBe("Sharma Kirana Store");
    const [customer] = await db.select({ id: users.id }).from(users).where(eq(users.email, "customer@quicklocal.test"));
    const homes = await db.select().from(addresses).where(and(eq(addresses.userId, customer.id), eq(addresses.isDefault, true)));
    expect(homes).toHaveLength(1);
    const sellerIds = new Set(before.products.map((p) => p.sellerId));
    expect(sellerIds.size).toBeGreaterThanOrEqual(3);
    const pending = before.sellers.find((s) => s.status === "pending");
    expect(sellerIds.has(pending?.id ?? "")).toBe(false);
  });

  it("adds the demo's combos, digital goods, review queue and a pending change", async () => {
    const db = await getDb();
    const demo = await db.select().from(products).where(like(products.externalRef, "demo:%"));
    const [owner] = await db.select({ id: sellers.id }).from(sellers).where(eq(sellers.slug, SEED_SELLERS[0].slug));
    expect(demo.every((p) => p.sellerId === owner.id)).toBe(true);
    expect(lines.some((l) => /^combos \d+ · digital 3 · for review 3 new products, 1 change/.test(l))).toBe(true);

    const combos = demo.filter((p) => p.type === "bundle");
    expect(combos.length).toBeGreaterThanOrEqual(1);
    for (const combo of combos) {
      const contents = await getBundleContents(combo.id);
      expect(contents.items).toHaveLength(2);
      expect(contents.available).toBeGreaterThanOrEqual(1);
      const [variant] = await db.select().from(productVariants).where(eq(productVariants.productId, combo.id));
      expect(variant.stockOnHand - variant.stockReserved).toBe(contents.available);
      expect(variant.pricePaise).toBeLessThan(contents.sumOfPartsPaise);
    }

    const digital = demo.filter((p) => p.type === "digital");
    expect(digital.map((p) => p.externalRef).sort()).toEqual(["demo:ebook-festive-kitchen", "demo:gift-card-1000", "demo:gift-card-500"]);
    const giftCard = digital.find((p) => p.externalRef === "demo:gift-card-500")!;
    expect(await licenceKeyCounts(db, giftCard.id)).toEqual({ available: 25, assigned: 0 });
    const [ebookFile] = await db.select().from(digitalFiles).where(eq(digitalFiles.productId, digital.find((p) => p.externalRef === "demo:ebook-festive-kitchen")!.id));
    expect(await getStorage().exists(ebookFile.storageKey)).toBe(true);

    expect(demo.filter((p) => p.status === "pending_review")).toHaveLength(2);
    expect(demo.find((p) => p.status === "rejected")?.rejectionReason).toMatch(/FSSAI/);
    for (const p of demo.filter((d) => d.status === "active")) expect(p.publishedAt, p.title).toBeInstanceOf(Date);
    const history = await db.select().from(productEvents).where(inArray(productEvents.productId, demo.map((p) => p.id)));
    expect(history.filter((e) => e.kind === "approved")).toHaveLength(combos.length + digital.length);
    // Other suites share the database: count only the seller's own entries.
    const own = new Set((await db.select({ id: products.id }).from(products).where(eq(products.sellerId, owner.id))).map((p) => p.id));
    const queue = (await listReviewQueue({ pageSize: 100 })).items.filter((i) => own.has(i.productId));
    expect(queue.filter((i) => i.kind === "new")).toHaveLength(2);
    expect(queue.filter((i) => i.kind === "change")).toHaveLength(1);
    extrasBefore = { products: demo.length, revisions: (await db.select().from(productRevisions)).length };
  });

  it("changes nothing when run again", async () => {
    const again = await seed({ products: 60, log: () => undefined });
    expect(again.products).toEqual({ created: 0, updated: 0, unchanged: 60 });
    expect(again.images.generated).toBe(0);
    const after = await snapshot();
    expect(after).toEqual(before);
  }, 120_000);

  it("adds no demo extras when run again", async () => {
    const db = await getDb();
    const demo = await db.select().from(products).where(like(products.externalRef, "demo:%"));
    expect({ products: demo.length, revisions: (await db.select().from(productRevisions)).length }).toEqual(extrasBefore);
  });

  it("skips when asked to seed only an empty catalogue", async () => {
    const lines2: string[] = [];
    const skipped = await seed({ ifEmpty: true, log: (l) => lines2.push(l) });
    expect(skipped.skipped).toBe(true);
    expect(lines2[0]).toMatch(/already has \d+ products/);
  });
});
