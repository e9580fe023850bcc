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
import { getOwnStore } from "@/lib/sellers/queries";
import { NoStore } from "../_components/no-store";
import { StoreNotice } from "../_components/store-notice";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Coupons",
  description: "Your store's coupon codes: discounts you fund on your own products.",
};

const PATH = "/seller/coupons";

export default async function SellerCouponsPage() {
  const actor = await requirePageRole("seller", PATH);
  const store = await getOwnStore(actor);
  if (!store) return <NoStore />;
  const coupons = await listCoupons({ sellerId: store.id });
  const active = coupons.filter((c) => c.status === "active").length;
  const newCoupon = (
    <Link href="/seller/coupons/new" className={buttonVariants({ variant: "primary" })}>
      New coupon
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Coupons"
        description={coupons.length > 0 ? `${count(coupons.length, "coupon")}, ${active} active now. Your store funds these discounts.` : "Codes shoppers enter at checkout for a discount on your products."}
        actions={newCoupon}
      />
      <StoreNotice status={store.status} />
      {coupons.length > 0 ? (
        <CouponList coupons={coupons} editBase="/seller/coupons" label="Your coupons" />
      ) : (
        <EmptyState
          icon={<TicketPercent />}
          title="No coupons yet"
          description="A store coupon gives shoppers a percent or flat discount on your products, with a minimum order, a validity window and usage limits. Your store pays for the discount."
          action={newCoupon}
        />
      )}
    </>
  );
}
