"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { PendingButton } from "@/components/forms/pending-button";
import { toast } from "@/components/ui/toaster";
import { formatDateTime } from "@/components/workspace/format-date";
import { deactivateCouponAction } from "@/lib/promotions/actions";
import type { CouponRow } from "@/lib/promotions/queries";
import { describeCouponValue } from "@/lib/promotions/rules";
import { formatMoney } from "@/lib/platform/money";
import { COUPON_STATUS_META } from "./coupon-status";

const money = (paise: number) => formatMoney(paise, "INR", { compact: true });

function usage(c: CouponRow): string {
  const uses = c.usageLimit === null ? `${c.usedCount} used` : `${c.usedCount} of ${c.usageLimit} used`;
  return `${uses} · ${money(c.discountGivenPaise)} given · ${c.perUserLimit} per customer`;
}

function scope(c: CouponRow, showSeller: boolean): string {
  const who = c.sellerId ? (showSeller ? `${c.sellerName ?? "A store"}'s products` : "Your products") : "All stores";
  return `${who}${c.categoryName ? ` in ${c.categoryName}` : ""} · ${c.fundedBy === "seller" ? "store-funded" : "platform-funded"}`;
}

/** Coupons as cards: code, status, value, scope, window in India time, usage, and Edit / Deactivate (with confirmation). */
export function CouponList({ coupons, editBase, showSeller = false, label }: { coupons: CouponRow[]; /** Edit links go to `${editBase}/${id}`. */ editBase: string; showSeller?: boolean; label: string }) {
  const router = useRouter();
  const [target, setTarget] = useState<CouponRow | null>(null);
  const [pending, startTransition] = useTransition();

  function confirmDeactivate() {
    if (!target) return;
    const coupon = target;
    startTransition(async () => {
      const result = await deactivateCouponAction(coupon.id).catch(() => null);
      if (!result) {
        toast.error("Connection problem — please try again", { id: "coupon-deactivate" });
        return;
      }
      if (!result.ok) {
        toast.error(result.message, { id: "coupon-deactivate" });
        return;
      }
      toast.success(`${coupon.code} deactivated`, { id: "coupon-deactivate" });
      setTarget(null);
      router.refresh();
    });
  }

  return (
    <>
      <ul aria-label={label} className="grid gap-3">
        {coupons.map((c) => {
          const meta = COUPON_STATUS_META[c.status];
          return (
            <li key={c.id} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_auto] sm:items-center">
              <div className="grid min-w-0 gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <p className="font-mono text-base font-bold tracking-wide text-slate-900">{c.code}</p>
                  <Badge tone={meta.tone}>{meta.label}</Badge>
                </div>
                <p className="text-sm font-semibold text-slate-800">
                  {describeCouponValue(c, money)}
                  {c.minOrderPaise > 0 ? <span className="font-normal text-slate-700"> on {money(c.minOrderPaise)} or more</span> : null}
                </p>
                {c.description ? <p className="text-sm text-slate-700">{c.description}</p> : null}
                <p className="text-xs text-slate-700">{scope(c, showSeller)}</p>
                <p className="text-xs text-slate-700">
                  {formatDateTime(new Date(c.startsAt))} → {c.endsAt ? formatDateTime(new Date(c.endsAt)) : "no end date"}
                </p>
                <p className="text-xs text-slate-700">{usage(c)}</p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Link href={`${editBase}/${c.id}`} className={buttonVariants({ variant: "outline" })} aria-label={`Edit ${c.code}`}>
                  Edit
                </Link>
                {c.active ? (
                  <Button type="button" variant="outline" onClick={() => setTarget(c)} aria-label={`Deactivate ${c.code}`}>
                    Deactivate
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>

      <Dialog open={target !== null} onOpenChange={(open) => !open && !pending && setTarget(null)}>
        <DialogContent role="alertdialog" closeLabel="Keep the coupon">
          <DialogHeader>
            <DialogTitle>Deactivate {target?.code}?</DialogTitle>
            <DialogDescription>Shoppers can no longer use it from now on. Orders that already used it keep their discount. This can&apos;t be undone.</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setTarget(null)} disabled={pending}>
              Keep it
            </Button>
            <PendingButton type="button" variant="danger" onClick={confirmDeactivate} pending={pending} pendingLabel="Deactivating…">
              Deactivate
            </PendingButton>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
