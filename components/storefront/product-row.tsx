import Link from "next/link";
import { ChevronRight } from "lucide-react";
import type { ProductCardDto } from "@/lib/catalog/types";
import { ProductCard } from "./product-card";

/** A titled, horizontally scrollable strip of product cards with a "See all" link. */
export function ProductRow({ title, href, products, id }: { title: string; href?: string; products: ProductCardDto[]; id: string }) {
  if (products.length === 0) return null;
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-2xl bg-white py-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex items-center justify-between gap-3 px-4">
        <h2 id={headingId} className="text-lg font-bold text-slate-900 md:text-xl">
          {title}
        </h2>
        {href && (
          <Link href={href} className="inline-flex min-h-11 shrink-0 items-center gap-1 rounded-lg px-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
            See all<span className="sr-only"> {title}</span>
            <ChevronRight className="size-4" aria-hidden="true" />
          </Link>
        )}
      </div>
      <ul className="relative mt-2 flex snap-x snap-mandatory gap-3 overflow-x-auto scroll-px-4 px-4 pb-2 [scrollbar-width:thin]">
        {products.map((p) => (
          <li key={p.id} className="w-40 shrink-0 snap-start sm:w-48 lg:w-52">
            <ProductCard product={p} />
          </li>
        ))}
      </ul>
    </section>
  );
}
