import type { Metadata } from "next";
import Link from "next/link";
import { InviteUserForm } from "@/components/invite-user-form";
import { UserTable } from "@/components/user-table";
import { requireAdministrator } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/http/or-not-found";
import { getBranch } from "@/lib/server/master-data/get-branch";
import { deactivateAccountAction, reactivateAccountAction } from "../../account-actions";
import { inviteStaffUserAction, saveBranchAction } from "../actions";
import { BranchForm } from "../branch-form";

export const metadata: Metadata = { title: "支店の編集" };

export default async function EditBranchPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdministrator();
  const { id } = await params;
  const branch = await orNotFound(getBranch({ actor, id }));
  return (
    <main>
      <p>
        <Link href="/admin/branches">← 支店マスタ</Link>
      </p>
      <h1>支店の編集（{branch.name}）</h1>
      <div className="panel">
        <BranchForm branch={branch} action={saveBranchAction} />
      </div>

      <h2>担当者</h2>
      <UserTable users={branch.staff} currentUserId={actor.userId} deactivate={deactivateAccountAction} reactivate={reactivateAccountAction} />

      <h2>担当者の追加</h2>
      <div className="panel">
        <p className="muted">招待メールのリンク（有効期限72時間）から、担当者ご本人がパスワードを設定します。</p>
        <InviteUserForm action={inviteStaffUserAction} hidden={{ branchId: branch.id }} />
      </div>
    </main>
  );
}
