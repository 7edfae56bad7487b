// The refusals of 預託金払出依頼書 and of the bank's decisions, in Japanese, one place.
import { formatYen } from "@/lib/domain/yen";

export const payoutRefusals = {
  noApprovedPlan: "承認済みの前払金使途内訳明細書がないため、払出を依頼できません。",
  guaranteeInactive: "この保証は取り消されているため、払出を依頼できません。",
  noBank: "この保証の預託金融機関が登録されていないため、払出依頼書を送信できません。保証会社にお問い合わせください。",
  notOnPlan: "この行は承認済みの明細書にありません。画面を開き直してください。",
  unsettled: "支払先が未定の行からは払出を依頼できません。前払金使途変更申込で支払先を確定してください。",
  duplicate: "同じ行を2回依頼することはできません。",
  exceeds: (remaining: bigint) => `依頼額は残額（${formatYen(remaining)}）以内で入力してください。`,
  decided: "この行はすでに処理されています。画面を開き直してください。",
  paidExceeds: (requested: bigint) => `払出額は依頼額（${formatYen(requested)}）以内で入力してください。`,
  paidInFuture: "払出日に未来の日付は入力できません。",
  paidBeforeRequest: "払出日は依頼日以降の日付を入力してください。",
  planBelowPayouts: (itemNo: number, held: bigint) =>
    `No.${itemNo} の前払金使用金額は、払出済・依頼中の金額（${formatYen(held)}）を下回ることはできません。`,
  itemWithPayouts: (itemNo: number) => `No.${itemNo} は払出済・依頼中の金額があるため、削除できません。`,
};
