"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { BadgePercent, ClipboardList, FolderTree, LayoutDashboard, Mail, MapPinned, Package, Search, Store, TicketPercent, Truck, Users, type LucideIcon } from "lucide-react";
import { cn } from "@/lib/ui/cn";
import { isNavActive, type NavIconName, type NavItem } from "./nav-config";

const ICONS: Record<NavIconName, LucideIcon> = {
  dashboard: LayoutDashboard,
  products: Package,
  deals: TicketPercent,
  coupons: BadgePercent,
  orders: ClipboardList,
  shipping: MapPinned,
  users: Users,
  sellers: Store,
  catalogue: FolderTree,
  mailbox: Mail,
  deliveries: Truck,
  search: Search,
};

/** The workspace's navigation list, highlighting the current page. */
export function NavLinks({ items, onNavigate }: { items: NavItem[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-1">
      {items.map((item) => {
        const active = isNavActive(item, pathname);
        const Icon = ICONS[item.icon];
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium transition-colors",
                active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              <Icon aria-hidden="true" className={cn("size-5 shrink-0", active ? "text-brand-700" : "text-slate-500")} />
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
