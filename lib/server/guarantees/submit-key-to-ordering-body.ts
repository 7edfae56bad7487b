// 発注者へ提出: queues the key-notice mail (PDF attached at send time) to the ordering body's
// registered address, or to one the contractor typed in the body's registered mail domains
// (lib/domain/key-submission-recipient.ts), in one transaction with its audit entry.
// Only the owning company's active e-guarantee; anything else is NOT_FOUND. The form's token must be one
// the server issued to this user for this guarantee (issue-key-submission-token.ts); the submission
// spends it, and a replay of a spent token answers the mail it queued without queuing another.
// At most KEY_SUBMISSIONS_PER_DAY mails per guarantee in any 24 hours.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getConfig } from "@/lib/config";
import { getPrisma } from "@/lib/db/client";
import { asCertificateContent } from "@/lib/domain/certificate-content";
import { currentVersion } from "@/lib/domain/certificate-history";
import { keySubmissionSubject } from "@/lib/domain/key-submission-subject";
import { isAllowedKeySubmissionRecipient } from "@/lib/domain/key-submission-recipient";
import { AppError, conflict, invalidInput, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { ADVANCE_INVOICE_ATTACHMENT } from "@/lib/mail/advance-invoice-attachment";
import { KEY_NOTICE_ATTACHMENT } from "@/lib/mail/key-notice-attachment";
import { keySubmissionMail } from "@/lib/mail/templates/key-submission-mail";
import { ZKeySubmission } from "@/lib/schemas/key-submission";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { isUuid } from "@/lib/domain/ids";

export const KEY_SUBMISSIONS_PER_DAY = 5;
export const TOKEN_NOT_VALID = "この画面の有効期限が切れたか、すでに送信に使われています。画面を読み込み直してから、もう一度送信してください。";
export const INVOICE_NOT_READY = "前払金請求書の振込先が登録されていません。メニューの「前払金請求書」で登録してから添付してください。";
export const TOO_MANY_SUBMISSIONS = `この保証の発注者への提出は24時間に${KEY_SUBMISSIONS_PER_DAY}回までです。時間をおいてから、もう一度お試しください。`;

export async function submitKeyToOrderingBody(options: {
  actor: ContractorActor;
  guaranteeId: string;
  input: unknown;
  request?: RequestContext;
  now?: Date;
}): Promise<{ outboxId: string; to: string }> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  if (!isUuid(options.guaranteeId)) throw notFound();
  const input = parseInput(ZKeySubmission, options.input);
  const now = options.now ?? new Date();

  return getPrisma().$transaction(async (tx) => {
    // Submissions of one guarantee one at a time: the token, the daily count and the mail are decided together.
    await tx.$queryRaw`SELECT id FROM "Guarantee" WHERE id = ${options.guaranteeId}::uuid AND "companyId" = ${actor.companyId}::uuid FOR UPDATE`;
    const guarantee = await tx.guarantee.findFirst({
      where: { id: options.guaranteeId, companyId: actor.companyId, form: "ELECTRONIC", status: "ACTIVE" },
      select: {
        id: true,
        kind: true,
        advanceInvoice: { select: { id: true } },
        orderingBody: { select: { name: true, keySubmissionEmail: true, keySubmissionDomains: true, keyEmailSubjectTemplate: true } },
        company: { select: { name: true, contactName: true, contactPhone: true } },
        versions: { select: { versionNo: true, hiddenFromHistory: true, content: true } },
      },
    });
    const version = guarantee && currentVersion(guarantee.versions);
    if (!guarantee || !version) throw notFound();

    const token = await tx.keySubmissionToken.findFirst({ where: { id: input.submissionToken, guaranteeId: guarantee.id, userId: actor.userId } });
    if (token?.usedAt && token.outboxId) {
      // The same form sent again (a double click, a replayed request): the mail it queued, nothing more.
      const queued = await tx.emailOutbox.findUnique({ where: { id: token.outboxId }, select: { id: true, toAddress: true } });
      if (queued) return { outboxId: queued.id, to: queued.toAddress };
    }
    if (!token || token.usedAt || token.expiresAt <= now) throw conflict(TOKEN_NOT_VALID);

    const body = guarantee.orderingBody;
    if (!body.keySubmissionEmail && !body.keySubmissionDomains.length) {
      throw invalidInput({ to: `${body.name}の提出先メールアドレスもメールドメインも登録されていないため送信できません。保証会社にお問い合わせください。` });
    }
    const to = input.to || body.keySubmissionEmail;
    if (!to) {
      throw invalidInput({ to: `${body.name}の提出先メールアドレスが登録されていません。担当課のアドレス（${domainsText(body.keySubmissionDomains)}）を入力してください。` });
    }
    if (!isAllowedKeySubmissionRecipient(to, body)) {
      const allowed = [body.keySubmissionEmail, body.keySubmissionDomains.length ? domainsText(body.keySubmissionDomains) : null].filter(Boolean).join(" または ");
      throw invalidInput({ to: `${body.name}の登録された提出先（${allowed}）以外には送信できません。` });
    }
    if (input.attachInvoice && (guarantee.kind === "CONTRACT" || !guarantee.advanceInvoice)) {
      throw invalidInput({ attachInvoice: INVOICE_NOT_READY });
    }
    const sentToday = await tx.emailOutbox.count({
      where: { guaranteeId: guarantee.id, kind: "KEY_SUBMISSION", createdAt: { gt: new Date(now.getTime() - 24 * 3_600_000) } },
    });
    if (sentToday >= KEY_SUBMISSIONS_PER_DAY) throw new AppError("RATE_LIMITED", TOO_MANY_SUBMISSIONS);
    const content = asCertificateContent(version.content);
    const subject = keySubmissionSubject(body.keyEmailSubjectTemplate, content);
    const mail = keySubmissionMail({
      orderingBodyName: body.name,
      companyName: guarantee.company.name,
      contractNumber: content.contractNumber,
      productName: content.productName,
      projectName: content.projectName,
      contactName: guarantee.company.contactName,
      contactPhone: guarantee.company.contactPhone,
      verifyUrl: `${getConfig().APP_URL.replace(/\/$/, "")}/verify`,
    });
    const outboxId = await enqueueMail(tx, {
      kind: "KEY_SUBMISSION",
      idempotencyKey: `key-submission:${token.id}`,
      to,
      subject,
      ...mail,
      attachments: [
        { kind: KEY_NOTICE_ATTACHMENT, guaranteeId: guarantee.id },
        ...(input.attachInvoice ? [{ kind: ADVANCE_INVOICE_ATTACHMENT, guaranteeId: guarantee.id }] : []),
      ],
      guaranteeId: guarantee.id,
    });
    await tx.keySubmissionToken.update({ where: { id: token.id }, data: { usedAt: now, outboxId } });
    await recordAuditEntry(tx, {
      actor,
      action: "guarantee.submit-key",
      entityType: "Guarantee",
      entityId: guarantee.id,
      after: { to, subject, outboxId, attachInvoice: input.attachInvoice },
      request: options.request,
    });
    return { outboxId, to };
  });
}

const domainsText = (domains: readonly string[]) => domains.map((d) => `@${d}`).join("、");
