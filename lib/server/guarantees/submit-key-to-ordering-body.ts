// 発注者へ提出: queues the key-notice mail (PDF attached at send time) to the ordering body's
// registered address, or to one the contractor typed, in one transaction with its audit entry.
// Only the owning company's active e-guarantee; anything else is NOT_FOUND.
import { assertRole, type ContractorActor } from "@/lib/auth/actor";
import { getConfig } from "@/lib/config";
import { getPrisma } from "@/lib/db/client";
import { asCertificateContent } from "@/lib/domain/certificate-content";
import { currentVersion } from "@/lib/domain/certificate-history";
import { keySubmissionSubject } from "@/lib/domain/key-submission-subject";
import { invalidInput, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse-input";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { KEY_NOTICE_ATTACHMENT } from "@/lib/mail/key-notice-attachment";
import { keySubmissionMail } from "@/lib/mail/templates/key-submission-mail";
import { ZKeySubmission } from "@/lib/schemas/key-submission";
import { recordAuditEntry } from "@/lib/server/audit/record-audit-entry";
import type { RequestContext } from "@/lib/server/request-context";
import { isUuid } from "@/lib/domain/ids";

export async function submitKeyToOrderingBody(options: {
  actor: ContractorActor;
  guaranteeId: string;
  input: unknown;
  request?: RequestContext;
}): Promise<{ outboxId: string; to: string }> {
  const actor = assertRole(options.actor, "CONTRACTOR");
  if (!isUuid(options.guaranteeId)) throw notFound();
  const input = parseInput(ZKeySubmission, options.input);

  const idempotencyKey = `key-submission:${options.guaranteeId}:${input.submissionToken}`;
  return getPrisma().$transaction(async (tx) => {
    // Submissions of one guarantee one at a time: a replayed form finds its mail already queued.
    await tx.$queryRaw`SELECT id FROM "Guarantee" WHERE id = ${options.guaranteeId}::uuid AND "companyId" = ${actor.companyId}::uuid FOR UPDATE`;
    const queued = await tx.emailOutbox.findUnique({ where: { idempotencyKey }, select: { id: true, toAddress: true, guaranteeId: true } });
    if (queued && queued.guaranteeId === options.guaranteeId) return { outboxId: queued.id, to: queued.toAddress };

    const guarantee = await tx.guarantee.findFirst({
      where: { id: options.guaranteeId, companyId: actor.companyId, form: "ELECTRONIC", status: "ACTIVE" },
      select: {
        id: true,
        orderingBody: { select: { name: true, keySubmissionEmail: true, keyEmailSubjectTemplate: true } },
        company: { select: { name: true, contactName: true, contactPhone: true } },
        versions: { select: { versionNo: true, hiddenFromHistory: true, content: true } },
      },
    });
    const version = guarantee && currentVersion(guarantee.versions);
    if (!guarantee || !version) throw notFound();
    const to = input.to || guarantee.orderingBody.keySubmissionEmail;
    if (!to) {
      throw invalidInput({
        to: `${guarantee.orderingBody.name}の提出先メールアドレスが登録されていません。送信先を入力してください。`,
      });
    }
    const content = asCertificateContent(version.content);
    const subject = keySubmissionSubject(guarantee.orderingBody.keyEmailSubjectTemplate, content);
    const body = keySubmissionMail({
      orderingBodyName: guarantee.orderingBody.name,
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
      idempotencyKey,
      to,
      subject,
      ...body,
      attachments: [{ kind: KEY_NOTICE_ATTACHMENT, guaranteeId: guarantee.id }],
      guaranteeId: guarantee.id,
    });
    await recordAuditEntry(tx, {
      actor,
      action: "guarantee.submit-key",
      entityType: "Guarantee",
      entityId: guarantee.id,
      after: { to, subject, outboxId },
      request: options.request,
    });
    return { outboxId, to };
  });
}
