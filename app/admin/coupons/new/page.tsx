import type { Metadata } from "next";
import Link from "next/link";
import { CouponForm } from "@/components/coupons/coupon-form";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/workspace/page-header";
import { requirePageRole } from "@/lib/auth/policies";
import { listCouponCategoryOptions } from "@/lib/promotions/queries";
import { newCouponFields } from "@/lib/promotions/schemas";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "New coupon", description: "Create a platform-funded coupon." };

export default async function NewPlatformCouponPage() {
  await requirePageRole("admin", "/admin/coupons/new");
  const categories = await listCouponCategoryOptions();
  return (
    <>
      <PageHeader
        title="New platform coupon"
        description="QuickLocal funds the discount. It applies to every store's items, or to one category."
        actions={
          <Link href="/admin/coupons" className={buttonVariants({ variant: "outline" })}>
            Back to coupons
          </Link>
        }
      />
      <CouponForm scope="platform" defaults={newCouponFields(new Date())} categories={categories} backHref="/admin/coupons" />
    </>
  );
}
