import { cookies } from "next/headers";
import { CategoryBar } from "@/components/storefront/category-bar";
import { CompareProvider } from "@/components/storefront/compare-provider";
import { CompareTray } from "@/components/storefront/compare-tray";
import { SiteFooter } from "@/components/storefront/site-footer";
import { SiteHeader } from "@/components/storefront/site-header";
import { SkipLink } from "@/components/storefront/skip-link";
import { getActor } from "@/lib/auth/session";
import { getCompareList } from "@/lib/catalog/compare-queries";
import { COMPARE_COOKIE } from "@/lib/catalog/compare-rules";
import { getCategoryTree } from "@/lib/catalog/queries";
import { PINCODE_COOKIE, pincodeFromCookie } from "@/lib/shipping";

export const dynamic = "force-dynamic";

export default async function StorefrontLayout({ children }: { children: React.ReactNode }) {
  const [actor, cookieStore, tree] = await Promise.all([getActor(), cookies(), getCategoryTree()]);
  const pincode = pincodeFromCookie(cookieStore.get(PINCODE_COOKIE)?.value);
  const compared = await getCompareList(cookieStore.get(COMPARE_COOKIE)?.value);
  return (
    <CompareProvider items={compared.map((p) => ({ id: p.id, slug: p.slug, title: p.title, image: p.image }))}>
      <div className="flex min-h-dvh flex-col">
        <SkipLink />
        <SiteHeader actor={actor} pincode={pincode} />
        <CategoryBar tree={tree} />
        <main id="main-content" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter categories={tree} />
        <CompareTray />
      </div>
    </CompareProvider>
  );
}
