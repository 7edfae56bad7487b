// Seed factories for the e2e specs: each spec creates the company, application or guarantee it needs,
// in the e2e portal's own PostgreSQL, through the same use cases (lib/server/**) the portal's pages and
// actions call, so every row is one the portal could have written (numbers, sealed keys, signatures,
// audit entries, outbox mails). Names are unique per call, so specs running side by side never see each
// other's rows, and every account has its own password, set through its invitation link.
//
// This is the ONLY e2e file that calls a use case or reads the database for a spec: when use-case
// signatures change, adapt them here (see "Actors" below).
//
// How it reaches the database: the portal (playwright.config.ts → scripts/start.ts, demo mode) runs its
// embedded PostgreSQL under DATA_DIR = .data/e2e-<port>; the running postmaster's port (postmaster.pid),
// the password (postgres-password) and the demo secrets (secrets.json) are read from there
// (demoDataDirConnection), and put in this worker process's environment before the first use case
// reads lib/config.ts. APP_URL is the portal's, so links in queued mails point at it; the portal's own
// mail worker delivers those mails to /dev/mailbox.
import { loadActor } from "@/lib/server/load-actor";
import { randomBytes, randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import type { GuaranteeKind } from "@/lib/db/client";
import { DEMO_USERS } from "@/lib/db/seed-demo";
import { registerContractor } from "@/lib/server/accounts/register-contractor";
import { inviteStaffUser } from "@/lib/server/accounts/invite-staff-user";
import { setPasswordWithToken } from "@/lib/server/accounts/set-password-with-token";
import { acceptApplication } from "@/lib/server/applications/accept-application";
import { saveApplicationDraft } from "@/lib/server/applications/save-application-draft";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { submitReservation } from "@/lib/server/bond/submit-reservation";
import { amendGuarantee } from "@/lib/server/guarantees/amend-guarantee";
import { getContractorEGuarantee } from "@/lib/server/guarantees/get-contractor-e-guarantee";
import { issueGuarantees } from "@/lib/server/guarantees/issue-guarantees";
import { recordFeesReceived } from "@/lib/server/fees/record-fees-received";
import { listBranches } from "@/lib/server/master-data/list-branches";
import { saveBranch } from "@/lib/server/master-data/save-branch";
import { listOrderingBodies } from "@/lib/server/master-data/list-ordering-bodies";
import { listQaEntries } from "@/lib/server/qa/list-qa-entries";
import { saveQaEntry } from "@/lib/server/qa/save-qa-entry";
import { confirmReceipt } from "@/lib/server/ordering-body/confirm-receipt";
import { verifyGuarantee } from "@/lib/server/verification/verify-guarantee";
import { uploadDocument } from "@/lib/server/documents/upload-document";
import { saveAdvanceInvoice } from "@/lib/server/invoices/save-advance-invoice";
import { approveUsagePlan } from "@/lib/server/usage-plans/approve-usage-plan";
import { saveUsagePlanDraft } from "@/lib/server/usage-plans/save-usage-plan-draft";
import { submitUsagePlan } from "@/lib/server/usage-plans/submit-usage-plan";
import { submitPayoutRequest } from "@/lib/server/payouts/submit-payout-request";
import { tokenFromLatestMail } from "../../support/accounts";
import { flyerApplication } from "../../support/flyer-application";
import { demoDataDirConnection } from "../../support/portal-process";
import { E2E_BASE_URL, E2E_DATA_DIR } from "./e2e-env";

// ---------------------------------------------------------------------------------------------
// Connection

let connected = false;

/** Points this worker process at the e2e portal's database and secrets (once). */
function connect(): void {
  if (connected) return;
  const { databaseUrl, secrets } = demoDataDirConnection(E2E_DATA_DIR);
  for (const [name, value] of Object.entries(secrets)) process.env[name] = value;
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATABASE_POOL_SIZE ??= "3";
  process.env.APP_URL = E2E_BASE_URL;
  process.env.DATA_DIR = E2E_DATA_DIR;
  process.env.DEMO = "1";
  connected = true;
}

// ---------------------------------------------------------------------------------------------
// What the factories hand to specs

/** Every account a factory creates signs in with its own e-mail and this password. */
export const FACTORY_PASSWORD = "e2e-factory-信濃-2026";

export type Account = { userId: string; name: string; email: string; password: string };
export type BranchName = "長野支店" | "静岡支店";
/** A branch of a spec's own (createBranch). It has no demo staff member: pass its StaffUser wherever staff act. */
export type OwnBranch = { id: string; name: string };
export type OrderingBodyName = "佐久市" | "三島市" | "長野県△△建設事務所長";
export type Company = { companyId: string; companyName: string; email: string; user: Account };
export type StaffUser = Account & { branchId: string; branchName: string };
export type Application = {
  id: string;
  applicationNumber: string;
  projectName: string;
  branchName: string;
  notificationEmail: string;
  company: Company;
};
export type IssuedGuarantee = { id: string; kind: GuaranteeKind; contractNumber: string; authKey: string | null };
export type ElectronicGuarantee = IssuedGuarantee & { authKey: string };
export type Issued = { application: Application; guarantees: IssuedGuarantee[]; advance: ElectronicGuarantee };

/** A short tag, unique per call (and per run), for names and addresses. */
export function uniqueTag(): string {
  return `${Date.now().toString(36).slice(-5)}${randomBytes(3).toString("hex")}`;
}

/** `base` made unique, as a 工事名 no other spec has: 「base e2e-tag」 (ASCII, so a search finds it as typed). */
export function uniqueProjectName(base: string): string {
  return `${base} e2e-${uniqueTag()}`;
}

// ---------------------------------------------------------------------------------------------
// Actors: the one place that builds the "who is acting" argument of a use case. Each object carries
// today's fields (id/companyId/branchId) and the actor union's ({role, userId, name, companyName |
// branchName}), so it fits both while signatures move from one to the other.

type StaffRef = { userId: string; name: string; branchId: string; branchName: string };
type ContractorRef = { userId: string; name: string; companyId: string; companyName: string };

/** The Actor the portal's guards would build for this user, read from the database. */
const staffActor = (staff: StaffRef) => loadActor("SURETY_STAFF", { id: staff.userId });
const contractorActor = (contractor: ContractorRef) => loadActor("CONTRACTOR", { id: contractor.userId });
/** The demo 本店 administrator (seeded by `npm start`): who keeps the master data and staff accounts. */
const demoAdministrator = () => {
  connect();
  return loadActor("ADMINISTRATOR", { email: "admin@example.jp" });
};

const companyActor = (company: Company) =>
  contractorActor({ userId: company.user.userId, name: company.user.name, companyId: company.companyId, companyName: company.companyName });

/** The demo staff member of a branch (seeded by `npm start`): who registers companies and issues for the factories. */
async function demoStaff(branchName: string): Promise<StaffRef> {
  connect();
  const demo = DEMO_USERS.find((u) => u.role === "SURETY_STAFF" && u.branch === branchName);
  if (!demo) throw new Error(`${branchName} has no demo staff member: pass a StaffUser of the branch (createStaffUser)`);
  const { email } = demo;
  const user = await getPrisma().user.findUniqueOrThrow({ where: { email }, include: { branch: true } });
  return { userId: user.id, name: user.name, branchId: user.branchId!, branchName: user.branch!.name };
}

// ---------------------------------------------------------------------------------------------
// Master data of the demo (read through the staff's own list use cases)

export async function branchNamed(name: BranchName): Promise<{ id: string; name: string }> {
  const branches = await listBranches({ actor: await demoAdministrator() });
  const branch = branches.find((b) => b.name === name);
  if (!branch) throw new Error(`no branch ${name}`);
  return { id: branch.id, name: branch.name };
}

export async function orderingBodyNamed(name: OrderingBodyName): Promise<{ id: string; name: string }> {
  const bodies = await listOrderingBodies({ actor: await demoAdministrator() });
  const body = bodies.find((b) => b.name === name);
  if (!body) throw new Error(`no ordering body ${name}`);
  return { id: body.id, name: body.name };
}

/**
 * 支店マスタ: a new active branch (unique name), registered by the demo administrator, for a spec whose
 * assertions cover a whole branch (its 保証契約番号 serials from 0). Its 事務所コード is an unused one from
 * 90000, so it sorts after the demo branches wherever branches are listed by code (the 申込送信先 list).
 */
export async function createBranch(): Promise<OwnBranch> {
  const actor = await demoAdministrator();
  const taken = new Set((await listBranches({ actor })).map((b) => b.officeCode));
  let officeCode = "";
  do officeCode = String(90_000 + (randomBytes(2).readUInt16BE() % 10_000));
  while (taken.has(officeCode));
  const name = `e2e支店 ${uniqueTag()}`;
  const input = { name, officeCode, postalCode: "380-0836", address: "長野県長野市南県町 1000-2", phone: "026-000-0009", email: `branch-${uniqueTag()}@e2e-surety.example.jp`, openingHours: "", active: "on" };
  return { id: await saveBranch({ actor, input }), name };
}

/** The id of the seeded Q&A entry with this question (read through the administrators' list). */
export async function qaEntryId(question: string): Promise<string> {
  const entry = (await listQaEntries({ actor: await demoAdministrator() })).find((e) => e.question === question);
  if (!entry) throw new Error(`no Q&A entry ${question}`);
  return entry.id;
}

/** A published Q&A entry of its own (unique question), saved as the demo administrator would. */
export async function createQaEntry(input: { question: string; answer: string; keywords?: string; category?: string; screen?: string }): Promise<string> {
  return saveQaEntry({
    actor: await demoAdministrator(),
    input: { category: input.category ?? "e2e", question: input.question, answer: input.answer, keywords: input.keywords ?? "", screen: input.screen ?? "", sortOrder: "9000", published: "on" },
  });
}

// ---------------------------------------------------------------------------------------------
// Accounts

/** The invited user follows the link of their invitation and sets FACTORY_PASSWORD. */
async function acceptInvitation(email: string): Promise<void> {
  const token = await tokenFromLatestMail(email, "INVITATION");
  await setPasswordWithToken({ token, purpose: "INVITATION", input: { password: FACTORY_PASSWORD, passwordConfirm: FACTORY_PASSWORD } });
}

/**
 * 請負者の登録 by 長野支店 staff: a new company (unique name) with its first user, who then sets a
 * password through the invitation link. The profile is a complete one (送付先 and 連絡先 prefill the form).
 */
export async function createContractorCompany(options: { name?: string } = {}): Promise<Company> {
  connect();
  const tag = uniqueTag();
  const companyName = options.name ?? `e2e建設 ${tag} 株式会社`;
  const email = `office-${tag}@e2e-company.example.jp`;
  const user = { name: `試験 花子 ${tag}`, email: `user-${tag}@e2e-company.example.jp` };
  const { companyId, userId } = await registerContractor({
    actor: await staffActor(await demoStaff("長野支店")),
    input: {
      name: companyName,
      representativeName: "代表取締役 試験 一郎",
      postalCode: "380-8537",
      address: "長野県 長野市 南石堂町 1230-6",
      phone: "026-000-1111",
      email,
      contactDepartment: "総務部",
      contactTitle: "課長",
      contactName: user.name,
      contactPhone: "026-000-1112",
      userName: user.name,
      userEmail: user.email,
    },
  });
  await acceptInvitation(user.email);
  return { companyId, companyName, email, user: { userId, ...user, password: FACTORY_PASSWORD } };
}

/** A new staff member of `branch` (invited by the demo administrator), with a password set through the invitation. */
export async function createStaffUser(branch: BranchName | OwnBranch = "長野支店"): Promise<StaffUser> {
  const tag = uniqueTag();
  const { branchId, branchName } = typeof branch === "string" ? await demoStaff(branch) : { branchId: branch.id, branchName: branch.name };
  const account = { name: `試験 職員 ${tag}`, email: `staff-${tag}@e2e-surety.example.jp` };
  const userId = await inviteStaffUser({ actor: await demoAdministrator(), branchId, input: account });
  await acceptInvitation(account.email);
  return { userId, ...account, password: FACTORY_PASSWORD, branchId, branchName };
}

/** The demo 発注者 user of 佐久市 (ordering-body accounts are seeded only; no use case creates them). */
export const SAKU_VERIFIER_EMAIL = "verifier@saku.example.jp";

// ---------------------------------------------------------------------------------------------
// Applications and guarantees

export type ApplicationOptions = {
  company: Company;
  /** 工事名; the flyer's 「令和4年度 県単河川維持工事」 when not given. */
  projectName?: string;
  orderingBody?: OrderingBodyName;
  branch?: BranchName | OwnBranch;
  /** 前払金保証金額 as typed; the flyer's 20,000,000 (exactly 4/10, so no 増額 fits) when not given. */
  advanceAmount?: string;
  /** Where the 発行完了 mail goes; the company's address when not given. */
  notificationEmail?: string;
  /** false: 前払金保証 only, no 契約保証. */
  contractGuarantee?: boolean;
};

/**
 * 送信する by the company's user: the flyer's application (請負金額 50,000,000円; 前払金保証 20,000,000円 and
 * 契約保証 5,000,000円, both 電子保証; 〇〇銀行 ××支店; 発行完了のお知らせ 希望する), sent to `branch`
 * (長野支店) for `orderingBody` (長野県△△建設事務所長).
 */
/** The flyer's application as the company's user types it (see createSubmittedApplication). */
async function flyerInputFor(options: ApplicationOptions) {
  const { company } = options;
  const wanted = options.branch ?? "長野支店";
  const [branch, orderingBody] = await Promise.all([typeof wanted === "string" ? branchNamed(wanted) : wanted, orderingBodyNamed(options.orderingBody ?? "長野県△△建設事務所長")]);
  const branchName = branch.name;
  const flyer = flyerApplication({ orderingBodyId: orderingBody.id, branchId: branch.id });
  const notificationEmail = options.notificationEmail ?? company.email;
  const input = {
    ...flyer,
    projectName: options.projectName ?? flyer.projectName,
    advanceAmount: options.advanceAmount ?? flyer.advanceAmount,
    advanceFeeBillTo: company.companyName,
    contractFeeBillTo: company.companyName,
    notificationEmail,
    shipToName: company.companyName,
    ...(options.contractGuarantee === false
      ? { contractGuaranteeRequested: false, contractForm: "", contractGuaranteeAmount: "", contractFeePaymentMethod: "", contractFeeBillTo: "", contractFeeStatementWanted: "" }
      : {}),
  };
  return { input, branchName, notificationEmail };
}

export async function createSubmittedApplication(options: ApplicationOptions): Promise<Application> {
  connect();
  const { company } = options;
  const { input, branchName, notificationEmail } = await flyerInputFor(options);
  const result = await submitApplication({ actor: await companyActor(company), input, submissionKey: randomUUID() });
  if (!result.applicationNumber) throw new Error(`the factory's application got no number: ${JSON.stringify(result)}`);
  return { id: result.applicationId, applicationNumber: result.applicationNumber, projectName: input.projectName, branchName, notificationEmail, company };
}

/** 一時保存 by the company's user: the whole flyer application, ready for 申込確認へ and 送信する. */
export async function createDraftApplication(options: ApplicationOptions): Promise<{ id: string; projectName: string; company: Company }> {
  connect();
  const { input } = await flyerInputFor(options);
  const saved = await saveApplicationDraft({ actor: await companyActor(options.company), input });
  return { id: saved.applicationId, projectName: input.projectName, company: options.company };
}

const staffOf = (application: Application, staff?: StaffUser): Promise<StaffRef> | StaffRef =>
  staff ? { userId: staff.userId, name: staff.name, branchId: staff.branchId, branchName: staff.branchName } : demoStaff(application.branchName);

/** 受付 by the branch's staff (the branch's demo staff unless given). */
export async function acceptSubmittedApplication(application: Application, staff?: StaffUser): Promise<Application> {
  connect();
  await acceptApplication({ applicationId: application.id, actor: await staffActor(await staffOf(application, staff)) });
  return application;
}

/** A sent application already taken in by 受付 at its branch (by `staff`, else the branch's demo staff). */
export async function createAcceptedApplication(options: ApplicationOptions, staff?: StaffUser): Promise<Application> {
  return acceptSubmittedApplication(await createSubmittedApplication(options), staff);
}

/**
 * 受付 (when still 送信済) and 発行 by the branch's staff: real 保証契約番号, sealed 認証キー, signed
 * version 1, the 発行完了 mail queued. Each e-guarantee comes with its key as the contractor's
 * 電子保証概要 reads it back.
 */
export async function issueGuaranteeFor(application: Application, staff?: StaffUser): Promise<Issued> {
  connect();
  const actor = await staffActor(await staffOf(application, staff));
  const prisma = getPrisma();
  const { status } = await prisma.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true } });
  if (status === "SUBMITTED") await acceptApplication({ applicationId: application.id, actor });
  await payFees(application.id, actor);
  const { guarantees } = await issueGuarantees({ applicationId: application.id, actor });
  const issued: IssuedGuarantee[] = [];
  for (const g of guarantees) {
    const authKey =
      g.form === "ELECTRONIC" ? (await getContractorEGuarantee({ actor: { companyId: application.company.companyId }, guaranteeId: g.id })).authKey : null;
    issued.push({ id: g.id, kind: g.kind, contractNumber: g.contractNumber, authKey });
  }
  const advance = issued.find((g) => g.kind === "ADVANCE");
  if (!advance?.authKey) throw new Error("the factory's application issued no 前払金保証 e-guarantee");
  return { application, guarantees: issued, advance: advance as ElectronicGuarantee };
}

/** 入金確認 by the branch's staff of every fee 発行 does not find settled (a factory company has no 一括納付), by 振込 today. */
async function payFees(applicationId: string, actor: Awaited<ReturnType<typeof staffActor>>): Promise<void> {
  await recordFeesReceived({ actor, applicationId });
}

/** 入金確認 of the application's fees by its branch's staff (what 発行 needs for a company without 一括納付). */
export async function payFeesFor(application: Application, staff?: StaffUser): Promise<void> {
  connect();
  await payFees(application.id, await staffActor(await staffOf(application, staff)));
}

/** Sent, taken in and issued: the flyer's application for `company` (see createSubmittedApplication). */
export async function createIssuedGuarantees(options: ApplicationOptions): Promise<Issued> {
  return issueGuaranteeFor(await createSubmittedApplication(options));
}

/** 変更（増額） by the issuing branch's demo staff: a new signed version, the key unchanged. */
export async function increaseGuarantee(issued: Issued, guarantee: IssuedGuarantee, amountYen: number): Promise<void> {
  connect();
  await amendGuarantee({
    guaranteeId: guarantee.id,
    actor: await staffActor(await demoStaff(issued.application.branchName)),
    input: { changeType: "INCREASE", amount: String(amountYen), reason: "設計変更による請負金額の増額に伴う増額" },
  });
}

/** A TEST-NET-2 address (never 127.0.0.1): the factory's attempts never count against the browsers' address. */
const factoryAddress = () => `198.51.100.${1 + (randomBytes(1)[0]! % 254)}`;

/** A signed-in user of the ordering body verifies the e-guarantee with its key (as on /verify). */
export async function verifyAsOrderingBody(guarantee: ElectronicGuarantee, email = SAKU_VERIFIER_EMAIL): Promise<void> {
  connect();
  const user = await getPrisma().user.findUniqueOrThrow({ where: { email } });
  // Throws (NOT_FOUND, RATE_LIMITED) unless the certificate is answered.
  await verifyGuarantee({
    input: { contractNumber: guarantee.contractNumber, authKey: guarantee.authKey },
    ipAddress: factoryAddress(),
    orderingBodyUserId: user.id,
  });
}

/** 受領確認 by a user of the ordering body, who has verified the guarantee first (the use case requires it). */
export async function confirmReceiptAsOrderingBody(guarantee: ElectronicGuarantee, email = SAKU_VERIFIER_EMAIL): Promise<void> {
  await verifyAsOrderingBody(guarantee, email);
  await confirmReceipt({ guaranteeId: guarantee.id, actor: await loadActor("ORDERING_BODY", { email }) });
}

/** The 保証料計算書 (No. 01) of an issued guarantee and the rate table it was computed with. */
export async function feeRecordsOf(guaranteeId: string): Promise<{ feeStatement: string; feeRateTable: string }> {
  connect();
  const statement = await getPrisma().feeStatement.findFirstOrThrow({ where: { guaranteeId, kind: "FEE" }, orderBy: { statementNumber: "asc" } });
  return { feeStatement: statement.id, feeRateTable: statement.feeRateTableId };
}

/** The kind's first published rate table (the demo's, from 令和元年5月1日). */
export async function publishedRateTable(kind: "ADVANCE" | "INTERMEDIATE" | "CONTRACT" | "BID_BOND_RESERVATION" = "ADVANCE"): Promise<{ id: string }> {
  connect();
  return getPrisma().feeRateTable.findFirstOrThrow({ where: { kind, status: "PUBLISHED" }, orderBy: { effectiveFrom: "asc" }, select: { id: true } });
}

// ---------------------------------------------------------------------------------------------
// 契約保証予約（入札ボンド）

export type IssuedReservation = { applicationId: string; id: string; contractNumber: string; authKey: string; company: Company; projectName: string };

/**
 * 送信 by the company's user of a 契約保証予約 for 佐久市 (入札 in `bidInDays` days, 入札予定金額 50,000,000円,
 * 契約保証金額 2,500,000円 = 佐久市's 5/100), then 受付 and 発行 by 長野支店's demo staff.
 */
export async function createIssuedReservation(options: { company: Company; projectName?: string; bidInDays?: number }): Promise<IssuedReservation> {
  connect();
  const [branch, saku] = await Promise.all([branchNamed("長野支店"), orderingBodyNamed("佐久市")]);
  const bid = new Date(Date.now() + (options.bidInDays ?? 20) * 86_400_000 + 9 * 3_600_000);
  const projectName = options.projectName ?? uniqueProjectName("令和8年度 市道改良工事");
  const sent = await submitReservation({
    actor: await companyActor(options.company),
    submissionKey: randomUUID(),
    input: {
      orderingBodyId: saku.id, projectName, projectLocation: "長野県 佐久市 ○○地内", bidNoticeNumber: "佐久市建設工事公告第200号",
      bidDate: bid.toISOString().slice(0, 10), bidAmount: "50,000,000", reservedAmount: "2,500,000", branchId: branch.id,
      notificationEmail: options.company.email, contactDepartment: "総務部", contactTitle: "", contactName: options.company.user.name,
      contactPhone: "026-000-1112", customerMessage: "",
    },
  });
  const actor = await staffActor(await demoStaff("長野支店"));
  await acceptApplication({ applicationId: sent.applicationId, actor });
  await payFees(sent.applicationId, actor);
  const { guarantees } = await issueGuarantees({ applicationId: sent.applicationId, actor });
  const reservation = guarantees[0]!;
  const { authKey } = await getContractorEGuarantee({ actor: { companyId: options.company.companyId }, guaranteeId: reservation.id });
  return { applicationId: sent.applicationId, id: reservation.id, contractNumber: reservation.contractNumber, authKey, company: options.company, projectName };
}

// ---------------------------------------------------------------------------------------------
// After the guarantee: 前払金使途内訳明細書, 書類送信, 前払金請求書

/**
 * The company's 明細書 for its 前払金保証 (the flyer's 20,000,000円: 材料費 12,000,000 to 株式会社 信濃生コン and
 * 労務費 8,000,000 with its 支払先 未定 unless `laborPayee` settles it), sent, and approved by the branch's demo staff
 * unless `approve: false`.
 */
export async function fileUsagePlan(issued: Issued, options: { approve?: boolean; laborPayee?: string } = {}): Promise<{ planId: string; versionId: string }> {
  connect();
  const actor = await companyActor(issued.application.company);
  const saved = await saveUsagePlanDraft({
    actor,
    guaranteeId: issued.advance.id,
    basis: { versionId: "", revision: 0, basedOn: "" },
    input: {
      workType: "CONSTRUCTION",
      lines: [
        { category: "MATERIAL", detail: "生コンクリート", quantity: "一式", totalAmount: "30,000,000", advanceAmount: "12,000,000", payoutMethod: "TRANSFER", scheduledMonth: "2026-12", payeeKind: "MATERIAL", payee: "株式会社 信濃生コン" },
        { category: "LABOR", detail: "", quantity: "一式", totalAmount: "10,000,000", advanceAmount: "8,000,000", payoutMethod: "TRANSFER", scheduledMonth: "2027-01", payeeKind: "SUBCONTRACTOR", payee: options.laborPayee ?? "" },
      ],
    },
  });
  await submitUsagePlan({ actor, planId: saved.planId, basis: saved });
  if (options.approve !== false) await approveUsagePlan({ actor: await staffActor(await demoStaff(issued.application.branchName)), planId: saved.planId, versionId: saved.versionId });
  return { planId: saved.planId, versionId: saved.versionId };
}

/** 書類送信 by the company's user: a small PDF attached to the guarantee; answers the document's id. */
export async function uploadGuaranteeDocument(company: Company, guaranteeId: string, name = "下請契約書.pdf"): Promise<string> {
  connect();
  const bytes = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  const { id } = await uploadDocument({ actor: await companyActor(company), input: { target: `guarantee:${guaranteeId}`, kind: "SUBCONTRACT" }, file: { name, bytes } });
  return id;
}

/** 前払金請求書: 請求日 and the 前払金専用口座 saved for the guarantee. */
export async function saveInvoiceFor(company: Company, guaranteeId: string): Promise<void> {
  connect();
  await saveAdvanceInvoice({ actor: await companyActor(company), guaranteeId, input: { invoiceDate: "20261116", accountType: "普通", accountNumber: "7654321", accountHolder: "イーツーイーケンセツ（カ" } });
}

// ---------------------------------------------------------------------------------------------
// 預託金払出依頼書 (issue 18)

/** The demo user of 〇〇銀行 ××支店, the 預託金融機関 of every flyer-like guarantee. */
export const BANK_USER_EMAIL = "bank@example.jp";

/** The items of a plan's approved 明細書, in its order (No. 1, 2, …). */
export async function approvedItems(planId: string): Promise<{ itemId: string; itemNo: number; payee: string | null }[]> {
  connect();
  const plan = await getPrisma().usagePlan.findUniqueOrThrow({ where: { id: planId } });
  const lines = await getPrisma().usagePlanLine.findMany({ where: { versionId: plan.approvedVersionId! }, orderBy: { position: "asc" }, include: { item: true } });
  return lines.map((l) => ({ itemId: l.itemId!, itemNo: l.item!.itemNo, payee: l.payee }));
}

/** A 預託金払出依頼書 of the company drawing `amount` on the plan's first (settled) line; answers its id. */
export async function requestPayout(company: Company, planId: string, amount = "1,000,000"): Promise<string> {
  connect();
  const [first] = await approvedItems(planId);
  const { requestId } = await submitPayoutRequest({
    actor: await companyActor(company),
    planId,
    input: { lines: [{ itemId: first!.itemId, amount, bankName: "〇〇銀行", bankBranchName: "××支店", accountType: "普通", accountNumber: "1234567", accountHolderKana: "カ）シナノナマコン" }] },
  });
  return requestId;
}

/** 書類送信 of an evidence document attached to a 明細書 line (what the bank may open); answers its id. */
export async function uploadItemDocument(company: Company, itemId: string, name = "注文請書.pdf"): Promise<string> {
  connect();
  const bytes = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  const { id } = await uploadDocument({ actor: await companyActor(company), input: { target: `item:${itemId}`, kind: "PURCHASE_ORDER" }, file: { name, bytes } });
  return id;
}
