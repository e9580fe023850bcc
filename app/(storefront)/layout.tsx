import { cookies } from "next/headers";
import { CategoryBar } from "@/components/storefront/category-bar";
import { SiteFooter } from "@/components/storefront/site-footer";
import { SiteHeader } from "@/components/storefront/site-header";
import { SkipLink } from "@/components/storefront/skip-link";
import { getActor } from "@/lib/auth/session";
import { getCategoryTree } from "@/lib/catalog/queries";
import { PINCODE_COOKIE, pincodeFromCookie } from "@/lib/catalog/schemas";

export const dynamic = "force-dynamic";

export default async function StorefrontLayout({ children }: { children: React.ReactNode }) {
  const [actor, cookieStore, tree] = await Promise.all([getActor(), cookies(), getCategoryTree()]);
  const pincode = pincodeFromCookie(cookieStore.get(PINCODE_COOKIE)?.value);
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <SiteHeader actor={actor} pincode={pincode} />
      <CategoryBar tree={tree} />
      <main id="main-content" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter categories={tree} />
    </div>
  );
}
