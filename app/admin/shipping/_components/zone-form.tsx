"use client";

import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { TextField } from "@/components/auth/text-field";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { createZoneAction, updateZoneAction } from "@/lib/shipping/admin-actions";
import { minutesToTime } from "@/lib/shipping/ist";
import type { AdminZoneRow } from "@/lib/shipping/queries";
import { zoneFormSchema, type ZoneFormInput, type ZoneFormValues } from "@/lib/shipping/schemas";

const FIELDS: readonly Path<ZoneFormInput>[] = [
  "code",
  "name",
  "standardDays",
  "standardFee",
  "freeStandardAbove",
  "nextDayCutoff",
  "nextDayFee",
  "sameDayCutoff",
  "sameDayFee",
];

const rupees = (paise: number) => (paise % 100 === 0 ? String(paise / 100) : (paise / 100).toFixed(2));

function defaults(zone: AdminZoneRow | null): ZoneFormInput {
  return {
    code: zone?.code ?? "",
    name: zone?.name ?? "",
    standardDays: String(zone?.standardDays ?? 4),
    standardFee: rupees(zone?.standardFeePaise ?? 4900),
    freeStandardAbove: rupees(zone?.freeStandardAbovePaise ?? 49_900),
    nextDayAvailable: zone?.nextDayAvailable ?? false,
    nextDayCutoff: minutesToTime(zone?.nextDayCutoffMinutes ?? 20 * 60),
    nextDayFee: rupees(zone?.nextDayFeePaise ?? 7900),
    sameDayAvailable: zone?.sameDayAvailable ?? false,
    sameDayCutoff: minutesToTime(zone?.sameDayCutoffMinutes ?? 12 * 60),
    sameDayFee: rupees(zone?.sameDayFeePaise ?? 9900),
    active: zone?.active ?? true,
  };
}

function Toggle({ label, hint, ...props }: React.ComponentProps<"input"> & { label: string; hint: string }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-start gap-3 text-sm text-slate-800">
      <input type="checkbox" className="mt-0.5 size-5 shrink-0 accent-brand-600" {...props} />
      <span>
        <span className="font-semibold">{label}</span>
        <span className="block text-xs text-slate-600">{hint}</span>
      </span>
    </label>
  );
}

/** Create or edit a delivery zone: its speeds, cut-offs (India time) and fees (rupees). */
export function ZoneForm({ zone, onDone }: { zone: AdminZoneRow | null; onDone: () => void }) {
  const router = useRouter();
  const form = useForm<ZoneFormInput, unknown, ZoneFormValues>({ resolver: zodResolver(zoneFormSchema), defaultValues: defaults(zone) });
  const { register, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const { formError, submit } = useServerForm(form, { fields: FIELDS, toastId: "zone-save", fieldErrorToast: "Please fix the highlighted fields" });
  const nextDay = useWatch({ control, name: "nextDayAvailable" });
  const sameDay = useWatch({ control, name: "sameDayAvailable" });

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await submit(() => (zone ? updateZoneAction({ ...values, zoneId: zone.id }) : createZoneAction(values)));
    if (!result?.ok) return;
    toast.success(zone ? `${result.data.name} saved` : `${result.data.name} added — now add its PIN prefixes`, { id: "zone-save" });
    onDone();
    router.refresh();
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="zone-code" label="Code" placeholder="BLR-METRO" autoComplete="off" error={errors.code?.message} {...register("code")} />
        <TextField id="zone-name" label="Name" placeholder="Bengaluru metro" autoComplete="off" error={errors.name?.message} {...register("name")} />
      </div>
      <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-900">Standard</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField id="zone-standard-days" label="Days" inputMode="numeric" hint="0 = not offered" error={errors.standardDays?.message} {...register("standardDays")} />
          <TextField id="zone-standard-fee" label="Fee (₹)" inputMode="decimal" error={errors.standardFee?.message} {...register("standardFee")} />
          <TextField id="zone-free-above" label="Free from (₹)" inputMode="decimal" hint="Per seller's part; 0 = always free" error={errors.freeStandardAbove?.message} {...register("freeStandardAbove")} />
        </div>
      </fieldset>
      <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-900">Next day</legend>
        <Toggle label="Offer next-day delivery" hint="Orders after the cut-off arrive a day later." {...register("nextDayAvailable")} />
        {nextDay ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField id="zone-next-cutoff" type="time" label="Cut-off (India time)" error={errors.nextDayCutoff?.message} {...register("nextDayCutoff")} />
            <TextField id="zone-next-fee" label="Fee (₹)" inputMode="decimal" error={errors.nextDayFee?.message} {...register("nextDayFee")} />
          </div>
        ) : null}
      </fieldset>
      <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-900">Same day</legend>
        <Toggle label="Offer same-day delivery" hint="Only for sellers inside this zone; arrives by 9 pm." {...register("sameDayAvailable")} />
        {sameDay ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField id="zone-same-cutoff" type="time" label="Cut-off (India time)" error={errors.sameDayCutoff?.message} {...register("sameDayCutoff")} />
            <TextField id="zone-same-fee" label="Fee (₹)" inputMode="decimal" error={errors.sameDayFee?.message} {...register("sameDayFee")} />
          </div>
        ) : null}
      </fieldset>
      <Toggle label="Zone is active" hint="Switched off, its PIN codes are not serviceable." {...register("active")} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={onDone} disabled={isSubmitting}>
          Cancel
        </Button>
        <PendingButton type="submit" pending={isSubmitting} pendingLabel="Saving…">
          {zone ? "Save zone" : "Add zone"}
        </PendingButton>
      </div>
    </form>
  );
}
