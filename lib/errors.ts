// One error type for expected failures: a code, a Japanese message the user may see, an HTTP
// status, and optional field errors. Anything else is unexpected and shown as a generic message.
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
  ) {
    super(message);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}

export const notFound = (message = "お探しの情報は見つかりませんでした。") => new AppError("NOT_FOUND", message);

export const GENERIC_ERROR_MESSAGE = "処理中にエラーが発生しました。しばらくしてから、もう一度お試しください。";
