// Schemas of the master data kept by guarantee staff: ordering bodies (発注者) and branches (支店).
import { z } from "zod/mini";
import "./japanese-errors";
import { preprocess } from "./preprocess";
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
  withDefault,
  yenSetting,
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
    // 中間前払金 and 入札ボンド (lib/domain/intermediate-advance.ts, bid-bond.ts); empty takes the default.
    intermediateLimitNumerator: withDefault(smallInteger("中間前払金の上限（分子）", 1, 100), "2"),
    intermediateLimitDenominator: withDefault(smallInteger("中間前払金の上限（分母）", 1, 100), "10"),
    advanceTotalLimitNumerator: withDefault(smallInteger("前払金と中間前払金の合計の上限（分子）", 1, 100), "6"),
    advanceTotalLimitDenominator: withDefault(smallInteger("前払金と中間前払金の合計の上限（分母）", 1, 100), "10"),
    intermediateRoundingUnit: withDefault(yenSetting("中間前払金額の上限の端数処理単位", 1n, 100_000_000n), "100000"),
    intermediateMinContractAmount: withDefault(yenSetting("中間前払金の対象となる請負金額の下限", 0n, 999_999_999_999n), "0"),
    bidBondNumerator: withDefault(smallInteger("入札ボンドの契約保証金額の割合（分子）", 1, 100), "5"),
    bidBondDenominator: withDefault(smallInteger("入札ボンドの契約保証金額の割合（分母）", 1, 1000), "100"),
    reservationValidityDays: withDefault(smallInteger("契約保証予約の有効日数（入札日から）", 1, 365), "30"),
    active: checkbox,
    // 前払金使途内訳明細書: the 25% 現場管理費・一般管理費等 item; 前払金請求書: the body's template.
    usageOverheadAllowed: checkbox,
    invoiceAddressee: optionalText("前払金請求書の宛先", 100),
    invoiceStatement: optionalText("前払金請求書の文言", 300),
    invoiceWithKeyNotice: checkbox,
  })
  .check(
    z.refine((v) => v.advanceLimitNumerator <= v.advanceLimitDenominator, {
      path: ["advanceLimitNumerator"],
      message: "上限の割合は分母以下の分子にしてください（例: 4/10）。",
    }),
    z.refine((v) => v.contractMinNumerator <= v.contractMinDenominator, {
      path: ["contractMinNumerator"],
      message: "下限の割合は分母以下の分子にしてください（例: 1/10）。",
    }),
    z.refine((v) => v.intermediateLimitNumerator <= v.intermediateLimitDenominator, { path: ["intermediateLimitNumerator"], message: "上限の割合は分母以下の分子にしてください（例: 2/10）。" }),
    z.refine((v) => v.advanceTotalLimitNumerator <= v.advanceTotalLimitDenominator, { path: ["advanceTotalLimitNumerator"], message: "上限の割合は分母以下の分子にしてください（例: 6/10）。" }),
    z.refine((v) => v.bidBondNumerator <= v.bidBondDenominator, { path: ["bidBondNumerator"], message: "割合は分母以下の分子にしてください（例: 5/100）。" }),
  );
export type TOrderingBody = z.infer<typeof ZOrderingBody>;

/** The 受付時間 of a branch when none is given (the flyers' wording). */
export const DEFAULT_OPENING_HOURS = "土日祝日・年末年始除く9:00～17:00";

export const ZBranch = z.object({
  name: requiredText("支店名", 50),
  // 事務所コード: the first five digits of every 保証契約番号 the branch issues.
  officeCode: preprocess(
    (v) => (typeof v === "string" ? v.normalize("NFKC").trim() : ""),
    z.string().check(z.regex(/^\d{5}$/, "事務所コードは半角数字5桁で入力してください。")),
  ),
  postalCode,
  address: requiredText("住所", 200),
  phone: phoneNumber(),
  email: emailAddress(),
  // 受付時間, printed beside the telephone number on 営業部・支店; empty keeps the usual hours.
  openingHours: preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v : DEFAULT_OPENING_HOURS), requiredText("受付時間", 100)),
  active: checkbox,
});
export type TBranch = z.infer<typeof ZBranch>;
