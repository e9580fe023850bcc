import { Skeleton } from "@/components/ui/skeleton";

export default function OrderDetailLoading() {
  return (
    <div aria-busy="true" className="grid gap-4">
      <span className="sr-only" role="status">
        Loading your order…
      </span>
      <Skeleton className="h-5 w-24" />
      <div className="grid gap-2">
        <Skeleton className="h-7 w-56" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="grid gap-3">
          {Array.from({ length: 2 }, (_, i) => (
            <div key={i} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4">
              <Skeleton className="h-5 w-48" />
              <Skeleton className="h-6 w-full" />
              <div className="flex gap-3">
                <Skeleton className="size-14" />
                <div className="grid flex-1 gap-2">
                  <Skeleton className="h-4 w-3/4" />
                  <Skeleton className="h-4 w-1/3" />
                </div>
              </div>
            </div>
          ))}
        </div>
        <Skeleton className="h-64 w-full rounded-xl" />
      </div>
    </div>
  );
}
