import type { Role } from "@/models/identity";

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
  name: string;
  phone: string;
  /** Where this role lands after signing in. */
  home: string;
}

/** Password of every account the seed creates. */
export const DEMO_PASSWORD = "Demo@1234";
const PASSWORD = DEMO_PASSWORD;

/** One demo account per role; the seed creates them and `npm start` prints them. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { role: "customer", email: "customer@quicklocal.test", password: PASSWORD, name: "Priya Sharma", phone: "9845012345", home: "/" },
  { role: "seller", email: "seller@quicklocal.test", password: PASSWORD, name: "Rakesh Sharma", phone: "9414012345", home: "/seller" },
  { role: "admin", email: "admin@quicklocal.test", password: PASSWORD, name: "Anita Rao", phone: "9820012345", home: "/admin" },
  { role: "support", email: "support@quicklocal.test", password: PASSWORD, name: "Imran Khan", phone: "9811012345", home: "/" },
  { role: "delivery", email: "delivery@quicklocal.test", password: PASSWORD, name: "Suresh Kumar", phone: "9900012345", home: "/delivery" },
];

/** Lines for a terminal: "customer  customer@quicklocal.test / Demo@1234". */
export function demoLoginLines(): string[] {
  const width = Math.max(...DEMO_LOGINS.map((l) => l.role.length));
  return DEMO_LOGINS.map((l) => `${l.role.padEnd(width)}  ${l.email} / ${l.password}`);
}
