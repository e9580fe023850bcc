"use client";
import { useId, useState } from "react";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/ui/cn";

const count = new Intl.NumberFormat("en-IN");
const optionRow = "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 text-sm text-slate-800 hover:bg-slate-50 has-[:disabled]:cursor-default has-[:disabled]:text-slate-500 has-[:disabled]:hover:bg-transparent";
const box = "size-4 shrink-0 accent-brand-600";

/** A titled group of filter controls. */
export function FacetGroup({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="min-w-0 border-t border-slate-200 py-3 first:border-t-0 first:pt-0">
      <legend className="float-left mb-1 w-full px-2 text-sm font-bold text-slate-900">{title}</legend>
      <div className="clear-left">{children}</div>
    </fieldset>
  );
}

function Count({ n }: { n: number }) {
  return <span className="ml-auto shrink-0 text-xs tabular-nums text-slate-600">{count.format(n)}</span>;
}

export interface CheckOption {
  value: string;
  label: string;
  count: number;
}

const SHOWN = 6;

/** Checkboxes with counts (any of the checked values); long lists show the first few, then all with a search box. */
export function CheckList({ options, selected, onToggle, noun }: { options: CheckOption[]; selected: readonly string[]; onToggle: (value: string) => void; noun: string }) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [query, setQuery] = useState("");
  const q = query.trim().toLowerCase();
  const ordered = [...options.filter((o) => selected.includes(o.value)), ...options.filter((o) => !selected.includes(o.value))];
  const visible = expanded ? ordered.filter((o) => !q || o.label.toLowerCase().includes(q)) : ordered.slice(0, Math.max(SHOWN, selected.length));
  return (
    <div className="grid gap-0.5">
      {expanded && options.length > 12 && (
        <div className="relative mb-1 px-1">
          <Search className="pointer-events-none absolute left-3.5 top-1/2 size-4 -translate-y-1/2 text-slate-500" aria-hidden="true" />
          <label htmlFor={`${id}-q`} className="sr-only">{`Find a ${noun}`}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={`Find a ${noun}`}
            className="min-h-11 w-full rounded-lg border border-slate-300 bg-white pl-9 pr-3 text-base sm:text-sm"
          />
        </div>
      )}
      <div className={cn("grid gap-0.5", expanded && "max-h-72 overflow-y-auto")}>
        {visible.map((o) => {
          const checked = selected.includes(o.value);
          return (
            <label key={o.value} className={optionRow}>
              <input type="checkbox" className={box} checked={checked} disabled={!checked && o.count === 0} onChange={() => onToggle(o.value)} />
              <span className="min-w-0 truncate">{o.label}</span>
              <Count n={o.count} />
            </label>
          );
        })}
        {expanded && visible.length === 0 && <p className="px-2 py-2 text-sm text-slate-600">No {noun} matches “{query}”.</p>}
      </div>
      {options.length > SHOWN && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded((e) => !e)}
          className="mt-1 inline-flex min-h-11 items-center justify-self-start rounded-lg px-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
        >
          {expanded ? "Show fewer" : `Show all ${options.length}`}
        </button>
      )}
    </div>
  );
}

export interface ChoiceOption {
  key: string;
  label: string;
  /** Null for the "any" choice, which has no count. */
  count: number | null;
  checked: boolean;
}

/** One of several choices (radio buttons), e.g. "4★ & up"; the first choice is usually "Any". */
export function ChoiceList({ name, options, onChoose }: { name: string; options: ChoiceOption[]; onChoose: (key: string) => void }) {
  const id = useId();
  return (
    <div className="grid gap-0.5">
      {options.map((o) => (
        <label key={o.key} className={optionRow}>
          <input
            type="radio"
            name={`${id}-${name}`}
            className={box}
            checked={o.checked}
            disabled={!o.checked && o.count === 0}
            onChange={() => onChoose(o.key)}
          />
          <span className="min-w-0 truncate">{o.label}</span>
          {o.count !== null && <Count n={o.count} />}
        </label>
      ))}
    </div>
  );
}

/** A yes/no filter as one checkbox with its count. */
export function ToggleOption({ label, count: n, checked, onChange }: { label: string; count: number; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className={optionRow}>
      <input type="checkbox" className={box} checked={checked} disabled={!checked && n === 0} onChange={(e) => onChange(e.target.checked)} />
      <span className="min-w-0 truncate">{label}</span>
      <Count n={n} />
    </label>
  );
}

/** Min/max inputs with an Apply button (typed numbers; empty means open). */
export function RangeForm({
  label,
  unit,
  min,
  max,
  placeholder,
  step = "any",
  onApply,
}: {
  label: string;
  /** Shown before (₹) or after (g) the inputs. */
  unit: { prefix?: string; suffix?: string };
  min: number | null;
  max: number | null;
  placeholder: { min: string; max: string };
  step?: string;
  onApply: (min: number | null, max: number | null) => void;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (name: string) => {
      const raw = String(data.get(name) ?? "").replace(/,/g, "").trim();
      return raw === "" ? null : Number(raw);
    };
    const [lo, hi] = [read("min"), read("max")];
    if ([lo, hi].some((v) => v !== null && (!Number.isFinite(v) || v < 0))) {
      setError("Enter numbers of 0 or more");
      return;
    }
    setError(null);
    onApply(lo, hi);
  }
  const field = (name: "min" | "max", value: number | null) => (
    <div className="flex min-w-0 flex-1 items-center gap-1">
      {unit.prefix && <span className="text-sm text-slate-600" aria-hidden="true">{unit.prefix}</span>}
      <label htmlFor={`${id}-${name}`} className="sr-only">{`${name === "min" ? "Minimum" : "Maximum"} ${label.toLowerCase()}${unit.suffix ? ` in ${unit.suffix}` : ""}`}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        inputMode="decimal"
        type="number"
        min={0}
        step={step}
        defaultValue={value ?? ""}
        placeholder={placeholder[name]}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="min-h-11 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-2 text-base sm:text-sm"
      />
      {unit.suffix && <span className="text-sm text-slate-600" aria-hidden="true">{unit.suffix}</span>}
    </div>
  );
  return (
    <form onSubmit={submit} className="grid gap-2 px-2 pt-1" key={`${min}-${max}`}>
      <div className="flex items-center gap-2">
        {field("min", min)}
        <span className="text-sm text-slate-600" aria-hidden="true">to</span>
        {field("max", max)}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" variant="outline" size="sm" className="min-h-11 justify-self-start">
        Apply
      </Button>
    </form>
  );
}
