import type { Metadata } from "next";
import Link from "next/link";
import { Percent } from "lucide-react";
import { DealCard } from "@/components/storefront/deal-card";
import { EmptyState } from "@/components/storefront/empty-state";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonVariants } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { listLiveDeals } from "@/lib/catalog/deals-queries";
import { dealsPageSchema } from "@/lib/catalog/deals-schemas";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Deals",
  description: "Limited-time deals from local sellers on QuickLocal: deal prices, how long each lasts and how many are left.",
  alternates: { canonical: "/deals" },
};

const href = (page: number) => (page > 1 ? `/deals?page=${page}` : "/deals");

export default async function DealsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { page } = dealsPageSchema.parse(await searchParams);
  const result = await listLiveDeals({ page });
  const serverNow = new Date().toISOString();

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Deals" }]} />
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-2xl font-bold text-slate-950 md:text-3xl">Deals</h1>
        <p className="text-sm text-slate-600" role="status">
          {result.total === 0 ? "No deals right now" : `${result.total.toLocaleString("en-IN")} live ${result.total === 1 ? "deal" : "deals"}`}
        </p>
      </header>
      <p className="-mt-2 text-sm text-slate-600">Limited-time prices from local sellers. Each deal ends at the time shown, or sooner when its stock at the deal price runs out.</p>

      {result.items.length > 0 ? (
        <>
          <ul aria-label="Live deals" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
            {result.items.map((deal, i) => (
              <li key={deal.id}>
                <DealCard deal={deal} serverNow={serverNow} priority={i < 2} />
              </li>
            ))}
          </ul>
          <Pagination page={page} pageCount={result.pageCount} hrefFor={href} label="Deals pages" className="mt-2" />
        </>
      ) : result.total > 0 ? (
        <EmptyState icon={Percent} title={`There is no page ${page} of deals`} description={`Today's deals fit on ${result.pageCount} ${result.pageCount === 1 ? "page" : "pages"}.`}>
          <Link href="/deals" className={buttonVariants({ variant: "primary" })}>
            Back to the first page
          </Link>
        </EmptyState>
      ) : (
        <EmptyState icon={Percent} title="No deals right now" description="Sellers add new deals often. Meanwhile, the biggest everyday discounts are one tap away.">
          <Link href="/search?sort=discount" className={buttonVariants({ variant: "primary" })}>
            Shop biggest discounts
          </Link>
        </EmptyState>
      )}
    </div>
  );
}
