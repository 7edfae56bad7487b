import type { Metadata } from "next";
import { UserStatus } from "@/components/user-status";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { listCompanyDetailsChanges } from "@/lib/server/accounts/list-company-details-changes";
import { listContractorCompanies } from "@/lib/server/accounts/list-contractor-companies";
import { approveCompanyDetailsChangeAction, registerContractorAction, rejectCompanyDetailsChangeAction } from "./actions";
import { DetailsChangeRequests } from "./details-change-requests";
import { RegisterContractorForm } from "./register-contractor-form";

export const metadata: Metadata = { title: "請負者の登録・招待" };

export default async function ContractorsPage() {
  const actor = await requireStaff();
  const [companies, changes] = await Promise.all([listContractorCompanies({ actor }), listCompanyDetailsChanges({ actor })]);
  return (
    <main>
      <h1>請負者の登録・招待</h1>
      <h2>登録情報の変更申請（申請中 {changes.length}件）</h2>
      <p className="muted">
        会社名・代表者・所在地は保証証書に記載されます。お客様からの変更申請を確認し、承認すると登録情報が変わり、これから発行する保証証書に反映されます（発行済みの証書は変わりません）。
      </p>
      <DetailsChangeRequests
        requests={changes.map((c) => ({ ...c, requestedAt: formatDateTimeJst(c.requestedAt) }))}
        approve={approveCompanyDetailsChangeAction}
        reject={rejectCompanyDetailsChangeAction}
      />

      <h2>新しい請負者の登録</h2>
      <div className="panel">
        <p className="muted">会社を登録し、最初のユーザーに招待メール（パスワード設定用リンク、有効期限72時間）を送信します。</p>
        <RegisterContractorForm action={registerContractorAction} />
      </div>

      <h2>登録済みの請負者（{companies.length}社）</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">会社名</th>
            <th scope="col">代表者</th>
            <th scope="col">住所・電話</th>
            <th scope="col">ユーザー</th>
          </tr>
        </thead>
        <tbody>
          {companies.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>{c.representativeName}</td>
              <td>
                〒{c.postalCode} {c.address}
                <br />
                {c.phone}
              </td>
              <td>
                <ul className="plain-list">
                  {c.users.map((u) => (
                    <li key={u.id}>
                      {u.name}（{u.email}） <UserStatus active={u.active} passwordSet={u.passwordSet} />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
