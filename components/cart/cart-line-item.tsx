"use client";
import Link from "next/link";
import { useId } from "react";
import { ImageOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { CartLineView } from "@/lib/cart/types";
import { discountPercent, formatMoney } from "@/lib/platform/money";
import { LineNotices } from "./line-notices";
import type { CartWrites } from "./use-cart-writes";

const TYPE_BADGE = { bundle: "Bundle", digital: "Digital — no shipping", physical: null } as const;

function Thumb({ line }: { line: CartLineView }) {
  if (!line.imageUrl) {
    return (
      <span className="grid size-20 shrink-0 place-items-center rounded-lg bg-slate-100 text-slate-500 sm:size-24">
        <ImageOff className="size-6" aria-hidden="true" />
      </span>
    );
  }
  // eslint-disable-next-line @next/next/no-img-element -- media route images are already sized
  return <img src={line.imageUrl} alt="" width={96} height={96} loading="lazy" className="size-20 shrink-0 rounded-lg bg-slate-100 object-cover sm:size-24" />;
}

/** One cart (or saved-for-later) line: picture, title, price against MRP, notices, quantity and its actions. */
export function CartLineItem({ line, saved = false, writes }: { line: CartLineView; saved?: boolean; writes: CartWrites }) {
  const qtyId = useId();
  const busy = writes.busy(line.id);
  const error = writes.errors[line.id];
  const off = discountPercent(line.unitPricePaise, line.mrpPaise);
  const badge = TYPE_BADGE[line.productType];
  return (
    <li data-testid="cart-line" aria-busy={busy || undefined} className="flex gap-3 py-4 sm:gap-4">
      <Link href={line.href} tabIndex={-1} aria-hidden="true">
        <Thumb line={line} />
      </Link>
      <div className="grid min-w-0 flex-1 gap-2">
        <div className="grid gap-0.5">
          <Link href={line.href} className="line-clamp-2 font-semibold text-slate-900 hover:underline">
            {line.title}
          </Link>
          <p className="text-sm text-slate-600">
            {line.variantTitle} · Sold by {line.sellerName}
          </p>
          <p className="flex flex-wrap items-center gap-1.5">
            {badge && <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">{badge}</span>}
            {line.onDeal && <span className="rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold uppercase text-white">Deal</span>}
          </p>
        </div>
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="text-base font-bold text-slate-950">{formatMoney(line.lineTotalPaise, line.currency)}</span>
          {line.quantity > 1 && <span className="text-slate-600">{formatMoney(line.unitPricePaise, line.currency)} each</span>}
          {off > 0 && (
            <>
              <s className="text-slate-500">
                <span className="sr-only">MRP </span>
                {formatMoney(line.mrpPaise, line.currency, { compact: true })}
              </s>
              <span className="font-semibold text-brand-700">{off}% off</span>
            </>
          )}
        </p>
        <LineNotices notices={line.notices} onAcceptPrice={saved ? undefined : () => writes.acceptPrice(line.id)} accepting={busy} />
        <div className="flex flex-wrap items-center gap-2">
          {!saved && (
            <span className="inline-flex items-center gap-1.5">
              <label htmlFor={qtyId} className="text-sm font-medium text-slate-700">
                Qty
              </label>
              <select
                id={qtyId}
                value={line.quantity}
                disabled={busy}
                onChange={(e) => writes.setQuantity(line.id, Number(e.target.value))}
                className="min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                {Array.from({ length: line.maxQuantity }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </span>
          )}
          {saved ? (
            <Button size="sm" variant="outline" className="min-h-11" disabled={busy} onClick={() => writes.moveToCart(line.id)}>
              Move to cart<span className="sr-only">: {line.title}</span>
            </Button>
          ) : (
            <Button size="sm" variant="ghost" className="min-h-11" disabled={busy} onClick={() => writes.saveForLater(line.id)}>
              Save for later<span className="sr-only">: {line.title}</span>
            </Button>
          )}
          <Button size="sm" variant="ghost" className="min-h-11 text-red-700" disabled={busy} onClick={() => writes.remove(line.id, line.title)}>
            Remove<span className="sr-only">: {line.title}</span>
          </Button>
        </div>
        {error && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}
