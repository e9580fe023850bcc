import { describe, expect, it } from "vitest";
import {
  checkLineQuantity,
  lineNotices,
  MAX_ITEMS_PER_ORDER,
  MAX_QTY_PER_ITEM,
  MAX_SAVED_ITEMS,
  MAX_UNITS_PER_ORDER,
  maxSelectableQuantity,
  mergeCarts,
  summarize,
  type MergeItem,
} from "@/lib/cart/rules";

const empty = { lines: 0, units: 0 };

describe("checkLineQuantity", () => {
  it("accepts a quantity within stock and limits", () => {
    expect(checkLineQuantity({ currentQty: 0, nextQty: 2, available: 5, load: empty })).toBeNull();
    expect(checkLineQuantity({ currentQty: 3, nextQty: MAX_QTY_PER_ITEM, available: 50, load: { lines: 1, units: 3 } })).toBeNull();
  });

  it("refuses more than the per-item limit, saying how many more fit", () => {
    expect(checkLineQuantity({ currentQty: 8, nextQty: 11, available: 50, load: { lines: 1, units: 8 } })).toEqual({
      field: "quantity",
      message: "You can buy at most 10 of an item; you can add 2 more.",
    });
    expect(checkLineQuantity({ currentQty: 10, nextQty: 11, available: 50, load: { lines: 1, units: 10 } })?.message).toMatch(/already have 10/);
  });

  it("refuses zero, fractions and more than the stock", () => {
    expect(checkLineQuantity({ currentQty: 0, nextQty: 0, available: 5, load: empty })?.field).toBe("quantity");
    expect(checkLineQuantity({ currentQty: 0, nextQty: 1.5, available: 5, load: empty })?.field).toBe("quantity");
    expect(checkLineQuantity({ currentQty: 0, nextQty: 1, available: 0, load: empty })?.message).toMatch(/out of stock/);
    expect(checkLineQuantity({ currentQty: 2, nextQty: 4, available: 3, load: { lines: 1, units: 2 } })?.message).toBe(
      "Only 3 left, and you already have 2 in your cart.",
    );
  });

  it("refuses a new line past the distinct-item limit but lets existing lines grow", () => {
    const full = { lines: MAX_ITEMS_PER_ORDER, units: MAX_ITEMS_PER_ORDER };
    expect(checkLineQuantity({ currentQty: 0, nextQty: 1, available: 5, load: full })?.field).toBe("variantId");
    expect(checkLineQuantity({ currentQty: 1, nextQty: 2, available: 5, load: full })).toBeNull();
  });

  it("refuses going past the units-per-order limit", () => {
    const load = { lines: 10, units: MAX_UNITS_PER_ORDER - 1 };
    expect(checkLineQuantity({ currentQty: 0, nextQty: 1, available: 5, load })).toBeNull();
    expect(checkLineQuantity({ currentQty: 0, nextQty: 2, available: 5, load })?.message).toMatch(/at most 100 units/);
  });
});

describe("lineNotices", () => {
  const line = { purchasable: true, available: 10, quantity: 2, unitPricePaise: 10_000, pricePaiseWhenAdded: 10_000 };

  it("says nothing when nothing changed", () => {
    expect(lineNotices(line)).toEqual([]);
  });

  it("shows a price rise or drop with both prices, and blocks until accepted", () => {
    const [up] = lineNotices({ ...line, unitPricePaise: 12_000 });
    expect(up).toMatchObject({ kind: "price_up", blocking: true });
    expect(up.message).toContain("₹100.00");
    expect(up.message).toContain("₹120.00");
    expect(lineNotices({ ...line, unitPricePaise: 9_000 })[0]).toMatchObject({ kind: "price_down", blocking: true });
  });

  it("flags low stock against the quantity, out of stock and items no longer sold", () => {
    expect(lineNotices({ ...line, available: 1 })[0]).toMatchObject({ kind: "low_stock", message: expect.stringContaining("Only 1 left") });
    expect(lineNotices({ ...line, available: 0 })[0].kind).toBe("out_of_stock");
    expect(lineNotices({ ...line, purchasable: false, unitPricePaise: 1 })).toEqual([expect.objectContaining({ kind: "unavailable" })]);
  });
});

describe("maxSelectableQuantity", () => {
  it("is capped by stock and the item limit, never below the current quantity", () => {
    expect(maxSelectableQuantity({ available: 3, quantity: 1 })).toBe(3);
    expect(maxSelectableQuantity({ available: 500, quantity: 1 })).toBe(MAX_QTY_PER_ITEM);
    expect(maxSelectableQuantity({ available: 1, quantity: 4 })).toBe(4);
    expect(maxSelectableQuantity({ available: 0, quantity: 1 })).toBe(1);
  });
});

describe("summarize", () => {
  it("adds prices, MRP and savings in paise and counts sellers", () => {
    const s = summarize([
      { quantity: 2, unitPricePaise: 9_950, mrpPaise: 12_000, sellerId: "a" },
      { quantity: 1, unitPricePaise: 5_000, mrpPaise: 5_000, sellerId: "b" },
      { quantity: 3, unitPricePaise: 1_001, mrpPaise: 999, sellerId: "a" },
    ]);
    expect(s).toEqual({ lineCount: 3, unitCount: 6, subtotalPaise: 2 * 9_950 + 5_000 + 3 * 1_001, mrpTotalPaise: 24_000 + 5_000 + 3_003, savingsPaise: 4_100, sellerCount: 2 });
  });
});

const item = (variantId: string, quantity: number, over: Partial<MergeItem> = {}): MergeItem => ({
  variantId,
  quantity,
  pricePaiseWhenAdded: 1_000,
  savedForLater: false,
  searchQueryId: null,
  ...over,
});

describe("mergeCarts", () => {
  it("keeps the larger quantity of a shared variant and the guest's price snapshot", () => {
    const r = mergeCarts([item("a", 3, { pricePaiseWhenAdded: 900 }), item("b", 1)], [item("a", 2, { pricePaiseWhenAdded: 1_100 }), item("c", 4)]);
    expect(r.items).toEqual([item("a", 3, { pricePaiseWhenAdded: 1_100 }), item("b", 1), item("c", 4)]);
    expect(r).toMatchObject({ movedToSaved: 0, dropped: 0 });
  });

  it("brings a saved account item back when the guest had it in the cart", () => {
    const r = mergeCarts([item("a", 1, { savedForLater: true })], [item("a", 2)]);
    expect(r.items).toEqual([item("a", 2)]);
  });

  it("never goes past the per-item limit", () => {
    expect(mergeCarts([], [item("a", 40)]).items[0].quantity).toBe(MAX_QTY_PER_ITEM);
  });

  it("sends guest items that would break the order limits to saved for later, then drops past the saved limit", () => {
    const account = Array.from({ length: MAX_ITEMS_PER_ORDER }, (_, i) => item(`acc-${i}`, 1));
    const saved = Array.from({ length: MAX_SAVED_ITEMS - 1 }, (_, i) => item(`s-${i}`, 1, { savedForLater: true }));
    const r = mergeCarts([...account, ...saved], [item("g1", 1), item("g2", 1)]);
    expect(r.movedToSaved).toBe(1);
    expect(r.dropped).toBe(1);
    expect(r.items.find((i) => i.variantId === "g1")?.savedForLater).toBe(true);
    const inCart = r.items.filter((i) => !i.savedForLater);
    expect(inCart).toHaveLength(MAX_ITEMS_PER_ORDER);
  });

  it("respects the units limit", () => {
    const account = Array.from({ length: 10 }, (_, i) => item(`a${i}`, MAX_QTY_PER_ITEM));
    const r = mergeCarts(account, [item("g", 1)]);
    expect(r.items.find((i) => i.variantId === "g")?.savedForLater).toBe(true);
    expect(r.items.filter((i) => !i.savedForLater).reduce((n, i) => n + i.quantity, 0)).toBeLessThanOrEqual(MAX_UNITS_PER_ORDER);
  });

  it("merging the same guest cart again changes nothing", () => {
    const once = mergeCarts([item("a", 1)], [item("b", 2), item("a", 3)]);
    const twice = mergeCarts(once.items, [item("b", 2), item("a", 3)]);
    expect(twice.items).toEqual(once.items);
  });
});
