/**
 * The catalogue domain's public surface for server code. Client components import the pure parts
 * directly (`@/lib/catalog/rules`, `@/lib/catalog/schemas`, `@/lib/catalog/types`) because
 * queries are server-only.
 */
export * from "./queries";
export * from "./rules";
export * from "./schemas";
export type * from "./types";
export { imageUrl } from "./image-url";
