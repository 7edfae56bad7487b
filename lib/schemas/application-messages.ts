// Every message the 保証申込 form and its server check can show, in one place.
import type { AmountProblem } from "@/lib/domain/yen";
import type { CountProblem } from "@/lib/domain/whole-number";
import type { DateProblem } from "@/lib/domain/date-input";

export const applicationMessages = {
  unreadable: "申込内容を読み取れませんでした。画面を読み込み直して、もう一度お試しください。",
  required: (label: string) => `${label}を入力してください。`,
  choose: (label: string) => `${label}を選択してください。`,
  invalid: (label: string) => `${label}の内容を読み取れませんでした。もう一度入力してください。`,
  tooLong: (label: string, max: number) => `${label}は${max}文字以内で入力してください。`,
  amount: (label: string, problem: AmountProblem) =>
    ({
      "not-a-number": `${label}は数字で入力してください（例: 20,000,000）。`,
      negative: `${label}にマイナスの金額は入力できません。`,
      decimal: `${label}は1円単位の整数で入力してください（小数は入力できません）。`,
      zero: `${label}は1円以上で入力してください。`,
      "too-large": `${label}は1兆円未満で入力してください。`,
    })[problem],
  count: (label: string, problem: CountProblem) =>
    ({
      "not-a-number": `${label}は数字で入力してください。`,
      negative: `${label}は0以上で入力してください。`,
      decimal: `${label}は整数で入力してください。`,
      "too-large": `${label}が大きすぎます。正しい数を入力してください。`,
    })[problem],
  date: (label: string, problem: DateProblem) =>
    ({
      format: `${label}は「20221031」または「2022/10/31」の形式で入力してください。`,
      "not-a-date": `${label}に存在しない日付が入力されています。`,
    })[problem],
  notFullWidth: (label: string, chars: string[]) =>
    `${label}に全角にできない文字（${chars.join(" ")}）が含まれています。全角の文字で入力してください。`,
  postalCode: "〒は「380-8537」の形式で入力してください。",
  phone: (label: string) => `${label}は「026-226-7520」のような電話番号の形式で入力してください。`, // also お客様情報 and master data (./fields)
  email: "メールアドレスの形式が正しくありません（例: soumu@example.jp）。",
  unknownOrderingBody: "発注者名は、登録されている発注者の一覧から選択してください。",
  unknownBranch: "申込送信先は一覧から選択してください。",
  branchLocked: (branch: string) => `差戻しされた申込の申込送信先は変更できません（${branch}に送信されます）。`,
  noGuarantee: "前払金保証・契約保証のうち、少なくとも一つを申し込んでください。",
  eGuaranteeNotEnabled: (orderingBody: string) =>
    `${orderingBody}は電子保証に対応していません。保証証書の形式は「証書(紙)」を選択してください。`,
  fiscalYearOverContract: "今年度対象額は請負金額以下で入力してください。",
  // The amount limits and the order of 工期 are lib/domain/guarantee-rules.ts (shared with 発行, 変更, 訂正).
  awardInFuture: "落札日に未来の日付は入力できません。",
  notInPast: (label: string) => `${label}に過去の日付は入力できません。`,
  disqualifiedOverBidders: "失格者数は入札参加者数以下で入力してください。",
  intermediatePlannedWithout: "中間前払金の請求を予定している場合は、中間前払金の有無を「中間前払金あり」にしてください。",
} as const;

/** The link shown with the 電子保証 error: the public list of e-guarantee enabled ordering bodies. */
export const E_GUARANTEE_ORDERING_BODIES_HREF = "/ordering-bodies";
export const isEGuaranteeNotEnabledMessage = (message: string | undefined) =>
  message?.includes("は電子保証に対応していません。") ?? false;
