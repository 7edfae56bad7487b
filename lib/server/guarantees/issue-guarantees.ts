// 発行: issues every guarantee an application asked for, in ONE transaction — 保証契約番号 from the
// branch's serial, 認証キー (hash + sealed copy) for e-guarantees, certificate version 1 (新規, signed),
// 証書発行 for paper, the application's status, audit entries and the completion e-mail's outbox row.
// Either all of it commits or none of it does.
//
// Issuing twice (double click, two staff, a replayed request) gives one set of numbers and keys:
// the application row is locked (SELECT … FOR UPDATE) before its status is read, so a second call waits
// for the first, then sees ISSUED and returns the guarantees already issued. @@unique([applicationId,
// kind]) on Guarantee backs this up in the database.
import { randomUUID } from "node:crypto";
import { getPrisma, type CertificateForm, type GuaranteeKind, type Prisma } from "@/lib/db/client";
import { generateAuthKey, hashAuthKey, sealAuthKey } from "@/lib/crypto/auth-key";
import { CERTIFICATE_CONTENT_FORMAT, isoDate, type CertificateContent } from "@/lib/domain/certificate-content";
import { formatContractNumber, MAX_SERIAL } from "@/lib/domain/contract-number";
import { PRODUCT_NAME, SURETY_COMPANY_NAME } from "@/lib/domain/guarantee-labels";
import { AppError } from "@/lib/errors";
import { auditSnapshot, recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { lockBranchApplication } from "@/lib/server/applications/lock-branch-application";
import { requestedGuarantees, type RequestedGuarantee } from "@/lib/server/applications/application-issue-requirements";
import { feeDateToday } from "@/lib/server/fees/rate-table-in-force";
import { feeForIssue, recordIssueFee, type IssueFee } from "@/lib/server/fees/application-fees";
import { bondRequestedGuarantees } from "@/lib/server/bond/bond-issue-requirements";
import { assertReservedAmountAtIssue } from "@/lib/server/bond/keep-reserved-amount";
import { createCertificateVersion } from "./create-certificate-version";
import { queueCompletionMail } from "./queue-completion-mail";
import { findDepositBankBranchId } from "@/lib/server/banks/deposit-bank-branch";

export type IssuedGuarantee = { id: string; kind: GuaranteeKind; form: CertificateForm; contractNumber: string };
export type IssueResult = { guarantees: IssuedGuarantee[]; alreadyIssued: boolean };

/** Test seam: runs inside the transaction after each guarantee is written (to prove a failure rolls back). */
export type IssueHooks = { afterGuarantee?: (tx: Prisma.TransactionClient, index: number) => Promise<void> };

const ISSUABLE = new Set(["ACCEPTED", "UNDER_REVIEW"]);

/** A switched-off branch issues nothing (its staff are signed out too: lib/auth/actor.ts). */
export const inactiveBranchMessage = (branchName: string) =>
  `申込送信先の${branchName}は現在無効のため、発行できません。本店の管理者にお問い合わせください。`;

export async function issueGuarantees(options: {
  applicationId: string;
  actor: StaffActor;
  request?: RequestContext;
  hooks?: IssueHooks;
}): Promise<IssueResult> {
  // Waiting callers queue on the row lock; give them time rather than failing a double click.
  return getPrisma().$transaction((tx) => issueInTransaction(tx, options), { maxWait: 60_000, timeout: 60_000 });
}

type IssueOptions = Parameters<typeof issueGuarantees>[0];
type App = Prisma.ApplicationGetPayload<{ include: { orderingBody: true; company: true; branch: true } }>;

async function issueInTransaction(tx: Prisma.TransactionClient, opts: IssueOptions): Promise<IssueResult> {
  const { applicationId } = opts;
  const actor = assertRole(opts.actor, "SURETY_STAFF");
  const status = await lockBranchApplication(tx, applicationId, actor.branchId);
  if (status === "ISSUED") {
    const existing = await tx.guarantee.findMany({ where: { applicationId }, orderBy: { contractNumber: "asc" } });
    return { guarantees: existing.map(({ id, kind, form, contractNumber }) => ({ id, kind, form, contractNumber })), alreadyIssued: true };
  }
  if (!ISSUABLE.has(status)) throw new AppError("CONFLICT", "この申込は受付済み・審査中ではないため発行できません。先に受付を行ってください。");
  // Lock order: the application, then its branch, before the branch's office code and name are read and
  // any guarantee is written. 支店マスタ's save locks the same row before it counts the branch's
  // guarantees, so a 事務所コード change either waits for this issue and is refused, or commits first
  // and every number here carries the new code. (NO KEY UPDATE: the serial UPDATE below takes the same
  // strength, and a contractor's 送信 to this branch, which only references the row, is not held up.)
  await tx.$executeRaw`SELECT 1 FROM "Branch" WHERE id = ${actor.branchId}::uuid FOR NO KEY UPDATE`;

  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    include: { orderingBody: true, company: true, branch: true },
  });
  if (!app.branch?.active) throw new AppError("CONFLICT", inactiveBranchMessage(app.branch?.name ?? "支店"));
  // 中間前払金保証 and 契約保証予約 are read with their own rules (lib/server/bond); 保証申込 with the form's.
  const wanted = app.kind === "GUARANTEE" ? requestedGuarantees(app) : await bondRequestedGuarantees(tx, app);
  // A 保証申込 made from a 契約保証予約 keeps at least the reserved 契約保証.
  if (app.reservationId) await assertReservedAmountAtIssue(tx, app.reservationId, app);
  const issuedAt = new Date();
  const issued: IssuedGuarantee[] = [];
  // 保証料: the table in force on the issue date (JST) applies; every fee must be settled before anything is written.
  const issuedOn = feeDateToday(issuedAt);
  const fees: IssueFee[] = [];
  for (const request of wanted) fees.push(await feeForIssue(tx, app, request, issuedOn));

  for (const [index, request] of wanted.entries()) {
    issued.push(await issueOne(tx, opts, app, request, issuedAt, fees[index]!, issuedOn));
    await opts.hooks?.afterGuarantee?.(tx, index);
  }

  await tx.application.update({ where: { id: applicationId }, data: { status: "ISSUED" } });
  await recordAuditEntry(tx, {
    actor,
    action: "application.issue",
    entityType: "Application",
    entityId: applicationId,
    before: { status: status },
    after: auditSnapshot({ status: "ISSUED", guarantees: issued }),
    request: opts.request,
  });
  await queueCompletionMail(tx, app, issued);
  return { guarantees: issued, alreadyIssued: false };
}

async function issueOne(tx: Prisma.TransactionClient, opts: IssueOptions, app: App, request: RequestedGuarantee, issuedAt: Date, fee: IssueFee, issuedOn: Date): Promise<IssuedGuarantee> {
  const { actor } = opts;
  // The serial is taken by UPDATE … RETURNING, which locks the branch row until commit: two
  // applications of one branch issued at once get consecutive serials, never the same one. Only an
  // active branch's row matches, so a branch switched off while this runs issues nothing either.
  const [branch] = await tx.$queryRaw<{ serial: number; officeCode: string }[]>`
    UPDATE "Branch" SET "nextSerial" = "nextSerial" + 1, "updatedAt" = now()
    WHERE id = ${app.branchId}::uuid AND active RETURNING "nextSerial" - 1 AS serial, "officeCode"`;
  if (!branch) throw new AppError("CONFLICT", inactiveBranchMessage(app.branch!.name));
  if (branch.serial > MAX_SERIAL) throw new AppError("CONFLICT", "この支店の保証契約番号の連番が上限に達しました。管理者に連絡してください。");
  const contractNumber = formatContractNumber(branch.officeCode, branch.serial);
  const id = randomUUID();
  const paper = request.form === "PAPER";
  // 保証期間: the 工期 of the contract the guarantee covers, unless the request names its own.
  const termFrom = request.term?.from ?? app.periodFrom!;
  const termTo = request.term?.to ?? app.periodTo!;
  const contractAmount = request.contractAmount ?? app.contractAmount!;

  await tx.guarantee.create({
    data: {
      id,
      contractNumber,
      applicationId: app.id,
      companyId: app.companyId,
      branchId: app.branchId!,
      orderingBodyId: app.orderingBodyId!,
      kind: request.kind,
      form: request.form,
      projectName: app.projectName!,
      contractAmount,
      amount: request.amount,
      termFrom,
      termTo,
      parentGuaranteeId: request.parent?.id ?? null,
      issuedAt,
      issuedById: actor.userId,
      paperIssuedAt: paper ? issuedAt : null,
      paperReceiveMethod: paper ? app.receiveMethod : null,
      // The 預託金融機関 of the bank master the text names, when an administrator has mapped it.
      depositBankBranchId: await findDepositBankBranchId(tx, request.depositBank),
    },
  });
  if (!paper) {
    const key = generateAuthKey();
    const sealed = sealAuthKey(key, id);
    await tx.authKey.create({ data: { guaranteeId: id, keyHash: hashAuthKey(key), keyCiphertext: sealed.ciphertext, kekId: sealed.kekId } });
  }
  const content: CertificateContent = {
    format: CERTIFICATE_CONTENT_FORMAT,
    contractNumber,
    guaranteeKind: request.kind,
    productName: PRODUCT_NAME[request.kind],
    certificateForm: request.form,
    contractor: app.company.name,
    jvName: app.jvName || null,
    orderingBody: app.orderingBody!.name,
    projectName: app.projectName!,
    projectLocation: app.projectLocation || null,
    // A 予約 has no 工期 yet: its term (issue day → 有効期限) stands in.
    periodFrom: isoDate(app.periodFrom ?? termFrom),
    periodTo: isoDate(app.periodTo ?? termTo),
    contractAmount: contractAmount.toString(),
    guaranteeAmount: request.amount.toString(),
    termFrom: isoDate(termFrom),
    termTo: isoDate(termTo),
    depositBank: request.depositBank,
    suretyCompany: SURETY_COMPANY_NAME,
    suretyBranch: app.branch!.name,
    issuedAt: issuedAt.toISOString(),
    versionNo: 1,
    versionKind: "NEW",
    changeType: null,
    status: "ACTIVE",
    ...(request.parent ? { parentContractNumber: request.parent.contractNumber } : {}),
    ...(request.bid ? { bidNoticeNumber: request.bid.noticeNumber, bidDate: request.bid.date } : {}),
  };
  await createCertificateVersion(tx, { guaranteeId: id, content, kind: "NEW", createdById: actor.userId });
  await recordIssueFee(tx, { id, contractNumber, companyId: app.companyId }, fee, issuedOn);
  await recordAuditEntry(tx, {
    actor,
    action: "guarantee.issue",
    entityType: "Guarantee",
    entityId: id,
    after: auditSnapshot({ contractNumber, kind: request.kind, form: request.form, amount: request.amount, feeAmount: fee.estimate.result.fee, authKey: paper ? null : "発行（値は記録しない）" }),
    request: opts.request,
  });
  return { id, kind: request.kind, form: request.form, contractNumber };
}
