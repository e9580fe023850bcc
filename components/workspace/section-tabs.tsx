"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ChipScroller } from "@/components/workspace/chip-scroller";
import { cn } from "@/lib/ui/cn";

export interface SectionTab {
  href: string;
  label: string;
  /** Also active on these path prefixes; without `prefixes` a tab is active on its href and below it. */
  prefixes?: readonly string[];
  /** Active only on exactly its href (plus `prefixes`) — for a section's index tab. */
  exact?: boolean;
}

function isActive(tab: SectionTab, pathname: string): boolean {
  if (tab.prefixes?.some((p) => pathname.startsWith(p))) return true;
  return tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
}

/** A workspace section's own navigation, as underlined tabs that scroll sideways on narrow screens. */
export function SectionTabs({ label, tabs }: { label: string; tabs: readonly SectionTab[] }) {
  const pathname = usePathname();
  return (
    <ChipScroller label={label}>
      <ul className="flex w-max gap-1 border-b border-slate-200 sm:w-full">
        {tabs.map((tab) => {
          const active = isActive(tab, pathname);
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
