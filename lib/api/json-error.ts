// Structured JSON errors of the public API: {"error": {"code", "message", "fields"?}}. An AppError
// answers its own status, code and Japanese message; anything else answers 500 with a generic message
// and an id that is logged, so internals never leak.
import { randomUUID } from "node:crypto";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";

export function jsonError(status: number, code: string, message: string, extra?: { fields?: Record<string, string>; headers?: Record<string, string> }) {
  return Response.json(
    { error: { code, message, ...(extra?.fields ? { fields: extra.fields } : {}) } },
    { status, headers: { "Cache-Control": "no-store", ...extra?.headers } },
  );
}

export function unexpectedError(error: unknown) {
  const id = randomUUID();
  console.error(`[api] unexpected error ${id}`, error);
  return jsonError(500, "INTERNAL", `${GENERIC_ERROR_MESSAGE}（エラーID: ${id}）`);
}

/** The answer to a failed API request. */
export function jsonErrorOf(error: unknown) {
  if (!(error instanceof AppError)) return unexpectedError(error);
  return jsonError(error.status, error.code, error.message, {
    fields: error.fieldErrors,
    headers: error.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(error.retryAfterSeconds) },
  });
}
