// 申込確認へ: the server's reading of the form before the confirmation screen, against the
// database's ordering bodies and branches. Writes nothing.
import { getPrisma } from "@/lib/db/client";
import { fieldErrorsOf, makeZApplicationSubmit } from "@/lib/schemas/application";
import { APPLICATION_FORM_ERRORS as E, refused, type ApplicationActionResult } from "./application-action-result";
import { loadApplicationRuleContext } from "./application-rule-context";

export async function checkApplication({ input, now = new Date() }: { input: unknown; now?: Date }): Promise<ApplicationActionResult> {
  const rules = await loadApplicationRuleContext(getPrisma(), now);
  const parsed = makeZApplicationSubmit(rules).safeParse(input);
  if (parsed.success) return { ok: true, applicationId: "", applicationNumber: null };
  const { fieldErrors, formErrors } = fieldErrorsOf(parsed.error);
  return refused(fieldErrors, formErrors[0] ?? E.fieldErrors);
}
