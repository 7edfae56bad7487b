"use server";
import { formWith, ID_TEXT, serverAction } from "@/lib/server/server-action";
import { submitIntermediateApplication } from "@/lib/server/bond/submit-intermediate-application";

export const submitIntermediateAction = serverAction({
  name: "intermediate.submit",
  role: "CONTRACTOR",
  schema: formWith({ parentGuaranteeId: ID_TEXT, submissionKey: ID_TEXT }),
  run: async ({ actor, input, request }) => {
    const { parentGuaranteeId, submissionKey, ...values } = input;
    const saved = await submitIntermediateApplication({ actor, parentGuaranteeId, submissionKey, input: values, request });
    return { message: `中間前払金保証を申し込みました（申込番号 ${saved.applicationNumber}）。`, data: saved };
  },
});
