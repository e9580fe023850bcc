"use client";
import { History, LayoutGrid, Package, Search, Tag, type LucideIcon } from "lucide-react";
import { cn } from "@/lib/ui/cn";
import { splitTyped, type ComboGroup, type ComboOption, type OptionKind } from "./suggest-rules";

const ICONS: Record<OptionKind, LucideIcon> = { recent: History, query: Search, category: LayoutGrid, brand: Tag, product: Package };

function OptionLabel({ option, typed }: { option: ComboOption; typed: string }) {
  const split = option.kind === "query" || option.kind === "recent" ? splitTyped(option.label, typed) : null;
  if (!split) return <span className="truncate">{option.label}</span>;
  return (
    <span className="truncate">
      {split.typed}
      <strong className="font-semibold">{split.rest}</strong>
    </span>
  );
}

/**
 * The autocomplete's listbox: groups with headings (role=group), one option per suggestion with an
 * icon of its kind. Focus stays in the text box; the active option is marked with aria-selected.
 */
export function SuggestionList({
  id,
  groups,
  active,
  typed,
  onPick,
  onHover,
}: {
  id: string;
  groups: ComboGroup[];
  active: string | null;
  typed: string;
  onPick: (option: ComboOption) => void;
  onHover: (option: ComboOption) => void;
}) {
  return (
    <ul id={id} role="listbox" aria-label="Search suggestions" className="max-h-[min(28rem,70dvh)] overflow-y-auto py-1">
      {groups.map((group) => (
        <li key={group.kind} role="presentation">
          {group.kind !== "recent" && (
            <p id={`${id}-${group.kind}`} className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-500" aria-hidden="true">
              {group.heading}
            </p>
          )}
          <ul role="group" aria-label={group.heading}>
            {group.options.map((option) => {
              const Icon = ICONS[option.kind];
              const selected = option.id === active;
              return (
                <li
                  key={option.id}
                  id={option.id}
                  role="option"
                  aria-selected={selected}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onPick(option)}
                  onMouseMove={() => onHover(option)}
                  className={cn("flex min-h-11 cursor-pointer items-center gap-3 px-3 text-sm text-slate-900", selected ? "bg-brand-50" : "hover:bg-slate-50")}
                >
                  <Icon className="size-4 shrink-0 text-slate-500" aria-hidden="true" />
                  <OptionLabel option={option} typed={typed} />
                  {option.detail && <span className="ml-auto shrink-0 truncate pl-2 text-xs text-slate-500">{option.detail}</span>}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
