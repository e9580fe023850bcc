/**
 * Integration-test fixtures: users, sellers, categories and products written straight to the
 * database with names unique to the test run, so suites share a database without colliding.
 */
import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { ProductEditorInput } from "@/lib/catalog/product-schemas";
import { suggestSku, variantCombinations } from "@/lib/catalog/variant-matrix";
import { digitalFileKey, imageUploadKey, newUploadId } from "@/lib/media/keys";
import { getDb } from "@/lib/platform/db";
import { getStorage } from "@/lib/platform/storage";
import { categories, products, productVariants, sellers, users, type AttributeValues, type ProductStatus, type ProductType } from "@/models";
import type { Role } from "@/models/identity";

const run = randomUUID().slice(0, 8);
let seq = 0;

/** `name` made unique to this test run (and call). */
export function unique(name: string): string {
  seq += 1;
  return `${name}-${run}-${seq}`;
}

export async function makeUser(role: Role = "customer", name = "Test user"): Promise<Actor> {
  const db = await getDb();
  const [user] = await db.insert(users).values({ email: `${unique("user")}@example.test`, name, role }).returning();
  return { id: user.id, email: user.email, name: user.name, role: user.role, sellerId: null };
}

/** A seller owned by a new user with the seller role; the returned actor is signed in as that owner. */
export async function makeSeller(name = "Test store") {
  const db = await getDb();
  const owner = await makeUser("seller", name);
  const [seller] = await db
    .insert(sellers)
    .values({ ownerUserId: owner.id, name: unique(name), slug: unique("store"), status: "active", city: "Pune", state: "Maharashtra", pincode: "411001" })
    .returning();
  const actor: Actor = { ...owner, sellerId: seller.id };
  return { seller, actor };
}

/** A category; under a parent its path and depth continue the parent's, as in the real tree. */
export async function makeCategory(parentId: string | null = null, name = "Test category") {
  const db = await getDb();
  const slug = unique("cat");
  const [parent] = parentId ? await db.select().from(categories).where(eq(categories.id, parentId)) : [];
  const [category] = await db
    .insert(categories)
    .values({ parentId, name, slug, path: parent ? `${parent.path}/${slug}` : slug, depth: parent ? parent.depth + 1 : 0 })
    .returning();
  return category;
}

export interface ProductFixture {
  sellerId: string;
  categoryId: string;
  status?: ProductStatus;
  type?: ProductType;
  title?: string;
  pricePaise?: number;
  /** Default: the price + ₹100. */
  mrpPaise?: number;
  stockOnHand?: number;
  brandId?: string | null;
  attributes?: AttributeValues;
  ratingX100?: number;
  ratingCount?: number;
}

/** A product with one variant. */
export async function makeProduct({
  sellerId,
  categoryId,
  status = "active",
  type = "physical",
  title = "Test product",
  pricePaise = 50_000,
  mrpPaise = pricePaise + 10_000,
  stockOnHand = 100,
  brandId = null,
  attributes = {},
  ratingX100 = 0,
  ratingCount = 0,
}: ProductFixture) {
  const db = await getDb();
  const [product] = await db
    .insert(products)
    .values({ sellerId, categoryId, title, slug: unique("p"), status, type, brandId, attributes, ratingX100, ratingCount })
    .returning();
  const [variant] = await db
    .insert(productVariants)
    .values({ productId: product.id, sku: unique("SKU"), title: "Standard", pricePaise, mrpPaise, stockOnHand })
    .returning();
  return { product, variant };
}

/**
 * What the seller's product form sends for a physical product: one variant per combination of
 * `options` (a single "Standard" variant without options), each ₹499 (MRP ₹599) with 10 in stock.
 */
export function editorInput(categoryId: string, { options = [], ...over }: Partial<ProductEditorInput> = {}): ProductEditorInput {
  const base = unique("S").replace(/-/g, "");
  return {
    type: "physical",
    title: "Handloom cotton kurta",
    description: "Soft handloom cotton, hand-finished seams.",
    categoryId,
    options,
    variants: variantCombinations(options).map((optionValues) => ({
      optionValues,
      sku: suggestSku(base, options, optionValues),
      price: "499",
      mrp: "599",
      stock: "10",
      lowStockThreshold: "5",
    })),
    ...over,
  };
}

/** An image as if the seller had uploaded it (stored at its upload key); returns the editor's image value. */
export async function uploadedImage(sellerId: string, alt = "Front view") {
  const storageKey = imageUploadKey(sellerId, newUploadId(), 1280);
  await getStorage().put(storageKey, Buffer.from("not really a webp"), "image/webp");
  return { storageKey, alt, width: 1280, height: 1280 };
}

/** A digital file as if the seller had uploaded it; returns the editor's digitalFile value. */
export async function uploadedDigitalFile(sellerId: string, fileName = "guide.pdf") {
  const bytes = Buffer.from("%PDF-1.4 sample");
  const storageKey = digitalFileKey(sellerId, newUploadId(), fileName);
  await getStorage().put(storageKey, bytes, "application/pdf");
  return { storageKey, fileName, contentType: "application/pdf", sizeBytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}
