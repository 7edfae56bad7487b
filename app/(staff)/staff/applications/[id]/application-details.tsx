// Everything the contractor entered, read-only, in the form's own sections and words.
import { DetailTable } from "@/components/detail-table";
import { FEE_PAYMENT_METHOD_LABEL, ORDER_TYPE_LABEL, RECEIVE_METHOD_LABEL, ratioPercent } from "@/lib/domain/application-labels";
import { CERTIFICATE_FORM_LABEL } from "@/lib/domain/guarantee-labels";
import { formatDateBoth } from "@/lib/domain/wareki";
import { formatThousandYen, formatYen } from "@/lib/domain/yen";
import type { BranchApplication } from "@/lib/server/applications/get-branch-application";

const date = (d: Date | null) => (d ? formatDateBoth(d) : "");
const yesNo = (v: boolean | null, yes: string, no: string) => (v === null ? "" : v ? yes : no);
const count = (n: number | null, unit: string) => (n === null ? "" : `${n}${unit}`);
const withRatio = (amount: bigint | null, whole: bigint | null) =>
  amount === null ? "" : `${formatYen(amount)}（請負金額の${ratioPercent(amount, whole)}）`;

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
            ["前払金保証金額", withRatio(a.advanceAmount, a.advanceFiscalYearAmount ?? a.contractAmount)],
            ["預託金融機関", a.depositBank],
            ["再預託利用区分", yesNo(a.redeposit, "再預託を利用する", "再預託を利用しない")],
            ["前払金保証料支払方法", a.advanceFeePaymentMethod ? FEE_PAYMENT_METHOD_LABEL[a.advanceFeePaymentMethod] : ""],
            ["前払金保証料請求先", a.advanceFeeBillTo],
            ["保証料計算書(紙)", yesNo(a.advanceFeeStatementWanted, "希望する", "希望しない")],
            ["中間前払金の有無", yesNo(a.intermediateAdvance, "中間前払金あり", "中間前払金なし")],
            ["中間前払金の請求予定", yesNo(a.intermediateAdvancePlanned, "予定している", "予定していない")],
          ]}
        />
      )}
      <h3>契約保証{a.contractGuaranteeRequested ? "（申込あり）" : "（申込なし）"}</h3>
      {a.contractGuaranteeRequested && (
        <DetailTable
          caption="契約保証"
          rows={[
            ["保証証書の形式", a.contractForm ? CERTIFICATE_FORM_LABEL[a.contractForm] : ""],
            ["契約保証金額", withRatio(a.contractGuaranteeAmount, a.contractAmount)],
            ["契約保証料支払方法", a.contractFeePaymentMethod ? FEE_PAYMENT_METHOD_LABEL[a.contractFeePaymentMethod] : ""],
            ["契約保証料請求先", a.contractFeeBillTo],
            ["保証料計算書(紙)", yesNo(a.contractFeeStatementWanted, "希望する", "希望しない")],
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
              ? `送付（受取希望日: ${date(a.receiveDesiredDate) || "指定なし"}）`
              : a.receiveMethod === "COUNTER"
                ? `当社窓口（来店予定日: ${date(a.visitDate) || "未定"}${a.visitHour !== null ? ` ${a.visitHour}時ごろ` : ""}）`
                : "",
          ],
          ["電子保証発行完了のお知らせ", a.completionMailWanted ? "希望する" : "希望しない"],
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
