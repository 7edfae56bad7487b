import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requireAdministrator } from "@/lib/auth/guards";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { getFeeRateTable } from "@/lib/server/fees/list-fee-rate-tables";
import { saveFeeRateTableAction } from "../actions";
import { RateTableForm } from "../rate-table-form";
import { rateTableDefaults } from "../rate-table-defaults";

export const metadata: Metadata = { title: "料率表の作成" };

/** A new draft; ?from=<id> starts from an existing table (the usual way to supersede one). */
export default async function NewFeeRateTablePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAdministrator();
  const from = firstParam((await searchParams).from);
  const source = from ? await getFeeRateTable({ actor, id: from }).catch(() => null) : null;
  const defaults = rateTableDefaults(source ? { kind: source.kind, effectiveFrom: "", note: source.note, rules: source.rules } : undefined);
  return (
    <main>
      <Breadcrumbs items={[{ label: "本店管理トップ", href: "/admin" }, { label: "保証料の料率表", href: "/admin/fee-rate-tables" }, { label: "料率表の作成" }]} />
      <h1>料率表の作成（下書き）</h1>
      <RateTableForm defaults={defaults} action={saveFeeRateTableAction} />
    </main>
  );
}
