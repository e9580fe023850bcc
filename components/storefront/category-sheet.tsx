"use client";
import { useState } from "react";
import Link from "next/link";
import { ChevronDown, LayoutGrid } from "lucide-react";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { categoryHref } from "@/lib/catalog/rules";

/** Just what the menu draws: two levels (departments and their sections), names and slugs. */
export interface MenuNode {
  name: string;
  slug: string;
  children: MenuNode[];
}

const linkClass = "flex min-h-11 items-center rounded-lg px-3 text-sm text-slate-800 hover:bg-slate-100 hover:text-slate-950";

function Branch({ node }: { node: MenuNode }) {
  if (node.children.length === 0) {
    return (
      <li>
        <Link href={categoryHref(node.slug)} className={linkClass}>
          {node.name}
        </Link>
      </li>
    );
  }
  return (
    <li>
      <details className="group">
        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between rounded-lg px-3 text-sm font-medium text-slate-900 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
          {node.name}
          <ChevronDown className="size-4 text-slate-600 transition-transform group-open:rotate-180" aria-hidden="true" />
        </summary>
        <ul className="ml-3 border-l border-slate-200 pl-2">
          <li>
            <Link href={categoryHref(node.slug)} className={`${linkClass} font-medium text-brand-700`}>
              All {node.name}
            </Link>
          </li>
          {node.children.map((child) => (
            <Branch key={child.slug} node={child} />
          ))}
        </ul>
      </details>
    </li>
  );
}

/** "All categories" button opening the full category tree in a side sheet. */
export function CategorySheet({ tree }: { tree: MenuNode[] }) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-lg px-3 text-sm font-semibold text-slate-900 hover:bg-slate-100">
        <LayoutGrid className="size-5 text-brand-700" aria-hidden="true" />
        <span>All<span className="hidden sm:inline"> categories</span></span>
      </SheetTrigger>
      <SheetContent side="left">
        <SheetHeader>
          <SheetTitle>Shop by category</SheetTitle>
          <SheetDescription className="sr-only">Browse every category in the store</SheetDescription>
        </SheetHeader>
        <nav
          aria-label="All categories"
          className="flex-1 overflow-y-auto p-2"
          onClick={(e) => {
            if ((e.target as HTMLElement).closest("a")) setOpen(false);
          }}
        >
          {tree.length === 0 ? (
            <p className="p-3 text-sm text-slate-600">No categories yet.</p>
          ) : (
            <ul className="grid gap-0.5">
              {tree.map((root) => (
                <Branch key={root.slug} node={root} />
              ))}
            </ul>
          )}
        </nav>
      </SheetContent>
    </Sheet>
  );
}
