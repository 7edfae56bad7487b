// Demo e-guarantees, so a newcomer's 保証契約一覧 is not empty: sent applications taken through the
// real 受付 and 発行 use cases (real 保証契約番号, sealed 認証キー, signed certificate versions), and
// one 増額 so the history shows 新規 and 変更. Idempotent: each application is found by its fixed
// submissionKey and only the steps it has not reached yet are run.
import { loadActor } from "@/lib/server/load-actor";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { nextApplicationNumber } from "@/lib/server/applications/next-application-number";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { estimateFee } from "@/lib/server/fees/application-fees";
import { feeDateToday } from "@/lib/server/fees/rate-table-in-force";
import { recordFeesReceived } from "@/lib/server/fees/record-fees-received";
import { isoOfYmd, todayInJapan } from "@/lib/domain/wareki";
import type { PrismaClient } from "./client";

export type DemoIssuedApplication = {
  submissionKey: string;
  company: string;
  branch: string;
  orderingBody: string;
  staffEmail: string;
  projectName: string;
  projectLocation: string;
  contractAmount: bigint;
  periodFrom: string;
  periodTo: string;
  advance?: { form: "ELECTRONIC" | "PAPER"; amount: bigint; depositBank: string };
  contract?: { form: "ELECTRONIC" | "PAPER"; amount: bigint };
  /** 増額 of the advance-payment guarantee after issue, so its history has two entries. */
  advanceIncrease?: bigint;
  /** 保証料計算書(紙) 希望する: staff then see a 計算書の郵送 task. */
  feeStatementWanted?: boolean;
  /** 保証期限変更 of the advance-payment guarantee after issue (YYYY-MM-DD): a term shorter than the 工期. */
  advanceTermChangeTo?: string;
};

const DAY = 86_400_000;
/** A date relative to the day the demo is first seeded, so 保証申込のお勧め has something to say on that day. */
const daysFromNow = (days: number) => new Date(Date.now() + 9 * 3_600_000 + days * DAY).toISOString().slice(0, 10);

const DEMO_ISSUED: DemoIssuedApplication[] = [
  {
    submissionKey: "demo-issued-nagano-river",
    company: "〇〇建設 株式会社",
    branch: "長野支店",
    orderingBody: "長野県△△建設事務所長",
    staffEmail: "staff.nagano@example.jp",
    projectName: "令和8年度 県単河川維持工事",
    projectLocation: "長野県 長野市 ○○地内",
    contractAmount: 50_000_000n,
    periodFrom: "2026-11-01",
    periodTo: "2027-03-19",
    advance: { form: "ELECTRONIC", amount: 20_000_000n, depositBank: "〇〇銀行　××支店" },
    contract: { form: "ELECTRONIC", amount: 5_000_000n },
  },
  {
    submissionKey: "demo-issued-saku-road",
    company: "〇〇建設 株式会社",
    branch: "長野支店",
    orderingBody: "佐久市",
    staffEmail: "staff.nagano@example.jp",
    projectName: "市道1-23号線 舗装補修工事",
    projectLocation: "長野県 佐久市 中込地内",
    contractAmount: 18_700_000n,
    periodFrom: "2026-10-15",
    periodTo: "2027-02-26",
    advance: { form: "ELECTRONIC", amount: 7_000_000n, depositBank: "〇〇銀行　佐久支店" },
    contract: { form: "PAPER", amount: 1_870_000n },
    advanceIncrease: 480_000n,
  },
  {
    submissionKey: "demo-issued-mishima-school",
    company: "△△工業 株式会社",
    branch: "静岡支店",
    orderingBody: "三島市",
    staffEmail: "staff.shizuoka@example.jp",
    projectName: "三島市立○○小学校 屋内運動場改修工事",
    projectLocation: "静岡県 三島市 北田町地内",
    contractAmount: 96_800_000n,
    periodFrom: "2026-11-10",
    periodTo: "2027-08-31",
    advance: { form: "ELECTRONIC", amount: 38_000_000n, depositBank: "△△信用金庫　三島支店" },
    feeStatementWanted: true,
  },
  // A two-year work whose advance-payment guarantee was set to this fiscal year's part: its 保証期限 ends
  // within 30 days while the 工期 continues (保証申込のお勧め: 期限変更).
  {
    submissionKey: "demo-issued-saku-bridge",
    company: "〇〇建設 株式会社",
    branch: "長野支店",
    orderingBody: "佐久市",
    staffEmail: "staff.nagano@example.jp",
    projectName: "佐久市 ○○橋 耐震補強工事",
    projectLocation: "長野県 佐久市 岩村田地内",
    contractAmount: 64_900_000n,
    periodFrom: daysFromNow(-150),
    periodTo: daysFromNow(200),
    advance: { form: "ELECTRONIC", amount: 25_000_000n, depositBank: "〇〇銀行　佐久支店" },
    advanceTermChangeTo: daysFromNow(21),
  },
];

export async function seedDemoIssuedGuarantees(prisma: PrismaClient): Promise<void> {
  for (const demo of DEMO_ISSUED) await seedIssuedApplication(prisma, demo);
}

/** One sent application taken to 発行 (and 増額) through the use cases; returns what was issued. Also used by tests. */
export async function seedIssuedApplication(prisma: PrismaClient, demo: DemoIssuedApplication) {
  const [company, branch, orderingBody, staff] = await Promise.all([
    prisma.contractorCompany.findFirstOrThrow({ where: { name: demo.company }, include: { users: { take: 1, orderBy: { createdAt: "asc" } } } }),
    prisma.branch.findUniqueOrThrow({ where: { name: demo.branch } }),
    prisma.orderingBody.findUniqueOrThrow({ where: { name: demo.orderingBody } }),
    prisma.user.findUniqueOrThrow({ where: { email: demo.staffEmail } }),
  ]);
  const actor = await loadActor("SURETY_STAFF", { id: staff.id });
  const application =
    (await prisma.application.findUnique({ where: { submissionKey: demo.submissionKey } })) ??
    (await prisma.application.create({
      data: {
        submissionKey: demo.submissionKey,
        applicationNumber: await nextApplicationNumber(prisma), // as a real 送信 would have given it
        companyId: company.id,
        createdById: company.users[0]!.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
        orderingBodyId: orderingBody.id,
        branchId: branch.id,
        projectName: demo.projectName,
        projectLocation: demo.projectLocation,
        contractAmount: demo.contractAmount,
        periodFrom: new Date(`${demo.periodFrom}T00:00:00Z`),
        periodTo: new Date(`${demo.periodTo}T00:00:00Z`),
        contractDate: new Date(`${demo.periodFrom}T00:00:00Z`),
        advanceRequested: Boolean(demo.advance),
        advanceForm: demo.advance?.form,
        advanceAmount: demo.advance?.amount,
        depositBank: demo.advance?.depositBank,
        redeposit: demo.advance ? false : undefined,
        advanceFeePaymentMethod: demo.advance ? "LUMP_SUM" : undefined,
        advanceFeeBillTo: demo.advance ? company.name : undefined,
        advanceFeeStatementWanted: demo.advance ? demo.feeStatementWanted === true : undefined,
        contractGuaranteeRequested: Boolean(demo.contract),
        contractForm: demo.contract?.form,
        contractGuaranteeAmount: demo.contract?.amount,
        contractFeePaymentMethod: demo.contract ? "LUMP_SUM" : undefined,
        contractFeeBillTo: demo.contract ? company.name : undefined,
        contractFeeStatementWanted: demo.contract ? false : undefined,
        // Everything a sent application holds: 発行 checks the stored row against the submit rules.
        orderType: "GENERAL_COMPETITIVE",
        awardDate: new Date(`${demo.periodFrom}T00:00:00Z`),
        receiveMethod: "MAIL",
        shipToName: company.name,
        shipToPostalCode: company.postalCode,
        shipToAddress: company.address,
        // Seeding sends no e-mail: the demo mailbox should only show what a visitor did.
        completionMailWanted: false,
        notificationEmail: company.email,
        contactDepartment: company.contactDepartment,
        contactName: company.contactName,
        contactPhone: company.contactPhone,
      },
    }));

  if (application.status === "SUBMITTED") await acceptApplication({ applicationId: application.id, actor });
  // A company without 一括納付 pays each fee before 発行: staff record the 振込 (入金確認).
  if (!company.lumpSumBilling && application.status !== "ISSUED") await recordFeesReceived({ actor, applicationId: application.id });
  const { guarantees } = await issueGuarantees({ applicationId: application.id, actor });
  const advance = guarantees.find((g) => g.kind === "ADVANCE");
  if (demo.advanceIncrease && advance && (await prisma.certificateVersion.count({ where: { guaranteeId: advance.id } })) === 1) {
    await amendGuarantee({ guaranteeId: advance.id, actor, input: { changeType: "INCREASE", amount: String(demo.advanceIncrease), reason: "設計変更による請負金額の増額に伴う増額" } });
  }
  if (demo.advanceTermChangeTo && advance && (await prisma.certificateVersion.count({ where: { guaranteeId: advance.id } })) === 1) {
    await amendGuarantee({ guaranteeId: advance.id, actor, input: { changeType: "TERM_CHANGE", termTo: demo.advanceTermChangeTo, reason: "今年度の出来高予定に合わせた保証期限の変更" } });
  }
  return { applicationId: application.id, guarantees, staff: actor };
}
