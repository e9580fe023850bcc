import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/orders/order-dto";
import { timelineEntries, type TimelineRow } from "@/lib/orders/timeline";

const at = new Date("2026-11-30T04:00:00Z");
const row = (over: Partial<TimelineRow>): TimelineRow => ({ id: 1, subOrderId: null, fromStatus: null, toStatus: "placed", actorKind: "customer", note: null, createdAt: at, ...over });
const parts = new Map([["s1", { number: "QL100001-1", sellerName: "Sharma Kirana Store" }]]);

describe("timelineEntries", () => {
  it("labels order, part and money events and drops the parts' creation rows", () => {
    const entries = timelineEntries(
      [
        row({ id: 1, note: "Order placed, cash on delivery" }),
        row({ id: 2, subOrderId: "s1" }),
        row({ id: 3, subOrderId: "s1", fromStatus: "placed", toStatus: "accepted", actorKind: "seller" }),
        row({ id: 4, subOrderId: "s1", fromStatus: "accepted", toStatus: "cancelled", actorKind: "customer", note: "Changed my mind" }),
        row({ id: 5, subOrderId: "s1", toStatus: "refund_requested", actorKind: "system", note: "Changed my mind" }),
        row({ id: 6, fromStatus: "placed", toStatus: "cancelled", actorKind: "customer" }),
      ],
      parts,
    );
    expect(entries.map((e) => [e.label, e.partNumber, e.by, e.tone])).toEqual([
      ["Order placed", null, "You", "neutral"],
      ["Accepted by seller", "QL100001-1", "Seller", "neutral"],
      ["Cancelled", "QL100001-1", "You", "danger"],
      ["Refund requested", "QL100001-1", "QuickLocal", "info"],
      ["Order cancelled", null, "You", "danger"],
    ]);
    expect(entries[0].note).toBe("Order placed, cash on delivery");
    expect(entries[2].sellerName).toBe("Sharma Kirana Store");
  });

  it("hides a note that only repeats the label", () => {
    expect(timelineEntries([row({ note: "Order placed" })], parts)[0].note).toBeNull();
  });
});

describe("order list cursor", () => {
  it("round-trips and rejects tampering", () => {
    const id = "0b6f3a52-8c1e-4d7a-9f61-2b7a4c9d1e00";
    expect(decodeCursor(encodeCursor(at, id))).toEqual({ createdAt: at, id });
    expect(decodeCursor("bm9wZQ")).toBeNull();
    expect(decodeCursor(Buffer.from(`${at.toISOString()}|1; drop`).toString("base64url"))).toBeNull();
    expect(decodeCursor(null)).toBeNull();
  });
});
