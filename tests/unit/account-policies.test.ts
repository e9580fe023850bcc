import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policies";
import { ForbiddenError, UnauthenticatedError } from "@/lib/platform/errors";

const actor = (role: Actor["role"], id = `user-${role}`): Actor => ({ id, email: `${id}@example.test`, name: role, role, sellerId: null });
const roles: Actor["role"][] = ["customer", "seller", "admin", "support", "delivery"];

describe("address:manage and profile:update", () => {
  for (const action of ["address:manage", "profile:update"] as const) {
    it(`${action}: every role may act on their own`, () => {
      for (const role of roles) expect(can(actor(role), action, { userId: `user-${role}` }), role).toBe(true);
    });
    it(`${action}: nobody — not even admin or support — may act on another user's`, () => {
      for (const role of roles) expect(can(actor(role), action, { userId: "user-someone-else" }), role).toBe(false);
    });
    it(`${action}: anonymous is refused`, () => {
      expect(can(null, action, { userId: "user-customer" })).toBe(false);
      expect(() => assertCan(null, action, { userId: "user-customer" })).toThrow(UnauthenticatedError);
      expect(() => assertCan(actor("customer"), action, { userId: "user-x" })).toThrow(ForbiddenError);
    });
  }
});
