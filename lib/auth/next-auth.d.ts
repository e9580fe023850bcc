import type { DefaultSession } from "next-auth";
import type { Role } from "@/models/identity";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; email: string; name: string; role: Role; sellerId: string | null };
  }
  interface User {
    role?: Role;
    sellerId?: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    sellerId?: string | null;
    /** Epoch seconds when role/seller claims were last read from the database. */
    refreshedAt?: number;
    /** Epoch seconds of the sign-in that created this session (iat changes on every refresh). */
    signedInAt?: number;
  }
}
