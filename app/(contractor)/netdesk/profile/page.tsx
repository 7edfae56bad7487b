import type { Metadata } from "next";
import { ActionForm } from "@/components/action-form";
import { companyFields, INVITE_FIELDS } from "@/components/company-fields";
import { UserStatus } from "@/components/user-status";
import { requireContractor } from "@/lib/auth/guards";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { getCompanyProfile } from "@/lib/server/accounts/get-company-profile";
import { deactivateColleagueAction, inviteColleagueAction, updateCompanyProfileAction } from "./actions";

export const metadata: Metadata = { title: "お客様情報" };

export default async function CompanyProfilePage() {
  const user = await requireContractor();
  const company = await getCompanyProfile({ actor: user });
  return (
    <main>
      <h1>お客様情報</h1>
      <p className="muted">会社の情報は保証申込の初期値として使われます。</p>

      <h2>会社の情報</h2>
      <div className="panel">
        <ActionForm action={updateCompanyProfileAction} submitLabel="保存する" className="form-grid-wrap" fields={companyFields(company)} />
      </div>

      <h2>ご利用者</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">氏名</th>
            <th scope="col">メールアドレス</th>
            <th scope="col">状態</th>
            <th scope="col">最終ログイン</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {company.users.map((u) => (
            <tr key={u.id}>
              <td>
                {u.name}
                {u.id === user.id && <span className="muted">（ご本人）</span>}
              </td>
              <td>{u.email}</td>
              <td>
                <UserStatus active={u.active} passwordSet={u.passwordSet} />
              </td>
              <td>{u.lastLoginAt ? formatDateTimeJst(u.lastLoginAt) : "—"}</td>
              <td>
                {u.active && u.id !== user.id && (
                  <ActionForm
                    action={deactivateColleagueAction}
                    hidden={{ userId: u.id }}
                    fields={[]}
                    submitLabel={`${u.name} を無効にする`}
                    className="form-inline"
                    compact
                    secondary
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>ユーザーの招待</h2>
      <div className="panel">
        <p className="muted">同じ会社の方を招待できます。招待メールのリンク（有効期限72時間）からパスワードを設定していただきます。</p>
        <ActionForm action={inviteColleagueAction} submitLabel="招待メールを送信" fields={INVITE_FIELDS} />
      </div>
    </main>
  );
}
