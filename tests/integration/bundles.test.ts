import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getBundleContents } from "@/lib/catalog/bundles";
import { syncBundleStock } from "@/lib/catalog/bundle-service";
import { getProductForEditor } from "@/lib/catalog/product-queries";
import { archiveProduct, createProduct, updateProduct } from "@/lib/catalog/product-service";
import type { ProductEditorInput } from "@/lib/catalog/product-schemas";
import { getDb } from "@/lib/platform/db";
import { ValidationError } from "@/lib/platform/errors";
import { productVariants } from "@/models";
import { editorInput, makeCategory, makeProduct, makeSeller, unique } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";

let seller: Awaited<ReturnType<typeof makeSeller>>;
let rival: Awaited<ReturnType<typeof makeSeller>>;
let categoryId: string;

beforeAll(async () => {
  [seller, rival] = await Promise.all([makeSeller("Combo Kirana"), makeSeller("Other Kirana")]);
  categoryId = (await makeCategory(null, "Grocery")).id;
});

function bundleInput(items: { variantId: string; quantity: number }[], over: Partial<ProductEditorInput> = {}): ProductEditorInput {
  return editorInput(categoryId, {
    type: "bundle",
    title: unique("Breakfast combo"),
    bundleItems: items.map((i) => ({ variantId: i.variantId, quantity: String(i.quantity) })),
    ...over,
  });
}

async function component(stockOnHand: number, pricePaise: number, sellerId = seller.seller.id) {
  return makeProduct({ sellerId, categoryId, title: unique("Component"), stockOnHand, pricePaise });
}

async function bundleStock(productId: string) {
  const db = await getDb();
  const [v] = await db.select().from(productVariants).where(eq(productVariants.productId, productId));
  return v.stockOnHand - v.stockReserved;
}

const rejects = (promise: Promise<unknown>) => rejectsWith(promise, ValidationError);

describe("bundle availability and price", () => {
  it("is the scarcest component's stock over its quantity, and shows the sum of parts", async () => {
    const bread = await component(10, 4_500);
    const butter = await component(7, 5_600);
    const { id } = await createProduct(seller.actor, bundleInput([
      { variantId: bread.variant.id, quantity: 2 },
      { variantId: butter.variant.id, quantity: 1 },
    ]));
    const contents = await getBundleContents(id);
    expect(contents.items.map((i) => [i.variantId, i.quantity, i.available])).toEqual([
      [bread.variant.id, 2, 10],
      [butter.variant.id, 1, 7],
    ]);
    expect(contents.available).toBe(5);
    expect(contents.sumOfPartsPaise).toBe(2 * 4_500 + 5_600);
    // The bundle's own variant carries the availability, so listings and checkout read it like any stock.
    expect(await bundleStock(id)).toBe(5);

    const db = await getDb();
    await db.update(productVariants).set({ stockReserved: 5 }).where(eq(productVariants.id, bread.variant.id));
    expect((await getBundleContents(id)).available).toBe(2);
    expect(await syncBundleStock(db, { componentVariantIds: [bread.variant.id] })).toEqual([id]);
    expect(await bundleStock(id)).toBe(2);

    await db.update(productVariants).set({ stockOnHand: 0, stockReserved: 0 }).where(eq(productVariants.id, butter.variant.id));
    expect((await getBundleContents(id)).available).toBe(0);
    await syncBundleStock(db, { bundleProductIds: [id] });
    expect(await bundleStock(id)).toBe(0);
  });

  it("follows component changes made through the product service", async () => {
    const rice = await component(30, 9_900);
    const dal = await component(30, 12_000);
    const { id } = await createProduct(seller.actor, bundleInput([
      { variantId: rice.variant.id, quantity: 3 },
      { variantId: dal.variant.id, quantity: 1 },
    ]));
    expect(await bundleStock(id)).toBe(10);
    await archiveProduct(seller.actor, dal.product.id);
    expect((await getBundleContents(id)).available).toBe(0);
    expect(await bundleStock(id)).toBe(0);
  });

  it("keeps the seller's bundle price and lets the editor change the items", async () => {
    const a = await component(8, 1_000);
    const b = await component(8, 2_000);
    const c = await component(8, 3_000);
    const { id } = await createProduct(seller.actor, bundleInput([
      { variantId: a.variant.id, quantity: 1 },
      { variantId: b.variant.id, quantity: 1 },
    ], { variants: [{ optionValues: {}, sku: unique("COMBO"), price: "25", mrp: "30", stock: "0", lowStockThreshold: "2" }] }));
    const editor = await getProductForEditor(seller.actor, id);
    expect(editor.values.variants[0]).toMatchObject({ price: "25", mrp: "30" });
    expect(editor.bundle?.sumOfPartsPaise).toBe(3_000);
    await updateProduct(seller.actor, id, { ...editor.values, bundleItems: [{ variantId: c.variant.id, quantity: "4" }, { variantId: a.variant.id, quantity: "1" }] });
    const contents = await getBundleContents(id);
    expect(contents.items.map((i) => i.variantId)).toEqual([c.variant.id, a.variant.id]);
    expect(contents).toMatchObject({ available: 2, sumOfPartsPaise: 13_000 });
  });
});

describe("bundle refusals", () => {
  it("refuses another seller's variant", async () => {
    const own = await component(5, 1_000);
    const theirs = await component(5, 1_000, rival.seller.id);
    const err = await rejects(createProduct(seller.actor, bundleInput([
      { variantId: own.variant.id, quantity: 1 },
      { variantId: theirs.variant.id, quantity: 1 },
    ])));
    expect(err.fieldErrors).toEqual({ "bundleItems.1.variantId": ["You can only bundle your own products"] });
  });

  it("refuses a bundle inside a bundle, digital products and products that are not live", async () => {
    const a = await component(5, 1_000);
    const b = await component(5, 1_000);
    const { id: inner } = await createProduct(seller.actor, bundleInput([
      { variantId: a.variant.id, quantity: 1 },
      { variantId: b.variant.id, quantity: 1 },
    ]));
    const db = await getDb();
    const [innerVariant] = await db.select().from(productVariants).where(eq(productVariants.productId, inner));
    const digital = await makeProduct({ sellerId: seller.seller.id, categoryId, type: "digital" });
    const draft = await makeProduct({ sellerId: seller.seller.id, categoryId, status: "draft" });
    const err = await rejects(createProduct(seller.actor, bundleInput([
      { variantId: a.variant.id, quantity: 1 },
      { variantId: innerVariant.id, quantity: 1 },
      { variantId: digital.variant.id, quantity: 1 },
      { variantId: draft.variant.id, quantity: 1 },
    ])));
    expect(err.fieldErrors).toEqual({
      "bundleItems.1.variantId": ["A bundle cannot contain another bundle"],
      "bundleItems.2.variantId": ["Only physical products can go in a bundle"],
      "bundleItems.3.variantId": ["This product is not live: only live products can go in a bundle"],
    });
  });

  it("refuses a bundle of fewer than two items and items in a non-bundle", async () => {
    const a = await component(5, 1_000);
    const one = await rejects(createProduct(seller.actor, bundleInput([{ variantId: a.variant.id, quantity: 1 }])));
    expect(one.fieldErrors.bundleItems).toEqual(["A bundle needs at least two items"]);
    const physical = await rejects(createProduct(seller.actor, bundleInput([{ variantId: a.variant.id, quantity: 1 }], { type: "physical" })));
    expect(physical.fieldErrors.bundleItems).toEqual(["Only a bundle has items"]);
  });
});
