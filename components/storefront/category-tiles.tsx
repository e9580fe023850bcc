import Link from "next/link";
import { categoryHref } from "@/lib/catalog/rules";
import type { CategoryTile } from "@/lib/catalog/types";
import { CatalogImage } from "./catalog-image";

const count = new Intl.NumberFormat("en-IN");

/** "Shop by category": picture tiles of categories with their product counts. */
export function CategoryTiles({ tiles, title = "Shop by category" }: { tiles: CategoryTile[]; title?: string }) {
  if (tiles.length === 0) return null;
  return (
    <section aria-labelledby="category-tiles-heading" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="category-tiles-heading" className="text-lg font-bold text-slate-900 md:text-xl">
        {title}
      </h2>
      <ul className="mt-3 grid grid-cols-4 gap-x-1.5 gap-y-3 sm:grid-cols-5 md:grid-cols-7">
        {tiles.map((t) => (
          <li key={t.id}>
            <Link href={categoryHref(t.slug)} className="group flex flex-col items-center gap-1.5 rounded-xl p-1 text-center">
              <span className="block aspect-square w-full max-w-28 overflow-hidden rounded-2xl bg-linear-to-b from-brand-50 to-slate-50 p-1.5 sm:p-2 ring-1 ring-slate-200 transition group-hover:ring-brand-600">
                <CatalogImage image={t.image ? { ...t.image, alt: "" } : null} sizes="112px" className="size-full" fallbackLabel="" />
              </span>
              <span className="line-clamp-2 text-xs font-semibold leading-4 text-slate-900 sm:text-sm sm:leading-5">{t.name}</span>
              <span className="hidden text-xs text-slate-600 sm:block">{count.format(t.productCount)} items</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
