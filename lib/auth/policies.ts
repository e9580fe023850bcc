import "server-only";
import type { Role } from "@/models/identity";
import { ForbiddenError, UnauthenticatedError } from "@/lib/platform/errors";
import type { Actor } from "./actor";
import { signInUrl } from "./callback-url";
import { getActor } from "./session";

/**
 * Every "can X do Y to Z" decision lives here. Pages call requirePageRole; actions and route
 * handlers call assertCan (or can) with the actor from getActor() — never compare roles themselves.
 */

/** Resources the scoped actions are about. */
export interface ResourceMap {
  "account:access": undefined;
  "seller:access": undefined;
  "admin:access": undefined;
  "delivery:access": undefined;
  "support:access": undefined;
  "mailbox:read": undefined;
  "users:list": undefined;
  "users:manage": undefined;
  "sellers:list": undefined;
  "sellers:approve": undefined;
  "products:review": undefined;
  /** Categories, category attributes and brands. */
  "taxonomy:manage": undefined;
  /** Search synonyms (and other search settings). */
  "search:manage": undefined;
  /** The search analytics dashboard (/admin/search). */
  "search:analytics": undefined;
  "product:create": undefined;
  "product:manage": { sellerId: string };
  /** Create or cancel deals on a seller's variants: that seller, or an admin. */
  "deal:manage": { sellerId: string };
  /** Upload product images and digital files into a seller's storage folder: that seller, or an admin. */
  "upload:create": { sellerId: string };
  /** Bulk-import products or prices/stock into a seller's catalogue and read those imports: only that seller. */
  "import:manage": { sellerId: string };
  "seller:manage": { sellerId: string };
  "order:read": { customerId: string; sellerIds: readonly string[] };
  /** Place an order (checkout): customer accounts. */
  "checkout:place": undefined;
  /** Cancel one's own order (or a part of it) before it ships: its customer. */
  "order:cancel": { customerId: string };
  /** Accept, reject, pack, mark ready and hand over a seller's part of an order: only that seller. */
  "suborder:fulfil": { sellerId: string };
  /** Mark a shipped part out for delivery / delivered: delivery partners and admins. */
  "suborder:deliver": undefined;
  /** Every order on the platform (/admin/orders): admins and support read. */
  "orders:list": undefined;
  /** Cancel any order or part with a reason: admins. */
  "order:force-cancel": undefined;
  /** A seller's own order list and exports (/seller/orders): only that seller. */
  "seller-orders:read": { sellerId: string };
  /** Coupons: platform coupons (sellerId null) by admins; a seller's coupons by that seller or an admin. */
  "coupon:manage": { sellerId: string | null };
  /** Delivery zones and PIN code serviceability. */
  "serviceability:manage": undefined;
  /** Download a purchased file or read a licence key: the customer who bought it. */
  "digital:access": { customerId: string };
  "user:read": { userId: string };
  /** A user's own profile (name, phone). */
  "profile:update": { userId: string };
  /** A saved delivery address, by its owner's id: only the owner may read or change it. */
  "address:manage": { userId: string };
}

export type Action = keyof ResourceMap;
type ResourceArg<A extends Action> = ResourceMap[A] extends undefined ? [resource?: undefined] : [resource: ResourceMap[A]];

const ROLE_ONLY: { [A in Action]?: readonly Role[] } = {
  "seller:access": ["seller"],
  "admin:access": ["admin"],
  "delivery:access": ["delivery"],
  "support:access": ["support", "admin"],
  "mailbox:read": ["admin"],
  "users:list": ["admin", "support"],
  "users:manage": ["admin"],
  "sellers:list": ["admin", "support"],
  "sellers:approve": ["admin"],
  "products:review": ["admin"],
  "taxonomy:manage": ["admin"],
  "search:manage": ["admin"],
  // Support has no dashboards (the /admin workspace is admin-only), so analytics stays with admins.
  "search:analytics": ["admin"],
  "checkout:place": ["customer"],
  "suborder:deliver": ["delivery", "admin"],
  "orders:list": ["admin", "support"],
  "order:force-cancel": ["admin"],
  "serviceability:manage": ["admin"],
};

function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return roles.includes(actor.role);
}

/** Whether `actor` (null = anonymous) may perform `action` on `resource`. Anonymous can do none of these. */
export function can<A extends Action>(actor: Actor | null, action: A, ...[resource]: ResourceArg<A>): boolean {
  if (!actor) return false;
  const roles = ROLE_ONLY[action];
  if (roles) return hasRole(actor, roles);
  switch (action) {
    case "account:access":
      return true;
    case "product:create":
      return actor.role === "seller" && actor.sellerId !== null;
    case "product:manage":
    case "deal:manage":
    case "upload:create":
    case "seller:manage": {
      const r = resource as ResourceMap["product:manage"] | undefined;
      if (!r) return false;
      if (actor.role === "admin") return true;
      return actor.role === "seller" && actor.sellerId !== null && actor.sellerId === r.sellerId;
    }
    case "order:read": {
      const r = resource as ResourceMap["order:read"] | undefined;
      if (!r) return false;
      if (actor.role === "admin" || actor.role === "support") return true;
      if (r.customerId === actor.id) return true;
      return actor.role === "seller" && actor.sellerId !== null && r.sellerIds.includes(actor.sellerId);
    }
    case "user:read": {
      const r = resource as ResourceMap["user:read"] | undefined;
      if (!r) return false;
      return r.userId === actor.id || actor.role === "admin" || actor.role === "support";
    }
    case "suborder:fulfil":
    case "seller-orders:read": {
      const r = resource as ResourceMap["suborder:fulfil"] | undefined;
      return r !== undefined && actor.role === "seller" && actor.sellerId !== null && actor.sellerId === r.sellerId;
    }
    case "order:cancel":
    case "digital:access": {
      const r = resource as ResourceMap["order:cancel"] | undefined;
      return r !== undefined && r.customerId === actor.id;
    }
    case "coupon:manage": {
      const r = resource as ResourceMap["coupon:manage"] | undefined;
      if (!r) return false;
      if (actor.role === "admin") return true;
      return r.sellerId !== null && actor.role === "seller" && actor.sellerId === r.sellerId;
    }
    case "import:manage": {
      const r = resource as ResourceMap["import:manage"] | undefined;
      return r !== undefined && actor.role === "seller" && actor.sellerId !== null && actor.sellerId === r.sellerId;
    }
    case "profile:update":
    case "address:manage": {
      const r = resource as ResourceMap["address:manage"] | undefined;
      return r !== undefined && r.userId === actor.id;
    }
    default:
      return false;
  }
}

/**
 * For server actions and route handlers: returns the actor when allowed; throws
 * UnauthenticatedError for anonymous and ForbiddenError otherwise.
 */
export function assertCan<A extends Action>(actor: Actor | null, action: A, ...resource: ResourceArg<A>): Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, action, ...resource)) throw new ForbiddenError();
  return actor;
}

/** The current actor, required to be allowed `action`: getActor() + assertCan() in one call. */
export async function authorize<A extends Action>(action: A, ...resource: ResourceArg<A>): Promise<Actor> {
  return assertCan(await getActor(), action, ...resource);
}

/**
 * For layouts and pages: anonymous → redirect to sign-in (coming back to `callbackPath`);
 * signed in without one of the roles → forbidden() (403, app/forbidden.tsx). Returns the actor.
 */
export async function requirePageRole(role: Role | Role[], callbackPath: string): Promise<Actor> {
  // Imported here, not at the top: next/navigation cannot load outside Next (scripts, the worker).
  const { forbidden, redirect } = await import("next/navigation");
  const actor = await getActor();
  if (!actor) return redirect(signInUrl(callbackPath));
  const roles = Array.isArray(role) ? role : [role];
  if (!roles.includes(actor.role)) return forbidden();
  return actor;
}

/** For pages any signed-in user may see (e.g. /account). */
export async function requireSignedIn(callbackPath: string): Promise<Actor> {
  const { redirect } = await import("next/navigation");
  const actor = await getActor();
  if (!actor) return redirect(signInUrl(callbackPath));
  return actor;
}
