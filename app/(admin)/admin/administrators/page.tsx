import type { Metadata } from "next";
import Link from "next/link";
import { InviteUserForm } from "@/components/invite-user-form";
import { UserTable } from "@/components/user-table";
import { requireAdministrator } from "@/lib/auth/guards";
import { listAdministrators } from "@/lib/server/accounts/list-administrators";
import { deactivateAccountAction, reactivateAccountAction } from "../account-actions";
import { inviteAdministratorAction } from "./actions";

export const metadata: Metadata = { title: "管理者アカウント" };

export default async function AdministratorsPage() {
  const actor = await requireAdministrator();
  const administrators = await listAdministrators({ actor });
  return (
    <main>
      <p>
        <Link href="/admin">← 本店管理トップ</Link>
      </p>
      <h1>管理者アカウント</h1>
      <p className="muted">ご自身のアカウントと、最後の有効な管理者は無効にできません。</p>
      <UserTable users={administrators} currentUserId={actor.userId} deactivate={deactivateAccountAction} reactivate={reactivateAccountAction} markCurrentUser />

      <h2>管理者の追加</h2>
      <div className="panel">
        <p className="muted">招待メールのリンク（有効期限72時間）から、ご本人がパスワードを設定します。</p>
        <InviteUserForm action={inviteAdministratorAction} />
      </div>
    </main>
  );
}
