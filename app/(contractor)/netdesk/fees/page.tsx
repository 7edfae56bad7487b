import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireContractor } from "@/lib/auth/guards";
import { FeeQuoteForm } from "./fee-form";

export const metadata: Metadata = { title: "保証料計算" };

export default async function FeeQuotePage() {
  await requireContractor();
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "保証料計算" }]} />
      <h1>保証料計算</h1>
      <p className="muted">保証種類・請負金額・保証金額・保証期間を入力すると、本日適用される料率表で保証料を計算します。入力した内容は保存されません。</p>
      <FeeQuoteForm />
    </main>
  );
}
