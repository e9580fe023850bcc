import { Skeleton } from "@/components/ui/skeleton";

export default function OrdersLoading() {
  return (
    <div aria-busy="true" className="grid gap-3">
      <span className="sr-only" role="status">
        Loading your orders…
      </span>
      <div className="grid gap-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4">
          <div className="flex justify-between gap-3">
            <div className="grid gap-2">
              <Skeleton className="h-5 w-44" />
              <Skeleton className="h-4 w-60 max-w-full" />
            </div>
            <Skeleton className="h-5 w-20 rounded-full" />
          </div>
          <div className="flex gap-2">
            <Skeleton className="size-14" />
            <Skeleton className="size-14" />
          </div>
        </div>
      ))}
    </div>
  );
}
