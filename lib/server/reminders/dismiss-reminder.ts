// 「表示しない」: one 保証申込のお勧め of the actor's company is not shown again (until its fact changes, which
// gives it a new key). The key must be one the company has now: anything else is NOT_FOUND, so no row is
// written for another company's record or an invented key. Repeated or concurrent clicks write one row
// and one audit entry (INSERT … ON CONFLICT DO NOTHING).
import { randomUUID } from "node:crypto";
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { ZDismissReminder } from "@/lib/schemas/reminder";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { listContractorReminders } from "./list-contractor-reminders";

export async function dismissReminder(options: { actor: ContractorActor; input: unknown; request?: RequestContext }): Promise<void> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const { reminderKey } = parseInput(ZDismissReminder, options.input);
  const current = await listContractorReminders({ actor, includeDismissed: true });
  const reminder = current.find((r) => r.key === reminderKey);
  if (!reminder) throw notFound("このお勧めは既に表示されていません。");
  await getPrisma().$transaction(async (tx) => {
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "ReminderDismissal" ("id", "companyId", "reminderKey", "dismissedById")
      VALUES (${randomUUID()}::uuid, ${actor.companyId}::uuid, ${reminderKey}, ${actor.userId}::uuid)
      ON CONFLICT ("companyId", "reminderKey") DO NOTHING
      RETURNING "id"`;
    if (inserted.length === 0) return;
    await recordAuditEntry(tx, {
      actor,
      action: "reminder.dismiss",
      entityType: "contractor-company",
      entityId: actor.companyId,
      after: { reminderKey, title: reminder.title },
      request: options.request,
    });
  });
}
