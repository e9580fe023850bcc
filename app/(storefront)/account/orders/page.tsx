import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeft, ChevronRight, PackageOpen, ShoppingBag } from "lucide-react";
import { OrderList } from "@/components/orders/order-list";
import { EmptyState } from "@/components/storefront/empty-state";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/workspace/page-header";
import { requireSignedIn } from "@/lib/auth/policies";
import { getCustomerOrders } from "@/lib/orders/queries";

export const metadata: Metadata = {
  title: "My orders",
  description: "The orders you have placed on QuickLocal: track each seller's part, cancel, reorder and download invoices.",
};

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const actor = await requireSignedIn("/account/orders");
  const { cursor: raw } = await searchParams;
  const cursor = typeof raw === "string" ? raw : null;
  const page = await getCustomerOrders(actor, { cursor });

  if (page.orders.length === 0 && !cursor) {
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

  return (
    <div>
      <PageHeader
        title="My orders"
        description="Each seller ships their part of an order separately: track, cancel before shipping, reorder or download invoices."
        className="mb-3 sm:mb-4"
      />
      {page.orders.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-sm text-slate-700">No older orders.</p>
      ) : (
        <OrderList orders={page.orders} />
      )}
      <nav aria-label="More orders" className="mt-4 flex flex-wrap justify-between gap-2">
        {cursor ? (
          <Link href="/account/orders" className={buttonVariants({ variant: "outline" })}>
            <ChevronLeft aria-hidden="true" />
            Newest orders
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <Link href={`/account/orders?cursor=${encodeURIComponent(page.nextCursor)}`} className={buttonVariants({ variant: "outline" })}>
            Older orders
            <ChevronRight aria-hidden="true" />
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
