import { Skeleton } from "@/components/ui/skeleton";
import { ProductRowSkeleton } from "@/components/storefront/skeletons";

export default function HomeLoading() {
  return (
    <div className="mx-auto grid max-w-7xl grid-cols-1 gap-4 px-3 py-4 md:gap-6 md:px-6 md:py-6" aria-busy="true">
      <span className="sr-only" role="status">
        Loading the store…
      </span>
      <div className="grid gap-3 lg:grid-cols-[1.6fr_1fr]">
        <Skeleton className="h-56 rounded-2xl sm:h-64" />
        <div className="grid grid-cols-3 gap-2 lg:grid-cols-1">
          <Skeleton className="h-24 rounded-2xl" />
          <Skeleton className="h-24 rounded-2xl" />
          <Skeleton className="h-24 rounded-2xl" />
        </div>
      </div>
      <Skeleton className="h-64 rounded-2xl" />
      <ProductRowSkeleton />
      <ProductRowSkeleton />
    </div>
  );
}
