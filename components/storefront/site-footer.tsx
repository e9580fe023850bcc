import Link from "next/link";
import { categoryHref } from "@/lib/catalog/rules";
import type { CategoryLink } from "@/lib/catalog/types";
import { BrandMark } from "./logo";

const linkClass = "inline-flex min-h-11 items-center text-sm text-slate-300 underline-offset-4 hover:text-white hover:underline sm:min-h-9";

function Column({ title, links }: { title: string; links: { href: string; label: string }[] }) {
  return (
    <div>
      <h2 className="text-xs font-semibold uppercase tracking-wider text-slate-400">{title}</h2>
      <ul className="mt-2">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className={linkClass}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SiteFooter({ categories }: { categories: CategoryLink[] }) {
  const shop = [
    ...categories.slice(0, 5).map((c) => ({ href: categoryHref(c.slug), label: c.name })),
    { href: "/search?sort=discount", label: "Best deals" },
    { href: "/search?sort=newest", label: "New arrivals" },
  ];
  return (
    <footer className="mt-12 bg-slate-900 text-slate-200">
      <div className="mx-auto grid max-w-7xl grid-cols-1 gap-8 px-4 py-10 sm:grid-cols-2 md:px-6 lg:grid-cols-4">
        <div className="sm:col-span-2 lg:col-span-1">
          <p className="flex items-center gap-2 text-lg font-extrabold text-white">
            <BrandMark className="h-7 w-6" />
            QuickLocal
          </p>
          <p className="mt-2 max-w-xs text-sm text-slate-300">
            Groceries, fashion and toys from trusted sellers in your neighbourhood, delivered fast.
          </p>
        </div>
        <Column title="Shop" links={shop} />
        <Column
          title="Your account"
          links={[
            { href: "/account", label: "My account" },
            { href: "/sign-in", label: "Sign in" },
            { href: "/sign-up", label: "Create an account" },
            { href: "/forgot-password", label: "Forgot password" },
          ]}
        />
        <Column
          title="Work with us"
          links={[
            { href: "/seller", label: "Sell on QuickLocal" },
            { href: "/delivery", label: "Deliver with QuickLocal" },
          ]}
        />
      </div>
      <div className="border-t border-slate-800">
        <p className="mx-auto max-w-7xl px-4 py-4 text-xs text-slate-400 md:px-6">
          © {new Date().getFullYear()} QuickLocal. Prices are in Indian rupees and include GST where applicable.
        </p>
      </div>
    </footer>
  );
}
