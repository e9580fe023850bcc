import { SectionTabs } from "@/components/workspace/section-tabs";

const TABS = [
  { href: "/admin/search", label: "Analytics", exact: true },
  { href: "/admin/search/synonyms", label: "Synonyms" },
];

/** The search section: analytics dashboard and synonyms. */
export default function SearchAdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <div className="mb-5">
        <SectionTabs label="Search sections" tabs={TABS} />
      </div>
      {children}
    </>
  );
}
