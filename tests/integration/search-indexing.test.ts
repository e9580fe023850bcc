import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { utcToIstLocal } from "@/lib/catalog/deals-rules";
import { cancelDeal, createDeal } from "@/lib/catalog/deals-service";
import type { ProductEditorInput } from "@/lib/catalog/product-schemas";
import { archiveProduct, createProduct, restoreProduct, reviewProducts, submitForReview, updateProduct } from "@/lib/catalog/product-service";
import { renameBrand } from "@/lib/catalog/taxonomy-brand-service";
import { moveCategory, renameCategory } from "@/lib/catalog/taxonomy-service";
import { flushEvents, publish } from "@/lib/platform/events";
import { getDb, queryRows } from "@/lib/platform/db";
import { ensureSearchIndex, indexProducts, reindexAll, removeProducts } from "@/lib/search/indexer";
import { popularity } from "@/lib/search/indexer-rules";
import "@/lib/search/subscribers";
import { brands, productVariants, searchDocuments, searchTerms, sellers } from "@/models";
import { editorInput, makeCategory, makeProduct, makeSeller, makeUser, unique } from "../support/fixtures";

async function doc(productId: string) {
  const db = await getDb();
  const [row] = await db.select().from(searchDocuments).where(eq(searchDocuments.productId, productId));
  return row ?? null;
}

async function termCount(term: string): Promise<number | null> {
  const db = await getDb();
  const [row] = await db.select().from(searchTerms).where(eq(searchTerms.term, term));
  return row?.docCount ?? null;
}

/** Does the product's document match this web-search query? */
async function matches(productId: string, query: string): Promise<boolean> {
  const db = await getDb();
  const rows = await queryRows<{ ok: boolean }>(
    db,
    sql`select document @@ websearch_to_tsquery('ql_search', ${query}) as ok from ${searchDocuments} where product_id = ${productId}`,
  );
  return Boolean(rows[0]?.ok);
}

/** A word unique to this run, letters only (terms keep words with letters). */
const word = (base: string) => `${base}${unique("").replace(/[^a-z]/g, "").slice(0, 6)}${String.fromCharCode(97 + Math.floor(Math.random() * 26))}`;

let seller: Awaited<ReturnType<typeof makeSeller>>;
let admin: Actor;
let rootId: string;
let leafId: string;

beforeAll(async () => {
  seller = await makeSeller("Index Store");
  admin = await makeUser("admin", "Index Admin");
  rootId = (await makeCategory(null, "Grocery")).id;
  leafId = (await makeCategory(rootId, "Atta and flours")).id;
});

/** A product made through the editor, submitted and approved by an admin, its events delivered. */
async function liveProduct(over: Partial<ProductEditorInput> = {}) {
  const input = editorInput(leafId, { title: unique("Whole wheat atta"), ...over });
  const { id } = await createProduct(seller.actor, input);
  await submitForReview(seller.actor, id);
  await flushEvents();
  expect(await doc(id)).toBeNull();
  await reviewProducts(admin, { decision: "approve", productIds: [id] });
  await flushEvents();
  return { id, input };
}

describe("search indexer", () => {
  it("builds a document from the catalogue: card fields, weighted text, terms", async () => {
    const db = await getDb();
    const brandWord = word("aashir");
    const titleWord = word("zorblat");
    const [brand] = await db.insert(brands).values({ name: `${brandWord} Foods`, slug: unique("brand") }).returning();
    const { product } = await makeProduct({
      sellerId: seller.seller.id,
      categoryId: leafId,
      title: `Crème Whole Wheat ${titleWord}`,
      brandId: brand.id,
      pricePaise: 40_000,
      mrpPaise: 50_000,
      ratingX100: 450,
      ratingCount: 12,
      attributes: { grain: "Sharbati", organic: true },
    });
    await indexProducts([product.id]);
    const row = await doc(product.id);
    expect(row).toMatchObject({
      title: `Crème Whole Wheat ${titleWord}`,
      sellerId: seller.seller.id,
      categoryId: leafId,
      brandName: `${brandWord} Foods`,
      minPricePaise: 40_000,
      maxPricePaise: 40_000,
      mrpPaise: 50_000,
      discountPct: 20,
      available: 100,
      inStock: true,
      variantCount: 1,
      hasDeal: false,
      ratingX100: 450,
      ratingCount: 12,
      attrs: { grain: "Sharbati", organic: true },
    });
    expect(row?.categoryPath).toMatch(/\//);
    expect(row?.searchText).toBe(`creme whole wheat ${titleWord} ${brandWord} foods`);
    expect(row?.popularity).toBeCloseTo(popularity(450, 12), 4);
    // Title, brand, every category of the path (stemmed: "flours" → "flour"), attribute values.
    for (const q of ["creme", titleWord, brandWord, "grocery", "flour", "sharbati"]) expect(await matches(product.id, q), q).toBe(true);
    expect(await termCount(titleWord)).toBe(1);
    expect(await termCount("creme")).toBeGreaterThanOrEqual(1);

    await removeProducts([product.id]);
    expect(await doc(product.id)).toBeNull();
    expect(await termCount(titleWord)).toBeNull();
    const { indexed } = await reindexAll();
    expect(indexed).toBeGreaterThanOrEqual(1);
    expect(await doc(product.id)).not.toBeNull();
    expect(await termCount(titleWord)).toBe(1);
  });

  it("indexes only products on sale", async () => {
    const draft = await makeProduct({ sellerId: seller.seller.id, categoryId: leafId, status: "draft" });
    const inactive = await makeProduct({ sellerId: seller.seller.id, categoryId: leafId });
    const db = await getDb();
    await db.update(productVariants).set({ isActive: false }).where(eq(productVariants.id, inactive.variant.id));
    await indexProducts([draft.product.id, inactive.product.id]);
    expect(await doc(draft.product.id)).toBeNull();
    expect(await doc(inactive.product.id)).toBeNull();
  });

  it("an approved product becomes findable; archiving removes it, restoring brings it back", async () => {
    const titleWord = word("kesari");
    const { id } = await liveProduct({ title: `Chakki atta ${titleWord}` });
    expect(await doc(id)).toMatchObject({ title: `Chakki atta ${titleWord}`, minPricePaise: 49_900 });
    expect(await matches(id, titleWord)).toBe(true);
    expect(await termCount(titleWord)).toBe(1);

    await archiveProduct(seller.actor, id);
    await flushEvents();
    expect(await doc(id)).toBeNull();
    expect(await termCount(titleWord)).toBeNull();

    await restoreProduct(seller.actor, id);
    await flushEvents();
    expect(await doc(id)).not.toBeNull();
  });

  it("a price change reaches the document", async () => {
    const { id, input } = await liveProduct();
    await updateProduct(seller.actor, id, { ...input, variants: input.variants.map((v) => ({ ...v, price: "399", stock: "3" })) });
    await flushEvents();
    expect(await doc(id)).toMatchObject({ minPricePaise: 39_900, mrpPaise: 59_900, discountPct: 33, available: 3 });
  });

  it("a deal sets has_deal while it runs", async () => {
    const { id } = await liveProduct();
    const db = await getDb();
    const [variant] = await db.select({ id: productVariants.id }).from(productVariants).where(eq(productVariants.productId, id));
    const hour = 3_600_000;
    const deal = await createDeal(seller.actor, {
      variantId: variant.id,
      dealPrice: "299",
      startsAt: utcToIstLocal(new Date(Date.now() - hour)),
      endsAt: utcToIstLocal(new Date(Date.now() + hour)),
      quantityCap: "",
    });
    await flushEvents();
    expect((await doc(id))?.hasDeal).toBe(true);
    await cancelDeal(seller.actor, deal.id);
    await flushEvents();
    expect((await doc(id))?.hasDeal).toBe(false);
  });

  it("a suspended seller's products leave the index and come back when it is active again", async () => {
    const other = await makeSeller("Suspended Store");
    const { product } = await makeProduct({ sellerId: other.seller.id, categoryId: leafId });
    await indexProducts([product.id]);
    expect(await doc(product.id)).not.toBeNull();
    const db = await getDb();
    const setStatus = (status: "suspended" | "active") =>
      db.transaction(async (tx) => {
        await tx.update(sellers).set({ status }).where(eq(sellers.id, other.seller.id));
        await publish(tx, { topic: "seller.changed", aggregateId: other.seller.id, payload: { reason: status } });
      });
    await setStatus("suspended");
    await flushEvents();
    expect(await doc(product.id)).toBeNull();
    await setStatus("active");
    await flushEvents();
    expect(await doc(product.id)).not.toBeNull();
  });

  it("renaming or moving a category updates the documents of its whole subtree", async () => {
    const top = await makeCategory(null, "Home");
    const mid = await makeCategory(top.id, "Kitchen");
    const leaf = await makeCategory(mid.id, "Tawas");
    const { product } = await makeProduct({ sellerId: seller.seller.id, categoryId: leaf.id, title: unique("Cast iron pan") });
    await indexProducts([product.id]);
    const newName = word("cookware");
    await renameCategory(admin, { categoryId: mid.id, name: `Kitchen ${newName}` });
    await flushEvents();
    expect(await matches(product.id, newName)).toBe(true);

    const elsewhere = await makeCategory(null, "Outdoor");
    await moveCategory(admin, { categoryId: mid.id, parentId: elsewhere.id });
    await flushEvents();
    const row = await doc(product.id);
    expect(row?.categoryPath.startsWith(`${elsewhere.path}/`)).toBe(true);
    expect(await matches(product.id, "outdoor")).toBe(true);
  });

  it("renaming a brand updates its products' documents and the terms", async () => {
    const db = await getDb();
    const before = word("brandold");
    const after = word("brandnew");
    const [brand] = await db.insert(brands).values({ name: before, slug: unique("brand") }).returning();
    const { product } = await makeProduct({ sellerId: seller.seller.id, categoryId: leafId, brandId: brand.id });
    await indexProducts([product.id]);
    expect(await termCount(before)).toBe(1);
    await renameBrand(admin, { brandId: brand.id, name: after });
    await flushEvents();
    expect((await doc(product.id))?.brandName).toBe(after);
    expect(await matches(product.id, after)).toBe(true);
    expect(await termCount(before)).toBeNull();
    expect(await termCount(after)).toBe(1);
  });

  it("ensureSearchIndex builds documents only when the index is empty", async () => {
    // Documents exist by now: nothing to do.
    expect(await ensureSearchIndex(() => undefined)).toBeNull();
  });
});
