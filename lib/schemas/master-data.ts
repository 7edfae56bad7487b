// Schemas of the master data kept by guarantee staff: ordering bodies (発注者) and branches (支店).
import { z } from "zod";
import "./japanese-errors";
import { PREFECTURES } from "@/lib/domain/prefectures";
import {
  checkbox,
  emailAddress,
  mailDomainList,
  optionalEmailAddress,
  optionalText,
  phoneNumber,
  postalCode,
  requiredText,
  smallInteger,
} from "./fields";

export const ZOrderingBody = z
  .object({
    name: requiredText("発注者名", 100),
    prefecture: z.enum(PREFECTURES, { error: "都道府県を選択してください。" }),
    eGuaranteeEnabled: checkbox,
    keySubmissionEmail: optionalEmailAddress("認証キーの提出先メールアドレス"),
    keySubmissionDomains: mailDomainList("提出先として認めるメールドメイン"),
    keyEmailSubjectTemplate: optionalText("提出メールの件名", 200),
    advanceLimitNumerator: smallInteger("前払金保証の上限（分子）", 1, 100),
    advanceLimitDenominator: smallInteger("前払金保証の上限（分母）", 1, 100),
    contractMinNumerator: smallInteger("契約保証の下限（分子）", 1, 100),
    contractMinDenominator: smallInteger("契約保証の下限（分母）", 1, 100),
    active: checkbox,
    // 前払金使途内訳明細書: the 25% 現場管理費・一般管理費等 item; 前払金請求書: the body's template.
    usageOverheadAllowed: checkbox,
    invoiceAddressee: optionalText("前払金請求書の宛先", 100),
    invoiceStatement: optionalText("前払金請求書の文言", 300),
    invoiceWithKeyNotice: checkbox,
  })
  .refine((v) => v.advanceLimitNumerator <= v.advanceLimitDenominator, {
    path: ["advanceLimitNumerator"],
    message: "上限の割合は分母以下の分子にしてください（例: 4/10）。",
  })
  .refine((v) => v.contractMinNumerator <= v.contractMinDenominator, {
    path: ["contractMinNumerator"],
    message: "下限の割合は分母以下の分子にしてください（例: 1/10）。",
  });
export type TOrderingBody = z.infer<typeof ZOrderingBody>;

export const ZBranch = z.object({
  name: requiredText("支店名", 50),
  // 事務所コード: the first five digits of every 保証契約番号 the branch issues.
  officeCode: z.preprocess(
    (v) => (typeof v === "string" ? v.normalize("NFKC").trim() : ""),
    z.string().regex(/^\d{5}$/, "事務所コードは半角数字5桁で入力してください。"),
  ),
  postalCode,
  address: requiredText("住所", 200),
  phone: phoneNumber(),
  email: emailAddress(),
  active: checkbox,
});
export type TBranch = z.infer<typeof ZBranch>;
