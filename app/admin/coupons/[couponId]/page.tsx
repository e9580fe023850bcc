import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CouponForm } from "@/components/coupons/coupon-form";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/workspace/page-header";
import { requirePageRole } from "@/lib/auth/policies";
import { getCouponForEdit, listCouponCategoryOptions } from "@/lib/promotions/queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Edit coupon", description: "Change a coupon's discount, limits or validity." };

export default async function EditCouponPage({ params }: { params: Promise<{ couponId: string }> }) {
  const { couponId } = await params;
  const actor = await requirePageRole("admin", `/admin/coupons/${couponId}`);
  const coupon = await getCouponForEdit(actor, couponId);
  if (!coupon) notFound();
  const categories = await listCouponCategoryOptions(coupon.sellerId ? { sellerId: coupon.sellerId } : {});
  return (
    <>
      <PageHeader
        title={`Edit ${coupon.fields.code}`}
        description={coupon.sellerId ? "A store coupon: the store funds it and it covers that store's products only." : "A platform coupon, funded by QuickLocal."}
        actions={
          <Link href="/admin/coupons" className={buttonVariants({ variant: "outline" })}>
            Back to coupons
          </Link>
        }
      />
      <CouponForm
        scope={coupon.sellerId ? "seller" : "platform"}
        couponId={coupon.id}
        defaults={coupon.fields}
        categories={categories}
        backHref="/admin/coupons"
        usedCount={coupon.usedCount}
        note={coupon.sellerId ? "The store funds this discount; it covers that store's products only." : undefined}
      />
    </>
  );
}
