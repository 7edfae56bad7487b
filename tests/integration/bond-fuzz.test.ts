// Property-based fuzzing of 中間前払金保証 and 契約保証予約（入札ボンド）: the contractor's 送信 of a 中間, 一時保存 and
// 送信 of a 予約, 「この予約から契約保証を申し込む」, and the staff's handling of both (受付, 審査開始, 差戻し, 発行) on the
// demo data. Mostly the right actor and real ids, the rest any account and junk: only success or an expected
// refusal in Japanese, and a refusal writes nothing.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { returnApplication } from "@/lib/server/applications/return-application";
import { startApplicationReview } from "@/lib/server/applications/start-application-review";
import { convertReservation } from "@/lib/server/bond/convert-reservation";
import { submitIntermediateApplication } from "@/lib/server/bond/submit-intermediate-application";
import { saveReservationDraft, submitReservation } from "@/lib/server/bond/submit-reservation";
import { recordFeesReceived } from "@/lib/server/fees/record-fees-received";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT, hostileValue, inputFor } from "../support/fuzz";
import { fuzzEntryPoint } from "../support/fuzz-entry-point";
import { demoWorld, idAmong, idsOf, type DemoWorld } from "../support/fuzz-demo-world";
import { issueTestGuarantees } from "../support/issued-guarantees";

const prisma = getPrisma();
const CONTRACTOR = "contractor@example.jp";
let world: DemoWorld;
let guaranteeIds: string[];
let applicationIds: string[];
let reservation: () => Record<string, string>;

// A key the form sent before (the same form again), a new one, or junk.
const submissionKey = fc.oneof(fc.constant("6f1c2a4e-16a0-4d7e-9a51-0000000f0220"), fc.constant(null).map(() => randomUUID()), hostileValue);

beforeAll(async () => {
  world = await demoWorld();
  // Two more 前払金保証 of the flyer's contract, whose 中間 the form below may apply for.
  for (let i = 0; i < 2; i += 1) await issueTestGuarantees({ projectName: `中間 ファズの工事 ${i + 1}` });
  guaranteeIds = await idsOf(prisma.guarantee.findMany({ select: { id: true } }));
  applicationIds = await idsOf(prisma.application.findMany({ select: { id: true } }));
  const [saku, nagano] = await Promise.all([prisma.orderingBody.findUniqueOrThrow({ where: { name: "佐久市" } }), prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } })]);
  const bidDate = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "/");
  const reserved = (62_000_000n * BigInt(saku.bidBondNumerator) + BigInt(saku.bidBondDenominator) - 1n) / BigInt(saku.bidBondDenominator);
  reservation = () => ({
    orderingBodyId: saku.id, projectName: "令和8年度 市道ファズ線 改良工事", projectLocation: "長野県 佐久市 岩村田地内", bidNoticeNumber: "佐久市建設工事公告第200号",
    bidDate, bidAmount: "62,000,000", reservedAmount: reserved.toLocaleString("ja-JP"), branchId: nagano.id, notificationEmail: "soumu@marumaru-kensetsu.example.jp",
    contactDepartment: "総務部", contactTitle: "", contactName: "佐藤 花子", contactPhone: "026-000-1112", customerMessage: "",
  });
  // The 予約手数料 of the reservation waiting at 長野支店 is received, so 発行 can succeed once it is 受付済.
  const waiting = await prisma.application.findMany({ where: { kind: "RESERVATION", status: "SUBMITTED" }, select: { id: true } });
  for (const { id } of waiting) await recordFeesReceived({ actor: world.byEmail("staff.nagano@example.jp") as StaffActor, applicationId: id });
}, 180_000);

/** The 中間 form as typed for the flyer's contract (50,000,000円, 前払金 20,000,000円, 工期 2022/11/01〜2023/03/17). */
const intermediate = () => ({
  intermediateAmount: "10,000,000", certificationDate: "2023/01/20", certificationNumber: "認定第123号", depositBank: "〇〇銀行　××支店",
  intermediateForm: "ELECTRONIC", intermediateFeePaymentMethod: "LUMP_SUM", intermediateFeeBillTo: "〇〇建設 株式会社", intermediateFeeStatementWanted: "NO",
  completionMailWanted: "NO", notificationEmail: "soumu@marumaru-kensetsu.example.jp", contactDepartment: "総務部", contactTitle: "課長",
  contactName: "佐藤 花子", contactPhone: "026-000-1112", customerMessage: "",
});

describe("中間前払金保証・契約保証予約 entry points, fuzzed", { timeout: FUZZ_TEST_TIMEOUT }, () => {
  it(`中間の送信 (submitIntermediateApplication): ${FUZZ_RUNS} inputs`, async () => {
    const call = fc.record({ actor: world.mostly(CONTRACTOR), parentGuaranteeId: idAmong(guaranteeIds), input: inputFor(intermediate), submissionKey });
    const tally = await fuzzEntryPoint(call, (g) => submitIntermediateApplication({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`予約の一時保存 (saveReservationDraft): ${FUZZ_RUNS} inputs`, async () => {
    const call = fc.record({ actor: world.mostly(CONTRACTOR), applicationId: fc.oneof(fc.constant(undefined), idAmong(applicationIds)), input: inputFor(reservation) });
    const tally = await fuzzEntryPoint(call, (g) => saveReservationDraft({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`予約の送信 (submitReservation): ${FUZZ_RUNS} inputs`, async () => {
    const call = fc.record({ actor: world.mostly(CONTRACTOR), applicationId: fc.oneof(fc.constant(undefined), idAmong(applicationIds)), input: inputFor(reservation), submissionKey });
    const tally = await fuzzEntryPoint(call, (g) => submitReservation({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`予約から契約保証を申し込む (convertReservation): ${FUZZ_RUNS} inputs`, async () => {
    const reservations = await idsOf(prisma.guarantee.findMany({ where: { kind: "BID_BOND_RESERVATION" }, select: { id: true } }));
    const call = fc.record({ actor: world.mostly(CONTRACTOR, "contractor2@example.jp"), reservationId: fc.oneof(idAmong(reservations), idAmong(guaranteeIds)) });
    const tally = await fuzzEntryPoint(call, (g) => convertReservation({ ...g, actor: g.actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });

  it(`staff's 受付・審査開始・差戻し・発行 of 中間 and 予約: ${FUZZ_RUNS} inputs`, async () => {
    // The 中間 and 予約 sent so far (the demo's and the fuzzing's above), and any other application.
    const bond = await idsOf(prisma.application.findMany({ where: { kind: { in: ["INTERMEDIATE", "RESERVATION"] }, status: { not: "DRAFT" } }, select: { id: true } }));
    const steps: Record<string, (o: StepCall) => Promise<unknown>> = {
      accept: (o: StepCall) => acceptApplication(o),
      review: (o: StepCall) => startApplicationReview(o),
      return: (o: StepCall) => returnApplication(o),
      issue: (o: StepCall) => issueGuarantees(o),
    };
    const call = fc.record({
      step: fc.constantFrom(...Object.keys(steps)),
      actor: world.mostly("staff.nagano@example.jp", "staff.shizuoka@example.jp"),
      applicationId: fc.oneof(idAmong(bond), idAmong(applicationIds)),
      input: inputFor(() => ({ message: "認定調書の番号をご確認ください。" })),
    });
    const tally = await fuzzEntryPoint(call, ({ step, actor, ...g }) => steps[step]!({ ...g, actor: actor as never }));
    expect(tally.ok).toBeGreaterThan(0);
  });
});

type StepCall = { actor: StaffActor; applicationId: string; input: unknown };
