// 送信 of a 中間前払金保証: from an issued 前払金保証 of the contractor's company (another company's id → 404),
// checked against the ordering body's 中間前払金 rules, written in ONE transaction as 送信済（受付待ち） to the
// branch that issued the 前払金保証, with its 申込番号 and audit entry.
//
// One application per 前払金保証 (Application.parentGuaranteeId is unique): the 前払金保証's row is locked first,
// so two tabs or a double click wait for each other; the same form again (its submissionKey, earlierSendOf) answers with
// the first send, another form is refused. A returned one (差戻し) is corrected and sent again, keeping its number.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getPrisma, Prisma } from "@/lib/db/client";
import { isEditableStatus } from "@/lib/domain/application-status";
import { isUuid } from "@/lib/domain/ids";
import { todayInJapan } from "@/lib/domain/wareki";
import { AppError, conflict, notFound } from "@/lib/errors";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { makeZIntermediateSubmit } from "@/lib/schemas/intermediate-application";
import { parseInput } from "@/lib/schemas/parse-input";
import { APPLICATION_ERRORS as E } from "@/lib/server/applications/application-errors";
import { earlierSendOf } from "@/lib/server/applications/earlier-send";
import { recordSentApplication } from "@/lib/server/applications/record-sent-application";
import type { SavedApplication } from "@/lib/server/applications/save-application-draft";
import { assertIntermediateParent, findIntermediateParent, intermediateRuleContext } from "./intermediate-context";
import { toIntermediateRecord } from "./intermediate-record";

export const alreadyAppliedMessage = (applicationNumber: string | null) =>
  `この前払金保証の中間前払金保証はすでに申し込まれています${applicationNumber ? `（申込番号 ${applicationNumber}）` : ""}。`;

export async function submitIntermediateApplication(options: {
  actor: ContractorActor;
  parentGuaranteeId: unknown;
  input: unknown;
  submissionKey: unknown;
  request?: RequestContext;
  now?: Date;
}): Promise<SavedApplication> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  const { parentGuaranteeId, submissionKey, request, now = new Date() } = options;
  if (!isUuid(parentGuaranteeId)) throw notFound();
  if (!isUuid(submissionKey)) throw new AppError("VALIDATION", E.badKey);

  return getPrisma().$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Guarantee" WHERE id = ${parentGuaranteeId}::uuid AND "companyId" = ${actor.companyId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw notFound();
      const parent = (await findIntermediateParent(tx, actor.companyId, parentGuaranteeId))!;
      assertIntermediateParent(parent);
      const data = parseInput(makeZIntermediateSubmit(intermediateRuleContext(parent, todayInJapan(now))), options.input);
      const company = await tx.contractorCompany.findUniqueOrThrow({ where: { id: actor.companyId } });
      const record = toIntermediateRecord(data, parent, company);

      const sameForm = await earlierSendOf(tx, actor, submissionKey);
      if (sameForm) return sameForm;
      const earlier = await tx.application.findUnique({ where: { parentGuaranteeId }, select: { id: true, status: true, applicationNumber: true } });
      if (earlier && !isEditableStatus(earlier.status)) throw conflict(alreadyAppliedMessage(earlier.applicationNumber));

      const audited = { kind: "INTERMEDIATE", parentContractNumber: parent.contractNumber, ...data };
      return recordSentApplication(tx, { actor, before: earlier, record, audited, submissionKey, now, request });
    },
    { maxWait: 15_000, timeout: 20_000, isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted },
  );
}
