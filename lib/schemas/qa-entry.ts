// Q&A の編集 (本店の管理者): one entry, the same schema in the browser form and in saveQaEntry.
import { z } from "zod";
import "./japanese-errors";
import { HELP_SCREENS } from "@/lib/domain/help-screens";
import { checkbox, optionalText, requiredText, smallInteger } from "./fields";

export const ZQaEntry = z.object({
  category: requiredText("分類", 50),
  question: requiredText("質問", 200),
  answer: requiredText("回答", 4000),
  keywords: z.preprocess((v) => v ?? "", optionalText("検索用の言い換え", 200)).transform((v) => v ?? ""),
  screen: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(HELP_SCREENS, { error: "関連する画面を一覧から選んでください。" }).nullable()),
  sortOrder: smallInteger("表示順", 0, 9999),
  published: checkbox,
});
export type TQaEntry = z.infer<typeof ZQaEntry>;
