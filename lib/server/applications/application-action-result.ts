// What the 保証申込 server actions answer: never a thrown error for bad input, but the field
// errors (beside each field and in the summary) or one message for the whole form.
import type { ApplicationFieldErrors } from "@/lib/schemas/application";

export type ApplicationActionResult =
  | { ok: true; applicationId: string; applicationNumber: string | null }
  | { ok: false; fieldErrors: ApplicationFieldErrors; formError?: string };

export type ContractorActor = { userId: string; companyId: string };

export const refused = (fieldErrors: ApplicationFieldErrors, formError?: string): ApplicationActionResult => ({
  ok: false,
  fieldErrors,
  ...(formError ? { formError } : {}),
});

export const APPLICATION_FORM_ERRORS = {
  fieldErrors: "入力内容に誤りがあります。各項目のメッセージをご確認ください。",
  notEditable: "この申込は送信済みのため、ここから変更することはできません。申込一覧から手続状況をご確認ください。",
  notFound: "申込が見つかりませんでした。申込一覧から開き直してください。",
  badKey: "送信の準備ができていません。画面を読み込み直して、もう一度お試しください。",
} as const;
