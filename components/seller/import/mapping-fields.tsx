"use client";

import { FormField, describedBy } from "@/components/auth/form-field";
import { FIELD_INFO, fieldsOf, humanizeColumn, SPEC_PREFIX, specColumns, type ImportMapping } from "@/lib/catalog/import/fields";
import { displayValue, type SourceRecord } from "@/lib/catalog/import/values";
import type { ImportKind } from "@/models/catalog";

const REQUIRED: Record<ImportKind, readonly string[]> = { products: ["title", "price"], price_stock: ["sku"] };
const SELECT =
  "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 aria-invalid:border-red-600";

/** One select per target field: which column of the file fills it ("Not in the file" leaves it empty), with an example value. */
export function MappingFields({
  kind,
  headers,
  example,
  mapping,
  errors,
  onChange,
}: {
  kind: ImportKind;
  headers: readonly string[];
  example: SourceRecord | null;
  mapping: ImportMapping;
  errors: Record<string, string>;
  onChange: (field: string, column: string) => void;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {fieldsOf(kind).map((field) => {
        const id = `map-${field}`;
        const info = FIELD_INFO[field];
        const column = mapping[field] ?? "";
        const sample = column && example ? displayValue(example[column], 60) : "";
        const hint = sample ? `e.g. “${sample}”. ${info.hint}` : info.hint;
        const required = REQUIRED[kind].includes(field);
        return (
          <FormField key={field} id={id} label={required ? `${info.label} (required)` : info.label} hint={hint} error={errors[field]}>
            <select
              id={id}
              className={SELECT}
              value={column}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={describedBy(id, { error: errors[field], hint })}
              onChange={(e) => onChange(field, e.target.value)}
            >
              <option value="">Not in the file</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </FormField>
        );
      })}
    </div>
  );
}

/** Columns no field uses, offered as specifications shown on the product page (e.g. Gender, Colour, Pack size). */
export function SpecColumns({ headers, mapping, onToggle }: { headers: readonly string[]; mapping: ImportMapping; onToggle: (column: string, on: boolean) => void }) {
  const chosen = new Set(specColumns(mapping).map((s) => s.column));
  const byFields = new Set(Object.entries(mapping).flatMap(([key, column]) => (key.startsWith(SPEC_PREFIX) ? [] : [column])));
  const free = headers.filter((h) => !byFields.has(h));
  if (free.length === 0) return <p className="text-sm text-slate-600">Every column is used by a field above.</p>;
  return (
    <fieldset>
      <legend className="sr-only">Columns to keep as specifications</legend>
      <ul className="grid gap-1 sm:grid-cols-2 xl:grid-cols-3">
        {free.map((column) => (
          <li key={column}>
            <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 text-sm text-slate-900 hover:bg-slate-50">
              <input
                type="checkbox"
                className="size-4 accent-brand-600"
                checked={chosen.has(column)}
                onChange={(e) => onToggle(column, e.target.checked)}
              />
              <span className="min-w-0">
                <span className="font-medium">{column}</span>
                {humanizeColumn(column) !== column ? <span className="text-slate-600"> as “{humanizeColumn(column)}”</span> : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
