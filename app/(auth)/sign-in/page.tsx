import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeading } from "@/components/auth/auth-heading";
import { FormAlert } from "@/components/auth/form-alert";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { env } from "@/lib/platform/env";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to QuickLocal to shop from trusted sellers near you, track orders and manage your account.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl), { allowedOrigin: env().NEXTAUTH_URL });
  const actor = await getActor();
  const reset = first(params.reset) === "1";

  return (
    <>
      <AuthHeading title="Sign in" description="Welcome back! Sign in to continue shopping local." />
      <div className="space-y-4">
        {reset ? <FormAlert tone="success">Your password has been changed. Sign in with your new password.</FormAlert> : null}
        {actor ? (
          <FormAlert tone="info">
            You&apos;re signed in as <strong className="break-all">{actor.email}</strong>.{" "}
            <Link href={callbackUrl} className="font-semibold underline">
              Continue
            </Link>{" "}
            or sign in below as someone else.
          </FormAlert>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} providers={enabledOAuthProviders()} initialError={first(params.error)} />
      </div>
    </>
  );
}
