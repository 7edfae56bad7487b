// Japanese names of the outbox's mail kinds, as 送信状況 and 送信できていないメール show them. Every kind has
// one (a new MailKind without a label fails the type check here).
import type { MailKind } from "./enums";

export const MAIL_KIND_LABEL = {
  COMPLETION: "発行完了のお知らせ",
  KEY_SUBMISSION: "発注者への提出",
  AMENDMENT_NOTICE: "発注者への変更通知",
  INVITATION: "アカウント登録のご案内",
  PASSWORD_RESET: "パスワード再設定",
  REMINDER_DIGEST: "保証申込のお勧め（毎週）",
  PAYOUT_NOTICE: "払出のお知らせ",
} as const satisfies Record<MailKind, string>;
