// Queues 「電子保証（認証キー）発行完了のお知らせ」 in the issue transaction, when at least one
// e-guarantee was issued and the applicant asked for the mail. The idempotency key makes a retried
// issue queue it once; the worker (lib/mail) sends it after commit.
import { getConfig } from "@/lib/config";
import type { CertificateForm, GuaranteeKind, Prisma } from "@/lib/db/client";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { completionMail } from "@/lib/mail/templates/completion-mail";

type IssuedApplication = {
  id: string;
  completionMailWanted: boolean;
  notificationEmail: string | null;
  projectName: string | null;
  company: { name: string };
  orderingBody: { name: string } | null;
  branch: { name: string } | null;
};

export async function queueCompletionMail(
  tx: Prisma.TransactionClient,
  app: IssuedApplication,
  issued: { id: string; kind: GuaranteeKind; form: CertificateForm; contractNumber: string }[],
): Promise<void> {
  const electronic = issued.filter((g) => g.form === "ELECTRONIC");
  if (electronic.length === 0 || !app.completionMailWanted || !app.notificationEmail) return;
  const mail = completionMail({
    appUrl: getConfig().APP_URL,
    companyName: app.company.name,
    projectName: app.projectName ?? "",
    orderingBody: app.orderingBody?.name ?? "",
    branchName: app.branch?.name ?? "",
    guarantees: issued.map((g) => ({ id: g.id, contractNumber: g.contractNumber, productName: PRODUCT_NAME[g.kind], electronic: g.form === "ELECTRONIC" })),
  });
  await enqueueMail(tx, {
    kind: "COMPLETION",
    idempotencyKey: `completion:${app.id}`,
    to: app.notificationEmail,
    ...mail,
    applicationId: app.id,
    guaranteeId: electronic[0]!.id,
  });
}
