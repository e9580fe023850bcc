import type { Metadata } from "next";
import Link from "next/link";
import { ShoppingCart } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

/** The cart holds nothing until products can be added to it (the cart and checkout capability). */
export default function CartPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <EmptyState
        icon={ShoppingCart}
        headingLevel={1}
        title="Your cart is empty"
        description="Browse shops near you and pick what you need — groceries, fashion and toys from local sellers."
      >
        <Button asChild size="lg">
          <Link href="/">Start shopping</Link>
        </Button>
        <Button asChild size="lg" variant="outline">
          <Link href="/search">Search products</Link>
        </Button>
      </EmptyState>
    </div>
  );
}
