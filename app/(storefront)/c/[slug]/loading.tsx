import { ListingSkeleton } from "@/components/storefront/skeletons";

export default function CategoryLoading() {
  return <ListingSkeleton label="Loading products…" />;
}
