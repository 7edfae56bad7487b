import type { Metadata } from "next";
import { DetailTable } from "@/components/detail-table";
import { InviteUserForm } from "@/components/invite-user-form";
import { UserTable } from "@/components/user-table";
import { requireContractor } from "@/lib/auth/guards";
import { REGISTERED_DETAIL_FIELDS, REGISTERED_DETAIL_LABEL } from "@/lib/domain/company-details";
import { getCompanyProfile } from "@/lib/server/accounts/get-company-profile";
import { deactivateColleagueAction, inviteColleagueAction, reactivateColleagueAction, requestCompanyDetailsChangeAction, setReminderDigestAction, updateCompanyProfileAction } from "./actions";
import { ReminderDigestForm } from "./reminder-digest-form";
import { CompanyContactForm, DetailsChangeRequestForm } from "./company-profile-form";
import { DetailsChangeStatus } from "./details-change-status";

export const metadata: Metadata = { title: "お客様情報" };

export default async function CompanyProfilePage() {
  const actor = await requireContractor();
  const company = await getCompanyProfile({ actor });
  const latest = company.latestDetailsChange;
  const pending = latest?.status === "PENDING";
  return (
    <main>
      <h1>お客様情報</h1>
      <p className="muted">会社の情報は保証申込の初期値として使われます。</p>

      <h2>会社の登録情報</h2>
      <div className="panel">
        <p className="muted">
          会社名・代表者・所在地は保証証書に記載されるため、弊社が確認して登録します。変更は申請してください（承認されるまでは現在の登録内容のままです）。
        </p>
        <DetailTable caption="会社の登録情報" rows={REGISTERED_DETAIL_FIELDS.map((field) => [REGISTERED_DETAIL_LABEL[field], company[field]])} />
        {latest && <DetailsChangeStatus request={latest} />}
        {!pending && (
          <>
            <h3>登録情報の変更の申請</h3>
            <DetailsChangeRequestForm company={company} action={requestCompanyDetailsChangeAction} />
          </>
        )}
      </div>

      <h2>連絡先</h2>
      <div className="panel">
        <p className="muted">電話番号・メールアドレス・連絡先は、ここで変更するとすぐに反映されます。</p>
        <CompanyContactForm company={company} action={updateCompanyProfileAction} />
      </div>

      <h2 id="reminder-digest">保証申込のお勧めのメール</h2>
      <div className="panel">
        <p className="muted">全体トップの「保証申込のお勧め」（次に必要なお手続き）を、毎週メールでもお知らせします。</p>
        <ReminderDigestForm wanted={company.reminderDigestWanted} email={company.email} action={setReminderDigestAction} />
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
