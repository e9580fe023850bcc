import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policies";

const actor = (role: Actor["role"], sellerId: string | null = null): Actor => ({ id: `user-${role}-${sellerId}`, email: "x@example.test", name: role, role, sellerId });

describe("import:manage", () => {
  it("lets a seller import into its own store only", () => {
    expect(can(actor("seller", "s1"), "import:manage", { sellerId: "s1" })).toBe(true);
    expect(can(actor("seller", "s2"), "import:manage", { sellerId: "s1" })).toBe(false);
    expect(can(actor("seller"), "import:manage", { sellerId: "s1" })).toBe(false);
  });

  it("refuses everyone else, admins included (imports are a seller's own tool)", () => {
    for (const role of ["customer", "admin", "support", "delivery"] as const) expect(can(actor(role, "s1"), "import:manage", { sellerId: "s1" })).toBe(false);
    expect(can(null, "import:manage", { sellerId: "s1" })).toBe(false);
  });
});
