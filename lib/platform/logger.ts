import pino from "pino";

const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");

/** Structured JSON logs; request-scoped children carry a `requestId`. */
export const logger = pino({
  level,
  base: { service: "quicklocal" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], censor: "[redacted]" },
});

export function requestLogger(requestId: string) {
  return logger.child({ requestId });
}
