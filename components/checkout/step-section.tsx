import { Check } from "lucide-react";
import { cn } from "@/lib/ui/cn";

export type StepState = "open" | "done" | "upcoming";

/**
 * One checkout step: its number and title; when done, a summary with a "Change" button; when open, its
 * content. The heading gets focus when the step opens so keyboard and screen-reader users follow along.
 */
export function StepSection({
  id,
  index,
  title,
  state,
  summary,
  onChange,
  changeLabel,
  children,
}: {
  id: string;
  index: number;
  title: string;
  state: StepState;
  summary?: React.ReactNode;
  onChange?: () => void;
  changeLabel?: string;
  children?: React.ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className={cn("rounded-xl border bg-white shadow-sm", state === "open" ? "border-brand-200" : "border-slate-200")}>
      <div className="flex items-start gap-3 p-4 sm:p-5">
        <span
          aria-hidden="true"
          className={cn(
            "grid size-7 shrink-0 place-items-center rounded-full text-sm font-semibold",
            state === "done" ? "bg-brand-600 text-white" : state === "open" ? "bg-brand-100 text-brand-800" : "bg-slate-100 text-slate-500",
          )}
        >
          {state === "done" ? <Check className="size-4" /> : index}
        </span>
        <div className="min-w-0 flex-1">
          <h2 id={headingId} tabIndex={-1} data-step-heading={id} className={cn("scroll-mt-36 text-base font-semibold focus:outline-none", state === "upcoming" ? "text-slate-500" : "text-slate-900")}>
            <span className="sr-only">Step {index}: </span>
            {title}
            {state === "done" ? <span className="sr-only"> (done)</span> : null}
          </h2>
          {state === "done" && summary ? <div className="mt-1 text-sm text-slate-700">{summary}</div> : null}
        </div>
        {state === "done" && onChange ? (
          <button
            type="button"
            onClick={onChange}
            className="min-h-11 shrink-0 rounded-lg px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            {changeLabel ?? "Change"}
          </button>
        ) : null}
      </div>
      {state === "open" ? <div className="border-t border-slate-100 p-4 sm:p-5">{children}</div> : null}
    </section>
  );
}
