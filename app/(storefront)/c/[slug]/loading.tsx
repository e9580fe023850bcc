import { FacetedListingSkeleton } from "@/components/search/listing-skeleton";

export default function CategoryLoading() {
  return <FacetedListingSkeleton label="Loading products…" />;
}
