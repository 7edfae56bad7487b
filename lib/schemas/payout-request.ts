// 預託金払出依頼書 form (contractor) and the bank's decisions (払出済 / 差戻し). Values arrive as the
// inputs hold them (strings). A line with an empty amount is not drawn. The 振込先 is asked only of lines
// whose 払出方法 is 振込; the use case decides that from the approved 明細書, not from what the browser
// sent (payoutMethod here only lets the browser show the same messages).
import { z } from "zod/mini";
import "./japanese-errors";
import { preprocess, reject } from "./preprocess";
import { parseDateInput } from "@/lib/domain/date-input";
import { PAYOUT_METHODS } from "@/lib/domain/enums";
import { dateOfYmd } from "@/lib/domain/wareki";
import { parseYenAmount } from "@/lib/domain/yen";
import { withoutNul } from "@/lib/domain/without-nul";
import { ZAdvanceInvoice } from "./advance-invoice";
import { applicationMessages } from "./application-messages";
import { optionalText, requiredText, requiredYen } from "./fields";

export const MAX_PAYOUT_LINES = 50;

const text = (v: unknown) => (typeof v === "string" ? withoutNul(v).normalize("NFKC").trim() : "");

/** 依頼額: empty = this line is not drawn. */
const optionalYen = (label: string) =>
  preprocess(
    text,
    z.pipe(
      z.string(),
      z.transform((raw: string, ctx) => {
        if (raw === "") return null;
        const parsed = parseYenAmount(raw);
        return parsed.ok ? parsed.value : reject(ctx, applicationMessages.amount(label, parsed.problem));
      }),
    ),
  );

/** 振込先: the same 預金種別, 口座番号 and 口座名義（カナ） rules as the 前払金請求書's 前払金専用口座. */
export const ZTransferAccount = z.object({
  bankName: requiredText("金融機関名", 60),
  bankBranchName: requiredText("支店名", 60),
  accountType: ZAdvanceInvoice.shape.accountType,
  accountNumber: ZAdvanceInvoice.shape.accountNumber,
  accountHolderKana: ZAdvanceInvoice.shape.accountHolder,
});
export type TTransferAccount = z.output<typeof ZTransferAccount>;

export const ZPayoutRequestLine = z
  .object({
    itemId: z.string().check(z.maxLength(64)),
    payoutMethod: z.optional(z.enum(PAYOUT_METHODS)),
    amount: optionalYen("依頼額"),
    bankName: z.optional(z.unknown()),
    bankBranchName: z.optional(z.unknown()),
    accountType: z.optional(z.unknown()),
    accountNumber: z.optional(z.unknown()),
    accountHolderKana: z.optional(z.unknown()),
  })
  .check(
    z.superRefine((line, ctx) => {
      if (line.amount === null || line.payoutMethod !== "TRANSFER") return;
      const account = ZTransferAccount.safeParse(line);
      if (!account.success) for (const issue of account.error.issues) ctx.addIssue({ ...issue, code: "custom" });
    }),
  );

export const ZPayoutRequestForm = z
  .object({
    lines: z.array(ZPayoutRequestLine).check(z.maxLength(MAX_PAYOUT_LINES)),
    note: optionalText("連絡事項", 500),
  })
  .check(
    z.superRefine((form, ctx) => {
      if (!form.lines.some((l) => l.amount !== null)) ctx.addIssue({ code: "custom", path: ["total"], message: "払出を依頼する行の依頼額を1行以上入力してください。" });
    }),
  );

export type TPayoutRequestForm = z.output<typeof ZPayoutRequestForm>;
export type TPayoutRequestFormValues = z.input<typeof ZPayoutRequestForm>;

const date = (label: string) =>
  preprocess(
    text,
    z.pipe(
      z.string(),
      z.transform((raw: string, ctx) => {
        const parsed = parseDateInput(raw);
        if (parsed.ok) return dateOfYmd(parsed.value);
        return reject(ctx, raw === "" ? `${label}を入力してください。` : `${label}は「20260105」または「2026/01/05」の形式で入力してください。`);
      }),
    ),
  );

/** 払出済: the date and the amount paid (≤ what was asked; the use case checks that against the row). */
export const ZPayPayoutLine = z.object({ paidOn: date("払出日"), paidAmount: requiredYen("払出額") });
export type TPayPayoutLine = z.output<typeof ZPayPayoutLine>;

/** 差戻し of a line: why, for the contractor. */
export const ZReturnPayoutLine = z.object({ reason: requiredText("差戻しの理由", 500) });
