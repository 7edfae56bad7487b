// 書類送信 form: where the document is attached (an application, a guarantee or a 明細書 line, one
// select whose value is "<type>:<id>"), its kind and a note. The file itself is checked by its bytes
// (lib/domain/file-type.ts) by the use case.
import { z } from "zod/mini";
import "./japanese-errors";
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from "@/lib/domain/enums";
import { optionalText } from "./fields";

export const DOCUMENT_TARGET_TYPES = ["application", "guarantee", "item"] as const;
export type DocumentTargetType = (typeof DOCUMENT_TARGET_TYPES)[number];

export const ZDocumentUpload = z.object({
  target: z.pipe(
    z.string({ error: "添付先を選択してください。" }).check(z.regex(/^(application|guarantee|item):[0-9a-fA-F-]{1,64}$/, "添付先を選択してください。")),
    z.transform((value: string) => {
      const [type, id] = value.split(":") as [DocumentTargetType, string];
      return { type, id };
    }),
  ),
  kind: z.enum(DOCUMENT_KINDS, { error: "書類の種類を選択してください。" }),
  note: optionalText("備考", 500),
});
export type TDocumentUpload = z.output<typeof ZDocumentUpload>;

/** 受付 by staff: 受付済 or 不備あり (with what is wrong). */
export const ZDocumentStatus = z
  .object({
    status: z.enum(DOCUMENT_STATUSES.filter((s) => s !== "PENDING") as ["ACCEPTED", "REJECTED"], { error: "受付の結果を選択してください。" }),
    message: optionalText("不備の内容", 500),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.status === "REJECTED" && !value.message) ctx.addIssue({ code: "custom", path: ["message"], message: "不備の内容を入力してください。" });
    }),
  );
