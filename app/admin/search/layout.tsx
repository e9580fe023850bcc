import { SearchSectionTabs } from "./_components/section-tabs";

/** The search section: analytics dashboard and synonyms. */
export default function SearchAdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <div className="mb-5">
        <SearchSectionTabs />
      </div>
      {children}
    </>
  );
}
