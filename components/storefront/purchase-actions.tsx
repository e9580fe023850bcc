import Link from "next/link";
import { ShoppingCart, Zap } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/ui/cn";

export interface PurchaseActionsProps {
  inStock: boolean;
  signedIn: boolean;
  /** This page with the chosen variant, where sign-in returns to. */
  returnTo: string;
  noteId: string;
  className?: string;
}

/**
 * "Add to cart" and "Buy now". Out of stock: both disabled. Anonymous: both lead to sign-in and back
 * here. Signed in: the cart is not part of this release, so the buttons are disabled and a visible
 * note (linked by aria-describedby) says so.
 */
export function PurchaseActions({ inStock, signedIn, returnTo, noteId, className }: PurchaseActionsProps) {
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
  if (!signedIn) {
    const href = `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`;
    return (
      <div className={box}>
        <Button asChild variant="accent" size="lg">
          <Link href={href} aria-describedby={noteId}>
            <ShoppingCart aria-hidden="true" />
            Add to cart
          </Link>
        </Button>
        <Button asChild size="lg">
          <Link href={href} aria-describedby={noteId}>
            <Zap aria-hidden="true" />
            Buy now
          </Link>
        </Button>
      </div>
    );
  }
  return (
    <div className={box}>
      <Button variant="accent" size="lg" disabled aria-describedby={noteId} title="Ordering is not open on QuickLocal yet">
        <ShoppingCart aria-hidden="true" />
        Add to cart
      </Button>
      <Button size="lg" disabled aria-describedby={noteId} title="Ordering is not open on QuickLocal yet">
        <Zap aria-hidden="true" />
        Buy now
      </Button>
    </div>
  );
}

export function purchaseNote({ inStock, signedIn, hasOptions }: { inStock: boolean; signedIn: boolean; hasOptions: boolean }): string {
  if (!inStock) return hasOptions ? "This choice is out of stock. Try another option above." : "This product is out of stock right now.";
  if (!signedIn) return "Sign in to buy — you will come straight back here.";
  return "Ordering is not open on QuickLocal yet; prices and stock shown are live.";
}
