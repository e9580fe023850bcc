import type { Metadata } from "next";
import { AddressBook } from "@/components/account/address-book";
import { PageHeader } from "@/components/workspace/page-header";
import { requireSignedIn } from "@/lib/auth/policies";
import { listAddresses } from "@/lib/identity/address-queries";
import { getAccountProfile } from "@/lib/identity/queries";

export const metadata: Metadata = {
  title: "Saved addresses",
  description: "Add, edit and remove your delivery addresses, and choose your default.",
};

export default async function AddressesPage() {
  const actor = await requireSignedIn("/account/addresses");
  const [addresses, profile] = await Promise.all([listAddresses(actor), getAccountProfile(actor.id)]);
  return (
    <div>
      <PageHeader title="Saved addresses" description="Your default address is chosen first when you check out." className="mb-3 sm:mb-4" />
      <AddressBook addresses={addresses} defaultName={profile?.name ?? actor.name} defaultPhone={profile?.phone ?? null} />
    </div>
  );
}
