"use client";

import { CircleAlert, CircleCheck } from "lucide-react";
import type { CategoryIndex } from "@/lib/catalog/import/category-match";
import type { ImportMapping } from "@/lib/catalog/import/fields";
import type { ParsedRow } from "@/lib/catalog/import/parse";
import { mapPriceStockRow } from "@/lib/catalog/import/price-stock-rows";
import { mapProductRow, type RowIssue } from "@/lib/catalog/import/rows";
import { formatMoney } from "@/lib/platform/money";
import type { ImportKind } from "@/models/catalog";

interface Fact {
  label: string;
  value: string;
}

interface PreviewItem {
  row: number;
  title: string;
  facts: Fact[];
  issues: RowIssue[];
  /** Shown as a warning, not an error (e.g. a category only an existing product can do without). */
  note: string | null;
}

const money = (paise: number | null) => (paise === null ? "unchanged" : formatMoney(paise, "INR", { compact: true }));
const units = (n: number | null, empty: string) => (n === null ? empty : n.toLocaleString("en-IN"));

function previewItem(parsed: ParsedRow, kind: ImportKind, mapping: ImportMapping, ctx: { categories: CategoryIndex; defaultCategoryId: string | null; sellerCode: string }): PreviewItem {
  if ("error" in parsed) return { row: parsed.row, title: "Unreadable row", facts: [], issues: [{ column: "", value: "", message: parsed.error }], note: null };
  if (kind === "price_stock") {
    const result = mapPriceStockRow(parsed.record, mapping);
    if (!result.ok) return { row: parsed.row, title: "Row with problems", facts: [], issues: result.issues, note: null };
    const d = result.value;
    return {
      row: parsed.row,
      title: d.sku,
      facts: [
        { label: "Price", value: money(d.pricePaise) },
        { label: "MRP", value: money(d.mrpPaise) },
        { label: "Stock", value: units(d.stock, "unchanged") },
        { label: "Low-stock alert", value: units(d.lowStockThreshold, "unchanged") },
      ],
      issues: [],
      note: null,
    };
  }
  const result = mapProductRow(parsed.record, mapping, ctx);
  if (!result.ok) return { row: parsed.row, title: "Row with problems", facts: [], issues: result.issues, note: null };
  const d = result.value;
  const category = d.categoryId ? `${ctx.categories.labels.get(d.categoryId) ?? "?"}${d.categoryFromFile ? "" : " (default)"}` : "—";
  return {
    row: parsed.row,
    title: d.title,
    facts: [
      { label: "SKU", value: d.variant.sku },
      { label: "Price", value: formatMoney(d.variant.pricePaise, "INR", { compact: true }) },
      { label: "MRP", value: formatMoney(d.variant.mrpPaise, "INR", { compact: true }) },
      { label: "Stock", value: units(d.variant.stock, "0 (or unchanged)") },
      { label: "Category", value: category },
      ...(d.brand ? [{ label: "Brand", value: d.brand }] : []),
      ...(d.rating ? [{ label: "Rating", value: `${(d.rating.x100 / 100).toFixed(1)} ★${d.rating.count !== null ? ` (${d.rating.count.toLocaleString("en-IN")})` : ""}` }] : []),
      ...d.specs.map((s) => ({ label: s.label, value: s.value })),
    ],
    issues: [],
    note: d.categoryProblem ? `${d.categoryProblem.message}. An existing product with this SKU keeps its category.` : null,
  };
}

/** The first rows of the file as the import would write them with the current mapping, problems included. */
export function MappingPreview({
  sample,
  kind,
  mapping,
  ctx,
}: {
  sample: readonly ParsedRow[];
  kind: ImportKind;
  mapping: ImportMapping;
  ctx: { categories: CategoryIndex; defaultCategoryId: string | null; sellerCode: string };
}) {
  const items = sample.map((row) => previewItem(row, kind, mapping, ctx));
  const bad = items.filter((i) => i.issues.length > 0 || i.note).length;
  return (
    <div className="grid gap-3">
      <p className="text-sm text-slate-700" aria-live="polite">
        Of the first {items.length} rows, {items.length - bad} are ready{bad > 0 ? ` and ${bad} need attention` : ""}. Rows with problems are skipped and listed in the error report; the others are imported.
      </p>
      <ul className="grid gap-3 lg:grid-cols-2">
        {items.map((item) => {
          const ok = item.issues.length === 0 && !item.note;
          return (
            <li key={item.row} className="rounded-xl border border-slate-200 bg-white p-3 sm:p-4">
              <p className="flex items-start gap-2">
                {ok ? (
                  <CircleCheck className="mt-0.5 size-4 shrink-0 text-green-700" aria-label="Ready" />
                ) : (
                  <CircleAlert className={`mt-0.5 size-4 shrink-0 ${item.issues.length ? "text-red-700" : "text-amber-700"}`} aria-label={item.issues.length ? "Has problems" : "Check"} />
                )}
                <span className="min-w-0">
                  <span className="text-xs font-medium text-slate-600">Row {item.row}</span>
                  <span className="block break-words font-semibold text-slate-900">{item.title}</span>
                </span>
              </p>
              {item.facts.length ? (
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  {item.facts.map((f) => (
                    <div key={f.label} className="contents">
                      <dt className="text-slate-600">{f.label}</dt>
                      <dd className="min-w-0 break-words text-slate-900">{f.value}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              {item.issues.length ? (
                <ul className="mt-2 grid gap-1 text-sm text-red-800">
                  {item.issues.map((i, n) => (
                    <li key={n}>
                      {i.column ? <span className="font-medium">{i.column}: </span> : null}
                      {i.message}
                      {i.value ? <span className="text-red-700"> (found “{i.value}”)</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {item.note ? <p className="mt-2 text-sm text-amber-900">{item.note}</p> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
