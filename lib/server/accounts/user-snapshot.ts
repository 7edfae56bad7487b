// What the audit trail records of a user: never the password hash.
import type { User } from "@/lib/db/client";
import { auditSnapshot } from "@/lib/server/audit/record-audit-entry";

export function userSnapshot(user: User) {
  const { passwordHash, ...rest } = user;
  return auditSnapshot({ ...rest, passwordSet: passwordHash !== null });
}
