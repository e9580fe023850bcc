import type { Metadata } from "next";
import { z } from "zod";
import { firstValues, type RawSearchParams } from "@/components/workspace/search-params";
import { requirePageRole } from "@/lib/auth/policies";
import { listAdminPrefixes, listAdminZones } from "@/lib/shipping/queries";
import { PrefixManager } from "../_components/prefix-manager";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "PIN codes · Shipping",
  description: "Which PIN codes QuickLocal delivers to: PIN prefixes mapped to delivery zones (the longest prefix wins).",
};

const zoneParam = z.uuid().optional().catch(undefined);

export default async function ShippingPincodesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePageRole("admin", "/admin/shipping/pincodes");
  const zoneId = zoneParam.parse(firstValues(await searchParams).zone);
  const [zones, prefixes] = await Promise.all([listAdminZones(), listAdminPrefixes({ zoneId })]);
  const zone = zones.find((z) => z.id === zoneId) ?? null;
  return <PrefixManager zones={zones} prefixes={prefixes} zone={zone} />;
}
