import type { Metadata } from "next";
import Link from "next/link";
import { PackageOpen, ShoppingBag } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/workspace/page-header";
import { requireSignedIn } from "@/lib/auth/policies";

export const metadata: Metadata = {
  title: "My orders",
  description: "The orders you have placed on QuickLocal.",
};

export default async function OrdersPage() {
  await requireSignedIn("/account/orders");
  return (
    <div>
      <PageHeader title="My orders" description="Orders you place on QuickLocal are listed here." className="mb-3 sm:mb-4" />
      <EmptyState
        icon={PackageOpen}
        title="No orders yet"
        description="You haven't placed an order yet. Find groceries, fashion and toys from shops near you."
      >
        <Link href="/" className={buttonVariants({ variant: "primary" })}>
          <ShoppingBag aria-hidden="true" />
          Start shopping
        </Link>
        <Link href="/search?sort=discount" className={buttonVariants({ variant: "outline" })}>
          See today&apos;s best deals
        </Link>
      </EmptyState>
    </div>
  );
}
