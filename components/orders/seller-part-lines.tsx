import type { PartDto } from "@/lib/orders/order-detail-queries";
import { formatMoney } from "@/lib/platform/money";

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-4 ${strong ? "border-t border-slate-200 pt-2 text-base font-bold text-slate-950" : "text-sm text-slate-700"}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}

/** A part's lines (item, SKU, quantity, price) and its totals with the GST it includes. */
export function PartLines({ part }: { part: PartDto }) {
  const money = (p: number) => formatMoney(p);
  return (
    <div>
      <ul aria-label={`Items in ${part.number}`} className="divide-y divide-slate-100">
        {part.lines.map((l) => (
          <li key={l.id} className="flex items-start justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">{l.title}</p>
              <p className="text-xs text-slate-600">
                {l.variantTitle && l.variantTitle !== l.title ? `${l.variantTitle} · ` : ""}
                <span className="font-mono">{l.sku}</span> · GST {l.gstRateBp / 100}%{l.productType === "digital" ? " · Digital" : ""}
              </p>
            </div>
            <div className="shrink-0 text-right text-sm">
              <p className="font-semibold tabular-nums text-slate-900">{money(l.totalPaise)}</p>
              <p className="text-xs tabular-nums text-slate-600">
                {l.quantity} × {money(l.unitPricePaise)}
                {l.discountPaise > 0 ? ` − ${money(l.discountPaise)}` : ""}
              </p>
            </div>
          </li>
        ))}
      </ul>
      <dl className="mt-2 grid gap-1.5 border-t border-slate-200 pt-3">
        <Row label="Items" value={money(part.subtotalPaise)} />
        {part.discountPaise > 0 ? <Row label="Discount" value={`− ${money(part.discountPaise)}`} /> : null}
        <Row label="Shipping" value={part.shippingPaise > 0 ? money(part.shippingPaise) : "Free"} />
        <Row label="Total" value={money(part.totalPaise)} strong />
        {part.igstPaise > 0 ? <Row label="includes IGST" value={money(part.igstPaise)} /> : null}
        {part.cgstPaise + part.sgstPaise > 0 ? <Row label="includes CGST + SGST" value={`${money(part.cgstPaise)} + ${money(part.sgstPaise)}`} /> : null}
      </dl>
    </div>
  );
}
