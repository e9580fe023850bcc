"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Check, ShoppingCart, Zap } from "lucide-react";
import { announceCart } from "@/components/cart/cart-events";
import { checkoutHref } from "@/components/cart/checkout-href";
import { PendingButton } from "@/components/forms/pending-button";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { addToCartAction } from "@/lib/cart/actions";
import { rememberedSearchQueryId } from "@/lib/search/analytics-client";
import { cn } from "@/lib/ui/cn";

export interface PurchaseActionsProps {
  variantId: string;
  /** The product, for add-to-cart attribution to the search that found it (remembered in this tab). */
  productId?: string;
  inStock: boolean;
  /** Null while the visitor is not known yet. */
  signedIn: boolean | null;
  noteId: string;
  className?: string;
}

/**
 * "Add to cart" and "Buy now" for the chosen variant. Guests shop too (their cart lives in a signed
 * cookie and joins their account cart when they sign in); "Buy now" puts the item in the cart and goes
 * to checkout (through sign-in for a guest). Out of stock: both disabled. Limits and stock are checked
 * on the server; a refusal is shown under the buttons and in a toast.
 */
export function PurchaseActions({ variantId, productId, inStock, signedIn, noteId, className }: PurchaseActionsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [doing, setDoing] = useState<"add" | "buy" | null>(null);
  const [added, setAdded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = cn("grid grid-cols-2 gap-2", className);

  if (!inStock) {
    return (
      <div className={box}>
        <Button variant="outline" size="lg" disabled aria-describedby={noteId}>
          <ShoppingCart aria-hidden="true" />
          Out of stock
        </Button>
        <Button size="lg" disabled aria-describedby={noteId}>
          <Zap aria-hidden="true" />
          Buy now
        </Button>
      </div>
    );
  }

  function run(kind: "add" | "buy") {
    setDoing(kind);
    setError(null);
    startTransition(async () => {
      const searchQueryId = productId ? rememberedSearchQueryId(productId) : null;
      const result = await addToCartAction({ variantId, quantity: 1, searchQueryId, buyNow: kind === "buy" }).catch(() => null);
      if (!result || !result.ok) {
        const message = result ? (result.fieldErrors?.quantity?.[0] ?? result.fieldErrors?.variantId?.[0] ?? result.message) : "We couldn't reach QuickLocal. Check your connection and try again.";
        setError(message);
        toast.error(message, { id: "add-to-cart" });
        setDoing(null);
        return;
      }
      announceCart(result.data.cart);
      if (kind === "buy") {
        router.push(checkoutHref(signedIn ?? false));
        return;
      }
      setAdded(true);
      setDoing(null);
      toast.success(`Added to cart (${result.data.quantity} in cart)`, {
        id: "add-to-cart",
        action: { label: "View cart", onClick: () => router.push("/cart") },
      });
    });
  }

  return (
    <div className={box}>
      <PendingButton variant="accent" size="lg" pending={pending && doing === "add"} pendingLabel="Adding…" disabled={pending} aria-describedby={noteId} onClick={() => run("add")}>
        {added ? <Check aria-hidden="true" /> : <ShoppingCart aria-hidden="true" />}
        {added ? "Add another" : "Add to cart"}
      </PendingButton>
      <PendingButton size="lg" pending={pending && doing === "buy"} pendingLabel="One moment…" disabled={pending} aria-describedby={noteId} onClick={() => run("buy")}>
        <Zap aria-hidden="true" />
        Buy now
      </PendingButton>
      <p role="status" className={cn("col-span-2 text-sm font-medium text-red-700", !error && "sr-only")}>
        {error ?? (added ? "Added to your cart." : "")}
      </p>
    </div>
  );
}

export function purchaseNote({ inStock, signedIn, hasOptions }: { inStock: boolean; signedIn: boolean; hasOptions: boolean }): string {
  if (!inStock) return hasOptions ? "This choice is out of stock. Try another option above." : "This product is out of stock right now.";
  if (!signedIn) return "No account needed to fill your cart — sign in when you check out.";
  return "Prices and stock are checked again at checkout.";
}
