import type { Role } from "@/models/identity";

export type { Role };

export const ROLE_LABELS: Record<Role, string> = {
  customer: "Customer",
  seller: "Seller",
  admin: "Admin",
  support: "Support",
  delivery: "Delivery partner",
};

/** The workspace a role works in, shown in the user menu (authorization itself is in policies.ts). */
export function workspaceFor(role: Role): { href: string; label: string } | null {
  switch (role) {
    case "seller":
      return { href: "/seller", label: "Seller dashboard" };
    case "admin":
      return { href: "/admin", label: "Admin console" };
    case "delivery":
      return { href: "/delivery", label: "My deliveries" };
    default:
      return null;
  }
}
