// The refused sign-in: next-auth hands the form the error `LOGIN_LOCKED:<seconds>` (lib/auth/options.ts),
// and the form says when to try again, in Japan time.
import { formatDateTimeJst } from "./wareki";

const LOGIN_LOCKED = "LOGIN_LOCKED";

export const loginLockedError = (retryAfterSeconds: number) => `${LOGIN_LOCKED}:${Math.max(1, Math.ceil(retryAfterSeconds))}`;

/** Seconds to wait from a `LOGIN_LOCKED:<seconds>` error, or null for any other error. */
export function retryAfterOfLoginError(error: string | null | undefined): number | null {
  const m = /^LOGIN_LOCKED(?::(\d{1,9}))?$/.exec(error ?? "");
  if (!m) return null;
  return m[1] ? Number(m[1]) : 60;
}

/** 「5分」「30秒」「1時間」: the wait, rounded up to the unit. */
export function waitLabel(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))}秒`;
  if (seconds < 60 * 60) return `${Math.ceil(seconds / 60)}分`;
  return `${Math.ceil(seconds / 3600)}時間`;
}

export function loginLockedMessage(retryAfterSeconds: number, now = new Date()): string {
  // Rounded up to the minute the time is shown in, so 「以降」 is never early.
  const at = formatDateTimeJst(new Date(Math.ceil((now.getTime() + retryAfterSeconds * 1000) / 60_000) * 60_000));
  return `ログインの失敗が続いたため、この接続元からのログインを一時的に制限しています。${waitLabel(retryAfterSeconds)}ほど後（${at} 以降）に、もう一度お試しください。`;
}
