"use client";

import Link from "next/link";
import { Archive, ExternalLink } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PendingChangeBadge } from "../pending-change-badge";
import { ProductStatusBadge } from "@/components/workspace/status-badge";
import { productHref } from "@/lib/catalog/rules";
import { ConfirmButton } from "./confirm-button";
import type { EditorProduct } from "./types";

/** A live product's status, a link to it in the store, and "Archive" (an archived product is restored from its banner). */
export function StatusCard({ product, onArchive }: { product: EditorProduct; onArchive: () => Promise<boolean> }) {
  if (product.status !== "active") return null;
  return (
    <Card role="region" aria-labelledby="product-status-title">
      <CardHeader>
        <CardTitle id="product-status-title">Status</CardTitle>
        <div className="flex flex-wrap gap-1.5">
          <ProductStatusBadge status={product.status} />
          {product.pendingRevision ? <PendingChangeBadge /> : null}
        </div>
      </CardHeader>
      <CardContent className="flex flex-col gap-2">
        <Link href={productHref(product.slug)} className={buttonVariants({ variant: "outline" })} target="_blank">
          <ExternalLink aria-hidden="true" />
          View in store<span className="sr-only"> (opens in a new tab)</span>
        </Link>
        <ConfirmButton
          title="Archive this product?"
          description="Customers will no longer see or buy it. Its history, prices and stock are kept; you can restore it at any time."
          confirmLabel="Archive"
          pendingLabel="Archiving…"
          confirmVariant="danger"
          onConfirm={onArchive}
        >
          <Archive aria-hidden="true" />
          Archive
        </ConfirmButton>
      </CardContent>
    </Card>
  );
}
