"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type Path } from "react-hook-form";
import { FormAlert } from "@/components/auth/form-alert";
import { FormField, describedBy } from "@/components/auth/form-field";
import { TextField } from "@/components/auth/text-field";
import { PendingButton } from "@/components/forms/pending-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { updateProfileAction } from "@/lib/identity/actions";
import { updateProfileSchema, type UpdateProfileInput, type UpdateProfileValues } from "@/lib/identity/schemas";

const FIELDS: readonly Path<UpdateProfileInput>[] = ["name", "phone"];
const PHONE_HINT = "Optional. A 10-digit Indian mobile number, for delivery updates.";

/** Edit name and mobile number; validated with the server's schema, saved by a server action. */
export function ProfileForm({ email, name, phone }: { email: string; name: string; phone: string | null }) {
  const form = useForm<UpdateProfileInput, unknown, UpdateProfileValues>({
    resolver: zodResolver(updateProfileSchema),
    defaultValues: { name, phone: phone ?? "" },
  });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const { formError, submit } = useServerForm(form, {
    fields: FIELDS,
    toastId: "profile-save",
    unreachable: {
      message: "We couldn't reach QuickLocal. Check your connection and try again — your changes are still here.",
      toast: "Couldn't save your profile",
    },
    fieldErrorToast: "Please fix the highlighted fields",
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await submit(() => updateProfileAction(values));
    if (!result?.ok) return;
    reset({ name: result.data.name, phone: result.data.phone ?? "" });
    toast.success("Your profile is saved", { id: "profile-save" });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <TextField
        id="profile-email"
        label="Email address"
        hint="You sign in with this email. It can't be changed here."
        type="email"
        value={email}
        readOnly
        aria-readonly="true"
        className="bg-slate-50 text-slate-700"
      />
      <TextField id="profile-name" label="Full name" error={errors.name?.message} autoComplete="name" {...register("name")} />
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
