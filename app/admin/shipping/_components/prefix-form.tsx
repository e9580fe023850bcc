"use client";

import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField, describedBy } from "@/components/auth/form-field";
import { TextField } from "@/components/auth/text-field";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { createPrefixAction, updatePrefixAction } from "@/lib/shipping/admin-actions";
import type { AdminPrefixRow, AdminZoneRow } from "@/lib/shipping/queries";
import { createPrefixSchema, type PrefixFormInput } from "@/lib/shipping/schemas";

const FIELDS: readonly Path<PrefixFormInput>[] = ["prefix", "zoneId", "label"];

const selectClass =
  "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 aria-[invalid=true]:border-red-600 sm:text-sm";

/** Add a PIN prefix to a zone, or edit one (its zone, label, or the prefix itself). */
export function PrefixForm({
  row,
  zones,
  defaultZoneId,
  onDone,
}: {
  row: AdminPrefixRow | null;
  zones: readonly AdminZoneRow[];
  defaultZoneId: string | null;
  onDone: () => void;
}) {
  const router = useRouter();
  const form = useForm<PrefixFormInput>({
    resolver: zodResolver(createPrefixSchema),
    defaultValues: { prefix: row?.prefix ?? "", zoneId: row?.zoneId ?? defaultZoneId ?? "", label: row?.label ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const { formError, submit } = useServerForm(form, { fields: FIELDS, toastId: "prefix-save" });
  const zoneError = errors.zoneId?.message;

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await submit(() => (row ? updatePrefixAction({ ...values, originalPrefix: row.prefix }) : createPrefixAction(values)));
    if (!result?.ok) return;
    const zone = zones.find((z) => z.id === result.data.zoneId);
    toast.success(`PIN prefix ${result.data.prefix} ${row ? "saved" : "added"}${zone ? ` → ${zone.name}` : ""}`, { id: "prefix-save" });
    onDone();
    router.refresh();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField
        id="prefix-value"
        label="PIN prefix"
        inputMode="numeric"
        autoComplete="off"
        placeholder="560"
        hint="1–6 digits. The longest prefix matching a PIN code decides its zone: 560 covers every PIN starting with 560; 560300 carves out one PIN."
        error={errors.prefix?.message}
        {...form.register("prefix")}
      />
      <FormField id="prefix-zone" label="Zone" error={zoneError}>
        <select id="prefix-zone" className={selectClass} aria-invalid={zoneError ? true : undefined} aria-describedby={describedBy("prefix-zone", { error: zoneError })} {...form.register("zoneId")}>
          <option value="">Choose a zone</option>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name} ({z.code}){z.active ? "" : " — off"}
            </option>
          ))}
        </select>
      </FormField>
      <TextField id="prefix-label" label="Label (optional)" placeholder="Bengaluru urban" autoComplete="off" error={errors.label?.message} {...form.register("label")} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={onDone} disabled={isSubmitting}>
          Cancel
        </Button>
        <PendingButton type="submit" pending={isSubmitting} pendingLabel="Saving…">
          {row ? "Save prefix" : "Add prefix"}
        </PendingButton>
      </div>
    </form>
  );
}
