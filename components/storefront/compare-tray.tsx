"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { GitCompareArrows, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { COMPARE_HREF, COMPARE_LIMIT } from "@/lib/catalog/compare-rules";
import { cn } from "@/lib/ui/cn";
import { useCompare } from "./compare-provider";

/**
 * Height of a bar fixed to the bottom of the screen by the page (the product page's buy bar on phones),
 * re-measured when such a bar appears later (streamed pages) or changes size.
 */
function useBottomBarHeight(pathname: string): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    let frame = 0;
    let watched: HTMLElement[] = [];
    const resize = new ResizeObserver(() => measure());
    function measure() {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const bars = [...document.querySelectorAll<HTMLElement>("[data-bottom-bar]")];
        if (bars.length !== watched.length || bars.some((b, i) => b !== watched[i])) {
          resize.disconnect();
          for (const b of bars) resize.observe(b);
          watched = bars;
        }
        setHeight(Math.max(0, ...bars.map((b) => b.getBoundingClientRect().height)));
      });
    }
    measure();
    const mutations = new MutationObserver(measure);
    mutations.observe(document.body, { childList: true, subtree: true });
    window.addEventListener("resize", measure);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, [pathname]);
  return height;
}

/**
 * The sticky compare tray: thumbnails of the products in the compare list with remove buttons and a
 * "Compare (n)" link. Shown while the list is not empty (not on the compare page itself); it sits
 * above a page's own bottom bar, and a spacer keeps it from covering the end of the page.
 */
export function CompareTray() {
  const compare = useCompare();
  const pathname = usePathname();
  const offset = useBottomBarHeight(pathname);
  if (!compare || compare.items.length === 0 || pathname === COMPARE_HREF) return null;
  const { items } = compare;
  return (
    <>
      <div aria-hidden="true" className="h-16 md:h-20" />
      <section
        aria-label="Products to compare"
        style={{ bottom: offset }}
        className="fixed inset-x-0 z-40 border-t border-slate-200 bg-white/95 shadow-[0_-4px_12px_rgba(15,23,42,0.08)] backdrop-blur"
      >
        <div className="mx-auto flex max-w-7xl items-center gap-2 px-3 py-2 md:gap-3 md:px-6">
          <p className="hidden shrink-0 text-sm lg:block">
            <span className="block font-semibold text-slate-900">Compare</span>
            <span className="text-xs text-slate-600">
              {items.length} of {COMPARE_LIMIT}
            </span>
          </p>
          <ul className="flex min-w-0 flex-1 items-center gap-1.5 md:gap-2">
            {items.map((item) => (
              <li key={item.id} className="min-w-0">
                {/* Phones: the thumbnail itself removes the product. */}
                <button
                  type="button"
                  onClick={() => compare.remove(item.id)}
                  aria-label={`Remove ${item.title} from compare`}
                  className="relative grid size-11 place-items-center rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 md:hidden"
                >
                  <Thumb image={item.image} />
                  <span className="absolute -right-1.5 -top-1.5 grid size-5 place-items-center rounded-full bg-slate-800 text-white ring-2 ring-white">
                    <X className="size-3" aria-hidden="true" />
                  </span>
                </button>
                <div className="hidden w-44 items-center gap-2 rounded-lg border border-slate-200 bg-white py-1 pl-1 md:flex lg:w-52">
                  <Thumb image={item.image} />
                  <Link href={`/p/${encodeURIComponent(item.slug)}`} className="line-clamp-2 min-w-0 flex-1 text-xs leading-4 text-slate-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
                    {item.title}
                  </Link>
                  <button
                    type="button"
                    onClick={() => compare.remove(item.id)}
                    aria-label={`Remove ${item.title} from compare`}
                    className="grid size-11 shrink-0 place-items-center rounded-lg text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
                  >
                    <X className="size-4" aria-hidden="true" />
                  </button>
                </div>
              </li>
            ))}
            {Array.from({ length: COMPARE_LIMIT - items.length }, (_, i) => (
              <li key={`empty-${i}`} aria-hidden="true" className="hidden h-14 w-44 place-items-center rounded-lg border border-dashed border-slate-300 text-xs text-slate-500 xl:grid">
                Add a product
              </li>
            ))}
          </ul>
          <Button type="button" variant="ghost" size="sm" className="hidden min-h-11 sm:inline-flex" onClick={() => compare.clear()}>
            Clear
          </Button>
          <Button asChild className={cn("shrink-0", compare.pending && "opacity-80")}>
            <Link href={COMPARE_HREF} aria-busy={compare.pending}>
              <GitCompareArrows aria-hidden="true" />
              Compare ({items.length})
            </Link>
          </Button>
        </div>
      </section>
    </>
  );
}

function Thumb({ image }: { image: { url: string; alt: string } | null }) {
  if (!image) return <span className="size-9 shrink-0 rounded bg-slate-100" />;
  // eslint-disable-next-line @next/next/no-img-element -- catalogue images are pre-sized by the media route
  return <img src={image.url.includes("?") ? image.url : `${image.url}?w=160`} alt="" width={36} height={36} className="size-9 shrink-0 rounded object-contain" />;
}
