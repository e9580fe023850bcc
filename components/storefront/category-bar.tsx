import Link from "next/link";
import { categoryHref } from "@/lib/catalog/rules";
import type { CategoryNode } from "@/lib/catalog/types";
import { CategorySheet, type MenuNode } from "./category-sheet";

/** The horizontally scrollable strip of categories under the header, opening with "All categories". */
export function CategoryBar({ tree, max = 16 }: { tree: CategoryNode[]; max?: number }) {
  const links = [...tree, ...tree.flatMap((root) => root.children)].slice(0, max);
  // The menu gets two levels of names and slugs only: it ships to the browser on every page.
  const menu: MenuNode[] = tree.map((root) => ({
    name: root.name,
    slug: root.slug,
    children: root.children.map((c) => ({ name: c.name, slug: c.slug, children: [] })),
  }));
  return (
    <nav aria-label="Categories" className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center gap-1 px-2 md:px-5">
        <CategorySheet tree={menu} />
        <ul className="relative flex min-w-0 flex-1 snap-x items-center gap-1 overflow-x-auto py-1 [scrollbar-width:none] [&::-webkit-scrollbar]:hidden">
          {links.map((c) => (
            <li key={c.id} className="shrink-0 snap-start">
              <Link
                href={categoryHref(c.slug)}
                className={
                  c.depth === 0
                    ? "inline-flex min-h-11 items-center whitespace-nowrap rounded-lg px-3 text-sm font-semibold text-slate-900 hover:bg-slate-100"
                    : "inline-flex min-h-11 items-center whitespace-nowrap rounded-lg px-3 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                }
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
