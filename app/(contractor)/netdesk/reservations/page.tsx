import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireContractor } from "@/lib/auth/guards";
import { APPLICATION_STATUS_LABEL, isEditableStatus } from "@/lib/domain/application-status";
import { RESERVATION_STATE_LABEL } from "@/lib/domain/bid-bond";
import { RESERVATION_WORDS as W } from "@/lib/domain/bond-labels";
import { formatDateBoth } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { listContractorReservations } from "@/lib/server/bond/list-contractor-reservations";
import { GuaranteeTabs } from "../guarantees/guarantee-tabs";

export const metadata: Metadata = { title: "保証契約一覧（契約保証予約）" };

export default async function ReservationListPage() {
  const actor = await requireContractor();
  const rows = await listContractorReservations({ actor });
  return (
    <main className="guarantees">
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "保証契約一覧", href: "/netdesk/guarantees" }, { label: "契約保証予約（入札ボンド）" }]} />
      <h1>保証契約一覧</h1>
      <GuaranteeTabs current="reservations" />
      <p className="form-actions form-actions--start">
        <Link className="button" href="/netdesk/reservations/new">
          契約保証予約を申し込む
        </Link>
      </p>
      {rows.length === 0 ? (
        <p className="panel gl-empty">契約保証予約はまだありません。</p>
      ) : (
        <table className="data gl-table">
          <caption className="visually-hidden">契約保証予約の一覧</caption>
          <thead>
            <tr>
              <th scope="col">{W.number}</th>
              <th scope="col">発注者名 / 工事名</th>
              <th scope="col">{W.bidDate}</th>
              <th scope="col">{W.amount}</th>
              <th scope="col">状態</th>
              <th scope="col">{W.certificate}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.applicationId}>
                <td className="gl-number">
                  {row.reservation ? (
                    <Link href={`/netdesk/guarantees/${row.reservation.id}`}>{row.reservation.number}</Link>
                  ) : (
                    <span className="muted">（発行時に付番）</span>
                  )}
                </td>
                <td>
                  {row.orderingBodyName ?? "―"}
                  <br />
                  {row.projectName ?? "―"}
                </td>
                <td className="nowrap">{row.bidDate ? formatDateBoth(row.bidDate) : "―"}</td>
                <td className="num">{formatYen(row.reservedAmount)}</td>
                <td>
                  {row.reservation ? (
                    <>
                      {RESERVATION_STATE_LABEL[row.reservation.state]}
                      <br />
                      <small className="muted">
                        {W.validUntil} {formatDateBoth(row.reservation.validUntil)}
                      </small>
                    </>
                  ) : (
                    <Link href={isEditableStatus(row.applicationStatus) ? `/netdesk/reservations/${row.applicationId}/edit` : `/netdesk/applications/${row.applicationId}`}>
                      {APPLICATION_STATUS_LABEL[row.applicationStatus]}
                    </Link>
                  )}
                </td>
                <td>
                  {row.reservation && row.reservation.state !== "CANCELLED" ? (
                    <a href={`/netdesk/reservations/certificate/${row.reservation.id}`} download aria-label={`${row.reservation.number} の${W.certificate}（PDF）`}>
                      PDF
                    </a>
                  ) : (
                    "―"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
