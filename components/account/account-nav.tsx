"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { MapPin, Package, UserRound, type LucideIcon } from "lucide-react";
import { cn } from "@/lib/ui/cn";

interface AccountNavItem {
  href: string;
  label: string;
  icon: LucideIcon;
}

const ITEMS: AccountNavItem[] = [
  { href: "/account", label: "Profile", icon: UserRound },
  { href: "/account/addresses", label: "Addresses", icon: MapPin },
  { href: "/account/orders", label: "Orders", icon: Package },
];

function isActive(href: string, pathname: string): boolean {
  return href === "/account" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** The account area's navigation: three equal tabs on phones, a side list from md up. */
export function AccountNav({ className }: { className?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="My account" className={className}>
      <ul className="grid grid-cols-3 gap-1 rounded-xl border border-slate-200 bg-white p-1 shadow-sm md:grid-cols-1 md:border-0 md:bg-transparent md:p-0 md:shadow-none">
        {ITEMS.map(({ href, label, icon: Icon }) => {
          const active = isActive(href, pathname);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex min-h-11 items-center justify-center gap-2 rounded-lg px-2 text-sm font-medium transition-colors md:justify-start md:px-3",
                  active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                )}
              >
                <Icon aria-hidden="true" className={cn("size-5 shrink-0", active ? "text-brand-700" : "text-slate-500")} />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
