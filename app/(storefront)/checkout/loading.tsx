import { Skeleton } from "@/components/ui/skeleton";

export default function CheckoutLoading() {
  return (
    <div className="mx-auto grid max-w-6xl gap-4 px-4 py-6" aria-busy="true" aria-label="Loading checkout">
      <Skeleton className="h-8 w-40" />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="grid gap-3">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="flex items-center gap-3 rounded-xl border border-slate-200 bg-white p-4">
              <Skeleton className="size-7 rounded-full" />
              <Skeleton className="h-5 w-48" />
            </div>
          ))}
        </div>
        <Skeleton className="h-72 w-full rounded-xl" />
      </div>
    </div>
  );
}
