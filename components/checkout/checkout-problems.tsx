"use client";

import { CircleAlert, Info } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { announceCart } from "@/components/cart/cart-events";
import { Button, buttonVariants } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { acceptPriceAction, removeItemAction, saveForLaterAction, setQuantityAction } from "@/lib/cart/actions";
import type { CartView } from "@/lib/cart/types";
import { miniCart } from "@/lib/cart/view";
import type { ActionResult } from "@/lib/platform/errors";
import type { CheckoutProblem, CheckoutQuote } from "@/lib/workflows/checkout-types";

export type FixTarget = "address" | "delivery" | "payment" | "coupon";

/**
 * What stands between the customer and placing the order, each with the way to fix it right here:
 * accept a new price, lower a quantity to what is left, save for later or remove an item, change the
 * address, delivery option or payment method, remove a coupon.
 */
export function CheckoutProblems({ quote, onFixed, onGoTo }: { quote: CheckoutQuote; onFixed: () => void; onGoTo: (target: FixTarget) => void }) {
  const [working, setWorking] = useState<string | null>(null);
  const problems = quote.problems.filter((p) => p.kind !== "empty_cart" && !(p.kind === "address" && !quote.addressId));
  if (problems.length === 0) return null;

  async function cartFix(key: string, run: () => Promise<ActionResult<CartView>>, done: string) {
    setWorking(key);
    try {
      const result = await run();
      if (!result.ok) {
        toast.error(result.message, { id: "checkout-fix" });
        return;
      }
      announceCart(miniCart(result.data));
      toast.success(done, { id: "checkout-fix" });
      onFixed();
    } catch {
      toast.error("We couldn't reach QuickLocal. Check your connection and try again.", { id: "checkout-fix" });
    } finally {
      setWorking(null);
    }
  }

  function fixes(p: CheckoutProblem, i: number) {
    const key = `${p.kind}-${p.cartItemId ?? p.sellerId ?? i}`;
    const line = quote.lines.find((l) => l.cartItemId === p.cartItemId);
    const busy = working !== null;
    const itemId = p.cartItemId;
    if (itemId && line && p.kind === "price_changed") {
      return (
        <Button size="sm" variant="outline" disabled={busy} onClick={() => cartFix(key, () => acceptPriceAction({ itemId }), "New price accepted")}>
          {working === key ? "Accepting…" : "Accept new price"}
        </Button>
      );
    }
    if (itemId && line && (p.kind === "out_of_stock" || p.kind === "unavailable")) {
      const lower = p.kind === "out_of_stock" && line.available > 0 && line.available < line.quantity;
      return (
        <>
          {lower ? (
            <Button size="sm" variant="outline" disabled={busy} onClick={() => cartFix(key, () => setQuantityAction({ itemId, quantity: line.available }), `Quantity changed to ${line.available}`)}>
              Change to {line.available}
            </Button>
          ) : null}
          {p.kind === "out_of_stock" && !lower ? (
            <Button size="sm" variant="outline" disabled={busy} onClick={() => cartFix(`${key}-save`, () => saveForLaterAction({ itemId }), "Saved for later")}>
              Save for later
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" disabled={busy} onClick={() => cartFix(`${key}-remove`, () => removeItemAction({ itemId }), "Removed from your cart")}>
            Remove
          </Button>
        </>
      );
    }
    const goTo: Partial<Record<CheckoutProblem["kind"], [FixTarget, string]>> = {
      address: ["address", "Change address"],
      not_serviceable: ["address", "Change address"],
      delivery_option: ["delivery", "Choose delivery"],
      payment_method: ["payment", "Choose payment"],
      coupon: ["coupon", "Remove coupon"],
    };
    const target = goTo[p.kind];
    if (target) {
      return (
        <Button size="sm" variant="outline" onClick={() => onGoTo(target[0])}>
          {target[1]}
        </Button>
      );
    }
    return (
      <Link href="/cart" className={buttonVariants({ size: "sm", variant: "outline" })}>
        Edit cart
      </Link>
    );
  }

  const blocking = problems.some((p) => p.blocking);
  return (
    <section aria-labelledby="checkout-problems-title" role={blocking ? "alert" : "status"} className={blocking ? "rounded-xl border border-red-200 bg-red-50 p-4" : "rounded-xl border border-amber-200 bg-amber-50 p-4"}>
      <h2 id="checkout-problems-title" className="flex items-center gap-2 text-sm font-semibold text-slate-900">
        {blocking ? <CircleAlert className="size-4 text-red-700" aria-hidden="true" /> : <Info className="size-4 text-amber-800" aria-hidden="true" />}
        {blocking ? "Fix these to place your order" : "Please note"}
      </h2>
      <ul className="mt-2 grid gap-2">
        {problems.map((p, i) => (
          <li key={`${p.kind}-${p.cartItemId ?? p.sellerId ?? i}`} className="flex flex-col gap-2 rounded-lg bg-white/70 p-2.5 text-sm text-slate-800 sm:flex-row sm:items-center">
            <span className="min-w-0 flex-1">{p.message}</span>
            <span className="flex flex-wrap gap-2">{fixes(p, i)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
