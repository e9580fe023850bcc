import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { GitCompareArrows, Info, X } from "lucide-react";
import { CatalogImage } from "@/components/storefront/catalog-image";
import { EmptyState } from "@/components/storefront/empty-state";
import { Price } from "@/components/storefront/price";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonVariants } from "@/components/ui/button";
import { clearCompareForm, removeFromCompareForm } from "@/lib/catalog/compare-actions";
import { getCompareList } from "@/lib/catalog/compare-queries";
import { buildComparison, COMPARE_COOKIE, COMPARE_HREF, COMPARE_LIMIT, differingRows, diffParamSchema } from "@/lib/catalog/compare-rules";
import { categoryHref, priceDisplay, productHref } from "@/lib/catalog/rules";
import { cn } from "@/lib/ui/cn";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Compare products",
  description: "Your chosen products side by side: price, rating, seller and specifications, with the differences highlighted.",
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const [raw, store] = await Promise.all([searchParams, cookies()]);
  const onlyDiff = diffParamSchema.parse(raw.diff);
  const items = await getCompareList(store.get(COMPARE_COOKIE)?.value);
  const { rows, mixedCategories } = buildComparison(items);
  const differing = differingRows(rows);
  const shown = onlyDiff ? differing : rows;

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Compare" }]} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold text-slate-950 md:text-2xl">Compare products</h1>
          <p className="text-sm text-slate-600">
            {items.length === 0
              ? `Add up to ${COMPARE_LIMIT} products from any listing or product page.`
              : `${items.length} of ${COMPARE_LIMIT} products${items.length >= 2 ? ` · ${differing.length} ${differing.length === 1 ? "difference" : "differences"}` : ""}`}
          </p>
        </div>
        {items.length > 0 && (
          <div className="flex flex-wrap items-center gap-2">
            {items.length >= 2 && (
              <Link
                href={onlyDiff ? COMPARE_HREF : `${COMPARE_HREF}?diff=1`}
                role="switch"
                aria-checked={onlyDiff}
                scroll={false}
                className="inline-flex min-h-11 items-center gap-2 rounded-lg px-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                <span aria-hidden="true" className={cn("relative h-6 w-10 rounded-full transition-colors", onlyDiff ? "bg-brand-600" : "bg-slate-300")}>
                  <span className={cn("absolute top-0.5 size-5 rounded-full bg-white shadow transition-all", onlyDiff ? "left-[1.125rem]" : "left-0.5")} />
                </span>
                Show only differences
              </Link>
            )}
            <form action={clearCompareForm}>
              <button type="submit" className={buttonVariants({ variant: "outline", size: "sm", className: "min-h-11" })}>
                Clear all
              </button>
            </form>
          </div>
        )}
      </div>

      {items.length === 0 ? (
        <EmptyState
          icon={GitCompareArrows}
          title="Nothing to compare yet"
          description={`Tap “Add to compare” on up to ${COMPARE_LIMIT} products in a category or on a product page, then come back here to see them side by side.`}
        >
          <Link href="/" className={buttonVariants({ variant: "primary" })}>
            Browse products
          </Link>
        </EmptyState>
      ) : (
        <>
          {items.length === 1 && (
            <p className="flex items-start gap-2 rounded-xl bg-sky-50 p-3 text-sm text-sky-900 ring-1 ring-sky-200">
              <Info className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
              <span>
                Add at least one more product to see the differences.{" "}
                <Link href={categoryHref(items[0].category.slug)} className="font-semibold underline underline-offset-2">
                  More in {items[0].category.name}
                </Link>
              </span>
            </p>
          )}
          {mixedCategories && (
            <p className="flex items-start gap-2 rounded-xl bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
              <Info className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
              <span>
                These products are from different departments ({[...new Set(items.map((p) => p.topCategory.name))].join(", ")}), so some rows
                may not apply to all of them.
              </span>
            </p>
          )}

          <div className="relative min-w-0 overflow-x-auto rounded-2xl bg-white ring-1 ring-slate-200" role="region" aria-label="Comparison table" tabIndex={0}>
            <table className="w-full min-w-max border-separate border-spacing-0 text-sm">
              <caption className="sr-only">
                {`Comparison of ${items.map((p) => p.title).join(", ")}${onlyDiff ? " — only the rows that differ" : ""}. Rows that differ are marked.`}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="sticky left-0 z-10 w-28 border-b border-r border-slate-200 bg-white p-3 text-left align-bottom text-xs font-normal text-slate-600 md:w-40">
                    <span className="sr-only">Detail</span>
                    {items.length >= 2 && (
                      <span className="inline-flex items-center gap-1.5">
                        <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-amber-100 ring-1 ring-amber-300" />
                        Differs
                      </span>
                    )}
                  </th>
                  {items.map((p) => (
                    <th key={p.id} scope="col" className="w-40 min-w-40 border-b border-slate-200 p-3 text-left align-top font-normal md:w-56 md:min-w-56">
                      <div className="grid gap-2">
                        <div className="flex items-start justify-between gap-1">
                          <CatalogImage image={p.image} sizes="160px" className="size-24 md:size-32" fallbackLabel={`No picture of ${p.title}`} />
                          <form action={removeFromCompareForm}>
                            <input type="hidden" name="productId" value={p.id} />
                            <button
                              type="submit"
                              aria-label={`Remove ${p.title} from compare`}
                              className="-mr-2 -mt-2 grid size-11 place-items-center rounded-lg text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
                            >
                              <X className="size-4" aria-hidden="true" />
                            </button>
                          </form>
                        </div>
                        <Link
                          href={productHref(p.slug, p.variantSku)}
                          className="line-clamp-3 font-semibold leading-5 text-slate-900 hover:text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
                        >
                          {p.title}
                        </Link>
                        {p.variantTitle && p.variantTitle !== p.title && <p className="line-clamp-1 text-xs text-slate-600">{p.variantTitle}</p>}
                        <Price display={priceDisplay(p.pricePaise, p.mrpPaise)} currency={p.currency} />
                      </div>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.length === 0 ? (
                  <tr>
                    <td colSpan={items.length + 1} className="p-6 text-center text-slate-600">
                      These products do not differ in anything we know of.{" "}
                      <Link href={COMPARE_HREF} className="font-semibold text-brand-700 underline underline-offset-2">
                        Show all rows
                      </Link>
                    </td>
                  </tr>
                ) : (
                  shown.map((row) => (
                    <tr key={row.key} data-different={row.different ? "true" : undefined} className="group">
                      <th
                        scope="row"
                        className={cn(
                          "sticky left-0 z-10 w-28 border-b border-r border-slate-200 p-3 text-left align-top text-xs font-semibold text-slate-700 md:w-40 md:text-sm",
                          row.different ? "bg-amber-50" : "bg-white",
                        )}
                      >
                        {row.label}
                        {row.different && <span className="sr-only"> (differs)</span>}
                      </th>
                      {row.values.map((value, i) => (
                        <td
                          key={items[i].id}
                          className={cn(
                            "border-b border-slate-200 p-3 align-top text-slate-800",
                            row.different && "bg-amber-50",
                            value === "—" && "text-slate-500",
                          )}
                        >
                          {value}
                        </td>
                      ))}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          {onlyDiff && shown.length > 0 && (
            <p className="text-sm text-slate-600">
              Showing {shown.length} of {rows.length} rows.{" "}
              <Link href={COMPARE_HREF} className="font-semibold text-brand-700 underline underline-offset-2">
                Show all rows
              </Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
