function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code === 127) return true;
  }
  return false;
}

/** Paths a user should never be sent back to after signing in (they would loop). */
const LOOP_PATHS = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/api/auth"];

export interface CallbackUrlOptions {
  /** Returned for anything unsafe (default "/"). */
  fallback?: string;
  /** An origin whose absolute URLs are accepted (made relative). */
  allowedOrigin?: string;
  /** Sign-in and other auth pages are refused unless this is set (they would loop after sign-in). */
  allowAuthPages?: boolean;
}

/**
 * Returns a same-origin relative path (path + query + hash) for `value`, or `fallback`.
 * Rejects protocol-relative ("//evil.com"), backslash tricks ("/\\evil.com"), absolute URLs of
 * other origins, control characters and auth pages. An absolute URL is accepted only when its
 * origin equals `allowedOrigin` (next-auth sometimes hands those over), and is made relative.
 */
export function safeCallbackUrl(value: unknown, options: CallbackUrlOptions = {}): string {
  const { fallback = "/", allowedOrigin, allowAuthPages = false } = options;
  if (typeof value !== "string") return fallback;
  const raw = value.trim();
  if (!raw || raw.length > 2048 || hasControlCharacters(raw)) return fallback;

  let candidate = raw;
  if (!raw.startsWith("/")) {
    if (!allowedOrigin) return fallback;
    let absolute: URL;
    try {
      absolute = new URL(raw);
    } catch {
      return fallback;
    }
    if (absolute.origin !== new URL(allowedOrigin).origin) return fallback;
    candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
  }
  if (candidate.startsWith("//") || candidate.startsWith("/\\") || candidate.includes("\\")) return fallback;

  const base = "http://callback.invalid";
  let parsed: URL;
  try {
    parsed = new URL(candidate, base);
  } catch {
    return fallback;
  }
  if (parsed.origin !== base) return fallback;
  if (!allowAuthPages && LOOP_PATHS.some((p) => parsed.pathname === p || parsed.pathname.startsWith(`${p}/`))) return fallback;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The sign-in URL that brings the user back to `path` afterwards. */
export function signInUrl(path: string): string {
  const back = safeCallbackUrl(path, { fallback: "" });
  return back && back !== "/" ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in";
}
