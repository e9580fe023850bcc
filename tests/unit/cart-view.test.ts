import { describe, expect, it } from "vitest";
import type { CartLine } from "@/lib/cart/types";
import { cartView, MINI_CART_ITEMS, miniCart } from "@/lib/cart/view";

let n = 0;
function line(over: Partial<CartLine> = {}): CartLine {
  n += 1;
  return {
    cartItemId: `item-${n}`,
    variantId: `v-${n}`,
    productId: `p-${n}`,
    slug: `thing-${n}`,
    sellerId: "s1",
    sellerName: "Shop",
    sellerState: "Karnataka",
    sellerPincode: "560001",
    productType: "physical",
    title: `Thing ${n}`,
    variantTitle: "Standard",
    sku: `SKU ${n}`,
    imageKey: null,
    quantity: 1,
    unitPricePaise: 10_000,
    mrpPaise: 12_000,
    dealId: null,
    pricePaiseWhenAdded: 10_000,
    available: 5,
    categoryId: "c",
    categoryPath: "c",
    gstRateBp: 1800,
    components: null,
    purchasable: true,
    savedForLater: false,
    currency: "INR",
    addedAt: new Date(0),
    ...over,
  };
}

describe("cartView", () => {
  it("totals the cart lines only and links each to its product and variant", () => {
    const view = cartView([line({ quantity: 2 }), line({ savedForLater: true, unitPricePaise: 99_900 }), line({ sellerId: "s2", dealId: "d" })]);
    expect(view.summary).toMatchObject({ lineCount: 2, unitCount: 3, subtotalPaise: 30_000, savingsPaise: 6_000, sellerCount: 2 });
    expect(view.saved).toHaveLength(1);
    expect(view.items[0].href).toMatch(/^\/p\/thing-\d+\?variant=SKU%20\d+$/);
    expect(view.items[1].onDeal).toBe(true);
    expect(view.canCheckout).toBe(true);
  });

  it("cannot check out while a line has a blocking notice, and a saved line never blocks", () => {
    const view = cartView([line({ unitPricePaise: 11_000 }), line({ savedForLater: true, available: 0 })]);
    expect(view.blockingCount).toBe(1);
    expect(view.canCheckout).toBe(false);
    expect(cartView([]).canCheckout).toBe(false);
  });

  it("mini-cart keeps the first lines and flags attention", () => {
    const lines = Array.from({ length: MINI_CART_ITEMS + 2 }, () => line());
    const mini = miniCart(cartView([...lines, line({ available: 0 })]));
    expect(mini.items).toHaveLength(MINI_CART_ITEMS);
    expect(mini).toMatchObject({ lineCount: MINI_CART_ITEMS + 3, attention: true });
  });
});
