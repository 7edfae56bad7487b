import type { Metadata } from "next";
import Link from "next/link";
import { InviteUserForm } from "@/components/invite-user-form";
import { UserTable } from "@/components/user-table";
import { requireAdministrator } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/http/or-not-found";
import { getOrderingBody } from "@/lib/server/master-data/get-ordering-body";
import { deactivateAccountAction, reactivateAccountAction } from "../../account-actions";
import { inviteOrderingBodyUserAction, saveOrderingBodyAction } from "../actions";
import { OrderingBodyForm } from "../ordering-body-form";

export const metadata: Metadata = { title: "発注者の編集" };

export default async function EditOrderingBodyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdministrator();
  const { id } = await params;
  const body = await orNotFound(getOrderingBody({ actor, id }));
  return (
    <main>
      <p>
        <Link href="/admin/ordering-bodies">← 発注者マスタ</Link>
      </p>
      <h1>発注者の編集（{body.name}）</h1>
      <div className="panel">
        <OrderingBodyForm body={body} action={saveOrderingBodyAction} />
      </div>

      <h2>発注者のアカウント</h2>
      <p className="muted">ログインした発注者の方は、この発注者あての電子保証だけを確認・受領確認できます。</p>
      <UserTable users={body.users} currentUserId={actor.userId} deactivate={deactivateAccountAction} reactivate={reactivateAccountAction} />

      <h2>アカウントの追加</h2>
      <div className="panel">
        <p className="muted">招待メールのリンク（有効期限72時間）から、ご本人がパスワードを設定します。</p>
        <InviteUserForm action={inviteOrderingBodyUserAction} hidden={{ orderingBodyId: body.id }} />
      </div>
    </main>
  );
}
