import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeft, FileText } from "lucide-react";
import { CancelOrderDialog } from "@/components/orders/cancel-order-dialog";
import { DigitalGoods } from "@/components/orders/digital-goods";
import { OrderPartCard } from "@/components/orders/order-part-card";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { ReorderButton } from "@/components/orders/reorder-button";
import { buttonVariants } from "@/components/ui/button";
import { formatDateTime } from "@/components/workspace/format-date";
import { PageHeader } from "@/components/workspace/page-header";
import { requireSignedIn } from "@/lib/auth/policies";
import { getOrderDetail } from "@/lib/orders/queries";
import { orNotFound } from "@/lib/ui/or-not-found";

type Params = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { number } = await params;
  return { title: `Order ${decodeURIComponent(number).toUpperCase()}`, description: "Track, cancel or reorder, and download GST invoices." };
}

async function load(number: string) {
  const actor = await requireSignedIn(`/account/orders/${encodeURIComponent(number)}`);
  return orNotFound(getOrderDetail(actor, decodeURIComponent(number)));
}

export default async function OrderDetailPage({ params }: Params) {
  const { number } = await params;
  const order = await load(number);
  const invoiceable = order.isCustomer && order.parts.some((p) => p.invoiceAvailable);
  return (
    <div>
      <Link href="/account/orders" className="mb-2 inline-flex min-h-11 items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
        <ChevronLeft className="size-4" aria-hidden="true" />
        All orders
      </Link>
      <PageHeader
        title={`Order ${order.number}`}
        badge={<OrderStatusBadge status={order.status} />}
        description={
          <>
            Placed <time dateTime={order.createdAt}>{formatDateTime(new Date(order.createdAt))}</time> ·{" "}
            {order.parts.length === 1 ? "1 seller" : `${order.parts.length} sellers, each ships their part`}
          </>
        }
        actions={
          order.isCustomer ? (
            <>
              {invoiceable ? (
                <a href={`/account/orders/${order.number}/invoice`} download className={buttonVariants({ variant: "outline" })}>
                  <FileText aria-hidden="true" />
                  Download invoice
                </a>
              ) : null}
              <ReorderButton orderId={order.id} />
              {order.canCancel ? <CancelOrderDialog orderId={order.id} orderNumber={order.number} /> : null}
            </>
          ) : null
        }
      />
      {order.status === "pending_payment" ? (
        <p role="status" className="mb-4 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          We&apos;re waiting for your payment. If it doesn&apos;t complete within 15 minutes of placing the order, the order is cancelled and the items go back on sale.
          {order.payUrl ? (
            <>
              {" "}
              <Link href={order.payUrl} className="font-semibold text-amber-950 underline">
                Complete the payment
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="grid min-w-0 grid-cols-1 content-start gap-4">
          {order.isCustomer ? <DigitalGoods orderId={order.id} /> : null}
          <section aria-labelledby="parts-heading" className="grid grid-cols-1 gap-3">
            <h2 id="parts-heading" className="sr-only">
              Parts of this order
            </h2>
            {order.parts.map((part, i) => (
              <OrderPartCard key={part.id} part={part} orderId={order.id} orderNumber={order.number} index={i} count={order.parts.length} />
            ))}
          </section>
          <section aria-labelledby="timeline-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="timeline-heading" className="mb-3 text-base font-semibold text-slate-900">
              Timeline
            </h2>
            <OrderTimeline entries={order.timeline} />
          </section>
        </div>
        <aside className="lg:sticky lg:top-24 lg:self-start">
          <OrderSummary order={order} />
        </aside>
      </div>
    </div>
  );
}
