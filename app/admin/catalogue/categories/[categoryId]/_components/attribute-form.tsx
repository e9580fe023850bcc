"use client";

import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField, describedBy } from "@/components/auth/form-field";
import { TextField } from "@/components/auth/text-field";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import type { CategoryAttributeDef } from "@/lib/catalog/attribute-rules";
import { createAttributeAction, updateAttributeAction } from "@/lib/catalog/taxonomy-actions";
import { attributeKey } from "@/lib/catalog/taxonomy-rules";
import {
  ATTRIBUTE_TYPES,
  attributeFormSchema,
  MAX_ATTRIBUTE_OPTIONS,
  type AttributeFormInput,
  type AttributeFormValues,
  type AttributeType,
} from "@/lib/catalog/taxonomy-schemas";

export const ATTRIBUTE_TYPE_LABELS: Record<AttributeType, string> = {
  text: "Text",
  number: "Number",
  select: "Choice from a list",
  boolean: "Yes / no",
};

const FIELDS: readonly Path<AttributeFormInput>[] = ["label", "type", "unit", "options", "position"];

const controlClass =
  "w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 aria-[invalid=true]:border-red-600 sm:text-sm";

export interface NoLongerAllowed {
  value: string;
  products: number;
}

/**
 * Add or edit one attribute. The key is derived from the label when it is created and never changes;
 * the unit shows for numbers and the options for lists. Saving an edit reports (through `onReport`)
 * product values the new definition no longer allows — the products keep them.
 */
export function AttributeForm({
  categoryId,
  attribute,
  onDone,
  onReport,
}: {
  categoryId: string;
  attribute: CategoryAttributeDef | null;
  onDone: () => void;
  onReport: (label: string, values: NoLongerAllowed[]) => void;
}) {
  const router = useRouter();
  const form = useForm<AttributeFormInput, unknown, AttributeFormValues>({
    resolver: zodResolver(attributeFormSchema),
    defaultValues: {
      label: attribute?.label ?? "",
      type: attribute?.type ?? "text",
      unit: attribute?.unit ?? "",
      options: attribute?.options.join("\n") ?? "",
      required: attribute?.required ?? false,
      filterable: attribute?.filterable ?? true,
      position: String(attribute?.position ?? 0),
    },
  });
  const { register, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const { formError, submit } = useServerForm(form, { fields: FIELDS, toastId: "attribute-save", fieldErrorToast: "Please fix the highlighted fields" });
  const type = useWatch({ control, name: "type" });
  const label = useWatch({ control, name: "label" });
  const key = attribute?.key ?? (label?.trim() ? attributeKey(label) : "");

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    if (attribute) {
      const result = await submit(() => updateAttributeAction({ ...values, attributeId: attribute.id }));
      if (!result?.ok) return;
      toast.success("Attribute saved", { id: "attribute-save" });
      onReport(values.label.trim(), result.data.noLongerAllowed);
    } else {
      const result = await submit(() => createAttributeAction({ ...values, categoryId }));
      if (!result?.ok) return;
      toast.success("Attribute added", { id: "attribute-save" });
    }
    onDone();
    router.refresh();
  });

  const typeError = errors.type?.message;
  const optionsError = errors.options?.message;
  const optionsHint = `One per line, up to ${MAX_ATTRIBUTE_OPTIONS}.${attribute ? " Products keep a removed option until their seller edits them." : ""}`;
  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField
        id="attribute-label"
        label="Label"
        placeholder="e.g. Screen size"
        autoComplete="off"
        hint={key ? `Key: ${key}${attribute ? " (fixed: products store values under it)" : ""}` : "Shoppers see this in the spec table and filters."}
        error={errors.label?.message}
        {...register("label")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="attribute-type" label="Type" error={typeError}>
          <select id="attribute-type" className={`${controlClass} min-h-11`} aria-invalid={typeError ? true : undefined} aria-describedby={describedBy("attribute-type", { error: typeError })} {...register("type")}>
            {ATTRIBUTE_TYPES.map((t) => (
              <option key={t} value={t}>
                {ATTRIBUTE_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </FormField>
        {type === "number" ? (
          <TextField id="attribute-unit" label="Unit (optional)" placeholder="GB, cm, ml…" autoComplete="off" error={errors.unit?.message} {...register("unit")} />
        ) : null}
      </div>
      {type === "select" ? (
        <FormField id="attribute-options" label="Options" error={optionsError} hint={optionsHint}>
          <textarea
            id="attribute-options"
            rows={5}
            className={`${controlClass} py-2`}
            aria-invalid={optionsError ? true : undefined}
            aria-describedby={describedBy("attribute-options", { error: optionsError, hint: optionsHint })}
            {...register("options")}
          />
        </FormField>
      ) : null}
      <fieldset className="grid gap-1">
        <legend className="sr-only">Settings</legend>
        <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-800">
          <input type="checkbox" className="size-5 shrink-0 accent-brand-600" {...register("required")} />
          Sellers must fill it in
        </label>
        <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-800">
          <input type="checkbox" className="size-5 shrink-0 accent-brand-600" {...register("filterable")} />
          Shoppers can filter by it
        </label>
      </fieldset>
      <TextField
        id="attribute-position"
        label="Position"
        inputMode="numeric"
        autoComplete="off"
        hint="Lower numbers come first in the spec table."
        error={errors.position?.message}
        className="sm:max-w-32"
        {...register("position")}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={onDone} disabled={isSubmitting}>
          Cancel
        </Button>
        <PendingButton type="submit" pending={isSubmitting} pendingLabel="Saving…">
          {attribute ? "Save attribute" : "Add attribute"}
        </PendingButton>
      </div>
    </form>
  );
}
