import Link from "next/link";
import { BrandMark } from "@/components/storefront/logo";
import { cn } from "@/lib/ui/cn";

/** The QuickLocal mark + wordmark, linking home (inverted: for the green brand panel). */
export function Wordmark({ className, inverted = false }: { className?: string; inverted?: boolean }) {
  return (
    <Link
      href="/"
      className={cn("inline-flex min-h-11 items-center gap-2 rounded-lg text-xl font-extrabold tracking-tight", inverted ? "text-white" : "text-slate-900", className)}
    >
      {inverted ? (
        <span aria-hidden="true" className="grid size-10 place-items-center rounded-xl bg-white shadow-sm">
          <BrandMark className="h-7 w-6" />
        </span>
      ) : (
        <BrandMark className="h-9 w-8" />
      )}
      <span>
        Quick<span className={inverted ? "text-brand-100" : "text-brand-600"}>Local</span>
      </span>
      <span className="sr-only">, home</span>
    </Link>
  );
}
