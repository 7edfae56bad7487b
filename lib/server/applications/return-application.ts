// 差戻し: sends an application back to the contractor with a message (弊社からお客様へのお知らせ);
// the contractor edits it and sends it again.
import { ZReturnApplication } from "@/lib/schemas/return-application";
import { parseInput } from "@/lib/schemas/parse-input";
import type { RequestContext } from "@/lib/server/request-context";
import { assertRole, type StaffActor } from "@/lib/auth/actor";
import { transitionApplication } from "./transition-application";

export async function returnApplication(options: { applicationId: string; actor: StaffActor; input: unknown; request?: RequestContext }) {
  assertRole(options.actor, "SURETY_STAFF");
  const { message } = parseInput(ZReturnApplication, options.input);
  await transitionApplication({
    ...options,
    data: { companyMessage: message },
    step: {
      action: "application.return",
      from: ["SUBMITTED", "ACCEPTED", "UNDER_REVIEW"],
      to: "RETURNED",
      refusal: "この申込は差戻しできません（発行済・取下げ・差戻し中の申込は差戻しできません）。",
    },
  });
}
