import Link from "next/link";
import type { LiveDealDto } from "@/lib/catalog/deals-queries";
import { dealPercentOff } from "@/lib/catalog/deals-rules";
import { productHref } from "@/lib/catalog/rules";
import { formatMoney } from "@/lib/platform/money";
import { CatalogImage } from "./catalog-image";
import { DealCountdown } from "./deal-countdown";

/**
 * A live deal as a tile: picture, product and variant, deal price against the regular price and
 * MRP, percent off MRP, a ticking countdown and "N left" when the deal is capped. One link named by
 * the product title leads to the product page with the deal's variant chosen.
 */
export function DealCard({ deal, serverNow, priority = false }: { deal: LiveDealDto; serverNow: string; priority?: boolean }) {
  const off = dealPercentOff(deal.dealPricePaise, deal.mrpPaise);
  const money = (p: number) => formatMoney(p, deal.currency, { compact: true });
  const href = productHref(deal.productSlug, deal.variantSku);
  const showVariant = deal.variantTitle && deal.variantTitle !== deal.productTitle;
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-slate-200 bg-white transition-shadow hover:shadow-md has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-brand-600 has-[a:focus-visible]:ring-offset-2">
      <div className="relative aspect-square bg-white p-2">
        <CatalogImage
          image={deal.image}
          sizes="(min-width: 1280px) 240px, (min-width: 768px) 30vw, 48vw"
          priority={priority}
          className="size-full"
          fallbackLabel={`No picture of ${deal.productTitle}`}
        />
        <span className="absolute left-2 top-2 rounded-md bg-red-700 px-1.5 py-0.5 text-xs font-bold text-white">Deal</span>
      </div>
      <div className="flex flex-1 flex-col gap-1 border-t border-slate-100 p-3">
        <h3 className="line-clamp-2 min-h-10 text-sm leading-5 text-slate-900">
          <Link href={href} className="after:absolute after:inset-0 after:content-[''] focus-visible:underline focus-visible:outline-none">
            {deal.productTitle}
          </Link>
        </h3>
        {showVariant && <p className="truncate text-xs text-slate-600">{deal.variantTitle}</p>}
        <p className="mt-auto flex flex-wrap items-baseline gap-x-2 gap-y-0.5 pt-1">
          <span className="text-base font-bold text-slate-950">
            <span className="sr-only">Deal price </span>
            {money(deal.dealPricePaise)}
          </span>
          <s className="text-xs text-slate-600">
            <span className="sr-only">{deal.mrpPaise > deal.pricePaise ? "MRP " : "Regular price "}</span>
            {money(Math.max(deal.mrpPaise, deal.pricePaise))}
          </s>
          {off > 0 && <span className="text-xs font-semibold text-brand-700">{off}% off</span>}
        </p>
        {deal.mrpPaise > deal.pricePaise && <p className="text-xs text-slate-600">Usually {money(deal.pricePaise)}</p>}
        <DealCountdown endsAt={deal.endsAt} serverNow={serverNow} className="text-xs" />
        {deal.remaining !== null && <p className="text-xs font-semibold text-amber-800">{deal.remaining} left at this price</p>}
      </div>
    </article>
  );
}
