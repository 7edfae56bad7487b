// zod's own messages are English and name internal types ("Invalid input: expected string, received
// array"). Every schema gives its fields Japanese messages, but a forged request (a missing form
// field, an array where text belongs, an unknown 変更区分) reaches zod's defaults; those are shown
// beside the fields. This sets Japanese defaults once, below a schema's own message (which still
// wins). It is zod's `customError`, not `localeError`: importing the classic `zod` build (server-only
// code does) sets its English locale as `localeError`, which must not replace these whatever the
// order of imports. Imported for its effect by every schema module.
import { z } from "zod/mini";

const DEFAULT_MESSAGE = "入力内容が正しくありません。画面を読み込み直して、もう一度お試しください。";

const MESSAGES: Partial<Record<z.core.$ZodIssue["code"], string>> = {
  invalid_value: "選択肢の中から選んでください。",
  invalid_union: "選択肢の中から選んでください。",
  too_big: "入力が長すぎるか、大きすぎます。",
  too_small: "入力が短すぎるか、小さすぎます。",
  unrecognized_keys: "想定していない項目が含まれています。",
};

z.config({ customError: (issue) => MESSAGES[issue.code] ?? DEFAULT_MESSAGE });
