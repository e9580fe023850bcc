"use client";

import { ArchiveRestore } from "lucide-react";
import { Notice } from "@/components/workspace/notice";
import { formatDateTime } from "@/components/workspace/format-date";
import { CONTENT_FIELD_LABELS } from "@/lib/catalog/product-rules";
import { ConfirmButton } from "./confirm-button";
import type { EditorProduct } from "./types";

/**
 * What the product's review state means for the seller right now: live (which edits go to review),
 * a change waiting for review (with "Withdraw change"), waiting for review, rejected (with the
 * admin's reason) or archived (with "Restore").
 */
export function StatusBanners({
  product,
  onWithdraw,
  onRestore,
}: {
  product: EditorProduct;
  onWithdraw: () => Promise<boolean>;
  onRestore: () => Promise<boolean>;
}) {
  const { status, pendingRevision, rejectionReason } = product;
  return (
    <>
      {status === "rejected" ? (
        <Notice tone="danger" title="Rejected by our review team">
          <p>Reason: “{rejectionReason ?? "No reason given"}”</p>
          <p className="mt-1">Fix what the reviewer asked for, then submit the product again.</p>
        </Notice>
      ) : null}
      {status === "active" && rejectionReason && !pendingRevision ? (
        <Notice tone="danger" title="Your last change was rejected">
          <p>Reason: “{rejectionReason}”</p>
          <p className="mt-1">The approved version is still on sale. Edit and save to send a new change for review.</p>
        </Notice>
      ) : null}
      {status === "pending_review" ? (
        <Notice tone="warning" title="Waiting for review">
          An admin is checking this product before it goes on sale, usually within a day. You can still correct it; the review sees your latest save.
        </Notice>
      ) : null}
      {status === "active" && pendingRevision ? (
        <Notice tone="warning" title="A change is waiting for review">
          <p>
            Submitted {formatDateTime(new Date(pendingRevision.submittedAt))}:{" "}
            {pendingRevision.changes.map((field) => CONTENT_FIELD_LABELS[field].toLowerCase()).join(", ") || "content"}. Customers see the approved version until
            then; the form below shows your change.
          </p>
          <ConfirmButton
            className="mt-3 bg-white"
            title="Withdraw this change?"
            description="The change waiting for review is discarded and the form goes back to the live version. Price and stock changes you saved stay."
            confirmLabel="Withdraw change"
            pendingLabel="Withdrawing…"
            confirmVariant="danger"
            onConfirm={onWithdraw}
          >
            Withdraw change
          </ConfirmButton>
        </Notice>
      ) : null}
      {status === "active" && !pendingRevision ? (
        <Notice tone="info" title="This product is live">
          Changes to the title, description, photos, category, brand, specifications or SEO go to review; customers keep seeing the approved version until an
          admin approves them. Price, stock and variant changes apply as soon as you save.
        </Notice>
      ) : null}
      {status === "archived" ? (
        <Notice tone="info" title="Archived">
          <p>Customers can&apos;t see or buy this product. Restore it to put the approved version back on sale and to edit it.</p>
          <ConfirmButton
            variant="primary"
            className="mt-3"
            title="Restore this product?"
            description="The approved version goes back on sale with its current prices and stock."
            confirmLabel="Restore"
            pendingLabel="Restoring…"
            onConfirm={onRestore}
          >
            <ArchiveRestore aria-hidden="true" />
            Restore
          </ConfirmButton>
        </Notice>
      ) : null}
    </>
  );
}
