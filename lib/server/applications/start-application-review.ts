// 審査開始: marks an accepted application as under review (審査中), so colleagues see who is on it.
import type { RequestContext } from "@/lib/server/request-context";
import type { StaffActor } from "@/lib/auth/actor";
import { transitionApplication } from "./transition-application";

export function startApplicationReview(options: { applicationId: string; actor: StaffActor; request?: RequestContext }) {
  return transitionApplication({
    ...options,
    step: { action: "application.review", from: ["ACCEPTED"], to: "UNDER_REVIEW", refusal: "受付済みの申込だけを審査中にできます。" },
  });
}
