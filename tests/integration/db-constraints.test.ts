import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows, type Db } from "@/lib/platform/db";
import { categories, productVariants, products, sellers, users } from "@/models";

let db: Db;
let productId: string;

/** Expects the write to fail on one of the named constraints (PostgreSQL reports the first it checks). */
async function rejects(run: () => Promise<unknown>, ...constraints: string[]) {
  const error = await run().then(
    () => null,
    (err: unknown) => err,
  );
  expect(error, `expected ${constraints.join(" or ")} to refuse the write`).not.toBeNull();
  const text = `${String(error)} ${String((error as { cause?: unknown }).cause ?? "")}`;
  expect(constraints.some((c) => text.includes(c)), text).toBe(true);
}

beforeAll(async () => {
  db = await getDb();
  const tag = randomUUID().slice(0, 8);
  const [owner] = await db.insert(users).values({ email: `owner-${tag}@example.test`, name: "Owner", role: "seller" }).returning();
  const [seller] = await db
    .insert(sellers)
    .values({ ownerUserId: owner.id, name: `Shop ${tag}`, slug: `shop-${tag}`, city: "Pune", state: "Maharashtra", pincode: "411001" })
    .returning();
  const [category] = await db.insert(categories).values({ name: `Cat ${tag}`, slug: `cat-${tag}`, path: `cat-${tag}` }).returning();
  const [product] = await db
    .insert(products)
    .values({ sellerId: seller.id, categoryId: category.id, title: `Product ${tag}`, slug: `product-${tag}` })
    .returning();
  productId = product.id;
});

function variant(overrides: Partial<typeof productVariants.$inferInsert> = {}) {
  return { productId, sku: `SKU-${randomUUID()}`, title: "Default", pricePaise: 10000, mrpPaise: 12000, stockOnHand: 5, ...overrides };
}

describe("database constraints", () => {
  it("has pg_trgm and unaccent available", async () => {
    const rows = await queryRows(db, sql`select similarity('atta', 'aata') > 0 as trgm, unaccent('café') = 'cafe' as unaccented`);
    expect(rows[0]).toEqual({ trgm: true, unaccented: true });
  });

  it("keeps SKUs unique", async () => {
    const sku = `SKU-${randomUUID()}`;
    await db.insert(productVariants).values(variant({ sku }));
    await rejects(() => db.insert(productVariants).values(variant({ sku })), "product_variants_sku_unique");
  });

  it("never lets stock go negative or reserve more than on hand", async () => {
    await rejects(
      () => db.insert(productVariants).values(variant({ stockOnHand: -1 })),
      "product_variants_stock_nonneg",
      "product_variants_reserved_lte_on_hand",
    );
    await rejects(() => db.insert(productVariants).values(variant({ stockReserved: 6 })), "product_variants_reserved_lte_on_hand");
    const [row] = await db.insert(productVariants).values(variant({ stockOnHand: 1 })).returning();
    await rejects(
      () => db.update(productVariants).set({ stockOnHand: sql`${productVariants.stockOnHand} - 2` }).where(eq(productVariants.id, row.id)),
      "product_variants_stock_nonneg",
      "product_variants_reserved_lte_on_hand",
    );
  });

  it("stores money as integers with MRP at or above price", async () => {
    await rejects(() => db.insert(productVariants).values(variant({ pricePaise: 15000, mrpPaise: 12000 })), "product_variants_mrp_gte_price");
    await rejects(() => db.insert(productVariants).values(variant({ pricePaise: -1 })), "product_variants_price_nonneg");
    await expect(db.insert(productVariants).values(variant({ pricePaise: 99.5 as number }))).rejects.toThrow();
  });

  it("keeps emails unique regardless of case", async () => {
    const email = `Case-${randomUUID()}@Example.test`;
    await db.insert(users).values({ email, name: "A" });
    await rejects(() => db.insert(users).values({ email: email.toLowerCase(), name: "B" }), "users_email_lower_key");
  });
});
