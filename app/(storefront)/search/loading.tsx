import { FacetedListingSkeleton } from "@/components/search/listing-skeleton";

export default function SearchLoading() {
  return <FacetedListingSkeleton label="Searching…" />;
}
