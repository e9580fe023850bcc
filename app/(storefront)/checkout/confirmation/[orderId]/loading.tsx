import { Skeleton } from "@/components/ui/skeleton";

export default function ConfirmationLoading() {
  return (
    <div className="mx-auto grid max-w-5xl gap-4 px-4 py-6" aria-busy="true" aria-label="Loading your order">
      <div className="flex flex-col items-center gap-3 rounded-xl border border-slate-200 bg-white px-4 py-6">
        <Skeleton className="size-12 rounded-full" />
        <Skeleton className="h-7 w-64" />
        <Skeleton className="h-4 w-48" />
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Skeleton className="h-48 w-full rounded-xl" />
        <Skeleton className="h-64 w-full rounded-xl" />
      </div>
    </div>
  );
}
