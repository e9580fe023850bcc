import { describe, expect, it } from "vitest";
import {
  SUB_ORDER_TRANSITIONS,
  canCancelAs,
  canTransition,
  isCancellable,
  isOrderCancellableByCustomer,
  nextActions,
  orderStatusFromParts,
  stampFor,
} from "@/lib/orders/rules";
import { ACTOR_KINDS, SUB_ORDER_STATUSES } from "@/models/orders";

const ship = { requiresShipping: true };
const digital = { requiresShipping: false };

describe("canTransition", () => {
  it("walks the happy path with the right actor at each step", () => {
    expect(canTransition("pending_payment", "placed", "system")).toBe(true);
    expect(canTransition("placed", "accepted", "seller")).toBe(true);
    expect(canTransition("accepted", "packed", "seller")).toBe(true);
    expect(canTransition("packed", "ready_to_ship", "seller")).toBe(true);
    expect(canTransition("ready_to_ship", "shipped", "seller")).toBe(true);
    expect(canTransition("shipped", "out_for_delivery", "delivery")).toBe(true);
    expect(canTransition("out_for_delivery", "delivered", "delivery")).toBe(true);
  });

  it("refuses skipping steps: ship before accept, deliver before ship", () => {
    expect(canTransition("placed", "shipped", "seller")).toBe(false);
    expect(canTransition("placed", "packed", "seller")).toBe(false);
    expect(canTransition("accepted", "delivered", "delivery")).toBe(false);
    expect(canTransition("placed", "delivered", "seller", ship)).toBe(false);
  });

  it("refuses the wrong actor for a step", () => {
    expect(canTransition("placed", "accepted", "customer")).toBe(false);
    expect(canTransition("placed", "accepted", "delivery")).toBe(false);
    expect(canTransition("shipped", "delivered", "seller")).toBe(false);
    expect(canTransition("pending_payment", "placed", "customer")).toBe(false);
  });

  it("allows cancelling only before shipping, never after delivery", () => {
    for (const s of ["placed", "accepted", "packed", "ready_to_ship"] as const) {
      expect(canTransition(s, "cancelled", "customer")).toBe(true);
      expect(canTransition(s, "cancelled", "seller")).toBe(true);
      expect(canTransition(s, "cancelled", "admin")).toBe(true);
    }
    for (const s of ["shipped", "out_for_delivery", "delivered", "cancelled"] as const) {
      for (const a of ACTOR_KINDS) expect(canTransition(s, "cancelled", a)).toBe(false);
    }
  });

  it("has no way out of delivered or cancelled", () => {
    for (const to of SUB_ORDER_STATUSES) {
      for (const a of ACTOR_KINDS) {
        expect(canTransition("delivered", to, a)).toBe(false);
        expect(canTransition("cancelled", to, a)).toBe(false);
      }
    }
  });

  it("sends digital parts straight from placed to delivered, with no shipping steps", () => {
    expect(canTransition("placed", "delivered", "system", digital)).toBe(true);
    expect(canTransition("placed", "accepted", "seller", digital)).toBe(false);
    expect(canTransition("placed", "cancelled", "customer", digital)).toBe(true);
  });

  it("leaves unpaid orders to the system (expiry or declined payment)", () => {
    expect(canTransition("pending_payment", "cancelled", "system")).toBe(true);
    expect(canTransition("pending_payment", "cancelled", "customer")).toBe(false);
    expect(canTransition("pending_payment", "cancelled", "admin")).toBe(false);
    expect(canCancelAs("pending_payment", "admin")).toBe(false);
    expect(canCancelAs("ready_to_ship", "admin")).toBe(true);
  });

  it("never allows a self-transition", () => {
    for (const s of SUB_ORDER_STATUSES) for (const a of ACTOR_KINDS) expect(canTransition(s, s, a)).toBe(false);
  });

  it("every target in the table is a known status", () => {
    for (const from of SUB_ORDER_STATUSES) {
      for (const to of Object.keys(SUB_ORDER_TRANSITIONS[from])) expect(SUB_ORDER_STATUSES).toContain(to);
    }
  });
});

describe("nextActions", () => {
  it("offers a seller accept and reject on a new part", () => {
    expect(nextActions("placed", "seller", ship)).toEqual([
      { to: "accepted", label: "Accept", needsReason: false },
      { to: "cancelled", label: "Reject", needsReason: true },
    ]);
  });

  it("offers the customer cancel (with a reason) before shipping only", () => {
    expect(nextActions("packed", "customer", ship)).toEqual([{ to: "cancelled", label: "Cancel", needsReason: true }]);
    expect(nextActions("shipped", "customer", ship)).toEqual([]);
  });

  it("offers delivery partners out for delivery and delivered on a shipped part", () => {
    expect(nextActions("shipped", "delivery", ship).map((a) => a.to)).toEqual(["out_for_delivery", "delivered"]);
  });

  it("matches canTransition for every status and actor", () => {
    for (const s of SUB_ORDER_STATUSES) {
      for (const a of ACTOR_KINDS) {
        for (const action of nextActions(s, a, ship)) expect(canTransition(s, action.to, a, ship)).toBe(true);
      }
    }
  });
});

describe("orderStatusFromParts", () => {
  it("adds parts up", () => {
    expect(orderStatusFromParts(["pending_payment", "pending_payment"])).toBe("pending_payment");
    expect(orderStatusFromParts(["placed", "accepted"])).toBe("placed");
    expect(orderStatusFromParts(["delivered", "shipped"])).toBe("placed");
    expect(orderStatusFromParts(["delivered", "cancelled"])).toBe("completed");
    expect(orderStatusFromParts(["delivered"])).toBe("completed");
    expect(orderStatusFromParts(["cancelled", "cancelled"])).toBe("cancelled");
  });

  it("rejects an order with no parts", () => {
    expect(() => orderStatusFromParts([])).toThrow(RangeError);
  });
});

describe("cancellability", () => {
  it("isCancellable is true exactly before shipping", () => {
    expect(SUB_ORDER_STATUSES.filter(isCancellable)).toEqual(["pending_payment", "placed", "accepted", "packed", "ready_to_ship"]);
  });

  it("a customer may cancel the whole order only while no open part has shipped", () => {
    expect(isOrderCancellableByCustomer(["placed", "accepted"])).toBe(true);
    expect(isOrderCancellableByCustomer(["placed", "cancelled"])).toBe(true);
    expect(isOrderCancellableByCustomer(["placed", "shipped"])).toBe(false);
    expect(isOrderCancellableByCustomer(["cancelled", "cancelled"])).toBe(false);
  });

  it("stamps the right column", () => {
    expect(stampFor("accepted")).toBe("acceptedAt");
    expect(stampFor("cancelled")).toBe("cancelledAt");
    expect(stampFor("ready_to_ship")).toBeNull();
  });
});
