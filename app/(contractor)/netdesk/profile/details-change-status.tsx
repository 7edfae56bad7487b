// お客様情報: the latest change of the registered details asked for — 申請中 with what was asked, or how
// it was decided (承認, or 却下 with the reason).
import { DetailTable } from "@/components/detail-table";
import { CHANGE_REQUEST_STATUS_LABEL, REGISTERED_DETAIL_LABEL, changedDetailFields, registeredDetailsOf } from "@/lib/domain/company-details";
import type { ChangeRequestStatus } from "@/lib/domain/enums";
import { formatDateTimeJst } from "@/lib/domain/wareki";

type Request = {
  status: ChangeRequestStatus;
  before: unknown;
  after: unknown;
  requestedAt: Date;
  requestedBy: { name: string };
  decidedAt: Date | null;
  rejectionReason: string | null;
};

export function DetailsChangeStatus({ request }: { request: Request }) {
  const before = registeredDetailsOf(request.before as Record<string, unknown>);
  const after = registeredDetailsOf(request.after as Record<string, unknown>);
  const asked = `${formatDateTimeJst(request.requestedAt)}（${request.requestedBy.name}）`;
  if (request.status !== "PENDING") {
    return (
      <p className={`alert ${request.status === "APPROVED" ? "alert--info" : "alert--warning"}`} role="status">
        {asked}の登録情報の変更申請は{CHANGE_REQUEST_STATUS_LABEL[request.status]}されました
        {request.decidedAt && `（${formatDateTimeJst(request.decidedAt)}）`}。
        {request.status === "REJECTED" && request.rejectionReason && <> 理由: {request.rejectionReason}</>}
      </p>
    );
  }
  return (
    <section className="alert alert--warning" aria-label="申請中の登録情報の変更">
      <h3 className="alert__heading">登録情報の変更: {CHANGE_REQUEST_STATUS_LABEL.PENDING}（{asked}）</h3>
      <p>保証会社が確認するまで、保証証書には現在の登録内容が記載されます。確認が済むまで新しい申請はできません。</p>
      <DetailTable
        caption="申請した変更"
        rows={changedDetailFields(before, after).map((field) => [REGISTERED_DETAIL_LABEL[field], `${before[field]} → ${after[field]}`])}
      />
    </section>
  );
}
