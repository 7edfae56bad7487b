// What the audit trail records of a user: never the password hash, nor the session version (a
// counter for ending sessions, not a fact about the user).
import type { User } from "@/lib/db/client";
import { auditSnapshot } from "@/lib/server/audit/record-audit-entry";

export function userSnapshot(user: User) {
  const { passwordHash, sessionVersion: _sessionVersion, ...rest } = user;
  return auditSnapshot({ ...rest, passwordSet: passwordHash !== null });
}
