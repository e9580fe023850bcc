/**
 * The app's side of the production server's front cache (scripts/server/front-cache.mjs). A response sent
 * with `X-Front-Cache: max-age=N, hook=NAME` may be replayed by that cache — and only by it — for N seconds;
 * on every replay the cache calls the hook NAME registered here (same process, so the registry lives on
 * globalThis where the server finds it) and adds the headers it returns. A hook that returns null makes
 * the cache pass the request to the app instead.
 */

export interface FrontCacheReplay {
  /** Path and query of the request, e.g. "/api/search?q=atta". */
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The headers of the kept response (as the app sent them on the request that filled the cache). */
  responseHeaders: Readonly<Record<string, string | string[] | number | undefined>>;
}

export type FrontCacheHook = (replay: FrontCacheReplay) => Record<string, string> | null;

const HOOKS = Symbol.for("quicklocal.front-cache.hooks");

function registry(): Map<string, FrontCacheHook> {
  const holder = globalThis as unknown as Record<symbol, Map<string, FrontCacheHook> | undefined>;
  holder[HOOKS] ??= new Map();
  return holder[HOOKS];
}

/** Registers (or replaces) the hook the front cache calls when it replays a response marked with `name`. */
export function registerFrontCacheHook(name: string, hook: FrontCacheHook): void {
  registry().set(name, hook);
}

/** The X-Front-Cache header value for a response the front cache may keep `maxAge` seconds, replaying through `hook`. */
export function frontCacheHeader(maxAge: number, hook: string): string {
  return `max-age=${maxAge}, hook=${hook}`;
}
