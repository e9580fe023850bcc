import type { Metadata } from "next";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "Page not found" };

/** Unknown /delivery/* paths render the workspace's own 404 inside its shell. */
export default function UnknownDeliveryPage() {
  notFound();
}
