import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { INVITE_FIELDS } from "@/components/company-fields";
import { UserTable } from "@/components/user-table";
import { requireStaff } from "@/lib/auth/guards";
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
      <UserTable users={branch.staff} currentUserId={user.id} deactivate={deactivateStaffUserAction} hidden={{ branchId: branch.id }} />

      <h2>担当者の追加</h2>
      <div className="panel">
        <p className="muted">招待メールのリンク（有効期限72時間）から、担当者ご本人がパスワードを設定します。</p>
        <ActionForm action={inviteStaffUserAction} submitLabel="招待メールを送信" hidden={{ branchId: branch.id }} fields={INVITE_FIELDS} />
      </div>
    </main>
  );
}
