import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { FlaskConical } from "lucide-react";
import { SandboxPayForm } from "@/components/checkout/sandbox-pay-form";
import { buttonVariants } from "@/components/ui/button";
import { formatDateTime } from "@/components/workspace/format-date";
import { requirePageRole } from "@/lib/auth/policies";
import { getPaymentForCustomer } from "@/lib/payments";
import { formatMoney } from "@/lib/platform/money";

export const metadata: Metadata = { title: "SANDBOX payment", robots: { index: false } };

/**
 * The SANDBOX provider's payment page: a test gateway that moves no money. The customer approves or
 * declines; a finished payment leads on to its order.
 */
export default async function SandboxPayPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const actor = await requirePageRole("customer", `/checkout/pay/${paymentId}`);
  const payment = await getPaymentForCustomer(actor, paymentId);
  if (!payment || !payment.sandbox) notFound();
  if (payment.status === "captured") redirect(`/checkout/confirmation/${payment.orderId}`);
  const open = payment.status === "pending" && payment.orderStatus === "pending_payment";

  return (
    <div className="mx-auto grid max-w-lg gap-4 px-4 py-6">
      <div role="note" className="flex items-start gap-3 rounded-xl border-2 border-dashed border-amber-500 bg-amber-50 p-4 text-amber-950">
        <FlaskConical className="mt-0.5 size-6 shrink-0" aria-hidden="true" />
        <div>
          <p className="text-lg font-bold tracking-wide">SANDBOX</p>
          <p className="text-sm">This is a test payment page. No real card, UPI or money is involved — choose what the bank would answer.</p>
        </div>
      </div>
      <section aria-labelledby="pay-title" className="grid gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <div>
          <h1 id="pay-title" className="text-xl font-semibold text-slate-900">
            Pay for order {payment.orderNumber}
          </h1>
          <p className="mt-1 text-3xl font-semibold text-slate-900">{formatMoney(payment.amountPaise)}</p>
          {open && payment.expiresAt ? (
            <p className="mt-1 text-sm text-slate-600">Your items are held until {formatDateTime(payment.expiresAt)}.</p>
          ) : null}
        </div>
        {open ? (
          <SandboxPayForm paymentId={payment.id} />
        ) : (
          <div className="grid gap-3">
            <p role="status" className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-800">
              {payment.status === "failed"
                ? `Payment declined: order ${payment.orderNumber} was cancelled and nothing was charged. Your items are still in your cart.`
                : `This payment can no longer be made: order ${payment.orderNumber} was not paid in time and has been cancelled. Nothing was charged; your items are still in your cart.`}
            </p>
            <div className="flex flex-wrap gap-2">
              <Link href="/checkout" className={buttonVariants({})}>
                Back to checkout
              </Link>
              <Link href={`/account/orders/${payment.orderNumber}`} className={buttonVariants({ variant: "outline" })}>
                View the order
              </Link>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
