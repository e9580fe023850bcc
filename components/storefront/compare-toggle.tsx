"use client";
import Link from "next/link";
import { Check, Plus } from "lucide-react";
import { COMPARE_HREF } from "@/lib/catalog/compare-rules";
import { cn } from "@/lib/ui/cn";
import { useCompare, type CompareItem } from "./compare-provider";

/**
 * "Add to compare" / "Added ✓" toggle button (aria-pressed) for a product card or the product page.
 * On the product page, a "Compare" link follows once the product is in the list.
 */
export function CompareToggle({ product, variant = "card", className }: { product: CompareItem; variant?: "card" | "page"; className?: string }) {
  const compare = useCompare();
  if (!compare) return null;
  const on = compare.has(product.id);
  const Icon = on ? Check : Plus;
  return (
    <div className={cn("relative z-10 flex items-center gap-1", className)}>
      <button
        type="button"
        aria-pressed={on}
        onClick={() => (on ? compare.remove(product.id) : compare.add(product))}
        className={cn(
          "inline-flex min-h-11 items-center gap-1.5 rounded-lg text-sm font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
          variant === "card" ? "-mx-1 px-1 text-xs" : "border px-3",
          on
            ? "text-brand-700 " + (variant === "page" ? "border-brand-600 bg-brand-50" : "")
            : "text-slate-700 hover:text-brand-700 " + (variant === "page" ? "border-slate-300 bg-white hover:bg-slate-50" : ""),
        )}
      >
        <span
          aria-hidden="true"
          className={cn("grid size-4 place-items-center rounded border", on ? "border-brand-600 bg-brand-600 text-white" : "border-slate-400 bg-white")}
        >
          <Icon className={cn("size-3", on ? "" : "text-slate-500")} strokeWidth={3} />
        </span>
        {on ? "Added" : "Add to compare"}
        <span className="sr-only">{`${on ? " to compare: " : ": "}${product.title}`}</span>
      </button>
      {on && variant === "page" && (
        <>
          <span aria-hidden="true" className="text-slate-400">
            ·
          </span>
          <Link href={COMPARE_HREF} className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
            Compare ({compare.items.length})
          </Link>
        </>
      )}
    </div>
  );
}
