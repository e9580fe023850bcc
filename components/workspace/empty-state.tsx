import { cn } from "@/lib/ui/cn";

/** What an empty list shows: an icon, what is (not) here, and what to do next. */
export function EmptyState({
  icon,
  title,
  description,
  action,
  className,
  headingLevel = "h2",
}: {
  icon: React.ReactNode;
  title: string;
  description: React.ReactNode;
  action?: React.ReactNode;
  className?: string;
  /** h3 when the empty state sits inside a section that already has an h2. */
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  return (
    <div className={cn("flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center", className)}>
      <span aria-hidden="true" className="grid size-14 place-items-center rounded-full bg-brand-50 text-brand-700 [&_svg]:size-7">
        {icon}
      </span>
      <Heading className="mt-4 text-base font-semibold text-slate-900">{title}</Heading>
      <div className="mt-1 max-w-md text-sm text-slate-600">{description}</div>
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
