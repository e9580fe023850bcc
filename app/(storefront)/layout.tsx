import { CategoryBar } from "@/components/storefront/category-bar";
import { CompareProvider } from "@/components/storefront/compare-provider";
import { CompareTray } from "@/components/storefront/compare-tray";
import { SiteFooter } from "@/components/storefront/site-footer";
import { SiteHeader } from "@/components/storefront/site-header";
import { SkipLink } from "@/components/storefront/skip-link";
import { VisitorProvider } from "@/components/storefront/visitor-provider";
import { getCategoryTree } from "@/lib/catalog/queries";

/**
 * The storefront shell. It reads nothing per visitor (no session, no cookies), so product pages can be
 * served from the page cache; the header, compare tray and buy buttons get the visitor's own bits from
 * /api/visitor once in the browser (see VisitorProvider).
 */
export default async function StorefrontLayout({ children }: { children: React.ReactNode }) {
  const tree = await getCategoryTree();
  return (
    <VisitorProvider>
      <CompareProvider>
        <div className="flex min-h-dvh flex-col">
          <SkipLink />
          <SiteHeader />
          <CategoryBar tree={tree} />
          <main id="main-content" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter categories={tree} />
          <CompareTray />
        </div>
      </CompareProvider>
    </VisitorProvider>
  );
}
