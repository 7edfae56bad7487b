"use server";
import { requireContractor } from "@/lib/auth/guards";
import { answerSafely } from "@/lib/server/applications/answer-safely";
import { saveApplicationDraft } from "@/lib/server/applications/save-application-draft";
import { getRequestContext } from "@/lib/server/request-context";

export async function saveDraftAction(input: unknown, applicationId: unknown) {
  const user = await requireContractor();
  return answerSafely("application.save-draft", async () =>
    saveApplicationDraft({ actor: { userId: user.id, companyId: user.companyId }, input, applicationId, request: await getRequestContext() }),
  );
}
