import Link from "next/link";
import { PackageSearch } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { buttonVariants } from "@/components/ui/button";

/** An order number that does not exist, or belongs to someone else (we don't say which). */
export default function OrderNotFound() {
  return (
    <EmptyState
      icon={PackageSearch}
      headingLevel={1}
      title="We couldn't find that order"
      description="Check the order number in your confirmation email. Orders placed from another account don't show here."
    >
      <Link href="/account/orders" className={buttonVariants({ variant: "primary" })}>
        See my orders
      </Link>
    </EmptyState>
  );
}
