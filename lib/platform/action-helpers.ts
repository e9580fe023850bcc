import { actionFailure, isAppError, type ActionResult } from "./errors";
import { requestLog } from "./request-log";

/** Server actions are public endpoints: they accept FormData or a plain object and parse it again. */
export function actionInput(input: unknown): unknown {
  return input instanceof FormData ? Object.fromEntries(input) : input;
}

/** Turns an error into an action result; unexpected ones are logged with the request id. */
export async function actionError(err: unknown, what: string): Promise<Extract<ActionResult, { ok: false }>> {
  if (!isAppError(err)) (await requestLog()).error({ err }, `${what} failed`);
  return actionFailure(err);
}
