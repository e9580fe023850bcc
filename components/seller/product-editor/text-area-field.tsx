import { FormField, describedBy } from "@/components/auth/form-field";
import { cn } from "@/lib/ui/cn";

/** "120 / 160": characters typed against a limit, red once over it. */
export function CharCounter({ length, max }: { length: number; max: number }) {
  return (
    <span className={cn("text-xs tabular-nums", length > max ? "font-semibold text-red-700" : "text-slate-600")}>
      {length.toLocaleString("en-IN")} / {max.toLocaleString("en-IN")}
    </span>
  );
}

/** A labelled textarea with its hint, inline error and, with `max`, a live "120 / 160" counter. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  maxChars,
  length,
  className,
  ...props
}: Omit<React.ComponentProps<"textarea">, "id" | "aria-invalid" | "aria-describedby"> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Counter: characters typed so far against the limit. */
  maxChars?: number;
  length?: number;
}) {
  const counter = maxChars !== undefined && length !== undefined ? <CharCounter length={length} max={maxChars} /> : undefined;
  return (
    <FormField id={id} label={label} hint={hint} error={error} labelAside={counter}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error, hint })}
        className={cn(
          "flex min-h-24 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60 aria-[invalid=true]:border-red-600 sm:text-sm",
          className,
        )}
        {...props}
      />
    </FormField>
  );
}
