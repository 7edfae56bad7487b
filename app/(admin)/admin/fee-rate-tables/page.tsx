import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireAdministrator } from "@/lib/auth/guards";
import { FEE_KIND_LABEL, FEE_RATE_TABLE_STATUS_LABEL } from "@/lib/domain/fee-labels";
import { formatWareki } from "@/lib/domain/wareki";
import { listFeeRateTables } from "@/lib/server/fees/list-fee-rate-tables";

export const metadata: Metadata = { title: "保証料の料率表" };

export default async function FeeRateTablesPage() {
  const actor = await requireAdministrator();
  const tables = await listFeeRateTables({ actor });
  return (
    <main>
      <Breadcrumbs items={[{ label: "本店管理トップ", href: "/admin" }, { label: "保証料の料率表" }]} />
      <h1>保証料の料率表</h1>
      <p className="muted">
        保証料は約款で定めた料率表で計算します。料率表は下書きで作成し、試算で確かめてから公開します。公開した料率表は変更できず、より後の適用開始日の料率表を公開して改定します。発行した保証は、発行日に適用されていた料率表の写しを保持します。
      </p>
      <p>
        <Link className="button" href="/admin/fee-rate-tables/new">
          新しい料率表を作成
        </Link>
      </p>
      <table className="data" aria-label="料率表の一覧">
        <thead>
          <tr>
            <th scope="col">種類</th>
            <th scope="col">適用開始日</th>
            <th scope="col">状態</th>
            <th scope="col">備考</th>
            <th scope="col">公開</th>
          </tr>
        </thead>
        <tbody>
          {tables.map((t) => (
            <tr key={t.id}>
              <td>
                <Link href={`/admin/fee-rate-tables/${t.id}`}>{FEE_KIND_LABEL[t.kind]}</Link>
              </td>
              <td>{formatWareki(t.effectiveFrom)}</td>
              <td>
                {FEE_RATE_TABLE_STATUS_LABEL[t.status]}
                {t.inForce && <strong>（適用中）</strong>}
              </td>
              <td>{t.note}</td>
              <td>{t.publishedAt ? `${formatWareki(t.publishedAt)} ${t.publishedBy?.name ?? ""}` : "―"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
