import { describe, expect, it } from "vitest";
import type { CheckoutLine } from "@/lib/cart/types";
import { mergeItems, reservationItems } from "@/lib/inventory/rules";
import type { DeliveryQuote } from "@/lib/shipping/rules";
import { lineProblems, paymentMethodProblem, pickDeliveryOption, requestHash, sellerParts } from "@/lib/workflows/checkout-rules";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const C = "00000000-0000-4000-8000-00000000000c";

function line(over: Partial<CheckoutLine> = {}): CheckoutLine {
  return {
    cartItemId: "item-1", variantId: A, productId: "p1", slug: "p1", sellerId: "s1", sellerName: "Store one", sellerState: "Karnataka",
    sellerPincode: "560001", productType: "physical", title: "Kettle", variantTitle: "Standard", sku: "K1", imageKey: null, quantity: 1,
    unitPricePaise: 100_00, mrpPaise: 120_00, dealId: null, pricePaiseWhenAdded: 100_00, available: 5, categoryId: "c1", categoryPath: "home",
    gstRateBp: 1800, components: null, purchasable: true, ...over,
  };
}

function quote(option: DeliveryQuote["option"], feePaise: number, available = true): DeliveryQuote {
  return { option, available, unavailableReason: available ? null : "Past today's cut-off", feePaise, freeAbovePaise: null, promisedBy: new Date(), label: "Tomorrow", orderWithin: null };
}

describe("inventory rules", () => {
  it("a bundle reserves its components × quantity; quantities merge per variant in id order", () => {
    const items = reservationItems([
      { variantId: C, quantity: 2, components: [{ variantId: B, quantity: 1 }, { variantId: A, quantity: 3 }] },
      { variantId: B, quantity: 1, components: null },
    ]);
    expect(items).toEqual([
      { variantId: A, quantity: 6 },
      { variantId: B, quantity: 3 },
    ]);
  });

  it("refuses quantities that are not whole and positive", () => {
    expect(() => mergeItems([{ variantId: A, quantity: 0 }])).toThrow(RangeError);
    expect(() => mergeItems([{ variantId: A, quantity: 1.5 }])).toThrow(RangeError);
  });
});

describe("checkout rules", () => {
  it("an empty cart, an item no longer sold, short stock and a changed price are problems", () => {
    expect(lineProblems([])).toEqual([{ kind: "empty_cart", message: "Your cart is empty.", blocking: true }]);
    const problems = lineProblems([
      line({ cartItemId: "gone", purchasable: false }),
      line({ cartItemId: "short", quantity: 3, available: 2 }),
      line({ cartItemId: "dearer", unitPricePaise: 110_00 }),
    ]);
    expect(problems.map((p) => [p.cartItemId, p.kind, p.blocking])).toEqual([
      ["gone", "unavailable", true],
      ["short", "out_of_stock", true],
      ["dearer", "price_changed", true],
    ]);
  });

  it("splits lines per seller in cart order; a part ships unless all its lines are digital", () => {
    const parts = sellerParts([
      line({ cartItemId: "1", sellerId: "s2", productType: "digital" }),
      line({ cartItemId: "2", sellerId: "s1" }),
      line({ cartItemId: "3", sellerId: "s2", productType: "digital" }),
    ]);
    expect(parts.map((p) => [p.sellerId, p.lines.map((l) => l.cartItemId), p.requiresShipping])).toEqual([
      ["s2", ["1", "3"], false],
      ["s1", ["2"], true],
    ]);
  });

  it("uses the chosen delivery option only when available, else the cheapest available by default", () => {
    const quotes = [quote("standard", 49_00), quote("next_day", 79_00), quote("same_day", 99_00, false)];
    expect(pickDeliveryOption(quotes, "next_day")?.option).toBe("next_day");
    expect(pickDeliveryOption(quotes, "same_day")).toBeNull();
    expect(pickDeliveryOption(quotes, undefined)?.option).toBe("standard");
    expect(pickDeliveryOption([quote("standard", 0, false)], undefined)).toBeNull();
  });

  it("cash on delivery is not offered for digital goods", () => {
    expect(paymentMethodProblem("cod", [line(), line({ productType: "digital" })])).toMatch(/digital goods/);
    expect(paymentMethodProblem("sandbox", [line({ productType: "digital" })])).toBeNull();
    expect(paymentMethodProblem("cod", [line()])).toBeNull();
  });

  it("the request hash ignores key order and coupon case, and changes with what was asked", () => {
    const base = { idempotencyKey: A, addressId: B, deliveryOptions: { s1: "standard" as const, s2: "same_day" as const }, paymentMethod: "cod" as const, couponCode: "save10", expectedTotalPaise: 500_00 };
    const same = { ...base, idempotencyKey: C, deliveryOptions: { s2: "same_day" as const, s1: "standard" as const }, couponCode: "SAVE10" };
    expect(requestHash(same)).toBe(requestHash(base));
    expect(requestHash({ ...base, expectedTotalPaise: 501_00 })).not.toBe(requestHash(base));
    expect(requestHash({ ...base, paymentMethod: "sandbox" })).not.toBe(requestHash(base));
    expect(requestHash({ ...base, deliveryOptions: { s1: "next_day", s2: "same_day" } })).not.toBe(requestHash(base));
  });
});
