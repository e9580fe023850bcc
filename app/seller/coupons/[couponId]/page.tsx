import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CouponForm } from "@/components/coupons/coupon-form";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/workspace/page-header";
import { requirePageRole } from "@/lib/auth/policies";
import { getCouponForEdit, listCouponCategoryOptions } from "@/lib/promotions/queries";
import { getOwnStore } from "@/lib/sellers/queries";
import { NoStore } from "../../_components/no-store";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit coupon", description: "Change your coupon's discount, limits or validity." };

export default async function EditSellerCouponPage({ params }: { params: Promise<{ couponId: string }> }) {
  const { couponId } = await params;
  const actor = await requirePageRole("seller", `/seller/coupons/${couponId}`);
  const store = await getOwnStore(actor);
  if (!store) return <NoStore />;
  // Another store's coupon (or a platform one) is simply not found here.
  const coupon = await getCouponForEdit(actor, couponId);
  if (!coupon || coupon.sellerId !== store.id) notFound();
  const categories = await listCouponCategoryOptions({ sellerId: store.id });
  return (
    <>
      <PageHeader
        title={`Edit ${coupon.fields.code}`}
        description="Changes apply to orders placed from now on."
        actions={
          <Link href="/seller/coupons" className={buttonVariants({ variant: "outline" })}>
            Back to coupons
          </Link>
        }
      />
      <CouponForm scope="seller" couponId={coupon.id} defaults={coupon.fields} categories={categories} backHref="/seller/coupons" usedCount={coupon.usedCount} note="Your store pays for this discount. It applies only to your products." />
    </>
  );
}
