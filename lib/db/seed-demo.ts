// Demo data, seeded idempotently: running it again changes nothing. Only used in
// demo mode (no DATABASE_URL, or DEMO=1); production databases never get these accounts.
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient, Role } from "./client";
import { seedDemoApplication } from "./seed-demo-application";
import { seedDemoUsage } from "./seed-demo-usage";
import { seedDemoIssuedGuarantees } from "./seed-demo-guarantees";
import { seedDemoFeeRateTables } from "./seed-demo-fees";
import { seedDemoBond } from "./seed-demo-bond";
import { seedQaEntries } from "./seed-qa";
import { seedDemoPayouts } from "./seed-demo-payouts";
import { depositBankKey } from "@/lib/domain/deposit-bank";

export const DEMO_PASSWORD = "netdesk-demo-2026";

/** The demo 支店 (exported for the tests that check the seed against the schemas). */
export const BRANCHES = [
  { name: "長野支店", officeCode: "37071", postalCode: "380-0836", address: "長野県長野市南県町 1000-1", phone: "026-000-0001", email: "nagano@surety.example.jp" },
  { name: "静岡支店", officeCode: "37221", postalCode: "420-0853", address: "静岡県静岡市葵区追手町 2000-2", phone: "054-000-0002", email: "shizuoka@surety.example.jp" },
];

const MISHIMA_SUBJECT = "契約保証（又は前払金保証）にかかる認証キー【案件名】の提出について";

const ORDERING_BODIES = [
  { name: "佐久市", prefecture: "長野県", eGuaranteeEnabled: true, keySubmissionEmail: "keiyaku@saku.example.jp", keySubmissionDomains: ["saku.example.jp"], keyEmailSubjectTemplate: null },
  { name: "三島市", prefecture: "静岡県", eGuaranteeEnabled: true, keySubmissionEmail: "keiyaku@mishima.example.jp", keySubmissionDomains: ["mishima.example.jp"], keyEmailSubjectTemplate: MISHIMA_SUBJECT },
  { name: "長野県△△建設事務所長", prefecture: "長野県", eGuaranteeEnabled: true, keySubmissionEmail: "kensetsu@pref-nagano.example.jp", keySubmissionDomains: ["pref-nagano.example.jp"], keyEmailSubjectTemplate: null },
  { name: "〇〇村", prefecture: "長野県", eGuaranteeEnabled: false, keySubmissionEmail: null, keySubmissionDomains: [], keyEmailSubjectTemplate: null },
];

/** The demo お客様 (exported likewise). */
export const COMPANIES = [
  { name: "〇〇建設 株式会社", representativeName: "代表取締役 山田 一郎", postalCode: "380-8537", address: "長野県 長野市 南石堂町 1230-6", phone: "026-000-1111", email: "soumu@marumaru-kensetsu.example.jp", contactDepartment: "総務部", contactTitle: "課長", contactName: "佐藤 花子", contactPhone: "026-000-1112", lumpSumBilling: true },
  { name: "△△工業 株式会社", representativeName: "代表取締役 鈴木 次郎", postalCode: "411-0000", address: "静岡県 三島市 北田町 4-47", phone: "055-000-2222", email: "info@sankaku-kogyo.example.jp", contactDepartment: "工事部", contactTitle: "主任", contactName: "高橋 三郎", contactPhone: "055-000-2223" },
];

/**
 * The demo 預託金融機関 (bank master) and the 預託金融機関 texts they answer to. 「〇〇銀行　佐久支店」, written on
 * a demo application, is left unmapped so 本店の管理者 see one to map.
 */
export const BANK_BRANCHES = [
  { bank: "〇〇銀行", branch: "××支店", text: "〇〇銀行　××支店" },
  { bank: "△△信用金庫", branch: "三島支店", text: "△△信用金庫　三島支店" },
];

type DemoUser = { email: string; name: string; role: Role; company?: string; branch?: string; orderingBody?: string; bankBranch?: { bank: string; branch: string } };

export const DEMO_USERS: DemoUser[] = [
  { email: "contractor@example.jp", name: "佐藤 花子", role: "CONTRACTOR", company: "〇〇建設 株式会社" },
  { email: "contractor2@example.jp", name: "高橋 三郎", role: "CONTRACTOR", company: "△△工業 株式会社" },
  { email: "staff.nagano@example.jp", name: "長野 太郎", role: "SURETY_STAFF", branch: "長野支店" },
  { email: "staff.shizuoka@example.jp", name: "静岡 次郎", role: "SURETY_STAFF", branch: "静岡支店" },
  { email: "verifier@saku.example.jp", name: "佐久 確認担当", role: "ORDERING_BODY", orderingBody: "佐久市" },
  // 本店の管理者: belongs to no branch (docs/DOMAIN.md).
  { email: "admin@example.jp", name: "管理 一郎", role: "ADMINISTRATOR" },
  // A user of another ordering body, for the security matrix: sees none of 佐久市's guarantees.
  { email: "verifier@mishima.example.jp", name: "三島 確認担当", role: "ORDERING_BODY", orderingBody: "三島市" },
  // 預託金融機関: sees the guarantees deposited with 〇〇銀行 ××支店, their 明細書 and 払出依頼.
  { email: "bank@example.jp", name: "預金 一子", role: "BANK_USER", bankBranch: { bank: "〇〇銀行", branch: "××支店" } },
  // Another bank's branch, for the tests: sees none of ××支店's requests.
  { email: "bank.mishima@example.jp", name: "信金 二郎", role: "BANK_USER", bankBranch: { bank: "△△信用金庫", branch: "三島支店" } },
];

/** Where a demo account works, as the start-up banner lists it (〇〇建設 株式会社, 長野支店, 〇〇銀行 ××支店 …). */
export function demoUserDesk(user: DemoUser, headOffice: string): string {
  if (user.bankBranch) return `${user.bankBranch.bank} ${user.bankBranch.branch}`;
  return user.company ?? user.branch ?? user.orderingBody ?? `${headOffice}（管理者）`;
}

/** Branches, ordering bodies, companies and the demo accounts: what every test database starts from. */
export async function seedDemoAccounts(prisma: PrismaClient): Promise<void> {
  for (const branch of BRANCHES) {
    await prisma.branch.upsert({ where: { name: branch.name }, create: branch, update: {} });
  }
  for (const body of ORDERING_BODIES) {
    await prisma.orderingBody.upsert({ where: { name: body.name }, create: body, update: {} });
  }
  for (const b of BANK_BRANCHES) {
    const bank = await prisma.bank.upsert({ where: { name: b.bank }, create: { name: b.bank }, update: {} });
    const branch = await prisma.bankBranch.upsert({ where: { bankId_name: { bankId: bank.id, name: b.branch } }, create: { bankId: bank.id, name: b.branch }, update: {} });
    await prisma.depositBankAlias.upsert({ where: { key: depositBankKey(b.text) }, create: { key: depositBankKey(b.text), text: b.text, bankBranchId: branch.id }, update: {} });
  }
  for (const company of COMPANIES) {
    const existing = await prisma.contractorCompany.findFirst({ where: { name: company.name } });
    if (!existing) await prisma.contractorCompany.create({ data: company });
  }
  // One hash for every demo account (they share the one published demo password): bcrypt at cost 12
  // once instead of nine times on every fresh start.
  let demoPasswordHash: Promise<string> | undefined;
  for (const user of DEMO_USERS) {
    if (await prisma.user.findUnique({ where: { email: user.email } })) continue;
    const [company, branch, orderingBody, bankBranch] = await Promise.all([
      user.company ? prisma.contractorCompany.findFirstOrThrow({ where: { name: user.company } }) : null,
      user.branch ? prisma.branch.findUniqueOrThrow({ where: { name: user.branch } }) : null,
      user.orderingBody ? prisma.orderingBody.findUniqueOrThrow({ where: { name: user.orderingBody } }) : null,
      user.bankBranch ? prisma.bankBranch.findFirstOrThrow({ where: { name: user.bankBranch.branch, bank: { name: user.bankBranch.bank } } }) : null,
    ]);
    await prisma.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: await (demoPasswordHash ??= hashPassword(DEMO_PASSWORD)),
        companyId: company?.id,
        branchId: branch?.id,
        orderingBodyId: orderingBody?.id,
        bankBranchId: bankBranch?.id,
      },
    });
  }
  // 保証料: the demo rate tables (〇〇建設 pays by 一括納付, arranged above; △△工業 pays each fee before 発行).
  await seedDemoFeeRateTables(prisma);
}

/**
 * The whole demo: the accounts, the flyer's application waiting for 受付 at 長野支店, and issued
 * e-guarantees so a newcomer's 保証契約一覧 is not empty.
 */
export async function seedDemo(prisma: PrismaClient): Promise<void> {
  await seedDemoAccounts(prisma);
  await seedDemoApplication(prisma);
  await seedDemoIssuedGuarantees(prisma);
  await seedDemoBond(prisma);
  await seedDemoUsage(prisma);
  await seedQaEntries(prisma);
  await seedDemoPayouts(prisma);
}
