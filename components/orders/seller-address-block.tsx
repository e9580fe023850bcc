import type { AddressSnapshot } from "@/models/orders";

/** The delivery address as it was when the order was placed. */
export function AddressBlock({ address }: { address: AddressSnapshot | null }) {
  if (!address) return <p className="text-sm text-slate-600">No delivery address: everything in this part is digital.</p>;
  return (
    <address className="text-sm not-italic leading-relaxed text-slate-800">
      <span className="font-semibold text-slate-950">{address.fullName}</span>
      <br />
      {address.line1}
      {address.line2 ? (
        <>
          <br />
          {address.line2}
        </>
      ) : null}
      {address.landmark ? (
        <>
          <br />
          Landmark: {address.landmark}
        </>
      ) : null}
      <br />
      {address.city}, {address.state} {address.pincode}
      <br />
      <a href={`tel:+91${address.phone}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
        {address.phone}
      </a>
    </address>
  );
}
