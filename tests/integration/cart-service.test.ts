import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCartLines } from "@/lib/cart/queries";
import { MAX_ITEMS_PER_ORDER } from "@/lib/cart/rules";
import { acceptPrices, addItem, ITEM_NOT_FOUND, moveItemToCart, removeItem, saveItemForLater, setItemQuantity } from "@/lib/cart/service";
import { cartView } from "@/lib/cart/view";
import { getDb } from "@/lib/platform/db";
import { NotFoundError, ValidationError } from "@/lib/platform/errors";
import { cartItems, deals, productVariants, products } from "@/models";
import { cartWorld, guestCart, makeProduct, userCart } from "../support/cart-fixtures";
import { makeUser } from "../support/fixtures";
import { rejectsWith } from "../support/rejects";

let world: Awaited<ReturnType<typeof cartWorld>>;

beforeAll(async () => {
  world = await cartWorld();
});

const product = (over: Parameters<typeof makeProduct>[0] extends infer P ? Partial<P> : never = {}) =>
  makeProduct({ sellerId: world.seller.id, categoryId: world.child.id, ...over });

describe("adding to a cart", () => {
  it("adds at today's price, adds up repeated adds and keeps one line per variant", async () => {
    const cart = await guestCart();
    const { variant } = await product({ pricePaise: 12_345 });
    await addItem(cart, { variantId: variant.id, quantity: 2 });
    const second = await addItem(cart, { variantId: variant.id, quantity: "1" });
    expect(second.quantity).toBe(3);
    const [line] = await loadCartLines(await getDb(), cart);
    expect(line).toMatchObject({ variantId: variant.id, quantity: 3, unitPricePaise: 12_345, pricePaiseWhenAdded: 12_345, dealId: null, purchasable: true });
  });

  it("'buy now' makes sure the item is in the cart without adding to its quantity", async () => {
    const cart = await guestCart();
    const { variant } = await product();
    await addItem(cart, { variantId: variant.id, quantity: 2 });
    expect((await addItem(cart, { variantId: variant.id, quantity: 1, buyNow: true })).quantity).toBe(2);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const cart = await guestCart();
    const err = await rejectsWith(addItem(cart, { variantId: "not-a-uuid", quantity: "lots" }), ValidationError);
    expect(Object.keys(err.fieldErrors).sort()).toEqual(["quantity", "variantId"]);
    const zero = await rejectsWith(addItem(cart, { variantId: crypto.randomUUID(), quantity: 0 }), ValidationError);
    expect(zero.fieldErrors.quantity).toEqual(["Choose a quantity of at least 1"]);
    const unknown = await rejectsWith(addItem(cart, { variantId: crypto.randomUUID() }), ValidationError);
    expect(unknown.fieldErrors.variantId).toEqual(["This product is no longer sold."]);
    expect(await loadCartLines(await getDb(), cart)).toEqual([]);
  });

  it("refuses products not on sale, more than the stock and more than 10 of an item", async () => {
    const cart = await guestCart();
    const draft = await product({ status: "draft" });
    await rejectsWith(addItem(cart, { variantId: draft.variant.id }), ValidationError);
    const scarce = await product({ stockOnHand: 2 });
    const stock = await rejectsWith(addItem(cart, { variantId: scarce.variant.id, quantity: 3 }), ValidationError);
    expect(stock.fieldErrors.quantity).toEqual(["Only 2 left."]);
    const plenty = await product({ stockOnHand: 500 });
    await addItem(cart, { variantId: plenty.variant.id, quantity: 9 });
    const limit = await rejectsWith(addItem(cart, { variantId: plenty.variant.id, quantity: 2 }), ValidationError);
    expect(limit.fieldErrors.quantity).toEqual(["You can buy at most 10 of an item; you can add 1 more."]);
    expect((await loadCartLines(await getDb(), cart)).map((l) => l.quantity)).toEqual([9]);
  });

  it("refuses a new line past the distinct-items limit", async () => {
    const db = await getDb();
    const cart = await guestCart();
    const made = await Promise.all(Array.from({ length: MAX_ITEMS_PER_ORDER + 1 }, () => product()));
    await db.insert(cartItems).values(made.slice(0, MAX_ITEMS_PER_ORDER).map(({ variant }) => ({ cartId: cart, variantId: variant.id, quantity: 1, pricePaiseWhenAdded: variant.pricePaise })));
    const err = await rejectsWith(addItem(cart, { variantId: made[MAX_ITEMS_PER_ORDER].variant.id }), ValidationError);
    expect(err.fieldErrors.variantId?.[0]).toMatch(/at most 30 different items/);
  });

  it("concurrent adds to one cart never pass the per-item limit", async () => {
    const cart = await guestCart();
    const { variant } = await product({ stockOnHand: 500 });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => addItem(cart, { variantId: variant.id, quantity: 3 })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const [line] = await loadCartLines(await getDb(), cart);
    expect(line.quantity).toBe(9);
  });
});

describe("deals, bundles and digital goods", () => {
  it("prices a line at a live deal while the deal has room for its quantity", async () => {
    const db = await getDb();
    const cart = await guestCart();
    const { variant } = await product({ pricePaise: 20_000 });
    const [deal] = await db
      .insert(deals)
      .values({ variantId: variant.id, sellerId: world.seller.id, dealPricePaise: 15_000, startsAt: sql`now() - interval '1 hour'`, endsAt: sql`now() + interval '1 hour'`, quantityCap: 2 })
      .returning();
    await addItem(cart, { variantId: variant.id, quantity: 2 });
    let [line] = await loadCartLines(db, cart);
    expect(line).toMatchObject({ unitPricePaise: 15_000, dealId: deal.id, pricePaiseWhenAdded: 15_000 });
    await db.update(deals).set({ soldCount: 1 }).where(eq(deals.id, deal.id));
    [line] = await loadCartLines(db, cart);
    expect(line).toMatchObject({ unitPricePaise: 20_000, dealId: null, pricePaiseWhenAdded: 15_000 });
    expect(cartView([line]).items[0].notices.map((n) => n.kind)).toEqual(["price_up"]);
  });
});

describe("price and stock changes", () => {
  it("shows a change instead of applying it, until the shopper accepts the new price", async () => {
    const db = await getDb();
    const cart = await guestCart();
    const { variant } = await product({ pricePaise: 10_000, stockOnHand: 10 });
    const added = await addItem(cart, { variantId: variant.id, quantity: 3 });
    await db.update(productVariants).set({ pricePaise: 11_000, mrpPaise: 20_000, stockReserved: 8 }).where(eq(productVariants.id, variant.id));
    const view = cartView(await loadCartLines(db, cart));
    expect(view.items[0]).toMatchObject({ unitPricePaise: 11_000, pricePaiseWhenAdded: 10_000, available: 2 });
    expect(view.items[0].notices.map((n) => n.kind)).toEqual(["low_stock", "price_up"]);
    expect(view.canCheckout).toBe(false);

    expect(await acceptPrices(cart, { itemId: added.itemId })).toBe(1);
    await setItemQuantity(cart, { itemId: added.itemId, quantity: 2 });
    const after = cartView(await loadCartLines(db, cart));
    expect(after.items[0]).toMatchObject({ pricePaiseWhenAdded: 11_000, quantity: 2, notices: [] });
    expect(after.canCheckout).toBe(true);
  });

  it("marks lines whose product left the catalogue and blocks checkout", async () => {
    const db = await getDb();
    const cart = await guestCart();
    const { product: p, variant } = await product();
    await addItem(cart, { variantId: variant.id });
    await db.update(products).set({ status: "archived" }).where(eq(products.id, p.id));
    const view = cartView(await loadCartLines(db, cart));
    expect(view.items[0].notices).toEqual([expect.objectContaining({ kind: "unavailable", blocking: true })]);
    expect(view.canCheckout).toBe(false);
  });
});

describe("save for later", () => {
  it("moves lines out of the totals and back in, re-checking stock on the way back", async () => {
    const db = await getDb();
    const cart = await guestCart();
    const a = await product({ pricePaise: 1_000 });
    const b = await product({ pricePaise: 2_000, stockOnHand: 5 });
    await addItem(cart, { variantId: a.variant.id });
    const saved = await addItem(cart, { variantId: b.variant.id, quantity: 2 });
    await saveItemForLater(cart, { itemId: saved.itemId });
    let view = cartView(await loadCartLines(db, cart));
    expect(view.summary.subtotalPaise).toBe(1_000);
    expect(view.saved.map((s) => s.id)).toEqual([saved.itemId]);

    await db.update(productVariants).set({ stockOnHand: 0 }).where(eq(productVariants.id, b.variant.id));
    const err = await rejectsWith(moveItemToCart(cart, { itemId: saved.itemId }), ValidationError);
    expect(err.fieldErrors.itemId?.[0]).toMatch(/out of stock/);
    await db.update(productVariants).set({ stockOnHand: 5 }).where(eq(productVariants.id, b.variant.id));
    await moveItemToCart(cart, { itemId: saved.itemId });
    view = cartView(await loadCartLines(db, cart));
    expect(view.summary).toMatchObject({ subtotalPaise: 5_000, unitCount: 3 });
    await removeItem(cart, { itemId: saved.itemId });
    expect((await loadCartLines(db, cart)).map((l) => l.variantId)).toEqual([a.variant.id]);
  });
});

describe("another cart's items", () => {
  it("are not found from another user's or guest's cart, and stay unchanged", async () => {
    const db = await getDb();
    const alice = await makeUser("customer", "Alice");
    const bob = await makeUser("customer", "Bob");
    const aliceCart = await userCart(alice.id);
    const bobCart = await userCart(bob.id);
    const stranger = await guestCart();
    const { variant } = await product();
    const item = await addItem(aliceCart, { variantId: variant.id, quantity: 2 });
    for (const cart of [bobCart, stranger, null]) {
      const notFound = await rejectsWith(setItemQuantity(cart, { itemId: item.itemId, quantity: 5 }), NotFoundError);
      expect(notFound.message).toBe(ITEM_NOT_FOUND);
      await rejectsWith(removeItem(cart, { itemId: item.itemId }), NotFoundError);
      await rejectsWith(saveItemForLater(cart, { itemId: item.itemId }), NotFoundError);
      await rejectsWith(acceptPrices(cart, { itemId: item.itemId }), NotFoundError);
    }
    const [row] = await db.select().from(cartItems).where(eq(cartItems.id, item.itemId));
    expect(row).toMatchObject({ cartId: aliceCart, quantity: 2, savedForLater: false });
    const bad = await rejectsWith(setItemQuantity(aliceCart, { itemId: "x", quantity: 99 }), ValidationError);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["itemId", "quantity"]);
  });
});
