"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField, describedBy } from "@/components/auth/form-field";
import { TextField } from "@/components/auth/text-field";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { addAddressAction, updateAddressAction } from "@/lib/identity/address-actions";
import type { AddressDto } from "@/lib/identity/address-queries";
import { addressSchema, type AddressInput, type AddressValues } from "@/lib/identity/address-schemas";
import { LabelPicker } from "./label-picker";
import { StateSelect } from "./state-select";

const FIELDS: readonly Path<AddressInput>[] = ["fullName", "phone", "line1", "line2", "landmark", "city", "state", "pincode", "label", "isDefault"];

function defaults(address: AddressDto | null, fallbackName: string): AddressInput {
  return {
    fullName: address?.fullName ?? fallbackName,
    phone: address?.phone ?? "",
    line1: address?.line1 ?? "",
    line2: address?.line2 ?? "",
    landmark: address?.landmark ?? "",
    city: address?.city ?? "",
    state: address?.state ?? "",
    pincode: address?.pincode ?? "",
    label: address?.label ?? "Home",
    isDefault: false,
  };
}

/**
 * Add or edit an address. Validated with the server's schema as you submit; server field errors
 * land on their fields; nothing typed is lost when saving fails.
 */
export function AddressForm({
  address,
  isFirst,
  defaultName,
  defaultPhone,
  onSaved,
  onCancel,
}: {
  /** The address being edited; null to add a new one. */
  address: AddressDto | null;
  /** The user has no saved address yet (this one will be the default). */
  isFirst: boolean;
  defaultName: string;
  defaultPhone: string | null;
  onSaved: (address: AddressDto) => void;
  onCancel: () => void;
}) {
  const form = useForm<AddressInput, unknown, AddressValues>({
    resolver: zodResolver(addressSchema),
    defaultValues: { ...defaults(address, defaultName), phone: address?.phone ?? defaultPhone ?? "" },
    shouldFocusError: true,
  });
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { formError, submit } = useServerForm(form, {
    fields: FIELDS,
    toastId: "address-save",
    unreachable: {
      message: "We couldn't reach QuickLocal. Check your connection and try again — what you typed is still here.",
      toast: "Couldn't save the address",
    },
    fieldErrorToast: "Please fix the highlighted fields",
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await submit(() => (address ? updateAddressAction(address.id, values) : addAddressAction(values)));
    if (!result?.ok) return;
    toast.success(address ? "Address updated" : "Address saved", { id: "address-save" });
    onSaved(result.data);
  });

  const err = (field: keyof AddressInput) => errors[field]?.message;
  /** Label, id, hint, error and registration of a text field (ids are "address-<field>"). */
  const text = (name: keyof AddressInput, label: string, hint?: string) => ({ id: `address-${name}`, label, hint, error: err(name), ...register(name) });
  const pinHint = "6 digits, e.g. 560038";
  const phoneHint = "10-digit mobile number, for the delivery partner to call.";

  return (
    <form noValidate onSubmit={onSubmit} className="grid min-w-0 grid-cols-1 gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField {...text("fullName", "Full name")} autoComplete="name" />
      <TextField {...text("phone", "Mobile number", phoneHint)} type="tel" inputMode="tel" autoComplete="tel-national" placeholder="98450 12345" />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField {...text("pincode", "PIN code", pinHint)} inputMode="numeric" autoComplete="postal-code" maxLength={7} />
        <TextField {...text("city", "Town or city")} autoComplete="address-level2" />
      </div>
      <TextField {...text("line1", "Flat, house no., building, street")} autoComplete="address-line1" />
      <TextField {...text("line2", "Area, locality (optional)")} autoComplete="address-line2" />
      <TextField {...text("landmark", "Landmark (optional)")} autoComplete="off" placeholder="Near Apollo Hospital" />
      <FormField id="address-state" label="State or union territory" error={err("state")}>
        <Controller
          control={control}
          name="state"
          render={({ field: f }) => (
            <StateSelect
              id="address-state"
              ref={f.ref}
              value={f.value}
              onChange={f.onChange}
              onBlur={f.onBlur}
              invalid={Boolean(errors.state)}
              describedBy={describedBy("address-state", { error: err("state") })}
            />
          )}
        />
      </FormField>
      <LabelPicker registration={register("label")} error={err("label")} />
      {isFirst ? (
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800">This will be your default delivery address.</p>
      ) : address?.isDefault ? (
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800">This is your default delivery address.</p>
      ) : (
        <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-800">
          <input type="checkbox" className="size-5 shrink-0 accent-brand-600" {...register("isDefault")} />
          Make this my default delivery address
        </label>
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
        <PendingButton type="submit" pending={isSubmitting} pendingLabel="Saving…">
          {address ? "Save changes" : "Save address"}
        </PendingButton>
      </div>
    </form>
  );
}
