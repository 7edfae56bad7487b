// Decides whether a failed send may succeed later. Only a definite refusal of this message
// (an SMTP 5xx reply, a malformed envelope, an attachment that cannot be built) is permanent;
// a server that is down, slow, busy (4xx) or refuses our credentials (a configuration problem
// that staff can fix) is retried.
import { UnknownAttachmentError } from "@/lib/mail/attachments";

type SmtpError = Error & { code?: string; responseCode?: number; response?: string };

export function isPermanentSendError(error: unknown): boolean {
  if (error instanceof UnknownAttachmentError) return true;
  const e = error as SmtpError;
  if (e?.code === "EAUTH") return false;
  if (typeof e?.responseCode === "number") return e.responseCode >= 500 && e.responseCode < 600;
  return e?.code === "EENVELOPE" || e?.code === "EMESSAGE";
}

/** A short, single-line description for EmailOutbox.lastError (shown to staff as 送信状況). */
export function describeSendError(error: unknown): string {
  const e = error as SmtpError;
  const parts = [e?.code, e?.response ?? e?.message ?? String(error)].filter(Boolean);
  return parts.join(": ").replace(/\s+/g, " ").slice(0, 1000);
}
