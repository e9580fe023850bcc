import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { SessionClaims } from "@/lib/identity/queries";
import { isRevokedByPasswordChange, isSessionStale } from "@/lib/identity/rules";
import { findOrCreateOAuthUser, verifyCredentials } from "@/lib/identity/service";
import { env } from "@/lib/platform/env";
import { ForbiddenError, RateLimitedError, retryMinutes } from "@/lib/platform/errors";
import { logger } from "@/lib/platform/logger";
import { mergeGuestCartOnSignIn } from "@/lib/cart/session";
import type { Actor } from "./actor";
import { safeCallbackUrl } from "./callback-url";
import { loadSessionClaims } from "./claims-cache";
import { clientIp } from "./client-ip";
import { rateLimitedCode, SIGN_IN_ERROR_CODES } from "./sign-in-errors";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Thrown from the jwt callback when a session's user is gone, disabled or changed password since: next-auth drops the session. */
class SessionRevokedError extends Error {
  constructor() {
    super("session revoked: user missing, disabled or password changed");
    this.name = "SessionRevokedError";
  }
}

function claimsToToken(token: JWT, claims: Actor, nowSeconds: number): JWT {
  return {
    ...token,
    sub: claims.id,
    email: claims.email,
    name: claims.name,
    role: claims.role,
    sellerId: claims.sellerId,
    refreshedAt: nowSeconds,
  };
}

interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

function providers(): NextAuthOptions["providers"] {
  const e = env();
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req): Promise<User | null> {
        const ip = clientIp(req?.headers as Record<string, string | undefined> | undefined);
        try {
          const claims = await verifyCredentials({ email: credentials?.email, password: credentials?.password, ip });
          if (!claims) return null;
          const { disabled: _disabled, ...actor } = claims;
          return actor;
        } catch (err) {
          if (err instanceof RateLimitedError) throw new Error(rateLimitedCode(retryMinutes(err.retryAfterSeconds)));
          if (err instanceof ForbiddenError) throw new Error(SIGN_IN_ERROR_CODES.accountDisabled);
          logger.error({ err }, "credentials sign-in failed");
          throw new Error(SIGN_IN_ERROR_CODES.serverError);
        }
      },
    }),
  ];
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    list.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  if (e.GITHUB_ID && e.GITHUB_SECRET) {
    list.push(
      GitHubProvider({
        clientId: e.GITHUB_ID,
        clientSecret: e.GITHUB_SECRET,
        // Use only the primary email GitHub has verified (the default takes any public email).
        userinfo: {
          url: "https://api.github.com/user",
          async request({ client, tokens }) {
            const profile = await client.userinfo(tokens.access_token ?? "");
            const res = await fetch("https://api.github.com/user/emails", {
              headers: { Authorization: `token ${tokens.access_token}`, Accept: "application/vnd.github+json" },
            });
            const emails: GitHubEmail[] = res.ok ? ((await res.json()) as GitHubEmail[]) : [];
            const verified = emails.find((m) => m.primary && m.verified);
            return { ...profile, email: verified?.email, email_verified: Boolean(verified) };
          },
        },
      }),
    );
  }
  return list;
}

/** The OAuth provider confirmed the email belongs to this person. */
function oauthEmailVerified(profile: unknown): boolean {
  const p = (profile ?? {}) as { email?: unknown; email_verified?: unknown };
  return typeof p.email === "string" && p.email.length > 0 && (p.email_verified === true || p.email_verified === "true");
}

let options: NextAuthOptions | undefined;

/** next-auth configuration: credentials + optional Google/GitHub, JWT sessions carrying id, role and sellerId. */
export function getAuthOptions(): NextAuthOptions {
  if (options) return options;
  const e = env(); // also sets process.env.NEXTAUTH_URL / NEXTAUTH_SECRET for next-auth
  options = {
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: providers(),
    callbacks: {
      async signIn({ account, profile }) {
        if (!account || account.type !== "oauth") return true;
        return oauthEmailVerified(profile);
      },
      async jwt({ token, user, account, profile }) {
        const now = Math.floor(Date.now() / 1000);
        if (account && user) {
          let claims: Actor | SessionClaims | null = null;
          if (account.type === "credentials") {
            claims = user.role ? { id: user.id, email: user.email ?? "", name: user.name ?? "", role: user.role, sellerId: user.sellerId ?? null } : null;
          } else {
            const email = (profile as { email?: string } | undefined)?.email ?? user.email;
            claims = email ? await findOrCreateOAuthUser({ email, name: user.name }) : null;
          }
          if (!claims) throw new Error("AccessDenied");
          await mergeGuestCartOnSignIn(claims.id); // never throws; the next cart read merges otherwise
          return { ...claimsToToken(token, claims, now), signedInAt: now };
        }
        if (!token.sub) throw new SessionRevokedError();
        if (!token.role || isSessionStale(token.refreshedAt, now)) {
          const claims = await loadSessionClaims(token.sub);
          if (!claims || claims.disabled || isRevokedByPasswordChange(token.signedInAt, claims.passwordChangedAt)) {
            throw new SessionRevokedError();
          }
          return claimsToToken(token, claims, now);
        }
        return token;
      },
      async session({ session, token }) {
        if (token.sub && token.role) {
          session.user = {
            ...session.user,
            id: token.sub,
            email: token.email ?? "",
            name: token.name ?? "",
            role: token.role,
            sellerId: token.sellerId ?? null,
          };
        }
        return session;
      },
      async redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallbackUrl(url, { allowedOrigin: baseUrl, allowAuthPages: true })}`;
      },
    },
    logger: {
      error(code, metadata) {
        const err = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
        if (code === "JWT_SESSION_ERROR" && err instanceof SessionRevokedError) logger.info("session dropped: user missing, disabled or password changed");
        else logger.error({ code, err }, "next-auth error");
      },
      warn(code) {
        logger.warn({ code }, "next-auth warning");
      },
      debug(code, metadata) {
        logger.debug({ code, metadata }, "next-auth debug");
      },
    },
  };
  return options;
}
