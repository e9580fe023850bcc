"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField, describedBy } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { addAddressAction, updateAddressAction } from "@/lib/identity/address-actions";
import type { AddressDto } from "@/lib/identity/address-queries";
import { addressSchema, type AddressInput, type AddressValues } from "@/lib/identity/address-schemas";
import { LabelPicker } from "./label-picker";
import { PendingButton } from "./pending-button";
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
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<AddressInput, unknown, AddressValues>({
    resolver: zodResolver(addressSchema),
    defaultValues: { ...defaults(address, defaultName), phone: address?.phone ?? defaultPhone ?? "" },
    shouldFocusError: true,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let result: Awaited<ReturnType<typeof addAddressAction>>;
    try {
      result = address ? await updateAddressAction(address.id, values) : await addAddressAction(values);
    } catch {
      setFormError("We couldn't reach QuickLocal. Check your connection and try again — what you typed is still here.");
      toast.error("Couldn't save the address", { id: "address-save" });
      return;
    }
    if (!result.ok) {
      let first: Path<AddressInput> | null = null;
      for (const field of FIELDS) {
        const message = result.fieldErrors?.[field]?.[0];
        if (message) {
          setError(field, { type: "server", message });
          first ??= field;
        }
      }
      if (first) setFocus(first);
      else setFormError(result.message);
      toast.error(first ? "Please fix the highlighted fields" : result.message, { id: "address-save" });
      return;
    }
    toast.success(address ? "Address updated" : "Address saved", { id: "address-save" });
    onSaved(result.data);
  });

  const err = (field: keyof AddressInput) => errors[field]?.message;
  const field = (id: keyof AddressInput, hint?: string) => ({
    id: `address-${id}`,
    "aria-invalid": errors[id] ? true : undefined,
    "aria-describedby": describedBy(`address-${id}`, { error: err(id), hint }),
  });
  const pinHint = "6 digits, e.g. 560038";
  const phoneHint = "10-digit mobile number, for the delivery partner to call.";

  return (
    <form noValidate onSubmit={onSubmit} className="grid min-w-0 grid-cols-1 gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <FormField id="address-fullName" label="Full name" error={err("fullName")}>
        <Input autoComplete="name" {...field("fullName")} {...register("fullName")} />
      </FormField>
      <FormField id="address-phone" label="Mobile number" error={err("phone")} hint={phoneHint}>
        <Input type="tel" inputMode="tel" autoComplete="tel-national" placeholder="98450 12345" {...field("phone", phoneHint)} {...register("phone")} />
      </FormField>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField id="address-pincode" label="PIN code" error={err("pincode")} hint={pinHint}>
          <Input inputMode="numeric" autoComplete="postal-code" maxLength={7} {...field("pincode", pinHint)} {...register("pincode")} />
        </FormField>
        <FormField id="address-city" label="Town or city" error={err("city")}>
          <Input autoComplete="address-level2" {...field("city")} {...register("city")} />
        </FormField>
      </div>
      <FormField id="address-line1" label="Flat, house no., building, street" error={err("line1")}>
        <Input autoComplete="address-line1" {...field("line1")} {...register("line1")} />
      </FormField>
      <FormField id="address-line2" label="Area, locality (optional)" error={err("line2")}>
        <Input autoComplete="address-line2" {...field("line2")} {...register("line2")} />
      </FormField>
      <FormField id="address-landmark" label="Landmark (optional)" error={err("landmark")}>
        <Input autoComplete="off" placeholder="Near Apollo Hospital" {...field("landmark")} {...register("landmark")} />
      </FormField>
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
