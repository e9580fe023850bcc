import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getCompareProducts } from "@/lib/catalog/compare-queries";
import { buildComparison } from "@/lib/catalog/compare-rules";
import { getDb } from "@/lib/platform/db";
import { brands, categories, categoryAttributes, productImages, productVariants, products, sellers, users } from "@/models";

// Files may share one PostgreSQL database: every slug, path and SKU carries this run's tag.
const tag = randomUUID().slice(0, 8);
const slug = (s: string) => `${s}-${tag}`;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const db = await getDb();
  const [owner] = await db.insert(users).values({ email: `compare-owner-${tag}@example.test`, name: "Owner", role: "seller" }).returning();
  const [shop, closed] = await db
    .insert(sellers)
    .values([
      { ownerUserId: owner.id, name: `Gadgets ${tag}`, slug: slug("gadgets"), status: "active", city: "Pune", state: "Maharashtra", pincode: "411001" },
      { ownerUserId: owner.id, name: `Shut ${tag}`, slug: slug("shut"), status: "suspended", city: "Pune", state: "Maharashtra", pincode: "411001" },
    ])
    .returning();
  const [electronics] = await db.insert(categories).values({ name: `Electronics ${tag}`, slug: slug("electronics"), path: slug("electronics"), depth: 0 }).returning();
  const [phones] = await db
    .insert(categories)
    .values({ name: "Phones", slug: slug("phones"), path: `${slug("electronics")}/${slug("phones")}`, depth: 1, parentId: electronics.id })
    .returning();
  const [fashion] = await db.insert(categories).values({ name: `Fashion ${tag}`, slug: slug("fashion"), path: slug("fashion"), depth: 0 }).returning();
  // Attributes come from the category and its ancestors: screen size on Electronics, dual SIM on Phones.
  await db.insert(categoryAttributes).values([
    { categoryId: electronics.id, key: "screen", label: "Screen size", type: "number", unit: "in", position: 0 },
    { categoryId: phones.id, key: "dual_sim", label: "Dual SIM", type: "boolean", position: 0 },
  ]);
  const [brand] = await db.insert(brands).values({ name: `Acme ${tag}`, slug: slug("acme") }).returning();

  const base = { sellerId: shop.id, status: "active" as const, categoryId: phones.id };
  const inserted = await db
    .insert(products)
    .values([
      {
        ...base,
        brandId: brand.id,
        title: `Phone A ${tag}`,
        slug: slug("a"),
        ratingX100: 420,
        ratingCount: 12,
        specifications: { RAM: "8 GB", Colour: "Black" },
        attributes: { screen: 6.1, dual_sim: true, retired: "gone" },
      },
      { ...base, title: `Phone B ${tag}`, slug: slug("b"), specifications: { RAM: "6 GB", Battery: "5000 mAh" }, attributes: { screen: 6.7 } },
      { ...base, categoryId: fashion.id, title: `Shirt ${tag}`, slug: slug("shirt"), specifications: { Fabric: "Cotton" } },
      { ...base, title: `Draft ${tag}`, slug: slug("draft"), status: "draft" },
      { ...base, title: `Pending ${tag}`, slug: slug("pending"), status: "pending_review" },
      { ...base, title: `Closed seller ${tag}`, slug: slug("closed"), sellerId: closed.id },
      { ...base, title: `No variants ${tag}`, slug: slug("novariants") },
    ])
    .returning();
  for (const p of inserted) ids[p.slug.replace(`-${tag}`, "")] = p.id;

  const v = (p: string, sku: string, pricePaise: number, mrpPaise: number, stockOnHand: number, extra: object = {}) => ({
    productId: ids[p],
    sku: `${sku}-${tag}`,
    title: sku,
    pricePaise,
    mrpPaise,
    stockOnHand,
    ...extra,
  });
  await db.insert(productVariants).values([
    // A: the cheapest variant is out of stock, so the cheapest in-stock one is shown.
    v("a", "A-64", 1_000_000, 1_200_000, 0),
    v("a", "A-128", 1_200_000, 1_500_000, 7),
    v("a", "A-256", 1_500_000, 1_500_000, 9),
    v("a", "A-OLD", 500_000, 500_000, 9, { isActive: false }),
    // B: nothing in stock — its cheapest variant is shown.
    v("b", "B-1", 900_000, 900_000, 0),
    v("b", "B-2", 800_000, 950_000, 2, { stockReserved: 2 }),
    v("shirt", "SHIRT", 49_900, 99_900, 30),
    v("draft", "DRAFT", 100, 100, 1),
    v("pending", "PENDING", 100, 100, 1),
    v("closed", "CLOSED", 100, 100, 1),
    v("novariants", "GONE", 100, 100, 1, { isActive: false }),
  ]);
  await db.insert(productImages).values([
    { productId: ids.a, storageKey: `cmp/${tag}/a2.png`, alt: "Back", width: 800, height: 800, position: 1 },
    { productId: ids.a, storageKey: `cmp/${tag}/a1.png`, alt: "Front", width: 800, height: 800, position: 0 },
  ]);
});

describe("getCompareProducts", () => {
  it("returns products on sale in the list's order with their specifications", async () => {
    const list = await getCompareProducts([ids.b, ids.a]);
    expect(list.map((p) => p.id)).toEqual([ids.b, ids.a]);
    const [b, a] = list;
    expect(a).toMatchObject({
      slug: slug("a"),
      title: `Phone A ${tag}`,
      brand: `Acme ${tag}`,
      category: { name: "Phones", slug: slug("phones") },
      topCategory: { name: `Electronics ${tag}`, slug: slug("electronics") },
      rating: 4.2,
      ratingCount: 12,
      seller: `Gadgets ${tag}, Pune`,
      specifications: { RAM: "8 GB", Colour: "Black" },
      image: { url: `/media/cmp/${tag}/a1.png`, alt: "Front" },
    });
    expect(b).toMatchObject({ brand: null, image: null, specifications: { RAM: "6 GB", Battery: "5000 mAh" } });
  });

  it("shows the cheapest in-stock active variant, or the cheapest when none is in stock", async () => {
    const [a, b] = await getCompareProducts([ids.a, ids.b]);
    expect(a).toMatchObject({ variantSku: `A-128-${tag}`, pricePaise: 1_200_000, mrpPaise: 1_500_000, available: 7 });
    expect(b).toMatchObject({ variantSku: `B-2-${tag}`, pricePaise: 800_000, mrpPaise: 950_000, available: 0 });
  });

  it("drops unknown, draft, pending, suspended-seller and variantless products silently", async () => {
    const list = await getCompareProducts([randomUUID(), ids.draft, ids.a, ids.pending, ids.closed, ids.novariants]);
    expect(list.map((p) => p.id)).toEqual([ids.a]);
    expect(await getCompareProducts([])).toEqual([]);
    expect(await getCompareProducts([randomUUID()])).toEqual([]);
  });

  it("feeds the comparison matrix, noting products from different departments", async () => {
    const list = await getCompareProducts([ids.a, ids.b, ids.shirt]);
    const { rows, mixedCategories } = buildComparison(list);
    expect(mixedCategories).toBe(true);
    expect(rows.find((r) => r.label === "RAM")).toMatchObject({ values: ["8 GB", "6 GB", "—"], different: true });
    expect(rows.find((r) => r.label === "Availability")!.values).toEqual(["In stock", "Out of stock", "In stock"]);
    expect(buildComparison(list.slice(0, 2)).mixedCategories).toBe(false);
  });

  it("brings each product's category attributes, formatted with units, and compares them", async () => {
    const [a, b] = await getCompareProducts([ids.a, ids.b]);
    expect(a.attributes).toEqual([
      { key: "screen", label: "Screen size", value: "6.1 in" },
      { key: "dual_sim", label: "Dual SIM", value: "Yes" },
    ]);
    expect(b.attributes).toEqual([{ key: "screen", label: "Screen size", value: "6.7 in" }]);
    const { rows } = buildComparison([a, b]);
    expect(rows.find((r) => r.key === "attr:screen")).toMatchObject({ kind: "attribute", values: ["6.1 in", "6.7 in"], different: true });
    expect(rows.find((r) => r.key === "attr:dual_sim")).toMatchObject({ values: ["Yes", "—"], different: true });
  });
});
