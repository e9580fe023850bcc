"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toaster";
import { resetPasswordAction } from "@/lib/identity/actions";
import { PASSWORD_MIN, resetPasswordSchema, type ResetPasswordInput } from "@/lib/identity/schemas";
import { FormAlert } from "./form-alert";
import { FormField, describedBy } from "./form-field";
import { PasswordInput } from "./password-input";
import { SubmitButton } from "./submit-button";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [tokenError, setTokenError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { token, password: "", confirmPassword: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await resetPasswordAction(values).catch(() => null);
    if (!result) {
      setFormError("We couldn't reach QuickLocal. Check your connection and try again.");
      toast.error("Connection problem — please try again", { id: "reset-error" });
      return;
    }
    if (!result.ok) {
      const fe = result.fieldErrors ?? {};
      if (fe.token?.[0]) setTokenError(fe.token[0]);
      if (fe.password?.[0]) setError("password", { type: "server", message: fe.password[0] });
      if (fe.confirmPassword?.[0]) setError("confirmPassword", { type: "server", message: fe.confirmPassword[0] });
      if (!fe.token && !fe.password && !fe.confirmPassword) setFormError(result.message);
      toast.error(fe.token?.[0] ?? result.message, { id: "reset-error" });
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
      <FormField id="password" label="New password" error={errors.password?.message} hint={hint}>
        <PasswordInput
          id="password"
          autoComplete="new-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy("password", { error: errors.password?.message, hint })}
          {...register("password")}
        />
      </FormField>
      <FormField id="confirmPassword" label="Confirm new password" error={errors.confirmPassword?.message}>
        <PasswordInput
          id="confirmPassword"
          autoComplete="new-password"
          aria-invalid={errors.confirmPassword ? true : undefined}
          aria-describedby={describedBy("confirmPassword", { error: errors.confirmPassword?.message })}
          {...register("confirmPassword")}
        />
      </FormField>
      <SubmitButton pending={isSubmitting || redirecting} pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </form>
  );
}
