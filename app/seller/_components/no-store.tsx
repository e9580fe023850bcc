import Link from "next/link";
import { Store } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/workspace/empty-state";
import { PageHeader } from "@/components/workspace/page-header";

/** Shown to a seller account that has no store yet. */
export function NoStore() {
  return (
    <>
      <PageHeader title="Seller Hub" />
      <EmptyState
        icon={<Store />}
        title="No store is linked to your account yet"
        description="Your seller account is ready, but there is no store attached to it. Once QuickLocal support links your store, your products and stock will appear here."
        action={
          <Link href="/" className={buttonVariants({ variant: "outline" })}>
            Back to the store
          </Link>
        }
      />
    </>
  );
}
