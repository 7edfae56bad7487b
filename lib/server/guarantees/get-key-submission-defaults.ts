// What the 発注者へ提出 form starts from: the ordering body's registered address and mail domains, and the subject its
// template gives this guarantee. Callers have already checked the guarantee is the contractor's.
import { getPrisma } from "@/lib/db/client";
import type { CertificateContent } from "@/lib/domain/certificate-content";
import { keySubmissionSubject } from "@/lib/domain/key-submission-subject";

export async function getKeySubmissionDefaults(guaranteeId: string, content: CertificateContent) {
  const { orderingBody } = await getPrisma().guarantee.findUniqueOrThrow({
    where: { id: guaranteeId },
    select: { orderingBody: { select: { name: true, keySubmissionEmail: true, keySubmissionDomains: true, keyEmailSubjectTemplate: true } } },
  });
  return {
    orderingBodyName: orderingBody.name,
    registeredAddress: orderingBody.keySubmissionEmail,
    registeredDomains: orderingBody.keySubmissionDomains,
    subject: keySubmissionSubject(orderingBody.keyEmailSubjectTemplate, content),
  };
}
