import { SectionTabs } from "@/components/workspace/section-tabs";

const TABS = [
  { href: "/admin/shipping", label: "Zones", exact: true },
  { href: "/admin/shipping/pincodes", label: "PIN codes" },
];

/** The shipping section: delivery zones and the PIN prefixes that map to them. */
export default function ShippingAdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <div className="mb-5">
        <SectionTabs label="Shipping sections" tabs={TABS} />
      </div>
      {children}
    </>
  );
}
