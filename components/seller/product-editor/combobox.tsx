"use client";

import { useId, useState } from "react";
import { ChevronsUpDown, LoaderCircle } from "lucide-react";
import { FormField, describedBy } from "@/components/auth/form-field";
import { cn } from "@/lib/ui/cn";

export interface ComboboxProps<T> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  placeholder?: string;
  /** What the input shows (the chosen item's name until the user types). */
  query: string;
  onQueryChange: (query: string) => void;
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => React.ReactNode;
  onSelect: (item: T) => void;
  /** Called when the input loses focus without a choice (e.g. to restore the chosen item's name). */
  onDismiss?: () => void;
  loading?: boolean;
  emptyText: string;
  inputRef?: React.Ref<HTMLInputElement>;
  /** Shown after the label, e.g. a "Clear" button. */
  labelAside?: React.ReactNode;
}

/**
 * An editable combobox (WAI-ARIA 1.2 list autocomplete): type to filter, arrow keys to move through
 * the options, Enter to choose, Escape to close. The list of `items` is filtered by the caller, so
 * it works with local lists and server searches alike.
 */
export function Combobox<T>({
  id,
  label,
  hint,
  error,
  placeholder,
  query,
  onQueryChange,
  items,
  itemKey,
  renderItem,
  onSelect,
  onDismiss,
  loading = false,
  emptyText,
  inputRef,
  labelAside,
}: ComboboxProps<T>) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const current = Math.min(active, items.length - 1);
  const optionId = (i: number) => `${listId}-opt-${i}`;

  function choose(item: T) {
    onSelect(item);
    setOpen(false);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (items.length ? (Math.min(i, items.length - 1) + step + items.length) % items.length : 0));
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      const item = items[current];
      if (item !== undefined) choose(item);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    }
  }

  const expanded = open && (items.length > 0 || loading || query.trim() !== "");
  return (
    <FormField id={id} label={label} error={error} hint={hint} labelAside={labelAside}>
      <div className="relative">
        <input
          id={id}
          ref={inputRef}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && items.length ? optionId(current) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error, hint })}
          autoComplete="off"
          placeholder={placeholder}
          value={query}
          onChange={(e) => {
            onQueryChange(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            onDismiss?.();
          }}
          onKeyDown={onKeyDown}
          className="flex min-h-11 w-full rounded-lg border border-slate-300 bg-white py-2 pl-3 pr-10 text-base text-slate-900 placeholder:text-slate-500 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 aria-[invalid=true]:border-red-600 sm:text-sm"
        />
        <span aria-hidden="true" className="pointer-events-none absolute right-3 top-1/2 -translate-y-1/2 text-slate-500">
          {loading ? <LoaderCircle className="size-4 animate-spin" /> : <ChevronsUpDown className="size-4" />}
        </span>
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          hidden={!expanded}
          className="absolute z-30 mt-1 max-h-72 w-full overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
        >
          {items.map((item, i) => (
            <li
              key={itemKey(item)}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              // Keep focus in the input so blur does not close the list before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(item)}
              onMouseMove={() => setActive(i)}
              className={cn("cursor-pointer rounded-md px-3 py-2 text-sm text-slate-900", i === current && "bg-brand-50 ring-1 ring-brand-200")}
            >
              {renderItem(item)}
            </li>
          ))}
          {items.length === 0 ? (
            <li role="presentation" className="px-3 py-2 text-sm text-slate-600">
              {loading ? "Searching…" : emptyText}
            </li>
          ) : null}
        </ul>
      </div>
    </FormField>
  );
}
