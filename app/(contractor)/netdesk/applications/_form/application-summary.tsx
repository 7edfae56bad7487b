// 申込確認 (and an application's detail page): every entered value read-only, yen formatted and
// dates with 和暦 beside. Rendered from the same parsed values the server stores.
import { describeRatio } from "@/lib/domain/guarantee-ratio";
import { formatDateBoth, type YMD } from "@/lib/domain/wareki";
import { formatThousandYen, formatYen } from "@/lib/domain/yen";
import type { TApplicationData } from "@/lib/schemas/application";
import {
  APPLICATION_LABELS as L, APPLICATION_SECTIONS, FEE_PAYMENT_METHOD_LABEL, INTERMEDIATE_ADVANCE_LABEL,
  INTERMEDIATE_PLANNED_LABEL, ORDER_TYPE_LABEL, RECEIVE_METHOD_LABEL, REDEPOSIT_LABEL, WANTED_LABEL, yesNoLabel as yesNo,
} from "@/lib/domain/application-labels";
import { CERTIFICATE_FORM_LABEL } from "@/lib/domain/guarantee-labels";
import { computeFee, feeRulesFromJson, type FeeRulesJson } from "@/lib/domain/fee-calculation";
import type { GuaranteeKind } from "@/lib/domain/enums";
import { FEE_ESTIMATE_LABEL } from "@/lib/domain/fee-labels";
import { dateOfYmd } from "@/lib/domain/wareki";

/** The rate tables in force today, by kind (JSON from the server): 申込確認 shows 保証料（概算） with them. */
export type FeeTablesInForce = Partial<Record<GuaranteeKind | "BID_BOND_RESERVATION", { rules: FeeRulesJson }>>;

/** 保証料（概算）: the guarantee amount over the 工期 under today's table (the same rule as 発行). */
function feeEstimate(tables: FeeTablesInForce | undefined, kind: GuaranteeKind, amount: bigint | null, from: YMD | null, to: YMD | null): React.ReactNode {
  const table = tables?.[kind];
  if (!tables) return undefined;
  if (!table) return "料率表が公開されていないため計算できません";
  if (amount === null || !from || !to) return null;
  const fee = computeFee(feeRulesFromJson(table.rules), { amount, termFrom: dateOfYmd(from), termTo: dateOfYmd(to) }).fee;
  return (
    <>
      {formatYen(fee)}
      <span className="muted">（保証期間を工期として、本日の料率表で計算。発行日の料率表で確定します）</span>
    </>
  );
}

type Row = [label: string, value: React.ReactNode];
const NONE = "（未入力）";
const show = (v: React.ReactNode) => (v === null || v === undefined || v === "" ? <span className="muted">{NONE}</span> : v);
const date = (v: YMD | null) => (v ? formatDateBoth(v) : null);
const count = (v: number | null, unit: string) => (v === null ? null : `${v}${unit}`);

function RowsTable({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <table className="data summary-table">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {rows.map(([label, value], index) => (
          <tr key={`${label}-${index}`}>
            <th scope="row">{label}</th>
            <td>{show(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ApplicationSummary({ data, orderingBodyName, branchName, feeTables }: { data: TApplicationData; orderingBodyName: string | null; branchName: string | null; feeTables?: FeeTablesInForce }) {
  const d = data;
  const advanceBase = d.advanceFiscalYearAmount ?? d.contractAmount;
  const advanceBaseLabel = d.advanceFiscalYearAmount !== null ? L.advanceFiscalYearAmount : L.contractAmount;
  const contractRows: Row[] = [
    [L.orderingBodyId, orderingBodyName], [L.projectName, d.projectName], [L.projectLocation, d.projectLocation],
    [L.contractAmount, formatYen(d.contractAmount)], ["工期", d.periodFrom && d.periodTo ? `${date(d.periodFrom)} 〜 ${date(d.periodTo)}` : date(d.periodFrom) ?? date(d.periodTo)],
    [L.contractDate, date(d.contractDate)], [L.jvName, d.jvName],
  ];
  const advanceRows: Row[] = d.advanceRequested
    ? [
        [L.advanceForm, d.advanceForm && CERTIFICATE_FORM_LABEL[d.advanceForm]],
        [L.advanceFiscalYearAmount, formatYen(d.advanceFiscalYearAmount)],
        [L.advanceAmount, d.advanceAmount !== null && (
          <>
            {formatYen(d.advanceAmount)}
            {advanceBase !== null && <span className="muted"> {describeRatio(d.advanceAmount, advanceBase, advanceBaseLabel, L.advanceAmount)}</span>}
          </>
        )],
        [L.depositBank, d.depositBank], [L.redeposit, yesNo(d.redeposit, REDEPOSIT_LABEL)],
        [L.advanceFeePaymentMethod, d.advanceFeePaymentMethod && FEE_PAYMENT_METHOD_LABEL[d.advanceFeePaymentMethod]],
        [L.advanceFeeBillTo, d.advanceFeeBillTo], [L.advanceFeeStatementWanted, yesNo(d.advanceFeeStatementWanted, WANTED_LABEL)],
        ...(feeTables ? ([[FEE_ESTIMATE_LABEL, feeEstimate(feeTables, "ADVANCE", d.advanceAmount, d.periodFrom, d.periodTo)]] as Row[]) : []),
        [L.intermediateAdvance, yesNo(d.intermediateAdvance, INTERMEDIATE_ADVANCE_LABEL)],
        [L.intermediateAdvancePlanned, yesNo(d.intermediateAdvancePlanned, INTERMEDIATE_PLANNED_LABEL)],
      ]
    : [["前払金保証", "申し込まない"]];
  const contractGuaranteeRows: Row[] = d.contractGuaranteeRequested
    ? [
        [L.contractForm, d.contractForm && CERTIFICATE_FORM_LABEL[d.contractForm]],
        [L.contractGuaranteeAmount, d.contractGuaranteeAmount !== null && (
          <>
            {formatYen(d.contractGuaranteeAmount)}
            {d.contractAmount !== null && <span className="muted"> {describeRatio(d.contractGuaranteeAmount, d.contractAmount, L.contractAmount, L.contractGuaranteeAmount)}</span>}
          </>
        )],
        [L.contractFeePaymentMethod, d.contractFeePaymentMethod && FEE_PAYMENT_METHOD_LABEL[d.contractFeePaymentMethod]],
        [L.contractFeeBillTo, d.contractFeeBillTo], [L.contractFeeStatementWanted, yesNo(d.contractFeeStatementWanted, WANTED_LABEL)],
        ...(feeTables ? ([[FEE_ESTIMATE_LABEL, feeEstimate(feeTables, "CONTRACT", d.contractGuaranteeAmount, d.periodFrom, d.periodTo)]] as Row[]) : []),
      ]
    : [["契約保証", "申し込まない"]];
  const biddingRows: Row[] = [
    [L.orderType, d.orderType && ORDER_TYPE_LABEL[d.orderType]], [L.awardDate, date(d.awardDate)],
    [L.bidRounds, count(d.bidRounds, "回")], [L.bidderCount, count(d.bidderCount, "社")], [L.disqualifiedCount, count(d.disqualifiedCount, "社")],
    [L.secondBidder, d.secondBidder], [L.secondBidAmountThousand, formatThousandYen(d.secondBidAmountThousand)],
    [L.highestBidder, d.highestBidder], [L.highestBidAmountThousand, formatThousandYen(d.highestBidAmountThousand)],
  ];
  const informationRows: Row[] = [
    [L.branchId, branchName], [L.receiveMethod, d.receiveMethod && RECEIVE_METHOD_LABEL[d.receiveMethod]],
    ...(d.receiveMethod === "MAIL" ? ([[L.receiveDesiredDate, date(d.receiveDesiredDate)]] as Row[]) : []),
    ...(d.receiveMethod === "COUNTER" ? ([[L.visitDate, date(d.visitDate)], [L.visitHour, d.visitHour === null ? null : `${d.visitHour}時ごろ`]] as Row[]) : []),
    [L.completionMailWanted, yesNo(d.completionMailWanted, WANTED_LABEL)], [L.notificationEmail, d.notificationEmail],
    ["保証証書送付先", [d.shipToName, d.shipToPostalCode && `〒${d.shipToPostalCode}`, d.shipToAddress].filter(Boolean).join(" ")],
    ["連絡先", [d.contactDepartment, d.contactTitle, d.contactName, d.contactPhone && `TEL ${d.contactPhone}`].filter(Boolean).join(" ")],
    [L.customerMessage, d.customerMessage && <span className="pre-wrap">{d.customerMessage}</span>],
  ];
  return (
    <div className="application-summary">
      <h2>{APPLICATION_SECTIONS.contract.title}</h2>
      <RowsTable caption={APPLICATION_SECTIONS.contract.title} rows={contractRows} />
      <h2>{APPLICATION_SECTIONS.guarantee.title}</h2>
      <h3>前払金保証</h3>
      <RowsTable caption="前払金保証" rows={advanceRows} />
      <h3>契約保証</h3>
      <RowsTable caption="契約保証" rows={contractGuaranteeRows} />
      <h2>{APPLICATION_SECTIONS.bidding.title}</h2>
      <RowsTable caption={APPLICATION_SECTIONS.bidding.title} rows={biddingRows} />
      <h2>{APPLICATION_SECTIONS.information.title}</h2>
      <RowsTable caption={APPLICATION_SECTIONS.information.title} rows={informationRows} />
    </div>
  );
}
