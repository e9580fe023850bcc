import type { Metadata } from "next";
import Link from "next/link";
import { CouponForm } from "@/components/coupons/coupon-form";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/workspace/page-header";
import { requirePageRole } from "@/lib/auth/policies";
import { listCouponCategoryOptions } from "@/lib/promotions/queries";
import { newCouponFields } from "@/lib/promotions/schemas";
import { getOwnStore } from "@/lib/sellers/queries";
import { NoStore } from "../../_components/no-store";
import { StoreNotice } from "../../_components/store-notice";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New coupon", description: "Create a coupon for your store's products." };

export default async function NewSellerCouponPage() {
  const actor = await requirePageRole("seller", "/seller/coupons/new");
  const store = await getOwnStore(actor);
  if (!store) return <NoStore />;
  const categories = await listCouponCategoryOptions({ sellerId: store.id });
  return (
    <>
      <PageHeader
        title="New coupon"
        description="A discount code for your products. Shoppers enter it at checkout."
        actions={
          <Link href="/seller/coupons" className={buttonVariants({ variant: "outline" })}>
            Back to coupons
          </Link>
        }
      />
      <StoreNotice status={store.status} />
      <CouponForm
        scope="seller"
        defaults={newCouponFields(new Date())}
        categories={categories}
        backHref="/seller/coupons"
        note="Your store pays for this discount. It applies only to your products."
      />
    </>
  );
}
