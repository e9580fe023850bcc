"use client";
import Link from "next/link";
import { Bookmark, CircleAlert, ShoppingCart } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { Button } from "@/components/ui/button";
import type { CartView } from "@/lib/cart/types";
import { CartLineItem } from "./cart-line-item";
import { CartSummary } from "./cart-summary";
import { useCartWrites } from "./use-cart-writes";

function AttentionBanner({ view, onAcceptAll, busy }: { view: CartView; onAcceptAll: () => void; busy: boolean }) {
  const priceChanges = view.items.filter((i) => i.notices.some((n) => n.kind === "price_up" || n.kind === "price_down")).length;
  if (view.blockingCount === 0) return null;
  return (
    <div role="status" className="flex flex-wrap items-center gap-3 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <CircleAlert className="size-5 shrink-0" aria-hidden="true" />
      <p className="min-w-0 flex-1">
        Some items changed since you added them. Nothing is charged at a new price until you accept it — review the highlighted items.
      </p>
      {priceChanges > 1 && (
        <Button size="sm" variant="outline" className="min-h-11" disabled={busy} onClick={onAcceptAll}>
          Accept all new prices
        </Button>
      )}
    </div>
  );
}

/** The cart page: lines with their notices and controls, the order summary, and the saved-for-later list. */
export function CartScreen({ initial, signedIn }: { initial: CartView; signedIn: boolean }) {
  const writes = useCartWrites(initial);
  const { view } = writes;
  const count = view.summary.unitCount;
  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 pb-28 pt-6 lg:pb-10">
      <h1 className="text-2xl font-bold text-slate-950">
        Shopping cart{" "}
        {count > 0 && (
          <span className="text-base font-medium text-slate-600">
            ({count} {count === 1 ? "item" : "items"})
          </span>
        )}
      </h1>
      {view.items.length === 0 ? (
        <EmptyState
          icon={ShoppingCart}
          title="Your cart is empty"
          description={view.saved.length > 0 ? "Move something you saved for later back to the cart, or keep browsing shops near you." : "Browse shops near you and pick what you need — groceries, fashion and toys from local sellers."}
        >
          <Button asChild size="lg">
            <Link href="/">Start shopping</Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="/deals">Today&apos;s deals</Link>
          </Button>
        </EmptyState>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <section aria-labelledby="cart-items-heading" className="grid gap-3">
            <h2 id="cart-items-heading" className="sr-only">
              Items in your cart
            </h2>
            <AttentionBanner view={view} onAcceptAll={writes.acceptAllPrices} busy={writes.anyBusy} />
            <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white px-4">
              {view.items.map((line) => (
                <CartLineItem key={line.id} line={line} writes={writes} />
              ))}
            </ul>
          </section>
          <CartSummary view={view} signedIn={signedIn} />
        </div>
      )}
      {view.saved.length > 0 && (
        <section aria-labelledby="saved-heading" className="grid gap-3">
          <h2 id="saved-heading" className="flex items-center gap-2 text-lg font-semibold text-slate-900">
            <Bookmark className="size-5 text-brand-700" aria-hidden="true" />
            Saved for later ({view.saved.length})
          </h2>
          <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white px-4">
            {view.saved.map((line) => (
              <CartLineItem key={line.id} line={line} saved writes={writes} />
            ))}
          </ul>
        </section>
      )}
      {!signedIn && view.items.length > 0 && (
        <p className="text-sm text-slate-600">
          <Link href="/sign-in?callbackUrl=%2Fcart" className="font-semibold text-brand-700 underline-offset-4 hover:underline">
            Sign in
          </Link>{" "}
          to keep this cart on all your devices — it joins your account cart.
        </p>
      )}
    </div>
  );
}
