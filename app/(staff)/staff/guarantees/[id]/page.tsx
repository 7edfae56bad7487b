import type { Metadata } from "next";
import Link from "next/link";
import { AuditHistory } from "@/components/audit-history";
import { DetailTable } from "@/components/detail-table";
import { GuaranteeStatusBadge } from "@/components/status-badge";
import { requireStaff } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/http/or-not-found";
import { asCertificateContent, certificateRows } from "@/lib/domain/certificate-content";
import { currentVersion } from "@/lib/domain/certificate-history";
import { CHANGE_TYPE_LABEL, PRODUCT_NAME, VERSION_KIND_LABEL } from "@/lib/domain/guarantee-labels";
import { formatDateTimeJst, formatWareki } from "@/lib/domain/wareki";
import { getBranchGuarantee } from "@/lib/server/guarantees/get-branch-guarantee";
import { AmendForm } from "./amend-form";
import { CancelChangeForm, CancelGuaranteeForm } from "./cancel-forms";
import { CorrectForm } from "./correct-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { listGuaranteeFeeStatements } from "@/lib/server/fees/list-guarantee-fee-statements";
import { GuaranteeFeeStatements } from "./fee-statements";

export const metadata: Metadata = { title: "発行済みの保証（変更・訂正・取消）" };

export default async function StaffGuaranteePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const found = await orNotFound(getBranchGuarantee({ guaranteeId: id, actor }));
  const { guarantee: g, history } = found;
  const current = currentVersion(g.versions)!;
  const content = asCertificateContent(current.content);
  const active = g.status === "ACTIVE";
  const fees = await listGuaranteeFeeStatements({ actor, guaranteeId: g.id });

  return (
    <main>
      <Breadcrumbs items={[{ label: "保証会社業務トップ", href: "/staff" }, { label: "発行済みの保証", href: "/staff/guarantees" }, { label: g.contractNumber }]} />
      <h1>
        {PRODUCT_NAME[g.kind]} <span className="mono contract-number">{g.contractNumber}</span> <GuaranteeStatusBadge status={g.status} />
      </h1>
      <p className="muted">
        {g.company.name} 様 ・ 発行 {formatDateTimeJst(g.issuedAt)}（{g.issuedBy.name}）
        {g.application.applicationNumber && (
          <>
            {" "}
            ・ <Link href={`/staff/applications/${g.application.id}`}>申込 {g.application.applicationNumber}</Link>
          </>
        )}
      </p>

      <h2>現在の電子保証の内容（第{current.versionNo}版）</h2>
      <DetailTable
        caption="現在の電子保証の内容"
        rows={[
          ...certificateRows(content).map((r): [string, string] => [r.label, r.value]),
          ["認証キー", g.authKey ? `発行済み（${formatDateTimeJst(g.authKey.createdAt)}。キーはお客様の画面でのみ表示）` : "なし（証書(紙)）"],
        ]}
      />

      <h2>電子保証情報（すべての版）</h2>
      <p className="muted">訂正・変更取消された版は、お客様の履歴には表示されません（ここでは監査のため表示しています）。</p>
      <table className="data" aria-label="電子保証の版">
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">電子保証発行日時</th>
            <th scope="col">対象</th>
            <th scope="col">保証金額</th>
            <th scope="col">保証期限</th>
            <th scope="col">お客様の履歴</th>
            <th scope="col">作成者</th>
          </tr>
        </thead>
        <tbody>
          {g.versions.map((v) => {
            const c = asCertificateContent(v.content);
            return (
              <tr key={v.id} className={v.hiddenFromHistory ? "row--hidden" : undefined}>
                <td>{v.versionNo}</td>
                <td className="nowrap">{formatDateTimeJst(v.issuedAt)}</td>
                <td>
                  {VERSION_KIND_LABEL[v.kind]}
                  {v.changeType && `（${CHANGE_TYPE_LABEL[v.changeType]}）`}
                  {v.replacesVersionId && `・第${g.versions.find((o) => o.id === v.replacesVersionId)?.versionNo}版を置換`}
                </td>
                <td className="num">{BigInt(c.guaranteeAmount).toLocaleString("ja-JP")}円</td>
                <td className="nowrap">{formatWareki(new Date(`${c.termTo}T00:00:00Z`))}</td>
                <td>{v.hiddenFromHistory ? "非表示" : "表示"}</td>
                <td>{v.createdBy.name}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>保証料</h2>
      <GuaranteeFeeStatements fees={fees} />

      <h2>変更・訂正・取消</h2>
      {active ? (
        <div className="stack">
          <AmendForm guaranteeId={g.id} termTo={content.termTo} />
          <CorrectForm guaranteeId={g.id} advance={g.kind === "ADVANCE"} content={content} />
          {current.changeType !== null && <CancelChangeForm guaranteeId={g.id} />}
          <CancelGuaranteeForm guaranteeId={g.id} />
        </div>
      ) : (
        <p className="alert alert--error">この保証は取り消されています（{g.cancelledAt ? formatDateTimeJst(g.cancelledAt) : ""}）。変更・訂正はできません。</p>
      )}

      <h2>履歴</h2>
      <AuditHistory entries={history} label="履歴" empty="履歴はまだありません。" />
    </main>
  );
}
