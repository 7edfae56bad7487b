// Everything the contractor entered, read-only, in the form's own sections and words.
import { DetailTable } from "@/components/detail-table";
import {
  APPLICATION_LABELS as L, FEE_PAYMENT_METHOD_LABEL, INTERMEDIATE_ADVANCE_LABEL, INTERMEDIATE_PLANNED_LABEL, ORDER_TYPE_LABEL,
  RECEIVE_METHOD_LABEL, REDEPOSIT_LABEL, WANTED_LABEL, yesNoLabel as yesNo,
} from "@/lib/domain/application-labels";
import { CERTIFICATE_FORM_LABEL } from "@/lib/domain/guarantee-labels";
import { formatPercent } from "@/lib/domain/guarantee-ratio";
import { formatDateBoth } from "@/lib/domain/wareki";
import { formatThousandYen, formatYen } from "@/lib/domain/yen";
import type { BranchApplication } from "@/lib/server/applications/get-branch-application";

const date = (d: Date | null) => (d ? formatDateBoth(d) : "");
const count = (n: number | null, unit: string) => (n === null ? "" : `${n}${unit}`);
/** 「20,000,000円（請負金額の40.0%）」: the share of the amount it is measured against (今年度対象額 when given). */
const withRatio = (amount: bigint | null, base: bigint | null, baseLabel: string) => {
  if (amount === null) return "";
  return base === null || base <= 0n ? formatYen(amount) : `${formatYen(amount)}（${baseLabel}の${formatPercent(amount, base)}）`;
};

export function ApplicationDetails({ application: a }: { application: BranchApplication }) {
  return (
    <>
      <h2>請負工事の情報</h2>
      <DetailTable
        caption="請負工事の情報"
        rows={[
          ["請負者", a.company.name],
          ["発注者名", a.orderingBody?.name],
          ["工事名", a.projectName],
          ["工事場所", a.projectLocation],
          ["請負金額", formatYen(a.contractAmount)],
          ["工期", a.periodFrom && a.periodTo ? `${date(a.periodFrom)} 〜 ${date(a.periodTo)}` : ""],
          ["契約日", date(a.contractDate)],
          ["JV名", a.jvName],
        ]}
      />

      <h2>保証の申込内容</h2>
      <h3>前払金保証{a.advanceRequested ? "（申込あり）" : "（申込なし）"}</h3>
      {a.advanceRequested && (
        <DetailTable
          caption="前払金保証"
          rows={[
            ["保証証書の形式", a.advanceForm ? CERTIFICATE_FORM_LABEL[a.advanceForm] : ""],
            ["今年度対象額", formatYen(a.advanceFiscalYearAmount)],
            ["前払金保証金額", withRatio(a.advanceAmount, a.advanceFiscalYearAmount ?? a.contractAmount, a.advanceFiscalYearAmount !== null ? L.advanceFiscalYearAmount : L.contractAmount)],
            ["預託金融機関", a.depositBank],
            ["再預託利用区分", yesNo(a.redeposit, REDEPOSIT_LABEL)],
            ["前払金保証料支払方法", a.advanceFeePaymentMethod ? FEE_PAYMENT_METHOD_LABEL[a.advanceFeePaymentMethod] : ""],
            ["前払金保証料請求先", a.advanceFeeBillTo],
            ["保証料計算書(紙)", yesNo(a.advanceFeeStatementWanted, WANTED_LABEL)],
            ["中間前払金の有無", yesNo(a.intermediateAdvance, INTERMEDIATE_ADVANCE_LABEL)],
            ["中間前払金の請求予定", yesNo(a.intermediateAdvancePlanned, INTERMEDIATE_PLANNED_LABEL)],
          ]}
        />
      )}
      <h3>契約保証{a.contractGuaranteeRequested ? "（申込あり）" : "（申込なし）"}</h3>
      {a.contractGuaranteeRequested && (
        <DetailTable
          caption="契約保証"
          rows={[
            ["保証証書の形式", a.contractForm ? CERTIFICATE_FORM_LABEL[a.contractForm] : ""],
            ["契約保証金額", withRatio(a.contractGuaranteeAmount, a.contractAmount, L.contractAmount)],
            ["契約保証料支払方法", a.contractFeePaymentMethod ? FEE_PAYMENT_METHOD_LABEL[a.contractFeePaymentMethod] : ""],
            ["契約保証料請求先", a.contractFeeBillTo],
            ["保証料計算書(紙)", yesNo(a.contractFeeStatementWanted, WANTED_LABEL)],
          ]}
        />
      )}

      <h2>入札の状況</h2>
      <DetailTable
        caption="入札の状況"
        rows={[
          ["受注区分", a.orderType ? ORDER_TYPE_LABEL[a.orderType] : ""],
          ["落札日", date(a.awardDate)],
          ["入札回数", count(a.bidRounds, "回")],
          ["入札参加者数", count(a.bidderCount, "社")],
          ["失格者数", count(a.disqualifiedCount, "社")],
          ["二番札入札者", a.secondBidder],
          ["二番札入札金額", formatThousandYen(a.secondBidAmountThousand)],
          ["最高札入札者", a.highestBidder],
          ["最高札入札金額", formatThousandYen(a.highestBidAmountThousand)],
        ]}
      />

      <h2>インフォメーション</h2>
      <DetailTable
        caption="インフォメーション"
        rows={[
          ["申込送信先", a.branch?.name],
          [
            "受取方法",
            a.receiveMethod === "MAIL"
              ? `${RECEIVE_METHOD_LABEL.MAIL}（受取希望日: ${date(a.receiveDesiredDate) || "指定なし"}）`
              : a.receiveMethod === "COUNTER"
                ? `${RECEIVE_METHOD_LABEL.COUNTER}（来店予定日: ${date(a.visitDate) || "未定"}${a.visitHour !== null ? ` ${a.visitHour}時ごろ` : ""}）`
                : "",
          ],
          ["電子保証発行完了のお知らせ", yesNo(a.completionMailWanted, WANTED_LABEL)],
          ["メールアドレス", a.notificationEmail],
          ["保証証書送付先", [a.shipToName, a.shipToPostalCode && `〒${a.shipToPostalCode}`, a.shipToAddress].filter(Boolean).join(" ")],
          ["連絡先", [a.contactDepartment, a.contactTitle, a.contactName, a.contactPhone].filter(Boolean).join(" ")],
          ["お客様から弊社への連絡事項", a.customerMessage],
          ["弊社からお客様へのお知らせ", a.companyMessage],
          ["申込者", `${a.createdBy.name}（${a.createdBy.email}）`],
        ]}
      />
    </>
  );
}
