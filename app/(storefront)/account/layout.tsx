import type { Metadata } from "next";
import { AccountNav } from "@/components/account/account-nav";
import { requireSignedIn } from "@/lib/auth/policies";

export const metadata: Metadata = {
  title: { default: "My account", template: "%s · QuickLocal" },
  description: "Your QuickLocal profile, saved delivery addresses and orders.",
  robots: { index: false, follow: false },
};

/** The account area inside the storefront shell: any signed-in user; anonymous visitors go to sign-in. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireSignedIn("/account");
  const firstName = actor.name.split(/\s+/)[0] || actor.name;
  return (
    <div className="mx-auto grid max-w-6xl grid-cols-1 gap-4 px-3 py-4 md:grid-cols-[13rem_minmax(0,1fr)] md:gap-8 md:px-6 md:py-8">
      <aside className="md:sticky md:top-24 md:self-start">
        <p className="mb-3 hidden text-sm text-slate-600 md:block">
          Hello, <span className="font-semibold text-slate-900">{firstName}</span>
        </p>
        <AccountNav />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
