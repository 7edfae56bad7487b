import type { Metadata } from "next";
import Link from "next/link";
import { HelpLink } from "@/components/help-link";
import { requireContractor } from "@/lib/auth/guards";
import { getCompanyProfile } from "@/lib/server/accounts/get-company-profile";
import { newApplicationFormValues } from "@/lib/server/applications/application-record";
import { ApplicationFormPage } from "../_form/application-form-page";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = { title: "保証申込 申込の作成(新規)" };

export default async function NewApplicationPage() {
  const company = await getCompanyProfile({ actor: await requireContractor() });
  return (
    <main className="wide">
      <Breadcrumbs items={[{ label: "保証申込 一覧", href: "/netdesk/applications" }, { label: "申込の作成(新規)" }]} />
      <HelpLink href="/netdesk/help/applications" label="保証申込のヘルプ" />
      <h1>保証申込　申込の作成(新規)</h1>
      <p className="muted">
        ご不明な点は申込先の<Link href="/help/branches">営業部・支店</Link>までお気軽にお問い合わせください。<span aria-hidden="true">「必須」</span>の項目は必ず入力してください。
      </p>
      <ApplicationFormPage initialValues={newApplicationFormValues(company)} applicationId={null} />
    </main>
  );
}
