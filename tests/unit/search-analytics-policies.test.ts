import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policies";
import { ForbiddenError, UnauthenticatedError } from "@/lib/platform/errors";

const actor = (role: Actor["role"]): Actor => ({ id: `user-${role}`, email: `${role}@example.test`, name: role, role, sellerId: role === "seller" ? "seller-1" : null });
const roles = ["customer", "seller", "delivery", "support", "admin"] as const;

describe("search policies", () => {
  for (const action of ["search:manage", "search:analytics"] as const) {
    it(`${action}: only admins`, () => {
      for (const role of roles) expect(can(actor(role), action), `${role} → ${action}`).toBe(role === "admin");
      expect(can(null, action)).toBe(false);
    });
    it(`${action}: assertCan throws 401 for anonymous and 403 for other roles`, () => {
      expect(() => assertCan(null, action)).toThrow(UnauthenticatedError);
      expect(() => assertCan(actor("support"), action)).toThrow(ForbiddenError);
      expect(assertCan(actor("admin"), action).role).toBe("admin");
    });
  }
});
