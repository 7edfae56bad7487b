import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { INVITE_FIELDS } from "@/components/company-fields";
import { UserStatus } from "@/components/user-status";
import { requireStaff } from "@/lib/auth/guards";
import { formatDateTimeJst } from "@/lib/domain/wareki";
import { AppError } from "@/lib/errors";
import { getBranch } from "@/lib/server/master-data/get-branch";
import { deactivateStaffUserAction, inviteStaffUserAction, saveBranchAction } from "../actions";
import { branchFields } from "../fields";

export const metadata: Metadata = { title: "支店の編集" };

export default async function EditBranchPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireStaff();
  const { id } = await params;
  const branch = await getBranch({ actor: user, id }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <main>
      <p>
        <Link href="/staff/branches">← 支店マスタ</Link>
      </p>
      <h1>支店の編集（{branch.name}）</h1>
      <div className="panel">
        <ActionForm action={saveBranchAction} submitLabel="保存する" hidden={{ id: branch.id }} fields={branchFields(branch)} />
      </div>

      <h2>担当者</h2>
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
          {branch.staff.map((s) => (
            <tr key={s.id}>
              <td>{s.name}</td>
              <td>{s.email}</td>
              <td>
                <UserStatus active={s.active} passwordSet={s.passwordSet} />
              </td>
              <td>{s.lastLoginAt ? formatDateTimeJst(s.lastLoginAt) : "—"}</td>
              <td>
                {s.active && s.id !== user.id && (
                  <ActionForm
                    action={deactivateStaffUserAction}
                    hidden={{ userId: s.id, branchId: branch.id }}
                    fields={[]}
                    submitLabel={`${s.name} を無効にする`}
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

      <h2>担当者の追加</h2>
      <div className="panel">
        <p className="muted">招待メールのリンク（有効期限72時間）から、担当者ご本人がパスワードを設定します。</p>
        <ActionForm action={inviteStaffUserAction} submitLabel="招待メールを送信" hidden={{ branchId: branch.id }} fields={INVITE_FIELDS} />
      </div>
    </main>
  );
}
