import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/components/workspace/format-date";
import { PageHeader } from "@/components/workspace/page-header";
import { ForceCancelButton } from "@/components/orders/admin-force-cancel";
import { AddressBlock } from "@/components/orders/seller-address-block";
import { OrderTimeline } from "@/components/orders/seller-order-timeline";
import { PartLines } from "@/components/orders/seller-part-lines";
import { DELIVERY_OPTION_LABELS, OrderStatusBadge, PartStatusBadge } from "@/components/orders/seller-status-badge";
import { can, requirePageRole } from "@/lib/auth/policies";
import { getAdminOrderDetail } from "@/lib/orders/admin-queries";
import { canCancelAs } from "@/lib/orders/rules";
import { formatMoney } from "@/lib/platform/money";
import { orNotFound } from "@/lib/ui/or-not-found";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Order ${decodeURIComponent((await params).number)}` };
}

export default async function AdminOrderPage({ params }: Props) {
  const number = decodeURIComponent((await params).number);
  const actor = await requirePageRole("admin", `/admin/orders/${encodeURIComponent(number)}`);
  const { order, parts, timeline } = await orNotFound(getAdminOrderDetail(actor, number));
  const mayCancel = can(actor, "order:force-cancel");
  const cancellable = parts.filter((p) => canCancelAs(p.status, "admin", p));

  return (
    <>
      <Link href="/admin/orders" className="mb-3 inline-flex min-h-11 items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" /> All orders
      </Link>
      <PageHeader
        title={`Order ${order.number}`}
        badge={<OrderStatusBadge status={order.status} />}
        description={`${order.placedAt ? `Placed ${formatDateTime(order.placedAt)}` : `Created ${formatDateTime(order.createdAt)}, not paid`} · ${parts.length} ${parts.length === 1 ? "part" : "parts"}`}
        actions={mayCancel && cancellable.length > 0 ? <ForceCancelButton target={{ orderId: order.id }} label="Force-cancel order" /> : undefined}
      />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="grid content-start gap-4">
          {parts.map((part) => (
            <Card key={part.id}>
              <CardHeader className="flex-row flex-wrap items-start justify-between gap-2">
                <div>
                  <CardTitle>
                    <span className="font-mono">{part.number}</span> · {part.sellerName}
                  </CardTitle>
                  <p className="mt-1 text-xs text-slate-600">
                    {part.requiresShipping && part.deliveryOption
                      ? `${DELIVERY_OPTION_LABELS[part.deliveryOption]} delivery${part.promisedBy ? `, promised by ${formatDate(part.promisedBy)}` : ""}`
                      : "Digital delivery"}
                    {part.carrier ? ` · ${part.carrier} ${part.trackingNumber ?? ""}` : ""}
                  </p>
                  {part.cancelReason ? <p className="mt-1 text-sm text-red-800">Cancelled by {part.cancelledBy ?? "—"}: “{part.cancelReason}”</p> : null}
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  <PartStatusBadge status={part.status} />
                  {mayCancel && canCancelAs(part.status, "admin", part) && parts.length > 1 ? (
                    <ForceCancelButton target={{ subOrderId: part.id, number: part.number }} label="Force-cancel part" size="sm" />
                  ) : null}
                </div>
              </CardHeader>
              <CardContent>
                <PartLines part={part} />
              </CardContent>
            </Card>
          ))}
          <Card>
            <CardHeader>
              <CardTitle>Timeline</CardTitle>
            </CardHeader>
            <CardContent>
              <OrderTimeline entries={timeline} showPart />
            </CardContent>
          </Card>
        </div>
        <div className="grid content-start gap-4">
          <Card>
            <CardHeader>
              <CardTitle>Customer</CardTitle>
            </CardHeader>
            <CardContent className="text-sm text-slate-800">
              <p className="font-semibold text-slate-950">{order.customerName}</p>
              <p>{order.customerEmail}</p>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Deliver to</CardTitle>
            </CardHeader>
            <CardContent>
              <AddressBlock address={order.address} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Payment</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-1.5 text-sm text-slate-800">
              <p>{order.paymentMethod === "cod" ? <Badge tone="warning">Cash on delivery</Badge> : <Badge tone="success">Sandbox (prepaid)</Badge>}</p>
              <dl className="grid gap-1">
                {[
                  ["Items", formatMoney(order.subtotalPaise)],
                  ...(order.discountPaise > 0 ? [[`Discount${order.couponCode ? ` (${order.couponCode})` : ""}`, `− ${formatMoney(order.discountPaise)}`]] : []),
                  ["Shipping", formatMoney(order.shippingPaise)],
                  ["GST included", formatMoney(order.taxPaise)],
                ].map(([k, v]) => (
                  <div key={k} className="flex justify-between gap-3">
                    <dt>{k}</dt>
                    <dd className="tabular-nums">{v}</dd>
                  </div>
                ))}
                <div className="flex justify-between gap-3 border-t border-slate-200 pt-1.5 font-bold text-slate-950">
                  <dt>Total</dt>
                  <dd className="tabular-nums">{formatMoney(order.totalPaise)}</dd>
                </div>
              </dl>
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
