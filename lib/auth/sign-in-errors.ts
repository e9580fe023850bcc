/**
 * next-auth reports a failed sign-in as an error code (in the URL, or in signIn()'s result).
 * Our credentials provider throws these codes; this turns any code into a message for the form.
 */

export const GENERIC_SIGN_IN_ERROR = "Email or password is incorrect";

export function rateLimitedCode(minutes: number): string {
  return `RateLimited:${Math.max(1, Math.ceil(minutes))}`;
}

export const SIGN_IN_ERROR_CODES = {
  accountDisabled: "AccountDisabled",
  serverError: "ServerError",
} as const;

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  const limited = /^RateLimited:(\d+)$/.exec(code);
  if (limited) {
    const minutes = Number(limited[1]);
    return `Too many attempts, try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
  }
  switch (code) {
    case "CredentialsSignin":
      return GENERIC_SIGN_IN_ERROR;
    case SIGN_IN_ERROR_CODES.accountDisabled:
      return "This account has been disabled. Please contact support.";
    case "OAuthSignin":
    case "OAuthCallback":
    case "Callback":
      return "We couldn't complete sign-in with that provider. Please try again.";
    case "OAuthAccountNotLinked":
    case "AccessDenied":
      return "We couldn't sign you in with that account. It needs a verified email address and must not be disabled.";
    case "SessionRequired":
      return "Please sign in to continue.";
    case SIGN_IN_ERROR_CODES.serverError:
      return "Something went wrong on our side. Please try again.";
    default:
      return "We couldn't sign you in. Please try again.";
  }
}
