"use server";
import { requireContractor } from "@/lib/auth/guards";
import { answerSafely } from "@/lib/server/applications/answer-safely";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { getRequestContext } from "@/lib/server/request-context";

export async function submitApplicationAction(input: unknown, submissionKey: unknown, applicationId: unknown) {
  const user = await requireContractor();
  return answerSafely("application.submit", async () =>
    submitApplication({
      actor: { userId: user.id, companyId: user.companyId },
      input,
      submissionKey,
      applicationId,
      request: await getRequestContext(),
    }),
  );
}
