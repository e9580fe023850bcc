import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addItemsToCart, clearPurchasedItems, loadCheckoutLines } from "@/lib/cart/checkout-bridge";
import { mergeGuestCart, resolveCart } from "@/lib/cart/cart-resolve";
import { loadCartLines } from "@/lib/cart/queries";
import { addItem, saveItemForLater } from "@/lib/cart/service";
import { getDb } from "@/lib/platform/db";
import { carts, productImages, productVariants, searchInteractions, searchQueries } from "@/models";
import { cartWorld, guestCart, makeBundle, makeProduct, userCart } from "../support/cart-fixtures";
import { makeUser } from "../support/fixtures";

let world: Awaited<ReturnType<typeof cartWorld>>;

beforeAll(async () => {
  world = await cartWorld();
});

describe("loadCheckoutLines (the checkout contract)", () => {
  it("returns the user's cart lines with seller, tax, bundle and availability facts", async () => {
    const db = await getDb();
    const user = await makeUser();
    const cart = await userCart(user.id);
    const tea = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id, title: "Tea", pricePaise: 25_000, stockOnHand: 40 });
    await db.insert(productImages).values({ productId: tea.product.id, storageKey: "seed/tea.webp", alt: "Tea", width: 600, height: 600 });
    const rusk = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id, title: "Rusk", pricePaise: 5_000, stockOnHand: 7 });
    const bundle = await makeBundle(world.seller.id, world.child.id, [
      { variantId: tea.variant.id, quantity: 1 },
      { variantId: rusk.variant.id, quantity: 2 },
    ]);
    const ebook = await makeProduct({ sellerId: world.other.id, categoryId: world.plain.id, title: "Recipe e-book", type: "digital", pricePaise: 9_900, stockOnHand: 1_000_000 });
    await addItem(cart, { variantId: tea.variant.id, quantity: 2 });
    await addItem(cart, { variantId: bundle.variant.id });
    await addItem(cart, { variantId: ebook.variant.id });
    const saved = await addItem(cart, { variantId: rusk.variant.id });
    await saveItemForLater(cart, { itemId: saved.itemId });

    const lines = await loadCheckoutLines(user.id);
    expect(lines.map((l) => l.title).sort()).toEqual(["Breakfast bundle", "Recipe e-book", "Tea"]);
    const teaLine = lines.find((l) => l.variantId === tea.variant.id);
    expect(teaLine).toEqual({
      cartItemId: expect.any(String),
      variantId: tea.variant.id,
      productId: tea.product.id,
      slug: tea.product.slug,
      sellerId: world.seller.id,
      sellerName: world.seller.name,
      sellerState: "Maharashtra",
      sellerPincode: "411001",
      productType: "physical",
      title: "Tea",
      variantTitle: "Standard",
      sku: tea.variant.sku,
      imageKey: "seed/tea.webp",
      quantity: 2,
      unitPricePaise: 25_000,
      mrpPaise: 35_000,
      dealId: null,
      pricePaiseWhenAdded: 25_000,
      available: 40,
      categoryId: world.child.id,
      categoryPath: world.child.path,
      gstRateBp: 500, // inherited from the root
      components: null,
      purchasable: true,
    });
    const bundleLine = lines.find((l) => l.variantId === bundle.variant.id);
    expect(bundleLine).toMatchObject({ productType: "bundle", available: 3, components: [{ variantId: tea.variant.id, quantity: 1 }, { variantId: rusk.variant.id, quantity: 2 }] });
    expect(lines.find((l) => l.variantId === ebook.variant.id)).toMatchObject({ productType: "digital", gstRateBp: 1800, sellerId: world.other.id, components: null });
  });

  it("is empty for a user without a cart", async () => {
    expect(await loadCheckoutLines(randomUUID())).toEqual([]);
  });

  it("clearPurchasedItems removes the bought lines only, keeping saved ones and other users' carts", async () => {
    const db = await getDb();
    const user = await makeUser();
    const other = await makeUser();
    const a = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id });
    const b = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id });
    const mine = await userCart(user.id);
    const theirs = await userCart(other.id);
    await addItem(mine, { variantId: a.variant.id });
    const savedB = await addItem(mine, { variantId: b.variant.id });
    await saveItemForLater(mine, { itemId: savedB.itemId });
    await addItem(theirs, { variantId: a.variant.id });
    await db.transaction((tx) => clearPurchasedItems(tx, user.id, [a.variant.id, b.variant.id]));
    expect((await loadCartLines(db, mine)).map((l) => [l.variantId, l.savedForLater])).toEqual([[b.variant.id, true]]);
    expect(await loadCartLines(db, theirs)).toHaveLength(1);
  });

  it("addItemsToCart (reorder) adds what it can and says why it skipped the rest", async () => {
    const db = await getDb();
    const user = await makeUser();
    const ok = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id });
    const gone = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id });
    await db.update(productVariants).set({ isActive: false }).where(eq(productVariants.id, gone.variant.id));
    const empty = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id, stockOnHand: 0 });
    const result = await addItemsToCart(user.id, [
      { variantId: ok.variant.id, quantity: 2 },
      { variantId: gone.variant.id, quantity: 1 },
      { variantId: empty.variant.id, quantity: 1 },
    ]);
    expect(result).toEqual({
      added: 1,
      skipped: [
        { variantId: gone.variant.id, reason: "This product is no longer sold." },
        { variantId: empty.variant.id, reason: "This item is out of stock right now." },
      ],
    });
    expect((await loadCheckoutLines(user.id)).map((l) => [l.variantId, l.quantity])).toEqual([[ok.variant.id, 2]]);
  });
});

describe("merging a guest cart on sign-in", () => {
  it("joins the guest's lines into the account cart, deletes the guest cart, and is a no-op the second time", async () => {
    const db = await getDb();
    const user = await makeUser();
    const shared = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id });
    const accountOnly = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id });
    const guestOnly = await makeProduct({ sellerId: world.other.id, categoryId: world.child.id });
    const account = await userCart(user.id);
    await addItem(account, { variantId: shared.variant.id, quantity: 1 });
    await addItem(account, { variantId: accountOnly.variant.id, quantity: 1 });
    const guest = await guestCart();
    await addItem(guest, { variantId: shared.variant.id, quantity: 3 });
    await addItem(guest, { variantId: guestOnly.variant.id, quantity: 2 });

    const resolved = await resolveCart({ userId: user.id, guestCartId: guest });
    expect(resolved).toMatchObject({ cartId: account, createdGuestCartId: null, merge: { merged: true, movedToSaved: 0, dropped: 0 } });
    const quantities = Object.fromEntries((await loadCheckoutLines(user.id)).map((l) => [l.variantId, l.quantity]));
    expect(quantities).toEqual({ [shared.variant.id]: 3, [accountOnly.variant.id]: 1, [guestOnly.variant.id]: 2 });
    expect(await db.select().from(carts).where(eq(carts.id, guest))).toEqual([]);
    expect((await mergeGuestCart(user.id, guest)).merged).toBe(false);
  });

  it("makes the user's account cart from the guest cart when there was none", async () => {
    const user = await makeUser();
    const p = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id });
    const guest = await guestCart();
    await addItem(guest, { variantId: p.variant.id, quantity: 2 });
    await mergeGuestCart(user.id, guest);
    expect((await loadCheckoutLines(user.id)).map((l) => l.quantity)).toEqual([2]);
  });

  it("never takes another user's cart as a guest cart", async () => {
    const alice = await makeUser();
    const mallory = await makeUser();
    const p = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id });
    const aliceCart = await userCart(alice.id);
    await addItem(aliceCart, { variantId: p.variant.id });
    expect((await mergeGuestCart(mallory.id, aliceCart)).merged).toBe(false);
    expect(await resolveCart({ userId: null, guestCartId: aliceCart })).toMatchObject({ cartId: null });
    expect(await loadCheckoutLines(alice.id)).toHaveLength(1);
    expect(await loadCheckoutLines(mallory.id)).toEqual([]);
  });

  it("creates a guest cart only when asked to", async () => {
    expect(await resolveCart({ userId: null, guestCartId: null })).toMatchObject({ cartId: null, createdGuestCartId: null });
    const made = await resolveCart({ userId: null, guestCartId: randomUUID() }, { create: true });
    expect(made.cartId).toBe(made.createdGuestCartId);
  });
});

describe("search attribution", () => {
  it("records an add_to_cart interaction for the search the product was found with; an unknown search is ignored", async () => {
    const db = await getDb();
    const p = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id });
    const [query] = await db
      .insert(searchQueries)
      .values({ query: "tea", normalized: "tea", sort: "relevance", resultCount: 3, tookMs: 4 })
      .returning();
    const cart = await guestCart();
    await addItem(cart, { variantId: p.variant.id, searchQueryId: query.id });
    await addItem(cart, { variantId: p.variant.id, searchQueryId: randomUUID() });
    const rows = await db.select().from(searchInteractions).where(and(eq(searchInteractions.queryId, query.id), eq(searchInteractions.productId, p.product.id)));
    expect(rows.map((r) => r.kind)).toEqual(["add_to_cart"]);
    const [line] = await loadCartLines(db, cart);
    expect(line.quantity).toBe(2);
  });
});

describe("stale guest carts", () => {
  it("are purged after the cookie's lifetime; account carts and fresh guest carts stay", async () => {
    const db = await getDb();
    const { purgeStaleGuestCarts } = await import("@/lib/cart/purge-job");
    const old = await guestCart();
    const fresh = await guestCart();
    const user = await makeUser();
    const account = await userCart(user.id);
    const p = await makeProduct({ sellerId: world.seller.id, categoryId: world.child.id });
    await addItem(old, { variantId: p.variant.id });
    await db.update(carts).set({ updatedAt: new Date(Date.now() - 40 * 86_400_000) }).where(inArray(carts.id, [old, account]));
    expect(await purgeStaleGuestCarts()).toBeGreaterThanOrEqual(1);
    const left = (await db.select({ id: carts.id }).from(carts).where(inArray(carts.id, [old, fresh, account]))).map((r) => r.id);
    expect(left.sort()).toEqual([fresh, account].sort());
  });
});
