import type { Metadata } from "next";
import Link from "next/link";
import { TicketPercent } from "lucide-react";
import { CouponList } from "@/components/coupons/coupon-list";
import { buttonVariants } from "@/components/ui/button";
import { count } from "@/components/workspace/count";
import { EmptyState } from "@/components/workspace/empty-state";
import { PageHeader } from "@/components/workspace/page-header";
import { requirePageRole } from "@/lib/auth/policies";
import { listCoupons } from "@/lib/promotions/queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Coupons",
  description: "Platform coupons and store coupons: usage, limits and validity.",
};

const PATH = "/admin/coupons";

export default async function AdminCouponsPage() {
  await requirePageRole("admin", PATH);
  const all = await listCoupons("all");
  const platform = all.filter((c) => c.sellerId === null);
  const stores = all.filter((c) => c.sellerId !== null);
  const active = all.filter((c) => c.status === "active").length;
  const newCoupon = (
    <Link href="/admin/coupons/new" className={buttonVariants({ variant: "primary" })}>
      New coupon
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Coupons"
        description={all.length > 0 ? `${count(all.length, "coupon")}, ${active} active now. Times are India time.` : "Discount codes shoppers enter at checkout."}
        actions={newCoupon}
      />
      <section aria-labelledby="platform-coupons" className="mb-8 grid gap-3">
        <h2 id="platform-coupons" className="text-lg font-semibold text-slate-900">
          Platform coupons <span className="text-sm font-normal text-slate-600">· funded by QuickLocal</span>
        </h2>
        {platform.length > 0 ? (
          <CouponList coupons={platform} editBase="/admin/coupons" label="Platform coupons" />
        ) : (
          <EmptyState
            icon={<TicketPercent />}
            title="No platform coupons yet"
            description="A platform coupon gives a percent or flat discount on any store's items (or one category), with a minimum order, validity window and usage limits."
            action={newCoupon}
          />
        )}
      </section>
      <section aria-labelledby="store-coupons" className="grid gap-3">
        <h2 id="store-coupons" className="text-lg font-semibold text-slate-900">
          Store coupons <span className="text-sm font-normal text-slate-600">· funded by the seller, on their products only</span>
        </h2>
        {stores.length > 0 ? (
          <CouponList coupons={stores} editBase="/admin/coupons" showSeller label="Store coupons" />
        ) : (
          <p className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-600">No store has created a coupon yet. Sellers create them in Seller Hub → Coupons.</p>
        )}
      </section>
    </>
  );
}
