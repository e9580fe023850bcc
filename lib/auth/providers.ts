import "server-only";
import { env } from "@/lib/platform/env";

export type OAuthProviderId = "google" | "github";
export interface OAuthProviderInfo {
  id: OAuthProviderId;
  name: string;
}

/** OAuth providers switched on by their env keys; the sign-in page shows a button for each. */
export function enabledOAuthProviders(): OAuthProviderInfo[] {
  const e = env();
  const list: OAuthProviderInfo[] = [];
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) list.push({ id: "google", name: "Google" });
  if (e.GITHUB_ID && e.GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  return list;
}
