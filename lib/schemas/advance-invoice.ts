// 前払金請求書 form: 請求日 and the 前払金専用口座 (預金種別, 口座番号, 口座名義 in カナ). Full-width digits
// and half-width kana are folded (NFKC); the bank itself is the guarantee's 預託金融機関.
import { z } from "zod/mini";
import "./japanese-errors";
import { preprocess, reject } from "./preprocess";
import { parseDateInput } from "@/lib/domain/date-input";
import { withoutNul } from "@/lib/domain/without-nul";

export const ACCOUNT_TYPES = ["普通", "当座"] as const;

const folded = (v: unknown) => (typeof v === "string" ? withoutNul(v).normalize("NFKC").trim() : "");

export const ZAdvanceInvoice = z.object({
  invoiceDate: preprocess(
    folded,
    z.pipe(
      z.string(),
      z.transform((raw: string, ctx) => {
        const parsed = parseDateInput(raw);
        if (parsed.ok) return parsed.value;
        return reject(ctx, raw === "" ? "請求日を入力してください。" : "請求日は「20260105」または「2026/01/05」の形式で入力してください。");
      }),
    ),
  ),
  accountType: z.enum(ACCOUNT_TYPES, { error: "預金種別を選択してください。" }),
  accountNumber: preprocess(folded, z.string().check(z.regex(/^\d{7}$/, "口座番号は7桁の数字で入力してください。"))),
  accountHolder: preprocess(
    folded,
    z
      .string()
      .check(
        z.minLength(1, "口座名義（カナ）を入力してください。"),
        z.maxLength(60, "口座名義は60文字以内で入力してください。"),
        z.regex(/^[ァ-ヶー・()（）.\-/ 　A-Z0-9]+$/, "口座名義はカタカナ（全角または半角）で入力してください（例: マルマルケンセツ（カ）。"),
      ),
  ),
});
export type TAdvanceInvoice = z.output<typeof ZAdvanceInvoice>;
