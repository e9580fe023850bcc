"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { toast } from "@/components/ui/toaster";
import { resetPasswordAction } from "@/lib/identity/actions";
import { PASSWORD_MIN, resetPasswordSchema, type ResetPasswordInput } from "@/lib/identity/schemas";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { PasswordField } from "./text-field";

/** "token" is the hidden field: its error replaces the form with a "Request a new link" prompt. */
const FIELDS: readonly Path<ResetPasswordInput>[] = ["token", "password", "confirmPassword"];

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [tokenError, setTokenError] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { token, password: "", confirmPassword: "" } });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { formError, submit } = useServerForm(form, { fields: FIELDS, toastId: "reset-error" });

  const onSubmit = handleSubmit(async (values) => {
    const result = await submit(() => resetPasswordAction(values));
    if (!result) return;
    if (!result.ok) {
      const message = result.fieldErrors?.token?.[0];
      if (message) setTokenError(message);
      return;
    }
    setRedirecting(true);
    toast.success("Password changed. Sign in with your new password.");
    router.replace("/sign-in?reset=1");
  });

  if (tokenError) {
    return (
      <div className="space-y-4">
        <FormAlert tone="error">{tokenError}</FormAlert>
        <Link href="/forgot-password" className="inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700">
          Request a new link
        </Link>
      </div>
    );
  }

  const hint = `At least ${PASSWORD_MIN} characters.`;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <input type="hidden" {...register("token")} />
      <PasswordField id="password" label="New password" error={errors.password?.message} hint={hint} autoComplete="new-password" {...register("password")} />
      <PasswordField
        id="confirmPassword"
        label="Confirm new password"
        error={errors.confirmPassword?.message}
        autoComplete="new-password"
        {...register("confirmPassword")}
      />
      <SubmitButton pending={isSubmitting || redirecting} pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </form>
  );
}
