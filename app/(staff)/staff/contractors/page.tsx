import type { Metadata } from "next";
import { UserStatus } from "@/components/user-status";
import { requireStaff } from "@/lib/auth/guards";
import { listContractorCompanies } from "@/lib/server/accounts/list-contractor-companies";
import { registerContractorAction } from "./actions";
import { RegisterContractorForm } from "./register-contractor-form";

export const metadata: Metadata = { title: "請負者の登録・招待" };

export default async function ContractorsPage() {
  const actor = await requireStaff();
  const companies = await listContractorCompanies({ actor });
  return (
    <main>
      <h1>請負者の登録・招待</h1>
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
