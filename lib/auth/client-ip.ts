type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function read(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's IP as reported by the reverse proxy: the first hop of X-Forwarded-For, then
 * X-Real-IP, else "unknown" (all direct callers then share one rate-limit bucket).
 */
export function clientIp(headers: HeaderSource): string {
  const forwarded = read(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || read(headers, "x-real-ip")?.trim();
  if (!ip || ip.length > 64 || !/^[0-9a-fA-F.:]+$/.test(ip)) return "unknown";
  return ip;
}
