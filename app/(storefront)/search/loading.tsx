import { ListingSkeleton } from "@/components/storefront/skeletons";

export default function SearchLoading() {
  return <ListingSkeleton label="Searching…" />;
}
