import bcrypt from "bcryptjs";

/**
 * bcrypt cost: 11 (~180 ms here) in development and production; 4 under tests so suites stay fast.
 * The cost is stored inside each hash, so hashes made with either cost verify everywhere.
 */
export const BCRYPT_COST = process.env.NODE_ENV === "test" ? 4 : 11;

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  try {
    return await bcrypt.compare(password, hash);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification for an email that has no account (or no password),
 * so response timing does not reveal whether an account exists. Always resolves to false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= bcrypt.hash("quicklocal-dummy-password", BCRYPT_COST);
  await bcrypt.compare(password, await dummyHash);
  return false;
}
