import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireContractor } from "@/lib/auth/guards";
import { getCompanyProfile } from "@/lib/server/accounts/get-company-profile";
import { newReservationFormValues } from "@/lib/server/bond/reservation-record";
import { ReservationFormPage } from "../_form/reservation-form-page";

export const metadata: Metadata = { title: "契約保証予約申込（入札ボンド）" };

export default async function NewReservationPage() {
  const company = await getCompanyProfile({ actor: await requireContractor() });
  return (
    <main className="wide">
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "契約保証予約", href: "/netdesk/reservations" }, { label: "申込の作成(新規)" }]} />
      <h1>契約保証予約申込（入札ボンド）</h1>
      <p className="muted">
        入札の前に、落札したときの契約保証を予約します。弊社が発行する「契約保証予約証書」は入札ボンドとして入札保証金に代えることができ、発注者は予約番号と認証キーで内容を確認できます。前払金の支払が予定されている工事が対象です。
      </p>
      <ReservationFormPage initialValues={newReservationFormValues(company)} applicationId={null} />
    </main>
  );
}
