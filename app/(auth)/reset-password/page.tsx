import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeading } from "@/components/auth/auth-heading";
import { FormAlert } from "@/components/auth/form-alert";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Button } from "@/components/ui/button";
import { RESET_TOKEN_MESSAGES } from "@/lib/identity/rules";
import { checkResetToken } from "@/lib/identity/service";

export const metadata: Metadata = {
  title: "Choose a new password",
  description: "Set a new password for your QuickLocal account.",
  referrer: "no-referrer",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token: raw } = await searchParams;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const state = await checkResetToken(token);

  if (state !== "valid") {
    return (
      <>
        <AuthHeading title={state === "expired" ? "This link has expired" : state === "used" ? "This link was already used" : "This link isn't valid"} />
        <div className="space-y-4">
          <FormAlert tone="error">{RESET_TOKEN_MESSAGES[state]}</FormAlert>
          <Button asChild size="lg" className="w-full">
            <Link href="/forgot-password">Request a new link</Link>
          </Button>
          <p className="text-center text-sm text-slate-700">
            <Link href="/sign-in" className="font-semibold text-brand-700 hover:underline">
              Back to sign in
            </Link>
          </p>
        </div>
      </>
    );
  }

  return (
    <>
      <AuthHeading title="Choose a new password" description="Pick something you don't use on other sites. You'll sign in with it next." />
      <ResetPasswordForm token={token} />
    </>
  );
}
