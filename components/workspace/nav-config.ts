/** Serialisable navigation for the three workspaces (icons are named so client components can render them). */
export type NavIconName =
  | "dashboard"
  | "products"
  | "orders"
  | "deals"
  | "coupons"
  | "users"
  | "sellers"
  | "catalogue"
  | "shipping"
  | "mailbox"
  | "deliveries"
  | "search";

export interface NavItem {
  href: string;
  label: string;
  icon: NavIconName;
  /** Active only on exactly this path (for a workspace's home). */
  exact?: boolean;
}

export interface WorkspaceConfig {
  key: "seller" | "admin" | "delivery";
  /** Shown next to the logo, e.g. "Seller Hub". */
  title: string;
  homeHref: string;
  homeLabel: string;
  nav: NavItem[];
}

export const SELLER_WORKSPACE: WorkspaceConfig = {
  key: "seller",
  title: "Seller Hub",
  homeHref: "/seller",
  homeLabel: "Seller dashboard",
  nav: [
    { href: "/seller", label: "Dashboard", icon: "dashboard", exact: true },
    { href: "/seller/orders", label: "Orders", icon: "orders" },
    { href: "/seller/products", label: "Products", icon: "products" },
    { href: "/seller/deals", label: "Deals", icon: "deals" },
    { href: "/seller/coupons", label: "Coupons", icon: "coupons" },
  ],
};

export const ADMIN_WORKSPACE: WorkspaceConfig = {
  key: "admin",
  title: "Admin",
  homeHref: "/admin",
  homeLabel: "Admin dashboard",
  nav: [
    { href: "/admin", label: "Dashboard", icon: "dashboard", exact: true },
    { href: "/admin/orders", label: "Orders", icon: "orders" },
    { href: "/admin/users", label: "Users", icon: "users" },
    { href: "/admin/sellers", label: "Sellers", icon: "sellers" },
    { href: "/admin/catalogue", label: "Catalogue", icon: "catalogue" },
    { href: "/admin/coupons", label: "Coupons", icon: "coupons" },
    { href: "/admin/shipping", label: "Shipping", icon: "shipping" },
    { href: "/admin/search", label: "Search", icon: "search" },
    { href: "/admin/mailbox", label: "Mailbox", icon: "mailbox" },
  ],
};

export const DELIVERY_WORKSPACE: WorkspaceConfig = {
  key: "delivery",
  title: "Delivery",
  homeHref: "/delivery",
  homeLabel: "My deliveries",
  nav: [{ href: "/delivery", label: "My deliveries", icon: "deliveries", exact: true }],
};

/** Whether a nav item is the current page (or, unless `exact`, an ancestor of it). */
export function isNavActive(item: Pick<NavItem, "href" | "exact">, pathname: string): boolean {
  if (pathname === item.href) return true;
  return !item.exact && pathname.startsWith(`${item.href}/`);
}
