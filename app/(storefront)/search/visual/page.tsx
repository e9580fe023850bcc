import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { VisualResults } from "./_components/visual-results";

export const metadata: Metadata = {
  title: "Similar products",
  description: "Products on QuickLocal that look like your photo.",
  robots: { index: false, follow: true },
};

/**
 * Results of a photo search. The photo and its hits live in the visitor's browser (sessionStorage,
 * put there by the header's camera dialog): the photo never reaches our storage, so this page is a
 * client view of them, with "search again" and "try another photo".
 */
export default function VisualSearchPage() {
  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:px-6">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Photo search" }]} />
      <VisualResults />
    </div>
  );
}
