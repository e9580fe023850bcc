/** The identity domain's public surface for other domains (server side). */
export { findUserByEmail, getSessionClaims, activeSellerIdFor, type SessionClaims } from "./queries";
export { registerCustomer, verifyCredentials, requestPasswordReset, checkResetToken, resetPassword, findOrCreateOAuthUser } from "./service";
export { normalizeEmail } from "./rules";
