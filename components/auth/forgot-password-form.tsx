"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { MailCheck } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { forgotPasswordAction } from "@/lib/identity/actions";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/identity/schemas";
import { FormAlert } from "./form-alert";
import { FormField, describedBy } from "./form-field";
import { SubmitButton } from "./submit-button";

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await forgotPasswordAction(values).catch(() => null);
    if (!result) {
      setFormError("We couldn't reach QuickLocal. Check your connection and try again.");
      toast.error("Connection problem — please try again", { id: "forgot-error" });
      return;
    }
    if (!result.ok) {
      const emailError = result.fieldErrors?.email?.[0];
      if (emailError) setError("email", { type: "server", message: emailError });
      else setFormError(result.message);
      toast.error(emailError ?? result.message, { id: "forgot-error" });
      return;
    }
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
      <FormField id="email" label="Email address" error={errors.email?.message}>
        <Input
          id="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="you@example.com"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy("email", { error: errors.email?.message })}
          {...register("email")}
        />
      </FormField>
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
