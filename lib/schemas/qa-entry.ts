// Q&A の編集 (本店の管理者): one entry, the same schema in the browser form and in saveQaEntry.
import { z } from "zod/mini";
import "./japanese-errors";
import { preprocess } from "./preprocess";
import { HELP_SCREENS } from "@/lib/domain/help-screens";
import { checkbox, optionalText, requiredText, smallInteger } from "./fields";

export const ZQaEntry = z.object({
  category: requiredText("分類", 50),
  question: requiredText("質問", 200),
  answer: requiredText("回答", 4000),
  keywords: z.pipe(
    preprocess((v) => v ?? "", optionalText("検索用の言い換え", 200)),
    z.transform((v: string | null) => v ?? ""),
  ),
  screen: preprocess((v) => (v === "" || v === undefined ? null : v), z.nullable(z.enum(HELP_SCREENS, { error: "関連する画面を一覧から選んでください。" }))),
  sortOrder: smallInteger("表示順", 0, 9999),
  published: checkbox,
});
export type TQaEntry = z.infer<typeof ZQaEntry>;
