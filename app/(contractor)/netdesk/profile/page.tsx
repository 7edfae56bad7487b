import type { Metadata } from "next";
import { InviteUserForm } from "@/components/invite-user-form";
import { UserTable } from "@/components/user-table";
import { requireContractor } from "@/lib/auth/guards";
import { getCompanyProfile } from "@/lib/server/accounts/get-company-profile";
import { deactivateColleagueAction, inviteColleagueAction, reactivateColleagueAction, updateCompanyProfileAction } from "./actions";
import { CompanyProfileForm } from "./company-profile-form";

export const metadata: Metadata = { title: "お客様情報" };

export default async function CompanyProfilePage() {
  const actor = await requireContractor();
  const company = await getCompanyProfile({ actor });
  return (
    <main>
      <h1>お客様情報</h1>
      <p className="muted">会社の情報は保証申込の初期値として使われます。</p>

      <h2>会社の情報</h2>
      <div className="panel">
        <CompanyProfileForm company={company} action={updateCompanyProfileAction} />
      </div>

      <h2>ご利用者</h2>
      <UserTable users={company.users} currentUserId={actor.userId} deactivate={deactivateColleagueAction} reactivate={reactivateColleagueAction} markCurrentUser />

      <h2>ユーザーの招待</h2>
      <div className="panel">
        <p className="muted">同じ会社の方を招待できます。招待メールのリンク（有効期限72時間）からパスワードを設定していただきます。</p>
        <InviteUserForm action={inviteColleagueAction} />
      </div>
    </main>
  );
}
