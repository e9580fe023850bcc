"use client";
import { createContext, useCallback, useContext, useMemo, useOptimistic, useState, useTransition } from "react";
import { toast } from "@/components/ui/toaster";
import { addToCompare, clearCompare, removeFromCompare } from "@/lib/catalog/compare-actions";
import { COMPARE_LIMIT, COMPARE_LIMIT_MESSAGE } from "@/lib/catalog/compare-rules";
import type { CompareItem } from "@/lib/storefront/visitor";
import { useVisitor } from "./visitor-provider";

export type { CompareItem };

type Change = { type: "add"; item: CompareItem } | { type: "remove"; id: string } | { type: "clear" };

function apply(items: CompareItem[], change: Change): CompareItem[] {
  switch (change.type) {
    case "add":
      return items.some((i) => i.id === change.item.id) || items.length >= COMPARE_LIMIT ? items : [...items, change.item];
    case "remove":
      return items.filter((i) => i.id !== change.id);
    case "clear":
      return [];
  }
}

interface CompareContextValue {
  items: CompareItem[];
  pending: boolean;
  has: (id: string) => boolean;
  add: (item: CompareItem) => void;
  remove: (id: string) => void;
  clear: () => void;
}

const CompareContext = createContext<CompareContextValue | null>(null);

/** The list in the order of the saved ids (what the server kept), from the items we know. */
function reconcile(items: CompareItem[], ids: readonly string[]): CompareItem[] {
  return ids.map((id) => items.find((i) => i.id === id)).filter((i): i is CompareItem => i !== undefined);
}

/**
 * The visitor's compare list for the storefront: it arrives with the visitor's bits (the `ql_compare`
 * cookie, read by /api/visitor, since pages are cached for everyone), changes show at once
 * (optimistic) and are saved by server actions, whose answer is the list as saved.
 */
export function CompareProvider({ children }: { children: React.ReactNode }) {
  const { visitor } = useVisitor();
  const [items, setItems] = useState<CompareItem[]>([]);
  const [optimistic, change] = useOptimistic(items, apply);
  const [pending, startTransition] = useTransition();
  // Take the list the visitor's bits bring whenever they arrive (first load, each navigation).
  const known = visitor?.compare ?? null;
  const [seen, setSeen] = useState(known);
  if (known !== seen) {
    setSeen(known);
    if (known) setItems(known);
  }

  const run = useCallback(
    (c: Change, save: () => Promise<{ ok: boolean; ids: string[]; error?: string }>) => {
      startTransition(async () => {
        change(c);
        try {
          const result = await save();
          startTransition(() => setItems((current) => reconcile(c.type === "add" ? [...current, c.item] : current, result.ids)));
          if (!result.ok && result.error) toast.error(result.error, { id: "compare" });
        } catch {
          toast.error("Could not update your comparison — please try again", { id: "compare" });
        }
      });
    },
    [change],
  );

  const value = useMemo<CompareContextValue>(
    () => ({
      items: optimistic,
      pending,
      has: (id) => optimistic.some((i) => i.id === id),
      add: (item) => {
        if (optimistic.some((i) => i.id === item.id)) return;
        if (optimistic.length >= COMPARE_LIMIT) {
          toast.error(COMPARE_LIMIT_MESSAGE, { id: "compare" });
          return;
        }
        run({ type: "add", item }, () => addToCompare(item.id));
      },
      remove: (id) => run({ type: "remove", id }, () => removeFromCompare(id)),
      clear: () => run({ type: "clear" }, () => clearCompare()),
    }),
    [optimistic, pending, run],
  );

  return <CompareContext value={value}>{children}</CompareContext>;
}

/** The compare list, or null outside the storefront (where comparing is not offered). */
export function useCompare(): CompareContextValue | null {
  return useContext(CompareContext);
}
