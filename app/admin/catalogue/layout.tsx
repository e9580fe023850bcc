import { SectionTabs } from "@/components/workspace/section-tabs";

const TABS = [
  { href: "/admin/catalogue", label: "Review queue", exact: true, prefixes: ["/admin/catalogue/review"] },
  { href: "/admin/catalogue/categories", label: "Categories & attributes" },
  { href: "/admin/catalogue/brands", label: "Brands" },
];

/** The catalogue section: review queue, category tree with attributes, brands. */
export default function CatalogueLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <div className="mb-5">
        <SectionTabs label="Catalogue sections" tabs={TABS} />
      </div>
      {children}
    </>
  );
}
