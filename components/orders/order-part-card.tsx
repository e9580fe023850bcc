import { FileText, Store, Truck } from "lucide-react";
import { formatDate } from "@/components/workspace/format-date";
import type { OrderDetailPart } from "@/lib/orders/queries";
import { formatMoney } from "@/lib/platform/money";
import { CancelOrderDialog } from "./cancel-order-dialog";
import { OrderLineThumb } from "./order-line-thumb";
import { OrderProgress } from "./order-progress";
import { PartStatusBadge } from "./order-status-badge";

const OPTION_LABELS = { standard: "Standard delivery", next_day: "Next-day delivery", same_day: "Same-day delivery" } as const;

function deliveryLine(part: OrderDetailPart): string | null {
  if (!part.requiresShipping) return part.status === "delivered" ? "Delivered digitally" : "Digital delivery, no shipping";
  if (part.status === "delivered" && part.deliveredAt) return `Delivered on ${formatDate(new Date(part.deliveredAt))}`;
  if (part.status === "cancelled") return null;
  const option = part.deliveryOption ? OPTION_LABELS[part.deliveryOption] : "Delivery";
  return part.promisedBy ? `${option} · arriving by ${formatDate(new Date(part.promisedBy))}` : option;
}

/** One seller's part of the order: status, progress, items, delivery, its own totals and what the customer can do. */
export function OrderPartCard({ part, orderId, orderNumber, index, count }: { part: OrderDetailPart; orderId: string; orderNumber: string; index: number; count: number }) {
  const delivery = deliveryLine(part);
  const cancellable = part.customerActions.some((a) => a.to === "cancelled");
  return (
    <article className="min-w-0 rounded-xl border border-slate-200 bg-white shadow-sm" aria-labelledby={`part-${part.id}`}>
      <header className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-100 p-4">
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
            Part {index + 1} of {count} · {part.number}
          </p>
          <h3 id={`part-${part.id}`} className="flex items-center gap-1.5 text-base font-semibold text-slate-900">
            <Store className="size-4 text-slate-500" aria-hidden="true" />
            {part.seller.name}
          </h3>
          {delivery ? (
            <p className="mt-0.5 flex items-center gap-1.5 text-sm text-slate-700">
              <Truck className="size-4 text-slate-500" aria-hidden="true" />
              {delivery}
            </p>
          ) : null}
        </div>
        <PartStatusBadge status={part.status} />
      </header>
      <div className="grid grid-cols-1 gap-4 p-4">
        {part.requiresShipping && part.status !== "cancelled" ? <OrderProgress status={part.status} /> : null}
        {part.status === "cancelled" ? (
          <p className="rounded-lg bg-red-50 p-3 text-sm text-red-900">
            Cancelled{part.cancelledBy === "customer" ? " by you" : part.cancelledBy === "seller" ? " by the seller" : ""}
            {part.cancelReason ? `: “${part.cancelReason}”` : "."}
          </p>
        ) : null}
        {part.carrier || part.trackingNumber ? (
          <p className="text-sm text-slate-700">
            Shipped with <span className="font-medium">{part.carrier ?? "the seller's courier"}</span>
            {part.trackingNumber ? (
              <>
                , tracking number <span className="font-mono">{part.trackingNumber}</span>
              </>
            ) : null}
          </p>
        ) : null}
        <ul className="grid gap-3" aria-label={`Items from ${part.seller.name}`}>
          {part.lines.map((line) => (
            <li key={line.id} className="flex gap-3">
              <OrderLineThumb imageKey={line.imageKey} title={line.title} />
              <div className="min-w-0 flex-1 text-sm">
                <p className="line-clamp-2 font-medium text-slate-900">{line.title}</p>
                {line.variantTitle && line.variantTitle !== line.title && line.variantTitle !== "Standard" ? <p className="text-slate-600">{line.variantTitle}</p> : null}
                <p className="text-slate-600">
                  Qty {line.quantity} × {formatMoney(line.unitPricePaise)}
                  {line.discountPaise > 0 ? <span className="text-green-700"> · coupon −{formatMoney(line.discountPaise)}</span> : null}
                </p>
              </div>
              <p className="shrink-0 text-sm font-semibold text-slate-900">{formatMoney(line.totalPaise)}</p>
            </li>
          ))}
        </ul>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-slate-100 pt-3 text-sm">
          <dt className="text-slate-600">Shipping</dt>
          <dd className="text-right">{part.shippingPaise === 0 ? "Free" : formatMoney(part.shippingPaise)}</dd>
          <dt className="text-slate-600">{part.igstPaise > 0 ? "Includes IGST" : "Includes CGST + SGST"}</dt>
          <dd className="text-right">{part.igstPaise > 0 ? formatMoney(part.igstPaise) : `${formatMoney(part.cgstPaise)} + ${formatMoney(part.sgstPaise)}`}</dd>
          <dt className="font-semibold text-slate-900">Part total</dt>
          <dd className="text-right font-semibold">{formatMoney(part.totalPaise)}</dd>
        </dl>
      </div>
      {part.invoiceAvailable || (cancellable && count > 1) ? (
        <footer className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 px-4 py-2">
          {part.invoiceAvailable ? (
            <a
              href={`/account/orders/${orderNumber}/invoice?part=${part.number}`}
              download
              className="inline-flex min-h-11 items-center gap-2 rounded-lg text-sm font-semibold text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <FileText className="size-4" aria-hidden="true" />
              Tax invoice (PDF)
            </a>
          ) : (
            <span />
          )}
          {cancellable && count > 1 ? <CancelOrderDialog orderId={orderId} orderNumber={orderNumber} part={{ id: part.id, number: part.number, sellerName: part.seller.name }} /> : null}
        </footer>
      ) : null}
    </article>
  );
}
