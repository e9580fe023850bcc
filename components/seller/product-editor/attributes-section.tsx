"use client";

import { useEffect, useState } from "react";
import { get, useFormContext, useWatch } from "react-hook-form";
import { FormField, describedBy } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { categoryAttributesAction } from "@/lib/catalog/editor-actions";
import { EditorSection, errorMessage } from "./editor-section";
import type { AttributeField, EditorOutput, EditorValues } from "./types";

const NATIVE_SELECT_CLASS =
  "flex min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60 aria-[invalid=true]:border-red-600 sm:text-sm";

const BOOLEAN_CHOICES = [
  { value: "true", label: "Yes" },
  { value: "false", label: "No" },
];

function AttributeInput({ field }: { field: AttributeField }) {
  const { register, formState } = useFormContext<EditorValues, unknown, EditorOutput>();
  const id = `product-attr-${field.key}`;
  const name = `attributes.${field.key}` as const;
  const error = errorMessage(get(formState.errors, name));
  const hint = field.type === "number" && field.unit ? `A number, in ${field.unit}` : undefined;
  const common = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, { error, hint }),
    "aria-required": field.required || undefined,
    ...register(name),
  };
  const choices = field.type === "boolean" ? BOOLEAN_CHOICES : field.options.map((o) => ({ value: o, label: o }));
  return (
    <FormField
      id={id}
      label={field.label}
      error={error}
      hint={hint}
      labelAside={field.required ? <span className="text-xs font-medium text-slate-600">Required</span> : null}
    >
      {field.type === "select" || field.type === "boolean" ? (
        <select className={NATIVE_SELECT_CLASS} {...common}>
          <option value="">{field.required ? "Choose…" : "Not specified"}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : field.type === "number" ? (
        <div className="relative">
          <Input inputMode="decimal" autoComplete="off" className={field.unit ? "pr-14" : undefined} {...common} />
          {field.unit ? (
            <span aria-hidden="true" className="pointer-events-none absolute right-3 top-1/2 -translate-y-1/2 text-sm text-slate-600">
              {field.unit}
            </span>
          ) : null}
        </div>
      ) : (
        <Input autoComplete="off" maxLength={200} {...common} />
      )}
    </FormField>
  );
}

/**
 * The chosen category's attributes (its own and its ancestors'), loaded when the category changes.
 * Values of attributes the new category does not have are dropped, so they are not saved by mistake.
 */
export function AttributesSection() {
  const { control, getValues, setValue } = useFormContext<EditorValues, unknown, EditorOutput>();
  const categoryId = useWatch({ control, name: "categoryId" });
  const [loaded, setLoaded] = useState<Record<string, AttributeField[]>>({});
  const [failed, setFailed] = useState<{ categoryId: string; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fields = categoryId ? loaded[categoryId] : undefined;

  useEffect(() => {
    if (!categoryId || loaded[categoryId]) return;
    let current = true;
    categoryAttributesAction(categoryId)
      .then((result) => {
        if (!current) return;
        if (result.ok) setLoaded((all) => ({ ...all, [categoryId]: result.data }));
        else setFailed({ categoryId, message: result.message });
      })
      .catch(() => current && setFailed({ categoryId, message: "We couldn't load this category's attributes. Check your connection." }));
    return () => {
      current = false;
    };
  }, [categoryId, loaded, attempt]);

  useEffect(() => {
    if (!fields) return;
    const values = getValues("attributes") ?? {};
    const keys = new Set(fields.map((f) => f.key));
    const kept = Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));
    if (Object.keys(kept).length !== Object.keys(values).length) setValue("attributes", kept, { shouldDirty: true });
  }, [fields, getValues, setValue]);

  const error = !fields && failed?.categoryId === categoryId ? failed.message : null;
  return (
    <EditorSection
      id="product-attributes"
      title="Specifications"
      description="Details of this category that customers filter and compare by. Required ones must be filled before review."
    >
      {!categoryId ? (
        <p className="text-sm text-slate-600">Choose a category above to see its specifications.</p>
      ) : error ? (
        <div role="alert" className="flex flex-wrap items-center gap-3 text-sm text-red-700">
          {error}
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => {
              setFailed(null);
              setAttempt((n) => n + 1);
            }}
          >
            Try again
          </Button>
        </div>
      ) : !fields ? (
        <div role="status" className="grid gap-4 md:grid-cols-2">
          <span className="sr-only">Loading specifications…</span>
          <Skeleton className="h-16" />
          <Skeleton className="h-16" />
        </div>
      ) : fields.length === 0 ? (
        <p className="text-sm text-slate-600">This category has no specifications to fill in.</p>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {fields.map((field) => (
            <AttributeInput key={field.key} field={field} />
          ))}
        </div>
      )}
    </EditorSection>
  );
}
