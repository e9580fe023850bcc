import Link from "next/link";
import { Baby, Percent, Shirt, ShoppingBasket, Store, Truck } from "lucide-react";
import { categoryHref } from "@/lib/catalog/rules";
import type { CategoryLink } from "@/lib/catalog/types";
import { cn } from "@/lib/ui/cn";

const looks = [
  { test: /grocer|food|kirana/i, icon: ShoppingBasket, tone: "from-lime-100 to-emerald-200 text-emerald-950", blurb: "Staples, fresh picks and daily needs" },
  { test: /fashion|cloth|apparel/i, icon: Shirt, tone: "from-rose-100 to-fuchsia-200 text-fuchsia-950", blurb: "Styles from local boutiques" },
  { test: /toy|game|kid/i, icon: Baby, tone: "from-sky-100 to-indigo-200 text-indigo-950", blurb: "Games, puzzles and playtime" },
];

/** Up to three promo tiles: a grocery department (the first top category that is not fashion or toys), fashion, toys. */
function promoted(top: CategoryLink[]): CategoryLink[] {
  const matches = (re: RegExp) => (c: CategoryLink) => re.test(c.slug) || re.test(c.name);
  const fashion = top.find(matches(looks[1].test));
  const toys = top.find(matches(looks[2].test));
  const grocery = top.find(matches(/grocer|kirana/i)) ?? top.find((c) => c !== fashion && c !== toys);
  return [grocery, fashion, toys].filter((c): c is CategoryLink => c !== undefined);
}

/** The home page banner (pure CSS, no network images) and a promo tile per top-level category. */
export function Hero({ topCategories }: { topCategories: CategoryLink[] }) {
  return (
    <section aria-labelledby="hero-heading" className="grid gap-3 lg:grid-cols-[1.6fr_1fr]">
      <div className="relative isolate overflow-hidden rounded-2xl bg-linear-to-br from-brand-800 via-brand-700 to-brand-600 px-5 py-5 text-white shadow-sm sm:px-8 sm:py-8">
        <div aria-hidden="true" className="absolute -right-10 -top-16 -z-10 size-56 rounded-full bg-white/10" />
        <div aria-hidden="true" className="absolute -bottom-20 right-20 -z-10 size-48 rounded-full bg-accent-500/30" />
        <p className="inline-flex items-center gap-1.5 rounded-full bg-white/15 px-3 py-1 text-xs font-semibold">
          <Truck className="size-4" aria-hidden="true" />
          Local sellers, quick delivery
        </p>
        <h1 id="hero-heading" className="mt-3 max-w-lg text-[1.4rem] font-extrabold leading-tight sm:text-3xl lg:text-4xl">
          Your neighbourhood market, delivered to your door
        </h1>
        <p className="mt-2 max-w-md text-sm text-white/90 sm:text-base">
          Shop groceries, fashion and toys from trusted stores near you — fair prices, honest MRPs.
        </p>
        <div className="mt-4 flex flex-wrap gap-2 sm:mt-5">
          <Link href="/deals" className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-accent-500 px-4 text-sm font-bold text-slate-950 hover:bg-amber-400">
            <Percent className="size-4" aria-hidden="true" />
            Shop best deals
          </Link>
          <Link href="/search?sort=newest" className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-white/15 px-4 text-sm font-semibold text-white ring-1 ring-white/40 hover:bg-white/25">
            <Store className="size-4" aria-hidden="true" />
            New arrivals
          </Link>
        </div>
      </div>
      {promoted(topCategories).length > 0 && (
        <ul className="grid grid-cols-3 gap-2 sm:gap-3 lg:grid-cols-1">
          {promoted(topCategories).map((c) => {
            const look = looks.find((l) => l.test.test(c.slug) || l.test.test(c.name)) ?? looks[0];
            const Icon = look.icon;
            return (
              <li key={c.id}>
                <Link
                  href={categoryHref(c.slug)}
                  className={cn(
                    "flex h-full min-h-20 flex-col justify-between gap-2 rounded-2xl bg-linear-to-br p-3 shadow-sm ring-1 ring-black/5 transition hover:shadow-md lg:flex-row lg:items-center lg:p-4",
                    look.tone,
                  )}
                >
                  <span>
                    <span className="block text-sm font-bold sm:text-base">{c.name}</span>
                    <span className="hidden text-sm opacity-90 sm:block">{look.blurb}</span>
                  </span>
                  <Icon className="size-7 self-end opacity-80 lg:size-10 lg:self-center" aria-hidden="true" />
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
