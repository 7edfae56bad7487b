// The one way to fail: use cases throw an AppError (a code, a Japanese message the user may see, an
// HTTP status, optional field errors); they never return null or a refusal object for an error.
// The action pipeline (lib/server/server-action.ts), pages (lib/http/or-not-found.ts) and the API
// (lib/api/json-error.ts) turn it into what their caller shows. Anything else is unexpected and shown
// as the generic message with a logged reference.
export type ErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "BAD_ORIGIN";

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_ORIGIN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
    /** RATE_LIMITED: when to try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}

export const INPUT_ERROR_MESSAGE = "入力内容に誤りがあります。各項目のメッセージをご確認ください。";
export const GENERIC_ERROR_MESSAGE = "処理中にエラーが発生しました。しばらくしてから、もう一度お試しください。";

/** A missing record, another company's record and a malformed id all look the same. */
export const notFound = (message = "お探しの情報は見つかりませんでした。") => new AppError("NOT_FOUND", message);

/** The record is not in a state that allows the step (already sent, cancelled, …). */
export const conflict = (message: string, fieldErrors?: Record<string, string>) => new AppError("CONFLICT", message, fieldErrors);

/** Input refused, with one Japanese message per field. */
export const invalidInput = (fieldErrors: Record<string, string>, message = INPUT_ERROR_MESSAGE) =>
  new AppError("VALIDATION", message, fieldErrors);

export const isAppError = (error: unknown, code?: ErrorCode): error is AppError =>
  error instanceof AppError && (code === undefined || error.code === code);
