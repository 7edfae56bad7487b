// zod's own messages are English and name internal types ("Invalid input: expected string, received
// array"). Every schema gives its fields Japanese messages, but a forged request (a missing form
// field, an array where text belongs, an unknown 変更区分) reaches zod's defaults; those are shown
// beside the fields. This sets Japanese defaults once, at the lowest priority, so a schema's own
// message still wins. Imported for its effect by every schema module.
import { z } from "zod";

const DEFAULT_MESSAGE = "入力内容が正しくありません。画面を読み込み直して、もう一度お試しください。";

const MESSAGES: Partial<Record<z.core.$ZodIssue["code"], string>> = {
  invalid_value: "選択肢の中から選んでください。",
  invalid_union: "選択肢の中から選んでください。",
  too_big: "入力が長すぎるか、大きすぎます。",
  too_small: "入力が短すぎるか、小さすぎます。",
  unrecognized_keys: "想定していない項目が含まれています。",
};

z.config({ localeError: (issue) => MESSAGES[issue.code] ?? DEFAULT_MESSAGE });
