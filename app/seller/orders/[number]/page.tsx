import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft, FileDown } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/components/workspace/format-date";
import { PageHeader } from "@/components/workspace/page-header";
import { AddressBlock } from "@/components/orders/seller-address-block";
import { packingSlipAvailable } from "@/components/orders/seller-action-rules";
import { OrderTimeline } from "@/components/orders/seller-order-timeline";
import { PartLines } from "@/components/orders/seller-part-lines";
import { SellerPartActions } from "@/components/orders/seller-part-actions";
import { DELIVERY_OPTION_LABELS, PartStatusBadge } from "@/components/orders/seller-status-badge";
import { requirePageRole } from "@/lib/auth/policies";
import { nextActions } from "@/lib/orders/rules";
import { getSellerOrderPart } from "@/lib/orders/seller-queries";
import { formatMoney } from "@/lib/platform/money";
import { orNotFound } from "@/lib/ui/or-not-found";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Order ${decodeURIComponent((await params).number)}` };
}

export default async function SellerOrderPage({ params }: Props) {
  const number = decodeURIComponent((await params).number);
  const actor = await requirePageRole("seller", `/seller/orders/${encodeURIComponent(number)}`);
  const detail = await orNotFound(getSellerOrderPart(actor, number));
  const { order, part, timeline } = detail;
  const actions = nextActions(part.status, "seller", { requiresShipping: part.requiresShipping });

  return (
    <>
      <Link href="/seller/orders" className="mb-3 inline-flex min-h-11 items-center gap-1 text-sm font-medium text-brand-700 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" /> All orders
      </Link>
      <PageHeader
        title={`Order ${part.number}`}
        badge={<PartStatusBadge status={part.status} />}
        description={order.placedAt ? `Placed ${formatDateTime(order.placedAt)} · part of order ${order.number}` : `Part of order ${order.number}`}
        actions={
          packingSlipAvailable(part) ? (
            <a href={`/seller/orders/${encodeURIComponent(part.number)}/packing-slip`} className={buttonVariants({ variant: "outline" })}>
              <FileDown aria-hidden="true" />
              Packing slip (PDF)
            </a>
          ) : undefined
        }
      />
      {actions.length > 0 ? (
        <section aria-label="Next steps" className="sticky bottom-0 z-10 -mx-4 mb-5 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:rounded-xl sm:border">
          <SellerPartActions part={{ id: part.id, number: part.number }} actions={actions} />
        </section>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="grid content-start gap-4">
          <Card>
            <CardHeader>
              <CardTitle>Items</CardTitle>
            </CardHeader>
            <CardContent>
              <PartLines part={part} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Timeline</CardTitle>
            </CardHeader>
            <CardContent>
              <OrderTimeline entries={timeline} />
            </CardContent>
          </Card>
        </div>
        <div className="grid content-start gap-4">
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
              <CardTitle>Payment and delivery</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-2 text-sm text-slate-800">
              <p>
                {order.paymentMethod === "cod" ? (
                  <>
                    <Badge tone="warning">Cash on delivery</Badge> collect {formatMoney(part.totalPaise)}
                  </>
                ) : (
                  <Badge tone="success">Prepaid</Badge>
                )}
              </p>
              {part.requiresShipping && part.deliveryOption ? (
                <p>
                  {DELIVERY_OPTION_LABELS[part.deliveryOption]} delivery{part.promisedBy ? `, promised by ${formatDate(part.promisedBy)}` : ""}
                </p>
              ) : null}
              {part.carrier || part.trackingNumber ? (
                <p>
                  Carrier: <span className="font-medium">{part.carrier ?? "—"}</span>
                  <br />
                  Tracking: <span className="font-mono">{part.trackingNumber ?? "—"}</span>
                </p>
              ) : null}
              {part.status === "cancelled" && part.cancelReason ? <p className="text-red-800">Cancelled: “{part.cancelReason}”</p> : null}
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
