"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { MailCheck } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { forgotPasswordAction } from "@/lib/identity/actions";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/identity/schemas";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";
import { EmailField } from "./text-field";

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { formError, submit } = useServerForm(form, { fields: ["email"], toastId: "forgot-error" });

  const onSubmit = handleSubmit(async (values) => {
    const result = await submit(() => forgotPasswordAction(values));
    if (!result?.ok) return;
    setSentTo(values.email.trim());
    toast.success("Check your email for a reset link");
  });

  if (sentTo) {
    return (
      <div className="space-y-4 text-center" role="status">
        <span className="mx-auto grid size-12 place-items-center rounded-full bg-brand-50 text-brand-700">
          <MailCheck className="size-6" aria-hidden="true" />
        </span>
        <p className="text-sm text-slate-700">
          If an account exists for <strong className="break-all text-slate-900">{sentTo}</strong>, we&apos;ve sent a link to reset its password. The
          link works once and expires in 30 minutes.
        </p>
        <p className="text-xs text-slate-600">Didn&apos;t get it? Check your spam folder, or try again in a few minutes.</p>
        <div className="flex flex-col gap-2 sm:flex-row sm:justify-center">
          <Button asChild size="lg">
            <Link href="/sign-in">Back to sign in</Link>
          </Button>
          <Button variant="outline" size="lg" onClick={() => setSentTo(null)}>
            Use a different email
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
      <EmailField error={errors.email?.message} {...register("email")} />
      <SubmitButton pending={isSubmitting} pendingLabel="Sending link…">
        Send reset link
      </SubmitButton>
      <p className="text-center text-sm text-slate-700">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 hover:underline">
          Back to sign in
        </Link>
      </p>
    </form>
  );
}
