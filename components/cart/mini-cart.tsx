"use client";
import Link from "next/link";
import { useState } from "react";
import { CircleAlert, ImageOff, ShoppingCart } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { MiniCartDto } from "@/lib/cart/types";
import { formatMoney } from "@/lib/platform/money";
import { useVisitor } from "@/components/storefront/visitor-provider";
import { checkoutHref } from "./checkout-href";
import { useMiniCart } from "./use-mini-cart";

function itemsLabel(units: number): string {
  return `${units} ${units === 1 ? "item" : "items"}`;
}

function MiniCartBody({ cart, signedIn, onNavigate }: { cart: MiniCartDto; signedIn: boolean | null; onNavigate: () => void }) {
  if (cart.lineCount === 0) {
    return (
      <div className="flex flex-col items-center gap-3 p-6 text-center">
        <ShoppingCart className="size-10 text-brand-700" aria-hidden="true" />
        <p className="text-sm text-slate-700">Nothing here yet. Add products from shops near you.</p>
        <Button asChild onClick={onNavigate}>
          <Link href="/">Start shopping</Link>
        </Button>
      </div>
    );
  }
  const more = cart.lineCount - cart.items.length;
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ul className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto px-4">
        {cart.items.map((item) => (
          <li key={item.id} className="flex gap-3 py-3">
            {item.imageUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- media route images are already sized
              <img src={item.imageUrl} alt="" width={56} height={56} className="size-14 shrink-0 rounded-md bg-slate-100 object-cover" />
            ) : (
              <span className="grid size-14 shrink-0 place-items-center rounded-md bg-slate-100 text-slate-500">
                <ImageOff className="size-5" aria-hidden="true" />
              </span>
            )}
            <div className="min-w-0 text-sm">
              <Link href={item.href} onClick={onNavigate} className="line-clamp-2 font-medium text-slate-900 hover:underline">
                {item.title}
              </Link>
              <p className="text-slate-600">
                {item.variantTitle} · Qty {item.quantity} · {formatMoney(item.unitPricePaise * item.quantity, item.currency, { compact: true })}
              </p>
            </div>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="px-4 pb-2 text-sm text-slate-600">and {more} more in your cart</p>}
      {cart.attention && (
        <p className="mx-4 mb-2 flex items-start gap-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-900">
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          Prices or stock changed for some items. Review them in your cart.
        </p>
      )}
      <div className="grid gap-2 border-t border-slate-200 p-4">
        <p className="flex justify-between text-base font-semibold text-slate-950">
          <span>Subtotal</span>
          <span>{formatMoney(cart.subtotalPaise, "INR")}</span>
        </p>
        <Button asChild variant="outline" onClick={onNavigate}>
          <Link href="/cart">View cart</Link>
        </Button>
        {!cart.attention && (
          <Button asChild onClick={onNavigate}>
            <Link href={checkoutHref(signedIn)}>Checkout</Link>
          </Button>
        )}
      </div>
    </div>
  );
}

/** The header's cart button with its count; it opens a panel with the first items, the subtotal and links to the cart and checkout. */
export function MiniCart() {
  const cart = useMiniCart();
  const { visitor } = useVisitor();
  const signedIn = visitor ? Boolean(visitor.actor) : null;
  const [open, setOpen] = useState(false);
  const units = cart?.unitCount ?? 0;
  const label = cart ? `Cart, ${itemsLabel(units)}` : "Cart";
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger
        aria-label={label}
        className="relative inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg px-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <ShoppingCart className="size-5" aria-hidden="true" />
        <span className="hidden lg:inline" aria-hidden="true">
          Cart
        </span>
        {units > 0 && (
          <span data-testid="cart-count" aria-hidden="true" className="absolute right-0 top-0.5 min-w-5 rounded-full bg-accent-500 px-1 text-center text-xs font-bold leading-5 text-slate-950 lg:static">
            {units > 99 ? "99+" : units}
          </span>
        )}
      </SheetTrigger>
      <SheetContent side="right" closeLabel="Close cart">
        <SheetHeader>
          <SheetTitle>Your cart</SheetTitle>
          <SheetDescription>{cart ? itemsLabel(units) : "Loading your cart…"}</SheetDescription>
        </SheetHeader>
        {cart ? <MiniCartBody cart={cart} signedIn={signedIn} onNavigate={() => setOpen(false)} /> : <div className="m-4 h-24 animate-pulse rounded-lg bg-slate-100" />}
      </SheetContent>
    </Sheet>
  );
}
