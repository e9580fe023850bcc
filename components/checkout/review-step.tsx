import { formatMoney } from "@/lib/platform/money";
import { OPTION_LABELS } from "@/lib/shipping/rules";
import type { CheckoutQuote } from "@/lib/workflows/checkout-types";
import { LineThumb } from "./line-thumb";
import { gstText } from "./order-totals";

/** Every seller's part as it will be ordered: lines, delivery, and the part's totals with its GST. */
export function ReviewStep({ quote }: { quote: CheckoutQuote }) {
  return (
    <div className="grid gap-4">
      {quote.shipments.map((s) => {
        const part = quote.quote?.parts.find((p) => p.sellerId === s.sellerId);
        const lines = quote.lines.filter((l) => s.cartItemIds.includes(l.cartItemId));
        const delivery = s.quotes.find((q) => q.option === s.selected);
        return (
          <article key={s.sellerId} aria-label={`Items from ${s.sellerName}`} className="rounded-lg border border-slate-200">
            <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b border-slate-100 px-3 py-2">
              <h3 className="text-sm font-semibold text-slate-900">Sold by {s.sellerName}</h3>
              <p className="text-sm text-brand-800">
                {!s.requiresShipping ? "Digital delivery after payment" : delivery ? `${OPTION_LABELS[delivery.option]} · ${delivery.label}` : "Choose a delivery option"}
              </p>
            </header>
            <ul className="divide-y divide-slate-100">
              {lines.map((l) => {
                const lineQuote = part?.lines.find((x) => x.key === l.cartItemId);
                return (
                  <li key={l.cartItemId} className="flex gap-3 px-3 py-2.5">
                    <LineThumb imageKey={l.imageKey} />
                    <div className="min-w-0 flex-1 text-sm">
                      <p className="line-clamp-2 font-medium text-slate-900">{l.title}</p>
                      {l.variantTitle && l.variantTitle !== "Standard" ? <p className="text-slate-600">{l.variantTitle}</p> : null}
                      <p className="text-slate-600">
                        {l.quantity} × {formatMoney(l.unitPricePaise)}
                        {l.mrpPaise > l.unitPricePaise ? <s className="ml-1.5 text-slate-500">{formatMoney(l.mrpPaise)}</s> : null}
                        {lineQuote ? <span className="ml-1.5 text-xs">· GST {lineQuote.gstRateBp / 100}%</span> : null}
                      </p>
                    </div>
                    <div className="text-right text-sm">
                      <p className="font-semibold text-slate-900">{formatMoney(lineQuote?.totalPaise ?? l.unitPricePaise * l.quantity)}</p>
                      {lineQuote && lineQuote.discountPaise > 0 ? <p className="text-xs text-brand-700">−{formatMoney(lineQuote.discountPaise)} coupon</p> : null}
                    </div>
                  </li>
                );
              })}
            </ul>
            {part ? (
              <dl className="grid gap-0.5 border-t border-slate-100 px-3 py-2 text-xs text-slate-600">
                <div className="flex justify-between">
                  <dt>Delivery</dt>
                  <dd>{part.shippingPaise === 0 ? (part.freeShippingApplied ? "FREE (threshold reached)" : "FREE") : formatMoney(part.shippingPaise)}</dd>
                </div>
                <div className="flex justify-between">
                  <dt>GST included</dt>
                  <dd className="text-right">
                    {formatMoney(part.taxPaise)} · {gstText({ cgst: part.cgstPaise, sgst: part.sgstPaise, igst: part.igstPaise })}
                  </dd>
                </div>
                <div className="flex justify-between text-sm font-semibold text-slate-900">
                  <dt>Part total</dt>
                  <dd>{formatMoney(part.totalPaise)}</dd>
                </div>
              </dl>
            ) : null}
          </article>
        );
      })}
    </div>
  );
}
