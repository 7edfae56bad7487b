// What the 発注者へ提出 form starts from: the ordering body's registered address and mail domains, and the subject its
// template gives this guarantee, and whether the 前払金請求書 can go with it (a 前払金 / 中間前払金 guarantee whose
// invoice is saved; ticked where the body asks for both in one mail). Callers have already checked the guarantee is the contractor's.
import { getPrisma } from "@/lib/db/client";
import type { CertificateContent } from "@/lib/domain/certificate-content";
import { keySubmissionSubject } from "@/lib/domain/key-submission-subject";

export async function getKeySubmissionDefaults(guaranteeId: string, content: CertificateContent) {
  const { orderingBody, kind, advanceInvoice } = await getPrisma().guarantee.findUniqueOrThrow({
    where: { id: guaranteeId },
    select: {
      kind: true,
      advanceInvoice: { select: { id: true } },
      orderingBody: { select: { name: true, keySubmissionEmail: true, keySubmissionDomains: true, keyEmailSubjectTemplate: true, invoiceWithKeyNotice: true } },
    },
  });
  const invoiceOffered = kind !== "CONTRACT";
  return {
    orderingBodyName: orderingBody.name,
    registeredAddress: orderingBody.keySubmissionEmail,
    registeredDomains: orderingBody.keySubmissionDomains,
    subject: keySubmissionSubject(orderingBody.keyEmailSubjectTemplate, content),
    invoice: { offered: invoiceOffered, ready: invoiceOffered && advanceInvoice !== null, wanted: orderingBody.invoiceWithKeyNotice },
  };
}
