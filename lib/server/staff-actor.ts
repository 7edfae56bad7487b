// The staff member a use case acts for: their id (audit) and branch (the only applications and
// guarantees they may see). Pages and actions build it from requireStaff(), never from client input.
import type { AuditActor } from "@/lib/server/audit/record-audit-entry";

export type StaffActor = { id: string; branchId: string };

export const staffAuditActor = (staff: StaffActor): AuditActor => ({ id: staff.id, role: "SURETY_STAFF" });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from URLs are checked before they reach a uuid column, so a malformed one is simply "not found". */
export const isUuid = (value: string) => UUID.test(value);
