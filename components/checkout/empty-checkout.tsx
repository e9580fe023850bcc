import { ShoppingCart } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/storefront/empty-state";
import { buttonVariants } from "@/components/ui/button";

/** Nothing to check out: lead back to shopping (or to the cart, where saved-for-later items wait). */
export function EmptyCheckout() {
  return (
    <EmptyState
      icon={ShoppingCart}
      title="Your cart is empty"
      description="Add something to your cart to check out. Items you saved for later are waiting in your cart."
    >
      <Link href="/" className={buttonVariants({ size: "lg" })}>
        Start shopping
      </Link>
      <Link href="/cart" className={buttonVariants({ size: "lg", variant: "outline" })}>
        Go to your cart
      </Link>
    </EmptyState>
  );
}
