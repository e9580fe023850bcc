import type { SellerStatus } from "@/lib/sellers/schemas";
import { Notice } from "@/components/workspace/notice";

/** Explains what a pending or suspended store means for the seller; nothing for an active store. */
export function StoreNotice({ status }: { status: SellerStatus }) {
  if (status === "pending") {
    return (
      <Notice tone="warning" title="Your store is awaiting approval">
        Our team reviews new stores within 1–2 working days. Until your store is approved, your products stay hidden from customers
        and cannot be ordered. The badge next to your store name turns to “Active” once it&apos;s approved.
      </Notice>
    );
  }
  if (status === "suspended") {
    return (
      <Notice tone="danger" title="Your store is suspended">
        Customers can&apos;t see or order your products right now. Please contact QuickLocal seller support to resolve the issue and
        reactivate your store.
      </Notice>
    );
  }
  return null;
}
