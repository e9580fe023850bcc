"use client";

import { LoaderCircle, Lock } from "lucide-react";
import { FormAlert } from "@/components/auth/form-alert";
import { PendingButton } from "@/components/forms/pending-button";
import type { CheckoutQuote } from "@/lib/workflows/checkout-types";
import type { PaymentMethod } from "@/models/orders";
import { CouponBox } from "./coupon-box";
import { OrderTotals } from "./order-totals";

/** The order summary beside (desktop) or below (mobile) the steps: totals, coupon and the place button. */
export function PlaceOrderPanel({
  quote,
  couponCode,
  paymentMethod,
  ready,
  quoting,
  placing,
  placeError,
  onApplyCoupon,
  onRemoveCoupon,
  onPlace,
}: {
  quote: CheckoutQuote;
  couponCode: string | null;
  paymentMethod: PaymentMethod | null;
  /** Every step is done. */
  ready: boolean;
  quoting: boolean;
  placing: boolean;
  placeError: { message: string; reload: boolean } | null;
  onApplyCoupon: (code: string) => void;
  onRemoveCoupon: () => void;
  onPlace: () => void;
}) {
  const units = quote.lines.reduce((n, l) => n + l.quantity, 0);
  const couponError = quote.problems.find((p) => p.kind === "coupon")?.message ?? null;
  const canPlace = ready && quote.canPlace && !quoting && paymentMethod !== null;
  return (
    <section aria-labelledby="order-summary-title" className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex items-center justify-between">
        <h2 id="order-summary-title" className="text-base font-semibold text-slate-900">
          Order summary
        </h2>
        <span aria-live="polite" className="flex items-center gap-1.5 text-xs text-slate-600">
          {quoting ? (
            <>
              <LoaderCircle className="size-3.5 animate-spin" aria-hidden="true" />
              Updating…
            </>
          ) : null}
        </span>
      </div>
      {quote.quote ? (
        <OrderTotals quote={quote.quote} itemCount={units} />
      ) : (
        <p className="text-sm text-slate-600">Choose a delivery address to see delivery fees, GST and your total.</p>
      )}
      <CouponBox
        key={quote.quote?.coupon?.code ?? couponCode ?? "none"}
        applied={quote.quote?.coupon ? { code: quote.quote.coupon.code, discountPaise: quote.quote.coupon.discountPaise } : null}
        pendingCode={couponCode}
        error={couponError}
        busy={quoting || placing}
        onApply={onApplyCoupon}
        onRemove={onRemoveCoupon}
      />
      {placeError ? (
        <FormAlert tone="error">
          {placeError.message}
          {placeError.reload ? (
            <button type="button" onClick={() => window.location.reload()} className="ml-1 min-h-9 font-semibold underline underline-offset-2">
              Reload checkout
            </button>
          ) : null}
        </FormAlert>
      ) : null}
      <PendingButton type="button" size="lg" pending={placing} pendingLabel="Placing your order…" disabled={!canPlace} onClick={onPlace} className="w-full">
        <Lock aria-hidden="true" />
        {paymentMethod === "sandbox" ? "Place order and pay" : "Place order"}
      </PendingButton>
      <p className="text-xs text-slate-600">
        {!ready
          ? "Complete the steps to place your order."
          : paymentMethod === "sandbox"
            ? "Next you approve or decline the SANDBOX test payment. Your items are held for 15 minutes."
            : "Pay the delivery partner in cash or by UPI when your order arrives."}
      </p>
    </section>
  );
}
