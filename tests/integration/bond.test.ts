// 中間前払金保証 and 契約保証予約（入札ボンド）end to end through the use cases, on real PostgreSQL: the
// contractor applies, the branch receives it in the same inbox and issues it through the same pipeline
// (number with check letter, 認証キー, signed version), the ordering body verifies it on /verify's use case;
// refusals name the rule and its number; two sends or two conversions at once write one record.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { asCertificateContent, certificateRows } from "@/lib/domain/certificate-content";
import { isValidContractNumber } from "@/lib/domain/contract-number";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { listBranchApplications } from "@/lib/server/applications/list-branch-applications";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { convertReservation } from "@/lib/server/bond/convert-reservation";
import { listContractorReservations } from "@/lib/server/bond/list-contractor-reservations";
import { submitIntermediateApplication } from "@/lib/server/bond/submit-intermediate-application";
import { saveReservationDraft, submitReservation } from "@/lib/server/bond/submit-reservation";
import { toApplicationFormValues } from "@/lib/server/applications/application-record";
import { getContractorEGuarantee } from "@/lib/server/guarantees/get-contractor-e-guarantee";
import { cancelGuarantee } from "@/lib/server/guarantees/cancel-guarantee";
import { recordFeesReceived } from "@/lib/server/fees/record-fees-received";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { listContractorGuarantees } from "@/lib/server/guarantees/list-contractor-guarantees";
import { verifyGuarantee } from "@/lib/server/verification/verify-guarantee";
import { actorByEmail } from "../support/accounts";
import { flyerIntermediateForm } from "../support/flyer-application";
import { errorOf, REQUEST, seedAndStaff } from "../support/issue-fixtures";
import { issueTestGuarantees } from "../support/issued-guarantees";

const prisma = getPrisma();
let nagano: StaffActor;
let shizuoka: StaffActor;
let contractor: ContractorActor;
let otherContractor: ContractorActor;

beforeAll(async () => {
  ({ nagano, shizuoka } = await seedAndStaff());
  contractor = await actorByEmail("CONTRACTOR", "contractor@example.jp");
  otherContractor = await actorByEmail("CONTRACTOR", "contractor2@example.jp");
});


async function issueFor(applicationId: string, staff = nagano) {
  await acceptApplication({ applicationId, actor: staff, request: REQUEST });
  await recordFeesReceived({ actor: staff, applicationId }); // 入金確認 of the 中間前払金保証料 / 予約手数料
  return issueGuarantees({ applicationId, actor: staff, request: REQUEST });
}

describe("中間前払金保証", () => {
  it("is applied for from a 前払金保証, issued by the same pipeline, verified with its parent named, listed as 中間", async () => {
    const { guarantees } = await issueTestGuarantees({ projectName: "中間 通しの工事" });
    const advance = guarantees.find((g) => g.kind === "ADVANCE")!;
    const sent = await submitIntermediateApplication({ actor: contractor, parentGuaranteeId: advance.id, input: flyerIntermediateForm(), submissionKey: randomUUID(), request: REQUEST });
    expect(sent.applicationNumber).toMatch(/^\d{4}-\d{6}$/);

    const row = await prisma.application.findUniqueOrThrow({ where: { id: sent.applicationId } });
    expect(row).toMatchObject({ kind: "INTERMEDIATE", status: "SUBMITTED", parentGuaranteeId: advance.id, intermediateAmount: 10_000_000n, contractAmount: 50_000_000n, projectName: "中間 通しの工事" });
    // The same inbox as every 保証申込, at the branch that issued the 前払金保証.
    const inbox = await listBranchApplications({ actor: nagano, status: "SUBMITTED", page: 1 });
    expect(inbox.items.map((a) => a.id)).toContain(sent.applicationId);

    const { guarantees: issued } = await issueFor(sent.applicationId);
    expect(issued).toHaveLength(1);
    const intermediate = await prisma.guarantee.findUniqueOrThrow({ where: { id: issued[0]!.id }, include: { versions: true, authKey: true } });
    const parent = await prisma.guarantee.findUniqueOrThrow({ where: { id: advance.id } });
    expect(intermediate).toMatchObject({ kind: "INTERMEDIATE", parentGuaranteeId: advance.id, amount: 10_000_000n, termFrom: parent.termFrom, termTo: parent.termTo });
    expect(isValidContractNumber(intermediate.contractNumber)).toBe(true);
    expect(intermediate.authKey).not.toBeNull();
    const content = asCertificateContent(intermediate.versions[0]!.content);
    expect(content).toMatchObject({ productName: "中間前払金保証", parentContractNumber: advance.contractNumber, depositBank: "〇〇銀行　××支店" });

    // The ordering body verifies it: the certificate names the 前払金保証.
    const { authKey } = await getContractorEGuarantee({ actor: contractor, guaranteeId: intermediate.id });
    const verified = await verifyGuarantee({ input: { contractNumber: intermediate.contractNumber, authKey }, ipAddress: "192.0.2.61" });
    expect(verified.signature.valid).toBe(true);
    expect(certificateRows(asCertificateContent(verified.certificate.content))).toContainEqual({ label: "前払金保証の保証契約番号", value: advance.contractNumber });

    // 保証契約一覧: 中間 with its parent.
    const list = await listContractorGuarantees({ actor: contractor, filter: { mode: "pinpoint", contractNumber: intermediate.contractNumber }, page: 1 });
    expect(list.rows).toEqual([expect.objectContaining({ kind: "INTERMEDIATE", parentContractNumber: advance.contractNumber })]);
  });

  it("refuses amounts and dates naming the rule and its number", async () => {
    const { guarantees } = await issueTestGuarantees({ projectName: "中間 上限の工事" });
    const advance = guarantees.find((g) => g.kind === "ADVANCE")!;
    const attempt = (input: Record<string, string>) =>
      errorOf(submitIntermediateApplication({ actor: contractor, parentGuaranteeId: advance.id, input: flyerIntermediateForm(input), submissionKey: randomUUID() }));
    expect((await attempt({ intermediateAmount: "10,000,001" }))?.fieldErrors).toEqual({ intermediateAmount: "中間前払金額は請負金額の2/10（10,000,000円）以下としてください（100,000円未満切捨て）。" });
    expect((await attempt({ certificationDate: "2023/01/07" }))?.fieldErrors).toEqual({ certificationDate: "認定日は工期の2分の1を経過した日（令和5年1月8日）以降の日付としてください。" });
    expect((await attempt({ certificationNumber: "" }))?.fieldErrors).toEqual({ certificationNumber: "認定調書の番号を入力してください。" });

    // The body's fractions are data: 前払金 + 中間 ≤ 5/10 leaves 5,000,000円 after the 20,000,000円 advance.
    const body = await prisma.orderingBody.findUniqueOrThrow({ where: { name: "長野県△△建設事務所長" } });
    await prisma.orderingBody.update({ where: { id: body.id }, data: { advanceTotalLimitNumerator: 5 } });
    try {
      expect((await attempt({ intermediateAmount: "5,000,001" }))?.fieldErrors).toEqual({
        intermediateAmount: "前払金と中間前払金の合計は請負金額の5/10以下のため、中間前払金額は5,000,000円以下としてください（前払金 20,000,000円）（100,000円未満切捨て）。",
      });
    } finally {
      await prisma.orderingBody.update({ where: { id: body.id }, data: { advanceTotalLimitNumerator: 6 } });
    }
    expect(await prisma.application.count({ where: { parentGuaranteeId: advance.id } })).toBe(0);
  });

  it("another company's 前払金保証 does not exist; a 契約保証 is not a parent", async () => {
    const { guarantees } = await issueTestGuarantees({ projectName: "中間 他社の工事" });
    const advance = guarantees.find((g) => g.kind === "ADVANCE")!;
    const contract = guarantees.find((g) => g.kind === "CONTRACT")!;
    expect((await errorOf(submitIntermediateApplication({ actor: otherContractor, parentGuaranteeId: advance.id, input: flyerIntermediateForm(), submissionKey: randomUUID() })))?.code).toBe("NOT_FOUND");
    expect((await errorOf(submitIntermediateApplication({ actor: contractor, parentGuaranteeId: contract.id, input: flyerIntermediateForm(), submissionKey: randomUUID() })))?.message).toBe(
      "中間前払金保証は、発行済みで有効な前払金保証から申し込めます。",
    );
  });

  it("two sends at once (two tabs) write one application; the same form twice answers with the first", async () => {
    const { guarantees } = await issueTestGuarantees({ projectName: "中間 同時送信の工事" });
    const advance = guarantees.find((g) => g.kind === "ADVANCE")!;
    const results = await Promise.allSettled([0, 1, 2].map(() => submitIntermediateApplication({ actor: contractor, parentGuaranteeId: advance.id, input: flyerIntermediateForm(), submissionKey: randomUUID() })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect(String((r as PromiseRejectedResult).reason.message)).toMatch(/^この前払金保証の中間前払金保証はすでに申し込まれています（申込番号 \d{4}-\d{6}）。$/);
    const key = randomUUID();
    const other = await issueTestGuarantees({ projectName: "中間 二度押しの工事" });
    const otherAdvance = other.guarantees.find((g) => g.kind === "ADVANCE")!;
    const twice = await Promise.all([0, 1].map(() => submitIntermediateApplication({ actor: contractor, parentGuaranteeId: otherAdvance.id, input: flyerIntermediateForm(), submissionKey: key })));
    expect(twice[0]).toEqual(twice[1]);
    expect(await prisma.application.count({ where: { parentGuaranteeId: { in: [advance.id, otherAdvance.id] } } })).toBe(2);
  });

  it("a form's key already sent for another 前払金保証 answers with that send, never a database error (fuzz counterexample)", async () => {
    const first = await issueTestGuarantees({ projectName: "中間 鍵の再使用 一" });
    const second = await issueTestGuarantees({ projectName: "中間 鍵の再使用 二" });
    const [a, b] = [first, second].map((set) => set.guarantees.find((g) => g.kind === "ADVANCE")!);
    const key = randomUUID();
    const sent = await submitIntermediateApplication({ actor: contractor, parentGuaranteeId: a!.id, input: flyerIntermediateForm(), submissionKey: key });
    const again = await submitIntermediateApplication({ actor: contractor, parentGuaranteeId: b!.id, input: flyerIntermediateForm(), submissionKey: key });
    expect(again).toEqual(sent);
    expect(await prisma.application.count({ where: { parentGuaranteeId: b!.id } })).toBe(0);
    // Another company gets neither that application nor the 前払金保証 (404).
    expect((await errorOf(submitIntermediateApplication({ actor: otherContractor, parentGuaranteeId: b!.id, input: flyerIntermediateForm(), submissionKey: key })))?.code).toBe("NOT_FOUND");
  });
});

/** A bid a month from now, as the form holds it. */
function reservationForm(ids: { orderingBodyId: string; branchId: string }, overrides: Record<string, string> = {}) {
  const today = todayInJapan();
  const bid = new Date(Date.UTC(today.year, today.month - 1, today.day + 30));
  return {
    orderingBodyId: ids.orderingBodyId,
    projectName: "令和8年度 市道改良工事",
    projectLocation: "長野県佐久市 〇〇地内",
    bidNoticeNumber: "佐久市公告第45号",
    bidDate: bid.toISOString().slice(0, 10).replace(/-/g, "/"),
    bidAmount: "50,000,000",
    reservedAmount: "2,500,000",
    branchId: ids.branchId,
    notificationEmail: "soumu@marumaru-kensetsu.example.jp",
    contactDepartment: "総務部",
    contactTitle: "",
    contactName: "佐藤 花子",
    contactPhone: "026-000-1112",
    customerMessage: "",
    ...overrides,
  };
}

describe("契約保証予約（入札ボンド）", () => {
  let ids: { orderingBodyId: string; branchId: string };
  beforeAll(async () => {
    const [saku, branch] = await Promise.all([
      prisma.orderingBody.findUniqueOrThrow({ where: { name: "佐久市" } }),
      prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } }),
    ]);
    ids = { orderingBodyId: saku.id, branchId: branch.id };
  });

  async function issuedReservation(overrides: Record<string, string> = {}) {
    const sent = await submitReservation({ actor: contractor, input: reservationForm(ids, overrides), submissionKey: randomUUID(), request: REQUEST });
    const { guarantees } = await issueFor(sent.applicationId);
    return { sent, reservation: guarantees[0]! };
  }

  it("a draft, then 送信, issue as a 予約証書 with 予約番号 and 認証キー, verified on /verify", async () => {
    const draft = await saveReservationDraft({ actor: contractor, input: { ...reservationForm(ids), reservedAmount: "" } });
    const sent = await submitReservation({ actor: contractor, input: reservationForm(ids), applicationId: draft.applicationId, submissionKey: randomUUID(), request: REQUEST });
    expect(sent.applicationId).toBe(draft.applicationId);
    const { guarantees } = await issueFor(sent.applicationId);
    expect(guarantees).toEqual([expect.objectContaining({ kind: "BID_BOND_RESERVATION", form: "ELECTRONIC" })]);
    const reservation = await prisma.guarantee.findUniqueOrThrow({ where: { id: guarantees[0]!.id }, include: { versions: true } });
    expect(isValidContractNumber(reservation.contractNumber)).toBe(true);
    expect(reservation).toMatchObject({ amount: 2_500_000n, contractAmount: 50_000_000n });
    // 有効期限: the 入札日 plus 佐久市's 30 days.
    const bidDate = (await prisma.application.findUniqueOrThrow({ where: { id: sent.applicationId } })).bidDate!;
    expect(reservation.termTo.getTime() - bidDate.getTime()).toBe(30 * 86_400_000);

    const { authKey } = await getContractorEGuarantee({ actor: contractor, guaranteeId: reservation.id });
    const verified = await verifyGuarantee({ input: { contractNumber: reservation.contractNumber, authKey }, ipAddress: "192.0.2.62" });
    expect(verified.signature.valid).toBe(true);
    const rows = certificateRows(asCertificateContent(verified.certificate.content));
    expect(rows).toEqual(expect.arrayContaining([
      { label: "予約番号", value: reservation.contractNumber },
      { label: "商品名", value: "契約保証予約" },
      { label: "入札公告番号", value: "佐久市公告第45号" },
      { label: "入札予定金額", value: "50,000,000円" },
      { label: "契約保証金額", value: "2,500,000円" },
    ]));
    // Not in the guarantees' tabs; in its own tab, 有効.
    const list = await listContractorGuarantees({ actor: contractor, filter: { mode: "range", kind: null, from: null, to: null, project: "市道改良" }, page: 1 });
    expect(list.rows).toEqual([]);
    const tab = await listContractorReservations({ actor: contractor });
    expect(tab.find((r) => r.applicationId === sent.applicationId)?.reservation).toMatchObject({ number: reservation.contractNumber, state: "VALID" });
  });

  it("refuses a bond under the body's share and a past 入札日, naming the number", async () => {
    const attempt = (overrides: Record<string, string>) => errorOf(submitReservation({ actor: contractor, input: reservationForm(ids, overrides), submissionKey: randomUUID() }));
    expect((await attempt({ reservedAmount: "2,499,999" }))?.fieldErrors).toEqual({ reservedAmount: "契約保証金額は入札予定金額の5/100（2,500,000円）以上としてください。" });
    expect((await attempt({ bidDate: "2020/01/01" }))?.fieldErrors).toEqual({ bidDate: "入札日（開札日）に過去の日付は入力できません。予約は入札の前に申し込んでください。" });
    expect((await attempt({ branchId: randomUUID() }))?.fieldErrors).toEqual({ branchId: "申込送信先は一覧から選択してください。" });
  });

  it("converts once, even with several clicks at once; the 保証申込 asks at least the reserved amount", async () => {
    const { reservation } = await issuedReservation({ reservedAmount: "6,000,000" });
    const results = await Promise.all([0, 1, 2].map(() => convertReservation({ actor: contractor, reservationId: reservation.id, request: REQUEST })));
    expect(new Set(results.map((r) => r.applicationId)).size).toBe(1);
    expect(results.filter((r) => !r.alreadyConverted)).toHaveLength(1);
    expect(await prisma.application.count({ where: { reservationId: reservation.id } })).toBe(1);
    const draft = await prisma.application.findUniqueOrThrow({ where: { id: results[0]!.applicationId } });
    expect(draft).toMatchObject({ kind: "GUARANTEE", status: "DRAFT", contractGuaranteeRequested: true, contractGuaranteeAmount: 6_000_000n, projectName: "令和8年度 市道改良工事" });
    const tab = await listContractorReservations({ actor: contractor });
    expect(tab.find((r) => r.reservation?.id === reservation.id)?.reservation).toMatchObject({ state: "CONVERTED", convertedApplicationId: draft.id });

    // 送信 of the converted 保証申込 (completed by the contractor): less than reserved is refused.
    const values = { ...toApplicationFormValues(draft), contractFeePaymentMethod: "LUMP_SUM", contractFeeStatementWanted: "NO", contractAmount: "50,000,000", periodFrom: "2026/04/01", periodTo: "2027/03/15", contractDate: "2026/03/25", awardDate: isoOfYmd(todayInJapan()).replace(/-/g, "/"), receiveMethod: "MAIL" };
    // 5,500,000円 keeps the body's 1/10 of 請負金額 but is less than the 6,000,000円 reserved.
    const short = await errorOf(submitApplication({ actor: contractor, input: { ...values, contractGuaranteeAmount: "5,500,000" }, applicationId: draft.id, submissionKey: randomUUID() }));
    expect(short?.fieldErrors).toEqual({ contractGuaranteeAmount: "契約保証金額は予約した契約保証金額（6,000,000円）以上としてください。" });
    const ok = await submitApplication({ actor: contractor, input: { ...values, contractGuaranteeAmount: "6,000,000" }, applicationId: draft.id, submissionKey: randomUUID() });
    expect(ok.applicationId).toBe(draft.id);

    // 発行 re-reads the stored row: an amount lowered past the form is refused, then the 契約保証 issues.
    await prisma.application.update({ where: { id: draft.id }, data: { contractGuaranteeAmount: 5_500_000n } });
    await acceptApplication({ applicationId: draft.id, actor: nagano });
    expect((await errorOf(issueGuarantees({ applicationId: draft.id, actor: nagano })))?.message).toBe(
      "申込内容が申込の条件を満たしていないため発行できません。契約保証金額は予約した契約保証金額（6,000,000円）以上としてください。差戻しでお客様に修正を依頼してください。",
    );
    await prisma.application.update({ where: { id: draft.id }, data: { contractGuaranteeAmount: 6_000_000n } });
    const { guarantees: contract } = await issueGuarantees({ applicationId: draft.id, actor: nagano });
    expect(contract).toEqual([expect.objectContaining({ kind: "CONTRACT" })]);
  });

  it("an expired or cancelled reservation does not convert; another company's does not exist", async () => {
    const { reservation } = await issuedReservation({ projectName: "期限切れの工事" });
    expect((await errorOf(convertReservation({ actor: otherContractor, reservationId: reservation.id })))?.code).toBe("NOT_FOUND");
    const later = new Date(Date.now() + 90 * 86_400_000);
    expect((await errorOf(convertReservation({ actor: contractor, reservationId: reservation.id, now: later })))?.message).toBe("この予約は有効期限を過ぎているため、契約保証を申し込めません。");
    // 取消 by the branch's staff, as a guarantee is cancelled: a signed 取消 version, /verify answers 取消.
    await cancelGuarantee({ guaranteeId: reservation.id, actor: nagano, input: { reason: "入札の辞退" } });
    expect((await errorOf(convertReservation({ actor: contractor, reservationId: reservation.id })))?.message).toBe("この予約は取り消されているため、契約保証を申し込めません。");
    const tab = await listContractorReservations({ actor: contractor });
    expect(tab.find((r) => r.reservation?.id === reservation.id)?.reservation?.state).toBe("CANCELLED");
  });

  it("another branch's staff cannot issue it", async () => {
    const sent = await submitReservation({ actor: contractor, input: reservationForm(ids, { projectName: "他支店の工事" }), submissionKey: randomUUID() });
    expect((await errorOf(acceptApplication({ applicationId: sent.applicationId, actor: shizuoka })))?.code).toBe("NOT_FOUND");
  });
});
