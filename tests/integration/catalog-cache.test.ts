import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invalidateCatalog } from "@/lib/catalog/cache-tags";
import { getProductPage } from "@/lib/catalog/storefront-cache";
import { getCache } from "@/lib/platform/cache";
import { getDb } from "@/lib/platform/db";
import { products, productVariants } from "@/models";
import { makeCategory, makeProduct, makeSeller } from "../support/fixtures";

/** Runs on the embedded in-process cache, and on Redis when REDIS_URL is set (the cache every process shares). */
let sellerId = "";
let leafId = "";
let kadai: { id: string; slug: string; variantId: string };
let tawa: { id: string; slug: string };

beforeAll(async () => {
  const { seller } = await makeSeller("Cache store");
  sellerId = seller.id;
  const root = await makeCategory(null, "Cache root");
  const leaf = await makeCategory(root.id, "Cache leaf");
  leafId = leaf.id;
  const a = await makeProduct({ sellerId, categoryId: leaf.id, title: "Kadai, first title", pricePaise: 89_900 });
  const b = await makeProduct({ sellerId, categoryId: leaf.id, title: "Tawa" });
  kadai = { id: a.product.id, slug: a.product.slug, variantId: a.variant.id };
  tawa = { id: b.product.id, slug: b.product.slug };
});

describe(`catalogue cache (${process.env.REDIS_URL ? "Redis" : "in-process"})`, () => {
  it("uses the shared cache the environment configures", () => {
    expect(getCache().kind).toBe(process.env.REDIS_URL ? "redis" : "memory");
  });

  it("keeps serving a cached product page until that product is invalidated", async () => {
    const db = await getDb();
    expect((await getProductPage(kadai.slug))?.title).toBe("Kadai, first title");

    await db.update(products).set({ title: "Kadai, second title" }).where(eq(products.id, kadai.id));
    await db.update(productVariants).set({ pricePaise: 79_900 }).where(eq(productVariants.id, kadai.variantId));
    expect((await getProductPage(kadai.slug))?.title).toBe("Kadai, first title");

    // Another product's change (which also invalidates every listing) leaves this page alone.
    await invalidateCatalog({ productIds: [tawa.id], categoryIds: [leafId] });
    const stillCached = await getProductPage(kadai.slug);
    expect(stillCached?.title).toBe("Kadai, first title");
    expect(stillCached?.variants[0].pricePaise).toBe(89_900);

    await invalidateCatalog({ productIds: [kadai.id], categoryIds: [leafId] });
    const fresh = await getProductPage(kadai.slug);
    expect(fresh?.title).toBe("Kadai, second title");
    expect(fresh?.variants[0].pricePaise).toBe(79_900);
  });

  it("drops a product from sale once it is invalidated", async () => {
    const db = await getDb();
    expect(await getProductPage(tawa.slug)).not.toBeNull();
    await db.update(products).set({ status: "archived" }).where(eq(products.id, tawa.id));
    expect(await getProductPage(tawa.slug)).not.toBeNull();
    await invalidateCatalog({ productIds: [tawa.id], categoryIds: [leafId] });
    expect(await getProductPage(tawa.slug)).toBeNull();
  });
});
