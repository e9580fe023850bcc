"use client";
import { useEffect } from "react";
import Link from "next/link";
import { RefreshCw, TriangleAlert } from "lucide-react";
import { EmptyState } from "@/components/storefront/empty-state";
import { Button, buttonVariants } from "@/components/ui/button";

export default function StorefrontError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as Error & { digest?: string }).digest ?? "") : "";
  return (
    <div className="mx-auto max-w-3xl px-3 py-10 md:py-16">
      <EmptyState
        icon={TriangleAlert}
        headingLevel={1}
        title="This page didn't load"
        description={
          <>
            Something went wrong on our side. Please try again in a moment, or start again from the home page.
            {digest && <span className="mt-2 block text-xs text-slate-500">Reference: {digest}</span>}
          </>
        }
      >
        <Button onClick={() => retry()}>
          <RefreshCw aria-hidden="true" />
          Try again
        </Button>
        <Link href="/" className={buttonVariants({ variant: "outline" })}>
          Go to the home page
        </Link>
      </EmptyState>
    </div>
  );
}
