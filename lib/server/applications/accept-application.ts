// 受付: staff take a sent application (送信済) into their branch's work.
import type { RequestContext } from "@/lib/server/request-context";
import type { StaffActor } from "@/lib/auth/actor";
import { transitionApplication } from "./transition-application";

export function acceptApplication(options: { applicationId: string; actor: StaffActor; request?: RequestContext }) {
  return transitionApplication({
    ...options,
    step: { action: "application.accept", from: ["SUBMITTED"], to: "ACCEPTED", refusal: "送信済（受付待ち）の申込だけを受付できます。" },
  });
}
