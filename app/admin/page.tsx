import type { Metadata } from "next";
import { Boxes, IndianRupee, PackageX, Store, Users } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { BreakdownList } from "@/components/workspace/breakdown-list";
import { formatCompactInr } from "@/components/workspace/compact-money";
import { count } from "@/components/workspace/count";
import { PageHeader } from "@/components/workspace/page-header";
import { StatCard } from "@/components/workspace/stat-card";
import { PRODUCT_STATUS_META, ROLE_META, SELLER_STATUS_META } from "@/components/workspace/status-badge";
import { requirePageRole } from "@/lib/auth/policies";
import { getMarketplaceCounts } from "@/lib/analytics/queries";
import { listReviewQueue } from "@/lib/catalog/product-queries";
import type { Role } from "@/lib/identity/admin-queries";
import { formatMoney } from "@/lib/platform/money";
import type { ProductStatus, SellerStatus } from "@/lib/sellers/schemas";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Admin dashboard",
  description: "Marketplace counts: users by role, sellers and products by status, stock-outs and catalogue value.",
};

const n = (value: number) => value.toLocaleString("en-IN");

const ROLE_ORDER: Role[] = ["customer", "seller", "delivery", "support", "admin"];
const ROLE_BARS: Record<Role, "neutral" | "brand" | "warning" | "info"> = {
  customer: "neutral",
  seller: "brand",
  delivery: "warning",
  support: "info",
  admin: "neutral",
};
const SELLER_ORDER: SellerStatus[] = ["active", "pending", "suspended"];
const PRODUCT_ORDER: ProductStatus[] = ["active", "pending_review", "draft", "rejected", "archived"];

export default async function AdminDashboardPage() {
  await requirePageRole("admin", "/admin");
  const [counts, review] = await Promise.all([getMarketplaceCounts(), listReviewQueue({ pageSize: 1 })]);
  const pendingSellers = counts.sellers.byStatus.pending;
  // New products and changes to live products waiting for review.
  const pendingProducts = review.total;

  return (
    <>
      <PageHeader title="Marketplace overview" description="Live counts across QuickLocal. Numbers update on every visit." />

      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5">
        <StatCard label="Users" value={n(counts.users.total)} hint={count(counts.users.byRole.customer, "customer")} icon={<Users />} tone="brand" href="/admin/users" />
        <StatCard
          label="Sellers"
          value={n(counts.sellers.total)}
          hint={pendingSellers ? `${n(pendingSellers)} awaiting approval` : "None awaiting approval"}
          icon={<Store />}
          tone={pendingSellers ? "warning" : "success"}
          href={pendingSellers ? "/admin/sellers?status=pending" : "/admin/sellers"}
        />
        <StatCard
          label="Products"
          value={n(counts.products.total)}
          hint={pendingProducts ? `${n(pendingProducts)} waiting for review` : `${n(counts.products.byStatus.active)} active`}
          icon={<Boxes />}
          tone={pendingProducts ? "warning" : "info"}
          href={pendingProducts ? "/admin/catalogue" : undefined}
        />
        <StatCard
          label="Out of stock"
          value={n(counts.variants.outOfStock)}
          hint={`of ${count(counts.variants.listed, "listed SKU")}`}
          icon={<PackageX />}
          tone={counts.variants.outOfStock ? "danger" : "success"}
        />
        <div className="col-span-2 lg:col-span-1">
          <StatCard
            label="Catalogue value"
            value={formatCompactInr(counts.catalogueValuePaise)}
            hint={`${formatMoney(counts.catalogueValuePaise, "INR", { compact: true })} · price × units on hand`}
            icon={<IndianRupee />}
            tone="success"
          />
        </div>
      </div>

      <div className="mt-6 grid gap-4 sm:mt-8 lg:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>Users by role</CardTitle>
            <CardDescription>{count(counts.users.total, "account")}</CardDescription>
          </CardHeader>
          <CardContent>
            <BreakdownList
              label="Users by role"
              items={ROLE_ORDER.map((role) => ({
                label: ROLE_META[role].label,
                value: counts.users.byRole[role],
                tone: ROLE_BARS[role],
                href: `/admin/users?role=${role}`,
              }))}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Sellers by status</CardTitle>
            <CardDescription>{count(counts.sellers.total, "store")}</CardDescription>
          </CardHeader>
          <CardContent>
            <BreakdownList
              label="Sellers by status"
              items={SELLER_ORDER.map((status) => ({
                label: SELLER_STATUS_META[status].label,
                value: counts.sellers.byStatus[status],
                tone: SELLER_STATUS_META[status].tone,
                href: `/admin/sellers?status=${status}`,
              }))}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Products by status</CardTitle>
            <CardDescription>{count(counts.products.total, "product")}</CardDescription>
          </CardHeader>
          <CardContent>
            <BreakdownList
              label="Products by status"
              items={PRODUCT_ORDER.map((status) => ({
                label: PRODUCT_STATUS_META[status].label,
                value: counts.products.byStatus[status],
                tone: PRODUCT_STATUS_META[status].tone,
              }))}
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
