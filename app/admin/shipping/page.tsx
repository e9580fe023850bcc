import type { Metadata } from "next";
import { requirePageRole } from "@/lib/auth/policies";
import { listAdminZones } from "@/lib/shipping/queries";
import { ZoneManager } from "./_components/zone-manager";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Delivery zones",
  description: "Delivery zones: standard, next-day and same-day delivery, their cut-off times and fees.",
};

export default async function ShippingZonesPage() {
  await requirePageRole("admin", "/admin/shipping");
  const zones = await listAdminZones();
  return <ZoneManager zones={zones} prefixTotal={zones.reduce((sum, z) => sum + z.prefixCount, 0)} />;
}
