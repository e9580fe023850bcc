"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { signUpAction } from "@/lib/identity/actions";
import { PASSWORD_MIN, signUpSchema, type SignUpInput } from "@/lib/identity/schemas";
import { FormAlert } from "./form-alert";
import { FormField, describedBy } from "./form-field";
import { OAuthButtons, type OAuthProviderButton } from "./oauth-buttons";
import { PasswordInput } from "./password-input";
import { SubmitButton } from "./submit-button";

const FIELDS: readonly Path<SignUpInput>[] = ["name", "email", "password", "confirmPassword"];

export function SignUpForm({ callbackUrl, providers }: { callbackUrl: string; providers: OAuthProviderButton[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: "", password: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let result: Awaited<ReturnType<typeof signUpAction>>;
    try {
      result = await signUpAction(values);
    } catch {
      setFormError("We couldn't reach QuickLocal. Check your connection and try again — your details are still here.");
      toast.error("Couldn't create your account", { id: "sign-up-error" });
      return;
    }
    if (!result.ok) {
      let first: Path<SignUpInput> | null = null;
      for (const field of FIELDS) {
        const message = result.fieldErrors?.[field]?.[0];
        if (message) {
          setError(field, { type: "server", message });
          first ??= field;
        }
      }
      if (first) setFocus(first);
      else setFormError(result.message);
      toast.error(first ? (result.fieldErrors?.[first]?.[0] ?? "Please fix the highlighted fields") : result.message, { id: "sign-up-error" });
      return;
    }
    setRedirecting(true);
    const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false }).catch(() => undefined);
    if (!signedIn?.ok || signedIn.error) {
      toast.success("Account created. Please sign in.");
      router.replace(callbackUrl === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      return;
    }
    toast.success("Welcome to QuickLocal! Your account is ready.");
    router.replace(callbackUrl);
    router.refresh();
  });

  const pending = isSubmitting || redirecting;
  const signInHref = callbackUrl === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  const passwordHint = `At least ${PASSWORD_MIN} characters. A short phrase is easy to remember and hard to guess.`;

  return (
    <div className="space-y-5">
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        {formError ? <FormAlert tone="error">{formError}</FormAlert> : null}
        <FormField id="name" label="Full name" error={errors.name?.message}>
          <Input
            id="name"
            autoComplete="name"
            placeholder="Priya Sharma"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy("name", { error: errors.name?.message })}
            {...register("name")}
          />
        </FormField>
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
        <FormField id="password" label="Password" error={errors.password?.message} hint={passwordHint}>
          <PasswordInput
            id="password"
            autoComplete="new-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy("password", { error: errors.password?.message, hint: passwordHint })}
            {...register("password")}
          />
        </FormField>
        <FormField id="confirmPassword" label="Confirm password" error={errors.confirmPassword?.message}>
          <PasswordInput
            id="confirmPassword"
            autoComplete="new-password"
            aria-invalid={errors.confirmPassword ? true : undefined}
            aria-describedby={describedBy("confirmPassword", { error: errors.confirmPassword?.message })}
            {...register("confirmPassword")}
          />
        </FormField>
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
