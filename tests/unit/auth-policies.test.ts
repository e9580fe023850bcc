import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, type Action } from "@/lib/auth/policies";
import { ForbiddenError, UnauthenticatedError } from "@/lib/platform/errors";

const actor = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({
  id: `user-${role}`,
  email: `${role}@example.test`,
  name: role,
  role,
  sellerId: null,
  ...extra,
});

const customer = actor("customer");
const seller = actor("seller", { sellerId: "seller-1" });
const sellerWithoutStore = actor("seller");
const otherSeller = actor("seller", { id: "user-seller-2", sellerId: "seller-2" });
const admin = actor("admin");
const support = actor("support");
const delivery = actor("delivery");

describe("can: workspace access", () => {
  const table: [Action, Actor[], Actor[]][] = [
    ["seller:access", [seller, sellerWithoutStore], [customer, admin, support, delivery]],
    ["admin:access", [admin], [customer, seller, support, delivery]],
    ["delivery:access", [delivery], [customer, seller, admin, support]],
    ["mailbox:read", [admin], [customer, seller, support, delivery]],
    ["users:list", [admin, support], [customer, seller, delivery]],
    ["sellers:list", [admin, support], [customer, seller, delivery]],
    ["users:manage", [admin], [customer, seller, support, delivery]],
    ["sellers:approve", [admin], [customer, seller, support, delivery]],
    ["products:review", [admin], [customer, seller, support, delivery]],
    ["taxonomy:manage", [admin], [customer, seller, support, delivery]],
    ["account:access", [customer, seller, admin, support, delivery], []],
  ];
  for (const [action, allowed, refused] of table) {
    it(`${action}: allows ${allowed.map((a) => a.role).join(", ") || "nobody"}`, () => {
      for (const a of allowed) expect(can(a, action as "admin:access"), `${a.role} → ${action}`).toBe(true);
    });
    it(`${action}: refuses ${refused.map((a) => a.role).join(", ") || "no role"} and anonymous`, () => {
      for (const a of refused) expect(can(a, action as "admin:access"), `${a.role} → ${action}`).toBe(false);
      expect(can(null, action as "admin:access")).toBe(false);
    });
  }
});

describe("can: product:manage", () => {
  it("lets a seller manage their own products", () => {
    expect(can(seller, "product:manage", { sellerId: "seller-1" })).toBe(true);
  });
  it("refuses a seller managing another seller's product", () => {
    expect(can(seller, "product:manage", { sellerId: "seller-2" })).toBe(false);
    expect(can(otherSeller, "product:manage", { sellerId: "seller-1" })).toBe(false);
  });
  it("refuses a seller role whose store is suspended or missing (no sellerId)", () => {
    expect(can(sellerWithoutStore, "product:manage", { sellerId: "seller-1" })).toBe(false);
  });
  it("lets an admin manage any product", () => {
    expect(can(admin, "product:manage", { sellerId: "seller-1" })).toBe(true);
    expect(can(admin, "product:manage", { sellerId: "seller-2" })).toBe(true);
  });
  it("refuses customers, support, delivery and anonymous", () => {
    for (const a of [customer, support, delivery, null]) expect(can(a, "product:manage", { sellerId: "seller-1" })).toBe(false);
  });
  it("product:create needs a seller with an active store", () => {
    expect(can(seller, "product:create")).toBe(true);
    expect(can(sellerWithoutStore, "product:create")).toBe(false);
    expect(can(admin, "product:create")).toBe(false);
    expect(can(null, "product:create")).toBe(false);
  });
});

describe("can: order:read", () => {
  const order = { customerId: customer.id, sellerIds: ["seller-1", "seller-3"] };
  it("lets the customer who placed it read it", () => {
    expect(can(customer, "order:read", order)).toBe(true);
  });
  it("refuses another customer", () => {
    expect(can(actor("customer", { id: "someone-else" }), "order:read", order)).toBe(false);
  });
  it("lets a seller with a line in the order read it, not others", () => {
    expect(can(seller, "order:read", order)).toBe(true);
    expect(can(otherSeller, "order:read", order)).toBe(false);
    expect(can(sellerWithoutStore, "order:read", order)).toBe(false);
  });
  it("lets admin and support read any order; delivery and anonymous cannot", () => {
    expect(can(admin, "order:read", order)).toBe(true);
    expect(can(support, "order:read", order)).toBe(true);
    expect(can(delivery, "order:read", order)).toBe(false);
    expect(can(null, "order:read", order)).toBe(false);
  });
});

describe("can: user:read and seller:manage", () => {
  it("a user reads themself; admin and support read anyone", () => {
    expect(can(customer, "user:read", { userId: customer.id })).toBe(true);
    expect(can(customer, "user:read", { userId: "other" })).toBe(false);
    expect(can(support, "user:read", { userId: "other" })).toBe(true);
    expect(can(seller, "user:read", { userId: "other" })).toBe(false);
  });
  it("a seller manages only their own store", () => {
    expect(can(seller, "seller:manage", { sellerId: "seller-1" })).toBe(true);
    expect(can(seller, "seller:manage", { sellerId: "seller-2" })).toBe(false);
    expect(can(admin, "seller:manage", { sellerId: "seller-2" })).toBe(true);
  });
});

describe("assertCan", () => {
  it("returns the actor when allowed", () => {
    expect(assertCan(admin, "admin:access")).toBe(admin);
    expect(assertCan(seller, "product:manage", { sellerId: "seller-1" })).toBe(seller);
  });
  it("throws UnauthenticatedError (401) for anonymous", () => {
    expect(() => assertCan(null, "admin:access")).toThrow(UnauthenticatedError);
    try {
      assertCan(null, "account:access");
    } catch (err) {
      expect((err as UnauthenticatedError).status).toBe(401);
    }
  });
  it("throws ForbiddenError (403) for a customer at admin and a seller at another seller's product", () => {
    expect(() => assertCan(customer, "admin:access")).toThrow(ForbiddenError);
    expect(() => assertCan(seller, "product:manage", { sellerId: "seller-2" })).toThrow(ForbiddenError);
  });
});
