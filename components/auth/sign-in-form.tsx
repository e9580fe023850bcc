"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { signInSchema, type SignInInput } from "@/lib/identity/schemas";
import { FormAlert } from "./form-alert";
import { FormField, describedBy } from "./form-field";
import { OAuthButtons, type OAuthProviderButton } from "./oauth-buttons";
import { PasswordInput } from "./password-input";
import { SubmitButton } from "./submit-button";

export function SignInForm({
  callbackUrl,
  providers,
  initialError,
}: {
  callbackUrl: string;
  providers: OAuthProviderButton[];
  /** An error code next-auth put in the URL (e.g. after an OAuth failure). */
  initialError?: string | null;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(signInErrorMessage(initialError));
  const [redirecting, setRedirecting] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let result: Awaited<ReturnType<typeof signIn>>;
    try {
      result = await signIn("credentials", { email: values.email, password: values.password, redirect: false, callbackUrl });
    } catch {
      result = undefined;
    }
    if (!result) {
      setFormError("We couldn't reach QuickLocal. Check your connection and try again.");
      toast.error("Connection problem — please try again", { id: "sign-in-error" });
      return;
    }
    if (result.error || !result.ok) {
      const message = signInErrorMessage(result.error ?? "CredentialsSignin") ?? "";
      setFormError(message);
      toast.error(message, { id: "sign-in-error" });
      return; // the typed values stay in the form
    }
    setRedirecting(true);
    toast.success("Signed in. Welcome back!");
    router.replace(callbackUrl);
    router.refresh();
  });

  const pending = isSubmitting || redirecting;
  const signUpHref = callbackUrl === "/" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <div className="space-y-5">
      <form noValidate onSubmit={onSubmit} className="space-y-4" aria-describedby={formError ? "sign-in-error" : undefined}>
        {formError ? (
          <div id="sign-in-error">
            <FormAlert tone="error">{formError}</FormAlert>
          </div>
        ) : null}
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
        <FormField
          id="password"
          label="Password"
          error={errors.password?.message}
          labelAside={
            <Link href="/forgot-password" className="rounded text-sm font-medium text-brand-700 hover:underline">
              Forgot password?
            </Link>
          }
        >
          <PasswordInput
            id="password"
            autoComplete="current-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy("password", { error: errors.password?.message })}
            {...register("password")}
          />
        </FormField>
        <SubmitButton pending={pending} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
      <p className="text-center text-sm text-slate-700">
        New to QuickLocal?{" "}
        <Link href={signUpHref} className="font-semibold text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
