"use client";
import { createContext, useCallback, useContext, useMemo, useOptimistic, useTransition } from "react";
import { toast } from "@/components/ui/toaster";
import { addToCompare, clearCompare, removeFromCompare } from "@/lib/catalog/compare-actions";
import { COMPARE_LIMIT, COMPARE_LIMIT_MESSAGE } from "@/lib/catalog/compare-rules";
import type { ImageDto } from "@/lib/catalog/types";

/** What the tray shows of a product in the compare list. */
export interface CompareItem {
  id: string;
  slug: string;
  title: string;
  image: ImageDto | null;
}

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

/**
 * The visitor's compare list for the storefront: `items` come from the server (the `ql_compare`
 * cookie), changes show at once (optimistic) and are saved by server actions, which refresh the page.
 */
export function CompareProvider({ items, children }: { items: CompareItem[]; children: React.ReactNode }) {
  const [optimistic, change] = useOptimistic(items, apply);
  const [pending, startTransition] = useTransition();

  const run = useCallback(
    (c: Change, save: () => Promise<{ ok: boolean; error?: string }>) => {
      startTransition(async () => {
        change(c);
        try {
          const result = await save();
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
