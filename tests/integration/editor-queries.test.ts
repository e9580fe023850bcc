import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listBrandOptions, listCategoryOptions, searchSellerVariants } from "@/lib/catalog/editor-queries";
import { getDb } from "@/lib/platform/db";
import { ForbiddenError, UnauthenticatedError } from "@/lib/platform/errors";
import { brands, productVariants } from "@/models";
import { makeCategory, makeProduct, makeSeller, makeUser, unique } from "../support/fixtures";

let own: Awaited<ReturnType<typeof makeSeller>>;
let other: Awaited<ReturnType<typeof makeSeller>>;
let root: Awaited<ReturnType<typeof makeCategory>>;
let leaf: Awaited<ReturnType<typeof makeCategory>>;
const word = unique("Kettle").replace(/-/g, "");
const mine: Record<string, string> = {};
let othersVariantId: string;

beforeAll(async () => {
  [own, other] = await Promise.all([makeSeller("Own store"), makeSeller("Other store")]);
  root = await makeCategory(null, unique("Kitchen"));
  leaf = await makeCategory(root.id, unique("Kettles"));
  const make = (sellerId: string, title: string, extra: Partial<Parameters<typeof makeProduct>[0]> = {}) =>
    makeProduct({ sellerId, categoryId: leaf.id, title, ...extra });

  const [steel, copper, draft, archived, bundle, digital, inactive, theirs] = await Promise.all([
    make(own.seller.id, `Steel ${word} 1.5 L`, { stockOnHand: 7 }),
    make(own.seller.id, `Copper ${word}`),
    make(own.seller.id, `Glass ${word}`, { status: "draft" }),
    make(own.seller.id, `Old ${word}`, { status: "archived" }),
    make(own.seller.id, `${word} gift set`, { type: "bundle" }),
    make(own.seller.id, `${word} manual`, { type: "digital" }),
    make(own.seller.id, `Hidden ${word}`),
    make(other.seller.id, `Rival ${word}`),
  ]);
  const db = await getDb();
  await db.update(productVariants).set({ isActive: false }).where(eq(productVariants.id, inactive.variant.id));
  Object.assign(mine, {
    steel: steel.variant.id,
    copper: copper.variant.id,
    draft: draft.variant.id,
    archived: archived.variant.id,
    bundle: bundle.variant.id,
    digital: digital.variant.id,
    inactive: inactive.variant.id,
  });
  othersVariantId = theirs.variant.id;
});

describe("listCategoryOptions", () => {
  it("names each category leaf-first with its ancestors and marks leaves", async () => {
    const options = await listCategoryOptions();
    const child = options.find((o) => o.id === leaf.id);
    const parent = options.find((o) => o.id === root.id);
    expect(child).toEqual({ id: leaf.id, name: leaf.name, parents: root.name, isLeaf: true });
    expect(parent).toEqual({ id: root.id, name: root.name, parents: "", isLeaf: false });
  });
});

describe("listBrandOptions", () => {
  it("lists brands A–Z regardless of case", async () => {
    const db = await getDb();
    const stem = unique("brand");
    await db.insert(brands).values([
      { name: `zeta ${stem}`, slug: `${stem}-z` },
      { name: `Alpha ${stem}`, slug: `${stem}-a` },
    ]);
    const names = (await listBrandOptions()).map((b) => b.name).filter((n) => n.endsWith(stem));
    expect(names).toEqual([`Alpha ${stem}`, `zeta ${stem}`]);
  });
});

describe("searchSellerVariants", () => {
  it("finds the seller's own pickable variants by title words, with price, stock and SKU", async () => {
    const found = await searchSellerVariants(own.actor, `steel ${word.toLowerCase()}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: mine.steel, productTitle: `Steel ${word} 1.5 L`, variantTitle: "Standard", pricePaise: 50_000, available: 7, thumbUrl: null });
  });

  it("finds a variant by its SKU", async () => {
    const db = await getDb();
    const [steel] = await db.select({ sku: productVariants.sku }).from(productVariants).where(eq(productVariants.id, mine.steel));
    const found = await searchSellerVariants(own.actor, steel.sku.toLowerCase());
    expect(found.map((v) => v.id)).toEqual([mine.steel]);
  });

  it("offers only active variants of live physical products — and never another seller's variants", async () => {
    const ids = (await searchSellerVariants(own.actor, word)).map((v) => v.id).sort();
    expect(ids).toEqual([mine.steel, mine.copper].sort());
    expect(ids).not.toContain(othersVariantId);
    const theirs = (await searchSellerVariants(other.actor, word)).map((v) => v.id);
    expect(theirs).toEqual([othersVariantId]);
  });

  it("treats LIKE wildcards literally", async () => {
    expect(await searchSellerVariants(own.actor, "%")).toEqual([]);
  });

  it("refuses anyone who is not a seller with a store", async () => {
    const customer = await makeUser("customer");
    const storeless: Actor = { ...own.actor, sellerId: null };
    await expect(searchSellerVariants(null, word)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(searchSellerVariants(customer, word)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchSellerVariants(storeless, word)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
