import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DetailTable } from "@/components/detail-table";
import { requireContractor } from "@/lib/auth/guards";
import { PRODUCT_NAME } from "@/lib/domain/guarantee-labels";
import { formatDateBoth, todayInJapan, ymdOfDate, isoOfYmd } from "@/lib/domain/wareki";
import { formatYen } from "@/lib/domain/yen";
import { orNotFound } from "@/lib/http/or-not-found";
import { getAdvanceInvoice } from "@/lib/server/invoices/get-advance-invoice";
import { AdvanceInvoiceForm } from "./invoice-form";

export const metadata: Metadata = { title: "前払金請求書の作成" };

export default async function AdvanceInvoicePage({ params }: { params: Promise<{ guaranteeId: string }> }) {
  const actor = await requireContractor();
  const { guaranteeId } = await params;
  const g = await orNotFound(getAdvanceInvoice({ actor, guaranteeId }));
  const invoice = g.advanceInvoice;
  return (
    <main>
      <Breadcrumbs items={[{ label: "全体トップ", href: "/netdesk" }, { label: "前払金請求書", href: "/netdesk/invoices" }, { label: g.contractNumber }]} />
      <h1>前払金請求書の作成（{g.contractNumber}）</h1>
      <DetailTable
        caption="請求書に記載する内容"
        rows={[
          ["宛先", g.orderingBody.invoiceAddressee ?? `${g.orderingBody.name}　様`],
          ["請求金額", formatYen(g.amount)],
          ["商品名", PRODUCT_NAME[g.kind]],
          ["工事名", g.projectName],
          ["契約日", g.application.contractDate ? formatDateBoth(g.application.contractDate) : ""],
          ["保証契約番号", g.contractNumber],
          ["請求者", `${g.company.name}（${g.company.address}）`],
        ]}
      />
      <h2>請求日と振込先（前払金専用口座）</h2>
      <AdvanceInvoiceForm
        guaranteeId={g.id}
        bank={g.depositBank ?? ""}
        defaults={{
          invoiceDate: isoOfYmd(invoice ? ymdOfDate(invoice.invoiceDate) : todayInJapan()).replace(/-/g, ""),
          accountType: invoice?.accountType ?? "普通",
          accountNumber: invoice?.accountNumber ?? "",
          accountHolder: invoice?.accountHolder ?? "",
        }}
      />
      {invoice && (
        <p className="button-row">
          <a className="button" href={`/netdesk/invoices/${g.id}/pdf`} download>
            PDFをダウンロード
          </a>
          <Link className="button button--secondary" href={`/netdesk/guarantees/${g.id}#gd-submit-heading`}>
            発注者へ提出（認証キーのお知らせと一緒に送る）
          </Link>
        </p>
      )}
    </main>
  );
}
