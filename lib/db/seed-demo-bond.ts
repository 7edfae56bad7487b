// Demo 中間前払金保証 and 契約保証予約（入札ボンド）, through the real use cases (送信, 受付, 発行, 予約からの申込),
// so a visitor of `npm start` finds each state: an issued 中間前払金保証 with its 前払金保証, a reservation that is
// 有効, one that became 契約保証へ移行済, and one waiting for 受付 at 長野支店. Idempotent: each is found by its
// fixed submissionKey and only the steps not yet reached are run. Seeding sends no e-mail.
import type { ContractorActor, StaffActor } from "@/lib/auth/actor";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { convertReservation } from "@/lib/server/bond/convert-reservation";
import { submitIntermediateApplication } from "@/lib/server/bond/submit-intermediate-application";
import { submitReservation } from "@/lib/server/bond/submit-reservation";
import { recordFeesReceived } from "@/lib/server/fees/record-fees-received";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { loadActor } from "@/lib/server/load-actor";
import type { PrismaClient } from "./client";
import { seedIssuedApplication } from "./seed-demo-guarantees";

const KEYS = {
  intermediate: "6f1c2a4e-16a0-4d7e-9a51-000000000161",
  reservationValid: "6f1c2a4e-16a0-4d7e-9a51-000000000162",
  reservationConverted: "6f1c2a4e-16a0-4d7e-9a51-000000000163",
  reservationWaiting: "6f1c2a4e-16a0-4d7e-9a51-000000000164",
  reservationExpiring: "6f1c2a4e-16a0-4d7e-9a51-000000000165",
};

// The date in Japan (an instant before 09:00 JST is still the day before in UTC).
const slash = (d: Date) => isoOfYmd(todayInJapan(d)).replace(/-/g, "/");
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);

async function issue(prisma: PrismaClient, applicationId: string, staff: StaffActor) {
  const app = await prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
  if (app.completionMailWanted) await prisma.application.update({ where: { id: applicationId }, data: { completionMailWanted: false } });
  if (app.status === "SUBMITTED") await acceptApplication({ applicationId, actor: staff });
  if (app.status !== "ISSUED") await recordFeesReceived({ actor: staff, applicationId }); // the 予約手数料 (and 中間) paid by 振込
  return issueGuarantees({ applicationId, actor: staff });
}

export async function seedDemoBond(prisma: PrismaClient): Promise<void> {
  const contractor = (await loadActor("CONTRACTOR", { email: "contractor@example.jp" })) as ContractorActor;
  const staff = (await loadActor("SURETY_STAFF", { email: "staff.nagano@example.jp" })) as StaffActor;
  const company = await prisma.contractorCompany.findUniqueOrThrow({ where: { id: contractor.companyId } });
  const [saku, pref, branch] = await Promise.all([
    prisma.orderingBody.findUniqueOrThrow({ where: { name: "佐久市" } }),
    prisma.orderingBody.findUniqueOrThrow({ where: { name: "長野県△△建設事務所長" } }),
    prisma.branch.findUniqueOrThrow({ where: { name: "長野支店" } }),
  ]);

  // 中間前払金保証: a contract whose 工期 is past its half, its 前払金保証 issued, the 認定 given.
  const { guarantees } = await seedIssuedApplication(prisma, {
    submissionKey: "demo-issued-nagano-bridge",
    company: company.name,
    branch: branch.name,
    orderingBody: pref.name,
    staffEmail: "staff.nagano@example.jp",
    projectName: "令和8年度 県道○○線 橋梁補修工事",
    projectLocation: "長野県 上田市 ○○地内",
    contractAmount: 45_000_000n,
    periodFrom: "2026-06-01",
    periodTo: "2027-01-29",
    advance: { form: "ELECTRONIC", amount: 18_000_000n, depositBank: "〇〇銀行　上田支店" },
  });
  const advance = guarantees.find((g) => g.kind === "ADVANCE")!;
  let intermediate = await prisma.application.findUnique({ where: { submissionKey: KEYS.intermediate } });
  if (!intermediate) {
    const sent = await submitIntermediateApplication({
      actor: contractor,
      parentGuaranteeId: advance.id,
      submissionKey: KEYS.intermediate,
      input: {
        intermediateAmount: "9,000,000", certificationDate: "2026/10/20", certificationNumber: "長野県△△建設事務所 認定第48号",
        depositBank: "〇〇銀行　上田支店", intermediateForm: "ELECTRONIC", intermediateFeePaymentMethod: "LUMP_SUM",
        intermediateFeeBillTo: company.name, intermediateFeeStatementWanted: "NO", completionMailWanted: "NO",
        notificationEmail: company.email, contactDepartment: company.contactDepartment ?? "", contactTitle: company.contactTitle ?? "",
        contactName: company.contactName ?? "", contactPhone: company.contactPhone ?? "", customerMessage: "",
      },
    });
    intermediate = await prisma.application.findUniqueOrThrow({ where: { id: sent.applicationId } });
  }
  await issue(prisma, intermediate.id, staff);

  // 契約保証予約: 有効 (入札 in 20 days), 移行済 (入札 10 days ago, won), one waiting for 受付, and one won 25 days ago
  // whose 契約保証 is not applied for yet: its 有効期限 (入札日 + 30 days) is 5 days away (保証申込のお勧め reminds it).
  const reservations = [
    { key: KEYS.reservationValid, body: saku, project: "令和8年度 市道2-15号線 改良工事", location: "長野県 佐久市 岩村田地内", notice: "佐久市建設工事公告第112号", bidIn: 20, bid: 62_000_000n, issue: true, convert: false },
    { key: KEYS.reservationConverted, body: saku, project: "令和8年度 佐久市立○○中学校 外構工事", location: "長野県 佐久市 中込地内", notice: "佐久市建設工事公告第98号", bidIn: -10, bid: 28_600_000n, issue: true, convert: true },
    { key: KEYS.reservationExpiring, body: saku, project: "令和8年度 市道3-7号線 側溝改良工事", location: "長野県 佐久市 中込地内", notice: "佐久市建設工事公告第91号", bidIn: -25, bid: 35_200_000n, issue: true, convert: false },
    { key: KEYS.reservationWaiting, body: pref, project: "令和8年度 県単砂防施設修繕工事", location: "長野県 長野市 ○○地内", notice: "長野県△△建設事務所 入札公告第77号", bidIn: 35, bid: 41_800_000n, issue: false, convert: false },
  ];
  for (const r of reservations) {
    let app = await prisma.application.findUnique({ where: { submissionKey: r.key } });
    if (!app) {
      // Sent before the bid: a reservation whose 入札日 has passed was sent then (the 入札日 rule is 送信's).
      const sent = await submitReservation({
        actor: contractor,
        submissionKey: r.key,
        now: daysFromNow(Math.min(0, r.bidIn) - 7),
        input: {
          orderingBodyId: r.body.id, projectName: r.project, projectLocation: r.location, bidNoticeNumber: r.notice,
          bidDate: slash(daysFromNow(r.bidIn)), bidAmount: r.bid.toLocaleString("ja-JP"),
          reservedAmount: ((r.bid * BigInt(r.body.bidBondNumerator) + BigInt(r.body.bidBondDenominator) - 1n) / BigInt(r.body.bidBondDenominator)).toLocaleString("ja-JP"),
          branchId: branch.id, notificationEmail: company.email, contactDepartment: company.contactDepartment ?? "", contactTitle: "",
          contactName: company.contactName ?? "", contactPhone: company.contactPhone ?? "", customerMessage: "",
        },
      });
      app = await prisma.application.findUniqueOrThrow({ where: { id: sent.applicationId } });
    }
    if (!r.issue) {
      if (app.completionMailWanted) await prisma.application.update({ where: { id: app.id }, data: { completionMailWanted: false } });
      continue;
    }
    const { guarantees: issued } = await issue(prisma, app.id, staff);
    if (r.convert) await convertReservation({ actor: contractor, reservationId: issued[0]!.id });
  }
}
