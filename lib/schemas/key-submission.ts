// 発注者へ提出 form: where to send (empty = the ordering body's registered address) and a token per
// opened form, so a double click or a replayed request queues the mail once.
import { z } from "zod/mini";
import "./japanese-errors";
import { normaliseEmail } from "@/lib/domain/email";
import { checkbox } from "./fields";

export const ZKeySubmission = z.object({
  to: z.pipe(
    z.pipe(z.string().check(z.maxLength(254, "メールアドレスが長すぎます。")), z.transform(normaliseEmail)),
    z.union([z.literal(""), z.email("メールアドレスの形式が正しくありません（例: keiyaku@city.example.jp）。")]),
  ),
  submissionToken: z.uuid("画面を読み込み直してから、もう一度送信してください。"),
  // 前払金請求書 in the same mail (some ordering bodies ask for both together).
  attachInvoice: z._default(z.optional(checkbox), false),
});

export type TKeySubmission = z.output<typeof ZKeySubmission>;
