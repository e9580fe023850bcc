/** Cart test fixtures: a seller with a category tree (GST rates), products, a bundle and carts. */
import { eq } from "drizzle-orm";
import { syncBundleStock } from "@/lib/catalog/bundle-service";
import { createGuestCart, ensureUserCart } from "@/lib/cart/cart-store";
import { getDb } from "@/lib/platform/db";
import { bundleItems, categories, products, productVariants } from "@/models";
import { makeCategory, makeProduct, makeSeller, unique } from "./fixtures";

export async function cartWorld() {
  const db = await getDb();
  const { seller } = await makeSeller("Cart store");
  const { seller: other } = await makeSeller("Other store");
  const root = await makeCategory(null, "Grocery");
  await db.update(categories).set({ gstRateBp: 500 }).where(eq(categories.id, root.id));
  const child = await makeCategory(root.id, "Snacks");
  const plain = await makeCategory(null, "Untaxed root");
  return { seller, other, root, child, plain };
}

export async function makeBundle(sellerId: string, categoryId: string, parts: { variantId: string; quantity: number }[], pricePaise = 30_000) {
  const db = await getDb();
  const [product] = await db
    .insert(products)
    .values({ sellerId, categoryId, title: "Breakfast bundle", slug: unique("bundle"), status: "active", type: "bundle" })
    .returning();
  const [variant] = await db
    .insert(productVariants)
    .values({ productId: product.id, sku: unique("BND"), title: "Standard", pricePaise, mrpPaise: pricePaise + 5_000, stockOnHand: 0 })
    .returning();
  await db.insert(bundleItems).values(parts.map((p, position) => ({ bundleProductId: product.id, componentVariantId: p.variantId, quantity: p.quantity, position })));
  await syncBundleStock(db, { bundleProductIds: [product.id] });
  return { product, variant };
}

export { makeProduct };

export async function guestCart(): Promise<string> {
  return createGuestCart(await getDb());
}

export async function userCart(userId: string): Promise<string> {
  return ensureUserCart(await getDb(), userId);
}
