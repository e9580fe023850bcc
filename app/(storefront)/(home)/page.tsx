import type { Metadata } from "next";
import Link from "next/link";
import { PackageOpen } from "lucide-react";
import { CategoryTiles } from "@/components/storefront/category-tiles";
import { EmptyState } from "@/components/storefront/empty-state";
import { Hero } from "@/components/storefront/hero";
import { ProductRow } from "@/components/storefront/product-row";
import { buttonVariants } from "@/components/ui/button";
import { listCategoryTiles, listProductRows, listTopCategories } from "@/lib/catalog/queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: "QuickLocal — groceries, fashion and toys from shops near you" },
  description:
    "Shop groceries, fashion, toys and games from trusted local sellers. Honest MRPs, real discounts and quick delivery to your PIN code.",
  alternates: { canonical: "/" },
};

export default async function HomePage() {
  const top = await listTopCategories();
  // Many top-level departments: show those; a few broad ones (Grocery, Fashion, Toys): show their departments.
  const tileQuery = top.length >= 6 ? { depth: 0, limit: 14, order: "position" as const } : { depth: 1, limit: 14 };
  const [rows, tiles] = await Promise.all([listProductRows(), listCategoryTiles(tileQuery)]);

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:gap-6 md:px-6 md:py-6">
      <Hero topCategories={top} />
      <CategoryTiles tiles={tiles} />
      {rows.length === 0 ? (
        <EmptyState
          icon={PackageOpen}
          title="The shelves are empty right now"
          description={
            process.env.NODE_ENV === "production"
              ? "Sellers have not listed any products yet. Please check back a little later."
              : "No products are on sale yet. Load the demo catalogue with `npm run seed`, then refresh this page."
          }
        >
          <Link href="/seller" className={buttonVariants({ variant: "outline" })}>
            Sell on QuickLocal
          </Link>
        </EmptyState>
      ) : (
        rows.map((row) => <ProductRow key={row.key} id={`row-${row.key}`} title={row.title} href={row.href ?? undefined} products={row.items} />)
      )}
    </div>
  );
}
