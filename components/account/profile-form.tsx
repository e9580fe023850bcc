"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField, describedBy } from "@/components/auth/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { updateProfileAction } from "@/lib/identity/actions";
import { updateProfileSchema, type UpdateProfileInput, type UpdateProfileValues } from "@/lib/identity/schemas";
import { PendingButton } from "./pending-button";

const FIELDS: readonly Path<UpdateProfileInput>[] = ["name", "phone"];
const PHONE_HINT = "Optional. A 10-digit Indian mobile number, for delivery updates.";

/** Edit name and mobile number; validated with the server's schema, saved by a server action. */
export function ProfileForm({ email, name, phone }: { email: string; name: string; phone: string | null }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<UpdateProfileInput, unknown, UpdateProfileValues>({
    resolver: zodResolver(updateProfileSchema),
    defaultValues: { name, phone: phone ?? "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let result: Awaited<ReturnType<typeof updateProfileAction>>;
    try {
      result = await updateProfileAction(values);
    } catch {
      setFormError("We couldn't reach QuickLocal. Check your connection and try again — your changes are still here.");
      toast.error("Couldn't save your profile", { id: "profile-save" });
      return;
    }
    if (!result.ok) {
      let first: Path<UpdateProfileInput> | null = null;
      for (const field of FIELDS) {
        const message = result.fieldErrors?.[field]?.[0];
        if (message) {
          setError(field, { type: "server", message });
          first ??= field;
        }
      }
      if (first) setFocus(first);
      else setFormError(result.message);
      toast.error(first ? "Please fix the highlighted fields" : result.message, { id: "profile-save" });
      return;
    }
    reset({ name: result.data.name, phone: result.data.phone ?? "" });
    toast.success("Your profile is saved", { id: "profile-save" });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <FormField id="profile-email" label="Email address" hint="You sign in with this email. It can't be changed here.">
        <Input id="profile-email" type="email" value={email} readOnly aria-readonly="true" aria-describedby="profile-email-hint" className="bg-slate-50 text-slate-700" />
      </FormField>
      <FormField id="profile-name" label="Full name" error={errors.name?.message}>
        <Input
          id="profile-name"
          autoComplete="name"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy("profile-name", { error: errors.name?.message })}
          {...register("name")}
        />
      </FormField>
      <FormField id="profile-phone" label="Mobile number" error={errors.phone?.message} hint={PHONE_HINT}>
        <div className="flex">
          <span className="inline-flex min-h-11 items-center rounded-l-lg border border-r-0 border-slate-300 bg-slate-50 px-3 text-sm text-slate-700" aria-hidden="true">
            +91
          </span>
          <Input
            id="profile-phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel-national"
            placeholder="98450 12345"
            className="rounded-l-none"
            aria-invalid={errors.phone ? true : undefined}
            aria-describedby={describedBy("profile-phone", { error: errors.phone?.message, hint: PHONE_HINT })}
            {...register("phone")}
          />
        </div>
      </FormField>
      <div>
        <PendingButton type="submit" pending={isSubmitting} pendingLabel="Saving…" className="w-full sm:w-auto">
          Save changes
        </PendingButton>
      </div>
    </form>
  );
}
