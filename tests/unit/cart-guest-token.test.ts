import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signGuestCartId, verifyGuestCartToken } from "@/lib/cart/guest-token";
import { checkoutHref } from "@/components/cart/checkout-href";
import { addItemsSchema, addToCartSchema, setQuantitySchema } from "@/lib/cart/schemas";

const secret = "s".repeat(40);

describe("guest cart cookie", () => {
  it("round-trips a cart id signed with the app secret", () => {
    const id = randomUUID();
    expect(verifyGuestCartToken(secret, signGuestCartId(secret, id))).toBe(id);
  });

  it("refuses another secret, a swapped id, a bare id and garbage", () => {
    const id = randomUUID();
    const token = signGuestCartId(secret, id);
    expect(verifyGuestCartToken("t".repeat(40), token)).toBeNull();
    expect(verifyGuestCartToken(secret, `${randomUUID()}${token.slice(36)}`)).toBeNull();
    expect(verifyGuestCartToken(secret, id)).toBeNull();
    expect(verifyGuestCartToken(secret, `${id}.`)).toBeNull();
    expect(verifyGuestCartToken(secret, "x".repeat(500))).toBeNull();
    expect(verifyGuestCartToken(secret, undefined)).toBeNull();
  });
});

describe("cart schemas", () => {
  it("coerces a form quantity, defaults to 1 and drops a bad search id instead of failing", () => {
    const id = randomUUID();
    expect(addToCartSchema.parse({ variantId: id })).toEqual({ variantId: id, quantity: 1, searchQueryId: null, buyNow: false });
    expect(addToCartSchema.parse({ variantId: id, quantity: "3", searchQueryId: "nope" }).quantity).toBe(3);
    expect(addToCartSchema.parse({ variantId: id, searchQueryId: "nope" }).searchQueryId).toBeNull();
  });

  it("gives field-level messages for bad input", () => {
    const r = setQuantitySchema.safeParse({ itemId: "x", quantity: 11 });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["itemId", "quantity"]));
    expect(addItemsSchema.safeParse([]).success).toBe(false);
  });
});

describe("checkoutHref", () => {
  it("sends guests through sign-in and back to checkout", () => {
    expect(checkoutHref(false)).toBe("/sign-in?callbackUrl=%2Fcheckout");
    expect(checkoutHref(true)).toBe("/checkout");
  });
});
