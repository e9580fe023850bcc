import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CircleCheck, CircleX, Clock } from "lucide-react";
import { ConfirmationParts } from "@/components/checkout/confirmation-parts";
import { DigitalGoods } from "@/components/orders/digital-goods";
import { OrderSummary } from "@/components/orders/order-summary";
import { buttonVariants } from "@/components/ui/button";
import { requirePageRole } from "@/lib/auth/policies";
import { getOrderDetail } from "@/lib/orders/queries";
import { orNotFound } from "@/lib/ui/or-not-found";

export const metadata: Metadata = { title: "Order confirmation", robots: { index: false } };

type Params = { params: Promise<{ orderId: string }> };

async function load(orderId: string) {
  const actor = await requirePageRole("customer", `/checkout/confirmation/${orderId}`);
  const order = await orNotFound(getOrderDetail(actor, orderId));
  return { order, email: actor.email, ok: order.isCustomer };
}

const HEADINGS = {
  placed: { Icon: CircleCheck, tone: "text-brand-700", title: "Thank you, your order is placed" },
  completed: { Icon: CircleCheck, tone: "text-brand-700", title: "Thank you, your order is complete" },
  pending_payment: { Icon: Clock, tone: "text-amber-700", title: "Your order is waiting for payment" },
  cancelled: { Icon: CircleX, tone: "text-red-700", title: "This order was cancelled" },
} as const;

/** After placing (cash on delivery) or paying (sandbox): what was ordered, from whom, and when it arrives. */
export default async function ConfirmationPage({ params }: Params) {
  const { orderId } = await params;
  const { order, email, ok } = await load(orderId);
  if (!ok) notFound();
  const { Icon, tone, title } = HEADINGS[order.status];
  return (
    <div className="mx-auto grid max-w-5xl gap-4 px-4 py-6">
      <header className="flex flex-col items-center gap-2 rounded-xl border border-slate-200 bg-white px-4 py-6 text-center shadow-sm">
        <Icon className={`size-12 ${tone}`} aria-hidden="true" />
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        <p className="text-sm text-slate-700">
          Order <strong data-testid="order-number">{order.number}</strong>
          {order.parts.length > 1 ? ` · ${order.parts.length} parts from ${order.parts.length} sellers, each delivered separately` : ""}
        </p>
        {order.status === "placed" || order.status === "completed" ? <p className="text-sm text-slate-600">We have emailed the details to {email}.</p> : null}
        <div className="mt-2 flex flex-wrap justify-center gap-2">
          {order.status === "pending_payment" && order.payUrl ? (
            <Link href={order.payUrl} className={buttonVariants({ variant: "accent" })}>
              Complete the payment
            </Link>
          ) : null}
          <Link href={`/account/orders/${order.number}`} className={buttonVariants({})}>
            View order
          </Link>
          <Link href="/" className={buttonVariants({ variant: "outline" })}>
            Continue shopping
          </Link>
        </div>
      </header>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <div className="grid gap-4">
          <DigitalGoods orderId={order.id} />
          <ConfirmationParts order={order} />
        </div>
        <OrderSummary order={order} />
      </div>
    </div>
  );
}
