import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  getCategoryBySlug,
  getCategoryTree,
  getProductBySlug,
  listCategoryTiles,
  listProductsInCategory,
  listProductStrip,
} from "@/lib/catalog/queries";
import { getDb } from "@/lib/platform/db";
import { categories, productImages, productOptions, productVariants, products, sellers, users } from "@/models";

// Files may share one PostgreSQL database: every slug, path and SKU carries this run's tag.
const tag = randomUUID().slice(0, 8);
const slug = (s: string) => `${s}-${tag}`;

let rootPath = "";
let midPath = "";

beforeAll(async () => {
  const db = await getDb();
  const [owner] = await db.insert(users).values({ email: `catalog-owner-${tag}@example.test`, name: "Owner", role: "seller" }).returning();
  const [shop, closed] = await db
    .insert(sellers)
    .values([
      { ownerUserId: owner.id, name: `Kirana ${tag}`, slug: slug("kirana"), status: "active", city: "Bengaluru", state: "Karnataka", pincode: "560001" },
      { ownerUserId: owner.id, name: `Closed ${tag}`, slug: slug("closed"), status: "suspended", city: "Pune", state: "Maharashtra", pincode: "411001" },
    ])
    .returning();

  // A 3-level tree: Home & Living (root) → Kitchen → Cookware; plus an unrelated root whose path shares a prefix.
  rootPath = slug("living");
  midPath = `${rootPath}/${slug("kitchen")}`;
  const [root] = await db.insert(categories).values({ name: `Living ${tag}`, slug: slug("living"), path: rootPath, depth: 0 }).returning();
  const [mid] = await db.insert(categories).values({ name: "Kitchen", slug: slug("kitchen"), path: midPath, depth: 1, parentId: root.id }).returning();
  const [leaf] = await db
    .insert(categories)
    .values({ name: "Cookware", slug: slug("cookware"), path: `${midPath}/${slug("cookware")}`, depth: 2, parentId: mid.id })
    .returning();
  const [lookalike] = await db.insert(categories).values({ name: "Living room", slug: slug("living-room"), path: `${rootPath}x`, depth: 0 }).returning();

  const base = { sellerId: shop.id, status: "active" as const };
  const inserted = await db
    .insert(products)
    .values([
      { ...base, categoryId: leaf.id, title: `Steel Kadai ${tag}`, slug: slug("kadai"), ratingX100: 450, ratingCount: 120 },
      { ...base, categoryId: leaf.id, title: `Cotton T-Shirt ${tag}`, slug: slug("tshirt"), ratingX100: 410, ratingCount: 80 },
      { ...base, categoryId: mid.id, title: `Pressure Cooker ${tag}`, slug: slug("cooker"), ratingX100: 480, ratingCount: 40 },
      { ...base, categoryId: root.id, title: `Bedsheet ${tag}`, slug: slug("bedsheet"), ratingX100: 300, ratingCount: 5 },
      { ...base, categoryId: leaf.id, title: `Draft Tawa ${tag}`, slug: slug("draft"), status: "draft" },
      { ...base, categoryId: leaf.id, title: `Archived Pan ${tag}`, slug: slug("archived"), status: "archived" },
      { ...base, categoryId: leaf.id, title: `No Variants ${tag}`, slug: slug("novariants") },
      { ...base, categoryId: lookalike.id, title: `Sofa ${tag}`, slug: slug("sofa") },
      { sellerId: closed.id, status: "active", categoryId: leaf.id, title: `Closed Shop Pan ${tag}`, slug: slug("closedpan") },
    ])
    .returning();
  const id = (s: string) => inserted.find((p) => p.slug === slug(s))!.id;

  await db.insert(productOptions).values([
    { productId: id("tshirt"), name: "Size", values: ["S", "M", "L"], position: 0 },
    { productId: id("tshirt"), name: "Colour", values: ["Red", "Blue"], position: 1 },
  ]);
  const variant = (p: string, sku: string, pricePaise: number, mrpPaise: number, stockOnHand: number, extra: object = {}) => ({
    productId: id(p),
    sku: `${sku}-${tag}`,
    title: sku,
    pricePaise,
    mrpPaise,
    stockOnHand,
    ...extra,
  });
  await db.insert(productVariants).values([
    variant("kadai", "KADAI", 89_900, 129_900, 10),
    variant("tshirt", "TS-S-RED", 49_900, 99_900, 3, { optionValues: { Size: "S", Colour: "Red" }, position: 0 }),
    variant("tshirt", "TS-M-RED", 59_900, 99_900, 8, { optionValues: { Size: "M", Colour: "Red" }, position: 1, stockReserved: 8 }),
    variant("tshirt", "TS-L-BLUE", 69_900, 69_900, 20, { optionValues: { Size: "L", Colour: "Blue" }, position: 2 }),
    variant("tshirt", "TS-OLD", 10_000, 10_000, 20, { optionValues: { Size: "S", Colour: "Blue" }, isActive: false }),
    variant("cooker", "COOKER", 199_900, 249_900, 2),
    variant("bedsheet", "SHEET", 39_900, 39_900, 0),
    variant("draft", "TAWA", 29_900, 29_900, 5),
    variant("archived", "PAN", 29_900, 29_900, 5),
    variant("sofa", "SOFA", 999_900, 999_900, 1),
    variant("closedpan", "CPAN", 19_900, 19_900, 5),
  ]);
  await db.insert(productImages).values([
    { productId: id("tshirt"), storageKey: `t/${tag}/2.png`, alt: "T-shirt back", width: 800, height: 800, position: 1 },
    { productId: id("tshirt"), storageKey: `t/${tag}/1.png`, alt: "T-shirt front", width: 800, height: 800, position: 0 },
    { productId: id("kadai"), storageKey: `k/${tag}/1.png`, alt: "Kadai", width: 600, height: 600, position: 0 },
  ]);
});

describe("categories", () => {
  it("finds a category by slug with ancestors and children, null when unknown", async () => {
    const mid = await getCategoryBySlug(slug("kitchen"));
    expect(mid).toMatchObject({ name: "Kitchen", path: midPath, depth: 1 });
    expect(mid!.ancestors.map((a) => a.slug)).toEqual([slug("living")]);
    expect(mid!.children.map((c) => c.slug)).toEqual([slug("cookware")]);
    const leaf = await getCategoryBySlug(slug("cookware"));
    expect(leaf!.ancestors.map((a) => a.slug)).toEqual([slug("living"), slug("kitchen")]);
    expect(await getCategoryBySlug(`missing-${tag}`)).toBeNull();
  });

  it("builds the tree", async () => {
    const tree = await getCategoryTree();
    const root = tree.find((c) => c.slug === slug("living"))!;
    expect(root.children.map((c) => c.slug)).toEqual([slug("kitchen")]);
    expect(root.children[0].children.map((c) => c.slug)).toEqual([slug("cookware")]);
  });

  it("makes tiles with product counts and a picture", async () => {
    const tiles = await listCategoryTiles({ depth: 1, limit: 100 });
    const kitchen = tiles.find((t) => t.slug === slug("kitchen"));
    expect(kitchen).toMatchObject({ productCount: 3, image: { url: `/media/k/${tag}/1.png`, alt: "Kadai" } });
  });
});

describe("listProductsInCategory", () => {
  it("includes descendants and excludes drafts, archived, variantless, suspended sellers and look-alike paths", async () => {
    const root = await listProductsInCategory({ categoryPath: rootPath });
    expect(root.items.map((p) => p.slug).sort()).toEqual([slug("bedsheet"), slug("cooker"), slug("kadai"), slug("tshirt")].sort());
    expect(root.total).toBe(4);
    expect(root.pageCount).toBe(1);
    const mid = await listProductsInCategory({ categoryPath: midPath });
    expect(mid.items.map((p) => p.slug).sort()).toEqual([slug("cooker"), slug("kadai"), slug("tshirt")].sort());
  });

  it("summarises variants on cards: price range, MRP of the cheapest, stock, first image", async () => {
    const { items } = await listProductsInCategory({ categoryPath: midPath });
    const tshirt = items.find((p) => p.slug === slug("tshirt"))!;
    expect(tshirt).toMatchObject({
      minPricePaise: 49_900,
      maxPricePaise: 69_900,
      mrpPaise: 99_900,
      available: 3 + 0 + 20,
      variantCount: 3,
      rating: 4.1,
      ratingCount: 80,
      image: { url: `/media/t/${tag}/1.png`, alt: "T-shirt front", width: 800, height: 800 },
    });
    expect(items.find((p) => p.slug === slug("cooker"))!.image).toBeNull();
  });

  it("sorts and paginates with stable totals", async () => {
    const byPrice = await listProductsInCategory({ categoryPath: rootPath, sort: "price_asc" });
    expect(byPrice.items.map((p) => p.minPricePaise)).toEqual([39_900, 49_900, 89_900, 199_900]);
    const byPriceDesc = await listProductsInCategory({ categoryPath: rootPath, sort: "price_desc" });
    expect(byPriceDesc.items[0].slug).toBe(slug("cooker"));
    const byRating = await listProductsInCategory({ categoryPath: rootPath, sort: "rating" });
    expect(byRating.items[0].slug).toBe(slug("cooker"));
    const byDiscount = await listProductsInCategory({ categoryPath: rootPath, sort: "discount" });
    expect(byDiscount.items[0].slug).toBe(slug("tshirt"));

    const page1 = await listProductsInCategory({ categoryPath: rootPath, pageSize: 3, page: 1 });
    const page2 = await listProductsInCategory({ categoryPath: rootPath, pageSize: 3, page: 2 });
    const page9 = await listProductsInCategory({ categoryPath: rootPath, pageSize: 3, page: 9 });
    expect([page1.total, page1.pageCount, page1.items.length]).toEqual([4, 2, 3]);
    expect([page2.total, page2.page, page2.items.length]).toEqual([4, 2, 1]);
    expect(new Set([...page1.items, ...page2.items].map((p) => p.id)).size).toBe(4);
    expect(page9).toMatchObject({ total: 4, items: [] });
  });

  it("is empty for a category with nothing on sale", async () => {
    const none = await listProductsInCategory({ categoryPath: `nowhere-${tag}` });
    expect(none).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });

  it("draws a strip from several subtrees at once", async () => {
    const strip = await listProductStrip({ categoryPaths: [midPath, `${rootPath}x`], limit: 50 });
    expect(strip.map((p) => p.slug).sort()).toEqual([slug("cooker"), slug("kadai"), slug("sofa"), slug("tshirt")].sort());
  });

  it("excludes the product being viewed from its strip", async () => {
    const strip = await listProductStrip({ categoryPath: midPath, excludeProductId: (await getProductBySlug(slug("kadai")))!.id });
    expect(strip.map((p) => p.slug).sort()).toEqual([slug("cooker"), slug("tshirt")].sort());
  });
});

describe("getProductBySlug", () => {
  it("returns the product with options, active variants, images, seller and breadcrumbs", async () => {
    const p = await getProductBySlug(slug("tshirt"));
    expect(p).not.toBeNull();
    expect(p!.seller).toEqual({ name: `Kirana ${tag}`, slug: slug("kirana"), city: "Bengaluru", state: "Karnataka" });
    expect(p!.breadcrumbs.map((c) => c.slug)).toEqual([slug("living"), slug("kitchen"), slug("cookware")]);
    expect(p!.options).toEqual([
      { name: "Size", values: ["S", "M", "L"] },
      { name: "Colour", values: ["Red", "Blue"] },
    ]);
    expect(p!.variants.map((v) => [v.sku, v.available])).toEqual([
      [`TS-S-RED-${tag}`, 3],
      [`TS-M-RED-${tag}`, 0],
      [`TS-L-BLUE-${tag}`, 20],
    ]);
    expect(p!.images.map((i) => i.alt)).toEqual(["T-shirt front", "T-shirt back"]);
  });

  it("returns null for unknown, draft, archived, variantless and suspended-seller products", async () => {
    for (const s of [`missing-${tag}`, slug("draft"), slug("archived"), slug("novariants"), slug("closedpan")]) {
      expect(await getProductBySlug(s), s).toBeNull();
    }
  });
});
