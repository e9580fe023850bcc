import type { OrderDetail } from "@/lib/orders/queries";
import { formatMoney } from "@/lib/platform/money";

/** The order's money, delivery address and payment method. */
export function OrderSummary({ order }: { order: OrderDetail }) {
  const address = order.shippingAddress;
  const cancelledPaise = order.parts.filter((p) => p.status === "cancelled").reduce((sum, p) => sum + p.totalPaise, 0);
  return (
    <div className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <section aria-labelledby="summary-total">
        <h2 id="summary-total" className="mb-2 text-base font-semibold text-slate-900">
          Order summary
        </h2>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">Items</dt>
          <dd className="text-right">{formatMoney(order.subtotalPaise)}</dd>
          {order.discountPaise > 0 ? (
            <>
              <dt className="text-slate-600">Coupon {order.couponCode}</dt>
              <dd className="text-right text-green-700">−{formatMoney(order.discountPaise)}</dd>
            </>
          ) : null}
          <dt className="text-slate-600">Shipping</dt>
          <dd className="text-right">{order.shippingPaise === 0 ? "Free" : formatMoney(order.shippingPaise)}</dd>
          <dt className="border-t border-slate-100 pt-1 font-semibold text-slate-900">Total</dt>
          <dd className="border-t border-slate-100 pt-1 text-right font-semibold">{formatMoney(order.totalPaise)}</dd>
          <dt className="text-xs text-slate-500">Includes GST</dt>
          <dd className="text-right text-xs text-slate-500">{formatMoney(order.taxPaise)}</dd>
          {cancelledPaise > 0 ? (
            <>
              <dt className="text-slate-600">Cancelled parts</dt>
              <dd className="text-right">−{formatMoney(cancelledPaise)}</dd>
              <dt className="font-semibold text-slate-900">Total after cancellations</dt>
              <dd className="text-right font-semibold">{formatMoney(order.totalPaise - cancelledPaise)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="summary-payment">
        <h2 id="summary-payment" className="mb-1 text-sm font-semibold text-slate-900">
          Payment
        </h2>
        <p className="text-sm text-slate-700">{order.paymentMethod === "cod" ? "Cash on delivery" : "Paid online (SANDBOX test payment)"}</p>
      </section>
      {address ? (
        <section aria-labelledby="summary-address">
          <h2 id="summary-address" className="mb-1 text-sm font-semibold text-slate-900">
            Delivering to
          </h2>
          <address className="text-sm not-italic leading-relaxed text-slate-700">
            <span className="font-medium text-slate-900">{address.fullName}</span>
            <br />
            {address.line1}
            {address.line2 ? `, ${address.line2}` : ""}
            {address.landmark ? (
              <>
                <br />
                {/^near\b/i.test(address.landmark) ? address.landmark : `Near ${address.landmark}`}
              </>
            ) : null}
            <br />
            {address.city}, {address.state} {address.pincode}
            <br />
            Phone {address.phone}
          </address>
        </section>
      ) : null}
    </div>
  );
}
