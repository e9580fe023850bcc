import { env } from "./env";

/** The public origin of the site (NEXTAUTH_URL), for absolute links in sitemaps, robots.txt and structured data. */
export function siteUrl(): string {
  return env().NEXTAUTH_URL.replace(/\/+$/, "");
}

/** `path` as an absolute URL on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}
