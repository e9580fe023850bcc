import type { Role } from "@/models/identity";

/** The signed-in user as the app sees it (from the JWT session). Safe to pass to client components. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The seller this user owns, when it is not suspended. */
  sellerId: string | null;
};
