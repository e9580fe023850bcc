import type { Metadata } from "next";
import { AuthHeading } from "@/components/auth/auth-heading";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = {
  title: "Forgot your password?",
  description: "Reset your QuickLocal password: we'll email you a secure link.",
};

export default function ForgotPasswordPage() {
  return (
    <>
      <AuthHeading title="Forgot your password?" description="Enter the email you signed up with and we'll send you a link to choose a new password." />
      <ForgotPasswordForm />
    </>
  );
}
