import { beforeAll, describe, expect, it } from "vitest";
import type { OrderingBodyActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { seedDemoAccounts } from "@/lib/db/seed-demo";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { confirmReceipt } from "@/lib/server/ordering-body/confirm-receipt";
import { listVerifiedGuarantees } from "@/lib/server/ordering-body/list-verified-guarantees";
import { queueOrderingBodyChangeNotice } from "@/lib/server/ordering-body/queue-change-notice";
import { loadActor } from "@/lib/server/load-actor";
import { verifyGuarantee } from "@/lib/server/verification/verify-guarantee";
import { issueTestGuarantees, type IssuedForTest } from "../support/issued-guarantees";

const prisma = getPrisma();
let saku: OrderingBodyActor;
let sakuGuarantee: IssuedForTest;
let unseenGuarantee: IssuedForTest;

beforeAll(async () => {
  await seedDemoAccounts(prisma);
  saku = await loadActor("ORDERING_BODY", { email: "verifier@saku.example.jp" });
  const issued = await issueTestGuarantees({ orderingBodyName: "佐久市" });
  [sakuGuarantee, unseenGuarantee] = issued.guarantees as [IssuedForTest, IssuedForTest];
  // Verified (a refusal would throw).
  const result = await verifyGuarantee({
    input: { contractNumber: sakuGuarantee.contractNumber, authKey: sakuGuarantee.authKey },
    ipAddress: "10.50.0.1",
    orderingBodyUserId: saku.userId,
  });
  expect(result.contractNumber).toBe(sakuGuarantee.contractNumber);
  // Verified anonymously (public page): not attributed to 佐久市.
  await verifyGuarantee({ input: { contractNumber: unseenGuarantee.contractNumber, authKey: unseenGuarantee.authKey }, ipAddress: "10.50.0.2" });
});

describe("the ordering body's verified guarantees", () => {
  it("lists what its signed-in users verified, with status, and records who looked", async () => {
    const rows = await listVerifiedGuarantees({ actor: saku });
    expect(rows.map((r) => r.contractNumber)).toEqual([sakuGuarantee.contractNumber]);
    expect(rows[0]).toMatchObject({ status: "ACTIVE", receiptConfirmedAt: null, companyName: "〇〇建設 株式会社" });
    const attempt = await prisma.verificationAttempt.findFirstOrThrow({ where: { guaranteeId: sakuGuarantee.id, succeeded: true } });
    expect(attempt.userId).toBe(saku.userId);
  });

  it("records 受領確認 once, with an audit entry; other guarantees are not found", async () => {
    const first = await confirmReceipt({ guaranteeId: sakuGuarantee.id, actor: saku });
    const again = await confirmReceipt({ guaranteeId: sakuGuarantee.id, actor: saku });
    expect(again.confirmedAt).toEqual(first.confirmedAt);
    expect(await prisma.receiptConfirmation.count()).toBe(1);
    expect(await prisma.auditEntry.count({ where: { action: "guarantee.confirm-receipt", entityId: sakuGuarantee.id } })).toBe(1);
    await expect(confirmReceipt({ guaranteeId: unseenGuarantee.id, actor: saku })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mishima = await prisma.orderingBody.findUniqueOrThrow({ where: { name: "三島市" } });
    await expect(confirmReceipt({ guaranteeId: sakuGuarantee.id, actor: { ...saku, orderingBodyId: mishima.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listVerifiedGuarantees({ actor: saku }))[0]!.receiptConfirmedAt).toEqual(first.confirmedAt);
  });

  it("queues a change notice to the body's registered address only for guarantees it has seen", async () => {
    const queued = await prisma.$transaction(async (tx) => [
      await queueOrderingBodyChangeNotice(tx, { guaranteeId: sakuGuarantee.id, versionId: "00000000-0000-0000-0000-000000000001", change: "変更（増額）", issuedAt: new Date() }),
      await queueOrderingBodyChangeNotice(tx, { guaranteeId: unseenGuarantee.id, versionId: "00000000-0000-0000-0000-000000000002", change: "取消", issuedAt: new Date() }),
    ]);
    expect(queued).toEqual([true, false]);
    const mails = await prisma.emailOutbox.findMany({ where: { kind: "AMENDMENT_NOTICE" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toAddress: "keiyaku@saku.example.jp", guaranteeId: sakuGuarantee.id });
    expect(mails[0]!.subject).toContain(sakuGuarantee.contractNumber);
    expect(mails[0]!.textBody).toContain("変更（増額）");
    expect(mails[0]!.textBody).not.toContain(sakuGuarantee.authKey!);
  });
});

describe("change notices from staff actions", () => {
  it("an amendment and a cancellation of a guarantee 佐久市 verified each queue one notice", async () => {
    const { guarantees, staff } = await issueTestGuarantees({ orderingBodyName: "佐久市", projectName: "通知確認用工事" });
    const g = guarantees[0]!;
    await verifyGuarantee({ input: { contractNumber: g.contractNumber, authKey: g.authKey }, ipAddress: "10.60.0.1", orderingBodyUserId: saku.userId });
    // 減額: the flyer's 前払金保証 is already at the ordering body's 4/10, so a 増額 would be refused.
    await amendGuarantee({ guaranteeId: g.id, actor: staff, input: { changeType: "DECREASE", amount: "1,000,000" } });
    await cancelGuarantee({ guaranteeId: g.id, actor: staff, input: { reason: "契約解除" } });
    const mails = await prisma.emailOutbox.findMany({ where: { kind: "AMENDMENT_NOTICE", guaranteeId: g.id }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => m.subject)).toEqual([
      `【Net Desk】確認済みの電子保証に変更（減額）がありました（${g.contractNumber}）`,
      `【Net Desk】確認済みの電子保証に取消がありました（${g.contractNumber}）`,
    ]);
    // The other guarantee of the same application was never verified by 佐久市: no notice.
    await amendGuarantee({ guaranteeId: guarantees[1]!.id, actor: staff, input: { changeType: "INCREASE", amount: "1" } });
    expect(await prisma.emailOutbox.count({ where: { kind: "AMENDMENT_NOTICE", guaranteeId: guarantees[1]!.id } })).toBe(0);
  });
});
