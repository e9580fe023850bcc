import { SectionTabs } from "./_components/section-tabs";

/** The catalogue section: review queue, category tree with attributes, brands. */
export default function CatalogueLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <div className="mb-5">
        <SectionTabs />
      </div>
      {children}
    </>
  );
}
