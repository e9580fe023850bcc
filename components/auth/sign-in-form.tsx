"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { toast } from "@/components/ui/toaster";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { signInSchema, type SignInInput } from "@/lib/identity/schemas";
import type { ActionResult } from "@/lib/platform/errors";
import { FormAlert } from "./form-alert";
import { OAuthButtons, type OAuthProviderButton } from "./oauth-buttons";
import { SubmitButton } from "./submit-button";
import { EmailField, PasswordField } from "./text-field";

/** Credentials sign-in answered like a server action; throws when QuickLocal can't be reached. */
async function signInWithPassword(values: SignInInput, callbackUrl: string): Promise<ActionResult> {
  const response = await signIn("credentials", { email: values.email, password: values.password, redirect: false, callbackUrl });
  if (!response) throw new Error("sign-in returned no response");
  if (response.error || !response.ok) {
    return { ok: false, code: "unauthenticated", message: signInErrorMessage(response.error ?? "CredentialsSignin") ?? "" };
  }
  return { ok: true, data: undefined };
}

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
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { formError, submit } = useServerForm(form, { fields: [], toastId: "sign-in-error", initialFormError: signInErrorMessage(initialError) });

  const onSubmit = handleSubmit(async (values) => {
    const result = await submit(() => signInWithPassword(values, callbackUrl));
    if (!result?.ok) return; // the typed values stay in the form
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
        <EmailField error={errors.email?.message} {...register("email")} />
        <PasswordField
          id="password"
          label="Password"
          error={errors.password?.message}
          labelAside={
            <Link href="/forgot-password" className="rounded text-sm font-medium text-brand-700 hover:underline">
              Forgot password?
            </Link>
          }
          autoComplete="current-password"
          {...register("password")}
        />
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
