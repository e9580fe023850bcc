import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/platform/db";
import {
  getSellerProductCounts,
  getSellerProfile,
  getSellerStockCounts,
  listSellerProducts,
  listSellers,
} from "@/lib/sellers/queries";
import { categories, productImages, productRevisions, products, productVariants, sellers, users, type ProductStatus } from "@/models";

const run = randomUUID().slice(0, 8);
const tag = (s: string) => `${s}-${run}`;

interface VariantSpec {
  price: number;
  onHand: number;
  reserved?: number;
  active?: boolean;
}

async function makeSeller(name: string, status: "pending" | "active" | "suspended" = "active") {
  const db = await getDb();
  const [owner] = await db
    .insert(users)
    .values({ email: `${tag(name.toLowerCase().replace(/\W+/g, "."))}@example.test`, name: `${name} Owner`, role: "seller" })
    .returning();
  const [seller] = await db
    .insert(sellers)
    .values({ ownerUserId: owner.id, name: `${name} ${run}`, slug: tag(name.toLowerCase().replace(/\W+/g, "-")), status, city: "Pune", state: "Maharashtra", pincode: "411001" })
    .returning();
  return { owner, seller };
}

let categoryId: string;
let seq = 0;

async function makeProduct(sellerId: string, title: string, status: ProductStatus, variants: VariantSpec[], updatedAt?: Date) {
  const db = await getDb();
  seq += 1;
  const [product] = await db
    .insert(products)
    .values({ sellerId, categoryId, title, slug: tag(`p${seq}`), status, ...(updatedAt ? { createdAt: updatedAt, updatedAt } : {}) })
    .returning();
  if (variants.length) {
    await db.insert(productVariants).values(
      variants.map((v, i) => ({
        productId: product.id,
        sku: tag(`sku${seq}-${i}`),
        title: `${title} ${i}`,
        pricePaise: v.price,
        mrpPaise: v.price + 1000,
        stockOnHand: v.onHand,
        stockReserved: v.reserved ?? 0,
        isActive: v.active ?? true,
        ...(updatedAt ? { createdAt: updatedAt, updatedAt } : {}),
      })),
    );
  }
  return product;
}

let sellerA: Awaited<ReturnType<typeof makeSeller>>;
let sellerB: Awaited<ReturnType<typeof makeSeller>>;
let pending: Awaited<ReturnType<typeof makeSeller>>;

beforeAll(async () => {
  const db = await getDb();
  const [cat] = await db.insert(categories).values({ name: "Test", slug: tag("cat"), path: tag("cat") }).returning();
  categoryId = cat.id;
  sellerA = await makeSeller("Alpha Kirana");
  sellerB = await makeSeller("Beta Fashion");
  pending = await makeSeller("Gamma Toys", "pending");

  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  // Seller A: 25 active basmati products (for pagination) + a mix of statuses and stock levels.
  for (let i = 1; i <= 25; i++) {
    await makeProduct(sellerA.seller.id, `Basmati Rice ${String(i).padStart(2, "0")}`, "active", [{ price: 10_000 + i, onHand: 50 }], day(i));
  }
  const dal = await makeProduct(sellerA.seller.id, "Toor Dal 1kg", "active", [
    { price: 15_000, onHand: 3 }, // low
    { price: 27_500, onHand: 10, reserved: 10 }, // out (all reserved)
    { price: 99_000, onHand: 100, active: false }, // inactive: ignored for stock and price
  ]);
  await db.insert(productImages).values([
    { productId: dal.id, storageKey: `test/${run}/dal-back.webp`, alt: "Back", width: 800, height: 800, position: 1 },
    { productId: dal.id, storageKey: `test/${run}/dal-front.webp`, alt: "Front", width: 800, height: 800, position: 0 },
  ]);
  // The dal's new title waits for review while the live version sells.
  await db.insert(productRevisions).values({
    productId: dal.id,
    content: { title: "Toor Dal 1 kg (new)", description: "", categoryId, brandId: null, attributes: {}, seoTitle: null, seoDescription: null, images: [] },
  });
  await makeProduct(sellerA.seller.id, "Ghee 50% off pack", "pending_review", [{ price: 45_000, onHand: 0 }]);
  await makeProduct(sellerA.seller.id, "Draft Jaggery", "draft", []);
  await makeProduct(sellerA.seller.id, "Old Archived Oil", "archived", [{ price: 5_000, onHand: 7 }]);

  // Seller B sells basmati too: it must never show up in A's queries.
  await makeProduct(sellerB.seller.id, "Basmati Rice Premium", "active", [{ price: 20_000, onHand: 4 }]);
  await makeProduct(sellerB.seller.id, "Kurta", "draft", [{ price: 80_000, onHand: 2 }]);
});

describe("seller profile", () => {
  it("returns the seller behind an id and null for an unknown id", async () => {
    const profile = await getSellerProfile(pending.seller.id);
    expect(profile).toMatchObject({ id: pending.seller.id, status: "pending", city: "Pune" });
    expect(await getSellerProfile(randomUUID())).toBeNull();
  });
});

describe("seller counts", () => {
  it("counts only the seller's own products by status", async () => {
    expect(await getSellerProductCounts(sellerA.seller.id)).toEqual({
      total: 29,
      active: 26,
      pendingReview: 1,
      draft: 1,
      rejected: 0,
      archived: 1,
      pendingChange: 1,
    });
    expect(await getSellerProductCounts(sellerB.seller.id)).toMatchObject({ total: 2, active: 1, draft: 1 });
    expect(await getSellerProductCounts(pending.seller.id)).toMatchObject({ total: 0 });
  });

  it("classifies stock per sellable variant, ignoring inactive variants and archived products", async () => {
    expect(await getSellerStockCounts(sellerA.seller.id)).toEqual({
      variants: 28, // 25 basmati + 2 active dal variants + 1 ghee
      inStock: 26, // 25 basmati + 1 low dal
      lowStock: 1,
      outOfStock: 2, // reserved dal + ghee
      unitsOnHand: 25 * 50 + 3 + 10 + 0,
      unitsReserved: 10,
      unitsAvailable: 25 * 50 + 3,
    });
  });

  it("returns zeros for a seller with no products", async () => {
    expect(await getSellerStockCounts(pending.seller.id)).toMatchObject({ variants: 0, inStock: 0, unitsOnHand: 0, unitsAvailable: 0 });
  });
});

describe("listSellerProducts", () => {
  it("never returns another seller's products", async () => {
    const a = await listSellerProducts(sellerA.seller.id, { q: "basmati", pageSize: 100 });
    expect(a.total).toBe(25);
    expect(a.items.map((p) => p.title)).not.toContain("Basmati Rice Premium");
    const b = await listSellerProducts(sellerB.seller.id, { q: "basmati" });
    expect(b.items.map((p) => p.title)).toEqual(["Basmati Rice Premium"]);
  });

  it("paginates newest-changed first and clamps pages past the end", async () => {
    const first = await listSellerProducts(sellerA.seller.id, { q: "Basmati", pageSize: 10 });
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 3, pageSize: 10 });
    expect(first.items[0].title).toBe("Basmati Rice 25");
    const third = await listSellerProducts(sellerA.seller.id, { q: "Basmati", pageSize: 10, page: 3 });
    expect(third.items.map((p) => p.title)).toEqual(["Basmati Rice 05", "Basmati Rice 04", "Basmati Rice 03", "Basmati Rice 02", "Basmati Rice 01"]);
    const beyond = await listSellerProducts(sellerA.seller.id, { q: "Basmati", pageSize: 10, page: 99 });
    expect(beyond.page).toBe(3);
    expect(beyond.items).toHaveLength(5);
  });

  it("searches case-insensitively and treats LIKE wildcards literally", async () => {
    const dal = await listSellerProducts(sellerA.seller.id, { q: "  toor DAL " });
    expect(dal.items.map((p) => p.title)).toEqual(["Toor Dal 1kg"]);
    const percent = await listSellerProducts(sellerA.seller.id, { q: "50%" });
    expect(percent.items.map((p) => p.title)).toEqual(["Ghee 50% off pack"]);
    const underscore = await listSellerProducts(sellerA.seller.id, { q: "_" });
    expect(underscore.total).toBe(0);
  });

  it("filters by status and ignores malformed filters", async () => {
    const drafts = await listSellerProducts(sellerA.seller.id, { status: "draft" });
    expect(drafts.items.map((p) => p.title)).toEqual(["Draft Jaggery"]);
    const junk = await listSellerProducts(sellerA.seller.id, { status: "nope" as ProductStatus, page: "-4", pageSize: "lots" });
    expect(junk).toMatchObject({ total: 29, page: 1, pageSize: 20 });
  });

  it("filters live products with a change waiting for review", async () => {
    const changed = await listSellerProducts(sellerA.seller.id, { status: "pending_change" });
    expect(changed.items.map((p) => [p.title, p.pendingChange])).toEqual([["Toor Dal 1kg", true]]);
    expect(await listSellerProducts(sellerB.seller.id, { status: "pending_change" })).toMatchObject({ total: 0 });
  });

  it("aggregates SKUs, price range and sellable stock per product", async () => {
    const [dal] = (await listSellerProducts(sellerA.seller.id, { q: "Toor" })).items;
    expect(dal).toMatchObject({
      status: "active",
      skuCount: 3,
      minPricePaise: 15_000,
      maxPricePaise: 27_500,
      unitsAvailable: 3,
      outOfStockSkus: 1,
      lowStockSkus: 1, // 3 left against the default alert level of 5; the sold-out one counts as out, not low
      pendingChange: true,
    });
    expect(dal.updatedAt).toBeInstanceOf(Date);
    expect(dal.imageKey).toBe(`test/${run}/dal-front.webp`);
    const [draft] = (await listSellerProducts(sellerA.seller.id, { q: "Jaggery" })).items;
    expect(draft).toMatchObject({ skuCount: 0, minPricePaise: null, maxPricePaise: null, unitsAvailable: 0, lowStockSkus: 0, pendingChange: false, imageKey: null });
  });

  it("counts a variant as low against its own alert level", async () => {
    const db = await getDb();
    const [rice] = (await listSellerProducts(sellerA.seller.id, { q: "Basmati Rice 01" })).items;
    expect(rice.lowStockSkus).toBe(0);
    await db.update(productVariants).set({ lowStockThreshold: 50 }).where(eq(productVariants.productId, rice.id));
    const [alerted] = (await listSellerProducts(sellerA.seller.id, { q: "Basmati Rice 01" })).items;
    expect(alerted).toMatchObject({ unitsAvailable: 50, lowStockSkus: 1 });
    // The dashboard's count uses the same per-variant level.
    expect((await getSellerStockCounts(sellerA.seller.id)).lowStock).toBe(2);
    await db.update(productVariants).set({ lowStockThreshold: 5 }).where(eq(productVariants.productId, rice.id));
    expect((await getSellerStockCounts(sellerA.seller.id)).lowStock).toBe(1);
  });

  it("sorts by title and by lowest stock", async () => {
    const byTitle = await listSellerProducts(sellerA.seller.id, { sort: "title", pageSize: 100 });
    const titles = byTitle.items.map((p) => p.title);
    expect(titles).toEqual([...titles].sort((x, y) => x.localeCompare(y, "en")));
    const byStock = await listSellerProducts(sellerA.seller.id, { sort: "stock", pageSize: 3 });
    expect(byStock.items.map((p) => p.unitsAvailable)).toEqual([0, 0, 3]);
  });
});

describe("listSellers (admin)", () => {
  it("lists sellers with owner and product count, filtered by status", async () => {
    const page = await listSellers({ q: run, pageSize: 100 });
    const byName = new Map(page.items.map((s) => [s.name, s]));
    expect(byName.get(`Alpha Kirana ${run}`)).toMatchObject({ productCount: 29, status: "active", ownerName: "Alpha Kirana Owner" });
    expect(byName.get(`Beta Fashion ${run}`)).toMatchObject({ productCount: 2 });
    expect(byName.get(`Gamma Toys ${run}`)).toMatchObject({ productCount: 0, status: "pending" });

    const pendingOnly = await listSellers({ q: run, status: "pending" });
    expect(pendingOnly.items.map((s) => s.id)).toEqual([pending.seller.id]);
  });

  it("searches by owner email and paginates", async () => {
    const byEmail = await listSellers({ q: sellerB.owner.email.toUpperCase() });
    expect(byEmail.items.map((s) => s.id)).toEqual([sellerB.seller.id]);
    const paged = await listSellers({ q: run, pageSize: 2, page: 2 });
    expect(paged).toMatchObject({ total: 3, page: 2, pageCount: 2 });
    expect(paged.items).toHaveLength(1);
  });
});
