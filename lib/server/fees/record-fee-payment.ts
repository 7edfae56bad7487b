// 入金確認 (branch staff): the fee of one guarantee of an application was received (入金日, 入金額, 振込 / 現金 /
// 小切手). Recorded before 発行, which needs it unless 一括納付 applies; recording again corrects it. The
// amount must be the fee under the table in force today, so 発行 finds the fee settled.
import { getPrisma } from "@/lib/db/client";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { FEE_KIND_LABEL } from "@/lib/domain/fee-labels";
import { formatWareki } from "@/lib/domain/wareki";
import { isoDate } from "@/lib/domain/certificate-content";
import { formatYen } from "@/lib/domain/yen";
import { conflict, invalidInput } from "@/lib/errors";
import { ZFeePayment } from "@/lib/schemas/fee";
import { parseInput } from "@/lib/schemas/parse-input";
import { lockBranchApplication } from "@/lib/server/applications/lock-branch-application";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { feeRequestsOf } from "./application-fee-requests";
import { estimateFee } from "./application-fees";
import { feeDateToday, NO_RATE_TABLE_MESSAGE } from "./rate-table-in-force";

const OPEN = new Set(["SUBMITTED", "ACCEPTED", "UNDER_REVIEW"]);

export async function recordFeePayment(options: { actor: StaffActor; applicationId: string; input: unknown; request?: RequestContext; now?: Date }): Promise<{ fee: bigint }> {
  const actor = assertRole(options.actor, "SURETY_STAFF");
  const input = parseInput(ZFeePayment, options.input);
  const today = feeDateToday(options.now);
  if (input.receivedOn.getTime() > today.getTime()) throw invalidInput({ receivedOn: `入金日は本日（${formatWareki(today)}）以前の日付を入力してください。` });
  return getPrisma().$transaction(async (tx) => {
    const status = await lockBranchApplication(tx, options.applicationId, actor.branchId);
    if (!OPEN.has(status)) throw conflict(status === "ISSUED" ? "発行済みの申込には入金確認を記録できません。" : "この申込は入金確認を記録できる状態ではありません。");
    const app = await tx.application.findUniqueOrThrow({ where: { id: options.applicationId }, include: { orderingBody: true } });
    const request = (await feeRequestsOf(tx, app)).find((r) => r.kind === input.kind);
    if (!request?.amount || !request.termFrom || !request.termTo) throw invalidInput({ kind: `この申込は${FEE_KIND_LABEL[input.kind]}を申し込んでいません。` });
    const estimate = await estimateFee(tx, input.kind, { amount: request.amount, termFrom: request.termFrom, termTo: request.termTo }, today);
    if (!estimate) throw conflict(NO_RATE_TABLE_MESSAGE(FEE_KIND_LABEL[input.kind]));
    const fee = estimate.result.fee;
    if (input.amount !== fee) throw invalidInput({ amount: `入金額（${formatYen(input.amount)}）が保証料（${formatYen(fee)}）と一致しません。` });
    const key = { applicationId_kind: { applicationId: app.id, kind: input.kind } };
    const before = await tx.feePayment.findUnique({ where: key });
    const data = { receivedOn: input.receivedOn, amount: input.amount, method: input.method, recordedById: actor.userId };
    await tx.feePayment.upsert({ where: key, create: { applicationId: app.id, kind: input.kind, ...data }, update: data });
    await recordAuditEntry(tx, {
      actor, action: "application.record-fee-payment", entityType: "Application", entityId: app.id,
      before: before ? auditSnapshot({ kind: before.kind, receivedOn: isoDate(before.receivedOn), receivedAmount: before.amount, method: before.method }) : null,
      after: auditSnapshot({ kind: input.kind, receivedOn: isoDate(input.receivedOn), receivedAmount: input.amount, method: input.method }),
      request: options.request,
    });
    return { fee };
  });
}
