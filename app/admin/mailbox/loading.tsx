import { Skeleton } from "@/components/ui/skeleton";

export default function MailboxLoading() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading the mailbox">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-4 w-72" />
      <div className="space-y-px overflow-hidden rounded-xl border border-slate-200 bg-white">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="space-y-2 px-5 py-3">
            <Skeleton className="h-4 w-2/3" />
            <Skeleton className="h-3 w-1/3" />
            <Skeleton className="h-3 w-5/6" />
          </div>
        ))}
      </div>
    </div>
  );
}
