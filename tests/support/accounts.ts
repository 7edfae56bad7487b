// Helpers for account tests: demo users as actors, and the link inside a queued account e-mail.
import { getPrisma } from "@/lib/db/client";

export async function userByEmail(email: string) {
  return getPrisma().user.findUniqueOrThrow({ where: { email } });
}

/** The token of the newest account e-mail queued for this address (read from the outbox). */
export async function tokenFromLatestMail(to: string, kind: "INVITATION" | "PASSWORD_RESET"): Promise<string> {
  const mail = await getPrisma().emailOutbox.findFirstOrThrow({ where: { toAddress: to, kind }, orderBy: { createdAt: "desc" } });
  const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.textBody)?.[1];
  if (!token) throw new Error(`no link in the mail to ${to}`);
  return token;
}

export async function auditEntriesFor(entityId: string) {
  return getPrisma().auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}
