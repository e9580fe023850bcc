import Link from "next/link";
import { FileDown } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { RelativeTime } from "@/components/workspace/relative-time";
import { formatDate } from "@/components/workspace/format-date";
import { nextActions } from "@/lib/orders/rules";
import type { SellerOrderRow } from "@/lib/orders/seller-queries";
import { formatMoney } from "@/lib/platform/money";
import { packingSlipAvailable } from "./seller-action-rules";
import { SellerPartActions } from "./seller-part-actions";
import { DELIVERY_OPTION_LABELS, PartStatusBadge } from "./seller-status-badge";

const units = (n: number) => `${n} ${n === 1 ? "unit" : "units"}`;

/**
 * The seller's order parts as cards (one column on phones, two on wide screens): number, customer and
 * where it goes, what and how much, delivery promise, status, and the next steps right on the card.
 */
export function SellerOrderList({ rows, caption }: { rows: SellerOrderRow[]; caption: string }) {
  return (
    <ul aria-label={caption} className="grid gap-3 xl:grid-cols-2">
      {rows.map((row) => {
        const actions = nextActions(row.status, "seller", { requiresShipping: row.requiresShipping });
        return (
          <li key={row.id} className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <Link href={`/seller/orders/${row.number}`} className="font-mono text-base font-semibold text-brand-800 underline-offset-2 hover:underline">
                  {row.number}
                </Link>
                <p className="text-xs text-slate-600">
                  Placed <RelativeTime date={row.placedAt} />
                </p>
              </div>
              <div className="flex shrink-0 flex-col items-end gap-1">
                <PartStatusBadge status={row.status} />
                {row.paymentMethod === "cod" ? <Badge tone="warning">Cash on delivery</Badge> : <Badge tone="success">Prepaid</Badge>}
              </div>
            </div>
            <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
              <div className="min-w-0">
                <dt className="sr-only">Customer</dt>
                <dd className="truncate font-medium text-slate-900">{row.customerName}</dd>
                <dd className="truncate text-xs text-slate-600">{row.city ? `${row.city} ${row.pincode ?? ""}` : "Digital delivery"}</dd>
              </div>
              <div className="text-right">
                <dt className="sr-only">Total</dt>
                <dd className="font-semibold tabular-nums text-slate-900">{formatMoney(row.totalPaise)}</dd>
                <dd className="text-xs text-slate-600">
                  {row.itemCount} {row.itemCount === 1 ? "item" : "items"} · {units(row.units)}
                </dd>
              </div>
              {row.requiresShipping && row.deliveryOption ? (
                <div className="col-span-2 text-xs text-slate-700">
                  <dt className="inline">Delivery: </dt>
                  <dd className="inline">
                    {DELIVERY_OPTION_LABELS[row.deliveryOption]}
                    {row.promisedBy ? `, promised by ${formatDate(row.promisedBy)}` : ""}
                  </dd>
                </div>
              ) : null}
            </dl>
            {actions.length > 0 ? (
              <div className="flex flex-wrap items-start justify-between gap-2 border-t border-slate-100 pt-3">
                <SellerPartActions part={{ id: row.id, number: row.number }} actions={actions} />
                {packingSlipAvailable(row) ? (
                  <a href={`/seller/orders/${encodeURIComponent(row.number)}/packing-slip`} className={buttonVariants({ variant: "ghost" })}>
                    <FileDown aria-hidden="true" />
                    Packing slip<span className="sr-only"> for {row.number}</span>
                  </a>
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
