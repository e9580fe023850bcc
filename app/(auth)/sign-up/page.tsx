import type { Metadata } from "next";
import { AuthHeading } from "@/components/auth/auth-heading";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { env } from "@/lib/platform/env";

export const metadata: Metadata = {
  title: "Create your account",
  description: "Create a free QuickLocal account to order from shops in your neighbourhood with fast local delivery.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw, { allowedOrigin: env().NEXTAUTH_URL });
  return (
    <>
      <AuthHeading title="Create your account" description="It takes less than a minute. Free, with no card needed." />
      <SignUpForm callbackUrl={callbackUrl} providers={enabledOAuthProviders()} />
    </>
  );
}
