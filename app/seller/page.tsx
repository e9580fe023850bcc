import type { Metadata } from "next";
import Link from "next/link";
import { BellRing, Boxes, CircleCheck, ClipboardCheck, Clock, FilePen, Package, PackageCheck, PackageX, Truck, TriangleAlert } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { PageHeader, Section } from "@/components/workspace/page-header";
import { StatCard, StatGrid } from "@/components/workspace/stat-card";
import { SellerStatusBadge } from "@/components/workspace/status-badge";
import { formatDate } from "@/components/workspace/format-date";
import { requirePageRole } from "@/lib/auth/policies";
import { countSellerOrders } from "@/lib/orders/seller-queries";
import { getOwnStore, getSellerProductCounts, getSellerStockCounts, listSellerProducts } from "@/lib/sellers/queries";
import { NoStore } from "./_components/no-store";
import { ProductTable } from "./_components/product-table";
import { StoreNotice } from "./_components/store-notice";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Seller dashboard",
  description: "Your store at a glance: orders to handle, products by status, stock health and recent changes.",
};

const n = (value: number) => value.toLocaleString("en-IN");

export default async function SellerDashboardPage() {
  const actor = await requirePageRole("seller", "/seller");
  const store = await getOwnStore(actor);
  if (!store) return <NoStore />;

  const [orders, products, stock, recent] = await Promise.all([
    countSellerOrders(actor, store.id),
    getSellerProductCounts(store.id),
    getSellerStockCounts(store.id),
    listSellerProducts(store.id, { pageSize: 5 }),
  ]);

  return (
    <>
      <PageHeader
        title={store.name}
        badge={<SellerStatusBadge status={store.status} />}
        description={`${store.city}, ${store.state} · Joined QuickLocal on ${formatDate(store.createdAt)}`}
        actions={
          <Link href="/seller/products" className={buttonVariants({ variant: "primary" })}>
            <Package aria-hidden="true" />
            All products
          </Link>
        }
      />
      <StoreNotice status={store.status} />

      <Section title="Orders">
        <StatGrid>
          <StatCard label="New orders" value={n(orders.new)} hint={orders.new ? "Accept or reject them" : "Nothing waiting"} icon={<BellRing />} tone={orders.new ? "warning" : "neutral"} href="/seller/orders" />
          <StatCard label="To pack" value={n(orders.accepted)} hint="Accepted, not packed yet" icon={<ClipboardCheck />} tone="brand" href="/seller/orders?tab=accepted" />
          <StatCard label="To hand over" value={n(orders.packed + orders.ready_to_ship)} hint="Packed or ready to ship" icon={<Truck />} tone="brand" href="/seller/orders?tab=ready_to_ship" />
          <StatCard label="Delivered" value={n(orders.delivered)} hint={`${n(orders.cancelled)} cancelled`} icon={<PackageCheck />} tone="success" href="/seller/orders?tab=delivered" />
        </StatGrid>
      </Section>

      <Section title="Products">
        <StatGrid>
          <StatCard label="All products" value={n(products.total)} hint={`${n(products.archived)} archived`} icon={<Boxes />} tone="brand" href="/seller/products" />
          <StatCard label="Active" value={n(products.active)} hint={store.status === "active" ? "Visible to customers" : "Hidden until your store is active"} icon={<CircleCheck />} tone="success" href="/seller/products?status=active" />
          <StatCard
            label="Pending review"
            value={n(products.pendingReview)}
            hint={products.rejected ? `${n(products.rejected)} rejected` : "Waiting for approval"}
            icon={<Clock />}
            tone="warning"
            href="/seller/products?status=pending_review"
          />
          <StatCard label="Drafts" value={n(products.draft)} hint="Not submitted yet" icon={<FilePen />} tone="neutral" href="/seller/products?status=draft" />
        </StatGrid>
      </Section>

      <Section title="Stock">
        <StatGrid>
          <StatCard label="SKUs in stock" value={n(stock.inStock)} hint={`of ${count(stock.variants, "sellable SKU")}`} icon={<PackageCheck />} tone="success" />
          <StatCard
            label="Low stock"
            value={n(stock.lowStock)}
            hint="At or below each SKU's alert level"
            icon={<TriangleAlert />}
            tone="warning"
            href="/seller/products?sort=stock"
          />
          <StatCard label="Out of stock" value={n(stock.outOfStock)} hint="Restock to keep selling" icon={<PackageX />} tone="danger" href="/seller/products?sort=stock" />
          <StatCard
            label="Units available"
            value={n(stock.unitsAvailable)}
            hint={`${n(stock.unitsOnHand)} on hand · ${n(stock.unitsReserved)} reserved`}
            icon={<Boxes />}
            tone="info"
          />
        </StatGrid>
      </Section>

      <Section
        title="Recently updated"
        action={
          recent.total > 0 ? (
            <Link href="/seller/products" className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 hover:underline">
              View all {n(recent.total)}
            </Link>
          ) : null
        }
      >
        {recent.items.length > 0 ? (
          <ProductTable rows={recent.items} caption="Your five most recently updated products" />
        ) : (
          <EmptyState
            headingLevel="h3"
            icon={<Package />}
            title="No products yet"
            description="Products you list appear here with their price, stock and review status. Once a product is approved it becomes visible to customers near you."
          />
        )}
      </Section>
    </>
  );
}
