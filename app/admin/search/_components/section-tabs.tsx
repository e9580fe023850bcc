"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ChipScroller } from "@/components/workspace/chip-scroller";
import { cn } from "@/lib/ui/cn";

const TABS = [
  { href: "/admin/search", label: "Analytics", match: (p: string) => p === "/admin/search" },
  { href: "/admin/search/synonyms", label: "Synonyms", match: (p: string) => p.startsWith("/admin/search/synonyms") },
];

/** The search section's own navigation: analytics dashboard, synonyms. */
export function SearchSectionTabs() {
  const pathname = usePathname();
  return (
    <ChipScroller label="Search sections">
      <ul className="flex w-max gap-1 border-b border-slate-200 sm:w-full">
        {TABS.map((tab) => {
          const active = tab.match(pathname);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold whitespace-nowrap transition-colors",
                  active ? "border-brand-600 text-brand-800" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </ChipScroller>
  );
}
