"use server";
import { requireContractor } from "@/lib/auth/guards";
import { answerSafely } from "@/lib/server/applications/answer-safely";
import { checkApplication } from "@/lib/server/applications/check-application";

export async function checkApplicationAction(input: unknown) {
  await requireContractor();
  return answerSafely("application.check", () => checkApplication({ input }));
}
