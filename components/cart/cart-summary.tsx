import Link from "next/link";
import { Lock } from "lucide-react";
import { Button } from "@/components/ui/button";
import { MAX_ITEMS_PER_ORDER, MAX_UNITS_PER_ORDER } from "@/lib/cart/rules";
import type { CartView } from "@/lib/cart/types";
import { formatMoney } from "@/lib/platform/money";
import { checkoutHref } from "./checkout-href";

function CheckoutButton({ view, signedIn }: { view: CartView; signedIn: boolean }) {
  if (!view.canCheckout) {
    return (
      <Button size="lg" disabled aria-describedby="cart-blocked-note" className="w-full">
        <Lock aria-hidden="true" />
        Proceed to checkout
      </Button>
    );
  }
  return (
    <Button asChild size="lg" className="w-full">
      <Link href={checkoutHref(signedIn)}>
        <Lock aria-hidden="true" />
        Proceed to checkout
      </Link>
    </Button>
  );
}

/** The order summary beside the cart (below it on phones) and, on phones, a bar stuck to the bottom with the total. */
export function CartSummary({ view, signedIn }: { view: CartView; signedIn: boolean }) {
  const s = view.summary;
  const blocked = view.blockingCount > 0 && (
    <p id="cart-blocked-note" className="text-sm text-amber-900">
      {view.blockingCount === 1 ? "1 item needs" : `${view.blockingCount} items need`} your attention before checkout.
    </p>
  );
  return (
    <>
      <section aria-labelledby="cart-summary-heading" className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 lg:sticky lg:top-24">
        <h2 id="cart-summary-heading" className="text-base font-semibold text-slate-900">
          Order summary
        </h2>
        <dl className="grid gap-1.5 text-sm">
          <div className="flex justify-between">
            <dt>
              Price ({s.unitCount} {s.unitCount === 1 ? "item" : "items"})
            </dt>
            <dd>{formatMoney(s.mrpTotalPaise, "INR")}</dd>
          </div>
          {s.savingsPaise > 0 && (
            <div className="flex justify-between text-brand-700">
              <dt>Discount</dt>
              <dd>− {formatMoney(s.savingsPaise, "INR")}</dd>
            </div>
          )}
          <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-bold text-slate-950">
            <dt>Subtotal</dt>
            <dd data-testid="cart-subtotal">{formatMoney(s.subtotalPaise, "INR")}</dd>
          </div>
        </dl>
        <p className="text-xs text-slate-600">
          Inclusive of GST. Delivery and coupons are worked out at checkout{s.sellerCount > 1 ? `; your items ship from ${s.sellerCount} sellers` : ""}.
        </p>
        {s.savingsPaise > 0 && <p className="text-sm font-semibold text-brand-700">You save {formatMoney(s.savingsPaise, "INR")} on this order</p>}
        {blocked}
        <div className="hidden lg:block">
          <CheckoutButton view={view} signedIn={signedIn} />
        </div>
        <p className="text-xs text-slate-500">
          Up to {MAX_ITEMS_PER_ORDER} different items and {MAX_UNITS_PER_ORDER} units per order.
        </p>
      </section>
      <div className="fixed inset-x-0 bottom-0 z-30 flex items-center gap-3 border-t border-slate-200 bg-white/95 px-3 pb-[max(0.5rem,env(safe-area-inset-bottom))] pt-2 shadow-[0_-4px_12px_rgba(15,23,42,0.08)] backdrop-blur lg:hidden">
        <p className="grid text-sm">
          <span className="font-bold text-slate-950">{formatMoney(s.subtotalPaise, "INR")}</span>
          <span className="text-xs text-slate-600">{s.unitCount} {s.unitCount === 1 ? "item" : "items"}</span>
        </p>
        <div className="flex-1">
          <CheckoutButton view={view} signedIn={signedIn} />
        </div>
      </div>
    </>
  );
}
