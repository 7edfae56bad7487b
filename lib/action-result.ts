// What every server action answers, and what every client form reads (no server-only imports here).
// "ok" may carry data for the caller (e.g. the id of a saved draft); "error" always has a Japanese
// message for the whole form and one message per field (possibly none).
export type ActionResult<T = undefined> =
  | { status: "idle" }
  | { status: "ok"; message?: string; data: T }
  | { status: "error"; message: string; fieldErrors: Record<string, string> };

export const IDLE: ActionResult<never> = { status: "idle" };

/** The same action result shape, for the form state before any answer. */
export function idle<T>(): ActionResult<T> {
  return IDLE;
}
