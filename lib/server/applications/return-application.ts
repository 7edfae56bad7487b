// 差戻し: sends an application back to the contractor with a message (弊社からお客様へのお知らせ);
// the contractor edits it and sends it again.
import { ZReturnApplication } from "@/lib/schemas/return-application";
import { AppError } from "@/lib/errors";
import type { RequestContext } from "@/lib/server/request-context";
import type { StaffActor } from "@/lib/server/staff-actor";
import { transitionApplication } from "./transition-application";

export async function returnApplication(options: { applicationId: string; staff: StaffActor; input: unknown; request?: RequestContext }) {
  const parsed = ZReturnApplication.safeParse(options.input);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "入力内容をご確認ください。", { message: parsed.error.issues[0]!.message });
  }
  await transitionApplication({
    ...options,
    data: { companyMessage: parsed.data.message },
    step: {
      action: "application.return",
      from: ["SUBMITTED", "ACCEPTED", "UNDER_REVIEW"],
      to: "RETURNED",
      refusal: "この申込は差戻しできません（発行済・取下げ・差戻し中の申込は差戻しできません）。",
    },
  });
}
