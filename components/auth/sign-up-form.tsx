"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { toast } from "@/components/ui/toaster";
import { signUpAction } from "@/lib/identity/actions";
import { PASSWORD_MIN, signUpSchema, type SignUpInput } from "@/lib/identity/schemas";
import { FormAlert } from "./form-alert";
import { OAuthButtons, type OAuthProviderButton } from "./oauth-buttons";
import { SubmitButton } from "./submit-button";
import { EmailField, PasswordField, TextField } from "./text-field";

const FIELDS: readonly Path<SignUpInput>[] = ["name", "email", "password", "confirmPassword"];

export function SignUpForm({ callbackUrl, providers }: { callbackUrl: string; providers: OAuthProviderButton[] }) {
  const router = useRouter();
  const [redirecting, setRedirecting] = useState(false);
  const form = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: "", password: "", confirmPassword: "" },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { formError, submit } = useServerForm(form, {
    fields: FIELDS,
    toastId: "sign-up-error",
    unreachable: {
      message: "We couldn't reach QuickLocal. Check your connection and try again — your details are still here.",
      toast: "Couldn't create your account",
    },
  });

  const signInHref = callbackUrl === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  const onSubmit = handleSubmit(async (values) => {
    const result = await submit(() => signUpAction(values));
    if (!result?.ok) return;
    setRedirecting(true);
    const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false }).catch(() => undefined);
    if (!signedIn?.ok || signedIn.error) {
      toast.success("Account created. Please sign in.");
      router.replace(signInHref);
      return;
    }
    toast.success("Welcome to QuickLocal! Your account is ready.");
    router.replace(callbackUrl);
    router.refresh();
  });

  const pending = isSubmitting || redirecting;
  const passwordHint = `At least ${PASSWORD_MIN} characters. A short phrase is easy to remember and hard to guess.`;

  return (
    <div className="space-y-5">
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
        <TextField id="name" label="Full name" error={errors.name?.message} autoComplete="name" placeholder="Priya Sharma" {...register("name")} />
        <EmailField error={errors.email?.message} {...register("email")} />
        <PasswordField id="password" label="Password" error={errors.password?.message} hint={passwordHint} autoComplete="new-password" {...register("password")} />
        <PasswordField
          id="confirmPassword"
          label="Confirm password"
          error={errors.confirmPassword?.message}
          autoComplete="new-password"
          {...register("confirmPassword")}
        />
        <SubmitButton pending={pending} pendingLabel="Creating your account…">
          Create account
        </SubmitButton>
      </form>
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
      <p className="text-center text-sm text-slate-700">
        Already have an account?{" "}
        <Link href={signInHref} className="font-semibold text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
