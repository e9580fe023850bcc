import { BadgeCheck, MapPin, Wallet, Zap } from "lucide-react";
import { Wordmark } from "@/components/auth/wordmark";

const PROMISES = [
  { Icon: Zap, title: "Delivered fast", text: "Groceries, fashion and toys from shops in your neighbourhood." },
  { Icon: BadgeCheck, title: "Trusted local sellers", text: "Every store is verified before it can sell on QuickLocal." },
  { Icon: Wallet, title: "Pay your way", text: "UPI, cards or cash on delivery, with easy returns." },
];

/** Sign-in, sign-up and password pages: a calm, centered card; a brand panel beside it on wide screens. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-gradient-to-b from-brand-50 to-slate-50">
      <header className="px-4 pt-4 sm:pt-8 lg:hidden">
        <div className="mx-auto flex max-w-md justify-center">
          <Wordmark />
        </div>
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-6 sm:items-center sm:py-10">
        <div className="grid w-full max-w-md overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-xl shadow-slate-900/5 lg:max-w-4xl lg:grid-cols-[5fr_6fr]">
          <aside className="hidden flex-col justify-between gap-10 bg-brand-700 p-10 text-white lg:flex">
            <div className="space-y-6">
              <Wordmark inverted />
              <p className="text-2xl font-bold leading-snug">Your neighbourhood, delivered.</p>
            </div>
            <ul className="space-y-5">
              {PROMISES.map(({ Icon, title, text }) => (
                <li key={title} className="flex gap-3">
                  <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-white/15">
                    <Icon className="size-5" aria-hidden="true" />
                  </span>
                  <span>
                    <span className="block font-semibold">{title}</span>
                    <span className="block text-sm text-brand-50">{text}</span>
                  </span>
                </li>
              ))}
            </ul>
            <p className="flex items-center gap-2 text-sm text-brand-50">
              <MapPin className="size-4" aria-hidden="true" />
              Shopping local across India
            </p>
          </aside>
          <div className="p-5 sm:p-8 lg:p-10">{children}</div>
        </div>
      </main>
      <footer className="px-4 pb-6 text-center text-xs text-slate-600">© {new Date().getFullYear()} QuickLocal</footer>
    </div>
  );
}
