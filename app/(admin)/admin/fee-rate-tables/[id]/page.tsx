import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireAdministrator } from "@/lib/auth/guards";
import { FEE_KIND_LABEL, FEE_RATE_TABLE_STATUS_LABEL } from "@/lib/domain/fee-labels";
import { formatWareki } from "@/lib/domain/wareki";
import { orNotFound } from "@/lib/http/or-not-found";
import { getFeeRateTable } from "@/lib/server/fees/list-fee-rate-tables";
import { publishFeeRateTableAction, saveFeeRateTableAction } from "../actions";
import { RateTableForm } from "../rate-table-form";
import { rateTableDefaults } from "../rate-table-defaults";
import { RateTableRules } from "./rate-table-rules";

export const metadata: Metadata = { title: "料率表" };

export default async function FeeRateTablePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAdministrator();
  const { id } = await params;
  const table = await orNotFound(getFeeRateTable({ actor, id }));
  const draft = table.status === "DRAFT";
  return (
    <main>
      <Breadcrumbs items={[{ label: "本店管理トップ", href: "/admin" }, { label: "保証料の料率表", href: "/admin/fee-rate-tables" }, { label: FEE_KIND_LABEL[table.kind] }]} />
      <h1>
        料率表：{FEE_KIND_LABEL[table.kind]}（{formatWareki(table.effectiveFrom)}から・{FEE_RATE_TABLE_STATUS_LABEL[table.status]}）
      </h1>
      {draft ? (
        <>
          <RateTableForm id={table.id} defaults={rateTableDefaults({ kind: table.kind, effectiveFrom: table.effectiveFrom.toISOString().slice(0, 10), note: table.note, rules: table.rules })} action={saveFeeRateTableAction} />
          <h2>公開</h2>
          <p className="muted">保存した内容で公開します。公開後は変更できません。適用開始日は明日以降にしてください（その種類の最初の料率表を除く）。</p>
          <ActionButton action={publishFeeRateTableAction} hidden={{ id: table.id }} label="この料率表を公開する" confirmText="公開した料率表は変更できません。公開しますか？" />
        </>
      ) : (
        <>
          <p className="muted">公開済みの料率表は変更できません。改定するときは、この料率表をもとに、より後の適用開始日の料率表を作成して公開してください。</p>
          <RateTableRules rules={table.rules} note={table.note} />
          <p>
            <Link className="button" href={`/admin/fee-rate-tables/new?from=${table.id}`}>
              この料率表をもとに新しい料率表を作成
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
