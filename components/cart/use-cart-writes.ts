"use client";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toaster";
import { acceptPriceAction, moveToCartAction, removeItemAction, saveForLaterAction, setQuantityAction } from "@/lib/cart/actions";
import type { CartView } from "@/lib/cart/types";
import { miniCart } from "@/lib/cart/view";
import type { ActionResult } from "@/lib/platform/errors";
import { announceCart } from "./cart-events";

const OFFLINE = "We couldn't reach QuickLocal. Check your connection and try again.";

/**
 * The cart page's state: the last cart the server answered with, which write is running (one at a
 * time, per item key), and the last refusal per item. Every write answers with the whole fresh cart.
 */
export function useCartWrites(initial: CartView) {
  const [view, setView] = useState(initial);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  function run(key: string, write: () => Promise<ActionResult<CartView>>, success?: string) {
    setBusyKey(key);
    startTransition(async () => {
      const result = await write().catch(() => null);
      setBusyKey(null);
      if (!result || !result.ok) {
        const message = result ? (Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.message) : OFFLINE;
        setErrors((e) => ({ ...e, [key]: message }));
        toast.error(message, { id: "cart-write" });
        return;
      }
      setErrors(({ [key]: _gone, ...rest }) => rest);
      setView(result.data);
      announceCart(miniCart(result.data));
      if (success) toast.success(success, { id: "cart-write" });
    });
  }

  return {
    view,
    errors,
    busy: (key: string) => pending && busyKey === key,
    anyBusy: pending,
    setQuantity: (itemId: string, quantity: number) => run(itemId, () => setQuantityAction({ itemId, quantity })),
    remove: (itemId: string, title: string) => run(itemId, () => removeItemAction({ itemId }), `Removed ${title}`),
    saveForLater: (itemId: string) => run(itemId, () => saveForLaterAction({ itemId }), "Saved for later"),
    moveToCart: (itemId: string) => run(itemId, () => moveToCartAction({ itemId }), "Moved to your cart"),
    acceptPrice: (itemId: string) => run(itemId, () => acceptPriceAction({ itemId }), "New price accepted"),
    acceptAllPrices: () => run("all", () => acceptPriceAction(), "New prices accepted"),
  };
}

export type CartWrites = ReturnType<typeof useCartWrites>;
