import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

export interface FrontCachePolicy {
  maxAge: number;
  hook: string | null;
}

export function cachePolicy(statusCode: number, headers: Record<string, string | string[] | number | undefined>): FrontCachePolicy | null;

export function varyNames(headers: Record<string, string | string[] | number | undefined>): string[];

export function isCacheableRequest(req: { method?: string; url: string; headers: IncomingHttpHeaders }, paths: ReadonlySet<string>): boolean;

export interface FrontCache {
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
}

export function createFrontCache(options: { paths: string[]; maxEntries?: number; maxBytes?: number; now?: () => number }): FrontCache;
