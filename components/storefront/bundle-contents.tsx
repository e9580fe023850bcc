import Link from "next/link";
import { PackageOpen } from "lucide-react";
import type { BundleContentsDto } from "@/lib/catalog/bundles";
import { productHref, stockStatus } from "@/lib/catalog/rules";
import { formatMoney } from "@/lib/platform/money";
import { cn } from "@/lib/ui/cn";
import { CatalogImage } from "./catalog-image";

/** "₹499 vs ₹620 if bought separately — you save ₹121" under a bundle's price (nothing when it saves nothing). */
export function BundleSaving({ pricePaise, sumOfPartsPaise, className }: { pricePaise: number; sumOfPartsPaise: number; className?: string }) {
  if (sumOfPartsPaise <= pricePaise) return null;
  return (
    <p className={cn("text-sm text-slate-700", className)}>
      <span className="font-semibold text-slate-950">{formatMoney(pricePaise, "INR", { compact: true })}</span> vs{" "}
      <s>{formatMoney(sumOfPartsPaise, "INR", { compact: true })}</s> if bought separately —{" "}
      <span className="font-semibold text-brand-700">you save {formatMoney(sumOfPartsPaise - pricePaise, "INR", { compact: true })}</span>
    </p>
  );
}

/** "What's in the box": each component with its picture, link, quantity and whether it is in stock. */
export function BundleContents({ bundle }: { bundle: BundleContentsDto }) {
  return (
    <section aria-labelledby="bundle-heading" className="rounded-2xl bg-white p-4 ring-1 ring-slate-200 md:p-6">
      <h2 id="bundle-heading" className="mb-1 flex items-center gap-2 text-lg font-bold text-slate-900">
        <PackageOpen className="size-5 text-brand-700" aria-hidden="true" />
        What&apos;s in the box
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        {bundle.items.length} {bundle.items.length === 1 ? "item" : "items"}, worth {formatMoney(bundle.sumOfPartsPaise, "INR", { compact: true })} bought
        separately.
      </p>
      <ul className="divide-y divide-slate-100">
        {bundle.items.map((item) => {
          const stock = stockStatus(Math.floor(item.available / item.quantity));
          return (
            <li key={item.variantId} className="flex items-center gap-3 py-3">
              <CatalogImage image={item.image} sizes="64px" className="size-16 shrink-0 rounded-lg bg-white ring-1 ring-slate-100" fallbackLabel={`No picture of ${item.productTitle}`} />
              <div className="min-w-0 flex-1">
                <Link href={productHref(item.productSlug)} className="line-clamp-2 text-sm font-semibold text-slate-900 hover:text-brand-700 hover:underline">
                  {item.productTitle}
                </Link>
                {item.variantTitle && item.variantTitle !== "Standard" && <p className="text-xs text-slate-600">{item.variantTitle}</p>}
                <p className={cn("text-xs font-semibold", stock.kind === "out" ? "text-red-700" : stock.kind === "low" ? "text-amber-800" : "text-brand-700")}>
                  {stock.kind === "out" ? "Out of stock" : "In stock"}
                </p>
              </div>
              <div className="shrink-0 text-right text-sm">
                <p className="font-semibold text-slate-900">× {item.quantity}</p>
                <p className="text-xs text-slate-600">{formatMoney(item.pricePaise, "INR", { compact: true })} each</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
