// Property-based fuzzing of the 保証申込 schema (browser form and server actions alike): whatever
// arrives, safeParse answers (never throws), and every refusal speaks Japanese to the user.
import fc from "fast-check";
import { describe, it } from "vitest";
import { ZApplicationDraft, makeZApplicationSubmit } from "@/lib/schemas/application";
import { fieldErrorsOf } from "@/lib/schemas/parse-input";
import type { ApplicationRuleContext } from "@/lib/schemas/application-rules";
import { flyerApplication } from "../support/flyer-application";
import { FUZZ_RUNS, allUserMessages, inputFor } from "../support/fuzz";

const SAKU = "11111111-1111-4111-8111-111111111111";
const NAGANO = "44444444-4444-4444-8444-444444444444";
const rules: ApplicationRuleContext = {
  orderingBodies: [{ id: SAKU, name: "佐久市", eGuaranteeEnabled: true, advanceLimit: { numerator: 4, denominator: 10 }, contractMinimum: { numerator: 1, denominator: 10 } }],
  branchIds: [NAGANO],
  today: { year: 2026, month: 11, day: 23 },
};
const valid = () => flyerApplication({ orderingBodyId: SAKU, branchId: NAGANO });

describe.each([
  ["ZApplicationDraft (一時保存)", ZApplicationDraft],
  ["makeZApplicationSubmit (送信)", makeZApplicationSubmit(rules)],
])("%s, fuzzed", (_name, schema) => {
  it(`answers ${FUZZ_RUNS} generated inputs without throwing, refusing only in Japanese`, () => {
    fc.assert(
      fc.property(inputFor(valid), (input) => {
        const parsed = schema.safeParse(input);
        if (parsed.success) return true;
        const { fieldErrors, formError } = fieldErrorsOf(parsed.error);
        return parsed.error.issues.length > 0 && allUserMessages(fieldErrors) && allUserMessages(formError === null ? {} : { form: formError });
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
