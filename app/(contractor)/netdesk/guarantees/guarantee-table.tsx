import Link from "next/link";
import { KIND_SHORT } from "@/lib/domain/guarantee-labels";
import { formatYen } from "@/lib/domain/yen";
import type { GuaranteeListRow } from "@/lib/server/guarantees/list-contractor-guarantees";

/** The rows of 保証契約一覧 with the flyer's columns; an e-guarantee row links to its 電子保証概要. */
export function GuaranteeTable({ rows, firstRowNo }: { rows: GuaranteeListRow[]; firstRowNo: number }) {
  return (
    <div className="table-scroll">
      <table className="data gl-table">
        <caption className="visually-hidden">保証契約の一覧</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">保証種類</th>
            <th scope="col">保証契約番号</th>
            <th scope="col">
              発注者名
              <br />
              工事名
            </th>
            <th scope="col" className="num">
              請負金額
            </th>
            <th scope="col">電子保証</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id} className={row.status === "CANCELLED" ? "gl-row--cancelled" : undefined}>
              <td className="num">{firstRowNo + index}</td>
              <td className="nowrap">
                {KIND_SHORT[row.kind]}
                {row.parentContractNumber && (
                  <>
                    <br />
                    <small className="muted">
                      {KIND_SHORT.ADVANCE} {row.parentContractNumber}
                    </small>
                  </>
                )}
              </td>
              <td className="nowrap gl-number">
                {row.contractNumber}
                {row.status === "CANCELLED" && <span className="gl-cancelled">取消</span>}
              </td>
              <td>
                <span className="gl-body">{row.orderingBodyName}</span>
                <br />
                {row.projectName}
              </td>
              <td className="num nowrap">{formatYen(row.contractAmount)}</td>
              <td className="nowrap">
                {row.form === "ELECTRONIC" ? (
                  <Link href={`/netdesk/guarantees/${row.id}`} className="button button--small" aria-label={`${row.contractNumber} の電子保証概要`}>
                    詳細
                  </Link>
                ) : (
                  <span className="muted">証書(紙)</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
