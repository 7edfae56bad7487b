// A 中間前払金保証 or 契約保証予約 application, read-only, in its form's words: the staff's 申込の詳細 and
// the contractor's 申込内容 show the same rows. (A 保証申込 made from a reservation names it too.)
import { DetailTable } from "@/components/detail-table";
import { APPLICATION_LABELS, FEE_PAYMENT_METHOD_LABEL, WANTED_LABEL, yesNoLabel } from "@/lib/domain/application-labels";
import { INTERMEDIATE_LABELS as IL, RESERVATION_LABELS as RL, RESERVATION_WORDS } from "@/lib/domain/bond-labels";
import type { ApplicationKind, CertificateForm, FeePaymentMethod } from "@/lib/domain/enums";
import { CERTIFICATE_FORM_LABEL, PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { formatFraction } from "@/lib/domain/guarantee-ratio";
import { formatDateBoth } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";

export type BondApplicationView = {
  kind: ApplicationKind;
  company?: { name: string };
  orderingBody: { name: string; bidBondNumerator: number; bidBondDenominator: number; reservationValidityDays: number } | null;
  branch: { name: string } | null;
  projectName: string | null;
  projectLocation: string | null;
  contractAmount: bigint | null;
  periodFrom: Date | null;
  periodTo: Date | null;
  parentGuarantee: { contractNumber: string; amount: bigint } | null;
  reservation: { contractNumber: string; amount: bigint } | null;
  intermediateAmount: bigint | null;
  certificationDate: Date | null;
  certificationNumber: string | null;
  depositBank: string | null;
  intermediateForm: CertificateForm | null;
  intermediateFeePaymentMethod: FeePaymentMethod | null;
  intermediateFeeBillTo: string | null;
  intermediateFeeStatementWanted: boolean | null;
  bidNoticeNumber: string | null;
  bidDate: Date | null;
  bidAmount: bigint | null;
  reservedAmount: bigint | null;
  completionMailWanted: boolean;
  notificationEmail: string | null;
  contactDepartment: string | null;
  contactTitle: string | null;
  contactName: string | null;
  contactPhone: string | null;
  customerMessage: string | null;
};

const date = (d: Date | null) => (d ? formatDateBoth(d) : "");

function contactRows(a: BondApplicationView): [string, React.ReactNode][] {
  return [
    [APPLICATION_LABELS.branchId, a.branch?.name],
    [APPLICATION_LABELS.notificationEmail, a.notificationEmail],
    [APPLICATION_LABELS.contactDepartment, a.contactDepartment],
    [APPLICATION_LABELS.contactTitle, a.contactTitle],
    [APPLICATION_LABELS.contactName, a.contactName],
    [APPLICATION_LABELS.contactPhone, a.contactPhone],
    [APPLICATION_LABELS.customerMessage, a.customerMessage],
  ];
}

export function BondApplicationDetails({ application: a }: { application: BondApplicationView }) {
  if (a.kind === "INTERMEDIATE") {
    return (
      <>
        <h2>{PRODUCT_NAME.INTERMEDIATE}の申込内容</h2>
        <DetailTable
          caption={`${PRODUCT_NAME.INTERMEDIATE}の申込内容`}
          rows={[
            ...(a.company ? ([["請負者", a.company.name]] as [string, React.ReactNode][]) : []),
            [`${PRODUCT_NAME.ADVANCE}の保証契約番号`, a.parentGuarantee?.contractNumber],
            [`${PRODUCT_NAME.ADVANCE}の保証金額（前払金額）`, a.parentGuarantee ? formatYen(a.parentGuarantee.amount) : ""],
            ["発注者名", a.orderingBody?.name],
            ["工事名", a.projectName],
            ["請負金額", formatYen(a.contractAmount)],
            ["工期", a.periodFrom && a.periodTo ? `${date(a.periodFrom)} 〜 ${date(a.periodTo)}` : ""],
            [IL.intermediateAmount, formatYen(a.intermediateAmount)],
            [IL.certificationDate, date(a.certificationDate)],
            [IL.certificationNumber, a.certificationNumber],
            [IL.depositBank, a.depositBank],
            [IL.intermediateForm, a.intermediateForm ? CERTIFICATE_FORM_LABEL[a.intermediateForm] : ""],
            [IL.intermediateFeePaymentMethod, a.intermediateFeePaymentMethod ? FEE_PAYMENT_METHOD_LABEL[a.intermediateFeePaymentMethod] : ""],
            [IL.intermediateFeeBillTo, a.intermediateFeeBillTo],
            [IL.intermediateFeeStatementWanted, yesNoLabel(a.intermediateFeeStatementWanted, WANTED_LABEL)],
            [IL.completionMailWanted, yesNoLabel(a.completionMailWanted, WANTED_LABEL)],
            ...contactRows(a),
          ]}
        />
      </>
    );
  }
  const body = a.orderingBody;
  return (
    <>
      <h2>契約保証予約（入札ボンド）の申込内容</h2>
      <DetailTable
        caption="契約保証予約の申込内容"
        rows={[
          ...(a.company ? ([["入札者", a.company.name]] as [string, React.ReactNode][]) : []),
          [RL.orderingBodyId, body?.name],
          [RL.projectName, a.projectName],
          [RL.projectLocation, a.projectLocation],
          [RL.bidNoticeNumber, a.bidNoticeNumber],
          [RL.bidDate, date(a.bidDate)],
          [RL.bidAmount, formatYen(a.bidAmount)],
          [RL.reservedAmount, a.reservedAmount === null ? "" : `${formatYen(a.reservedAmount)}${body ? `（発注者の定め: 入札予定金額の${formatFraction({ numerator: body.bidBondNumerator, denominator: body.bidBondDenominator })}以上）` : ""}`],
          [RESERVATION_WORDS.validUntil, body ? `入札日から${body.reservationValidityDays}日` : ""],
          ...contactRows(a),
        ]}
      />
    </>
  );
}
