import { compare } from "bcryptjs";
import { and, eq, inArray, like, or } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/platform/db";
import { getStorage } from "@/lib/platform/storage";
import { seed, type SeedResult } from "@/lib/seed";
import { SEED_SELLERS } from "@/lib/seed/sellers";
import { addresses, categories, productImages, products, productVariants, sellers, users } from "@/models";

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

  it("changes nothing when run again", async () => {
    const again = await seed({ products: 60, log: () => undefined });
    expect(again.products).toEqual({ created: 0, updated: 0, unchanged: 60 });
    expect(again.images.generated).toBe(0);
    const after = await snapshot();
    expect(after).toEqual(before);
  }, 120_000);

  it("skips when asked to seed only an empty catalogue", async () => {
    const lines2: string[] = [];
    const skipped = await seed({ ifEmpty: true, log: (l) => lines2.push(l) });
    expect(skipped.skipped).toBe(true);
    expect(lines2[0]).toMatch(/already has \d+ products/);
  });
});
