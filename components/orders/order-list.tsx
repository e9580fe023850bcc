import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { formatDate } from "@/components/workspace/format-date";
import type { CustomerOrderSummary } from "@/lib/orders/queries";
import { formatMoney } from "@/lib/platform/money";
import { OrderLineThumb } from "./order-line-thumb";
import { OrderStatusBadge, PartStatusBadge } from "./order-status-badge";

/** The customer's orders as cards: number, date, total, a few item pictures and every seller part's status. */
export function OrderList({ orders }: { orders: CustomerOrderSummary[] }) {
  return (
    <ul className="grid gap-3" aria-label="Your orders">
      {orders.map((order) => (
        <li key={order.id}>
          <article className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <header className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-100 p-4">
              <div className="min-w-0">
                <h2 className="text-base font-semibold text-slate-900">
                  <Link href={`/account/orders/${order.number}`} className="rounded hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                    Order {order.number}
                  </Link>
                </h2>
                <p className="text-sm text-slate-600">
                  Placed {formatDate(new Date(order.createdAt))} · {order.itemCount} {order.itemCount === 1 ? "item" : "items"} ·{" "}
                  <span className="font-semibold text-slate-900">{formatMoney(order.totalPaise)}</span>
                </p>
              </div>
              <OrderStatusBadge status={order.status} />
            </header>
            <div className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="flex gap-2" aria-hidden="true">
                {order.previews.map((p, i) => (
                  <OrderLineThumb key={i} imageKey={p.imageKey} title={p.title} />
                ))}
              </div>
              <ul className="grid gap-1.5 text-sm sm:min-w-64" aria-label={`Parts of order ${order.number}`}>
                {order.parts.map((part) => (
                  <li key={part.id} className="flex items-center justify-between gap-3">
                    <span className="min-w-0 truncate text-slate-700">{part.sellerName}</span>
                    <PartStatusBadge status={part.status} />
                  </li>
                ))}
              </ul>
            </div>
            <footer className="border-t border-slate-100">
              <Link
                href={`/account/orders/${order.number}`}
                className="flex min-h-11 items-center justify-between rounded-b-xl px-4 text-sm font-semibold text-brand-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
                aria-label={`View order ${order.number}`}
              >
                View details, track or cancel
                <ChevronRight className="size-4" aria-hidden="true" />
              </Link>
            </footer>
          </article>
        </li>
      ))}
    </ul>
  );
}
