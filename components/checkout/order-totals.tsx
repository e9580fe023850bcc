import { formatMoney } from "@/lib/platform/money";
import type { OrderQuote } from "@/lib/checkout/pricing-rules";

function gstSplit(quote: OrderQuote) {
  return quote.parts.reduce((s, p) => ({ cgst: s.cgst + p.cgstPaise, sgst: s.sgst + p.sgstPaise, igst: s.igst + p.igstPaise }), { cgst: 0, sgst: 0, igst: 0 });
}

/** "CGST ₹9.00 + SGST ₹9.00", "IGST ₹18.00", or both for a mixed order. */
export function gstText(p: { cgst: number; sgst: number; igst: number }): string {
  const parts = [];
  if (p.cgst + p.sgst > 0) parts.push(`CGST ${formatMoney(p.cgst)} + SGST ${formatMoney(p.sgst)}`);
  if (p.igst > 0) parts.push(`IGST ${formatMoney(p.igst)}`);
  return parts.join(" + ") || "No GST on these items";
}

/** Items, coupon, delivery and the total, with the GST it includes (prices are GST-inclusive). */
export function OrderTotals({ quote, itemCount }: { quote: OrderQuote; itemCount: number }) {
  const gst = gstSplit(quote);
  return (
    <dl className="grid gap-1.5 text-sm">
      <div className="flex justify-between gap-3">
        <dt className="text-slate-700">
          Items ({itemCount})
        </dt>
        <dd className="text-slate-900">{formatMoney(quote.subtotalPaise)}</dd>
      </div>
      {quote.discountPaise > 0 ? (
        <div className="flex justify-between gap-3 text-brand-700">
          <dt>Coupon{quote.coupon ? ` (${quote.coupon.code})` : ""}</dt>
          <dd>−{formatMoney(quote.discountPaise)}</dd>
        </div>
      ) : null}
      <div className="flex justify-between gap-3">
        <dt className="text-slate-700">Delivery</dt>
        <dd className={quote.shippingPaise === 0 ? "font-semibold text-brand-700" : "text-slate-900"}>{quote.shippingPaise === 0 ? "FREE" : formatMoney(quote.shippingPaise)}</dd>
      </div>
      <div className="mt-1 flex justify-between gap-3 border-t border-slate-200 pt-2 text-base font-semibold text-slate-900">
        <dt>Order total</dt>
        <dd data-testid="order-total">{formatMoney(quote.totalPaise)}</dd>
      </div>
      <div className="flex justify-between gap-3 text-xs text-slate-600">
        <dt>Includes GST {formatMoney(quote.taxPaise)}</dt>
        <dd className="text-right">{gstText(gst)}</dd>
      </div>
    </dl>
  );
}
